//! The `struct` module: `pack`, `unpack`, `pack_into`, `unpack_from` and `calcsize` over
//! formats of `x c b B ? h H i I l L q Q f d s P` items with a count prefix, in native order
//! and alignment (`@`, the default: sizes as the C compiler has them) or in standard sizes
//! without padding (`=`, `<`, `>`, `!`). Errors are `struct.error`, as in CPython.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::funcs::index_obj;
use crate::obj::Obj;
use crate::objects::bytes::raw_buffer;
use crate::objects::instance::native_value;
use crate::objects::{exc, int, module};
use crate::types::{Kind, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{function, methods};

pub static STRUCT_ERROR: TypeObj = TypeObj::builtin(
    "error",
    Kind::Exception,
    Some(&exc::EXCEPTION),
    crate::methods::exc::EXC_METHODS,
    &crate::methods::exc::EXC_SLOTS,
);

function!(PACK, "pack", pack);
function!(UNPACK, "unpack", unpack);
function!(PACK_INTO, "pack_into", pack_into);
function!(UNPACK_FROM, "unpack_from", unpack_from);
function!(CALCSIZE, "calcsize", calcsize);

pub fn make(vm: &mut Vm) -> PyResult {
    let m = vm.new_module("struct")?;
    let d = module::dict(m);
    for f in [&PACK, &UNPACK, &PACK_INTO, &UNPACK_FROM, &CALCSIZE] {
        vm.dict_set_str(d, f.name, Obj::from_static(f))?;
    }
    vm.dict_set_str(d, "error", STRUCT_ERROR.as_obj())?;
    Ok(m)
}

fn error(vm: &mut Vm, msg: &str) -> Obj {
    vm.new_exc(&STRUCT_ERROR, msg)
}

/// One format item: `count` times `code` of `size` bytes each (for `s`, one string of
/// `count` bytes), at byte `offset` of the packed data.
#[derive(Clone, Copy)]
struct Field {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    fields: Vec<Field>,
    little: bool,
    size: usize,
}

impl Layout {
    /// Values the format packs or unpacks.
    fn values(&self) -> usize {
        self.fields
            .iter()
            .map(|f| match f.code {
                b'x' => 0,
                b's' => 1,
                _ => f.count,
            })
            .sum()
    }
}

/// Bytes of one `code` item: standard sizes, or the C compiler's in native mode.
fn item_size(code: u8, native: bool) -> Option<usize> {
    const WORD: usize = core::mem::size_of::<usize>();
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => WORD,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'P' if native => WORD,
        _ => return None,
    })
}

fn layout(vm: &mut Vm, fmt: Obj) -> PyResult<Layout> {
    let text: String = match crate::objects::str::as_str(vm, native_value(fmt)) {
        Some(s) => s.into(),
        None => match crate::objects::bytes::buffer(native_value(fmt)) {
            Some(b) => String::from_utf8_lossy(b).into(),
            None => {
                let msg = format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    fmt.type_of().name
                );
                return Err(vm.type_error(&msg));
            }
        },
    };
    let mut chars = text.bytes().peekable();
    let (native, little) = match chars.peek() {
        Some(b'@') => (true, cfg!(target_endian = "little")),
        Some(b'=') => (false, cfg!(target_endian = "little")),
        Some(b'<') => (false, true),
        Some(b'>' | b'!') => (false, false),
        _ => (true, cfg!(target_endian = "little")),
    };
    if matches!(chars.peek(), Some(b'@' | b'=' | b'<' | b'>' | b'!')) {
        chars.next();
    }
    let mut fields = Vec::new();
    let mut offset = 0usize;
    while let Some(c) = chars.next() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let (mut count, mut code, mut digits) = (0usize, c, false);
        while code.is_ascii_digit() {
            digits = true;
            count = count
                .checked_mul(10)
                .and_then(|n| n.checked_add(usize::from(code - b'0')))
                .ok_or_else(|| error(vm, "total struct size too long"))?;
            code = match chars.next() {
                Some(c) => c,
                None => return Err(error(vm, "repeat count given without format specifier")),
            };
        }
        if !digits {
            count = 1;
        }
        let Some(size) = item_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if native && code != b's' {
            offset = offset
                .checked_next_multiple_of(size)
                .ok_or_else(|| error(vm, "total struct size too long"))?;
        }
        fields.push(Field {
            code,
            count,
            size,
            offset,
        });
        offset = count
            .checked_mul(size)
            .and_then(|n| n.checked_add(offset))
            .ok_or_else(|| error(vm, "total struct size too long"))?;
    }
    Ok(Layout {
        fields,
        little,
        size: offset,
    })
}

fn calcsize(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "calcsize", args, kw, 1, 1)?;
    let l = layout(vm, a[0])?;
    vm.new_int(l.size as i64)
}

/// Writes `values` into `out` (`l.size` bytes) as layout `l` says.
fn pack_values(vm: &mut Vm, l: &Layout, values: &[Obj], out: &mut [u8]) -> PyResult<()> {
    let wanted = l.values();
    if values.len() != wanted {
        let msg = format!(
            "pack expected {wanted} items for packing (got {})",
            values.len()
        );
        return Err(error(vm, &msg));
    }
    let mut next = values.iter().copied();
    for f in &l.fields {
        match f.code {
            b'x' => out[f.offset..f.offset + f.count].fill(0),
            b's' => {
                let v = next.next().unwrap_or(Obj::NONE);
                let Some(b) = crate::objects::bytes::buffer(native_value(v)) else {
                    return Err(error(vm, "argument for 's' must be a bytes object"));
                };
                let dst = &mut out[f.offset..f.offset + f.count];
                let n = b.len().min(f.count);
                dst[..n].copy_from_slice(&b[..n]);
                dst[n..].fill(0);
            }
            code => {
                for k in 0..f.count {
                    let v = next.next().unwrap_or(Obj::NONE);
                    let raw = encode(vm, code, f.size, v)?;
                    let at = f.offset + k * f.size;
                    let dst = &mut out[at..at + f.size];
                    dst.copy_from_slice(&raw.to_le_bytes()[..f.size]);
                    if !l.little {
                        dst.reverse();
                    }
                }
            }
        }
    }
    Ok(())
}

/// The little-endian bits of value `v` as item `code` of `width` bytes.
fn encode(vm: &mut Vm, code: u8, width: usize, v: Obj) -> PyResult<u64> {
    match code {
        b'f' | b'd' => {
            let x = match vm.to_f64(v) {
                Ok(x) => x,
                Err(_) => return Err(error(vm, "required argument is not a float")),
            };
            Ok(if code == b'f' {
                u64::from((x as f32).to_bits())
            } else {
                x.to_bits()
            })
        }
        b'?' => Ok(vm.truth(v)? as u64),
        b'c' => match crate::objects::bytes::buffer(native_value(v)) {
            Some(b) if b.len() == 1 => Ok(u64::from(b[0])),
            _ => Err(error(vm, "char format requires a bytes object of length 1")),
        },
        _ => {
            let signed = code.is_ascii_lowercase();
            let Ok(i) = index_obj(vm, v) else {
                return Err(error(vm, "required argument is not an integer"));
            };
            let bits = 8 * width as u32;
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            let value = int::to_i64(i).map(i128::from).or_else(|| {
                let b = int::to_bigint(i);
                (b.limbs().len() <= 2).then(|| {
                    let m = b
                        .limbs()
                        .iter()
                        .rev()
                        .fold(0u128, |m, &l| m << 32 | u128::from(l));
                    if b.is_negative() {
                        -(m as i128)
                    } else {
                        m as i128
                    }
                })
            });
            match value {
                Some(x) if (lo..=hi).contains(&x) => Ok(x as u64),
                _ => {
                    let msg = format!("'{}' format requires {lo} <= number <= {hi}", code as char);
                    Err(error(vm, &msg))
                }
            }
        }
    }
}

/// The values of `data` (`l.size` bytes) as layout `l` says: collected in a list, where the
/// ones made so far stay reachable while the next are allocated.
fn unpack_values(vm: &mut Vm, l: &Layout, data: &[u8]) -> PyResult {
    let out = vm.new_list(&[])?;
    for f in &l.fields {
        match f.code {
            b'x' => {}
            b's' => {
                let b = vm.new_bytes(&data[f.offset..f.offset + f.count])?;
                vm.list_push(out, b)?;
            }
            code => {
                for k in 0..f.count {
                    let at = f.offset + k * f.size;
                    let mut b = [0u8; 8];
                    b[..f.size].copy_from_slice(&data[at..at + f.size]);
                    if !l.little {
                        b[..f.size].reverse();
                    }
                    let v = decode(vm, code, f.size, u64::from_le_bytes(b))?;
                    vm.list_push(out, v)?;
                }
            }
        }
    }
    vm.new_tuple(crate::objects::list::items(out))
}

fn decode(vm: &mut Vm, code: u8, width: usize, raw: u64) -> PyResult {
    match code {
        b'f' => vm.new_float(f64::from(f32::from_bits(raw as u32))),
        b'd' => vm.new_float(f64::from_bits(raw)),
        b'?' => Ok(Obj::from_bool(raw != 0)),
        b'c' => vm.new_bytes(&[raw as u8]),
        _ if code.is_ascii_lowercase() => {
            let shift = 64 - 8 * width as u32;
            vm.new_int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(v) => vm.new_int(v),
            Err(_) => vm.new_bigint(crate::bigint::BigInt::from_u64(raw)),
        },
    }
}

fn pack(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "pack", args, kw, 1, usize::MAX)?;
    let l = layout(vm, a[0])?;
    vm.ensure_fits(l.size)?;
    let mut out = alloc::vec![0u8; l.size];
    pack_values(vm, &l, &a[1..], &mut out)?;
    vm.new_bytes(&out)
}

fn pack_into(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "pack_into", args, kw, 3, usize::MAX)?;
    let l = layout(vm, a[0])?;
    let writable = native_value(a[1]).is_ptr()
        && matches!(
            native_value(a[1]).type_of().kind,
            Kind::ByteArray | Kind::Array
        );
    let Some(len) = raw_buffer(native_value(a[1]))
        .filter(|_| writable)
        .map(|b| b.len())
    else {
        let msg = format!(
            "argument must be read-write bytes-like object, not {}",
            a[1].type_of().name
        );
        return Err(vm.type_error(&msg));
    };
    let offset = offset_arg(vm, a[2], len)?;
    if len - offset < l.size {
        let msg = format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {len})",
            l.size + offset,
            l.size
        );
        return Err(error(vm, &msg));
    }
    let mut out = alloc::vec![0u8; l.size];
    pack_values(vm, &l, &a[3..], &mut out)?;
    if let Some(b) = raw_buffer(native_value(a[1])) {
        b[offset..offset + l.size].copy_from_slice(&out);
    }
    Ok(Obj::NONE)
}

/// An offset into a buffer of `len` bytes (negative from the end).
fn offset_arg(vm: &mut Vm, o: Obj, len: usize) -> PyResult<usize> {
    let v = vm.index_i64(o)?;
    let v = if v < 0 { v + len as i64 } else { v };
    if v < 0 || v as usize > len {
        let msg = format!(
            "offset {} out of range for {len}-byte buffer",
            vm.index_i64(o)?
        );
        return Err(error(vm, &msg));
    }
    Ok(v as usize)
}

/// The bytes of a buffer argument.
fn data_arg(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    match raw_buffer(native_value(o)) {
        Some(b) => Ok(Vec::from(&*b)),
        None => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                o.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn unpack(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "unpack", args, kw, 2, 2)?;
    let l = layout(vm, a[0])?;
    let d = data_arg(vm, a[1])?;
    if d.len() != l.size {
        let msg = format!("unpack requires a buffer of {} bytes", l.size);
        return Err(error(vm, &msg));
    }
    unpack_values(vm, &l, &d)
}

fn unpack_from(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, kwv) = methods::kwargs(vm, "unpack_from", args, kw, ["buffer", "offset"])?;
    let fmt = *pos
        .first()
        .ok_or_else(|| vm.type_error("unpack_from() missing required argument 'format' (pos 1)"))?;
    let buf = pos.get(1).copied().unwrap_or(kwv[0]);
    if buf.is_null() {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    }
    let off = pos.get(2).copied().unwrap_or(kwv[1]);
    let l = layout(vm, fmt)?;
    let d = data_arg(vm, buf)?;
    let offset = if off.is_null() {
        0
    } else {
        offset_arg(vm, off, d.len())?
    };
    if d.len() - offset < l.size {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {})",
            l.size + offset,
            l.size,
            d.len()
        );
        return Err(error(vm, &msg));
    }
    unpack_values(vm, &l, &d[offset..offset + l.size])
}
