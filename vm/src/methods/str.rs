//! str: slots and methods.

use alloc::string::String;

use crate::obj::Obj;
use crate::types::{BuiltinFn, Slots};
use crate::vm::{PyResult, Vm};

pub static STR_SLOTS: Slots = Slots {
    repr: Some(repr),
    ..Slots::NONE
};
pub static STR_METHODS: &[&BuiltinFn] = &[];

/// Appends the Python repr of `s` (quotes chosen as CPython does).
pub fn repr_str(s: &str, out: &mut String) {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&alloc::format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
}

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let s = vm.str_of(o);
    repr_str(s, out);
    Ok(())
}
