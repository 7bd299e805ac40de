//! The interpreter: executes one decoded instruction.

use super::decode::{Insn, Op, B4CONST, B4CONSTU};
use super::mem::{cause, Fault};
use super::{sr, Cpu};

/// What an instruction asks the run loop to do besides advancing.
pub(crate) enum Event {
    /// An exception: EXCCAUSE and EXCVADDR.
    Exception(Fault),
    /// `break`/`break.n` with its two immediates.
    Break(u32, u32),
    /// `simcall`.
    Simcall,
    /// `waiti`.
    Waiti,
}

/// Extra cycles in the cycle estimate (see [`Cpu::cycles`]).
pub const EXTRA_CYCLES_TAKEN_BRANCH: u64 = 2;
/// Extra cycles for any load (incl. `l32r`): a rough load-use interlock.
pub const EXTRA_CYCLES_LOAD: u64 = 1;
/// Extra cycles for `mull`.
pub const EXTRA_CYCLES_MULL: u64 = 1;

#[inline]
fn nsa(x: u32) -> u32 {
    let y = if (x as i32) < 0 { !x } else { x };
    if y == 0 {
        31
    } else {
        y.leading_zeros() - 1
    }
}

impl Cpu {
    /// Execute `i` located at `self.pc`. On success `self.pc` is the next pc.
    #[inline(always)]
    pub(crate) fn exec(&mut self, i: Insn) -> Result<(), Event> {
        let pc = self.pc;
        let a = (i.a & 15) as usize;
        let b = (i.b & 15) as usize;
        let c = (i.c & 15) as usize;
        let next = pc.wrapping_add(i.len as u32);
        let ar = &mut self.ar;
        macro_rules! set {
            ($v:expr) => {{
                let v = $v;
                ar[a] = v;
            }};
        }
        macro_rules! branch {
            ($cond:expr) => {{
                if $cond {
                    self.pc = pc.wrapping_add(i.imm);
                    self.cycles += EXTRA_CYCLES_TAKEN_BRANCH;
                } else {
                    self.pc = next;
                }
                return Ok(());
            }};
        }
        macro_rules! load {
            ($size:expr) => {{
                let addr = ar[b].wrapping_add(i.imm);
                self.cycles += EXTRA_CYCLES_LOAD;
                self.mem.load(addr, $size).map_err(Event::Exception)?
            }};
        }
        macro_rules! store {
            ($size:expr) => {{
                let addr = ar[b].wrapping_add(i.imm);
                let v = ar[a];
                self.mem.store(addr, $size, v).map_err(Event::Exception)?
            }};
        }
        match i.op {
            Op::Add => set!(ar[b].wrapping_add(ar[c])),
            Op::Addx2 => set!((ar[b] << 1).wrapping_add(ar[c])),
            Op::Addx4 => set!((ar[b] << 2).wrapping_add(ar[c])),
            Op::Addx8 => set!((ar[b] << 3).wrapping_add(ar[c])),
            Op::Sub => set!(ar[b].wrapping_sub(ar[c])),
            Op::Subx2 => set!((ar[b] << 1).wrapping_sub(ar[c])),
            Op::Subx4 => set!((ar[b] << 2).wrapping_sub(ar[c])),
            Op::Subx8 => set!((ar[b] << 3).wrapping_sub(ar[c])),
            Op::And => set!(ar[b] & ar[c]),
            Op::Or => set!(ar[b] | ar[c]),
            Op::Xor => set!(ar[b] ^ ar[c]),
            Op::Mull => {
                self.cycles += EXTRA_CYCLES_MULL;
                set!(ar[b].wrapping_mul(ar[c]))
            }
            Op::Mul16u => set!((ar[b] & 0xffff) * (ar[c] & 0xffff)),
            Op::Mul16s => set!(((ar[b] as i16 as i32) * (ar[c] as i16 as i32)) as u32),
            Op::Src => {
                let v = ((ar[b] as u64) << 32 | ar[c] as u64) >> self.sar;
                set!(v as u32)
            }
            Op::Moveqz => {
                if ar[c] == 0 {
                    set!(ar[b])
                }
            }
            Op::Movnez => {
                if ar[c] != 0 {
                    set!(ar[b])
                }
            }
            Op::Movltz => {
                if (ar[c] as i32) < 0 {
                    set!(ar[b])
                }
            }
            Op::Movgez => {
                if (ar[c] as i32) >= 0 {
                    set!(ar[b])
                }
            }
            Op::Neg => set!(ar[b].wrapping_neg()),
            Op::Abs => set!((ar[b] as i32).wrapping_abs() as u32),
            Op::Srl => set!(((ar[b] as u64) >> self.sar) as u32),
            Op::Sra => set!(((ar[b] as i32 as i64) >> self.sar) as u32),
            // Matches QEMU: shift left by (32 - SAR) mod 64 as a 64-bit value.
            Op::Sll => set!(((ar[b] as u64) << (32u32.wrapping_sub(self.sar) & 63)) as u32),
            Op::Nsa => set!(nsa(ar[b])),
            Op::Nsau => set!(ar[b].leading_zeros()),
            Op::Slli => set!(((ar[b] as u64) << i.imm) as u32),
            Op::Srai => set!(((ar[b] as i32) >> i.imm) as u32),
            Op::Srli => set!(ar[b] >> i.imm),
            Op::Extui => set!((ar[b] >> i.c) & i.imm),
            Op::Ssr => self.sar = ar[b] & 31,
            Op::Ssl => self.sar = 32 - (ar[b] & 31),
            Op::Ssa8l => self.sar = (ar[b] & 3) << 3,
            Op::Ssa8b => self.sar = 32 - ((ar[b] & 3) << 3),
            Op::Ssai => self.sar = i.imm,
            Op::Rsr => {
                let v = self.read_sr(i.imm).ok_or(ILLEGAL)?;
                self.ar[a] = v;
            }
            Op::Wsr => {
                let v = self.ar[a];
                self.write_sr(i.imm, v).ok_or(ILLEGAL)?;
            }
            Op::Xsr => {
                let old = self.read_sr(i.imm).ok_or(ILLEGAL)?;
                let v = self.ar[a];
                self.write_sr(i.imm, v).ok_or(ILLEGAL)?;
                self.ar[a] = old;
            }
            Op::L8ui => set!(load!(1)),
            Op::L16ui => set!(load!(2)),
            Op::L16si => set!(load!(2) as u16 as i16 as i32 as u32),
            Op::L32i => set!(load!(4)),
            Op::S8i => store!(1),
            Op::S16i => store!(2),
            Op::S32i => store!(4),
            Op::L32r => {
                let addr = if self.litbase & 1 != 0 {
                    (self.litbase & !0xfff).wrapping_add(i.imm)
                } else {
                    (pc.wrapping_add(3) & !3).wrapping_add(i.imm)
                };
                self.cycles += EXTRA_CYCLES_LOAD;
                let v = self.mem.load(addr, 4).map_err(Event::Exception)?;
                self.ar[a] = v;
            }
            Op::Movi => set!(i.imm),
            Op::Addi => set!(ar[b].wrapping_add(i.imm)),
            Op::Beq => branch!(ar[a] == ar[b]),
            Op::Bne => branch!(ar[a] != ar[b]),
            Op::Blt => branch!((ar[a] as i32) < (ar[b] as i32)),
            Op::Bge => branch!((ar[a] as i32) >= (ar[b] as i32)),
            Op::Bltu => branch!(ar[a] < ar[b]),
            Op::Bgeu => branch!(ar[a] >= ar[b]),
            Op::Bany => branch!(ar[a] & ar[b] != 0),
            Op::Bnone => branch!(ar[a] & ar[b] == 0),
            Op::Ball => branch!(!ar[a] & ar[b] == 0),
            Op::Bnall => branch!(!ar[a] & ar[b] != 0),
            Op::Bbc => branch!(ar[a] >> (ar[b] & 31) & 1 == 0),
            Op::Bbs => branch!(ar[a] >> (ar[b] & 31) & 1 != 0),
            Op::Bbci => branch!(ar[a] >> i.c & 1 == 0),
            Op::Bbsi => branch!(ar[a] >> i.c & 1 != 0),
            Op::Beqi => branch!(ar[a] == B4CONST[c]),
            Op::Bnei => branch!(ar[a] != B4CONST[c]),
            Op::Blti => branch!((ar[a] as i32) < B4CONST[c] as i32),
            Op::Bgei => branch!((ar[a] as i32) >= B4CONST[c] as i32),
            Op::Bltui => branch!(ar[a] < B4CONSTU[c]),
            Op::Bgeui => branch!(ar[a] >= B4CONSTU[c]),
            Op::Beqz => branch!(ar[a] == 0),
            Op::Bnez => branch!(ar[a] != 0),
            Op::Bltz => branch!((ar[a] as i32) < 0),
            Op::Bgez => branch!((ar[a] as i32) >= 0),
            Op::J => branch!(true),
            Op::Jx => {
                self.pc = ar[a];
                self.cycles += EXTRA_CYCLES_TAKEN_BRANCH;
                return Ok(());
            }
            Op::Call0 => {
                ar[0] = next;
                self.pc = (pc & !3).wrapping_add(i.imm);
                self.cycles += EXTRA_CYCLES_TAKEN_BRANCH;
                return Ok(());
            }
            Op::Callx0 => {
                let target = ar[a];
                ar[0] = next;
                self.pc = target;
                self.cycles += EXTRA_CYCLES_TAKEN_BRANCH;
                return Ok(());
            }
            Op::Ret => {
                self.pc = ar[0];
                self.cycles += EXTRA_CYCLES_TAKEN_BRANCH;
                return Ok(());
            }
            Op::Nop => {}
            Op::Break => return Err(Event::Break(i.b as u32, i.c as u32)),
            Op::Syscall => {
                return Err(Event::Exception(Fault {
                    cause: cause::SYSCALL,
                    vaddr: 0,
                }))
            }
            Op::Simcall => return Err(Event::Simcall),
            Op::Rsil => {
                let old = self.ps;
                self.ps = (old & !0xf) | i.imm;
                self.ar[a] = old;
            }
            Op::Waiti => {
                self.ps = (self.ps & !0xf) | i.imm;
                return Err(Event::Waiti);
            }
            Op::Rfe => {
                self.ps &= !0x10;
                self.pc = self.sregs[sr::EPC1 as usize];
                return Ok(());
            }
            Op::Rfde => {
                self.pc = self.sregs[sr::DEPC as usize];
                return Ok(());
            }
            Op::Rfi => {
                let level = i.imm;
                self.ps = self.sregs[(sr::EPS2 + level - 2) as usize];
                self.pc = self.sregs[(sr::EPC1 + level - 1) as usize];
                return Ok(());
            }
            Op::Illegal | Op::NotDecoded => return Err(ILLEGAL),
        }
        self.pc = next;
        Ok(())
    }
}

const ILLEGAL: Event = Event::Exception(Fault {
    cause: cause::ILLEGAL_INSTRUCTION,
    vaddr: 0,
});
