//! The engine's AST to bytecode.
use std::rc::Rc;

use super::ast::Module;
use super::error::FrontEndError;
use super::op::Code;

/// Compile a module. `filename` is the base name tracebacks print.
pub fn compile(module: &Module, filename: &str) -> Result<Rc<Code>, FrontEndError> {
    let _ = (module, filename);
    Err(FrontEndError::not_supported("compiling", Default::default()))
}
