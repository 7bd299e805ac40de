//! Builtin modules, made on first import: `sys`, `gc`, `micropython`, `math`, `time`,
//! `array`, `struct`, `random`; and modules written in Python (`frozen`).

use crate::function;
use crate::obj::Obj;
use crate::objects::module;
use crate::types::{builtin, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};

pub mod array;
pub mod frozen;
pub mod fs;
pub mod hashlib;
pub mod math;
pub mod random;
pub mod r#struct;
pub mod time;

/// The builtin module `name`, or None when there is no such builtin module.
pub fn make(vm: &mut Vm, name: &str) -> Option<PyResult> {
    let table: &[&'static BuiltinFn] = match name {
        "gc" => &[
            &GC_COLLECT,
            &GC_MEM_FREE,
            &GC_MEM_ALLOC,
            &GC_ENABLE,
            &GC_DISABLE,
            &GC_ISENABLED,
            &GC_THRESHOLD,
        ],
        "sys" => &[&SYS_EXIT, &SYS_PRINT_EXCEPTION],
        "micropython" => &[&MP_CONST, &MP_OPT_LEVEL, &MP_MEM_INFO, &MP_XTENSA_STATS],
        "math" => return Some(math::make(vm)),
        "array" => return Some(array::make(vm)),
        "struct" => return Some(r#struct::make(vm)),
        "hashlib" => return Some(hashlib::make(vm)),
        "time" => time::FUNCTIONS,
        "random" => random::FUNCTIONS,
        "_fs" => fs::FUNCTIONS,
        _ => return None,
    };
    Some(build(vm, name, table))
}

fn build(vm: &mut Vm, name: &str, table: &[&'static BuiltinFn]) -> PyResult {
    let m = vm.new_module(name)?;
    let d = module::dict(m);
    for f in table {
        vm.dict_set_str(d, f.name, Obj::from_static(*f))?;
    }
    if name == "sys" {
        let (path, argv, mods) = (vm.sys_path, vm.sys_argv, vm.modules);
        vm.dict_set_str(d, "path", path)?;
        vm.dict_set_str(d, "argv", argv)?;
        vm.dict_set_str(d, "modules", mods)?;
        let mx = vm.new_int(isize::MAX as i64)?;
        vm.dict_set_str(d, "maxsize", mx)?;
        let bo = vm.new_qstr("little");
        vm.dict_set_str(d, "byteorder", bo)?;
        let pl = vm.new_qstr("upy");
        vm.dict_set_str(d, "platform", pl)?;
        vm.dict_set_str(d, "stdout", Obj::from_static(&STDOUT))?;
        vm.dict_set_str(d, "stderr", Obj::from_static(&STDERR))?;
        vm.dict_set_str(d, "stdin", Obj::from_static(&STDIN))?;
        // The language level upy implements (MicroPython reports 3.4 for a similar one).
        let version = vm.new_str("3.11.0; upy 0.1.0")?;
        vm.dict_set_str(d, "version", version)?;
        let vi = [3, 11, 0].map(Obj::small_int);
        let vi = vm.new_tuple(&vi)?;
        vm.dict_set_str(d, "version_info", vi)?;
    }
    Ok(m)
}

/// `sys.stdout` and `sys.stderr`: text streams writing through the port.
#[repr(C)]
pub struct StreamObj {
    header: crate::obj::ObjHeader,
    stderr: bool,
}

// SAFETY: immutable statics; the VM is single-threaded.
unsafe impl Sync for StreamObj {}

static TEXTIO: TypeObj = TypeObj::builtin(
    "TextIOWrapper",
    Kind::Object,
    Some(&builtin::OBJECT),
    &[&STREAM_WRITE, &STREAM_FLUSH],
    &Slots::NONE,
);
static STDOUT: StreamObj = StreamObj {
    header: crate::obj::ObjHeader { ty: &TEXTIO },
    stderr: false,
};
static STDERR: StreamObj = StreamObj {
    header: crate::obj::ObjHeader { ty: &TEXTIO },
    stderr: true,
};

/// `sys.stdin`: a text stream reading lines through the port.
#[repr(C)]
pub struct InStreamObj {
    header: crate::obj::ObjHeader,
}

// SAFETY: an immutable static; the VM is single-threaded.
unsafe impl Sync for InStreamObj {}

static TEXTIN: TypeObj = TypeObj::builtin(
    "TextIOWrapper",
    Kind::Object,
    Some(&builtin::OBJECT),
    &[&STDIN_READLINE, &STDIN_READ],
    &Slots::NONE,
);
static STDIN: InStreamObj = InStreamObj {
    header: crate::obj::ObjHeader { ty: &TEXTIN },
};

crate::method!(STDIN_READLINE, "readline", stdin_readline);
crate::method!(STDIN_READ, "read", stdin_read);

/// `sys.stdin.readline()`: the next line with its newline, "" at the end.
fn stdin_readline(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "readline", args, kw, 1, 1)?;
    let line = vm.port.read_line().unwrap_or_default();
    let text = alloc::string::String::from_utf8_lossy(&line);
    vm.new_str(&text)
}

/// `sys.stdin.read([n])`: up to `n` characters' worth of lines (all of them by default).
fn stdin_read(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "read", args, kw, 1, 2)?;
    let limit = match a.get(1) {
        Some(&n) if n != Obj::NONE => usize::try_from(vm.index_i64(n)?).ok(),
        _ => None,
    };
    let mut out = alloc::vec::Vec::new();
    while limit.is_none_or(|n| out.len() < n) {
        match vm.port.read_line() {
            Some(l) => out.extend_from_slice(&l),
            None => break,
        }
        vm.ensure_fits(out.len())?;
    }
    let text = alloc::string::String::from_utf8_lossy(&out);
    vm.new_str(&text)
}

crate::method!(STREAM_WRITE, "write", stream_write);
crate::method!(STREAM_FLUSH, "flush", stream_flush);

fn stream_write(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "write", args, kw, 2, 2)?;
    // SAFETY: the only instances of TEXTIO are the StreamObj statics.
    let to_stderr = unsafe { a[0].as_ref::<StreamObj>().stderr };
    let s = vm.str_arg(a[1])?;
    if to_stderr {
        vm.eprint_str(s);
    } else {
        vm.print_str(s);
    }
    let n = crate::objects::str::char_len(vm, a[1]);
    vm.new_int(n as i64)
}

fn stream_flush(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "flush", args, kw, 1, 1)?;
    Ok(Obj::NONE)
}

function!(MP_CONST, "const", mp_const);
function!(MP_OPT_LEVEL, "opt_level", mp_opt_level);
function!(MP_MEM_INFO, "mem_info", mp_mem_info);
function!(MP_XTENSA_STATS, "xtensa_stats", mp_xtensa_stats);

/// `micropython.xtensa_stats()`: (instructions, estimated cycles) of the last
/// `asm_xtensa` call, or None where the port does not count them.
fn mp_xtensa_stats(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "xtensa_stats", args, kw, 0, 0)?;
    match vm.port.xtensa_stats() {
        Some((insns, cycles)) => {
            let i = vm.new_int(insns as i64)?;
            let c = vm.new_int(cycles as i64)?;
            vm.new_tuple(&[i, c])
        }
        None => Ok(Obj::NONE),
    }
}

/// `micropython.const(x)`: MicroPython folds these at compile time; here it is the identity.
fn mp_const(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "const", args, kw, 1, 1)?;
    Ok(a[0])
}

fn mp_opt_level(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "opt_level", args, kw, 0, 1)?;
    Ok(Obj::small_int(0))
}

/// `micropython.mem_info()`: heap totals, in MicroPython's format.
fn mp_mem_info(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "mem_info", args, kw, 0, 1)?;
    let (total, used) = (vm.heap.total_bytes(), vm.heap.used_bytes());
    let s = alloc::format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n",
        vm.pystack_top * core::mem::size_of::<Obj>(),
        vm.pystack.len() * core::mem::size_of::<Obj>(),
        total,
        used,
        total - used
    );
    vm.print_str(&s);
    Ok(Obj::NONE)
}

function!(GC_COLLECT, "collect", gc_collect);
function!(GC_MEM_FREE, "mem_free", gc_mem_free);
function!(GC_MEM_ALLOC, "mem_alloc", gc_mem_alloc);
function!(GC_ENABLE, "enable", gc_enable);
function!(GC_DISABLE, "disable", gc_disable);
function!(GC_ISENABLED, "isenabled", gc_isenabled);
function!(GC_THRESHOLD, "threshold", gc_threshold);
function!(SYS_EXIT, "exit", sys_exit);
function!(SYS_PRINT_EXCEPTION, "print_exception", sys_print_exception);

fn gc_collect(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "collect", args, kw, 0, 0)?;
    vm.collect();
    Ok(Obj::NONE)
}

fn gc_mem_free(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "mem_free", args, kw, 0, 0)?;
    let n = vm.heap.free_bytes();
    vm.new_int(n as i64)
}

fn gc_mem_alloc(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "mem_alloc", args, kw, 0, 0)?;
    let n = vm.heap.used_bytes();
    vm.new_int(n as i64)
}

fn gc_enable(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "enable", args, kw, 0, 0)?;
    vm.gc_auto = true;
    vm.set_gc_threshold();
    Ok(Obj::NONE)
}

fn gc_disable(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "disable", args, kw, 0, 0)?;
    vm.gc_auto = false;
    vm.set_gc_threshold();
    Ok(Obj::NONE)
}

fn gc_isenabled(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "isenabled", args, kw, 0, 0)?;
    Ok(Obj::from_bool(vm.gc_auto))
}

/// `gc.threshold([n])`: MicroPython's: with `n`, collect whenever `n` more bytes are in use
/// than after the last collection (a negative `n` restores the default policy); without,
/// the current `n`, or -1 when the default policy is in force.
fn gc_threshold(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "threshold", args, kw, 0, 1)?;
    match a.first() {
        None => match vm.gc_user_threshold {
            Some(n) => vm.new_int(n as i64),
            None => Ok(Obj::small_int(-1)),
        },
        Some(&n) => {
            let n = vm.index_i64(n)?;
            vm.gc_user_threshold = usize::try_from(n).ok();
            vm.set_gc_threshold();
            Ok(Obj::NONE)
        }
    }
}

/// `sys.print_exception(exc, file=sys.stdout)`: the traceback and message, as an uncaught
/// exception prints them (MicroPython's function; CPython has `traceback.print_exception`).
fn sys_print_exception(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "print_exception", args, kw, 1, 2)?;
    let text = vm.format_exception(a[0]);
    match a.get(1).copied() {
        None => vm.print_str(&text),
        Some(f) if f == Obj::NONE || f == Obj::from_static(&STDOUT) => vm.print_str(&text),
        Some(f) if f == Obj::from_static(&STDERR) => vm.eprint_str(&text),
        Some(f) => {
            let name = vm.intern("write");
            let w = vm.getattr(f, name)?;
            let s = vm.new_str(&text)?;
            vm.call(w, &[s], &[])?;
        }
    }
    Ok(Obj::NONE)
}

fn sys_exit(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "exit", args, kw, 0, 1)?;
    Err(crate::objects::exc::new(vm, &crate::objects::exc::SYSTEM_EXIT, a).unwrap_or_else(|e| e))
}
