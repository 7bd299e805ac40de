//! A backend that prints each machine operation symbolically, one per line: golden tests of
//! the generator that do not depend on any instruction set, and a check that the `Backend`
//! trait says everything the generator needs (nothing else can leak through it).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::backend::{Alu, Backend, Cond, Width};
use super::helpers::Helper;

#[derive(Default)]
pub struct TextBackend {
    pub out: String,
    labels: usize,
}

pub type Reg = &'static str;

impl TextBackend {
    pub fn new() -> TextBackend {
        TextBackend::default()
    }

    fn line(&mut self, s: String) {
        self.out.push_str("    ");
        self.out.push_str(&s);
        self.out.push('\n');
    }

    /// The lines printed so far.
    pub fn lines(&self) -> Vec<&str> {
        self.out.lines().collect()
    }
}

impl Backend for TextBackend {
    type Reg = Reg;
    type Label = usize;

    const WORD_BYTES: usize = 8;
    const RET: Reg = "ret";
    const ARGS: [Reg; 4] = ["a0", "a1", "a2", "a3"];
    const TEMPS: [Reg; 3] = ["t0", "t1", "t2"];
    const CTX: Reg = "ctx";
    const FRAME: Reg = "frame";
    const HELPERS: Reg = "helpers";

    fn new_label(&mut self) -> usize {
        self.labels += 1;
        self.labels - 1
    }

    fn bind(&mut self, l: usize) {
        let _ = writeln!(self.out, "L{l}:");
    }

    fn prologue(&mut self) {
        self.line(String::from("prologue"));
    }

    fn epilogue(&mut self) {
        self.line(String::from("epilogue"));
    }

    fn load(&mut self, dst: Reg, base: Reg, word: usize) {
        self.line(format!("load {dst}, [{base}+{word}]"));
    }

    fn store(&mut self, src: Reg, base: Reg, word: usize) {
        self.line(format!("store [{base}+{word}], {src}"));
    }

    fn load_u8(&mut self, dst: Reg, base: Reg, byte: usize) {
        self.line(format!("load.u8 {dst}, [{base}+{byte}b]"));
    }

    fn load_imm(&mut self, dst: Reg, imm: usize) {
        self.line(format!("li {dst}, {imm:#x}"));
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        self.line(format!("mov {dst}, {src}"));
    }

    fn add_imm(&mut self, dst: Reg, src: Reg, imm: isize) {
        self.line(format!("addi {dst}, {src}, {imm}"));
    }

    fn alu(&mut self, op: Alu, dst: Reg, a: Reg, b: Reg) {
        self.line(format!("{} {dst}, {a}, {b}", op.name()));
    }

    fn load_indexed(&mut self, w: Width, dst: Reg, base: Reg, index: Reg) {
        let n = 8 * w.bytes();
        self.line(format!("ld{n} {dst}, [{base} + {index} * {}]", w.bytes()));
    }

    fn store_indexed(&mut self, w: Width, src: Reg, base: Reg, index: Reg) {
        let n = 8 * w.bytes();
        self.line(format!("st{n} {src}, [{base} + {index} * {}]", w.bytes()));
    }

    fn add_or_branch(&mut self, dst: Reg, a: Reg, b: Reg, overflow: usize) {
        self.line(format!("add.ov {dst}, {a}, {b} -> L{overflow}"));
    }

    fn sub_or_branch(&mut self, dst: Reg, a: Reg, b: Reg, overflow: usize) {
        self.line(format!("sub.ov {dst}, {a}, {b} -> L{overflow}"));
    }

    fn call_helper(&mut self, index: usize) {
        let name = Helper::ALL.get(index).map_or("?", |h| h.name());
        self.line(format!("call {name}"));
    }

    fn jump(&mut self, l: usize) {
        self.line(format!("j L{l}"));
    }

    fn jump_cmp(&mut self, c: Cond, a: Reg, b: Reg, l: usize) {
        self.line(format!("b{} {a}, {b}, L{l}", c.name()));
    }

    fn jump_cmp_imm(&mut self, c: Cond, a: Reg, imm: usize, l: usize) {
        self.line(format!("b{}i {a}, {imm:#x}, L{l}", c.name()));
    }

    fn jump_if_zero(&mut self, r: Reg, l: usize) {
        self.line(format!("beqz {r}, L{l}"));
    }

    fn jump_if_nonzero(&mut self, r: Reg, l: usize) {
        self.line(format!("bnez {r}, L{l}"));
    }

    fn jump_if_bit_clear(&mut self, r: Reg, bit: u32, l: usize) {
        self.line(format!("bbc {r}, {bit}, L{l}"));
    }

    fn jump_reg(&mut self, r: Reg) {
        self.line(format!("jr {r}"));
    }
}

#[cfg(test)]
mod tests;
