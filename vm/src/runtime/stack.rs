//! A guard against overflowing the native stack: Python recursion, and deep structures met by
//! recursive operations (repr, comparison, hashing of nested containers), become
//! `RuntimeError: maximum recursion depth exceeded` instead of a crash.

use core::sync::atomic::{AtomicUsize, Ordering};

use crate::vm::{PyResult, Vm};

/// Lowest native stack address the VM may use (0: unknown, no check). Process-wide: ports run
/// one interpreter thread.
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Room left below the limit for the work done between two checks.
const MARGIN: usize = 256 * 1024;

/// Declares that the calling thread has `bytes` of native stack below this point.
#[inline(never)]
pub fn set_stack_size(bytes: usize) {
    let here = approx_sp();
    LIMIT.store(here.saturating_sub(bytes) + MARGIN, Ordering::Relaxed);
}

#[inline(always)]
fn approx_sp() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    /// Fails with RuntimeError when the native stack is nearly exhausted.
    #[inline(always)]
    pub fn check_stack(&mut self) -> PyResult<()> {
        if approx_sp() < LIMIT.load(Ordering::Relaxed) {
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
