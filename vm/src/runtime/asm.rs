//! Calling `@micropython.asm_xtensa` functions: argument conversion and the port hook.
//!
//! Arguments are converted like MicroPython's `convert_obj_for_inline_asm`: an int becomes
//! its low 32 bits, None/False 0, True 1, a float its truncated value, and a buffer
//! (bytearray, bytes, memoryview) or a str the address of its data. Buffers reach the port
//! as [`XtensaBuffer`]s (it decides where the code sees them); the code's writes to a
//! bytearray (or a memoryview of one) are copied back, while bytes and str are passed as
//! copies (writes to them are discarded). The result in a2 is converted by the return
//! annotation: `int` sign-extends, `uint` zero-extends, `bool` tests for non-zero.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::AsmCode;
use crate::obj::Obj;
use crate::objects::func::FuncObj;
use crate::objects::{bytes, float, int, str as pystr};
use crate::types::Kind;
use crate::vm::{PyResult, Vm, XtensaBuffer};

/// A converted argument: a word, or a buffer (its bytes and whether to copy writes back).
enum AsmArg {
    Word(u32),
    Buffer { data: Vec<u8>, obj: Option<Obj> },
}

impl Vm {
    pub fn call_asm_xtensa(
        &mut self,
        f: Obj,
        asm: &AsmCode,
        args: &[Obj],
        kwnames: &[Obj],
    ) -> PyResult {
        // SAFETY: callers pass function objects.
        let fo: &FuncObj = unsafe { f.as_ref::<FuncObj>() };
        let name = self.str_of(fo.name);
        if !kwnames.is_empty() {
            let msg = format!("{name}() takes no keyword arguments");
            return Err(self.type_error(&msg));
        }
        let n = asm.nargs as usize;
        if args.len() != n {
            let msg = format!(
                "{name}() takes {n} positional argument{} but {} {} given",
                if n == 1 { "" } else { "s" },
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            );
            return Err(self.type_error(&msg));
        }
        let mut conv = Vec::with_capacity(n);
        for &a in args {
            conv.push(self.asm_arg(a)?);
        }
        let mut words = [0u32; 4];
        for (w, c) in words.iter_mut().zip(&conv) {
            if let AsmArg::Word(v) = c {
                *w = *v;
            }
        }
        let mut bufs: Vec<XtensaBuffer> = conv
            .iter_mut()
            .enumerate()
            .filter_map(|(i, c)| match c {
                AsmArg::Buffer { data, .. } => Some(XtensaBuffer { arg: i, data }),
                AsmArg::Word(_) => None,
            })
            .collect();
        let r = self.port.call_xtensa(&asm.bytes, &words[..n], &mut bufs);
        drop(bufs);
        // Copy writes back (no allocation happened since the conversions, so the objects
        // still hold the same data buffers; re-read them anyway).
        for c in &conv {
            if let AsmArg::Buffer { data, obj: Some(o) } = c {
                if let Some(dst) = bytes::raw_buffer(*o) {
                    let k = dst.len().min(data.len());
                    dst[..k].copy_from_slice(&data[..k]);
                }
            }
        }
        let a2 = match r {
            Ok(v) => v,
            Err(msg) => return Err(self.runtime_error(&msg)),
        };
        match asm.ret.as_str() {
            "uint" => self.new_int(i64::from(a2)),
            "bool" => Ok(Obj::from_bool(a2 != 0)),
            "object" => Err(self.type_error(
                "asm_xtensa functions returning 'object' are not supported on this port",
            )),
            _ => self.new_int(i64::from(a2 as i32)),
        }
    }

    fn asm_arg(&mut self, a: Obj) -> PyResult<AsmArg> {
        if a == Obj::NONE || a == Obj::FALSE {
            return Ok(AsmArg::Word(0));
        }
        if a == Obj::TRUE {
            return Ok(AsmArg::Word(1));
        }
        if int::is_int(a) {
            let w = match int::to_i64(a) {
                Some(v) => v as u32,
                None => {
                    let b = int::to_bigint(a);
                    let low = b.limbs().first().copied().unwrap_or(0);
                    if b.is_negative() {
                        low.wrapping_neg()
                    } else {
                        low
                    }
                }
            };
            return Ok(AsmArg::Word(w));
        }
        if float::is_float(a) {
            return Ok(AsmArg::Word(float::value(a) as i64 as u32));
        }
        if let Some(s) = pystr::as_str(self, a) {
            return Ok(AsmArg::Buffer {
                data: s.as_bytes().to_vec(),
                obj: None,
            });
        }
        if let Some(b) = bytes::raw_buffer(a) {
            let writable = match a.type_of().kind {
                Kind::ByteArray | Kind::Array => true,
                Kind::MemoryView => {
                    // SAFETY: the kind says this is a memoryview.
                    let m = unsafe { a.as_ref::<bytes::MemoryViewObj>() };
                    m.obj.is_ptr() && m.obj.type_of().kind == Kind::ByteArray
                }
                _ => false,
            };
            return Ok(AsmArg::Buffer {
                data: b.to_vec(),
                obj: writable.then_some(a),
            });
        }
        Err(self.type_error_obj(a, "can't be passed to an asm_xtensa function"))
    }
}
