//! str: slots, str-only methods and the text codecs (`encode`, `bytes.decode`). The methods
//! shared with bytes live in `bytes_common`; formatting (`%`, `format`) in `str_format`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::range::{seq_index, slice_indices};
use crate::objects::{bytes as pybytes, dict, exc, int, str as pystr};
use crate::types::{BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{method, methods, staticmethod};

use super::bytes_common::{self as common, seq_of, uni_isprintable};
use super::str_format;

pub static STR_SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(str_slot),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    contains: Some(contains),
    iter: Some(iter),
    new: Some(new),
    ..Slots::NONE
};

method!(ISDECIMAL, "isdecimal", common::isdecimal);
method!(ISNUMERIC, "isnumeric", common::isnumeric);
method!(ISPRINTABLE, "isprintable", common::isprintable);
method!(ISIDENTIFIER, "isidentifier", common::isidentifier);
method!(FORMAT, "format", str_format::format);
method!(FORMAT_MAP, "format_map", str_format::format_map);
method!(ENCODE, "encode", encode);
method!(CASEFOLD, "casefold", casefold);
method!(TRANSLATE, "translate", translate);
staticmethod!(MAKETRANS, "maketrans", maketrans);

pub static STR_METHODS: &[&BuiltinFn] = &[
    &common::FIND,
    &common::RFIND,
    &common::INDEX,
    &common::RINDEX,
    &common::COUNT,
    &common::REPLACE,
    &common::SPLIT,
    &common::RSPLIT,
    &common::SPLITLINES,
    &common::JOIN,
    &common::STRIP,
    &common::LSTRIP,
    &common::RSTRIP,
    &common::STARTSWITH,
    &common::ENDSWITH,
    &common::UPPER,
    &common::LOWER,
    &common::CAPITALIZE,
    &common::TITLE,
    &common::SWAPCASE,
    &common::CENTER,
    &common::LJUST,
    &common::RJUST,
    &common::ZFILL,
    &common::PARTITION,
    &common::RPARTITION,
    &common::ISDIGIT,
    &common::ISALPHA,
    &common::ISALNUM,
    &common::ISSPACE,
    &common::ISUPPER,
    &common::ISLOWER,
    &common::ISTITLE,
    &common::ISASCII,
    &common::EXPANDTABS,
    &common::REMOVEPREFIX,
    &common::REMOVESUFFIX,
    &common::LEN,
    &common::GETITEM,
    &common::CONTAINS,
    &common::ITER,
    &ISDECIMAL,
    &ISNUMERIC,
    &ISPRINTABLE,
    &ISIDENTIFIER,
    &FORMAT,
    &FORMAT_MAP,
    &ENCODE,
    &CASEFOLD,
    &TRANSLATE,
    &MAKETRANS,
];

/// Appends the Python repr of `s` (quotes chosen, and non-printable characters escaped, as
/// CPython does).
pub fn repr_str(s: &str, out: &mut String) {
    use core::fmt::Write;
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.reserve(s.len() + 2);
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
            c if uni_isprintable(c as u32) => out.push(c),
            c => {
                let n = c as u32;
                let _ = if n < 0x100 {
                    write!(out, "\\x{:02x}", n)
                } else if n < 0x10000 {
                    write!(out, "\\u{:04x}", n)
                } else {
                    write!(out, "\\U{:08x}", n)
                };
            }
        }
    }
    out.push(q);
}

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let s = vm.str_of(o);
    repr_str(s, out);
    Ok(())
}

fn str_slot(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(vm.str_of(o));
    Ok(())
}

fn hash(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    Ok(i64::from(pystr::hash(vm, o)))
}

fn text<'a>(vm: &Vm, o: Obj) -> Option<&'a str> {
    pystr::as_str(vm, native_value(o))
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (text(vm, a), text(vm, b)) else {
        return Ok(None);
    };
    Ok(match op {
        CompareKind::Eq => Some(x == y),
        CompareKind::Ne => Some(x != y),
        CompareKind::Lt => Some(x < y),
        CompareKind::Le => Some(x <= y),
        CompareKind::Gt => Some(x > y),
        CompareKind::Ge => Some(x >= y),
        _ => None,
    })
}

/// `data * n` as bytes, with a MemoryError/OverflowError for absurd sizes.
pub fn repeat_bytes(vm: &mut Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(vm.overflow_error("repeated string is too long"));
    };
    if total > (1 << 30) {
        return Err(vm.new_exc(&exc::MEMORY_ERROR, ""));
    }
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, _inplace: bool) -> PyResult<Option<Obj>> {
    match op {
        BinaryOpKind::Add => {
            let Some(x) = text(vm, a) else {
                return Ok(None);
            };
            let Some(y) = text(vm, b) else {
                if b.type_of().is_class() {
                    return Ok(None);
                }
                let msg = alloc::format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.type_of().name
                );
                return Err(vm.type_error(&msg));
            };
            if y.is_empty() && a.type_of().kind == Kind::Str {
                return Ok(Some(a));
            }
            if x.is_empty() && b.type_of().kind == Kind::Str {
                return Ok(Some(b));
            }
            Ok(Some(vm.str_concat(native_value(a), x, y)?))
        }
        BinaryOpKind::Mul => {
            let (s, n) = match (text(vm, a), text(vm, b)) {
                (Some(s), _) => (s, b),
                (None, Some(s)) => (s, a),
                _ => return Ok(None),
            };
            let Some(count) = crate::methods::seq::repeat_count(vm, n)? else {
                if n.type_of().is_class() {
                    return Ok(None);
                }
                let msg = alloc::format!(
                    "can't multiply sequence by non-int of type '{}'",
                    n.type_of().name
                );
                return Err(vm.type_error(&msg));
            };
            let out = repeat_bytes(vm, s.as_bytes(), count)?;
            // SAFETY: repeated UTF-8 is UTF-8.
            Ok(Some(vm.new_str(unsafe {
                core::str::from_utf8_unchecked(&out)
            })?))
        }
        BinaryOpKind::Mod => {
            let Some(f) = text(vm, a) else {
                return Ok(None);
            };
            let r = str_format::percent(vm, f, b, false)?;
            Ok(Some(vm.new_str(&r)?))
        }
        _ => Ok(None),
    }
}

fn len(vm: &mut Vm, o: Obj) -> PyResult<usize> {
    Ok(pystr::char_len(vm, o))
}

fn getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    let Some(me) = seq_of(vm, o) else {
        return Err(vm.type_error("str expected"));
    };
    // SAFETY: str data is UTF-8.
    let s = unsafe { core::str::from_utf8_unchecked(me.data) };
    if k.is_ptr() && k.type_of().kind == Kind::Slice {
        let si = slice_indices(vm, k, me.ulen)?;
        if si.step == 1 {
            let (a, b) = if me.ascii {
                (si.start as usize, si.start as usize + si.count)
            } else {
                let a = me.byte_off(si.start as usize);
                let b = a + s[a..]
                    .char_indices()
                    .nth(si.count)
                    .map_or(s.len() - a, |(i, _)| i);
                (a, b)
            };
            if si.count == me.ulen && o.type_of().kind == Kind::Str {
                return Ok(o);
            }
            return vm.new_str(&s[a..b]);
        }
        let mut out = String::new();
        if me.ascii {
            for i in 0..si.count {
                out.push(me.data[si.index(i)] as char);
            }
        } else {
            let chars: Vec<char> = s.chars().collect();
            for i in 0..si.count {
                out.push(chars[si.index(i)]);
            }
        }
        return vm.new_str(&out);
    }
    let kv = native_value(k);
    if !int::is_int(kv) && !k.type_of().is_class() {
        let msg = alloc::format!(
            "string indices must be integers, not '{}'",
            k.type_of().name
        );
        return Err(vm.type_error(&msg));
    }
    match seq_index(vm, k, me.ulen)? {
        Some(i) => {
            if me.ascii {
                vm.new_str(&s[i..i + 1])
            } else {
                let b = me.byte_off(i);
                let n = me.unit_at(b).1;
                vm.new_str(&s[b..b + n])
            }
        }
        None => Err(vm.index_error("string index out of range")),
    }
}

fn contains(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<bool> {
    let h = vm.str_of(o);
    match text(vm, x) {
        Some(n) => Ok(common::find_bytes(h.as_bytes(), n.as_bytes()).is_some()),
        None => {
            let msg = alloc::format!(
                "'in <string>' requires string as left operand, not {}",
                x.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn iter_next(vm: &mut Vm, io: &mut IterObj) -> PyResult<Option<Obj>> {
    let s = vm.str_of(io.a);
    let i = io.i as usize;
    if i >= s.len() {
        return Ok(None);
    }
    let b = s.as_bytes()[i];
    let n = if b < 0x80 {
        1
    } else if b >= 0xf0 {
        4
    } else if b >= 0xe0 {
        3
    } else {
        2
    };
    io.i += n as isize;
    vm.new_str(&s[i..i + n]).map(Some)
}

fn iter(vm: &mut Vm, o: Obj) -> PyResult {
    vm.new_iter(iter_next, o, Obj::NULL, 0, 0)
}

fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = methods::kwargs(vm, "str", args, kwnames, ["object", "encoding", "errors"])?;
    if pos.len() > 3 {
        let msg = alloc::format!("str() takes at most 3 arguments ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    let get = |i: usize| {
        if !kw[i].is_null() {
            kw[i]
        } else {
            pos.get(i).copied().unwrap_or(Obj::NULL)
        }
    };
    let (obj, enc, errs) = (get(0), get(1), get(2));
    if obj.is_null() {
        return Ok(Obj::qstr(crate::qstr::q::empty));
    }
    if enc.is_null() && errs.is_null() {
        return vm.to_str(obj);
    }
    let enc = if enc.is_null() {
        "utf-8"
    } else {
        vm.str_arg(enc)?
    };
    let errs = if errs.is_null() {
        "strict"
    } else {
        vm.str_arg(errs)?
    };
    match pybytes::buffer(native_value(obj)) {
        Some(d) => decode(vm, d, enc, errs),
        None if text(vm, obj).is_some() => Err(vm.type_error("decoding str is not supported")),
        None => {
            let msg = alloc::format!(
                "decoding to str: need a bytes-like object, {} found",
                obj.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Codecs.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let mut n = String::with_capacity(name.len());
    for c in name.chars() {
        n.push(if c == '_' || c == ' ' {
            '-'
        } else {
            c.to_ascii_lowercase()
        });
    }
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Codec::Latin1
        }
        _ => {
            let msg = alloc::format!("unknown encoding: {}", name);
            return Err(vm.new_exc(&exc::LOOKUP_ERROR, &msg));
        }
    })
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> Obj {
    let msg = alloc::format!("unknown error handler name '{}'", errors);
    vm.new_exc(&exc::LOOKUP_ERROR, &msg)
}

/// Decodes `data` with the named codec and error handler into a str object.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    use core::fmt::Write;
    let c = codec(vm, encoding)?;
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        // The next valid run and the length of the invalid sequence after it (0 at the end).
        let (good, bad, reason) = match c {
            Codec::Utf8 => match core::str::from_utf8(&data[pos..]) {
                Ok(s) => (s.len(), 0, ""),
                Err(e) => {
                    let v = e.valid_up_to();
                    let b0 = data[pos + v];
                    match e.error_len() {
                        Some(n) => {
                            let start = (0xc2..=0xf4).contains(&b0);
                            let r = if start {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            };
                            (v, n, r)
                        }
                        None => (v, data.len() - pos - v, "unexpected end of data"),
                    }
                }
            },
            Codec::Ascii => {
                let v = data[pos..]
                    .iter()
                    .position(|&b| b >= 0x80)
                    .unwrap_or(data.len() - pos);
                (
                    v,
                    usize::from(pos + v < data.len()),
                    "ordinal not in range(128)",
                )
            }
            Codec::Latin1 => {
                out.extend(data.iter().map(|&b| b as char));
                break;
            }
        };
        // SAFETY: validated (UTF-8) or ASCII.
        out.push_str(unsafe { core::str::from_utf8_unchecked(&data[pos..pos + good]) });
        pos += good;
        if bad == 0 {
            continue;
        }
        match errors {
            "strict" => {
                let msg = if bad == 1 {
                    alloc::format!(
                        "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                        codec_name(c),
                        data[pos],
                        pos,
                        reason
                    )
                } else {
                    alloc::format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        codec_name(c),
                        pos,
                        pos + bad - 1,
                        reason
                    )
                };
                return Err(vm.new_exc(&exc::UNICODE_DECODE_ERROR, &msg));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for &b in &data[pos..pos + bad] {
                    let _ = write!(out, "\\x{:02x}", b);
                }
            }
            "surrogateescape" | "surrogatepass" => out.push('\u{fffd}'),
            _ => return Err(unknown_handler(vm, errors)),
        }
        pos += bad;
    }
    vm.new_str(&out)
}

/// Encodes `s` with the named codec and error handler.
pub fn encode_text(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    use core::fmt::Write;
    let c = codec(vm, encoding)?;
    if c == Codec::Utf8 || s.is_ascii() {
        return Ok(Vec::from(s.as_bytes()));
    }
    let limit: u32 = if c == Codec::Ascii { 0x80 } else { 0x100 };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if (ch as u32) < limit {
            out.push(ch as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let range = if c == Codec::Ascii { "128" } else { "256" };
                let msg = if j - i == 1 {
                    let mut r = String::new();
                    repr_str(&chars[i..j].iter().collect::<String>(), &mut r);
                    let r = crate::runtime::text::ascii_escape(&r);
                    alloc::format!(
                        "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                        codec_name(c),
                        r,
                        i,
                        range
                    )
                } else {
                    alloc::format!(
                        "'{}' codec can't encode characters in position {}-{}: ordinal not in range({})",
                        codec_name(c),
                        i,
                        j - 1,
                        range
                    )
                };
                return Err(vm.new_exc(&exc::UNICODE_ENCODE_ERROR, &msg));
            }
            "ignore" => {}
            "replace" => out.extend(core::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &ch in &chars[i..j] {
                    let mut t = String::new();
                    t.push(ch);
                    out.extend_from_slice(crate::runtime::text::ascii_escape(&t).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &ch in &chars[i..j] {
                    let mut t = String::new();
                    let _ = write!(t, "&#{};", ch as u32);
                    out.extend_from_slice(t.as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// The (encoding, errors) arguments of encode/decode.
pub fn codec_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
) -> PyResult<(Obj, &'a str, &'a str)> {
    let (pos, kw) = methods::kwargs(vm, name, args, kwnames, ["encoding", "errors"])?;
    let a = methods::args(vm, name, pos, &[], 1, 3)?;
    let pick = |i: usize| {
        if !kw[i].is_null() {
            Some(kw[i])
        } else {
            a.get(i + 1).copied()
        }
    };
    let enc = match pick(0) {
        Some(o) => text(vm, o).ok_or_else(|| {
            let msg = alloc::format!(
                "{}() argument 'encoding' must be str, not {}",
                name,
                o.type_of().name
            );
            vm.type_error(&msg)
        })?,
        None => "utf-8",
    };
    let errs = match pick(1) {
        Some(o) => text(vm, o).ok_or_else(|| {
            let msg = alloc::format!(
                "{}() argument 'errors' must be str, not {}",
                name,
                o.type_of().name
            );
            vm.type_error(&msg)
        })?,
        None => "strict",
    };
    Ok((a[0], enc, errs))
}

fn encode(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (me, enc, errs) = codec_args(vm, "encode", args, kwnames)?;
    let s = vm.str_arg(native_value(me))?;
    let out = encode_text(vm, s, enc, errs)?;
    vm.new_bytes(&out)
}

fn casefold(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "casefold", args, kwnames, 1, 1)?;
    let s = vm.str_arg(native_value(a[0]))?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            c => out.extend(c.to_lowercase()),
        }
    }
    vm.new_str(&out)
}

fn translate(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "translate", args, kwnames, 2, 2)?;
    let me = a[0];
    let table = a[1];
    let s = vm.str_arg(native_value(me))?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = vm.new_int(i64::from(c as u32))?;
        let v = if dict::is_dict(table) {
            vm.dict_get(table, key)?
        } else {
            match vm.getitem(table, key) {
                Ok(v) => Some(v),
                Err(e) if exc::matches(e, &exc::LOOKUP_ERROR) => None,
                Err(e) => return Err(e),
            }
        };
        match v {
            None => out.push(c),
            Some(Obj::NONE) => {}
            Some(v) => {
                if let Some(t) = text(vm, v) {
                    out.push_str(t);
                } else if let Some(n) = int::to_i64(native_value(v)) {
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    vm.new_str(&out)
}

fn maketrans(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = methods::args(vm, "maketrans", args, kwnames, 1, 3)?;
    let d = vm.new_dict()?;
    if a.len() == 1 {
        let m = a[0];
        if !dict::is_dict(m) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        let n = dict::map(m).slot_count();
        for i in 0..n {
            let Some(e) = dict::map(m).entry_at(i) else {
                continue;
            };
            let (k, v) = (e.key, e.value);
            let key = if let Some(t) = text(vm, k) {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => vm.new_int(i64::from(c as u32))?,
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if int::is_int(native_value(k)) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let x = vm.str_arg(native_value(a[0]))?;
    let y = text(vm, a[1]).ok_or_else(|| vm.type_error("maketrans() argument 2 must be str"))?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        let k = vm.new_int(i64::from(cx as u32))?;
        let v = vm.new_int(i64::from(cy as u32))?;
        vm.dict_set(d, k, v)?;
    }
    if let Some(&z) = a.get(2) {
        let z = vm.str_arg(native_value(z))?;
        for c in z.chars() {
            let k = vm.new_int(i64::from(c as u32))?;
            vm.dict_set(d, k, Obj::NONE)?;
        }
    }
    Ok(d)
}

/// Whether `o` is a str (or str subclass instance); for other modules.
pub fn is_str(vm: &Vm, o: Obj) -> bool {
    text(vm, o).is_some()
}
