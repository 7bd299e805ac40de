//! The bytecode interpreter: runs one frame until it returns, yields or raises.
//!
//! ```text
//!   frame slot area (on the Python stack, or inside a generator object):
//!   +-----------------+------------------------+------------------------------+
//!   | fast locals     | value stack            | block stack                  |
//!   | nlocals words   | stacksize words        | blocksize * 3 words          |
//!   +-----------------+------------------------+------------------------------+
//!   ^ fast            ^ stack                  ^ blocks
//! ```
//! A block is (kind, handler pc, stack depth); see `bytecode` for the exception model.
//! Everything an operation needs from the runtime goes through `Vm` methods with plain
//! signatures, so machine code generated from the same bytecode can call them too.

use alloc::string::String;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::{self, read_uint, BinaryOpKind, CompareKind, Op, UnaryOpKind};
use crate::obj::Obj;
use crate::objects::exc::{self, ExcObj};
use crate::objects::func::{CellObj, CodeObj, FuncObj};
use crate::objects::{dict, list, tuple};
use crate::qstr::{q, Qstr};
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

/// Set from a signal handler (Ctrl-C); the interpreter raises KeyboardInterrupt at the next
/// backward jump or call.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

pub const BLOCK_HANDLER: usize = 0;
pub const BLOCK_EXC_STATE: usize = 1;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Block {
    pub kind: usize,
    pub handler: usize,
    pub level: usize,
}

/// Words of slot area a frame of `code` needs.
pub fn frame_words(code: &bytecode::Code) -> usize {
    code.varnames.len() + code.stacksize as usize + 3 * code.blocksize as usize
}

/// A frame being run. Its slots live elsewhere (see the module docs).
pub struct Frame {
    pub code: *const CodeObj,
    pub globals: Obj,
    /// The namespace dict of module and class bodies; NULL for functions.
    pub locals_dict: Obj,
    pub fast: *mut Obj,
    pub pc: usize,
    pub sp: usize,
    pub nblocks: usize,
}

impl Frame {
    /// A frame over the slot area at `slots`, which has `frame_words(code)` words.
    pub fn new(code: Obj, globals: Obj, locals_dict: Obj, slots: *mut Obj) -> Frame {
        Frame {
            code: code.as_ptr(),
            globals,
            locals_dict,
            fast: slots,
            pc: 0,
            sp: 0,
            nblocks: 0,
        }
    }

    pub fn code_obj(&self) -> &CodeObj {
        // SAFETY: a frame's code object is kept alive by its function or generator.
        unsafe { &*self.code }
    }
}

pub enum Outcome {
    Return(Obj),
    Yield(Obj),
}

/// Runs `frame` from its pc. `throw` raises that exception at the current position first
/// (generators' `throw()`).
/// Functions with machine code (`native`) run it instead of the loop below; both share the
/// frame layout, the unwinder (`unwind`) and the `op_*` functions.
pub fn run(vm: &mut Vm, frame: &mut Frame, throw: Option<Obj>) -> PyResult<Outcome> {
    let saved_globals = vm.cur_globals;
    let saved_frame = vm.cur_frame;
    vm.cur_globals = frame.globals;
    vm.cur_frame = frame;
    let r = match crate::native::code_for(vm, frame) {
        Ok(Some(nc)) => crate::native::run(vm, frame, throw, nc),
        Ok(None) => run_frame(vm, frame, throw),
        Err(e) => Err(e),
    };
    vm.cur_globals = saved_globals;
    vm.cur_frame = saved_frame;
    r
}

impl Vm {
    /// `locals()`: the namespace dict of a module or class body, or a new dict of a
    /// function's bound local (and cell/free) variables.
    pub fn current_locals(&mut self) -> PyResult {
        // SAFETY: cur_frame points at the innermost running frame, which outlives this call.
        let Some(frame) = (unsafe { self.cur_frame.as_ref() }) else {
            return Ok(self.cur_globals);
        };
        if !frame.locals_dict.is_null() {
            return Ok(frame.locals_dict);
        }
        if frame.code_obj().code().flags & bytecode::CO_NAME_DICT != 0 {
            return Ok(frame.globals);
        }
        let code = frame.code_obj().code();
        let d = self.new_dict()?;
        let cells = code.varnames.len() - code.nfreevars as usize;
        for (i, name) in code.varnames.iter().enumerate() {
            // SAFETY: the frame's fast slots hold `varnames.len()` values.
            let mut v = unsafe { *frame.fast.add(i) };
            let is_cell = i >= cells || code.cellvars.contains(&(i as u16));
            if is_cell && !v.is_null() {
                v = unsafe { v.as_ref::<CellObj>().value };
            }
            if !v.is_null() {
                self.dict_set_str(d, name, v)?;
            }
        }
        Ok(d)
    }
}

fn run_frame(vm: &mut Vm, frame: &mut Frame, throw: Option<Obj>) -> PyResult<Outcome> {
    let co = frame.code_obj() as *const CodeObj;
    // SAFETY: see Frame::code_obj.
    let co: &CodeObj = unsafe { &*co };
    let code = co.code();
    let bc: &[u8] = &code.code;
    let nlocals = code.varnames.len();
    let fast = frame.fast;
    // SAFETY: the slot area holds nlocals + stacksize + 3 * blocksize words.
    let stack = unsafe { fast.add(nlocals) };
    let blocks = unsafe { stack.add(code.stacksize as usize) as *mut Block };
    let globals = frame.globals;
    let locals_dict = frame.locals_dict;
    let mut pc = frame.pc;
    let mut sp = frame.sp;
    let mut nblocks = frame.nblocks;
    let mut pending = throw;

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            *stack.add(sp) = v;
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            *stack.add(sp)
        }};
    }
    macro_rules! top {
        () => {
            *stack.add(sp - 1)
        };
    }
    macro_rules! arg {
        () => {
            read_uint(bc, &mut pc)
        };
    }

    loop {
        // `Some(add_tb)` once an instruction raised.
        let mut op_pc = pc;
        let mut add_tb = true;
        let err: Obj = 'run: {
            if let Some(e) = pending.take() {
                add_tb = false;
                break 'run e;
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run e,
                    }
                };
            }
            // SAFETY: the compiler guarantees stack depths within `stacksize`, block depths
            // within `blocksize`, valid local/const/name indexes and jump targets.
            unsafe {
                loop {
                    op_pc = pc;
                    let op = *bc.get_unchecked(pc);
                    pc += 1;
                    match Op::from_u8(op).unwrap_or(Op::Nop) {
                        Op::Nop => {}
                        Op::Pop => sp -= 1,
                        Op::Dup => push!(top!()),
                        Op::Dup2 => {
                            let a = *stack.add(sp - 2);
                            let b = *stack.add(sp - 1);
                            push!(a);
                            push!(b);
                        }
                        Op::Rot2 => {
                            let a = *stack.add(sp - 1);
                            *stack.add(sp - 1) = *stack.add(sp - 2);
                            *stack.add(sp - 2) = a;
                        }
                        Op::Rot3 => {
                            let c = *stack.add(sp - 1);
                            *stack.add(sp - 1) = *stack.add(sp - 2);
                            *stack.add(sp - 2) = *stack.add(sp - 3);
                            *stack.add(sp - 3) = c;
                        }
                        Op::Rot4 => {
                            let d = *stack.add(sp - 1);
                            *stack.add(sp - 1) = *stack.add(sp - 2);
                            *stack.add(sp - 2) = *stack.add(sp - 3);
                            *stack.add(sp - 3) = *stack.add(sp - 4);
                            *stack.add(sp - 4) = d;
                        }
                        Op::LoadConst => {
                            let k = arg!();
                            push!(co.const_at(k));
                        }
                        Op::LoadSmallInt => {
                            let v = bytecode::zigzag_decode(arg!());
                            push!(Obj::small_int(v as isize));
                        }
                        Op::LoadNone => push!(Obj::NONE),
                        Op::LoadTrue => push!(Obj::TRUE),
                        Op::LoadFalse => push!(Obj::FALSE),
                        Op::LoadFast => {
                            let i = arg!() as usize;
                            let v = *fast.add(i);
                            if v.is_null() {
                                break 'run unbound_local(vm, code, i);
                            }
                            push!(v);
                        }
                        Op::StoreFast => {
                            let i = arg!() as usize;
                            *fast.add(i) = pop!();
                        }
                        Op::DeleteFast => {
                            let i = arg!() as usize;
                            if (*fast.add(i)).is_null() {
                                break 'run unbound_local(vm, code, i);
                            }
                            *fast.add(i) = Obj::NULL;
                        }
                        Op::LoadDeref => {
                            let i = arg!() as usize;
                            let v = (*fast.add(i)).as_ref::<CellObj>().value;
                            if v.is_null() {
                                break 'run unbound_deref(vm, code, i);
                            }
                            push!(v);
                        }
                        Op::StoreDeref => {
                            let i = arg!() as usize;
                            (*fast.add(i)).as_mut::<CellObj>().value = pop!();
                        }
                        Op::DeleteDeref => {
                            let i = arg!() as usize;
                            let cell = (*fast.add(i)).as_mut::<CellObj>();
                            if cell.value.is_null() {
                                break 'run unbound_deref(vm, code, i);
                            }
                            cell.value = Obj::NULL;
                        }
                        Op::LoadClosure => {
                            let i = arg!() as usize;
                            push!(*fast.add(i));
                        }
                        Op::LoadName => {
                            let name = co.name_at(arg!());
                            let v = tri!(vm.load_name(locals_dict, globals, name));
                            push!(v);
                        }
                        Op::StoreName => {
                            let name = co.name_at(arg!());
                            let v = pop!();
                            let d = if locals_dict.is_null() {
                                globals
                            } else {
                                locals_dict
                            };
                            tri!(vm.dict_set(d, Obj::qstr(name), v));
                        }
                        Op::DeleteName => {
                            let name = co.name_at(arg!());
                            let d = if locals_dict.is_null() {
                                globals
                            } else {
                                locals_dict
                            };
                            if tri!(dict::map(d).remove(vm, Obj::qstr(name))).is_none() {
                                break 'run vm.name_error(name);
                            }
                        }
                        Op::LoadGlobal => {
                            let name = co.name_at(arg!());
                            let v = tri!(vm.load_global(globals, name));
                            push!(v);
                        }
                        Op::StoreGlobal => {
                            let name = co.name_at(arg!());
                            let v = pop!();
                            tri!(vm.dict_set(globals, Obj::qstr(name), v));
                        }
                        Op::DeleteGlobal => {
                            let name = co.name_at(arg!());
                            if tri!(dict::map(globals).remove(vm, Obj::qstr(name))).is_none() {
                                break 'run vm.name_error(name);
                            }
                        }
                        Op::LoadAttr => {
                            let name = co.name_at(arg!());
                            let o = top!();
                            *stack.add(sp - 1) = tri!(vm.getattr(o, name));
                        }
                        Op::StoreAttr => {
                            let name = co.name_at(arg!());
                            let o = pop!();
                            let v = pop!();
                            tri!(vm.setattr(o, name, v));
                        }
                        Op::DeleteAttr => {
                            let name = co.name_at(arg!());
                            let o = pop!();
                            tri!(vm.delattr(o, name));
                        }
                        Op::LoadMethod => {
                            let name = co.name_at(arg!());
                            let o = top!();
                            let (m, s) = tri!(vm.load_method(o, name));
                            *stack.add(sp - 1) = m;
                            push!(s);
                        }
                        Op::LoadSubscr => {
                            let k = pop!();
                            let o = top!();
                            *stack.add(sp - 1) = tri!(vm.getitem(o, k));
                        }
                        Op::StoreSubscr => {
                            let k = pop!();
                            let o = pop!();
                            let v = pop!();
                            tri!(vm.setitem(o, k, v));
                        }
                        Op::DeleteSubscr => {
                            let k = pop!();
                            let o = pop!();
                            tri!(vm.setitem(o, k, Obj::NULL));
                        }
                        Op::BinaryOp | Op::InplaceOp => {
                            let kind = BinaryOpKind::from_arg(arg!()).unwrap_or(BinaryOpKind::Add);
                            let b = pop!();
                            let a = top!();
                            let r = match small_int_binop(kind, a, b) {
                                Some(r) => r,
                                None => match crate::methods::float::quick_binop(vm, kind, a, b) {
                                    Some(r) => tri!(r),
                                    None if op == Op::BinaryOp as u8 => {
                                        tri!(vm.binary_op(kind, a, b))
                                    }
                                    None => tri!(vm.inplace_op(kind, a, b)),
                                },
                            };
                            *stack.add(sp - 1) = r;
                        }
                        Op::UnaryOp => {
                            let kind = UnaryOpKind::from_arg(arg!()).unwrap_or(UnaryOpKind::Pos);
                            let a = top!();
                            *stack.add(sp - 1) = tri!(vm.unary_op(kind, a));
                        }
                        Op::CompareOp => {
                            let kind = CompareKind::from_arg(arg!()).unwrap_or(CompareKind::Eq);
                            let b = pop!();
                            let a = top!();
                            let r = if a.is_small_int() && b.is_small_int() {
                                Obj::from_bool(compare_words(kind, a, b))
                            } else if let Some(r) = crate::methods::float::quick_compare(kind, a, b)
                            {
                                Obj::from_bool(r)
                            } else {
                                tri!(vm.compare_op(kind, a, b))
                            };
                            *stack.add(sp - 1) = r;
                        }
                        Op::ExcMatch => {
                            let t = pop!();
                            let e = top!();
                            let m = tri!(vm.exception_matches(e, t));
                            push!(Obj::from_bool(m));
                        }
                        Op::Jump => {
                            let t = arg!() as usize;
                            if t <= op_pc {
                                tri!(check_interrupt(vm));
                            }
                            pc = t;
                        }
                        Op::PopJumpIfFalse => {
                            let t = arg!() as usize;
                            let v = pop!();
                            let truth = match v {
                                Obj::TRUE => true,
                                Obj::FALSE => false,
                                _ => tri!(vm.truth(v)),
                            };
                            if !truth {
                                pc = t;
                            }
                        }
                        Op::PopJumpIfTrue => {
                            let t = arg!() as usize;
                            let v = pop!();
                            let truth = match v {
                                Obj::TRUE => true,
                                Obj::FALSE => false,
                                _ => tri!(vm.truth(v)),
                            };
                            if truth {
                                if t <= op_pc {
                                    tri!(check_interrupt(vm));
                                }
                                pc = t;
                            }
                        }
                        Op::JumpIfFalseOrPop => {
                            let t = arg!() as usize;
                            if !tri!(vm.truth(top!())) {
                                pc = t;
                            } else {
                                sp -= 1;
                            }
                        }
                        Op::JumpIfTrueOrPop => {
                            let t = arg!() as usize;
                            if tri!(vm.truth(top!())) {
                                pc = t;
                            } else {
                                sp -= 1;
                            }
                        }
                        Op::GetIter => {
                            let o = top!();
                            *stack.add(sp - 1) = tri!(vm.get_iter(o));
                        }
                        Op::ForIter => {
                            let t = arg!() as usize;
                            let it = top!();
                            match tri!(vm.iter_next(it)) {
                                Some(v) => push!(v),
                                None => {
                                    sp -= 1;
                                    pc = t;
                                }
                            }
                        }
                        Op::BuildTuple => {
                            let n = arg!() as usize;
                            sp -= n;
                            let items = core::slice::from_raw_parts(stack.add(sp), n);
                            let t = tri!(vm.new_tuple(items));
                            push!(t);
                        }
                        Op::BuildList => {
                            let n = arg!() as usize;
                            sp -= n;
                            let items = core::slice::from_raw_parts(stack.add(sp), n);
                            let l = tri!(vm.new_list(items));
                            push!(l);
                        }
                        Op::BuildSet => {
                            let n = arg!() as usize;
                            let s = tri!(op_build_set(vm, stack.add(sp - n), n));
                            sp -= n;
                            push!(s);
                        }
                        Op::BuildMap => {
                            let n = arg!() as usize;
                            let d = tri!(op_build_map(vm, stack.add(sp - 2 * n), n));
                            sp -= 2 * n;
                            push!(d);
                        }
                        Op::BuildString => {
                            let n = arg!() as usize;
                            let r = tri!(op_build_string(vm, stack.add(sp - n), n));
                            sp -= n;
                            push!(r);
                        }
                        Op::BuildSlice => {
                            let n = arg!();
                            let step = if n == 3 { pop!() } else { Obj::NONE };
                            let hi = pop!();
                            let lo = pop!();
                            let s = tri!(vm.new_slice(lo, hi, step));
                            push!(s);
                        }
                        Op::FormatValue => {
                            let flags = arg!();
                            let spec = if flags & bytecode::FORMAT_HAS_SPEC != 0 {
                                pop!()
                            } else {
                                Obj::NULL
                            };
                            let v = top!();
                            let r = tri!(vm.format_value(v, flags & 3, spec));
                            *stack.add(sp - 1) = r;
                        }
                        Op::ListAppend => {
                            let d = arg!() as usize;
                            let v = pop!();
                            tri!(vm.list_push(*stack.add(sp - d), v));
                        }
                        Op::SetAdd => {
                            let d = arg!() as usize;
                            let v = pop!();
                            tri!(vm.set_add(*stack.add(sp - d), v));
                        }
                        Op::MapAdd => {
                            let d = arg!() as usize;
                            let v = pop!();
                            let k = pop!();
                            tri!(vm.dict_set(*stack.add(sp - d), k, v));
                        }
                        Op::ListExtend => {
                            let d = arg!() as usize;
                            let it = pop!();
                            tri!(vm.list_extend(*stack.add(sp - d), it));
                        }
                        Op::SetUpdate => {
                            let d = arg!() as usize;
                            let it = pop!();
                            tri!(vm.set_update(*stack.add(sp - d), it));
                        }
                        Op::DictUpdate | Op::DictMerge => {
                            let d = arg!() as usize;
                            let m = pop!();
                            tri!(vm.dict_update(*stack.add(sp - d), m, op == Op::DictMerge as u8));
                        }
                        Op::ListToTuple => {
                            let l = top!();
                            *stack.add(sp - 1) = tri!(vm.new_tuple(list::items(l)));
                        }
                        Op::UnpackSequence => {
                            let n = arg!() as usize;
                            tri!(op_unpack_sequence(vm, stack.add(sp - 1), n));
                            sp = sp - 1 + n;
                        }
                        Op::UnpackEx => {
                            let a = arg!() as usize;
                            tri!(op_unpack_ex(vm, stack.add(sp - 1), a));
                            sp += (a & 0xff) + (a >> 8);
                        }
                        Op::CallFunction => {
                            let n = arg!() as usize;
                            let args = core::slice::from_raw_parts(stack.add(sp - n), n);
                            let f = *stack.add(sp - n - 1);
                            let r = tri!(vm.call(f, args, &[]));
                            sp -= n;
                            *stack.add(sp - 1) = r;
                        }
                        Op::CallFunctionKw => {
                            let n = arg!() as usize;
                            let names = pop!();
                            let args = core::slice::from_raw_parts(stack.add(sp - n), n);
                            let f = *stack.add(sp - n - 1);
                            let r = tri!(vm.call(f, args, tuple::items(names)));
                            sp -= n;
                            *stack.add(sp - 1) = r;
                        }
                        Op::CallFunctionEx => {
                            let flags = arg!();
                            let kwargs = if flags & 1 != 0 { pop!() } else { Obj::NULL };
                            let args = pop!();
                            let f = top!();
                            let r = tri!(vm.call_ex(f, args, kwargs));
                            *stack.add(sp - 1) = r;
                        }
                        Op::CallMethod => {
                            let n = arg!() as usize;
                            let m = *stack.add(sp - n - 2);
                            let r = if m.is_null() {
                                let f = *stack.add(sp - n - 1);
                                let args = core::slice::from_raw_parts(stack.add(sp - n), n);
                                tri!(vm.call(f, args, &[]))
                            } else {
                                let args =
                                    core::slice::from_raw_parts(stack.add(sp - n - 1), n + 1);
                                tri!(vm.call(m, args, &[]))
                            };
                            sp -= n + 1;
                            *stack.add(sp - 1) = r;
                        }
                        Op::CallMethodKw => {
                            let n = arg!() as usize;
                            let names = pop!();
                            let kw = tuple::items(names);
                            let m = *stack.add(sp - n - 2);
                            let r = if m.is_null() {
                                let f = *stack.add(sp - n - 1);
                                let args = core::slice::from_raw_parts(stack.add(sp - n), n);
                                tri!(vm.call(f, args, kw))
                            } else {
                                let args =
                                    core::slice::from_raw_parts(stack.add(sp - n - 1), n + 1);
                                tri!(vm.call(m, args, kw))
                            };
                            sp -= n + 1;
                            *stack.add(sp - 1) = r;
                        }
                        Op::MakeFunction => {
                            let flags = arg!();
                            let n = make_function_inputs(flags);
                            sp -= n;
                            let f = tri!(op_make_function(vm, stack.add(sp), flags, globals));
                            push!(f);
                        }
                        Op::ReturnValue => {
                            let v = pop!();
                            frame.pc = pc;
                            frame.sp = sp;
                            frame.nblocks = nblocks;
                            return Ok(Outcome::Return(v));
                        }
                        Op::LoadBuildClass => {
                            push!(Obj::from_static(&crate::runtime::class::BUILD_CLASS));
                        }
                        Op::LoadAssertionError => push!(Obj::from_static(&exc::ASSERTION_ERROR)),
                        Op::SetupFinally => {
                            let t = arg!() as usize;
                            *blocks.add(nblocks) = Block {
                                kind: BLOCK_HANDLER,
                                handler: t,
                                level: sp,
                            };
                            nblocks += 1;
                        }
                        Op::SetupWith => {
                            let t = arg!() as usize;
                            tri!(op_setup_with(vm, stack, sp, blocks.add(nblocks), t));
                            nblocks += 1;
                            sp += 1;
                        }
                        Op::PopBlock => nblocks -= 1,
                        Op::PopExcept => {
                            nblocks -= 1;
                            op_pop_except(vm, stack, sp, blocks.add(nblocks));
                            sp -= 1;
                        }
                        Op::Raise => {
                            let n = arg!() as usize;
                            sp -= n;
                            let (e, tb) = op_raise(vm, stack.add(sp), n);
                            add_tb = tb;
                            break 'run e;
                        }
                        Op::Reraise => {
                            add_tb = false;
                            break 'run pop!();
                        }
                        Op::WithExceptStart => {
                            let r = tri!(op_with_except_start(vm, stack.add(sp - 3)));
                            push!(r);
                        }
                        Op::YieldValue => {
                            let v = pop!();
                            frame.pc = pc;
                            frame.sp = sp;
                            frame.nblocks = nblocks;
                            return Ok(Outcome::Yield(v));
                        }
                        Op::GetYieldFromIter => {
                            let o = top!();
                            if !o.is_exactly(&builtin::GENERATOR) {
                                *stack.add(sp - 1) = tri!(vm.yield_from_iter(o));
                            }
                        }
                        Op::YieldFrom => {
                            let v = pop!();
                            let it = top!();
                            match tri!(vm.yield_from_step(it, v, None)) {
                                Some(Outcome::Yield(y)) => {
                                    frame.pc = op_pc;
                                    frame.sp = sp;
                                    frame.nblocks = nblocks;
                                    return Ok(Outcome::Yield(y));
                                }
                                Some(Outcome::Return(r)) => *stack.add(sp - 1) = r,
                                None => unreachable!(),
                            }
                        }
                        Op::ImportName => {
                            let name = co.name_at(arg!());
                            let fromlist = pop!();
                            let level = pop!();
                            let m = tri!(vm.import_name(name, fromlist, level, globals));
                            push!(m);
                        }
                        Op::ImportFrom => {
                            let name = co.name_at(arg!());
                            let m = top!();
                            let v = tri!(vm.import_from(m, name));
                            push!(v);
                        }
                        Op::ImportStar => {
                            let m = pop!();
                            let d = if locals_dict.is_null() {
                                globals
                            } else {
                                locals_dict
                            };
                            tri!(vm.import_star(m, d));
                        }
                        Op::PrintExpr => {
                            let v = pop!();
                            if v != Obj::NONE {
                                let r = tri!(vm.repr(v));
                                let s = tri!(vm.str_arg(r));
                                vm.print_str(s);
                                vm.print_str("\n");
                            }
                        }
                    }
                }
            }
        };

        // An exception: record where, then unwind this frame's blocks.
        let tb_pc = if add_tb { Some(op_pc) } else { None };
        // SAFETY: as in the loop above.
        match unsafe { unwind(vm, co, stack, blocks, &mut nblocks, &mut sp, err, tb_pc) } {
            Some(handler) => pc = handler,
            None => {
                frame.pc = pc;
                frame.sp = sp;
                frame.nblocks = 0;
                return Err(err);
            }
        }
    }
}

// ---- Pieces shared with native code (`crate::native::helpers`): one copy of the semantics.

/// Where exception `e` raised in a frame goes. With `tb_pc`, first records the traceback entry
/// (line of the instruction at that pc) and the implicit `__context__`; then pops blocks as
/// described in `bytecode`'s module docs. Returns the handler pc, with `*sp`/`*nblocks` set for
/// it (the stack holds `prev exc` on top of the handler block's depth), or None when the
/// exception leaves the frame (`*nblocks` is then 0).
///
/// # Safety
/// `stack` and `blocks` are the frame's areas and `*nblocks` its current block depth.
#[allow(clippy::too_many_arguments)]
pub unsafe fn unwind(
    vm: &mut Vm,
    co: &CodeObj,
    stack: *mut Obj,
    blocks: *mut Block,
    nblocks: &mut usize,
    sp: &mut usize,
    e: Obj,
    tb_pc: Option<usize>,
) -> Option<usize> {
    if let Some(pc) = tb_pc {
        vm.set_context(e);
        let line = co.code().line_for_pc(pc);
        exc::add_traceback(vm, e, Obj::qstr(co.filename), line, Obj::qstr(co.name));
    }
    loop {
        if *nblocks == 0 {
            return None;
        }
        *nblocks -= 1;
        let b = *blocks.add(*nblocks);
        if b.kind == BLOCK_EXC_STATE {
            vm.exc_info = *stack.add(b.level);
            *sp = b.level;
            continue;
        }
        *sp = b.level;
        *blocks.add(*nblocks) = Block {
            kind: BLOCK_EXC_STATE,
            handler: 0,
            level: *sp,
        };
        *nblocks += 1;
        *stack.add(*sp) = vm.exc_info;
        *stack.add(*sp + 1) = e;
        *sp += 2;
        vm.exc_info = e;
        return Some(b.handler);
    }
}

/// The value stack and block stack of a frame (see the module docs).
pub fn frame_areas(frame: &Frame) -> (*mut Obj, *mut Block) {
    let code = frame.code_obj().code();
    // SAFETY: the slot area has `frame_words(code)` words.
    unsafe {
        let stack = frame.fast.add(code.varnames.len());
        (stack, stack.add(code.stacksize as usize) as *mut Block)
    }
}

/// `BuildSet` over the `n` values at `items`.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_build_set(vm: &mut Vm, items: *const Obj, n: usize) -> PyResult {
    let s = vm.new_set(&builtin::SET)?;
    for i in 0..n {
        vm.set_add(s, *items.add(i))?;
    }
    Ok(s)
}

/// `BuildMap` over the `n` key/value pairs at `items`.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_build_map(vm: &mut Vm, items: *const Obj, n: usize) -> PyResult {
    let d = vm.new_dict()?;
    for i in 0..n {
        vm.dict_set(d, *items.add(2 * i), *items.add(2 * i + 1))?;
    }
    Ok(d)
}

/// `BuildString` over the `n` strings at `items`.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_build_string(vm: &mut Vm, items: *const Obj, n: usize) -> PyResult {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(vm.str_arg(*items.add(i))?);
    }
    vm.new_str(&s)
}

/// `UnpackSequence`: the sequence at `at` is replaced by its `n` items, last item lowest.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_unpack_sequence(vm: &mut Vm, at: *mut Obj, n: usize) -> PyResult<()> {
    let seq = vm.unpack(*at, n)?;
    let items = if seq.is_exactly(&builtin::TUPLE) {
        tuple::items(seq)
    } else {
        &*list::items(seq)
    };
    for (i, &x) in items.iter().rev().enumerate() {
        *at.add(i) = x;
    }
    Ok(())
}

/// `UnpackEx` with argument `a`: the iterable at `at` is replaced by `before + 1 + after`
/// values (see `Op::UnpackEx`).
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_unpack_ex(vm: &mut Vm, at: *mut Obj, a: usize) -> PyResult<()> {
    let (before, after) = (a & 0xff, a >> 8);
    let items_list = vm.iterate_to_list(*at)?;
    // The list keeps the items alive while the middle list is allocated.
    *at = items_list;
    let len = list::items(items_list).len();
    if len < before + after {
        let msg = alloc::format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            len
        );
        return Err(vm.value_error(&msg));
    }
    let mid_end = len - after;
    let mid = vm.new_list(&list::items(items_list)[before..mid_end])?;
    let items = list::items(items_list);
    let mut k = 0;
    for &x in items[mid_end..].iter().rev() {
        *at.add(k) = x;
        k += 1;
    }
    *at.add(k) = mid;
    k += 1;
    for &x in items[..before].iter().rev() {
        *at.add(k) = x;
        k += 1;
    }
    Ok(())
}

/// How many values `MakeFunction` with `flags` pops.
pub fn make_function_inputs(flags: u32) -> usize {
    1 + (flags & bytecode::MAKE_FN_CLOSURE != 0) as usize
        + (flags & bytecode::MAKE_FN_KWDEFAULTS != 0) as usize
        + (flags & bytecode::MAKE_FN_DEFAULTS != 0) as usize
}

/// `MakeFunction`: the `make_function_inputs(flags)` values at `at`, bottom first.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_make_function(vm: &mut Vm, at: *const Obj, flags: u32, globals: Obj) -> PyResult {
    let mut i = 0;
    let mut next = |present: bool| {
        if present {
            i += 1;
            *at.add(i - 1)
        } else {
            Obj::NULL
        }
    };
    let defaults = next(flags & bytecode::MAKE_FN_DEFAULTS != 0);
    let kwdefaults = next(flags & bytecode::MAKE_FN_KWDEFAULTS != 0);
    let closure = next(flags & bytecode::MAKE_FN_CLOSURE != 0);
    let code_obj = next(true);
    let f = vm.new_function(code_obj, globals)?;
    let fo = f.as_mut::<FuncObj>();
    fo.closure = closure;
    fo.kwdefaults = kwdefaults;
    fo.defaults = defaults;
    Ok(f)
}

/// `SetupWith` with the context manager at `stack[sp - 1]`: replaces it with its `__exit__`,
/// writes the handler block at `block`, and pushes `__enter__()`'s result at `stack[sp]`.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_setup_with(
    vm: &mut Vm,
    stack: *mut Obj,
    sp: usize,
    block: *mut Block,
    handler: usize,
) -> PyResult<()> {
    let ctx = *stack.add(sp - 1);
    let (enter, exit) = vm.context_methods(ctx)?;
    *stack.add(sp - 1) = exit;
    *block = Block {
        kind: BLOCK_HANDLER,
        handler,
        level: sp,
    };
    let r = vm.call(enter, &[], &[])?;
    *stack.add(sp) = r;
    Ok(())
}

/// `PopExcept` with `block` the (already popped) exc-state block and `sp` the depth before.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_pop_except(vm: &mut Vm, stack: *mut Obj, sp: usize, block: *const Block) {
    let level = (*block).level;
    vm.exc_info = *stack.add(level);
    for i in level..sp - 1 {
        *stack.add(i) = *stack.add(i + 1);
    }
}

/// `Raise n` with its `n` operands at `at`: the exception to raise and whether it gets a
/// traceback entry here (not for a bare re-raise).
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_raise(vm: &mut Vm, at: *const Obj, n: usize) -> (Obj, bool) {
    let r = match n {
        0 => {
            let cur = vm.exc_info;
            if cur == Obj::NONE {
                Ok(vm.runtime_error("No active exception to reraise"))
            } else {
                return (cur, false);
            }
        }
        1 => vm.make_exception(*at),
        _ => (|| {
            let e = vm.make_exception(*at)?;
            let cause = *at.add(1);
            let cause = if cause == Obj::NONE {
                cause
            } else {
                vm.make_exception(cause)?
            };
            let f = exc::fields(e);
            f.cause = cause;
            f.suppress_context = 1;
            Ok(e)
        })(),
    };
    match r {
        Ok(e) | Err(e) => (e, true),
    }
}

/// `WithExceptStart` with `exit prev exc` at `at`: `exit(type(exc), exc, None)`.
///
/// # Safety
/// The pointers address the frame's areas holding the instruction's operands.
pub unsafe fn op_with_except_start(vm: &mut Vm, at: *const Obj) -> PyResult {
    let e = *at.add(2);
    let exit = *at;
    let t = e.type_of().as_obj();
    let tb = exc::traceback_object(vm, e, 0)?;
    vm.call(exit, &[t, e, tb], &[])
}

/// Small-int arithmetic without leaving the loop; None when the result does not fit or the
/// operation needs the general path.
#[inline(always)]
pub fn small_int_binop(kind: BinaryOpKind, a: Obj, b: Obj) -> Option<Obj> {
    if !(a.is_small_int() && b.is_small_int()) {
        return None;
    }
    let (x, y) = (a.small_int_value(), b.small_int_value());
    let r = match kind {
        BinaryOpKind::Add => x.checked_add(y)?,
        BinaryOpKind::Sub => x.checked_sub(y)?,
        BinaryOpKind::Mul => x.checked_mul(y)?,
        BinaryOpKind::And => x & y,
        BinaryOpKind::Or => x | y,
        BinaryOpKind::Xor => x ^ y,
        BinaryOpKind::FloorDiv if y != 0 => {
            x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 }
        }
        BinaryOpKind::Mod if y != 0 => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        _ => return None,
    };
    if (crate::obj::SMALL_INT_MIN..=crate::obj::SMALL_INT_MAX).contains(&r) {
        Some(Obj::small_int(r))
    } else {
        None
    }
}

/// Comparison of two small ints (their words order like their values).
#[inline(always)]
pub fn compare_words(kind: CompareKind, a: Obj, b: Obj) -> bool {
    let (x, y) = (a.small_int_value(), b.small_int_value());
    match kind {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq | CompareKind::Is => x == y,
        CompareKind::Ne | CompareKind::IsNot => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
        // `in` on an int is a TypeError: never reached for two ints... but be exact.
        CompareKind::In | CompareKind::NotIn => false,
    }
}

pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if INTERRUPT.swap(false, Ordering::Relaxed) || vm.port.take_interrupt() {
        return Err(vm.new_exc(&exc::KEYBOARD_INTERRUPT, ""));
    }
    Ok(())
}

pub fn unbound_local(vm: &mut Vm, code: &bytecode::Code, i: usize) -> Obj {
    let msg = alloc::format!(
        "cannot access local variable '{}' where it is not associated with a value",
        code.varnames[i]
    );
    vm.new_exc(&exc::UNBOUND_LOCAL_ERROR, &msg)
}

pub fn unbound_deref(vm: &mut Vm, code: &bytecode::Code, i: usize) -> Obj {
    let msg = alloc::format!(
        "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
        code.varnames[i]
    );
    vm.new_exc(&exc::NAME_ERROR, &msg)
}

impl Vm {
    /// Sets the implicit `__context__` of an exception raised while another is handled.
    pub fn set_context(&mut self, e: Obj) {
        let cur = self.exc_info;
        if cur != Obj::NONE && cur != e && exc::is_exception(e) {
            let f: &mut ExcObj = exc::fields(e);
            if f.context == Obj::NONE {
                f.context = cur;
            }
        }
    }

    pub fn load_global(&mut self, globals: Obj, name: Qstr) -> PyResult {
        if let Some(v) = dict::map(globals).get_qstr(self, name) {
            return Ok(v);
        }
        if let Some(&v) = self.builtins.get(&name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    pub fn load_name(&mut self, locals: Obj, globals: Obj, name: Qstr) -> PyResult {
        if !locals.is_null() {
            if let Some(v) = dict::map(locals).get_qstr(self, name) {
                return Ok(v);
            }
        }
        self.load_global(globals, name)
    }

    /// A tuple or list holding the values of an iterable of exactly `n` items.
    pub fn unpack(&mut self, seq: Obj, n: usize) -> PyResult {
        let seq = if seq.is_exactly(&builtin::TUPLE) || seq.is_exactly(&builtin::LIST) {
            seq
        } else {
            self.iterate_to_list(seq)?
        };
        let len = if seq.is_exactly(&builtin::TUPLE) {
            tuple::items(seq).len()
        } else {
            list::len(seq)
        };
        if len != n {
            let msg = if len > n {
                alloc::format!("too many values to unpack (expected {})", n)
            } else {
                alloc::format!("not enough values to unpack (expected {}, got {})", n, len)
            };
            return Err(self.value_error(&msg));
        }
        Ok(seq)
    }

    /// `(ctx.__enter__, ctx.__exit__)` for a `with` statement.
    pub fn context_methods(&mut self, ctx: Obj) -> PyResult<(Obj, Obj)> {
        let enter = self.getattr_opt(ctx, q::__enter__)?;
        let exit = self.getattr_opt(ctx, q::__exit__)?;
        match (enter, exit) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => {
                let msg = alloc::format!(
                    "'{}' object does not support the context manager protocol",
                    ctx.type_of().name
                );
                Err(self.type_error(&msg))
            }
        }
    }
}
