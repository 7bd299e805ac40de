//! Machine code for `@micropython.native` functions (and every function under
//! `-X emit=native`): a baseline compiler that walks a function's bytecode, V8 Sparkplug style.
//!
//! Why walk the bytecode rather than drive a second emitter from the compiler (MicroPython's
//! `emit.h` shape): the bytecode is already the verified contract between the compiler and the
//! interpreter (static stack depths, block depths, line table), so the generator inherits it
//! unchanged; native and bytecode frames are then the same thing, and a function can switch
//! between the two (compile on first call, fall back when an opcode is not handled) without
//! the compiler knowing. Viper's typed locals will need type information the bytecode lacks;
//! they arrive as an analysis over the same walk.
//!
//! Native frames are interpreter frames:
//! ```text
//!   FRAME register ──> +-----------------+------------------------+-----------------------+
//!   (interp::Frame.fast)| fast locals     | value stack            | block stack           |
//!                      | nlocals words   | stacksize words        | blocksize * 3 words   |
//!                      +-----------------+------------------------+-----------------------+
//!   on the Python stack (`vm.pystack`) for calls, inside the `GenObj` for generators
//! ```
//! The stack depth and block depth at every bytecode pc are static (the compiler checks them),
//! so machine code addresses the value-stack slot for depth `d` as word `nlocals + d` from the
//! FRAME register; no stack pointer is kept. `interp::Frame.{pc, sp, nblocks}` are written only
//! where the runtime reads them: when a generator yields (by the `Yield*` helpers).
//!
//! Machine code is entered through one signature (`EntryFn`): `(ctx, slots, helpers, target)`.
//! The prologue saves the callee-saved registers holding CTX, FRAME and HELPERS and jumps to
//! `target`: the code for pc 0, a generator's resume point, or an exception handler (after a
//! `throw()`). It returns an object word, NULL meaning an exception is pending in `Ctx`.
//!
//! Everything else goes through the numbered helper table (`helpers`), each helper wrapping the
//! same `Vm` method or `interp::op_*` function the interpreter uses. A helper returns NULL when
//! it raised (the exception is in `Ctx::pending`), so each call is followed by one
//! test-and-branch to a per-instruction stub which loads `pc << 8 | nblocks` and jumps to the
//! common exception path: the `Unwind` helper runs `interp::unwind` (the interpreter's own
//! unwinder: traceback entry with the same line, handler search) and returns the machine
//! address of the handler, or NULL to return NULL to the caller.
//!
//! Lifetime of machine code: a `NativeCode` is attached to its code object (`CodeObj::native`)
//! and, like the compiler's `Code` record behind it (leaked at load time and never freed), it
//! is never freed. Code objects are created once per `def` in the source (not per function
//! object), so this is bounded by the program text, except for code created by `exec`/`eval`
//! in a loop, which already leaks its `Code`; freeing both belongs to a finaliser for code
//! objects, which the GC does not have yet.

pub mod backend;
pub mod gen;
pub mod helpers;
pub mod text;
pub mod viper;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{CO_ASM_XTENSA, CO_NAME_DICT, CO_NATIVE, CO_VIPER};
use crate::interp::{self, Frame, Outcome};
use crate::obj::Obj;
use crate::objects::func::CodeObj;
use crate::vm::{PyResult, Vm};

/// Machine code for one code object.
pub struct NativeCode {
    /// Address of the prologue, an `EntryFn`.
    pub entry: usize,
    /// Address of the code for bytecode pc 0.
    pub start: usize,
    /// `(bytecode pc, machine address)` of every other place the code is entered: exception
    /// handlers and generator resume points. Sorted by pc.
    pub entries: Vec<(u32, usize)>,
    /// Bytes of machine code.
    pub size: usize,
    /// Owns the executable memory.
    pub owner: Box<dyn core::any::Any>,
}

impl NativeCode {
    pub fn address_of(&self, pc: usize) -> Option<usize> {
        self.entries
            .binary_search_by_key(&(pc as u32), |e| e.0)
            .ok()
            .map(|i| self.entries[i].1)
    }
}

/// The signature of every machine-code entry point. See the module docs.
pub type EntryFn = unsafe extern "C" fn(
    ctx: *mut Ctx,
    slots: *mut Obj,
    helpers: *const helpers::HelperTable,
    target: usize,
) -> Obj;

/// What a port installs in `Vm::native`: turns code objects into machine code.
pub trait NativeCompiler {
    /// Machine code for `co`; Err(reason) when the generator cannot compile it yet (the
    /// function then runs as bytecode).
    fn compile(&mut self, co: &CodeObj) -> Result<NativeCode, String>;
}

/// What the native compiler has done (`Vm::native_stats`).
#[derive(Default)]
pub struct CompileStats {
    /// Functions compiled, their bytes of machine code and the time it took.
    pub compiled: usize,
    pub bytes: usize,
    pub nanos: u128,
    /// Functions left to bytecode, with the reason.
    pub fallbacks: Vec<(String, String)>,
}

impl CompileStats {
    /// Counts one compilation of `co` that took `nanos` (by the port's clock).
    pub fn record(&mut self, co: &CodeObj, r: &Result<NativeCode, String>, nanos: u128) {
        match r {
            Ok(nc) => {
                self.compiled += 1;
                self.bytes += nc.size;
                self.nanos += nanos;
            }
            Err(e) => self.fallbacks.push((co.code().qualname.clone(), e.clone())),
        }
    }
}

/// State shared by one activation of machine code and the helpers it calls. It lives on the
/// native stack (so `pending` is seen by the conservative GC scan).
#[repr(C)]
pub struct Ctx {
    pub vm: *mut Vm,
    pub frame: *mut Frame,
    pub code: *const NativeCode,
    /// The exception raised by the helper that returned NULL.
    pub pending: Obj,
    /// Set when `pending` must not get a traceback entry here (re-raise).
    pub no_tb: usize,
    /// Set when the returned value is yielded, not returned.
    pub yielded: usize,
}

const NATIVE_NONE: usize = 1;

/// The machine code to run for `frame`, compiling it on first use when wanted. A viper
/// function that cannot be compiled raises (ViperTypeError, or NotImplementedError without a
/// code generator): it has no bytecode meaning to fall back to.
#[inline(always)]
pub fn code_for<'a>(vm: &mut Vm, frame: &Frame) -> PyResult<Option<&'a NativeCode>> {
    let co = frame.code_obj();
    match co.native {
        NATIVE_NONE => Ok(None),
        0 => compile_now(vm, frame),
        // SAFETY: set by `compile_now` to a leaked NativeCode.
        p => Ok(Some(unsafe { &*(p as *const NativeCode) })),
    }
}

#[cold]
#[inline(never)]
fn compile_now<'a>(vm: &mut Vm, frame: &Frame) -> PyResult<Option<&'a NativeCode>> {
    // SAFETY: the frame's code object is alive; only this field is written.
    let co = unsafe { &mut *(frame.code as *mut CodeObj) };
    let flags = co.code().flags;
    let viper = flags & CO_VIPER != 0;
    let wanted = (flags & CO_NATIVE != 0 || vm.native_all || viper)
        && flags & (CO_NAME_DICT | CO_ASM_XTENSA) == 0
        && frame.locals_dict.is_null();
    if !wanted {
        co.native = NATIVE_NONE;
        return Ok(None);
    }
    let Some(compiler) = vm.native.as_mut() else {
        co.native = NATIVE_NONE;
        if viper {
            return Err(vm.new_exc(
                &crate::objects::exc::NOT_IMPLEMENTED_ERROR,
                "viper needs a native code generator, which this port lacks",
            ));
        }
        return Ok(None);
    };
    let t0 = vm.port.ticks_ns();
    let compiled = compiler.compile(co);
    let nanos = vm.port.ticks_ns().wrapping_sub(t0);
    vm.native_stats.record(co, &compiled, u128::from(nanos));
    match compiled {
        Ok(nc) => {
            let p: &'static NativeCode = Box::leak(Box::new(nc));
            co.native = p as *const NativeCode as usize;
            Ok(Some(p))
        }
        // Left at 0, a viper function raises again at its next call; the traceback points
        // at the offending line.
        Err(e) if viper => {
            let (pc, msg) = viper::check(co).err().unwrap_or((0, e));
            let exc = vm.new_exc(&crate::objects::exc::VIPER_TYPE_ERROR, &msg);
            let code = co.code();
            let line = code.line_for_pc(pc as usize);
            let (file, name) = (vm.new_qstr(&code.filename), vm.new_qstr(&code.name));
            crate::objects::exc::add_traceback(vm, exc, file, line, name);
            Err(exc)
        }
        Err(_) => {
            co.native = NATIVE_NONE;
            Ok(None)
        }
    }
}

/// Machine code for `co` through backend `b`: the viper generator for viper functions, the
/// native one for the rest.
pub fn generate<B: backend::Backend>(
    b: &mut B,
    co: &CodeObj,
) -> Result<gen::Compiled<B::Label>, String> {
    if co.code().flags & CO_VIPER != 0 {
        viper::compile(b, co)
    } else {
        gen::compile(b, co)
    }
}

/// Runs `frame` in machine code from its pc (or raises `throw` there first), like
/// `interp::run_frame`.
pub fn run(
    vm: &mut Vm,
    frame: &mut Frame,
    throw: Option<Obj>,
    nc: &NativeCode,
) -> PyResult<Outcome> {
    let target = match throw {
        Some(e) => {
            let (stack, blocks) = interp::frame_areas(frame);
            let mut sp = frame.sp;
            let mut nblocks = frame.nblocks;
            let co = frame.code_obj() as *const CodeObj;
            // SAFETY: the frame's areas and current depths; no traceback entry for a throw.
            let h =
                unsafe { interp::unwind(vm, &*co, stack, blocks, &mut nblocks, &mut sp, e, None) };
            match h {
                Some(pc) => nc.address_of(pc),
                None => {
                    frame.nblocks = 0;
                    return Err(e);
                }
            }
        }
        None if frame.pc == 0 => Some(nc.start),
        None => nc.address_of(frame.pc),
    };
    let Some(target) = target else {
        return Err(vm.runtime_error("native code has no entry for this point"));
    };
    let mut ctx = Ctx {
        vm,
        frame,
        code: nc,
        pending: Obj::NULL,
        no_tb: 0,
        yielded: 0,
    };
    // SAFETY: `entry` is machine code generated for this frame's code with the `EntryFn`
    // signature; the slot area has the layout it was generated for.
    let r = unsafe {
        let f: EntryFn = core::mem::transmute::<usize, EntryFn>(nc.entry);
        f(&mut ctx, (*ctx.frame).fast, &helpers::HELPERS, target)
    };
    if r.is_null() {
        Err(ctx.pending)
    } else if ctx.yielded != 0 {
        Ok(Outcome::Yield(r))
    } else {
        Ok(Outcome::Return(r))
    }
}
