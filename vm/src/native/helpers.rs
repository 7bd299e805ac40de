//! The helper table: the whole interface between machine code and the runtime.
//!
//! Every helper has the signature `HelperFn`: `(ctx, a, b, c) -> word`, words being object
//! words, small counts, qstr indexes or stack-slot addresses as each helper says. A helper
//! returns 0 (NULL) exactly when it raised, with the exception in `Ctx::pending`; helpers with
//! nothing to return return 1. Each wraps the `Vm` method or `interp::op_*` function the
//! interpreter uses for the same instruction: no second copy of Python semantics.
//!
//! The table is append-only: machine code (and, later, saved native code) refers to helpers
//! by index. `Helper::name` gives dumps their names.

use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::interp::{self, Outcome};
use crate::obj::Obj;
use crate::objects::{dict, list, tuple};
use crate::qstr::Qstr;
use crate::vm::{PyResult, Vm};

use super::{viper, Ctx};

pub type HelperFn = unsafe extern "C" fn(*mut Ctx, usize, usize, usize) -> usize;

/// The table machine code calls through (its address is in the HELPERS register).
#[repr(C)]
pub struct HelperTable(pub [HelperFn; COUNT]);

/// Returned by `IterNext` when the iterator is exhausted and by `YieldFrom` when the
/// sub-iterator returned: a word that is no object (an immediate tag with no meaning).
pub const STOP: usize = usize::MAX & !0b1000 & !0b1;

macro_rules! helpers {
    ($( $(#[$doc:meta])* $name:ident => $f:ident, )*) => {
        /// Index of each helper in `HELPERS`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(usize)]
        pub enum Helper { $( $(#[$doc])* $name ),* }

        pub const COUNT: usize = [$(Helper::$name),*].len();

        pub static HELPERS: HelperTable = HelperTable([$($f as HelperFn),*]);

        impl Helper {
            pub const ALL: [Helper; COUNT] = [$(Helper::$name),*];

            pub fn name(self) -> &'static str {
                [$(stringify!($name)),*][self as usize]
            }
        }
    };
}

helpers! {
    /// `(packed)`: `packed = pc << 8 | nblocks` of the raising instruction; unwinds with the
    /// interpreter's unwinder; returns the handler's machine address or NULL (propagate).
    Unwind => h_unwind,
    /// `(slot)`: raises UnboundLocalError for local `slot`.
    UnboundLocal => h_unbound_local,
    /// `(slot)`: raises NameError for free variable `slot`.
    UnboundDeref => h_unbound_deref,
    /// `()`: KeyboardInterrupt when Ctrl-C was pressed, else 1.
    CheckInterrupt => h_check_interrupt,
    /// `(qstr)`
    LoadGlobal => h_load_global,
    /// `(qstr, v)`
    StoreGlobal => h_store_global,
    /// `(qstr)`
    DeleteGlobal => h_delete_global,
    /// `(obj, qstr)`
    LoadAttr => h_load_attr,
    /// `(obj, qstr, v)`
    StoreAttr => h_store_attr,
    /// `(obj, qstr)`
    DeleteAttr => h_delete_attr,
    /// `(slots, qstr)`: `slots[0]` obj becomes `method`, `slots[1]` `self` (see `Op::LoadMethod`).
    LoadMethod => h_load_method,
    /// `(obj, key)`
    GetItem => h_get_item,
    /// `(obj, key, v)`; v NULL deletes.
    SetItem => h_set_item,
    /// `(kind, a, b)`
    BinaryOp => h_binary_op,
    /// `(kind, a, b)`
    InplaceOp => h_inplace_op,
    /// `(kind, a)`
    UnaryOp => h_unary_op,
    /// `(kind, a, b)`
    CompareOp => h_compare_op,
    /// `(exc, type)`: True or False.
    ExcMatch => h_exc_match,
    /// `(v)`: True or False.
    Truth => h_truth,
    /// `(obj)`
    GetIter => h_get_iter,
    /// `(iter)`: the next item, or `STOP`.
    IterNext => h_iter_next,
    /// `(slots, n)`
    BuildTuple => h_build_tuple,
    /// `(slots, n)`
    BuildList => h_build_list,
    /// `(slots, n)`
    BuildSet => h_build_set,
    /// `(slots, n)`: n key/value pairs.
    BuildMap => h_build_map,
    /// `(slots, n)`
    BuildString => h_build_string,
    /// `(slots, n)`
    BuildSlice => h_build_slice,
    /// `(slots, flags)`: `slots[0]` value, `slots[1]` spec when flagged.
    FormatValue => h_format_value,
    /// `(list, v)`
    ListAppend => h_list_append,
    /// `(set, v)`
    SetAdd => h_set_add,
    /// `(dict, k, v)`
    MapAdd => h_map_add,
    /// `(list, iterable)`
    ListExtend => h_list_extend,
    /// `(set, iterable)`
    SetUpdate => h_set_update,
    /// `(dict, mapping)`
    DictUpdate => h_dict_update,
    /// `(dict, mapping)`
    DictMerge => h_dict_merge,
    /// `(list)`
    ListToTuple => h_list_to_tuple,
    /// `(slot, n)`
    UnpackSequence => h_unpack_sequence,
    /// `(slot, arg)`
    UnpackEx => h_unpack_ex,
    /// `(slots, n)`: `slots[0]` callable, then n arguments.
    Call => h_call,
    /// `(slots, n)`: as `Call`, then the keyword-names tuple.
    CallKw => h_call_kw,
    /// `(slots, flags)`: callable, args tuple, kwargs dict when `flags & 1`.
    CallEx => h_call_ex,
    /// `(slots, n)`: method-or-NULL, self-or-callable, n arguments.
    CallMethod => h_call_method,
    /// `(slots, n)`: as `CallMethod`, then the keyword-names tuple.
    CallMethodKw => h_call_method_kw,
    /// `(slots, flags)`
    MakeFunction => h_make_function,
    /// `(sp, block index, handler pc)`
    SetupWith => h_setup_with,
    /// `(sp, block index)`: the exc-state block being popped.
    PopExcept => h_pop_except,
    /// `(slots, n)`: always NULL.
    Raise => h_raise,
    /// `(exc)`: always NULL.
    Reraise => h_reraise,
    /// `(slots)`: `exit prev exc`.
    WithExceptStart => h_with_except_start,
    /// `(v, resume pc, sp << 8 | nblocks)`: records the suspension point; returns v.
    Yield => h_yield,
    /// `(obj)`
    GetYieldFromIter => h_get_yield_from_iter,
    /// `(slots, pc, sp << 8 | nblocks)`: `slots[0]` iterator, `slots[1]` value to send. The
    /// value to yield (suspension recorded), or `STOP` with the result in `slots[0]`.
    YieldFrom => h_yield_from,
    /// `(slots, qstr)`: level, fromlist.
    ImportName => h_import_name,
    /// `(module, qstr)`
    ImportFrom => h_import_from,
    /// `(module)`
    ImportStar => h_import_star,
    /// `(obj, vtype, out)`: `*out` = the machine value of type `vtype` for `obj` (viper's
    /// casts and typed parameters); returns 1.
    ViperToNative => h_viper_to_native,
    /// `(word, vtype)`: the object for a machine value of type `vtype`.
    ViperToObj => h_viper_to_obj,
    /// `(a, b, out)`: `*out` = `a // b` on machine ints (floored); returns 1.
    ViperFloorDiv => h_viper_floor_div,
    /// `(a, b, out)`: `*out` = `a % b` on machine ints (sign of `b`); returns 1.
    ViperMod => h_viper_mod,
}

#[inline(always)]
fn o(w: usize) -> Obj {
    Obj::from_ptr(w as *const u8)
}

#[inline(always)]
fn slots(p: usize) -> *mut Obj {
    p as *mut Obj
}

impl Ctx {
    /// # Safety
    /// `self.vm` is the running VM.
    #[inline(always)]
    unsafe fn vm<'a>(&mut self) -> &'a mut Vm {
        &mut *self.vm
    }

    #[inline(always)]
    fn ret(&mut self, r: PyResult) -> usize {
        match r {
            Ok(v) => v.bits(),
            Err(e) => self.fail(e),
        }
    }

    #[inline(always)]
    fn ret_unit(&mut self, r: PyResult<()>) -> usize {
        match r {
            Ok(()) => 1,
            Err(e) => self.fail(e),
        }
    }

    #[cold]
    fn fail(&mut self, e: Obj) -> usize {
        self.pending = e;
        0
    }
}

macro_rules! helper {
    ($name:ident($c:ident, $a:pat, $b:pat, $d:pat) $body:block) => {
        unsafe extern "C" fn $name(ctx: *mut Ctx, a: usize, b: usize, d: usize) -> usize {
            // SAFETY: machine code passes the Ctx of its activation and the operands its
            // instruction needs, as documented on `Helper`.
            let $c: &mut Ctx = unsafe { &mut *ctx };
            let ($a, $b, $d) = (a, b, d);
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

helper!(h_unwind(c, packed, _, _) {
    let frame = &mut *c.frame;
    let co = frame.code_obj() as *const crate::objects::func::CodeObj;
    let (stack, blocks) = interp::frame_areas(frame);
    let mut nblocks = packed & 0xff;
    let mut sp = 0;
    let e = c.pending;
    let tb = if c.no_tb != 0 { None } else { Some(packed >> 8) };
    c.no_tb = 0;
    match interp::unwind(c.vm(), &*co, stack, blocks, &mut nblocks, &mut sp, e, tb) {
        Some(h) => (*c.code).address_of(h).unwrap_or(0),
        None => {
            frame.nblocks = 0;
            0
        }
    }
});

helper!(h_unbound_local(c, i, _, _) {
    let code = (*c.frame).code_obj().code();
    let e = interp::unbound_local(c.vm(), code, i);
    c.fail(e)
});

helper!(h_unbound_deref(c, i, _, _) {
    let code = (*c.frame).code_obj().code();
    let e = interp::unbound_deref(c.vm(), code, i);
    c.fail(e)
});

helper!(h_check_interrupt(c, _, _, _) {
    let r = interp::check_interrupt(c.vm());
    c.ret_unit(r)
});

helper!(h_load_global(c, name, _, _) {
    let g = (*c.frame).globals;
    let r = c.vm().load_global(g, Qstr(name as u32));
    c.ret(r)
});

helper!(h_store_global(c, name, v, _) {
    let g = (*c.frame).globals;
    let r = c.vm().dict_set(g, Obj::qstr(Qstr(name as u32)), o(v));
    c.ret_unit(r)
});

helper!(h_delete_global(c, name, _, _) {
    let g = (*c.frame).globals;
    let vm = c.vm();
    let name = Qstr(name as u32);
    let r = match dict::map(g).remove(vm, Obj::qstr(name)) {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(vm.name_error(name)),
        Err(e) => Err(e),
    };
    c.ret_unit(r)
});

helper!(h_load_attr(c, obj, name, _) {
    let r = c.vm().getattr(o(obj), Qstr(name as u32));
    c.ret(r)
});

helper!(h_store_attr(c, obj, name, v) {
    let r = c.vm().setattr(o(obj), Qstr(name as u32), o(v));
    c.ret_unit(r)
});

helper!(h_delete_attr(c, obj, name, _) {
    let r = c.vm().delattr(o(obj), Qstr(name as u32));
    c.ret_unit(r)
});

helper!(h_load_method(c, p, name, _) {
    let p = slots(p);
    match c.vm().load_method(*p, Qstr(name as u32)) {
        Ok((m, s)) => {
            *p = m;
            *p.add(1) = s;
            1
        }
        Err(e) => c.fail(e),
    }
});

helper!(h_get_item(c, obj, k, _) {
    let r = c.vm().getitem(o(obj), o(k));
    c.ret(r)
});

helper!(h_set_item(c, obj, k, v) {
    let r = c.vm().setitem(o(obj), o(k), o(v));
    c.ret_unit(r)
});

fn binop_kind(k: usize) -> BinaryOpKind {
    BinaryOpKind::from_arg(k as u32).unwrap_or(BinaryOpKind::Add)
}

helper!(h_binary_op(c, kind, a, b) {
    let kind = binop_kind(kind);
    let r = match interp::small_int_binop(kind, o(a), o(b)) {
        Some(r) => Ok(r),
        None => c.vm().binary_op(kind, o(a), o(b)),
    };
    c.ret(r)
});

helper!(h_inplace_op(c, kind, a, b) {
    let kind = binop_kind(kind);
    let r = match interp::small_int_binop(kind, o(a), o(b)) {
        Some(r) => Ok(r),
        None => c.vm().inplace_op(kind, o(a), o(b)),
    };
    c.ret(r)
});

helper!(h_unary_op(c, kind, a, _) {
    let kind = UnaryOpKind::from_arg(kind as u32).unwrap_or(UnaryOpKind::Pos);
    let r = c.vm().unary_op(kind, o(a));
    c.ret(r)
});

helper!(h_compare_op(c, kind, a, b) {
    let kind = CompareKind::from_arg(kind as u32).unwrap_or(CompareKind::Eq);
    let (a, b) = (o(a), o(b));
    let r = if a.is_small_int() && b.is_small_int() {
        Ok(Obj::from_bool(interp::compare_words(kind, a, b)))
    } else {
        c.vm().compare_op(kind, a, b)
    };
    c.ret(r)
});

helper!(h_exc_match(c, e, t, _) {
    let r = c.vm().exception_matches(o(e), o(t)).map(Obj::from_bool);
    c.ret(r)
});

helper!(h_truth(c, v, _, _) {
    let r = c.vm().truth(o(v)).map(Obj::from_bool);
    c.ret(r)
});

helper!(h_get_iter(c, obj, _, _) {
    let r = c.vm().get_iter(o(obj));
    c.ret(r)
});

helper!(h_iter_next(c, it, _, _) {
    match c.vm().iter_next(o(it)) {
        Ok(Some(v)) => v.bits(),
        Ok(None) => STOP,
        Err(e) => c.fail(e),
    }
});

helper!(h_build_tuple(c, p, n, _) {
    let r = c.vm().new_tuple(core::slice::from_raw_parts(slots(p), n));
    c.ret(r)
});

helper!(h_build_list(c, p, n, _) {
    let r = c.vm().new_list(core::slice::from_raw_parts(slots(p), n));
    c.ret(r)
});

helper!(h_build_set(c, p, n, _) {
    let r = interp::op_build_set(c.vm(), slots(p), n);
    c.ret(r)
});

helper!(h_build_map(c, p, n, _) {
    let r = interp::op_build_map(c.vm(), slots(p), n);
    c.ret(r)
});

helper!(h_build_string(c, p, n, _) {
    let r = interp::op_build_string(c.vm(), slots(p), n);
    c.ret(r)
});

helper!(h_build_slice(c, p, n, _) {
    let p = slots(p);
    let step = if n == 3 { *p.add(2) } else { Obj::NONE };
    let r = c.vm().new_slice(*p, *p.add(1), step);
    c.ret(r)
});

helper!(h_format_value(c, p, flags, _) {
    let p = slots(p);
    let spec = if flags as u32 & crate::bytecode::FORMAT_HAS_SPEC != 0 {
        *p.add(1)
    } else {
        Obj::NULL
    };
    let r = c.vm().format_value(*p, flags as u32 & 3, spec);
    c.ret(r)
});

helper!(h_list_append(c, l, v, _) {
    let r = c.vm().list_push(o(l), o(v));
    c.ret_unit(r)
});

helper!(h_set_add(c, s, v, _) {
    let r = c.vm().set_add(o(s), o(v));
    c.ret_unit(r)
});

helper!(h_map_add(c, d, k, v) {
    let r = c.vm().dict_set(o(d), o(k), o(v));
    c.ret_unit(r)
});

helper!(h_list_extend(c, l, it, _) {
    let r = c.vm().list_extend(o(l), o(it));
    c.ret_unit(r)
});

helper!(h_set_update(c, s, it, _) {
    let r = c.vm().set_update(o(s), o(it));
    c.ret_unit(r)
});

helper!(h_dict_update(c, d, m, _) {
    let r = c.vm().dict_update(o(d), o(m), false);
    c.ret_unit(r)
});

helper!(h_dict_merge(c, d, m, _) {
    let r = c.vm().dict_update(o(d), o(m), true);
    c.ret_unit(r)
});

helper!(h_list_to_tuple(c, l, _, _) {
    let r = c.vm().new_tuple(list::items(o(l)));
    c.ret(r)
});

helper!(h_unpack_sequence(c, p, n, _) {
    let r = interp::op_unpack_sequence(c.vm(), slots(p), n);
    c.ret_unit(r)
});

helper!(h_unpack_ex(c, p, a, _) {
    let r = interp::op_unpack_ex(c.vm(), slots(p), a);
    c.ret_unit(r)
});

helper!(h_call(c, p, n, _) {
    let p = slots(p);
    let r = c.vm().call(*p, core::slice::from_raw_parts(p.add(1), n), &[]);
    c.ret(r)
});

helper!(h_call_kw(c, p, n, _) {
    let p = slots(p);
    let names = tuple::items(*p.add(n + 1));
    let r = c.vm().call(*p, core::slice::from_raw_parts(p.add(1), n), names);
    c.ret(r)
});

helper!(h_call_ex(c, p, flags, _) {
    let p = slots(p);
    let kwargs = if flags & 1 != 0 { *p.add(2) } else { Obj::NULL };
    let r = c.vm().call_ex(*p, *p.add(1), kwargs);
    c.ret(r)
});

unsafe fn call_method(c: &mut Ctx, p: *mut Obj, n: usize, kw: &[Obj]) -> usize {
    let m = *p;
    let r = if m.is_null() {
        c.vm()
            .call(*p.add(1), core::slice::from_raw_parts(p.add(2), n), kw)
    } else {
        c.vm()
            .call(m, core::slice::from_raw_parts(p.add(1), n + 1), kw)
    };
    c.ret(r)
}

helper!(h_call_method(c, p, n, _) {
    call_method(c, slots(p), n, &[])
});

helper!(h_call_method_kw(c, p, n, _) {
    let p = slots(p);
    let names = tuple::items(*p.add(n + 2));
    call_method(c, p, n, names)
});

helper!(h_make_function(c, p, flags, _) {
    let g = (*c.frame).globals;
    let r = interp::op_make_function(c.vm(), slots(p), flags as u32, g);
    c.ret(r)
});

helper!(h_setup_with(c, sp, block, handler) {
    let (stack, blocks) = interp::frame_areas(&*c.frame);
    let r = interp::op_setup_with(c.vm(), stack, sp, blocks.add(block), handler);
    c.ret_unit(r)
});

helper!(h_pop_except(c, sp, block, _) {
    let (stack, blocks) = interp::frame_areas(&*c.frame);
    interp::op_pop_except(c.vm(), stack, sp, blocks.add(block));
    1
});

helper!(h_raise(c, p, n, _) {
    let (e, tb) = interp::op_raise(c.vm(), slots(p), n);
    c.no_tb = (!tb) as usize;
    c.fail(e)
});

helper!(h_reraise(c, e, _, _) {
    c.no_tb = 1;
    c.fail(o(e))
});

helper!(h_with_except_start(c, p, _, _) {
    let r = interp::op_with_except_start(c.vm(), slots(p));
    c.ret(r)
});

unsafe fn suspend(c: &mut Ctx, pc: usize, sp_nblocks: usize) {
    let f = &mut *c.frame;
    f.pc = pc;
    f.sp = sp_nblocks >> 8;
    f.nblocks = sp_nblocks & 0xff;
    c.yielded = 1;
}

helper!(h_yield(c, v, pc, sp_nblocks) {
    suspend(c, pc, sp_nblocks);
    v
});

helper!(h_get_yield_from_iter(c, obj, _, _) {
    let r = c.vm().yield_from_iter(o(obj));
    c.ret(r)
});

helper!(h_yield_from(c, p, pc, sp_nblocks) {
    let p = slots(p);
    match c.vm().yield_from_step(*p, *p.add(1), None) {
        Ok(Some(Outcome::Yield(y))) => {
            suspend(c, pc, sp_nblocks);
            y.bits()
        }
        Ok(Some(Outcome::Return(r))) => {
            *p = r;
            STOP
        }
        Ok(None) => {
            let e = c.vm().runtime_error("yield from: no outcome");
            c.fail(e)
        }
        Err(e) => c.fail(e),
    }
});

helper!(h_import_name(c, p, name, _) {
    let p = slots(p);
    let g = (*c.frame).globals;
    let r = c.vm().import_name(Qstr(name as u32), *p.add(1), *p, g);
    c.ret(r)
});

helper!(h_import_from(c, m, name, _) {
    let r = c.vm().import_from(o(m), Qstr(name as u32));
    c.ret(r)
});

helper!(h_import_star(c, m, _, _) {
    let g = (*c.frame).globals;
    let r = c.vm().import_star(o(m), g);
    c.ret_unit(r)
});

helper!(h_viper_to_native(c, obj, vtype, out) {
    let r = viper::to_native(c.vm(), o(obj), vtype);
    match r {
        Ok(w) => {
            *(out as *mut usize) = w;
            1
        }
        Err(e) => c.fail(e),
    }
});

helper!(h_viper_to_obj(c, word, vtype, _) {
    let r = viper::to_obj(c.vm(), word, vtype);
    c.ret(r)
});

helper!(h_viper_floor_div(c, a, b, out) {
    viper_division(c, a, b, out, viper::floor_div)
});

helper!(h_viper_mod(c, a, b, out) {
    viper_division(c, a, b, out, viper::floor_mod)
});

/// `*out = f(a, b)` for machine ints, or ZeroDivisionError.
///
/// # Safety
/// `out` is the address of a frame slot.
unsafe fn viper_division(
    c: &mut Ctx,
    a: usize,
    b: usize,
    out: usize,
    f: fn(isize, isize) -> isize,
) -> usize {
    if b == 0 {
        let e = c.vm().zero_division("divide by zero");
        return c.fail(e);
    }
    *(out as *mut usize) = f(a as isize, b as isize) as usize;
    1
}
