//! The Xtensa LX106 backend of upy's native code generator: `upy_vm::native::backend::Backend`
//! on upy's own assembler (`upy_asm`), with the call0 ABI.
//!
//! Register roles: ARGS = a2..a5 (call0 arguments); RET = a10, copied from a2 after each
//! helper call (keeping the result apart from ARGS[0], which the generator reloads with CTX
//! before every call, as on x86-64); TEMPS = a6, a7, a8 (caller-saved); CTX, FRAME, HELPERS =
//! a12, a13, a14 (callee-saved, saved by the prologue with a0). Private scratch inside one
//! operation: a9, a11 and a0 (free in the body: the prologue saved the return address).
//!
//! Layout: `[literal pool][prologue][body]`. The pool comes first because `l32r` only reaches
//! backwards; it holds every constant that `movi` cannot (shared by value).
//!
//! Conditional branches are emitted in their short forms (`beqz.n` reaches 4..67 bytes
//! forward, `bnez`/`beqz` ±2 KiB, two-register branches ±128 bytes) and the assembler relaxes
//! each one that does not reach into the inverted branch over a `j` (±128 KiB), so the usual
//! path of an error check falls through. A function whose code outgrows `j` or `l32r` fails to
//! assemble and stays bytecode.

use upy_asm::{Assembler, Code, Label, Op, Reg};
use upy_vm::native::backend::{Alu, Backend, Cond, Width};

const SCRATCH: Reg = Reg::A9;
const SCRATCH2: Reg = Reg::A11;
/// Free inside the body (the return address is on the stack).
const SCRATCH3: Reg = Reg::A0;
/// Bytes of the stack frame: a0, a12, a13, a14 (16-byte aligned, as call0 requires).
const FRAME_BYTES: i32 = 16;

pub struct Xtensa {
    pub asm: Assembler,
    /// Bound where the prologue starts, after the literal pool.
    entry: Label,
}

/// Machine code from [`Xtensa::finish`].
pub struct Finished {
    pub code: Code,
    /// Offset of the prologue (the size of the literal pool before it).
    pub entry: usize,
}

impl Finished {
    /// Offset of label `l` from the start of the code.
    pub fn offset(&self, l: Label) -> Result<usize, String> {
        self.code
            .label_offset(l)
            .map(|o| o as usize)
            .ok_or_else(|| format!("xtensa: unbound label {l:?}"))
    }
}

impl Default for Xtensa {
    fn default() -> Self {
        Xtensa::new()
    }
}

impl Xtensa {
    pub fn new() -> Xtensa {
        let mut asm = Assembler::new(0);
        asm.set_relax(true);
        asm.pool_here();
        let entry = asm.here();
        Xtensa { asm, entry }
    }

    /// Lays the code out (for a 4-byte aligned address).
    pub fn finish(self) -> Result<Finished, String> {
        let code = self.asm.finish().map_err(|e| e.to_string())?;
        let entry = code.label_offset(self.entry).ok_or("no entry label")? as usize;
        Ok(Finished { code, entry })
    }

    fn op(&mut self, op: Op, args: &[i32]) {
        self.asm.emit(op, args);
    }

    fn branch(&mut self, op: Op, args: &[i32], target: Label) {
        self.asm.emit_branch(op, args, target);
    }

    fn rrr(&mut self, op: Op, r: Reg, s: Reg, t: Reg) {
        self.op(op, &[r.num().into(), s.num().into(), t.num().into()]);
    }

    fn rri(&mut self, op: Op, r: Reg, s: Reg, imm: i32) {
        self.op(op, &[r.num().into(), s.num().into(), imm]);
    }

    /// The branch on two registers taken when `c` holds (`>` and `<=` swap the operands).
    fn branch_if(&mut self, c: Cond, a: Reg, b: Reg, l: Label) {
        let (op, x, y) = match c {
            Cond::Eq => (Op::Beq, a, b),
            Cond::Ne => (Op::Bne, a, b),
            Cond::Lt => (Op::Blt, a, b),
            Cond::Ge => (Op::Bge, a, b),
            Cond::Le => (Op::Bge, b, a),
            Cond::Gt => (Op::Blt, b, a),
            Cond::Ltu => (Op::Bltu, a, b),
            Cond::Geu => (Op::Bgeu, a, b),
            Cond::Leu => (Op::Bgeu, b, a),
            Cond::Gtu => (Op::Bltu, b, a),
        };
        self.branch(op, &[x.num().into(), y.num().into()], l);
    }

    /// `reg = base + offset` in SCRATCH when `offset` is beyond an instruction's reach.
    fn address(&mut self, base: Reg, offset: usize) -> Reg {
        self.load_imm(SCRATCH, offset);
        self.rrr(Op::Add, SCRATCH, SCRATCH, base);
        SCRATCH
    }

    /// A load or store of `bytes` at `base + offset` through `op` (RRI8, offset scaled by
    /// `bytes`, at most 255 units).
    fn mem(&mut self, op: Op, r: Reg, base: Reg, offset: usize, bytes: usize) {
        if offset / bytes <= 255 {
            self.rri(op, r, base, offset as i32);
        } else {
            let a = self.address(base, offset);
            self.rri(op, r, a, 0);
        }
    }
}

impl Backend for Xtensa {
    type Reg = Reg;
    type Label = Label;

    const WORD_BYTES: usize = 4;
    const RET: Reg = Reg::A10;
    const ARGS: [Reg; 4] = [Reg::A2, Reg::A3, Reg::A4, Reg::A5];
    const TEMPS: [Reg; 3] = [Reg::A6, Reg::A7, Reg::A8];
    const CTX: Reg = Reg::A12;
    const FRAME: Reg = Reg::A13;
    const HELPERS: Reg = Reg::A14;

    fn new_label(&mut self) -> Label {
        self.asm.new_label()
    }

    fn bind(&mut self, l: Label) {
        self.asm.bind(l);
    }

    fn prologue(&mut self) {
        self.rri(Op::Addi, Reg::A1, Reg::A1, -FRAME_BYTES);
        for (k, r) in [Reg::A0, Reg::A12, Reg::A13, Reg::A14]
            .into_iter()
            .enumerate()
        {
            self.rri(Op::S32iN, r, Reg::A1, 4 * k as i32);
        }
        self.mov(Self::CTX, Self::ARGS[0]);
        self.mov(Self::FRAME, Self::ARGS[1]);
        self.mov(Self::HELPERS, Self::ARGS[2]);
        self.op(Op::Jx, &[Self::ARGS[3].num().into()]);
    }

    fn epilogue(&mut self) {
        self.mov(Reg::A2, Self::RET);
        for (k, r) in [Reg::A0, Reg::A12, Reg::A13, Reg::A14]
            .into_iter()
            .enumerate()
        {
            self.rri(Op::L32iN, r, Reg::A1, 4 * k as i32);
        }
        self.rri(Op::Addi, Reg::A1, Reg::A1, FRAME_BYTES);
        self.op(Op::RetN, &[]);
    }

    fn load(&mut self, dst: Reg, base: Reg, word: usize) {
        if word < 16 {
            self.rri(Op::L32iN, dst, base, 4 * word as i32);
        } else {
            self.mem(Op::L32i, dst, base, 4 * word, 4);
        }
    }

    fn store(&mut self, src: Reg, base: Reg, word: usize) {
        if word < 16 {
            self.rri(Op::S32iN, src, base, 4 * word as i32);
        } else {
            self.mem(Op::S32i, src, base, 4 * word, 4);
        }
    }

    fn load_u8(&mut self, dst: Reg, base: Reg, byte: usize) {
        self.mem(Op::L8ui, dst, base, byte, 1);
    }

    fn load_imm(&mut self, dst: Reg, imm: usize) {
        let v = imm as u32 as i32;
        if (-32..=95).contains(&v) {
            self.op(Op::MoviN, &[dst.num().into(), v]);
        } else if (-2048..=2047).contains(&v) {
            self.op(Op::Movi, &[dst.num().into(), v]);
        } else {
            let lit = self
                .asm
                .literal(upy_asm::Expr::constant(i64::from(v as u32)));
            self.branch(Op::L32r, &[dst.num().into()], lit);
        }
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        if dst != src {
            self.op(Op::MovN, &[dst.num().into(), src.num().into()]);
        }
    }

    fn add_imm(&mut self, dst: Reg, src: Reg, imm: isize) {
        match imm {
            0 => self.mov(dst, src),
            -128..=127 => self.rri(Op::Addi, dst, src, imm as i32),
            _ if imm % 256 == 0 && (-32768..=32512).contains(&imm) => {
                self.rri(Op::Addmi, dst, src, imm as i32)
            }
            _ => {
                self.load_imm(SCRATCH, imm as usize);
                self.rrr(Op::Add, dst, src, SCRATCH);
            }
        }
    }

    fn alu(&mut self, op: Alu, dst: Reg, a: Reg, b: Reg) {
        let (shift, sar) = match op {
            Alu::Add => return self.rrr(Op::Add, dst, a, b),
            Alu::Sub => return self.rrr(Op::Sub, dst, a, b),
            Alu::Mul => return self.rrr(Op::Mull, dst, a, b),
            Alu::And => return self.rrr(Op::And, dst, a, b),
            Alu::Or => return self.rrr(Op::Or, dst, a, b),
            Alu::Xor => return self.rrr(Op::Xor, dst, a, b),
            // The amount goes through SAR: `ssl` for left shifts, `ssr` for right ones (both
            // take the low five bits, so counts are modulo 32).
            Alu::Shl => (Op::Sll, Op::Ssl),
            Alu::Shr => (Op::Srl, Op::Ssr),
            Alu::Sar => (Op::Sra, Op::Ssr),
        };
        self.op(sar, &[b.num().into()]);
        self.op(shift, &[dst.num().into(), a.num().into()]);
    }

    fn load_indexed(&mut self, w: Width, dst: Reg, base: Reg, index: Reg) {
        let (scale, load) = match w {
            Width::W8 => (Op::Add, Op::L8ui),
            Width::W16 => (Op::Addx2, Op::L16ui),
            Width::W32 => (Op::Addx4, Op::L32i),
        };
        self.rrr(scale, SCRATCH, index, base);
        self.rri(load, dst, SCRATCH, 0);
    }

    fn store_indexed(&mut self, w: Width, src: Reg, base: Reg, index: Reg) {
        let (scale, store) = match w {
            Width::W8 => (Op::Add, Op::S8i),
            Width::W16 => (Op::Addx2, Op::S16i),
            Width::W32 => (Op::Addx4, Op::S32i),
        };
        self.rrr(scale, SCRATCH, index, base);
        self.rri(store, src, SCRATCH, 0);
    }

    fn add_or_branch(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        // The sum overflowed when its sign differs from both operands' signs.
        self.rrr(Op::Add, SCRATCH, a, b);
        self.rrr(Op::Xor, SCRATCH2, SCRATCH, a);
        self.rrr(Op::Xor, SCRATCH3, SCRATCH, b);
        self.rrr(Op::And, SCRATCH2, SCRATCH2, SCRATCH3);
        self.branch(Op::Bltz, &[SCRATCH2.num().into()], overflow);
        self.mov(dst, SCRATCH);
    }

    fn sub_or_branch(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        // The difference overflowed when the operands' signs differ and its sign differs
        // from `a`'s.
        self.rrr(Op::Sub, SCRATCH, a, b);
        self.rrr(Op::Xor, SCRATCH2, a, b);
        self.rrr(Op::Xor, SCRATCH3, a, SCRATCH);
        self.rrr(Op::And, SCRATCH2, SCRATCH2, SCRATCH3);
        self.branch(Op::Bltz, &[SCRATCH2.num().into()], overflow);
        self.mov(dst, SCRATCH);
    }

    fn call_helper(&mut self, index: usize) {
        self.mem(Op::L32i, SCRATCH3, Self::HELPERS, 4 * index, 4);
        self.op(Op::Callx0, &[SCRATCH3.num().into()]);
        self.mov(Self::RET, Reg::A2);
    }

    fn jump(&mut self, l: Label) {
        self.branch(Op::J, &[], l);
    }

    fn jump_cmp(&mut self, c: Cond, a: Reg, b: Reg, l: Label) {
        self.branch_if(c, a, b, l);
    }

    fn jump_cmp_imm(&mut self, c: Cond, a: Reg, imm: usize, l: Label) {
        match c {
            Cond::Eq if imm == 0 => self.jump_if_zero(a, l),
            Cond::Ne if imm == 0 => self.jump_if_nonzero(a, l),
            _ => {
                self.load_imm(SCRATCH, imm);
                self.jump_cmp(c, a, SCRATCH, l);
            }
        }
    }

    fn jump_if_zero(&mut self, r: Reg, l: Label) {
        self.branch(Op::BeqzN, &[r.num().into()], l);
    }

    fn jump_if_nonzero(&mut self, r: Reg, l: Label) {
        self.branch(Op::BnezN, &[r.num().into()], l);
    }

    fn jump_if_bit_clear(&mut self, r: Reg, bit: u32, l: Label) {
        self.branch(Op::Bbci, &[r.num().into(), bit as i32], l);
    }

    fn jump_reg(&mut self, r: Reg) {
        self.op(Op::Jx, &[r.num().into()]);
    }
}

#[cfg(test)]
mod tests;
