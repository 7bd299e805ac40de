//! Calling `@micropython.asm_xtensa` functions: argument conversion and the port hook.

use crate::bytecode::AsmCode;
use crate::obj::Obj;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn call_asm_xtensa(&mut self, _f: Obj, _asm: &AsmCode, _args: &[Obj], _kwnames: &[Obj]) -> PyResult {
        Err(self.runtime_error("asm_xtensa functions are not supported yet"))
    }
}
