//! What the in-process native-code tests share: a port that captures the output, and a run
//! of a program on a VM with the host's code generator installed (x86-64 code on x86-64
//! hosts, Xtensa code on the LX106 simulator on 32-bit hosts, as the `upy` binary has).

use std::cell::RefCell;
use std::rc::Rc;

use upy_vm::native::NativeCompiler;
use upy_vm::vm::{Config, Port, Vm};

#[cfg(target_arch = "x86_64")]
fn compiler() -> Box<dyn NativeCompiler> {
    Box::new(upy_emitter_x64::X64Compiler::default())
}

#[cfg(target_pointer_width = "32")]
fn compiler() -> Box<dyn NativeCompiler> {
    Box::new(upy_emitter_xtensa::host::XtensaCompiler::default())
}

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<String>>);

impl Port for Capture {
    fn write_stdout(&mut self, b: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(b));
    }
    fn write_stderr(&mut self, b: &[u8]) {
        self.0.borrow_mut().push_str("[stderr] ");
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(b));
    }
    fn read_file(&mut self, _: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _: &str) -> bool {
        false
    }
}

/// Runs `src` (every function compiled when `native_all`) on a heap of `heap_bytes`; returns
/// its output (stdout and stderr, then the exit status) and the VM, for the compiler's
/// statistics.
pub fn run(src: &str, native_all: bool, heap_bytes: usize) -> (String, Box<Vm>) {
    let cap = Capture::default();
    let config = Config {
        heap_bytes,
        ..Config::default()
    };
    let mut vm = Vm::new(config, Box::new(cap.clone()));
    vm.native = Some(compiler());
    vm.native_all = native_all;
    let status = match vm.run_main(src, "prog.py") {
        Ok(()) => 0,
        Err(e) => vm.report_uncaught(e),
    };
    let out = format!("{}\nstatus {status}\n", cap.0.borrow());
    (out, vm)
}
