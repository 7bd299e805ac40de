//! The machine operations the native code generator (`gen`) needs: what a backend for one
//! architecture implements. Deliberately small and RISC-shaped (registers, word loads and
//! stores at base + offset, immediates, compare-and-branch), so that a call0 Xtensa backend
//! (16 registers, `l32r` literal pools, range-limited branches, no flags) is as short as x86-64.
//!
//! Register roles (associated constants):
//! - `ARGS[0..4]`: the entry point's and every helper's arguments (ctx, then three words);
//! - `RET`: helper results and the value machine code returns;
//! - `TEMPS`: scratch registers distinct from `ARGS`, clobbered by helper calls;
//! - `CTX`, `FRAME`, `HELPERS`: callee-saved, set by the prologue: the `native::Ctx`, the
//!   frame's slot area, the helper table.
//!
//! A backend may use private scratch registers of its own inside one operation (e.g. to build
//! a large immediate or offset).

/// Word comparisons: signed, and unsigned (`…u`, for viper's `uint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Ltu,
    Leu,
    Gtu,
    Geu,
}

impl Cond {
    pub fn name(self) -> &'static str {
        [
            "eq", "ne", "lt", "le", "gt", "ge", "ltu", "leu", "gtu", "geu",
        ][self as usize]
    }

    /// The condition that holds when `self` does not.
    pub fn negate(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Le => Cond::Gt,
            Cond::Gt => Cond::Le,
            Cond::Ge => Cond::Lt,
            Cond::Ltu => Cond::Geu,
            Cond::Leu => Cond::Gtu,
            Cond::Gtu => Cond::Leu,
            Cond::Geu => Cond::Ltu,
        }
    }

    /// The unsigned condition with the same sense.
    pub fn unsigned(self) -> Cond {
        match self {
            Cond::Lt => Cond::Ltu,
            Cond::Le => Cond::Leu,
            Cond::Gt => Cond::Gtu,
            Cond::Ge => Cond::Geu,
            c => c,
        }
    }
}

/// Two-operand word arithmetic, wrapping (shift counts are taken modulo the word size, as the
/// machines do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alu {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Shl,
    /// Logical shift right.
    Shr,
    /// Arithmetic shift right.
    Sar,
}

impl Alu {
    pub fn name(self) -> &'static str {
        ["add", "sub", "mul", "and", "or", "xor", "shl", "shr", "sar"][self as usize]
    }
}

/// The width of a viper pointer access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    W8,
    W16,
    W32,
}

impl Width {
    pub fn bytes(self) -> usize {
        [1, 2, 4][self as usize]
    }
}

pub trait Backend {
    type Reg: Copy + PartialEq + core::fmt::Debug;
    type Label: Copy;

    const WORD_BYTES: usize;
    const RET: Self::Reg;
    const ARGS: [Self::Reg; 4];
    const TEMPS: [Self::Reg; 3];
    const CTX: Self::Reg;
    const FRAME: Self::Reg;
    const HELPERS: Self::Reg;

    // ---- labels and position
    fn new_label(&mut self) -> Self::Label;
    /// Places `l` at the current position.
    fn bind(&mut self, l: Self::Label);
    /// A new label bound at the current position.
    fn here(&mut self) -> Self::Label {
        let l = self.new_label();
        self.bind(l);
        l
    }

    // ---- frame
    /// The entry point (`native::EntryFn`): saves the callee-saved registers, sets CTX, FRAME
    /// and HELPERS from `ARGS[0..3]` and jumps to the address in `ARGS[3]`.
    fn prologue(&mut self);
    /// Restores what the prologue saved and returns `RET` to the entry point's caller.
    fn epilogue(&mut self);

    // ---- data
    /// `dst = [base + word * WORD_BYTES]`
    fn load(&mut self, dst: Self::Reg, base: Self::Reg, word: usize);
    /// `[base + word * WORD_BYTES] = src`
    fn store(&mut self, src: Self::Reg, base: Self::Reg, word: usize);
    /// `dst = zero-extended byte at [base + byte]`
    fn load_u8(&mut self, dst: Self::Reg, base: Self::Reg, byte: usize);
    /// `dst = imm` for any word value.
    fn load_imm(&mut self, dst: Self::Reg, imm: usize);
    fn mov(&mut self, dst: Self::Reg, src: Self::Reg);
    /// `dst = src + imm`
    fn add_imm(&mut self, dst: Self::Reg, src: Self::Reg, imm: isize);
    /// `dst = a op b`.
    fn alu(&mut self, op: Alu, dst: Self::Reg, a: Self::Reg, b: Self::Reg);
    /// `dst = zero-extended [base + index * width]`
    fn load_indexed(&mut self, w: Width, dst: Self::Reg, base: Self::Reg, index: Self::Reg);
    /// `[base + index * width] = low bits of src`
    fn store_indexed(&mut self, w: Width, src: Self::Reg, base: Self::Reg, index: Self::Reg);
    /// `dst = a + b`, jumping to `overflow` when the signed sum does not fit a word (`dst` is
    /// then undefined; `a` and `b` are preserved as long as `dst` is neither).
    fn add_or_branch(&mut self, dst: Self::Reg, a: Self::Reg, b: Self::Reg, overflow: Self::Label);
    /// `dst = a - b`, jumping to `overflow` on signed overflow, as `add_or_branch`.
    fn sub_or_branch(&mut self, dst: Self::Reg, a: Self::Reg, b: Self::Reg, overflow: Self::Label);

    // ---- control
    /// Calls helper `index` of the table in HELPERS with `ARGS`; the result is in `RET`.
    /// Clobbers `ARGS`, `TEMPS` and `RET`.
    fn call_helper(&mut self, index: usize);
    fn jump(&mut self, l: Self::Label);
    fn jump_cmp(&mut self, c: Cond, a: Self::Reg, b: Self::Reg, l: Self::Label);
    fn jump_cmp_imm(&mut self, c: Cond, a: Self::Reg, imm: usize, l: Self::Label);
    fn jump_if_zero(&mut self, r: Self::Reg, l: Self::Label);
    fn jump_if_nonzero(&mut self, r: Self::Reg, l: Self::Label);
    /// Jumps when bit `bit` of `r` is 0.
    fn jump_if_bit_clear(&mut self, r: Self::Reg, bit: u32, l: Self::Label);
    /// Jumps to the address in `r`.
    fn jump_reg(&mut self, r: Self::Reg);
}
