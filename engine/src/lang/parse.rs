//! Source text to the engine's AST. The only file that knows ruff.
use super::ast::Module;
use super::error::FrontEndError;

/// Parse a whole file.
pub fn parse(source: &str) -> Result<Module, FrontEndError> {
    let _ = source;
    Ok(Module { body: Vec::new() })
}
