//! An instruction-set simulator for the Xtensa LX106 core (ESP8266).
//!
//! * [`decode`](decode::decode) decodes every LX106 instruction; opcodes the
//!   LX106 configuration lacks (div, min/max, sext, loops, windowed calls, FP,
//!   MAC16, s32c1i, …) raise IllegalInstruction (EXCCAUSE 0) like the core.
//! * [`Memory`] is a sparse region map. Unaligned 16/32-bit accesses raise
//!   LoadStoreAlignment (9); 8/16-bit data access to word-only regions (IRAM,
//!   flash) and access to unmapped memory raise LoadStoreError (3).
//! * [`Cpu::call`] runs a call0-ABI function to completion; host functions
//!   ([`Cpu::register_host_fn`]) let guest code `callx0` into Rust.
//!
//! Exceptions are not vectored: they stop the run with
//! [`SimError::Exception`] (the EXCCAUSE/EPC1/EXCVADDR special registers are
//! updated too).
//!
//! **Counters.** [`Cpu::insns`] counts executed instructions. [`Cpu::cycles`]
//! is an *estimate*: 1 cycle per instruction, plus
//! [`exec::EXTRA_CYCLES_TAKEN_BRANCH`] for taken branches, jumps, calls and
//! returns, [`exec::EXTRA_CYCLES_LOAD`] for loads and `l32r`, and
//! [`exec::EXTRA_CYCLES_MULL`] for `mull`. It is not cycle-accurate (no
//! pipeline interlock, memory wait-state or flash-cache modelling).
//! `rsr.ccount` reads this estimate.

pub mod decode;
pub mod exec;
pub mod mem;

pub use decode::{decode, Insn, Op};
pub use mem::{cause, Fault, MapError, Memory, Region, RegionKind};

use exec::Event;
use std::fmt;

/// Special register numbers known to the simulator.
pub mod sr {
    pub const SAR: u32 = 3;
    pub const LITBASE: u32 = 5;
    pub const IBREAKENABLE: u32 = 96;
    pub const IBREAKA0: u32 = 128;
    pub const DBREAKA0: u32 = 144;
    pub const DBREAKC0: u32 = 160;
    pub const EPC1: u32 = 177;
    pub const EPC2: u32 = 178;
    pub const EPC3: u32 = 179;
    pub const DEPC: u32 = 192;
    pub const EPS2: u32 = 194;
    pub const EPS3: u32 = 195;
    pub const EXCSAVE1: u32 = 209;
    pub const EXCSAVE2: u32 = 210;
    pub const EXCSAVE3: u32 = 211;
    pub const INTERRUPT: u32 = 226;
    pub const INTCLEAR: u32 = 227;
    pub const INTENABLE: u32 = 228;
    pub const PS: u32 = 230;
    pub const VECBASE: u32 = 231;
    pub const EXCCAUSE: u32 = 232;
    pub const DEBUGCAUSE: u32 = 233;
    pub const CCOUNT: u32 = 234;
    pub const PRID: u32 = 235;
    pub const ICOUNT: u32 = 236;
    pub const ICOUNTLEVEL: u32 = 237;
    pub const EXCVADDR: u32 = 238;
    pub const CCOMPARE0: u32 = 240;

    /// Registers stored plainly in the special-register file.
    pub(crate) const PLAIN: [u32; 21] = [
        IBREAKENABLE,
        IBREAKA0,
        DBREAKA0,
        DBREAKC0,
        EPC1,
        EPC2,
        EPC3,
        DEPC,
        EPS2,
        EPS3,
        EXCSAVE1,
        EXCSAVE2,
        EXCSAVE3,
        INTENABLE,
        VECBASE,
        EXCCAUSE,
        DEBUGCAUSE,
        ICOUNT,
        ICOUNTLEVEL,
        EXCVADDR,
        CCOMPARE0,
    ];
}

/// ESP8266 DRAM base.
pub const DRAM_BASE: u32 = 0x3FFE_8000;
/// ESP8266 DRAM size (up to 0x40000000).
pub const DRAM_SIZE: u32 = 0x1_8000;
/// ESP8266 IRAM base.
pub const IRAM_BASE: u32 = 0x4010_0000;
/// ESP8266 IRAM size.
pub const IRAM_SIZE: u32 = 0x8000;
/// Start of the window where [`Cpu::map_host_buffer`] places host buffers.
pub const HOST_BUF_BASE: u32 = 0x2000_0000;
/// Addresses `HOST_FN_BASE + 4*k` are host functions (see [`Cpu::register_host_fn`]).
pub const HOST_FN_BASE: u32 = 0x7000_0000;
/// Size of the host function window.
pub const HOST_FN_SIZE: u32 = 0x0100_0000;
/// The return address [`Cpu::call`] puts in a0; reaching it ends the call.
pub const RETURN_MAGIC: u32 = 0x7FFF_FFF0;

/// Why a run stopped abnormally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SimError {
    /// An Xtensa exception.
    Exception { cause: u32, pc: u32, vaddr: u32 },
    /// `break`/`break.n` (debug exception).
    Break { pc: u32, imm_s: u32, imm_t: u32 },
    /// The instruction limit was reached.
    StepLimit { pc: u32, executed: u64 },
    /// Semihosting exit (simcall 1) with this status.
    Exit(u32),
    /// `waiti` with no interrupt source to wake the core.
    Halted { pc: u32 },
    /// A host function reported an error.
    Host(String),
}

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SimError::Exception { cause, pc, vaddr } => write!(
                f,
                "Xtensa exception {} (EXCCAUSE {cause}) at pc=0x{pc:08x}, vaddr=0x{vaddr:08x}",
                mem::cause::name(*cause)
            ),
            SimError::Break { pc, imm_s, imm_t } => {
                write!(f, "break {imm_s}, {imm_t} at pc=0x{pc:08x}")
            }
            SimError::StepLimit { pc, executed } => {
                write!(
                    f,
                    "instruction limit reached after {executed} instructions at pc=0x{pc:08x}"
                )
            }
            SimError::Exit(code) => write!(f, "simcall exit({code})"),
            SimError::Halted { pc } => write!(f, "waiti at pc=0x{pc:08x} with no interrupt source"),
            SimError::Host(msg) => write!(f, "host function error: {msg}"),
        }
    }
}

impl std::error::Error for SimError {}

/// A host function: called with the CPU when guest code jumps to its address.
/// It reads arguments from a2..a7 and must leave its result in a2 (a3 for
/// 64-bit results); the simulator then returns to a0.
pub type HostFn = Box<dyn FnMut(&mut Cpu) -> Result<(), SimError>>;
/// A `simcall` handler: sees the CPU (request in a2, arguments a3..) and
/// writes results to a2/a3.
pub type SimcallFn = Box<dyn FnMut(&mut Cpu) -> Result<(), SimError>>;

/// The simulated core: registers, special registers, memory, counters.
pub struct Cpu {
    /// Address registers a0..a15.
    pub ar: [u32; 16],
    /// Program counter.
    pub pc: u32,
    /// Shift amount register (6 bits).
    pub sar: u32,
    /// Processor state.
    pub ps: u32,
    /// LITBASE (bit 0 enables LITBASE-relative `l32r`).
    pub litbase: u32,
    /// Other special registers by number (see [`sr`]).
    pub sregs: [u32; 256],
    /// The address space.
    pub mem: Memory,
    /// Instructions executed (not reset by runs; see [`Cpu::reset_counters`]).
    pub insns: u64,
    /// Estimated cycles (see module docs).
    pub cycles: u64,
    /// Maximum instructions per [`Cpu::call`]/[`Cpu::run_until`].
    pub step_limit: u64,
    /// Initial a1 for an outermost [`Cpu::call`] (16-byte aligned).
    pub stack_top: u32,
    /// Bytes written by the default simcall handler (write request).
    pub semihost_out: Vec<u8>,
    ccount_offset: u32,
    /// The host-function window (see [`Cpu::set_host_window`]).
    host_fn_base: u32,
    host_fn_size: u32,
    /// The return address [`Cpu::call`] puts in a0.
    return_addr: u32,
    host_fns: Vec<Option<HostFn>>,
    simcall: Option<SimcallFn>,
    depth: u32,
}

impl Default for Cpu {
    fn default() -> Cpu {
        Cpu::new(Memory::new())
    }
}

impl Cpu {
    /// A CPU over `mem`, registers zero, stack top at the end of DRAM.
    pub fn new(mem: Memory) -> Cpu {
        Cpu {
            ar: [0; 16],
            pc: 0,
            sar: 0,
            ps: 0,
            litbase: 0,
            sregs: [0; 256],
            mem,
            insns: 0,
            cycles: 0,
            step_limit: 1_000_000_000,
            stack_top: DRAM_BASE + DRAM_SIZE,
            semihost_out: Vec::new(),
            ccount_offset: 0,
            host_fn_base: HOST_FN_BASE,
            host_fn_size: HOST_FN_SIZE,
            return_addr: RETURN_MAGIC,
            host_fns: Vec::new(),
            simcall: None,
            depth: 0,
        }
    }

    /// A CPU with the ESP8266 memory map: DRAM 0x3FFE8000..0x40000000 and
    /// IRAM 0x40100000..0x40108000 (word access only).
    pub fn new_esp8266() -> Cpu {
        let mut mem = Memory::new();
        mem.map(DRAM_BASE, DRAM_SIZE, RegionKind::DRAM)
            .expect("fresh map");
        mem.map(IRAM_BASE, IRAM_SIZE, RegionKind::IRAM)
            .expect("fresh map");
        Cpu::new(mem)
    }

    /// Copy `code` into memory at `addr` (host write: ignores permissions).
    /// Panics if the range is not fully mapped.
    pub fn load_code(&mut self, addr: u32, code: &[u8]) {
        assert!(
            self.mem.write_bytes(addr, code),
            "load_code: 0x{addr:08x}+{} not mapped",
            code.len()
        );
    }

    /// Map a copy of `data` as plain RAM in the host-buffer window and return
    /// its guest address (16-byte aligned). Read it back with
    /// [`Memory::read_bytes`] or take it with [`Memory::unmap`].
    pub fn map_host_buffer(&mut self, data: &[u8]) -> u32 {
        let len = (data.len() as u32).max(1);
        let base = self
            .mem
            .find_free(HOST_BUF_BASE, len, 16)
            .expect("address space full");
        let mut v = data.to_vec();
        v.resize(len as usize, 0);
        self.mem
            .map_bytes(base, v, RegionKind::RAM)
            .expect("free range");
        base
    }

    /// Move the host-function window to `size` bytes at `base`, the last word
    /// of which becomes the return address of [`Cpu::call`] (by default the
    /// window is [`HOST_FN_BASE`], and calls return to [`RETURN_MAGIC`]). A
    /// guest that shares the host's address space needs a window no host
    /// memory occupies: host memory reserved for the purpose. Call before
    /// registering host functions.
    pub fn set_host_window(&mut self, base: u32, size: u32) {
        assert!(
            self.host_fns.is_empty()
                && size >= 8
                && base.is_multiple_of(4)
                && size.is_multiple_of(4)
        );
        self.host_fn_base = base;
        self.host_fn_size = size - 4;
        self.return_addr = base + size - 4;
    }

    /// Register a host function with the raw interface and return the guest
    /// address to `callx0`. When the pc reaches it, `f` runs, then the
    /// simulator returns to a0.
    pub fn register_host_fn_raw(&mut self, f: HostFn) -> u32 {
        let addr = self.host_fn_base + 4 * self.host_fns.len() as u32;
        assert!(
            addr - self.host_fn_base < self.host_fn_size,
            "host-function window full"
        );
        self.host_fns.push(Some(f));
        addr
    }

    /// Register a host function taking a2..a7 and returning the new a2.
    pub fn register_host_fn<F>(&mut self, mut f: F) -> u32
    where
        F: FnMut(&mut Cpu, [u32; 6]) -> Result<u32, SimError> + 'static,
    {
        self.register_host_fn_raw(Box::new(move |cpu: &mut Cpu| {
            let mut args = [0; 6];
            args.copy_from_slice(&cpu.ar[2..8]);
            cpu.ar[2] = f(cpu, args)?;
            Ok(())
        }))
    }

    /// Replace the `simcall` handler. The default implements QEMU's
    /// semihosting subset: a2=1 exit(a3) stops with [`SimError::Exit`];
    /// a2=4 write(fd=a3, buf=a4, len=a5) appends to [`Cpu::semihost_out`];
    /// anything else returns -1 with errno ENOSYS (a3=38).
    pub fn set_simcall_handler(&mut self, f: SimcallFn) {
        self.simcall = Some(f);
    }

    fn default_simcall(&mut self) -> Result<(), SimError> {
        match self.ar[2] {
            1 => Err(SimError::Exit(self.ar[3])),
            4 => {
                let mut buf = vec![0; self.ar[5] as usize];
                if self.mem.read_bytes(self.ar[4], &mut buf) {
                    self.semihost_out.extend_from_slice(&buf);
                    self.ar[2] = buf.len() as u32;
                    self.ar[3] = 0;
                } else {
                    self.ar[2] = u32::MAX;
                    self.ar[3] = 14; // EFAULT
                }
                Ok(())
            }
            _ => {
                self.ar[2] = u32::MAX;
                self.ar[3] = 38;
                Ok(())
            }
        }
    }

    /// Zero the instruction and cycle counters.
    pub fn reset_counters(&mut self) {
        self.insns = 0;
        self.cycles = 0;
    }

    /// Read a special register; None if the LX106 does not have it.
    pub fn read_sr(&self, n: u32) -> Option<u32> {
        Some(match n {
            sr::SAR => self.sar,
            sr::LITBASE => self.litbase,
            sr::PS => self.ps,
            sr::CCOUNT => (self.cycles as u32).wrapping_add(self.ccount_offset),
            sr::PRID | sr::INTERRUPT => self.sregs[n as usize],
            _ if sr::PLAIN.contains(&n) => self.sregs[n as usize],
            _ => return None,
        })
    }

    /// Write a special register; None if the LX106 does not have it (or it is
    /// read-only).
    pub fn write_sr(&mut self, n: u32, v: u32) -> Option<()> {
        match n {
            sr::SAR => self.sar = v & 63,
            sr::LITBASE => self.litbase = v & 0xffff_f001,
            sr::PS => self.ps = v & 0x0007_0f3f,
            sr::CCOUNT => self.ccount_offset = v.wrapping_sub(self.cycles as u32),
            sr::INTERRUPT => self.sregs[n as usize] |= v, // INTSET
            sr::INTCLEAR => self.sregs[sr::INTERRUPT as usize] &= !v,
            _ if sr::PLAIN.contains(&n) => self.sregs[n as usize] = v,
            _ => return None,
        }
        Some(())
    }

    /// Call the function at `entry` with the call0 ABI: a0 = the return address
    /// ([`RETURN_MAGIC`] unless [`Cpu::set_host_window`] moved it),
    /// a1 = stack (the [`Cpu::stack_top`] for an outermost call, below the
    /// current a1 for a call made from inside a host function), a2.. = args
    /// (more than 6 go on the stack at [a1], [a1+4], …). Runs until the
    /// function returns and gives a2. On success (and always for a nested
    /// call) the pc and a0/a1 are restored afterwards, so host functions may
    /// call back into guest code; after an error at the outermost level the
    /// state is left as it was at the faulting instruction, for inspection.
    pub fn call(&mut self, entry: u32, args: &[u32]) -> Result<u32, SimError> {
        let (saved_pc, saved_a0, saved_a1) = (self.pc, self.ar[0], self.ar[1]);
        let mut sp = if self.depth == 0 {
            self.stack_top
        } else {
            self.ar[1]
        } & !15;
        if args.len() > 6 {
            let extra = &args[6..];
            sp = sp.wrapping_sub((extra.len() as u32 * 4 + 15) & !15);
            for (k, v) in extra.iter().enumerate() {
                if !self.mem.write_u32(sp + 4 * k as u32, *v) {
                    return Err(SimError::Exception {
                        cause: cause::LOAD_STORE_ERROR,
                        pc: entry,
                        vaddr: sp + 4 * k as u32,
                    });
                }
            }
        }
        self.ar[0] = self.return_addr;
        self.ar[1] = sp;
        for (k, v) in args.iter().take(6).enumerate() {
            self.ar[2 + k] = *v;
        }
        self.pc = entry;
        self.depth += 1;
        let r = self.run_until(self.return_addr);
        self.depth -= 1;
        if r.is_ok() || self.depth > 0 {
            self.pc = saved_pc;
            self.ar[0] = saved_a0;
            self.ar[1] = saved_a1;
        }
        r.map(|()| self.ar[2])
    }

    /// Execute from the current pc until the pc equals `stop_pc` (checked
    /// before each instruction), an exception, or [`Cpu::step_limit`]
    /// instructions.
    pub fn run_until(&mut self, stop_pc: u32) -> Result<(), SimError> {
        let limit = self.insns.saturating_add(self.step_limit);
        loop {
            let pc = self.pc;
            if pc == stop_pc {
                return Ok(());
            }
            if self.insns >= limit {
                return Err(SimError::StepLimit {
                    pc,
                    executed: self.step_limit,
                });
            }
            if pc.wrapping_sub(self.host_fn_base) < self.host_fn_size {
                self.host_call(pc)?;
                continue;
            }
            let insn = match self.mem.fetch(pc) {
                Ok(i) => i,
                Err(f) => return Err(self.raise(f)),
            };
            match self.exec(insn) {
                Ok(()) => {
                    self.insns += 1;
                    self.cycles += 1;
                }
                Err(e) => self.event(e)?,
            }
        }
    }

    /// Execute exactly one instruction (or host call) at the current pc.
    pub fn step(&mut self) -> Result<(), SimError> {
        let pc = self.pc;
        if pc.wrapping_sub(self.host_fn_base) < self.host_fn_size {
            return self.host_call(pc);
        }
        let insn = self.mem.fetch(pc).map_err(|f| self.raise(f))?;
        match self.exec(insn) {
            Ok(()) => {
                self.insns += 1;
                self.cycles += 1;
                Ok(())
            }
            Err(e) => self.event(e),
        }
    }

    /// Handle a non-sequential event from `exec`; Ok means continue.
    #[cold]
    fn event(&mut self, e: Event) -> Result<(), SimError> {
        let pc = self.pc;
        match e {
            Event::Exception(f) => Err(self.raise(f)),
            Event::Break(s, t) => Err(SimError::Break {
                pc,
                imm_s: s,
                imm_t: t,
            }),
            Event::Waiti => Err(SimError::Halted { pc }),
            Event::Simcall => {
                let r = match self.simcall.take() {
                    Some(mut h) => {
                        let r = h(self);
                        self.simcall.get_or_insert(h);
                        r
                    }
                    None => self.default_simcall(),
                };
                r?;
                self.pc = pc.wrapping_add(3);
                self.insns += 1;
                self.cycles += 1;
                Ok(())
            }
        }
    }

    /// Record an exception in EXCCAUSE/EPC1/EXCVADDR and build the error.
    fn raise(&mut self, f: Fault) -> SimError {
        let pc = self.pc;
        self.sregs[sr::EXCCAUSE as usize] = f.cause;
        self.sregs[sr::EPC1 as usize] = pc;
        self.sregs[sr::EXCVADDR as usize] = f.vaddr;
        SimError::Exception {
            cause: f.cause,
            pc,
            vaddr: f.vaddr,
        }
    }

    #[cold]
    fn host_call(&mut self, pc: u32) -> Result<(), SimError> {
        let idx = ((pc - self.host_fn_base) / 4) as usize;
        let ret = self.ar[0];
        let slot = if pc & 3 == 0 {
            self.host_fns.get_mut(idx)
        } else {
            None
        };
        let Some(slot) = slot else {
            return Err(self.raise(Fault {
                cause: cause::INSTR_PIF_ADDR_ERROR,
                vaddr: pc,
            }));
        };
        let Some(mut f) = slot.take() else {
            return Err(SimError::Host(format!(
                "host function 0x{pc:08x} re-entered"
            )));
        };
        let r = f(self);
        self.host_fns[idx] = Some(f);
        r?;
        self.pc = ret;
        Ok(())
    }
}
