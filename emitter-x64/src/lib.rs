//! The x86-64 backend of upy's native code generator: `upy_vm::native::backend::Backend` on
//! `dynasmrt`, executable memory that is never writable and executable at once, and a
//! disassembly dump through `iced-x86`.
//!
//! Register roles (System V ABI): RET = rax; ARGS = rdi, rsi, rdx, rcx; TEMPS = r8, r9, r10;
//! r11 is this backend's private scratch (large immediates); the callee-saved CTX = rbx,
//! FRAME = r12, HELPERS = r13. The prologue pushes those three, which also leaves rsp 16-byte
//! aligned for helper calls. Every branch to a label uses the rel32 form, so code size never
//! depends on label positions (no relaxation needed; x86 has no range limits worth having).
//!
//! Memory: code is assembled into a `Vec`, copied into a fresh anonymous mapping which is then
//! made read+execute (`MutableBuffer::make_exec`); the mapping lives in the `NativeCode`'s
//! `owner` (see `upy_vm::native` for its lifetime).

// dynasm! expands dynamic register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use upy_vm::native::backend::{Alu, Backend, Cond, Width};
use upy_vm::native::helpers::Helper;
use upy_vm::native::{NativeCode, NativeCompiler};
use upy_vm::objects::func::CodeObj;

/// A general-purpose register by its hardware number (rax = 0 ... r15 = 15).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct R(pub u8);

pub const RAX: R = R(0);
pub const RCX: R = R(1);
pub const RDX: R = R(2);
pub const RBX: R = R(3);
pub const RSI: R = R(6);
pub const RDI: R = R(7);
pub const R8: R = R(8);
pub const R9: R = R(9);
pub const R10: R = R(10);
/// Private scratch.
pub const R11: R = R(11);
pub const R12: R = R(12);
pub const R13: R = R(13);

pub struct X64 {
    pub ops: VecAssembler<X64Relocation>,
}

impl Default for X64 {
    fn default() -> Self {
        X64::new()
    }
}

impl X64 {
    pub fn new() -> X64 {
        X64 {
            ops: VecAssembler::new(0),
        }
    }

    /// The finished code (labels resolved).
    pub fn finish(self) -> Result<Vec<u8>, String> {
        self.ops.finalize().map_err(|e| format!("{e:?}"))
    }

    fn disp(word: usize) -> i32 {
        i32::try_from(word * 8).expect("frame offset beyond 2 GiB")
    }

    fn jcc(&mut self, c: Cond, l: DynamicLabel) {
        match c {
            Cond::Eq => dynasm!(self.ops ; .arch x64 ; je =>l),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; jne =>l),
            Cond::Lt => dynasm!(self.ops ; .arch x64 ; jl =>l),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; jle =>l),
            Cond::Gt => dynasm!(self.ops ; .arch x64 ; jg =>l),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; jge =>l),
            Cond::Ltu => dynasm!(self.ops ; .arch x64 ; jb =>l),
            Cond::Leu => dynasm!(self.ops ; .arch x64 ; jbe =>l),
            Cond::Gtu => dynasm!(self.ops ; .arch x64 ; ja =>l),
            Cond::Geu => dynasm!(self.ops ; .arch x64 ; jae =>l),
        }
    }

    /// dst = a (skipped when equal).
    fn copy(&mut self, dst: R, a: R) {
        if dst != a {
            dynasm!(self.ops ; .arch x64 ; mov Rq(dst.0), Rq(a.0));
        }
    }
}

impl Backend for X64 {
    type Reg = R;
    type Label = DynamicLabel;

    const WORD_BYTES: usize = 8;
    const RET: R = RAX;
    const ARGS: [R; 4] = [RDI, RSI, RDX, RCX];
    const TEMPS: [R; 3] = [R8, R9, R10];
    const CTX: R = RBX;
    const FRAME: R = R12;
    const HELPERS: R = R13;

    fn new_label(&mut self) -> DynamicLabel {
        self.ops.new_dynamic_label()
    }

    fn bind(&mut self, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; =>l);
    }

    fn prologue(&mut self) {
        dynasm!(self.ops
            ; .arch x64
            ; push rbx
            ; push r12
            ; push r13
            ; mov rbx, rdi
            ; mov r12, rsi
            ; mov r13, rdx
            ; jmp rcx
        );
    }

    fn epilogue(&mut self) {
        dynasm!(self.ops
            ; .arch x64
            ; pop r13
            ; pop r12
            ; pop rbx
            ; ret
        );
    }

    fn load(&mut self, dst: R, base: R, word: usize) {
        let d = Self::disp(word);
        dynasm!(self.ops ; .arch x64 ; mov Rq(dst.0), QWORD [Rq(base.0) + d]);
    }

    fn store(&mut self, src: R, base: R, word: usize) {
        let d = Self::disp(word);
        dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base.0) + d], Rq(src.0));
    }

    fn load_u8(&mut self, dst: R, base: R, byte: usize) {
        let d = i32::try_from(byte).expect("byte offset beyond 2 GiB");
        dynasm!(self.ops ; .arch x64 ; movzx Rd(dst.0), BYTE [Rq(base.0) + d]);
    }

    fn load_imm(&mut self, dst: R, imm: usize) {
        if imm == 0 {
            dynasm!(self.ops ; .arch x64 ; xor Rd(dst.0), Rd(dst.0));
        } else if let Ok(v) = u32::try_from(imm) {
            dynasm!(self.ops ; .arch x64 ; mov Rd(dst.0), v as i32);
        } else if let Ok(v) = i32::try_from(imm as isize) {
            dynasm!(self.ops ; .arch x64 ; mov Rq(dst.0), v);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov Rq(dst.0), QWORD imm as i64);
        }
    }

    fn mov(&mut self, dst: R, src: R) {
        self.copy(dst, src);
    }

    fn add_imm(&mut self, dst: R, src: R, imm: isize) {
        match i32::try_from(imm) {
            Ok(0) => self.copy(dst, src),
            Ok(v) => dynasm!(self.ops ; .arch x64 ; lea Rq(dst.0), [Rq(src.0) + v]),
            Err(_) => {
                self.load_imm(R11, imm as usize);
                dynasm!(self.ops ; .arch x64 ; lea Rq(dst.0), [Rq(src.0) + Rq(R11.0)]);
            }
        }
    }

    fn alu(&mut self, op: Alu, dst: R, a: R, b: R) {
        if matches!(op, Alu::Shl | Alu::Shr | Alu::Sar) {
            // The count must be in cl: rcx is kept in r11 meanwhile (an operand that was in rcx
            // is read from there), and a result for rcx is computed in r11.
            let a = if a == RCX { R11 } else { a };
            dynasm!(self.ops ; .arch x64 ; mov r11, rcx);
            self.copy(RCX, if b == RCX { R11 } else { b });
            let work = if dst == RCX { R11 } else { dst };
            self.copy(work, a);
            match op {
                Alu::Shl => dynasm!(self.ops ; .arch x64 ; shl Rq(work.0), cl),
                Alu::Shr => dynasm!(self.ops ; .arch x64 ; shr Rq(work.0), cl),
                _ => dynasm!(self.ops ; .arch x64 ; sar Rq(work.0), cl),
            }
            dynasm!(self.ops ; .arch x64 ; mov rcx, r11);
            return;
        }
        if op == Alu::Sub && dst == b && dst != a {
            dynasm!(self.ops ; .arch x64 ; mov r11, Rq(a.0) ; sub r11, Rq(b.0) ; mov Rq(dst.0), r11);
            return;
        }
        // Commutative operations take their operands in either order.
        let (a, b) = if dst == b && op != Alu::Sub {
            (b, a)
        } else {
            (a, b)
        };
        self.copy(dst, a);
        match op {
            Alu::Add => dynasm!(self.ops ; .arch x64 ; add Rq(dst.0), Rq(b.0)),
            Alu::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(dst.0), Rq(b.0)),
            Alu::Mul => dynasm!(self.ops ; .arch x64 ; imul Rq(dst.0), Rq(b.0)),
            Alu::And => dynasm!(self.ops ; .arch x64 ; and Rq(dst.0), Rq(b.0)),
            Alu::Or => dynasm!(self.ops ; .arch x64 ; or Rq(dst.0), Rq(b.0)),
            _ => dynasm!(self.ops ; .arch x64 ; xor Rq(dst.0), Rq(b.0)),
        }
    }

    fn load_indexed(&mut self, w: Width, dst: R, base: R, index: R) {
        match w {
            Width::W8 => {
                dynasm!(self.ops ; .arch x64 ; movzx Rd(dst.0), BYTE [Rq(base.0) + Rq(index.0)])
            }
            Width::W16 => {
                dynasm!(self.ops ; .arch x64 ; movzx Rd(dst.0), WORD [Rq(base.0) + Rq(index.0) * 2])
            }
            Width::W32 => {
                dynasm!(self.ops ; .arch x64 ; mov Rd(dst.0), DWORD [Rq(base.0) + Rq(index.0) * 4])
            }
        }
    }

    fn store_indexed(&mut self, w: Width, src: R, base: R, index: R) {
        match w {
            Width::W8 => {
                dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(base.0) + Rq(index.0)], Rb(src.0))
            }
            Width::W16 => {
                dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(base.0) + Rq(index.0) * 2], Rw(src.0))
            }
            Width::W32 => {
                dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(base.0) + Rq(index.0) * 4], Rd(src.0))
            }
        }
    }

    fn add_or_branch(&mut self, dst: R, a: R, b: R, overflow: DynamicLabel) {
        let (a, b) = if dst == b { (b, a) } else { (a, b) };
        self.copy(dst, a);
        dynasm!(self.ops ; .arch x64 ; add Rq(dst.0), Rq(b.0) ; jo =>overflow);
    }

    fn sub_or_branch(&mut self, dst: R, a: R, b: R, overflow: DynamicLabel) {
        if dst == b && dst != a {
            dynasm!(self.ops
                ; .arch x64
                ; mov r11, Rq(a.0)
                ; sub r11, Rq(b.0)
                ; jo =>overflow
                ; mov Rq(dst.0), r11
            );
        } else {
            self.copy(dst, a);
            dynasm!(self.ops ; .arch x64 ; sub Rq(dst.0), Rq(b.0) ; jo =>overflow);
        }
    }

    fn call_helper(&mut self, index: usize) {
        let d = Self::disp(index);
        dynasm!(self.ops ; .arch x64 ; call QWORD [r13 + d]);
    }

    fn jump(&mut self, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; jmp =>l);
    }

    fn jump_cmp(&mut self, c: Cond, a: R, b: R, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), Rq(b.0));
        self.jcc(c, l);
    }

    fn jump_cmp_imm(&mut self, c: Cond, a: R, imm: usize, l: DynamicLabel) {
        match i32::try_from(imm as isize) {
            Ok(v) => dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), v),
            Err(_) => {
                self.load_imm(R11, imm);
                dynasm!(self.ops ; .arch x64 ; cmp Rq(a.0), r11);
            }
        }
        self.jcc(c, l);
    }

    fn jump_if_zero(&mut self, r: R, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; test Rq(r.0), Rq(r.0) ; jz =>l);
    }

    fn jump_if_nonzero(&mut self, r: R, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; test Rq(r.0), Rq(r.0) ; jnz =>l);
    }

    fn jump_if_bit_clear(&mut self, r: R, bit: u32, l: DynamicLabel) {
        if bit < 8 {
            let m = 1i8 << bit;
            dynasm!(self.ops ; .arch x64 ; test Rb(r.0), m ; jz =>l);
        } else {
            dynasm!(self.ops ; .arch x64 ; bt Rq(r.0), bit as i8 ; jnc =>l);
        }
    }

    fn jump_reg(&mut self, r: R) {
        dynasm!(self.ops ; .arch x64 ; jmp Rq(r.0));
    }
}

/// Copies `bytes` into fresh memory that is then made read+execute (never both writable and
/// executable).
pub fn make_executable(bytes: &[u8]) -> std::io::Result<dynasmrt::ExecutableBuffer> {
    let mut m = dynasmrt::mmap::MutableBuffer::new(bytes.len().max(1))?;
    m.set_len(bytes.len());
    m[..].copy_from_slice(bytes);
    m.make_exec()
}

/// The compiler a port installs in `Vm::native`.
#[derive(Default)]
pub struct X64Compiler {
    /// Print each compiled function's disassembly to stdout (`-X dump-native`).
    pub dump: bool,
}

impl NativeCompiler for X64Compiler {
    fn compile(&mut self, co: &CodeObj) -> Result<NativeCode, String> {
        let mut b = X64::new();
        let compiled = upy_vm::native::generate(&mut b, co)?;
        let labels = b.ops.labels();
        let offset = |l| {
            labels
                .resolve_dynamic(l)
                .map(|o| o.0)
                .map_err(|e| e.to_string())
        };
        let start = offset(compiled.start)?;
        let entries = compiled
            .entries
            .iter()
            .map(|&(pc, l)| Ok((pc, offset(l)?)))
            .collect::<Result<Vec<_>, String>>()?;
        let bytes = b.finish()?;
        let buf = make_executable(&bytes).map_err(|e| e.to_string())?;
        let base = buf.as_ptr() as usize;
        if self.dump {
            print!("{}", disassemble(&co.code().qualname, &bytes, base, start));
        }
        Ok(NativeCode {
            entry: base,
            start: base + start,
            entries: entries
                .into_iter()
                .map(|(pc, off)| (pc, base + off))
                .collect(),
            size: bytes.len(),
            owner: Box::new(buf),
        })
    }
}

/// Intel-syntax listing of `bytes` (loaded at `base`), helper calls annotated with names.
pub fn disassemble(name: &str, bytes: &[u8], base: usize, start: usize) -> String {
    use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter, OpKind, Register};
    let mut out = format!("native code for {name}: {} bytes\n", bytes.len());
    let mut dec = Decoder::with_ip(64, bytes, base as u64, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut text = String::new();
    for ins in &mut dec {
        text.clear();
        fmt.format(&ins, &mut text);
        let off = ins.ip() as usize - base;
        let mark = if off == start { " <start>" } else { "" };
        let mut note = String::new();
        if ins.mnemonic() == iced_x86::Mnemonic::Call
            && ins.op_count() == 1
            && ins.op0_kind() == OpKind::Memory
            && ins.memory_base() == Register::R13
        {
            let i = ins.memory_displacement64() as usize / 8;
            if let Some(h) = Helper::ALL.get(i) {
                note = format!("  ; {}", h.name());
            }
        }
        out.push_str(&format!("  {off:5x}: {text}{note}{mark}\n"));
    }
    out
}

#[cfg(test)]
mod tests;
