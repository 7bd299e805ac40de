//! Generators: a function's frame kept in a heap object between resumptions. The slot area
//! (locals, value stack, blocks) is laid out exactly as on the Python stack, so the
//! interpreter runs a generator's frame in place.

use crate::bytecode::Op;
use crate::interp::{self, Frame, Outcome};
use crate::obj::{Obj, ObjHeader};
use crate::objects::exc;
use crate::objects::func::FuncObj;
use crate::types::builtin;
use crate::vm::{PyResult, Vm};

pub const CREATED: usize = 0;
pub const RUNNING: usize = 1;
pub const SUSPENDED: usize = 2;
pub const DONE: usize = 3;

#[repr(C)]
pub struct GenObj {
    pub header: ObjHeader,
    pub func: Obj,
    pub pc: usize,
    pub sp: usize,
    pub nblocks: usize,
    pub state: usize,
    pub words: usize,
}

impl GenObj {
    fn slots(&mut self) -> *mut Obj {
        // SAFETY: the slot area follows the header.
        unsafe { (self as *mut GenObj).add(1) as *mut Obj }
    }
}

/// A generator for a call of `func` whose arguments are bound in `fast`.
pub fn new(vm: &mut Vm, func: Obj, fast: &[Obj]) -> PyResult {
    // SAFETY: callers pass function objects.
    let code = unsafe { func.as_ref::<FuncObj>() }.code_obj().code();
    let words = interp::frame_words(code);
    let p: *mut GenObj = vm.alloc_obj(&builtin::GENERATOR, words * core::mem::size_of::<Obj>())?;
    // SAFETY: fresh allocation with room for the slot area.
    unsafe {
        (*p).func = func;
        (*p).words = words;
        let slots = (*p).slots();
        core::ptr::copy_nonoverlapping(fast.as_ptr(), slots, fast.len());
    }
    Ok(Obj::from_ptr(p))
}

fn gen<'a>(g: Obj) -> &'a mut GenObj {
    // SAFETY: callers pass generator objects.
    unsafe { g.as_mut::<GenObj>() }
}

/// The name of the generator's function.
pub fn name(g: Obj) -> Obj {
    // SAFETY: generators hold a function.
    unsafe { gen(g).func.as_ref::<FuncObj>().name }
}

/// Resumes generator `g` sending `sent` (or raising `throw` inside it). A finished generator
/// reports `Return(None)` (or raises `throw`).
pub fn resume(vm: &mut Vm, g: Obj, sent: Obj, throw: Option<Obj>) -> PyResult<Outcome> {
    let st = gen(g).state;
    if st == DONE {
        return match throw {
            Some(e) => Err(e),
            None => Ok(Outcome::Return(Obj::NONE)),
        };
    }
    if st == RUNNING {
        return Err(vm.value_error("generator already executing"));
    }
    if st == CREATED && throw.is_none() && sent != Obj::NONE {
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    let func = gen(g).func;
    // SAFETY: generators hold a function.
    let fo = unsafe { func.as_ref::<FuncObj>() };
    let code = fo.code_obj().code();
    let nlocals = code.varnames.len();
    let slots = gen(g).slots();
    let mut frame = Frame::new(fo.code, fo.globals, Obj::NULL, slots);
    frame.pc = gen(g).pc;
    frame.sp = gen(g).sp;
    frame.nblocks = gen(g).nblocks;
    let mut throw = throw;
    if st == SUSPENDED && code.code.get(frame.pc) == Some(&(Op::YieldFrom as u8)) {
        if let Some(e) = throw.take() {
            // Delegate the exception to the sub-iterator `yield from` is driving.
            // SAFETY: the sub-iterator is on top of the frame's value stack.
            let it = unsafe { *slots.add(nlocals + frame.sp - 1) };
            gen(g).state = RUNNING;
            let r = vm.yield_from_step(it, Obj::NULL, Some(e));
            gen(g).state = SUSPENDED;
            match r {
                Ok(Some(Outcome::Yield(y))) => return Ok(Outcome::Yield(y)),
                Ok(Some(Outcome::Return(v))) => {
                    // SAFETY: replaces the sub-iterator with its result and moves on.
                    unsafe { *slots.add(nlocals + frame.sp - 1) = v };
                    frame.pc += 1;
                }
                Ok(None) => {}
                Err(e2) => {
                    frame.sp -= 1;
                    frame.pc += 1;
                    throw = Some(e2);
                }
            }
        }
    }
    if st == SUSPENDED && throw.is_none() {
        // SAFETY: the yield left room for the value it receives.
        unsafe { *slots.add(nlocals + frame.sp) = sent };
        frame.sp += 1;
    }
    gen(g).state = RUNNING;
    if vm.depth >= vm.config.max_depth {
        gen(g).state = st;
        return Err(vm.runtime_error("maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    let r = interp::run(vm, &mut frame, throw);
    vm.depth -= 1;
    let gm = gen(g);
    gm.pc = frame.pc;
    gm.sp = frame.sp;
    gm.nblocks = frame.nblocks;
    gm.state = match r {
        Ok(Outcome::Yield(_)) => SUSPENDED,
        _ => DONE,
    };
    if let Err(e) = r {
        if exc::is_exception(e) && exc::matches(e, &exc::STOP_ITERATION) {
            return Err(vm.runtime_error("generator raised StopIteration"));
        }
    }
    r
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: Obj) -> PyResult<()> {
    if matches!(gen(g).state, CREATED | DONE) {
        gen(g).state = DONE;
        return Ok(());
    }
    let e = exc::new(vm, &exc::GENERATOR_EXIT, &[])?;
    match resume(vm, g, Obj::NONE, Some(e)) {
        Ok(Outcome::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Outcome::Return(_)) => Ok(()),
        Err(x)
            if exc::is_exception(x)
                && (exc::matches(x, &exc::GENERATOR_EXIT)
                    || exc::matches(x, &exc::STOP_ITERATION)) =>
        {
            Ok(())
        }
        Err(x) => Err(x),
    }
}
