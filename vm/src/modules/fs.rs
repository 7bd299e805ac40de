//! `_fs`: the port's file system as functions over file handles, for the frozen `io.open`
//! and `os` (`vm/src/modules/frozen/`), and the builtin `open`, which is `io.open`. Failures
//! are the OSError subclasses CPython raises, with its errno numbers and messages.

use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::instance::native_value;
use crate::types::{BuiltinFn, TypeObj};
use crate::vm::{FsError, OpenFlags, PyResult, Vm};
use crate::{function, methods};

pub const FUNCTIONS: &[&BuiltinFn] = &[
    &OPEN, &READ, &WRITE, &SEEK, &CLOSE, &REMOVE, &RENAME, &MKDIR, &RMDIR, &LISTDIR, &STAT,
    &GETCWD, &CHDIR,
];

function!(OPEN, "open", open);
function!(READ, "read", read);
function!(WRITE, "write", write);
function!(SEEK, "seek", seek);
function!(CLOSE, "close", close);
function!(REMOVE, "remove", remove);
function!(RENAME, "rename", rename);
function!(MKDIR, "mkdir", mkdir);
function!(RMDIR, "rmdir", rmdir);
function!(LISTDIR, "listdir", listdir);
function!(STAT, "stat", stat);
function!(GETCWD, "getcwd", getcwd);
function!(CHDIR, "chdir", chdir);

// The builtin `open(...)`: `io.open(...)`.
function!(BUILTIN_OPEN, "open", builtin_open);

fn builtin_open(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let io = vm.intern("io");
    let io = vm.import_name(io, Obj::NONE, Obj::small_int(0), Obj::NULL)?;
    let name = vm.intern("open");
    let f = vm.getattr(io, name)?;
    let n = args.len() - kw.len();
    vm.call(f, &args[..n], kw)
}

/// The OSError for `e` about `path` (when there is one).
fn os_error(vm: &mut Vm, e: FsError, path: Option<&str>) -> Obj {
    let (ty, errno, text): (&'static TypeObj, isize, &str) = match e {
        FsError::NotFound => (&exc::FILE_NOT_FOUND_ERROR, 2, "No such file or directory"),
        FsError::Exists => (&exc::FILE_EXISTS_ERROR, 17, "File exists"),
        FsError::Permission => (&exc::PERMISSION_ERROR, 13, "Permission denied"),
        FsError::IsDir => (&exc::IS_A_DIRECTORY_ERROR, 21, "Is a directory"),
        FsError::NotDir => (&exc::NOT_A_DIRECTORY_ERROR, 20, "Not a directory"),
        FsError::NotEmpty => (&exc::OS_ERROR, 39, "Directory not empty"),
        FsError::Invalid => (&exc::OS_ERROR, 22, "Invalid argument"),
        FsError::Unsupported => (&exc::OS_ERROR, 95, "Operation not supported"),
        FsError::Io => (&exc::OS_ERROR, 5, "Input/output error"),
    };
    // The arguments live in a local array, which the collector scans with the stack.
    let made = (|| {
        let mut args = [Obj::small_int(errno), Obj::NONE, Obj::NONE];
        args[1] = vm.new_str(text)?;
        let n = match path {
            Some(p) => {
                args[2] = vm.new_str(p)?;
                3
            }
            None => 2,
        };
        exc::new(vm, ty, &args[..n])
    })();
    made.unwrap_or_else(|e| e)
}

fn str_arg(vm: &mut Vm, o: Obj) -> PyResult<String> {
    let v = native_value(o);
    Ok(String::from(vm.str_arg(v)?))
}

fn handle(vm: &mut Vm, o: Obj) -> PyResult<usize> {
    let h = vm.index_i64(o)?;
    usize::try_from(h).map_err(|_| vm.value_error("bad file handle"))
}

/// `_fs.open(path, flags)`: flags is a string of `r w a c t x` (read, write, append, create,
/// truncate, exclusive); returns the handle.
fn open(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "open", args, kw, 2, 2)?;
    let path = str_arg(vm, a[0])?;
    let f = str_arg(vm, a[1])?;
    let flags = OpenFlags {
        read: f.contains('r'),
        write: f.contains('w'),
        append: f.contains('a'),
        create: f.contains('c'),
        truncate: f.contains('t'),
        exclusive: f.contains('x'),
    };
    match vm.port.fs_open(&path, flags) {
        Ok(h) => vm.new_int(h as i64),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

/// `_fs.read(handle, n)`: up to `n` bytes (all that is left when `n` < 0).
fn read(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "read", args, kw, 2, 2)?;
    let h = handle(vm, a[0])?;
    let n = vm.index_i64(a[1])?;
    let mut out = Vec::new();
    let mut chunk = alloc::vec![0u8; if n < 0 { 4096 } else { (n as usize).min(1 << 16) }];
    while n < 0 || out.len() < n as usize {
        let want = if n < 0 {
            chunk.len()
        } else {
            (n as usize - out.len()).min(chunk.len())
        };
        match vm.port.fs_read(h, &mut chunk[..want]) {
            Ok(0) => break,
            Ok(k) => out.extend_from_slice(&chunk[..k]),
            Err(e) => return Err(os_error(vm, e, None)),
        }
        // What is read becomes a bytes object: an endless file must not exhaust the host.
        vm.ensure_fits(out.len())?;
    }
    vm.new_bytes(&out)
}

fn write(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "write", args, kw, 2, 2)?;
    let h = handle(vm, a[0])?;
    let data = match crate::objects::bytes::raw_buffer(native_value(a[1])) {
        Some(b) => Vec::from(&*b),
        None => return Err(vm.type_error("a bytes-like object is required")),
    };
    let mut done = 0;
    while done < data.len() {
        match vm.port.fs_write(h, &data[done..]) {
            Ok(0) => return Err(os_error(vm, FsError::Io, None)),
            Ok(k) => done += k,
            Err(e) => return Err(os_error(vm, e, None)),
        }
    }
    vm.new_int(done as i64)
}

fn seek(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "seek", args, kw, 3, 3)?;
    let h = handle(vm, a[0])?;
    let (off, whence) = (vm.index_i64(a[1])?, vm.index_i64(a[2])?);
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error("invalid whence"));
    }
    match vm.port.fs_seek(h, off, whence as u8) {
        Ok(p) => vm.new_int(p as i64),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn close(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "close", args, kw, 1, 1)?;
    let h = handle(vm, a[0])?;
    vm.port.fs_close(h);
    Ok(Obj::NONE)
}

/// Runs a path operation, raising its OSError about `path`.
fn on_path(
    vm: &mut Vm,
    name: &str,
    args: &[Obj],
    kw: &[Obj],
    f: fn(&mut dyn crate::vm::Port, &str) -> Result<(), FsError>,
) -> PyResult {
    let a = methods::args(vm, name, args, kw, 1, 1)?;
    let path = str_arg(vm, a[0])?;
    match f(&mut *vm.port, &path) {
        Ok(()) => Ok(Obj::NONE),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn remove(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    on_path(vm, "remove", args, kw, |p, path| p.fs_remove(path))
}

fn mkdir(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    on_path(vm, "mkdir", args, kw, |p, path| p.fs_mkdir(path))
}

fn rmdir(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    on_path(vm, "rmdir", args, kw, |p, path| p.fs_rmdir(path))
}

fn chdir(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    on_path(vm, "chdir", args, kw, |p, path| p.fs_chdir(path))
}

fn rename(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "rename", args, kw, 2, 2)?;
    let (from, to) = (str_arg(vm, a[0])?, str_arg(vm, a[1])?);
    match vm.port.fs_rename(&from, &to) {
        Ok(()) => Ok(Obj::NONE),
        Err(e) => Err(os_error(vm, e, Some(&from))),
    }
}

fn listdir(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "listdir", args, kw, 1, 1)?;
    let path = str_arg(vm, a[0])?;
    let names = match vm.port.fs_listdir(&path) {
        Ok(n) => n,
        Err(e) => return Err(os_error(vm, e, Some(&path))),
    };
    let list = vm.new_list(&[])?;
    for n in &names {
        let s = vm.new_str(n)?;
        vm.list_push(list, s)?;
    }
    Ok(list)
}

/// `_fs.stat(path)`: `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)`, as
/// MicroPython's `os.stat` returns.
fn stat(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "stat", args, kw, 1, 1)?;
    let path = str_arg(vm, a[0])?;
    let st = match vm.port.fs_stat(&path) {
        Ok(s) => s,
        Err(e) => return Err(os_error(vm, e, Some(&path))),
    };
    let mode = if st.is_dir { 0o040_755 } else { 0o100_644 };
    let (size, mtime) = (vm.new_int(st.size as i64)?, vm.new_int(st.mtime)?);
    let z = Obj::small_int(0);
    vm.new_tuple(&[
        Obj::small_int(mode),
        z,
        z,
        Obj::small_int(1),
        z,
        z,
        size,
        mtime,
        mtime,
        mtime,
    ])
}

fn getcwd(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    methods::args(vm, "getcwd", args, kw, 0, 0)?;
    match vm.port.fs_getcwd() {
        Ok(p) => vm.new_str(&p),
        Err(e) => Err(os_error(vm, e, None)),
    }
}
