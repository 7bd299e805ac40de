//! Exceptions: the builtin hierarchy (static types) and the exception object layout, which
//! instances of user exception classes share (with their attributes in `attrs`).

use alloc::vec::Vec;

use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::types::{is_subtype, Kind, TypeObj};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ExcObj {
    pub header: ObjHeader,
    pub args: Obj,
    /// A list of (filename, line, function name) tuples, innermost last, or NULL.
    pub traceback: Obj,
    pub cause: Obj,
    pub context: Obj,
    pub suppress_context: usize,
    pub attrs: Map,
}

macro_rules! exceptions {
    ($($id:ident = $name:literal : $base:ident;)*) => {
        $(pub static $id: TypeObj = TypeObj::builtin($name, Kind::Exception, Some(&$base), &[], &crate::methods::exc::EXC_SLOTS);)*
        /// Every builtin exception type, for the builtins namespace.
        pub static ALL: &[&TypeObj] = &[&BASE_EXCEPTION, $(&$id),*];
    };
}

pub static BASE_EXCEPTION: TypeObj = TypeObj::builtin(
    "BaseException",
    Kind::Exception,
    Some(&crate::types::builtin::OBJECT),
    crate::methods::exc::EXC_METHODS,
    &crate::methods::exc::EXC_SLOTS,
);

exceptions! {
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    WARNING = "Warning": EXCEPTION;
    USER_WARNING = "UserWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    BYTES_WARNING = "BytesWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
}

/// MicroPython's error for viper code that breaks the typing rules (not a builtin name).
pub static VIPER_TYPE_ERROR: TypeObj = TypeObj::builtin(
    "ViperTypeError",
    Kind::Exception,
    Some(&TYPE_ERROR),
    &[],
    &crate::methods::exc::EXC_SLOTS,
);

/// Whether `o` is an exception instance.
#[inline]
pub fn is_exception(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::Exception
}

/// Whether `t` is an exception class.
pub fn is_exception_type(t: &'static TypeObj) -> bool {
    t.kind == Kind::Exception
}

/// The exception object's fields (callers check `is_exception`).
#[inline]
pub fn fields<'a>(o: Obj) -> &'a mut ExcObj {
    // SAFETY: exception instances have the ExcObj layout.
    unsafe { o.as_mut::<ExcObj>() }
}

/// Whether exception `o` is an instance of `ty`.
pub fn matches(o: Obj, ty: &'static TypeObj) -> bool {
    is_subtype(o.type_of(), ty)
}

/// A new exception of type `ty` (a builtin or user exception class) with `args`.
pub fn new(vm: &mut Vm, ty: &TypeObj, args: &[Obj]) -> PyResult {
    let a = vm.new_tuple(args)?;
    let p: *mut ExcObj = vm.alloc_obj(ty, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).args = a;
        (*p).cause = Obj::NONE;
        (*p).context = Obj::NONE;
    }
    Ok(Obj::from_ptr(p))
}

/// Appends a traceback entry (ignored when memory is short: the exception matters more).
pub fn add_traceback(vm: &mut Vm, e: Obj, file: Obj, line: u32, func: Obj) {
    if !is_exception(e) || e == vm.memory_error {
        return;
    }
    let entry = match vm.new_tuple(&[file, Obj::small_int(line as isize), func]) {
        Ok(t) => t,
        Err(_) => return,
    };
    let mut tb = fields(e).traceback;
    if tb.is_null() {
        tb = match vm.new_list(&[]) {
            Ok(l) => l,
            Err(_) => return,
        };
        fields(e).traceback = tb;
    }
    let _ = vm.list_push(tb, entry);
}

/// A traceback object: entry `index` (outermost first) of exception `exc`'s traceback.
#[repr(C)]
pub struct TracebackObj {
    pub header: ObjHeader,
    pub exc: Obj,
    pub index: usize,
}

pub static TRACEBACK: TypeObj = TypeObj::builtin(
    "traceback",
    Kind::Object,
    Some(&crate::types::builtin::OBJECT),
    &[],
    &crate::methods::exc::TRACEBACK_SLOTS,
);

/// `e.__traceback__`: the outermost entry, or None before the exception was raised.
pub fn traceback_object(vm: &mut Vm, e: Obj, index: usize) -> PyResult {
    if !is_exception(e) || index >= traceback_entries(e).len() {
        return Ok(Obj::NONE);
    }
    let p: *mut TracebackObj = vm.alloc_obj(&TRACEBACK, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).exc = e;
        (*p).index = index;
    }
    Ok(Obj::from_ptr(p))
}

/// The traceback entries of `e`, outermost first.
pub fn traceback_entries(e: Obj) -> Vec<Obj> {
    if !is_exception(e) {
        return Vec::new();
    }
    let tb = fields(e).traceback;
    if tb.is_null() {
        return Vec::new();
    }
    let mut v: Vec<Obj> = crate::objects::list::items(tb).to_vec();
    v.reverse();
    v
}
