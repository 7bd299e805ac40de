//! Running `@micropython.asm_xtensa` functions on the host: an LX106 simulator with the
//! ESP8266 memory map (one per thread, created on first use).
//!
//! The code is copied to the start of IRAM (0x40100000, where the inline assembler
//! assembles it) and called with the call0 ABI. Each buffer argument is mapped as its own
//! RAM region in the host-buffer window (4-byte aligned, with an unmapped gap after it so
//! overruns fault), and its final contents are copied back. A fault or the instruction
//! limit becomes an error message (a RuntimeError for the program).

use std::cell::RefCell;

use upy_emitter_xtensa::sim::{Cpu, RegionKind, HOST_BUF_BASE, IRAM_BASE, IRAM_SIZE};
use upy_vm::vm::XtensaBuffer;

/// Instructions one call may execute before it is stopped.
pub const STEP_LIMIT: u64 = 200_000_000;
/// Unmapped bytes left after each buffer.
const GAP: u32 = 16;

struct Sim {
    cpu: Cpu,
    /// The code currently in IRAM (reloading it would drop the decode cache).
    loaded: Vec<u8>,
}

thread_local! {
    static SIM: RefCell<Option<Sim>> = const { RefCell::new(None) };
}

/// Instructions executed and estimated cycles of the last call on this thread.
pub fn last_stats() -> Option<(u64, u64)> {
    SIM.with(|s| {
        s.borrow()
            .as_ref()
            .map(|sim| (sim.cpu.insns, sim.cpu.cycles))
    })
}

/// Runs `code` with `args` in a2..a5; see the module docs.
pub fn call(code: &[u8], args: &[u32], buffers: &mut [XtensaBuffer]) -> Result<u32, String> {
    if code.len() > IRAM_SIZE as usize {
        return Err(format!(
            "asm_xtensa code of {} bytes does not fit in IRAM",
            code.len()
        ));
    }
    SIM.with(|s| {
        let mut s = s.borrow_mut();
        let sim = s.get_or_insert_with(|| {
            let mut cpu = Cpu::new_esp8266();
            cpu.step_limit = STEP_LIMIT;
            Sim {
                cpu,
                loaded: Vec::new(),
            }
        });
        if sim.loaded != code {
            sim.cpu.load_code(IRAM_BASE, code);
            sim.loaded = code.to_vec();
        }
        let mut words = [0u32; 4];
        words[..args.len()].copy_from_slice(args);
        let mut mapped = Vec::with_capacity(buffers.len());
        let mut next = HOST_BUF_BASE;
        for b in buffers.iter() {
            let len = (b.data.len() as u32).max(1);
            let base = sim
                .cpu
                .mem
                .find_free(next, len + GAP, 16)
                .ok_or("no address space for asm_xtensa buffers")?;
            let mut v = b.data.to_vec();
            v.resize(len as usize, 0);
            sim.cpu
                .mem
                .map_bytes(base, v, RegionKind::DRAM)
                .map_err(|e| format!("cannot map an asm_xtensa buffer: {e:?}"))?;
            next = base + len + GAP;
            if let Some(w) = words.get_mut(b.arg) {
                *w = base;
            }
            mapped.push(base);
        }
        sim.cpu.reset_counters();
        let r = sim.cpu.call(IRAM_BASE, &words[..args.len()]);
        for (b, base) in buffers.iter_mut().zip(mapped) {
            if let Some(v) = sim.cpu.mem.unmap(base) {
                let n = b.data.len();
                b.data.copy_from_slice(&v[..n]);
            }
        }
        r.map_err(|e| format!("asm_xtensa: {e}"))
    })
}
