//! The host port's services for the VM: standard streams, files, clocks, Ctrl-C.

use std::io::Write;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use upy_vm::vm::Port;

pub struct HostPort;

impl Port for HostPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn xtensa_stats(&mut self) -> Option<(u64, u64)> {
        crate::xtensa::last_stats()
    }

    fn call_xtensa(
        &mut self,
        code: &[u8],
        args: &[u32],
        buffers: &mut [upy_vm::vm::XtensaBuffer],
    ) -> Result<u32, String> {
        crate::xtensa::call(code, args, buffers)
    }

    fn time_ns(&mut self) -> u64 {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }

    fn ticks_ns(&mut self) -> u64 {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64
    }

    fn sleep_ns(&mut self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }
}

/// Makes Ctrl-C raise KeyboardInterrupt in the running program.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        upy_vm::interp::INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}
