//! Operators, comparison, hashing, truth and subscripting, dispatched to type slots and to
//! user classes' dunder methods.

use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::instance::native_value;
use crate::objects::{dict, float, int, tuple};
use crate::qstr::{q, Qstr};
use crate::types::{builtin, is_subtype, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

fn binop_dunders(op: BinaryOpKind) -> (Qstr, Qstr, Qstr) {
    use BinaryOpKind::*;
    match op {
        Add => (q::__add__, q::__radd__, q::__iadd__),
        Sub => (q::__sub__, q::__rsub__, q::__isub__),
        Mul => (q::__mul__, q::__rmul__, q::__imul__),
        MatMul => (q::__matmul__, q::__rmatmul__, q::__imatmul__),
        TrueDiv => (q::__truediv__, q::__rtruediv__, q::__itruediv__),
        FloorDiv => (q::__floordiv__, q::__rfloordiv__, q::__ifloordiv__),
        Mod => (q::__mod__, q::__rmod__, q::__imod__),
        Pow => (q::__pow__, q::__rpow__, q::__ipow__),
        LShift => (q::__lshift__, q::__rlshift__, q::__ilshift__),
        RShift => (q::__rshift__, q::__rrshift__, q::__irshift__),
        And => (q::__and__, q::__rand__, q::__iand__),
        Or => (q::__or__, q::__ror__, q::__ior__),
        Xor => (q::__xor__, q::__rxor__, q::__ixor__),
    }
}

fn compare_dunders(op: CompareKind) -> (Qstr, Qstr) {
    match op {
        CompareKind::Lt => (q::__lt__, q::__gt__),
        CompareKind::Le => (q::__le__, q::__ge__),
        CompareKind::Gt => (q::__gt__, q::__lt__),
        CompareKind::Ge => (q::__ge__, q::__le__),
        CompareKind::Eq => (q::__eq__, q::__eq__),
        _ => (q::__ne__, q::__ne__),
    }
}

fn swapped(op: CompareKind) -> CompareKind {
    match op {
        CompareKind::Lt => CompareKind::Gt,
        CompareKind::Le => CompareKind::Ge,
        CompareKind::Gt => CompareKind::Lt,
        CompareKind::Ge => CompareKind::Le,
        o => o,
    }
}

impl Vm {
    /// A user-defined (Python-level) method of a class, if `t` is a class that has one.
    fn user_method(&mut self, t: &'static TypeObj, name: Qstr) -> Option<Obj> {
        if !t.is_class() {
            return None;
        }
        self.lookup_type_attr(t, name)
            .filter(|f| f.is_ptr() && f.type_of().kind != Kind::BuiltinFunction)
    }

    pub fn binary_op(&mut self, op: BinaryOpKind, a: Obj, b: Obj) -> PyResult {
        self.binop(op, a, b, false)
    }

    pub fn inplace_op(&mut self, op: BinaryOpKind, a: Obj, b: Obj) -> PyResult {
        self.binop(op, a, b, true)
    }

    fn binop(&mut self, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult {
        if let Some(r) = crate::methods::float::quick_binop(self, op, a, b) {
            return r;
        }
        let (ta, tb) = (a.type_of(), b.type_of());
        let (fwd, rev, inp) = binop_dunders(op);
        if inplace {
            if let Some(f) = self.user_method(ta, inp) {
                let r = self.call(f, &[a, b], &[])?;
                if r != Obj::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        let same = core::ptr::eq(ta, tb);
        // A subclass on the right that overrides the reflected method goes first.
        if !same && tb.is_class() && is_subtype(tb, ta) {
            if let Some(f) = self.user_method(tb, rev) {
                let r = self.call(f, &[b, a], &[])?;
                if r != Obj::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_method(ta, fwd) {
            let r = self.call(f, &[a, b], &[])?;
            if r != Obj::NOT_IMPLEMENTED {
                return Ok(r);
            }
        } else if let Some(f) = ta.slots.binop {
            if let Some(r) = f(self, op, native_value(a), native_value(b), inplace)? {
                // An in-place update of a builtin subclass instance's value keeps the instance.
                return Ok(if inplace && r == native_value(a) {
                    a
                } else {
                    r
                });
            }
        }
        if !same {
            if let Some(f) = self.user_method(tb, rev) {
                let r = self.call(f, &[b, a], &[])?;
                if r != Obj::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            } else if let Some(f) = tb.slots.binop {
                if let Some(r) = f(self, op, native_value(a), native_value(b), false)? {
                    return Ok(r);
                }
            }
        }
        let sym = if inplace {
            alloc::format!("{}=", op.symbol())
        } else {
            alloc::string::String::from(op.symbol())
        };
        let msg = if op == BinaryOpKind::Pow && !inplace {
            alloc::format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                ta.name,
                tb.name
            )
        } else {
            alloc::format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                sym,
                ta.name,
                tb.name
            )
        };
        Err(self.type_error(&msg))
    }

    pub fn unary_op(&mut self, op: UnaryOpKind, a: Obj) -> PyResult {
        if op == UnaryOpKind::Not {
            return Ok(Obj::from_bool(!self.truth(a)?));
        }
        let t = a.type_of();
        let name = match op {
            UnaryOpKind::Neg => q::__neg__,
            UnaryOpKind::Pos => q::__pos__,
            _ => q::__invert__,
        };
        if let Some(f) = self.user_method(t, name) {
            return self.call(f, &[a], &[]);
        }
        if let Some(f) = t.slots.unary {
            if let Some(r) = f(self, op, native_value(a))? {
                return Ok(r);
            }
        }
        let sym = match op {
            UnaryOpKind::Neg => "-",
            UnaryOpKind::Pos => "+",
            _ => "~",
        };
        let msg = alloc::format!("bad operand type for unary {}: '{}'", sym, t.name);
        Err(self.type_error(&msg))
    }

    /// The comparison operators as the `CompareOp` instruction runs them.
    pub fn compare_op(&mut self, op: CompareKind, a: Obj, b: Obj) -> PyResult {
        match op {
            CompareKind::Is => Ok(Obj::from_bool(a == b)),
            CompareKind::IsNot => Ok(Obj::from_bool(a != b)),
            CompareKind::In => Ok(Obj::from_bool(self.contains(b, a)?)),
            CompareKind::NotIn => Ok(Obj::from_bool(!self.contains(b, a)?)),
            _ => match crate::methods::float::quick_compare(op, a, b) {
                Some(r) => Ok(Obj::from_bool(r)),
                None => self.rich_compare(op, a, b),
            },
        }
    }

    /// Rich comparison (the result of a user `__lt__` may be any object).
    pub fn rich_compare(&mut self, op: CompareKind, a: Obj, b: Obj) -> PyResult {
        self.check_stack()?;
        let (ta, tb) = (a.type_of(), b.type_of());
        let (fwd, rev) = compare_dunders(op);
        let same = core::ptr::eq(ta, tb);
        let mut tried_rev = false;
        if !same && tb.is_class() && is_subtype(tb, ta) {
            if let Some(f) = self.user_method(tb, rev) {
                tried_rev = true;
                let r = self.call(f, &[b, a], &[])?;
                if r != Obj::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_method(ta, fwd) {
            let r = self.call(f, &[a, b], &[])?;
            if r != Obj::NOT_IMPLEMENTED {
                return Ok(r);
            }
        } else if op == CompareKind::Ne && self.user_method(ta, q::__eq__).is_some() {
            // `!=` defaults to the negation of a user `__eq__`.
            let r = self.rich_compare(CompareKind::Eq, a, b)?;
            if r != Obj::NOT_IMPLEMENTED {
                return Ok(Obj::from_bool(!self.truth(r)?));
            }
        } else if let Some(f) = ta.slots.compare {
            if let Some(r) = f(self, op, native_value(a), native_value(b))? {
                return Ok(Obj::from_bool(r));
            }
        }
        if !tried_rev {
            if let Some(f) = self.user_method(tb, rev) {
                let r = self.call(f, &[b, a], &[])?;
                if r != Obj::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            } else if !same {
                if let Some(f) = tb.slots.compare {
                    if let Some(r) = f(self, swapped(op), native_value(b), native_value(a))? {
                        return Ok(Obj::from_bool(r));
                    }
                }
            }
        }
        match op {
            CompareKind::Eq => Ok(Obj::from_bool(a == b)),
            CompareKind::Ne => Ok(Obj::from_bool(a != b)),
            _ => {
                let msg = alloc::format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    ta.name,
                    tb.name
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `a == b` as containers use it: identity implies equality.
    pub fn eq(&mut self, a: Obj, b: Obj) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if a.is_qstr() && b.is_qstr() {
            return Ok(false);
        }
        let r = self.rich_compare(CompareKind::Eq, a, b)?;
        self.truth(r)
    }

    /// `a < b` as sorting uses it.
    pub fn lt(&mut self, a: Obj, b: Obj) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(a.small_int_value() < b.small_int_value());
        }
        let r = self.rich_compare(CompareKind::Lt, a, b)?;
        self.truth(r)
    }

    /// Whether no object but `key` itself can equal `key` (so maps need no `eq` calls).
    #[inline]
    pub fn eq_is_identity(&self, key: Obj) -> bool {
        if key.is_immediate() {
            return !matches!(key, Obj::TRUE | Obj::FALSE);
        }
        key.is_ptr()
            && matches!(
                key.type_of().kind,
                Kind::Function | Kind::Type | Kind::Module | Kind::BuiltinFunction
            )
    }

    /// The hash a map uses (the low bits of Python's `hash()`).
    #[inline]
    pub fn hash_of(&mut self, o: Obj) -> PyResult<u32> {
        if let Some(v) = o.as_small_int() {
            // hash(-1) is -2, as for every number equal to -1.
            return Ok(if v == -1 { -2i32 as u32 } else { v as u32 });
        }
        if let Some(qs) = o.as_qstr() {
            return Ok(self.qstrs.hash(qs));
        }
        Ok(self.py_hash(o)? as u32)
    }

    /// `hash_of(o)` when it is known without calling anything (small ints, strings whose
    /// hash is cached): lets a map skip `eq` for keys that cannot be equal.
    #[inline]
    pub fn known_hash(&self, o: Obj) -> Option<u32> {
        if o.is_small_int() || o.as_qstr().is_some() {
            return Some(match o.as_small_int() {
                Some(-1) => -2i32 as u32,
                Some(v) => v as u32,
                None => self.qstrs.hash(o.as_qstr()?),
            });
        }
        crate::objects::str::cached_hash(o)
    }

    /// Python's `hash(o)`.
    pub fn py_hash(&mut self, o: Obj) -> PyResult<i64> {
        self.check_stack()?;
        if let Some(v) = o.as_small_int() {
            return Ok(if v == -1 { -2 } else { v as i64 });
        }
        if let Some(qs) = o.as_qstr() {
            return Ok(self.qstrs.hash(qs) as i64);
        }
        let t = o.type_of();
        if t.is_class() {
            if let Some(h) = self.lookup_type_attr(t, q::__hash__) {
                if h == Obj::NONE {
                    let msg = alloc::format!("unhashable type: '{}'", t.name);
                    return Err(self.type_error(&msg));
                }
                if h.type_of().kind != Kind::BuiltinFunction {
                    let r = self.call(h, &[o], &[])?;
                    return match int::to_i64(r) {
                        Some(v) => Ok(v),
                        None if int::is_int(r) => Ok(int::to_bigint(r).py_hash()),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
            }
            if t.kind == Kind::Instance && native_value(o) != o {
                return self.py_hash(native_value(o));
            }
        }
        match t.slots.hash {
            Some(f) => f(self, o),
            None => Ok((o.bits() >> 3) as i64),
        }
    }

    /// Truth value testing.
    pub fn truth(&mut self, o: Obj) -> PyResult<bool> {
        match o {
            Obj::TRUE => return Ok(true),
            Obj::FALSE | Obj::NONE => return Ok(false),
            _ => {}
        }
        if let Some(v) = o.as_small_int() {
            return Ok(v != 0);
        }
        if let Some(qs) = o.as_qstr() {
            return Ok(qs != q::empty);
        }
        let t = o.type_of();
        if t.is_class() {
            if let Some(f) = self.user_method(t, q::__bool__) {
                let r = self.call(f, &[o], &[])?;
                return match r {
                    Obj::TRUE => Ok(true),
                    Obj::FALSE => Ok(false),
                    _ => {
                        let msg = alloc::format!(
                            "__bool__ should return bool, returned {}",
                            r.type_of().name
                        );
                        Err(self.type_error(&msg))
                    }
                };
            }
            if let Some(f) = self.user_method(t, q::__len__) {
                let r = self.call(f, &[o], &[])?;
                return Ok(int::to_i64(r).unwrap_or(1) != 0);
            }
            if native_value(o) == o {
                return Ok(true);
            }
        }
        let v = native_value(o);
        if let Some(f) = t.slots.truth {
            return f(self, v);
        }
        if let Some(f) = t.slots.len {
            return Ok(f(self, v)? != 0);
        }
        Ok(true)
    }

    /// `len(o)`.
    pub fn len(&mut self, o: Obj) -> PyResult<usize> {
        let t = o.type_of();
        if let Some(f) = self.user_method(t, q::__len__) {
            let r = self.call(f, &[o], &[])?;
            return match int::to_i64(r) {
                Some(n) if n >= 0 => Ok(n as usize),
                Some(_) => Err(self.value_error("__len__() should return >= 0")),
                None => Err(self.type_error_obj(r, "cannot be interpreted as an integer")),
            };
        }
        match t.slots.len {
            Some(f) => f(self, native_value(o)),
            None => Err(self.type_error_obj(o, "has no len()")),
        }
    }

    /// `o[k]`. An exact list or tuple indexed by a small int in range is read directly
    /// (subscripting's common case; subclasses may override it, and every other case has its
    /// errors to raise).
    #[inline]
    pub fn getitem(&mut self, o: Obj, k: Obj) -> PyResult {
        if k.is_small_int() && o.is_ptr() {
            let t = o.type_of();
            let items: &[Obj] = if core::ptr::eq(t, &builtin::LIST) {
                crate::objects::list::items(o)
            } else if core::ptr::eq(t, &builtin::TUPLE) {
                tuple::items(o)
            } else {
                &[]
            };
            if let Some(i) = small_index(k, items.len()) {
                return Ok(items[i]);
            }
        }
        self.getitem_general(o, k)
    }

    fn getitem_general(&mut self, o: Obj, k: Obj) -> PyResult {
        let t = o.type_of();
        if t.is_class() {
            if let Some(f) = self.user_method(t, q::__getitem__) {
                return self.call(f, &[o, k], &[]);
            }
        }
        if t.kind == Kind::Type {
            if let Some(f) = self.lookup_type_attr(
                // SAFETY: Type-kind objects are TypeObjs.
                unsafe { o.as_ref::<TypeObj>() },
                q::__class_getitem__,
            ) {
                return self.call(f, &[o, k], &[]);
            }
        }
        match t.slots.getitem {
            Some(f) => match f(self, native_value(o), k) {
                Err(e)
                    if t.is_class() && exc::is_exception(e) && exc::matches(e, &exc::KEY_ERROR) =>
                {
                    match self.user_method(t, q::__missing__) {
                        Some(m) => self.call(m, &[o, k], &[]),
                        None => Err(e),
                    }
                }
                r => r,
            },
            None => Err(self.type_error_obj(o, "is not subscriptable")),
        }
    }

    /// `o[k] = v`, or `del o[k]` when `v` is NULL.
    /// `o[k] = v`, or `del o[k]` when `v` is NULL; an exact list indexed by a small int in
    /// range is written directly, as `getitem` reads it.
    #[inline]
    pub fn setitem(&mut self, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
        if k.is_small_int()
            && !v.is_null()
            && o.is_ptr()
            && core::ptr::eq(o.type_of(), &builtin::LIST)
        {
            let items = crate::objects::list::items(o);
            if let Some(i) = small_index(k, items.len()) {
                items[i] = v;
                return Ok(());
            }
        }
        self.setitem_general(o, k, v)
    }

    fn setitem_general(&mut self, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
        let t = o.type_of();
        if t.is_class() {
            let name = if v.is_null() {
                q::__delitem__
            } else {
                q::__setitem__
            };
            if let Some(f) = self.user_method(t, name) {
                if v.is_null() {
                    self.call(f, &[o, k], &[])?;
                } else {
                    self.call(f, &[o, k, v], &[])?;
                }
                return Ok(());
            }
        }
        match t.slots.setitem {
            Some(f) => f(self, native_value(o), k, v),
            None if v.is_null() => Err(self.type_error_obj(o, "doesn't support item deletion")),
            None => Err(self.type_error_obj(o, "does not support item assignment")),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Obj, item: Obj) -> PyResult<bool> {
        let t = container.type_of();
        if let Some(f) = self.user_method(t, q::__contains__) {
            let r = self.call(f, &[container, item], &[])?;
            return self.truth(r);
        }
        if let Some(f) = t.slots.contains {
            return f(self, native_value(container), item);
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether exception `e` matches `t` (a class or a tuple of classes) in an `except`.
    pub fn exception_matches(&mut self, e: Obj, t: Obj) -> PyResult<bool> {
        if t.is_exactly(&builtin::TUPLE) {
            for &x in tuple::items(t) {
                if self.exception_matches(e, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if t.type_of().kind != Kind::Type
            || !crate::objects::exc::is_exception_type(
                // SAFETY: checked to be a type.
                unsafe { t.as_ref::<TypeObj>() },
            )
        {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        // SAFETY: checked to be a type.
        Ok(is_subtype(e.type_of(), unsafe { t.as_ref::<TypeObj>() }))
    }

    /// The exception `raise x` raises: instances as they are, classes instantiated.
    pub fn make_exception(&mut self, x: Obj) -> PyResult {
        if exc::is_exception(x) {
            return Ok(x);
        }
        if x.type_of().kind == Kind::Type {
            // SAFETY: checked to be a type.
            let t: &'static TypeObj = unsafe { x.as_ref::<TypeObj>() };
            if t.kind == Kind::Exception {
                let e = self.call_type(t, &[], &[])?;
                return Ok(e);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `d.update(m)` (`{**m}`), or with `strict` (`f(**m)`) TypeError on repeated keys.
    pub fn dict_update(&mut self, d: Obj, m: Obj, strict: bool) -> PyResult<()> {
        if dict::is_dict(m) {
            let n = dict::map(m).slot_count();
            for i in 0..n {
                if let Some(e) = dict::map(m).entry_at(i) {
                    if strict && dict::map(d).contains(self, e.key)? {
                        let k = self.str_of(e.key);
                        let msg =
                            alloc::format!("got multiple values for keyword argument '{}'", k);
                        return Err(self.type_error(&msg));
                    }
                    self.dict_set(d, e.key, e.value)?;
                }
            }
            return Ok(());
        }
        if let Some(keys) = self.getattr_opt(m, q::keys)? {
            let ks = self.call(keys, &[], &[])?;
            let it = self.get_iter(ks)?;
            while let Some(k) = self.iter_next(it)? {
                let v = self.getitem(m, k)?;
                if strict && dict::map(d).contains(self, k)? {
                    return Err(self.type_error("got multiple values for keyword argument"));
                }
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if strict {
            let msg = alloc::format!(
                "argument after ** must be a mapping, not {}",
                m.type_of().name
            );
            return Err(self.type_error(&msg));
        }
        let it = self.get_iter(m)?;
        while let Some(pair) = self.iter_next(it)? {
            let kv = self.unpack(pair, 2).map_err(|_| {
                self.value_error("dictionary update sequence element has wrong length")
            })?;
            let (k, v) = if kv.is_exactly(&builtin::TUPLE) {
                (tuple::items(kv)[0], tuple::items(kv)[1])
            } else {
                (
                    crate::objects::list::items(kv)[0],
                    crate::objects::list::items(kv)[1],
                )
            };
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// The value of an int-like object (int, bool, or `__index__`), as i64.
    pub fn index_i64(&mut self, o: Obj) -> PyResult<i64> {
        if let Some(v) = o.as_small_int() {
            return Ok(v as i64);
        }
        if int::is_int(native_value(o)) {
            return match int::to_i64(native_value(o)) {
                Some(v) => Ok(v),
                None => Err(self.new_exc(
                    &exc::INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                )),
            };
        }
        if let Some(f) = self.user_method(o.type_of(), q::__index__) {
            let r = self.call(f, &[o], &[])?;
            return self.index_i64(r);
        }
        Err(self.type_error_obj(o, "cannot be interpreted as an integer"))
    }

    /// A number as f64 (int, bool, float or `__float__`).
    pub fn to_f64(&mut self, o: Obj) -> PyResult<f64> {
        if let Some(v) = o.as_small_int() {
            return Ok(v as f64);
        }
        let v = native_value(o);
        if float::is_float(v) {
            return Ok(float::value(v));
        }
        if int::is_int(v) {
            return int::to_bigint(v)
                .to_f64_checked()
                .map_err(|_| self.overflow_error("int too large to convert to float"));
        }
        if let Some(f) = self.user_method(o.type_of(), q::__float__) {
            let r = self.call(f, &[o], &[])?;
            return self.to_f64(r);
        }
        let msg = alloc::format!("must be real number, not {}", o.type_of().name);
        Err(self.type_error(&msg))
    }
}

/// The position small int `k` names in a sequence of `len` items (negative from the end),
/// when it is in range.
#[inline(always)]
fn small_index(k: Obj, len: usize) -> Option<usize> {
    let i = k.small_int_value();
    let i = if i < 0 { i + len as isize } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}
