//! Converting objects to text: `repr()`, `str()`, `format()` and f-string fields.

use alloc::string::String;

use crate::format::{self, FormatError, FormatSpec, IntLike};
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::{float, int, str as pystr};
use crate::qstr::q;
use crate::types::{Kind, TypeObj};
use crate::vm::{PyResult, Vm};

impl IntLike for crate::bigint::BigInt {
    fn is_negative(&self) -> bool {
        crate::bigint::BigInt::is_negative(self)
    }
    fn to_str_radix_abs(&self, radix: u32) -> String {
        self.abs().to_str_radix(radix)
    }
    fn to_f64(&self) -> Option<f64> {
        self.to_f64_checked().ok()
    }
}

impl Vm {
    /// The text of a str object (or "?" for anything else: for messages).
    pub fn str_of<'a>(&self, o: Obj) -> &'a str {
        pystr::as_str(self, o).unwrap_or("?")
    }

    /// Appends `repr(o)`.
    pub fn repr_into(&mut self, o: Obj, out: &mut String) -> PyResult<()> {
        self.check_stack()?;
        if let Some(v) = o.as_small_int() {
            use core::fmt::Write;
            let _ = write!(out, "{}", v);
            return Ok(());
        }
        let t = o.type_of();
        if t.is_class() {
            if let Some(f) = self.lookup_type_attr(t, q::__repr__) {
                if f.type_of().kind != Kind::BuiltinFunction {
                    let r = self.call(f, &[o], &[])?;
                    let s = match pystr::as_str(self, r) {
                        Some(s) => s,
                        None => {
                            let msg = alloc::format!(
                                "__repr__ returned non-string (type {})",
                                r.type_of().name
                            );
                            return Err(self.type_error(&msg));
                        }
                    };
                    out.push_str(s);
                    return Ok(());
                }
            }
        }
        let v = native_value(o);
        if let Some(f) = t.slots.repr {
            if t.kind != Kind::Instance || v != o {
                return f(self, v, out);
            }
        }
        use core::fmt::Write;
        let _ = write!(out, "<{} object at {:#x}>", t.name, o.bits());
        Ok(())
    }

    /// `repr(o)` as a str object.
    pub fn repr(&mut self, o: Obj) -> PyResult {
        let mut s = String::new();
        self.repr_into(o, &mut s)?;
        self.new_str(&s)
    }

    /// Appends `str(o)`.
    pub fn str_into(&mut self, o: Obj, out: &mut String) -> PyResult<()> {
        if let Some(s) = pystr::as_str(self, o) {
            out.push_str(s);
            return Ok(());
        }
        let t = o.type_of();
        if t.is_class() {
            if let Some(f) = self.lookup_type_attr(t, q::__str__) {
                if f.type_of().kind != Kind::BuiltinFunction {
                    let r = self.call(f, &[o], &[])?;
                    let s = match pystr::as_str(self, r) {
                        Some(s) => s,
                        None => {
                            let msg = alloc::format!(
                                "__str__ returned non-string (type {})",
                                r.type_of().name
                            );
                            return Err(self.type_error(&msg));
                        }
                    };
                    out.push_str(s);
                    return Ok(());
                }
            }
            if let Some(f) = self.lookup_type_attr(t, q::__repr__) {
                if f.type_of().kind != Kind::BuiltinFunction {
                    return self.repr_into(o, out);
                }
            }
        }
        let v = native_value(o);
        if let Some(f) = t.slots.str {
            return f(self, v, out);
        }
        self.repr_into(o, out)
    }

    /// `str(o)` as a str object.
    pub fn to_str(&mut self, o: Obj) -> PyResult {
        if o.type_of().kind == Kind::Str && !o.type_of().is_class() {
            return Ok(o);
        }
        let mut s = String::new();
        self.str_into(o, &mut s)?;
        self.new_str(&s)
    }

    pub fn format_error(&mut self, e: FormatError) -> Obj {
        match e.kind {
            format::ErrorKind::Value => self.value_error(&e.msg),
            format::ErrorKind::Type => self.type_error(&e.msg),
            format::ErrorKind::Overflow => self.overflow_error(&e.msg),
        }
    }

    /// `format(v, spec)` as a Rust string.
    pub fn format_to_string(&mut self, v: Obj, spec: &str) -> PyResult<String> {
        let t = v.type_of();
        if t.is_class() {
            if let Some(f) = self.lookup_type_attr(t, q::__format__) {
                if f.type_of().kind != Kind::BuiltinFunction {
                    let s = self.new_str(spec)?;
                    let r = self.call(f, &[v, s], &[])?;
                    return Ok(String::from(self.str_arg(r)?));
                }
            }
        }
        let n = native_value(v);
        let tn = t.name;
        let r = if matches!(n, Obj::TRUE | Obj::FALSE) && spec.is_empty() {
            Ok(String::from(if n == Obj::TRUE { "True" } else { "False" }))
        } else if int::is_int(n) {
            let spec = FormatSpec::parse(spec, tn).map_err(|e| self.format_error(e))?;
            match int::to_i64(n) {
                Some(x) => format::format_int(&x, &spec, tn),
                None => format::format_int(&int::to_bigint(n), &spec, tn),
            }
        } else if float::is_float(n) {
            let spec = FormatSpec::parse(spec, tn).map_err(|e| self.format_error(e))?;
            format::format_float(float::value(n), &spec, tn)
        } else if let Some(s) = pystr::as_str(self, n) {
            let spec = FormatSpec::parse(spec, tn).map_err(|e| self.format_error(e))?;
            format::format_str(s, &spec, tn)
        } else if spec.is_empty() {
            let mut s = String::new();
            self.str_into(v, &mut s)?;
            return Ok(s);
        } else {
            let msg = alloc::format!("unsupported format string passed to {}.__format__", tn);
            return Err(self.type_error(&msg));
        };
        r.map_err(|e| self.format_error(e))
    }

    /// An f-string field: conversion (`FORMAT_STR`/`REPR`/`ASCII` or 0), then `format`.
    pub fn format_value(&mut self, v: Obj, conversion: u32, spec: Obj) -> PyResult {
        let v = match conversion {
            crate::bytecode::FORMAT_STR => self.to_str(v)?,
            crate::bytecode::FORMAT_REPR => self.repr(v)?,
            crate::bytecode::FORMAT_ASCII => {
                let r = self.repr(v)?;
                let s = self.str_arg(r)?;
                let a = ascii_escape(s);
                self.new_str(&a)?
            }
            _ => v,
        };
        let spec = if spec.is_null() {
            ""
        } else {
            self.str_arg(spec)?
        };
        if spec.is_empty() && v.type_of().kind == Kind::Str && !v.type_of().is_class() {
            return Ok(v);
        }
        let s = self.format_to_string(v, spec)?;
        self.new_str(&s)
    }

    /// The name of a type object, for messages.
    pub fn type_name(&self, t: Obj) -> &'static str {
        // SAFETY: callers pass type objects.
        unsafe { t.as_ref::<TypeObj>().name }
    }
}

/// `ascii()`: non-ASCII characters as `\x`, `\u` or `\U` escapes.
pub fn ascii_escape(s: &str) -> String {
    use core::fmt::Write;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            let _ = write!(out, "\\x{:02x}", n);
        } else if n < 0x10000 {
            let _ = write!(out, "\\u{:04x}", n);
        } else {
            let _ = write!(out, "\\U{:08x}", n);
        }
    }
    out
}
