//! Formatting: `str % args`, `bytes % args`, `str.format` and `str.format_map`, over the
//! object-independent machinery of `crate::format`.

use alloc::string::String;

use crate::bigint::BigInt;
use crate::format::{self, Accessor, ArgRef, FieldArg, FmtPiece, FormatError, PercentArgs};
use crate::obj::Obj;
use crate::objects::instance::native_value;
use crate::objects::{bytes as pybytes, dict, float, int, str as pystr, tuple};
use crate::types::Kind;
use crate::vm::{PyResult, Vm};

/// An error while `%`-formatting: from the format machinery or raised by Python code.
pub enum PErr {
    Fmt(FormatError),
    Py(Obj),
}

impl From<FormatError> for PErr {
    fn from(e: FormatError) -> Self {
        PErr::Fmt(e)
    }
}

struct PArgs<'v> {
    vm: &'v mut Vm,
    args: Obj,
    keyed: Obj,
    /// `bytes % args`: `%s` takes bytes-like objects and `%c` a byte.
    bytes: bool,
    mapping: bool,
}

/// CPython's test for `%(key)s` formatting: a subscriptable object other than a tuple or str.
fn is_mapping(vm: &mut Vm, o: Obj) -> bool {
    let v = native_value(o);
    if !v.is_ptr() || matches!(v.type_of().kind, Kind::Tuple | Kind::Str) {
        return false;
    }
    let t = o.type_of();
    if t.is_class()
        && vm
            .lookup_type_attr(t, crate::qstr::q::__getitem__)
            .is_some()
    {
        return true;
    }
    v.type_of().slots.getitem.is_some()
}

impl PArgs<'_> {
    fn get(&self, a: ArgRef) -> Obj {
        match a {
            ArgRef::Item(i) => tuple::items(native_value(self.args))[i],
            ArgRef::Whole => self.args,
            ArgRef::Keyed => self.keyed,
        }
    }
}

fn py<T>(r: PyResult<T>) -> Result<T, PErr> {
    r.map_err(PErr::Py)
}

impl PercentArgs for PArgs<'_> {
    type Error = PErr;

    fn tuple_len(&self) -> Option<usize> {
        let v = native_value(self.args);
        (v.is_ptr() && v.type_of().kind == Kind::Tuple).then(|| tuple::items(v).len())
    }

    fn is_mapping(&self) -> bool {
        self.mapping
    }

    fn lookup_key(&mut self, key: &str) -> Result<(), PErr> {
        let k = py(self.vm.new_str(key))?;
        self.keyed = py(self.vm.getitem(self.args, k))?;
        Ok(())
    }

    fn to_str(&mut self, a: ArgRef) -> Result<String, PErr> {
        let o = self.get(a);
        let mut s = String::new();
        if self.bytes {
            match pybytes::buffer(native_value(o)) {
                Some(d) => s.extend(d.iter().map(|&b| b as char)),
                None => {
                    let msg = alloc::format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        o.type_of().name
                    );
                    return Err(PErr::Py(self.vm.type_error(&msg)));
                }
            }
        } else {
            py(self.vm.str_into(o, &mut s))?;
        }
        Ok(s)
    }

    fn to_repr(&mut self, a: ArgRef, ascii: bool) -> Result<String, PErr> {
        let o = self.get(a);
        let mut s = String::new();
        py(self.vm.repr_into(o, &mut s))?;
        if ascii || self.bytes {
            s = crate::runtime::text::ascii_escape(&s);
        }
        Ok(s)
    }

    fn to_int(&mut self, a: ArgRef, conv: char, radix: u32) -> Result<(bool, String), PErr> {
        let o = self.get(a);
        let mut v = native_value(o);
        if !int::is_int(v) {
            if float::is_float(v) && matches!(conv, 'd' | 'i' | 'u') {
                let f = float::value(v);
                let b = match BigInt::from_f64(f) {
                    Some(b) => b,
                    None if f.is_nan() => {
                        return Err(PErr::Py(
                            self.vm.value_error("cannot convert float NaN to integer"),
                        ))
                    }
                    None => {
                        return Err(PErr::Py(
                            self.vm
                                .overflow_error("cannot convert float infinity to integer"),
                        ))
                    }
                };
                return Ok((b.is_negative(), b.abs().to_str_radix(radix)));
            }
            let converted = if o.type_of().is_class() {
                let name = if matches!(conv, 'd' | 'i' | 'u') {
                    crate::qstr::q::__int__
                } else {
                    crate::qstr::q::__index__
                };
                match self.vm.lookup_type_attr(o.type_of(), name) {
                    Some(f) => Some(py(self.vm.call(f, &[o], &[]))?),
                    None if name == crate::qstr::q::__int__ => {
                        match self
                            .vm
                            .lookup_type_attr(o.type_of(), crate::qstr::q::__index__)
                        {
                            Some(f) => Some(py(self.vm.call(f, &[o], &[]))?),
                            None => None,
                        }
                    }
                    None => None,
                }
            } else {
                None
            };
            match converted {
                Some(r) if int::is_int(native_value(r)) => v = native_value(r),
                _ => {
                    let what = if matches!(conv, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    let msg = alloc::format!(
                        "%{} format: {} is required, not {}",
                        conv,
                        what,
                        o.type_of().name
                    );
                    return Err(PErr::Py(self.vm.type_error(&msg)));
                }
            }
        }
        Ok(match int::to_i64(v) {
            Some(x) => (x < 0, format::IntLike::to_str_radix_abs(&x, radix)),
            None => {
                let b = int::to_bigint(v);
                (b.is_negative(), b.abs().to_str_radix(radix))
            }
        })
    }

    fn to_float(&mut self, a: ArgRef, conv: char) -> Result<f64, PErr> {
        let o = self.get(a);
        let v = native_value(o);
        if float::is_float(v) || int::is_int(v) || o.type_of().is_class() {
            return py(self.vm.to_f64(o));
        }
        let _ = conv;
        let msg = alloc::format!("must be real number, not {}", o.type_of().name);
        Err(PErr::Py(self.vm.type_error(&msg)))
    }

    fn to_char(&mut self, a: ArgRef) -> Result<char, PErr> {
        let o = self.get(a);
        let v = native_value(o);
        if self.bytes {
            if let Some(d) = pybytes::buffer(v) {
                if d.len() == 1 {
                    return Ok(d[0] as char);
                }
            }
            if let Some(n) = int::to_i64(v) {
                if (0..256).contains(&n) {
                    return Ok(n as u8 as char);
                }
                return Err(PErr::Py(self.vm.overflow_error("%c arg not in range(256)")));
            }
            return Err(PErr::Py(self.vm.type_error(
                "%c requires an integer in range(256) or a single byte",
            )));
        }
        if let Some(s) = pystr::as_str(self.vm, v) {
            let mut cs = s.chars();
            if let (Some(c), None) = (cs.next(), cs.next()) {
                return Ok(c);
            }
            return Err(PErr::Py(self.vm.type_error("%c requires int or char")));
        }
        if int::is_int(v) {
            return match int::to_i64(v)
                .and_then(|n| u32::try_from(n).ok())
                .and_then(char::from_u32)
            {
                Some(c) => Ok(c),
                None => Err(PErr::Py(
                    self.vm.overflow_error("%c arg not in range(0x110000)"),
                )),
            };
        }
        Err(PErr::Py(self.vm.type_error("%c requires int or char")))
    }

    fn to_star(&mut self, a: ArgRef) -> Result<i64, PErr> {
        let o = self.get(a);
        match int::to_i64(native_value(o)) {
            Some(n) => Ok(n),
            None => Err(PErr::Py(self.vm.type_error("* wants int"))),
        }
    }
}

/// `fmt % args` (`bytes`: the bytes flavour, with `fmt` the bytes decoded as Latin-1).
pub fn percent(vm: &mut Vm, fmt: &str, args: Obj, bytes: bool) -> PyResult<String> {
    let mapping = is_mapping(vm, args);
    let mut pa = PArgs {
        vm,
        mapping,
        args,
        keyed: Obj::NONE,
        bytes,
    };
    match format::percent_format(fmt, &mut pa) {
        Ok(s) => Ok(s),
        Err(PErr::Py(e)) => Err(e),
        Err(PErr::Fmt(e)) => Err(pa.vm.format_error(e)),
    }
}

/// Where `str.format` finds its arguments.
struct FmtArgs<'a> {
    pos: &'a [Obj],
    kwnames: &'a [Obj],
    kwvals: &'a [Obj],
    /// `format_map`'s mapping (NULL for `format`).
    mapping: Obj,
}

fn lookup_arg(vm: &mut Vm, fa: &FmtArgs, arg: &FieldArg) -> PyResult {
    match arg {
        FieldArg::Index(i) => match fa.pos.get(*i) {
            Some(&v) => Ok(v),
            None => {
                if !fa.mapping.is_null() {
                    return Err(vm.value_error("Format string contains positional fields"));
                }
                let msg = alloc::format!(
                    "Replacement index {} out of range for positional args tuple",
                    i
                );
                Err(vm.index_error(&msg))
            }
        },
        FieldArg::Name(n) => {
            if !fa.mapping.is_null() {
                let k = vm.new_str(n)?;
                return vm.getitem(fa.mapping, k);
            }
            for (i, &k) in fa.kwnames.iter().enumerate() {
                if vm.str_of(k) == n.as_str() {
                    return Ok(fa.kwvals[i]);
                }
            }
            let k = vm.new_str(n)?;
            Err(vm.key_error(k))
        }
    }
}

fn render_field(vm: &mut Vm, fa: &FmtArgs, piece: &FmtPiece) -> PyResult<String> {
    let FmtPiece::Field {
        arg,
        attrs,
        conversion,
        spec,
        nested,
    } = piece
    else {
        if let FmtPiece::Literal(s) = piece {
            return Ok(s.clone());
        }
        return Ok(String::new());
    };
    let mut v = lookup_arg(vm, fa, arg)?;
    for acc in attrs {
        v = match acc {
            Accessor::Attr(name) => {
                let q = vm.intern(name);
                vm.getattr(v, q)?
            }
            Accessor::Index(i) => {
                let k = vm.new_int(*i as i64)?;
                vm.getitem(v, k)?
            }
            Accessor::Key(key) => {
                let k = vm.new_str(key)?;
                vm.getitem(v, k)?
            }
        };
    }
    match conversion {
        Some('r') => v = vm.repr(v)?,
        Some('s') => v = vm.to_str(v)?,
        Some('a') => {
            let r = vm.repr(v)?;
            let s = crate::runtime::text::ascii_escape(vm.str_of(r));
            v = vm.new_str(&s)?;
        }
        _ => {}
    }
    let spec = if nested.is_empty() {
        spec.clone()
    } else {
        format::expand_spec(nested, |p| render_field(vm, fa, p))?
    };
    if spec.is_empty() {
        if let Some(s) = pystr::as_str(vm, v) {
            return Ok(String::from(s));
        }
    }
    vm.format_to_string(v, &spec)
}

fn format_with(vm: &mut Vm, fmt: &str, fa: &FmtArgs) -> PyResult {
    let pieces = format::parse_format_string(fmt).map_err(|e| vm.format_error(e))?;
    let mut out = String::with_capacity(fmt.len());
    for p in &pieces {
        match p {
            FmtPiece::Literal(s) => out.push_str(s),
            f => {
                let s = render_field(vm, fa, f)?;
                out.push_str(&s);
            }
        }
    }
    vm.new_str(&out)
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(vm.type_error("descriptor 'format' of 'str' object needs an argument"));
    }
    let fmt = vm.str_arg(native_value(args[0]))?;
    let fa = FmtArgs {
        pos: &args[1..npos],
        kwnames,
        kwvals: &args[npos..],
        mapping: Obj::NULL,
    };
    format_with(vm, fmt, &fa)
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "format_map", args, kwnames, 2, 2)?;
    let fmt = vm.str_arg(native_value(a[0]))?;
    let fa = FmtArgs {
        pos: &[],
        kwnames: &[],
        kwvals: &[],
        mapping: a[1],
    };
    let _ = dict::is_dict(a[1]);
    format_with(vm, fmt, &fa)
}
