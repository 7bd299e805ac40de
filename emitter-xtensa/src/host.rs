//! Native and viper code for Xtensa, run on the LX106 simulator inside a 32-bit host: the
//! host port's code generator where the host is no x86-64 (the i686 build), so that every
//! native and viper program is checked against bytecode with the code the ESP8266 would run.
//!
//! On a 32-bit host, object words and pointers are the guest's, so the simulator maps the
//! host memory the code touches at its own addresses: the VM heap, the Python stack (frames'
//! slot areas), the Ctrl-C flag, the code itself (as IRAM: instruction fetch and aligned word
//! loads only, the ESP8266's rule) and a small stack per core. Any other access is a fault,
//! which becomes a RuntimeError instead of corrupting the VM.
//!
//! Helpers are host functions: the guest helper table holds, for helper `i`, the address of
//! its own word `i`, and that table's address range is the simulator's host-function window,
//! so `callx0` through the table lands in the host, which calls `HELPERS[i]` with a2..a5.
//! A helper may run Python code that enters machine code again: each activation takes its own
//! simulated core from a per-thread pool, so nesting needs nothing special.
//!
//! `NativeCode::entry` is `sim_entry`, an ordinary host function with the `EntryFn`
//! signature: the interpreter calls it as it would call x86-64 code.

use std::cell::{Cell, RefCell};

use upy_vm::native::helpers::{HelperTable, COUNT, HELPERS};
use upy_vm::native::{Ctx, EntryFn, NativeCode, NativeCompiler};
use upy_vm::obj::Obj;
use upy_vm::objects::func::CodeObj;

use crate::backend::Xtensa;
use crate::sim::{Cpu, Memory, RegionKind};

/// Bytes of guest stack per core: one activation needs 16 (the prologue's frame).
const STACK_BYTES: usize = 256;

/// Machine code placed in host memory, word-aligned.
struct XtensaCode {
    words: Box<[u32]>,
    /// Address of the prologue.
    prologue: u32,
}

/// The compiler a 32-bit host port installs in `Vm::native`.
#[derive(Default)]
pub struct XtensaCompiler {
    /// Print each compiled function's disassembly to stdout (`-X dump-native`).
    pub dump: bool,
}

impl NativeCompiler for XtensaCompiler {
    fn compile(&mut self, co: &CodeObj) -> Result<NativeCode, String> {
        let mut b = Xtensa::new();
        let compiled = upy_vm::native::generate(&mut b, co)?;
        let fin = b.finish()?;
        let bytes = &fin.code.bytes;
        let mut words = vec![0u32; bytes.len().div_ceil(4)].into_boxed_slice();
        for (w, chunk) in words.iter_mut().zip(bytes.chunks(4)) {
            let mut b = [0; 4];
            b[..chunk.len()].copy_from_slice(chunk);
            *w = u32::from_le_bytes(b);
        }
        let base = words.as_ptr() as usize;
        if self.dump {
            print!(
                "{}",
                crate::disassemble(&co.code().qualname, bytes, base as u32, fin.entry)
            );
        }
        let entries = compiled
            .entries
            .iter()
            .map(|&(pc, l)| Ok((pc, base + fin.offset(l)?)))
            .collect::<Result<Vec<_>, String>>()?;
        Ok(NativeCode {
            entry: sim_entry as EntryFn as usize,
            start: base + fin.offset(compiled.start)?,
            entries,
            size: bytes.len(),
            owner: Box::new(XtensaCode {
                words,
                prologue: (base + fin.entry) as u32,
            }),
        })
    }
}

/// Simulated cores for one VM, each with its own stack (the memory behind its a1).
#[derive(Default)]
struct Pool {
    /// The VM memory the cores have mapped: a VM with another heap or Python stack (a new VM
    /// may reuse the old one's heap address, not necessarily its stack's) needs new cores.
    vm_memory: [(usize, usize); 2],
    cores: Vec<(Cpu, Box<[u32]>)>,
}

/// Instructions executed and estimated LX106 cycles (see `sim`) of all Xtensa native code run
/// on this thread: what the code would cost on an ESP8266, helpers (host code) not counted.
pub fn executed() -> (u64, u64) {
    EXECUTED.with(Cell::get)
}

thread_local! {
    static EXECUTED: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    static POOL: RefCell<Pool> = RefCell::new(Pool::default());
    /// The guest helper table; word `COUNT` is the return address of every call.
    static TABLE: Box<[u32]> = {
        let mut t = vec![0u32; COUNT + 1].into_boxed_slice();
        let base = t.as_ptr() as u32;
        for (i, w) in t.iter_mut().enumerate() {
            *w = base + 4 * i as u32;
        }
        t
    };
}

const DATA: RegionKind = RegionKind::DRAM;
const READ_ONLY: RegionKind = RegionKind {
    read: true,
    write: false,
    exec: false,
    word_only: false,
};

/// Maps `len` bytes of host memory at `p` at their own address.
fn map_here(mem: &mut Memory, p: *const u8, len: usize, kind: RegionKind) {
    // SAFETY: the callers map memory that lives as long as the VM (heap, Python stack,
    // statics) or as the core (its stack, in the pool beside it).
    unsafe { mem.map_host(p as u32, p as *mut u8, len, kind) }
        .expect("host regions do not overlap");
}

/// A core with the VM's memory (`[heap, Python stack]` as address ranges) mapped and a host
/// function for every helper.
fn new_core(vm_memory: [(usize, usize); 2]) -> (Cpu, Box<[u32]>) {
    let mut cpu = Cpu::new(Memory::new());
    cpu.step_limit = u64::MAX;
    let table = TABLE.with(|t| (t.as_ptr() as u32, 4 * t.len()));
    cpu.set_host_window(table.0, table.1 as u32);
    for f in HELPERS.0 {
        cpu.register_host_fn_raw(Box::new(move |cpu: &mut Cpu| {
            let [ctx, a, b, c] = [cpu.ar[2], cpu.ar[3], cpu.ar[4], cpu.ar[5]];
            // SAFETY: the generated code calls helpers with the `HelperFn` arguments.
            cpu.ar[2] = unsafe { f(ctx as *mut Ctx, a as usize, b as usize, c as usize) } as u32;
            Ok(())
        }));
    }
    let mem = &mut cpu.mem;
    for (start, end) in vm_memory {
        map_here(mem, start as *const u8, end - start, DATA);
    }
    map_here(mem, table.0 as *const u8, table.1, READ_ONLY);
    let flag = &upy_vm::interp::INTERRUPT as *const _ as *const u8;
    map_here(mem, flag, 1, READ_ONLY);
    let stack = vec![0u32; STACK_BYTES / 4].into_boxed_slice();
    map_here(mem, stack.as_ptr() as *const u8, STACK_BYTES, DATA);
    cpu.stack_top = stack.as_ptr() as u32 + STACK_BYTES as u32;
    (cpu, stack)
}

/// The `EntryFn` of all Xtensa code: runs the prologue of `ctx.code` on a simulated core.
unsafe extern "C" fn sim_entry(
    ctx: *mut Ctx,
    slots: *mut Obj,
    _helpers: *const HelperTable,
    target: usize,
) -> Obj {
    // SAFETY: `native::run` passes a live Ctx whose code is an `XtensaCode`'s. The VM is
    // borrowed only until the run starts and after it ends (helpers borrow it meanwhile).
    let code: &XtensaCode = unsafe { &*(*ctx).code }
        .owner
        .downcast_ref()
        .expect("Xtensa code");
    let mut core = {
        let vm = unsafe { &*(*ctx).vm };
        let stack = vm.pystack.as_ptr_range();
        let vm_memory = [vm.heap.bounds(), (stack.start as usize, stack.end as usize)];
        let core = POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.vm_memory != vm_memory {
                *p = Pool {
                    vm_memory,
                    cores: Vec::new(),
                };
            }
            p.cores.pop()
        });
        core.unwrap_or_else(|| new_core(vm_memory))
    };
    let cpu = &mut core.0;
    let at = code.words.as_ptr();
    if !cpu.mem.is_mapped(at as u32) {
        map_here(
            &mut cpu.mem,
            at as *const u8,
            4 * code.words.len(),
            RegionKind::IRAM,
        );
    }
    let table = TABLE.with(|t| t.as_ptr() as u32);
    cpu.reset_counters();
    let r = cpu.call(
        code.prologue,
        &[ctx as u32, slots as u32, table, target as u32],
    );
    let (insns, cycles) = (cpu.insns, cpu.cycles);
    EXECUTED.with(|e| {
        let (i, c) = e.get();
        e.set((i + insns, c + cycles));
    });
    POOL.with(|p| p.borrow_mut().cores.push(core));
    match r {
        Ok(w) => Obj::from_ptr(w as usize as *const u8),
        Err(e) => {
            let msg = format!("Xtensa native code stopped: {e}");
            // SAFETY: as above.
            unsafe { (*ctx).pending = (*(*ctx).vm).runtime_error(&msg) };
            Obj::NULL
        }
    }
}
