//! The builtins namespace: builtin types, exceptions and functions, all static objects.

use alloc::string::String;

use crate::compiler::Mode;
use crate::function;
use crate::obj::Obj;
use crate::objects::{exc, tuple};
use crate::qstr::q;
use crate::types::{builtin as t, is_subtype, BuiltinFn, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

pub mod funcs;

function!(PRINT, "print", print);
function!(LEN, "len", len);
function!(REPR, "repr", repr);
function!(ISINSTANCE, "isinstance", isinstance);
function!(ISSUBCLASS, "issubclass", issubclass);
function!(ID, "id", id);
function!(HASH, "hash", hash);
function!(ITER, "iter", iter);
function!(NEXT, "next", next);
function!(GETATTR, "getattr", getattr);
function!(SETATTR, "setattr", setattr);
function!(HASATTR, "hasattr", hasattr);
function!(DELATTR, "delattr", delattr);
function!(CALLABLE, "callable", callable);
function!(GLOBALS, "globals", globals);
function!(IMPORT, "__import__", import);
function!(EXEC, "exec", exec);
function!(EVAL, "eval", eval);
function!(COMPILE, "compile", compile);

static CORE: &[&BuiltinFn] = &[
    &PRINT,
    &LEN,
    &REPR,
    &ISINSTANCE,
    &ISSUBCLASS,
    &ID,
    &HASH,
    &ITER,
    &NEXT,
    &GETATTR,
    &SETATTR,
    &HASATTR,
    &DELATTR,
    &CALLABLE,
    &GLOBALS,
    &IMPORT,
    &EXEC,
    &EVAL,
    &COMPILE,
    &crate::runtime::class::BUILD_CLASS,
];

static TYPES: &[&TypeObj] = &[
    &t::OBJECT,
    &t::TYPE,
    &t::INT,
    &t::BOOL,
    &t::FLOAT,
    &t::COMPLEX,
    &t::STR,
    &t::BYTES,
    &t::BYTEARRAY,
    &t::MEMORYVIEW,
    &t::LIST,
    &t::TUPLE,
    &t::DICT,
    &t::SET,
    &t::FROZENSET,
    &t::RANGE,
    &t::SLICE,
    &t::PROPERTY,
    &t::CLASSMETHOD,
    &t::STATICMETHOD,
    &t::SUPER,
];

/// Fills `vm.builtins` and sets up `sys.modules`, `sys.path` and `sys.argv`.
pub fn install(vm: &mut Vm) {
    let add = |vm: &mut Vm, name: &str, o: Obj| {
        let qn = vm.intern(name);
        vm.builtins.insert(qn, o);
    };
    for f in CORE.iter().chain(funcs::FUNCS.iter()) {
        add(vm, f.name, Obj::from_static(*f));
    }
    for ty in TYPES.iter().chain(exc::ALL.iter()) {
        add(vm, ty.name, ty.as_obj());
    }
    add(vm, "NotImplemented", Obj::NOT_IMPLEMENTED);
    add(vm, "Ellipsis", Obj::ELLIPSIS);
    add(vm, "None", Obj::NONE);
    let me = exc::new(vm, &exc::MEMORY_ERROR, &[]).expect("heap too small for the VM");
    vm.memory_error = me;
    vm.modules = vm.new_dict().expect("heap too small for the VM");
    vm.sys_path = vm.new_list(&[]).expect("heap too small for the VM");
    vm.sys_argv = vm.new_list(&[]).expect("heap too small for the VM");
}

fn print(vm: &mut Vm, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let (pos, [sep, end, file, flush]) =
        crate::methods::kwargs(vm, "print", args, kwnames, ["sep", "end", "file", "flush"])?;
    let _ = flush;
    let sep = if sep.is_null() || sep == Obj::NONE {
        " "
    } else {
        vm.str_arg(sep)?
    };
    let end = if end.is_null() || end == Obj::NONE {
        "\n"
    } else {
        vm.str_arg(end)?
    };
    let mut out = String::new();
    for (i, &a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        vm.str_into(a, &mut out)?;
    }
    out.push_str(end);
    if file.is_null() || file == Obj::NONE {
        vm.print_str(&out);
    } else {
        let w = vm.getattr(file, q::write)?;
        let s = vm.new_str(&out)?;
        vm.call(w, &[s], &[])?;
    }
    Ok(Obj::NONE)
}

fn len(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "len", args, kw, 1, 1)?;
    let n = vm.len(a[0])?;
    vm.new_int(n as i64)
}

fn repr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "repr", args, kw, 1, 1)?;
    vm.repr(a[0])
}

/// Whether `o`'s class derives from `cls`, a type or a tuple of them.
fn class_matches(vm: &mut Vm, t: &'static TypeObj, cls: Obj, fname: &str) -> PyResult<bool> {
    if cls.is_exactly(&t::TUPLE) {
        for &c in tuple::items(cls) {
            if class_matches(vm, t, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.type_of().kind != Kind::Type {
        let msg = alloc::format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        );
        return Err(vm.type_error(&msg));
    }
    // SAFETY: checked to be a type.
    Ok(is_subtype(t, unsafe { cls.as_ref::<TypeObj>() }))
}

fn isinstance(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "isinstance", args, kw, 2, 2)?;
    let r = class_matches(vm, a[0].type_of(), a[1], "isinstance")?;
    Ok(Obj::from_bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "issubclass", args, kw, 2, 2)?;
    if a[0].type_of().kind != Kind::Type {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    // SAFETY: checked to be a type.
    let r = class_matches(vm, unsafe { a[0].as_ref::<TypeObj>() }, a[1], "issubclass")?;
    Ok(Obj::from_bool(r))
}

fn id(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "id", args, kw, 1, 1)?;
    vm.new_int(a[0].bits() as i64)
}

fn hash(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "hash", args, kw, 1, 1)?;
    let h = vm.py_hash(a[0])?;
    vm.new_int(h)
}

fn iter(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "iter", args, kw, 1, 2)?;
    if a.len() == 2 {
        return funcs::callable_iter(vm, a[0], a[1]);
    }
    vm.get_iter(a[0])
}

fn next(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "next", args, kw, 1, 2)?;
    let t = a[0].type_of();
    if !matches!(t.kind, Kind::Iterator | Kind::Generator)
        && vm.lookup_type_attr(t, q::__next__).is_none()
    {
        return Err(vm.type_error_obj(a[0], "is not an iterator"));
    }
    if t.is_class() {
        // Keep StopIteration's own value and traceback for user iterators.
        let f = vm.lookup_type_attr(t, q::__next__).unwrap_or(Obj::NONE);
        return match vm.call(f, &[a[0]], &[]) {
            Err(e)
                if a.len() == 2
                    && exc::is_exception(e)
                    && exc::matches(e, &exc::STOP_ITERATION) =>
            {
                Ok(a[1])
            }
            r => r,
        };
    }
    if t.kind == Kind::Generator {
        return match crate::objects::generator::resume(vm, a[0], Obj::NONE, None)? {
            crate::interp::Outcome::Yield(v) => Ok(v),
            crate::interp::Outcome::Return(_) if a.len() == 2 => Ok(a[1]),
            crate::interp::Outcome::Return(v) => {
                let args: &[Obj] = if v == Obj::NONE { &[] } else { &[v] };
                Err(exc::new(vm, &exc::STOP_ITERATION, args).unwrap_or_else(|e| e))
            }
        };
    }
    match vm.iter_next(a[0])? {
        Some(v) => Ok(v),
        None if a.len() == 2 => Ok(a[1]),
        None => Err(exc::new(vm, &exc::STOP_ITERATION, &[]).unwrap_or_else(|e| e)),
    }
}

fn getattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "getattr", args, kw, 2, 3)?;
    match vm.getattr_obj(a[0], a[1]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) if a.len() == 3 => Ok(a[2]),
        Ok(None) => {
            let s = vm.str_arg(a[1])?;
            let n = vm.intern(s);
            vm.getattr(a[0], n)
        }
        Err(e)
            if a.len() == 3 && exc::is_exception(e) && exc::matches(e, &exc::ATTRIBUTE_ERROR) =>
        {
            Ok(a[2])
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "setattr", args, kw, 3, 3)?;
    let s = vm.str_arg(a[1])?;
    let n = vm.intern(s);
    vm.setattr(a[0], n, a[2])?;
    Ok(Obj::NONE)
}

fn hasattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "hasattr", args, kw, 2, 2)?;
    match vm.getattr_obj(a[0], a[1]) {
        Ok(v) => Ok(Obj::from_bool(v.is_some())),
        Err(e) if exc::is_exception(e) && exc::matches(e, &exc::ATTRIBUTE_ERROR) => Ok(Obj::FALSE),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "delattr", args, kw, 2, 2)?;
    let s = vm.str_arg(a[1])?;
    let n = vm.intern(s);
    vm.delattr(a[0], n)?;
    Ok(Obj::NONE)
}

fn callable(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "callable", args, kw, 1, 1)?;
    let t = a[0].type_of();
    let r = matches!(
        t.kind,
        Kind::Function | Kind::BuiltinFunction | Kind::BoundMethod | Kind::Type
    ) || (t.is_class() && vm.lookup_type_attr(t, q::__call__).is_some());
    Ok(Obj::from_bool(r))
}

fn globals(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "globals", args, kw, 0, 0)?;
    Ok(vm.cur_globals)
}

fn import(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, _) = crate::methods::kwargs(
        vm,
        "__import__",
        args,
        kw,
        ["globals", "locals", "fromlist", "level"],
    )?;
    let Some(&name) = pos.first() else {
        return Err(vm.type_error("__import__() missing required argument 'name'"));
    };
    let s = String::from(vm.str_arg(name)?);
    vm.import_dotted(&s)
}

/// `exec(src, globals=None, locals=None)` / `eval(...)`.
fn run_source(vm: &mut Vm, args: &[Obj], kw: &[Obj], mode: Mode, name: &str) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 1, 3)?;
    let globals = match a.get(1) {
        Some(&g) if g != Obj::NONE => g,
        _ => vm.cur_globals,
    };
    let locals = match a.get(2) {
        Some(&l) if l != Obj::NONE => l,
        _ => Obj::NULL,
    };
    // A code object from compile() runs as it was compiled (code compiled for "exec" returns
    // None, so eval() of it gives None); source is compiled for `mode`.
    let code = if a[0].is_ptr() && a[0].type_of().kind == Kind::Code {
        a[0]
    } else {
        let src = source_text(vm, a[0], name)?;
        vm.compile_source(&src, "<string>", mode)?
    };
    let r = vm.exec_code(code, globals, locals)?;
    Ok(if mode == Mode::Eval { r } else { Obj::NONE })
}

/// The source text of an exec/eval/compile argument (str, or UTF-8 bytes).
fn source_text(vm: &mut Vm, o: Obj, name: &str) -> PyResult<String> {
    if let Some(b) = crate::objects::bytes::buffer(crate::objects::instance::native_value(o)) {
        return match core::str::from_utf8(b) {
            Ok(t) => Ok(String::from(t)),
            Err(_) => Err(vm.new_exc(&exc::SYNTAX_ERROR, "source is not valid UTF-8")),
        };
    }
    match vm.str_arg(o) {
        Ok(t) => Ok(String::from(t)),
        Err(_) => {
            let msg = alloc::format!("{name}() arg 1 must be a string, bytes or code object");
            Err(vm.type_error(&msg))
        }
    }
}

/// `compile(source, filename, mode)`: a code object for exec() ("exec", "single") or
/// eval() ("eval").
fn compile(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, kwv) = crate::methods::kwargs(
        vm,
        "compile",
        args,
        kw,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let arg = |i: usize| pos.get(i).copied().unwrap_or(kwv[i]);
    let (src, file, mode) = (arg(0), arg(1), arg(2));
    if src.is_null() || file.is_null() || mode.is_null() {
        return Err(vm.type_error("compile() missing required argument"));
    }
    let src = source_text(vm, src, "compile")?;
    let file = String::from(vm.str_arg(file)?);
    let mode = match vm.str_arg(mode)? {
        "exec" => Mode::File,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile_source(&src, &file, mode)
}

fn exec(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    run_source(vm, args, kw, Mode::File, "exec")
}

fn eval(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    run_source(vm, args, kw, Mode::Eval, "eval")
}
