//! Errors of the front end (parser and compiler): what the user sees before anything runs.
//!
//! Each error has a kind you can match on and a location (1-based line, 0-based character column),
//! so the page can mark it in the editor and the CLI can print it as CPython does.

use super::ast::Span;

/// Which of Python's exception classes the error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxClass {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxClass::SyntaxError => "SyntaxError",
            SyntaxClass::IndentationError => "IndentationError",
            SyntaxClass::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrontEndErrorKind {
    /// The source is not valid Python. `message` is CPython's wording where we know it.
    Syntax { class: SyntaxClass, message: String },
    /// Valid Python that coroscope does not run yet; `feature` names it ("async functions").
    NotSupported { feature: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontEndError {
    pub kind: FrontEndErrorKind,
    pub span: Span,
}

impl FrontEndError {
    pub fn syntax(message: impl Into<String>, span: Span) -> FrontEndError {
        FrontEndError {
            kind: FrontEndErrorKind::Syntax {
                class: SyntaxClass::SyntaxError,
                message: message.into(),
            },
            span,
        }
    }

    pub fn not_supported(feature: impl Into<String>, span: Span) -> FrontEndError {
        FrontEndError {
            kind: FrontEndErrorKind::NotSupported {
                feature: feature.into(),
            },
            span,
        }
    }

    /// The one-line message: `expected ':'`, or `not supported yet: async functions`.
    pub fn message(&self) -> String {
        match &self.kind {
            FrontEndErrorKind::Syntax { message, .. } => message.clone(),
            FrontEndErrorKind::NotSupported { feature } => format!("not supported yet: {feature}"),
        }
    }

    /// The Python exception class name the report uses.
    pub fn class_name(&self) -> &'static str {
        match &self.kind {
            FrontEndErrorKind::Syntax { class, .. } => class.name(),
            FrontEndErrorKind::NotSupported { .. } => "NotImplementedError",
        }
    }
}
