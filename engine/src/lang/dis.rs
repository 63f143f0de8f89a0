//! A disassembler: prints what the compiler made (`coroscope dis FILE`).
use super::op::Code;

pub fn disassemble(code: &Code) -> String {
    format!("{:?}", code.ops)
}
