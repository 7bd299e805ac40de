//! A human-readable listing of compiled code, recursing into nested code constants.
//!
//! ```text
//! Disassembly of f (<stdin>:1) args=1 flags=0x0 stack=2 blocks=0
//!   varnames: x
//!    2      0 LoadFast             0 (x)
//!           2 LoadSmallInt         1 (1)
//!           4 BinaryOp             0 (+)
//!           6 ReturnValue
//! ```

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::bytecode::*;

/// The listing of `code` and of every code object nested in its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_code(code, &mut out, 0);
    out
}

fn dis_code(code: &Code, out: &mut String, depth: usize) {
    if depth > 0 {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "Disassembly of {} ({}:{}) args={} posonly={} kwonly={} flags={:#x} stack={} blocks={}",
        code.qualname,
        code.filename,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags,
        code.stacksize,
        code.blocksize
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", code.varnames.join(", "));
    }
    if !code.cellvars.is_empty() {
        let cells: Vec<String> = code
            .cellvars
            .iter()
            .map(|&i| slot_name(code, i as u32))
            .collect();
        let _ = writeln!(out, "  cells: {}", cells.join(", "));
    }
    if code.nfreevars > 0 {
        let start = code.varnames.len().saturating_sub(code.nfreevars as usize);
        let _ = writeln!(out, "  freevars: {}", code.varnames[start..].join(", "));
    }
    if !code.viper_types.is_empty() {
        let _ = writeln!(out, "  viper types: {:?}", code.viper_types);
    }
    let bytes = &code.code;
    let mut pc = 0usize;
    let mut last_line = None;
    while pc < bytes.len() {
        let at = pc;
        let Some(op) = Op::from_u8(bytes[pc]) else {
            let _ = writeln!(out, "       {:5} <invalid opcode {}>", at, bytes[pc]);
            break;
        };
        pc += 1;
        let arg = if op.has_arg() {
            match read_arg(bytes, &mut pc) {
                Some(a) => Some(a),
                None => {
                    let _ = writeln!(out, "       {:5} {} <truncated argument>", at, op.name());
                    break;
                }
            }
        } else {
            None
        };
        let line = code.line_for_pc(at);
        if last_line != Some(line) {
            let _ = write!(out, "{:4} ", line);
            last_line = Some(line);
        } else {
            out.push_str("     ");
        }
        let _ = write!(out, "{:6} {}", at, op.name());
        if let Some(a) = arg {
            let pad = 20usize.saturating_sub(op.name().len());
            let _ = write!(out, "{:pad$} {}", "", a);
            let meaning = describe_arg(code, op, a);
            if !meaning.is_empty() {
                let _ = write!(out, " ({meaning})");
            }
        }
        out.push('\n');
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            dis_code(inner, out, depth + 1);
        }
    }
}

/// Unsigned LEB128, without panicking on truncated input.
fn read_arg(bytes: &[u8], pc: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*pc)?;
        *pc += 1;
        if shift < 32 {
            v |= ((b & 0x7f) as u32) << shift;
        }
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

fn slot_name(code: &Code, i: u32) -> String {
    match code.varnames.get(i as usize) {
        Some(n) => n.clone(),
        None => format!("<bad slot {i}>"),
    }
}

fn name_at(code: &Code, i: u32) -> String {
    match code.names.get(i as usize) {
        Some(n) => n.clone(),
        None => format!("<bad name {i}>"),
    }
}

fn describe_arg(code: &Code, op: Op, a: u32) -> String {
    match op {
        Op::LoadConst => match code.consts.get(a as usize) {
            Some(c) => const_repr(c),
            None => format!("<bad const {a}>"),
        },
        Op::LoadSmallInt => format!("{}", zigzag_decode(a)),
        Op::LoadFast
        | Op::StoreFast
        | Op::DeleteFast
        | Op::LoadDeref
        | Op::StoreDeref
        | Op::DeleteDeref
        | Op::LoadClosure => slot_name(code, a),
        Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name_at(code, a),
        Op::BinaryOp | Op::InplaceOp => match BinaryOpKind::from_arg(a) {
            Some(k) => String::from(k.symbol()),
            None => String::from("?"),
        },
        Op::UnaryOp => match UnaryOpKind::from_arg(a) {
            Some(UnaryOpKind::Neg) => String::from("-"),
            Some(UnaryOpKind::Pos) => String::from("+"),
            Some(UnaryOpKind::Invert) => String::from("~"),
            Some(UnaryOpKind::Not) => String::from("not"),
            None => String::from("?"),
        },
        Op::CompareOp => match CompareKind::from_arg(a) {
            Some(k) => String::from(k.symbol()),
            None => String::from("?"),
        },
        Op::Jump
        | Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::JumpIfFalseOrPop
        | Op::JumpIfTrueOrPop
        | Op::ForIter
        | Op::SetupFinally
        | Op::SetupWith => format!("to {a}"),
        Op::FormatValue => {
            let mut s = String::from(match a & 3 {
                FORMAT_STR => "!s",
                FORMAT_REPR => "!r",
                FORMAT_ASCII => "!a",
                _ => "",
            });
            if a & FORMAT_HAS_SPEC != 0 {
                s.push_str(if s.is_empty() { "spec" } else { ", spec" });
            }
            s
        }
        Op::MakeFunction => {
            let mut parts = Vec::new();
            if a & MAKE_FN_DEFAULTS != 0 {
                parts.push("defaults");
            }
            if a & MAKE_FN_KWDEFAULTS != 0 {
                parts.push("kwdefaults");
            }
            if a & MAKE_FN_CLOSURE != 0 {
                parts.push("closure");
            }
            parts.join(", ")
        }
        Op::UnpackEx => format!("{} before, {} after", a & 0xff, a >> 8),
        Op::CallFunctionEx => String::from(if a & 1 != 0 { "kwargs" } else { "" }),
        _ => String::new(),
    }
}

/// A Python-like repr of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => String::from("None"),
        Const::True => String::from("True"),
        Const::False => String::from("False"),
        Const::Ellipsis => String::from("Ellipsis"),
        Const::Int(i) => format!("{i}"),
        Const::BigInt { digits, radix } => match radix {
            16 => format!("0x{digits}"),
            8 => format!("0o{digits}"),
            2 => format!("0b{digits}"),
            _ => digits.clone(),
        },
        Const::Imag(f) => format!("{}j", crate::format::float_repr(*f)),
        Const::Float(f) => {
            if f.is_finite() && *f == (*f as i64) as f64 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else if f.is_nan() {
                String::from("nan")
            } else if f.is_infinite() {
                String::from(if *f > 0.0 { "inf" } else { "-inf" })
            } else {
                format!("{f:?}")
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{x:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
