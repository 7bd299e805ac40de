//! Exception objects' behaviour: `args`, `str()`, `repr()`, chaining attributes.

use alloc::string::String;

use crate::method;
use crate::obj::Obj;
use crate::objects::exc::{self, fields};
use crate::objects::tuple;
use crate::qstr::{q, Qstr};
use crate::types::{BuiltinFn, Slots};
use crate::vm::{PyResult, Vm};

pub static TRACEBACK_SLOTS: Slots = Slots {
    getattr: Some(traceback_getattr),
    ..Slots::NONE
};

/// `tb_lineno`, `tb_next` and `tb_frame` (None: frames are not objects in upy).
fn traceback_getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    // SAFETY: traceback objects have the TracebackObj layout.
    let (e, i) = unsafe {
        let t = o.as_ref::<exc::TracebackObj>();
        (t.exc, t.index)
    };
    let entries = exc::traceback_entries(e);
    Ok(Some(match vm.qstr_text(name) {
        "tb_lineno" => tuple::items(entries[i])[1],
        "tb_next" => exc::traceback_object(vm, e, i + 1)?,
        "tb_frame" | "tb_lasti" => Obj::NONE,
        _ => return Ok(None),
    }))
}

pub static EXC_SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(str),
    getattr: Some(getattr),
    ..Slots::NONE
};

method!(INIT, "__init__", init);
method!(WITH_TRACEBACK, "with_traceback", with_traceback);
pub static EXC_METHODS: &[&BuiltinFn] = &[&INIT, &WITH_TRACEBACK];

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    out.push_str(o.type_of().name);
    let args = fields(o).args;
    if tuple::items(args).len() == 1 {
        out.push('(');
        vm.repr_into(tuple::items(args)[0], out)?;
        out.push(')');
        return Ok(());
    }
    vm.repr_into(args, out)
}

fn str(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    let args = tuple::items(fields(o).args);
    match args {
        [] => Ok(()),
        // OSError(errno, strerror[, filename]): "[Errno 2] No such file or directory: 'x'".
        [errno, strerror, rest @ ..]
            if exc::matches(o, &exc::OS_ERROR) && errno.is_small_int() && rest.len() <= 1 =>
        {
            out.push_str("[Errno ");
            vm.str_into(*errno, out)?;
            out.push_str("] ");
            vm.str_into(*strerror, out)?;
            if let Some(&filename) = rest.first() {
                out.push_str(": ");
                vm.repr_into(filename, out)?;
            }
            Ok(())
        }
        [a] if exc::matches(o, &exc::KEY_ERROR) => vm.repr_into(*a, out),
        [a] => vm.str_into(*a, out),
        _ => vm.repr_into(fields(o).args, out),
    }
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let f = fields(o);
    Ok(Some(match name {
        q::args => f.args,
        q::__cause__ => f.cause,
        q::__context__ => f.context,
        q::__suppress_context__ => Obj::from_bool(f.suppress_context != 0),
        q::__traceback__ => exc::traceback_object(vm, o, 0)?,
        q::value if exc::matches(o, &exc::STOP_ITERATION) => crate::runtime::iter::stop_value(o),
        q::code if exc::matches(o, &exc::SYSTEM_EXIT) => crate::runtime::iter::stop_value(o),
        _ if exc::matches(o, &exc::OS_ERROR) => {
            // errno, strerror and filename are the arguments of OSError(errno, strerror,
            // filename), None for other argument lists.
            let args = tuple::items(f.args);
            let i = match vm.qstr_text(name) {
                "errno" => 0,
                "strerror" => 1,
                "filename" => 2,
                _ => return Ok(None),
            };
            let ok = (2..=3).contains(&args.len()) && i < args.len();
            if ok {
                args[i]
            } else {
                Obj::NONE
            }
        }
        _ => return Ok(None),
    }))
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn init(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    if args.is_empty() || !exc::is_exception(args[0]) {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    }
    let n = args.len() - kw.len();
    let t = vm.new_tuple(&args[1..n])?;
    fields(args[0]).args = t;
    Ok(Obj::NONE)
}

fn with_traceback(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "with_traceback", args, kw, 2, 2)?;
    Ok(a[0])
}
