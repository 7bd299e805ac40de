//! `Vm`: the state of one interpreter (heap, interned strings, modules, the Python stack) and
//! the services every part of the runtime uses: allocation, raising exceptions, interning.
//! Runtime operations live in `runtime/` as further `impl Vm` blocks.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use hashbrown::HashMap;

use crate::gc::{self, Heap};
use crate::obj::{Obj, ObjHeader};
use crate::objects::exc;
use crate::qstr::{Interner, Qstr};
use crate::types::TypeObj;

/// The result of anything that can raise: the error is the exception object.
pub type PyResult<T = Obj> = Result<T, Obj>;

/// Why a file-system request failed: the VM raises the OSError subclass CPython would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsError {
    NotFound,
    Exists,
    Permission,
    IsDir,
    NotDir,
    NotEmpty,
    Invalid,
    Unsupported,
    Io,
}

/// How `open` wants a file opened.
#[derive(Clone, Copy, Debug, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    /// Fail when the file exists (`x` mode).
    pub exclusive: bool,
}

/// What `os.stat` reports of a file.
#[derive(Clone, Copy, Debug, Default)]
pub struct FileStat {
    pub is_dir: bool,
    pub size: u64,
    /// Seconds since 1970.
    pub mtime: i64,
}

/// What a port (the host program, the firmware) provides to the VM.
pub trait Port {
    fn write_stdout(&mut self, bytes: &[u8]);
    fn write_stderr(&mut self, bytes: &[u8]);
    /// The contents of a file, for `import`; None when it does not exist.
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>>;
    fn is_dir(&mut self, path: &str) -> bool;
    /// The next line of standard input with its line ending, or None at its end (`input`,
    /// `sys.stdin`).
    fn read_line(&mut self) -> Option<Vec<u8>> {
        None
    }
    /// Polled by the interpreter: true once after the user pressed Ctrl-C.
    fn take_interrupt(&mut self) -> bool {
        false
    }
    /// Runs Xtensa machine code (an `asm_xtensa` function) with up to four word arguments in
    /// a2..a5 and returns a2. `buffers` are the bytearray-like arguments' contents: the code
    /// sees each at the address passed for it in `args`' position, and writes come back.
    /// Err is a message for a RuntimeError (no way to run Xtensa code, or the code faulted).
    fn call_xtensa(
        &mut self,
        code: &[u8],
        args: &[u32],
        buffers: &mut [XtensaBuffer],
    ) -> Result<u32, String> {
        let _ = (code, args, buffers);
        Err(String::from("this port cannot run Xtensa code"))
    }
    /// (instructions, estimated cycles) of the last `call_xtensa`, when the port counts them
    /// (the host's simulator does).
    fn xtensa_stats(&mut self) -> Option<(u64, u64)> {
        None
    }
    /// Wall-clock time: nanoseconds since 1970-01-01 UTC (0 when the port has no clock).
    fn time_ns(&mut self) -> u64 {
        0
    }
    /// Monotonic time in nanoseconds from any start, for the `time.ticks_*` counters.
    fn ticks_ns(&mut self) -> u64 {
        self.time_ns()
    }
    /// Files, for `open` and `os`, by handles the port chooses. A port without a file
    /// system keeps the defaults: every request fails with `Unsupported`.
    fn fs_open(&mut self, path: &str, flags: OpenFlags) -> Result<usize, FsError> {
        let _ = (path, flags);
        Err(FsError::Unsupported)
    }
    fn fs_read(&mut self, file: usize, buf: &mut [u8]) -> Result<usize, FsError> {
        let _ = (file, buf);
        Err(FsError::Unsupported)
    }
    fn fs_write(&mut self, file: usize, data: &[u8]) -> Result<usize, FsError> {
        let _ = (file, data);
        Err(FsError::Unsupported)
    }
    /// Moves to `offset` from the start (whence 0), the current position (1) or the end (2).
    fn fs_seek(&mut self, file: usize, offset: i64, whence: u8) -> Result<u64, FsError> {
        let _ = (file, offset, whence);
        Err(FsError::Unsupported)
    }
    fn fs_close(&mut self, file: usize) {
        let _ = file;
    }
    fn fs_remove(&mut self, path: &str) -> Result<(), FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let _ = (from, to);
        Err(FsError::Unsupported)
    }
    fn fs_mkdir(&mut self, path: &str) -> Result<(), FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    fn fs_rmdir(&mut self, path: &str) -> Result<(), FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    fn fs_listdir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    fn fs_stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        Err(FsError::Unsupported)
    }
    fn fs_chdir(&mut self, path: &str) -> Result<(), FsError> {
        let _ = path;
        Err(FsError::Unsupported)
    }
    /// Waits `ns` nanoseconds (by default watching `ticks_ns`).
    fn sleep_ns(&mut self, ns: u64) {
        let start = self.ticks_ns();
        while self.ticks_ns().wrapping_sub(start) < ns {
            core::hint::spin_loop();
        }
    }
}

/// A buffer argument of an `asm_xtensa` call: which argument it is and its bytes.
pub struct XtensaBuffer<'a> {
    pub arg: usize,
    pub data: &'a mut [u8],
}

/// Start-up choices.
#[derive(Clone, Debug)]
pub struct Config {
    pub heap_bytes: usize,
    /// Words of Python stack (frames' locals and value stacks).
    pub pystack_words: usize,
    /// Nesting of Python calls before RuntimeError "maximum recursion depth exceeded".
    pub max_depth: u32,
    /// Collect before every allocation: slow, but any object the runtime forgot to keep
    /// reachable is freed at once, so tests find such bugs deterministically.
    pub gc_stress: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_bytes: 64 << 20,
            pystack_words: 1 << 20,
            max_depth: 2000,
            gc_stress: false,
        }
    }
}

pub struct Vm {
    pub heap: Heap,
    pub qstrs: Interner,
    pub port: Box<dyn Port>,
    pub config: Config,
    /// Highest native-stack address the VM was entered from (the conservative scan's end).
    stack_base: usize,
    /// The builtins namespace: static objects only, so it needs no heap and no scanning.
    pub builtins: HashMap<Qstr, Obj>,
    /// Attributes of builtin types, by (type address, name), filled on first use.
    pub method_cache: HashMap<(usize, Qstr), Obj>,
    /// Lookups along classes' MROs.
    pub type_cache: crate::runtime::type_cache::TypeCache,
    /// The `random` module's generator state (seeded from the clock on first use).
    pub random_state: Option<u64>,
    /// `sys.modules`.
    pub modules: Obj,
    pub sys_path: Obj,
    pub sys_argv: Obj,
    /// The globals of the innermost running frame (for `globals()`, `exec`, `eval`).
    pub cur_globals: Obj,
    /// The innermost running frame (for `locals()`), or null.
    pub cur_frame: *const crate::interp::Frame,
    /// The exception being handled (bare `raise`, implicit `__context__`), or None.
    pub exc_info: Obj,
    /// Raised when even a MemoryError cannot be allocated.
    pub memory_error: Obj,
    /// The Python stack: frames' locals, value stacks and block stacks.
    pub pystack: Vec<Obj>,
    pub pystack_top: usize,
    pub depth: u32,
    /// Bytes in use at which the next collection happens before the heap is full: twice what
    /// survived the last one (at least an eighth of the heap), so that live data stays packed
    /// at the bottom of the heap and large buffers find room at the top.
    gc_threshold: usize,
    /// Automatic collection (`gc.enable()`/`gc.disable()`): when off, only `gc.collect()`
    /// collects, and an allocation that does not fit is a MemoryError (as in MicroPython).
    pub gc_auto: bool,
    /// `gc.threshold(n)`: collect once `n` bytes more than survived the last collection are
    /// in use, instead of the default policy.
    pub gc_user_threshold: Option<usize>,
    /// Other heap objects the runtime keeps alive (registered modules' state and the like).
    pub extra_roots: Vec<Obj>,
    /// The machine-code generator the port installed (`crate::native`), if any.
    pub native: Option<Box<dyn crate::native::NativeCompiler>>,
    /// What the generator has compiled, and what it left to bytecode (`-X native-stats`).
    pub native_stats: crate::native::CompileStats,
    /// Compile every function to machine code, not just `@micropython.native` ones
    /// (`-X emit=native`).
    pub native_all: bool,
}

impl Vm {
    pub fn new(config: Config, port: Box<dyn Port>) -> Box<Vm> {
        let mut vm = Box::new(Vm {
            heap: Heap::new(config.heap_bytes),
            qstrs: Interner::new(),
            port,
            stack_base: 0,
            builtins: HashMap::new(),
            method_cache: HashMap::new(),
            type_cache: crate::runtime::type_cache::TypeCache::new(),
            random_state: None,
            modules: Obj::NULL,
            sys_path: Obj::NULL,
            sys_argv: Obj::NULL,
            exc_info: Obj::NONE,
            cur_globals: Obj::NULL,
            cur_frame: core::ptr::null(),
            memory_error: Obj::NULL,
            // Zeroed memory is all NULL words; asking for it zeroed (rather than writing
            // NULLs) leaves untouched pages unmapped on hosts with virtual memory.
            // SAFETY: an all-zero Obj is NULL.
            pystack: unsafe { Box::<[Obj]>::new_zeroed_slice(config.pystack_words).assume_init() }
                .into_vec(),
            pystack_top: 0,
            depth: 0,
            extra_roots: Vec::new(),
            gc_threshold: config.heap_bytes / 8,
            gc_auto: true,
            gc_user_threshold: None,
            native: None,
            native_all: false,
            native_stats: crate::native::CompileStats::default(),
            config,
        });
        vm.enter();
        crate::builtins::install(&mut vm);
        vm
    }

    /// Records the caller's stack position as (possibly) the outermost one: call at every
    /// entry from the port, so that the conservative scan covers all frames holding objects.
    #[inline(always)]
    pub fn enter(&mut self) {
        let marker = 0u8;
        // A little above the marker, to cover the rest of the caller's frame.
        let here = core::hint::black_box(&marker) as *const u8 as usize + 256;
        if here > self.stack_base {
            self.stack_base = here;
        }
    }

    // ---- memory
    /// Allocates `bytes` zeroed bytes, collecting garbage when the heap is full.
    #[inline]
    pub fn alloc_raw(&mut self, bytes: usize, noscan: bool) -> PyResult<*mut u8> {
        self.alloc_raw_with(bytes, |h| h.alloc(bytes, noscan))
    }

    /// Allocates `bytes` with `alloc`, collecting first when the threshold is reached and
    /// again when the heap has no room.
    #[inline]
    pub fn alloc_raw_with(
        &mut self,
        bytes: usize,
        alloc: impl Fn(&mut Heap) -> Option<*mut u8>,
    ) -> PyResult<*mut u8> {
        if self.config.gc_stress || self.heap.used_bytes() >= self.gc_threshold {
            self.collect();
        }
        if let Some(p) = alloc(&mut self.heap) {
            return Ok(p);
        }
        if self.gc_auto {
            self.collect();
        }
        alloc(&mut self.heap).ok_or_else(|| self.memory_error_for(bytes))
    }

    /// MemoryError unless `bytes` could fit the heap: for scratch buffers sized by a
    /// program's arguments (their results end up on the heap, so a larger request cannot
    /// succeed, and must not reach the host allocator).
    pub fn ensure_fits(&mut self, bytes: usize) -> PyResult<()> {
        if bytes <= self.heap.total_bytes() {
            Ok(())
        } else {
            Err(self.memory_error_for(bytes))
        }
    }

    /// Grows or shrinks a raw allocation, collecting when needed.
    pub fn realloc_raw(&mut self, p: *mut u8, bytes: usize) -> PyResult<*mut u8> {
        if p.is_null() {
            return self.alloc_raw(bytes, false);
        }
        if let Some(q) = self.heap.realloc(p, bytes) {
            return Ok(q);
        }
        self.collect();
        self.heap
            .realloc(p, bytes)
            .ok_or_else(|| self.memory_error_for(bytes))
    }

    pub fn free_raw(&mut self, p: *mut u8) {
        self.heap.free(p);
    }

    /// Allocates an object of layout `T` plus `extra` bytes, with its type set.
    pub fn alloc_obj<T>(&mut self, ty: &TypeObj, extra: usize) -> PyResult<*mut T> {
        let p = self.alloc_raw(core::mem::size_of::<T>() + extra, false)?;
        // SAFETY: every object layout starts with an ObjHeader.
        unsafe { (*(p as *mut ObjHeader)).ty = ty };
        Ok(p as *mut T)
    }

    /// Like `alloc_obj` for objects whose payload holds no references (strings, floats).
    pub fn alloc_obj_noscan<T>(&mut self, ty: &TypeObj, extra: usize) -> PyResult<*mut T> {
        let p = self.alloc_raw(core::mem::size_of::<T>() + extra, true)?;
        // SAFETY: as above. The type pointer is not scanned, which is fine: types are static
        // or reachable from the instances' module/class.
        unsafe { (*(p as *mut ObjHeader)).ty = ty };
        Ok(p as *mut T)
    }

    /// The exception for a failed request of `bytes`: a fresh MemoryError that can carry a
    /// traceback and says what was asked for (MicroPython's message), or, when the request was
    /// small enough that the heap is truly full, the preallocated one (which gets no
    /// traceback). The threshold is above what the fresh exception itself needs, so its own
    /// allocations failing can never come back here for another.
    #[cold]
    fn memory_error_for(&mut self, bytes: usize) -> Obj {
        if bytes < 256 {
            return self.memory_error;
        }
        let msg = alloc::format!("memory allocation failed, allocating {bytes} bytes");
        self.new_exc(&exc::MEMORY_ERROR, &msg)
    }

    /// A full collection: marks the roots and the native stack, frees the rest.
    pub fn collect(&mut self) {
        let roots = [
            self.modules,
            self.sys_path,
            self.sys_argv,
            self.exc_info,
            self.memory_error,
            self.cur_globals,
        ];
        for r in roots {
            self.heap.mark_word(r.bits());
        }
        for i in 0..self.extra_roots.len() {
            let w = self.extra_roots[i].bits();
            self.heap.mark_word(w);
        }
        for i in 0..self.pystack_top {
            let w = self.pystack[i].bits();
            self.heap.mark_word(w);
        }
        gc::mark_native_stack(&mut self.heap, self.stack_base);
        self.heap.sweep();
        self.set_gc_threshold();
    }

    /// Where the next automatic collection happens, from what is in use now.
    pub fn set_gc_threshold(&mut self) {
        let (used, total) = (self.heap.used_bytes(), self.heap.total_bytes());
        self.gc_threshold = match (self.gc_auto, self.gc_user_threshold) {
            (false, _) => usize::MAX,
            (true, Some(n)) => used.saturating_add(n).min(total),
            (true, None) => (2 * used).max(total / 8).min(total),
        };
    }

    // ---- interned strings
    pub fn intern(&mut self, s: &str) -> Qstr {
        self.qstrs.intern(s)
    }

    pub fn qstr_text(&self, q: Qstr) -> &'static str {
        self.qstrs.text(q)
    }

    // ---- exceptions
    /// A new exception of type `ty` with `msg` as its only argument.
    pub fn new_exc(&mut self, ty: &'static TypeObj, msg: &str) -> Obj {
        let m = match self.new_str(msg) {
            Ok(s) => s,
            Err(e) => return e,
        };
        exc::new(self, ty, &[m]).unwrap_or_else(|e| e)
    }

    pub fn type_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::TYPE_ERROR, msg)
    }

    pub fn value_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::VALUE_ERROR, msg)
    }

    pub fn index_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::INDEX_ERROR, msg)
    }

    pub fn key_error(&mut self, key: Obj) -> Obj {
        exc::new(self, &exc::KEY_ERROR, &[key]).unwrap_or_else(|e| e)
    }

    pub fn attribute_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::ATTRIBUTE_ERROR, msg)
    }

    pub fn zero_division(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::ZERO_DIVISION_ERROR, msg)
    }

    pub fn overflow_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::OVERFLOW_ERROR, msg)
    }

    pub fn runtime_error(&mut self, msg: &str) -> Obj {
        self.new_exc(&exc::RUNTIME_ERROR, msg)
    }

    pub fn name_error(&mut self, name: Qstr) -> Obj {
        let msg = alloc::format!("name '{}' is not defined", self.qstr_text(name));
        self.new_exc(&exc::NAME_ERROR, &msg)
    }

    /// `TypeError: 'X' object ...` naming `o`'s type.
    pub fn type_error_obj(&mut self, o: Obj, what: &str) -> Obj {
        let msg = alloc::format!("'{}' object {}", o.type_of().name, what);
        self.type_error(&msg)
    }

    /// Writes text to stdout through the port.
    pub fn print_str(&mut self, s: &str) {
        self.port.write_stdout(s.as_bytes());
    }

    pub fn eprint_str(&mut self, s: &str) {
        self.port.write_stderr(s.as_bytes());
    }
}

/// Formats into a fresh `String` (no_std `format!`).
pub fn fmt(args: core::fmt::Arguments) -> String {
    alloc::fmt::format(args)
}
