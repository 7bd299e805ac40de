//! Backend unit tests: emitted bytes decoded by iced-x86 must be the intended instructions.

use super::*;
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

/// Intel syntax of each instruction `f` emits (branch targets as offsets).
fn emit(f: impl FnOnce(&mut X64)) -> Vec<String> {
    let mut b = X64::new();
    f(&mut b);
    let bytes = b.finish().unwrap();
    let mut dec = Decoder::with_ip(64, &bytes, 0, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    fmt.options_mut().set_space_after_operand_separator(true);
    let mut v = Vec::new();
    for ins in &mut dec {
        assert!(!ins.is_invalid(), "invalid encoding in {bytes:02x?}");
        let mut s = String::new();
        fmt.format(&ins, &mut s);
        v.push(s);
    }
    v
}

fn check(f: impl FnOnce(&mut X64), expected: &[&str]) {
    assert_eq!(emit(f), expected);
}

#[test]
fn loads_and_stores_address_frame_slots() {
    check(|b| b.load(R8, R12, 3), &["mov r8, [r12+18h]"]);
    check(|b| b.load(RAX, R12, 0), &["mov rax, [r12]"]);
    check(|b| b.store(RAX, R12, 300), &["mov [r12+960h], rax"]);
    check(|b| b.load(R9, R8, 1), &["mov r9, [r8+8]"]);
    check(|b| b.load_u8(R8, R8, 0), &["movzx r8d, byte ptr [r8]"]);
}

#[test]
fn immediates_pick_the_shortest_form() {
    check(|b| b.load_imm(RDI, 0), &["xor edi, edi"]);
    check(|b| b.load_imm(RSI, 0x16), &["mov esi, 16h"]);
    check(|b| b.load_imm(RSI, 0xffff_ffff), &["mov esi, 0FFFFFFFFh"]);
    check(
        |b| b.load_imm(RDX, -10isize as usize),
        &["mov rdx, 0FFFFFFFFFFFFFFF6h"],
    );
    check(
        |b| b.load_imm(R10, 0x1234_5678_9abc),
        &["mov r10, 123456789ABCh"],
    );
}

#[test]
fn arithmetic() {
    check(|b| b.add_imm(RSI, R12, 64), &["lea rsi, [r12+40h]"]);
    check(|b| b.add_imm(R9, RDX, -1), &["lea r9, [rdx-1]"]);
    check(
        |b| b.alu(Alu::And, R8, RDX, RCX),
        &["mov r8, rdx", "and r8, rcx"],
    );
    check(|b| b.alu(Alu::Or, R8, R8, RCX), &["or r8, rcx"]);
    check(|b| b.alu(Alu::Xor, RCX, R8, RCX), &["xor rcx, r8"]);
    check(|b| b.alu(Alu::Add, R9, R8, R9), &["add r9, r8"]);
    check(
        |b| b.alu(Alu::Mul, R8, R9, R10),
        &["mov r8, r9", "imul r8, r10"],
    );
    // Subtraction is not commutative: a destination equal to the right operand goes
    // through the scratch register.
    check(|b| b.alu(Alu::Sub, R8, R8, R9), &["sub r8, r9"]);
    check(
        |b| b.alu(Alu::Sub, R9, R8, R9),
        &["mov r11, r8", "sub r11, r9", "mov r9, r11"],
    );
    check(
        |b| {
            let l = b.new_label();
            b.add_or_branch(R8, R9, RCX, l);
            b.bind(l);
        },
        &["mov r8, r9", "add r8, rcx", "jo 000000000000000Ch"],
    );
    check(
        |b| {
            let l = b.new_label();
            b.sub_or_branch(R8, RDX, RCX, l);
            b.bind(l);
        },
        &["mov r8, rdx", "sub r8, rcx", "jo 000000000000000Ch"],
    );
}

#[test]
fn shifts_take_their_count_in_cl_and_preserve_rcx() {
    check(
        |b| b.alu(Alu::Shl, R8, R9, R10),
        &[
            "mov r11, rcx",
            "mov rcx, r10",
            "mov r8, r9",
            "shl r8, cl",
            "mov rcx, r11",
        ],
    );
    check(
        |b| b.alu(Alu::Sar, R8, R8, RCX),
        &["mov r11, rcx", "mov rcx, r11", "sar r8, cl", "mov rcx, r11"],
    );
    check(
        |b| b.alu(Alu::Shr, RCX, RCX, R8),
        &["mov r11, rcx", "mov rcx, r8", "shr r11, cl", "mov rcx, r11"],
    );
}

#[test]
fn shifts_compute_the_right_values() {
    // Run each combination of registers on real operands: rcx must be kept unless it is the
    // destination, and every operand must be read before it is overwritten.
    let regs = [R8, R9, RCX];
    for op in [Alu::Shl, Alu::Shr, Alu::Sar, Alu::Sub] {
        for &dst in &regs {
            for &a in &regs {
                for &c in &regs {
                    if a == c && op != Alu::Sub {
                        continue;
                    }
                    let (va, vc) = (-0x1_2345_6789_i64 as usize, 5usize);
                    let vals = |r: R| {
                        if r == a {
                            va
                        } else if r == c {
                            vc
                        } else {
                            77
                        }
                    };
                    let mut b = X64::new();
                    for &r in &regs {
                        b.load_imm(r, vals(r));
                    }
                    b.alu(op, dst, a, c);
                    // Return dst + 3 * (rcx unless dst is rcx) in rax.
                    b.mov(RAX, dst);
                    if dst != RCX {
                        b.load_imm(RDX, 3);
                        b.alu(Alu::Mul, RDX, RDX, RCX);
                        b.alu(Alu::Add, RAX, RAX, RDX);
                    }
                    dynasm!(b.ops ; .arch x64 ; ret);
                    let bytes = b.finish().unwrap();
                    let buf = make_executable(&bytes).unwrap();
                    // SAFETY: the code only uses caller-saved registers and returns.
                    let f: extern "C" fn() -> usize = unsafe { core::mem::transmute(buf.as_ptr()) };
                    let (x, y) = (vals(a), vals(c));
                    let expect = match op {
                        Alu::Shl => x.wrapping_shl(y as u32),
                        Alu::Shr => x.wrapping_shr(y as u32),
                        Alu::Sar => ((x as isize).wrapping_shr(y as u32)) as usize,
                        _ => x.wrapping_sub(y),
                    };
                    let rcx_after = if dst == RCX { 0 } else { vals(RCX) };
                    assert_eq!(
                        f(),
                        expect.wrapping_add(3 * rcx_after),
                        "{op:?} {dst:?} = {a:?}, {c:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn indexed_loads_zero_extend_and_stores_truncate() {
    check(
        |b| b.load_indexed(Width::W8, R8, R9, R10),
        &["movzx r8d, byte ptr [r9+r10]"],
    );
    check(
        |b| b.load_indexed(Width::W16, R8, R9, R10),
        &["movzx r8d, word ptr [r9+r10*2]"],
    );
    check(
        |b| b.load_indexed(Width::W32, R8, R9, R10),
        &["mov r8d, [r9+r10*4]"],
    );
    check(
        |b| b.store_indexed(Width::W8, R8, R9, R10),
        &["mov [r9+r10], r8b"],
    );
    check(
        |b| b.store_indexed(Width::W16, R8, R9, R10),
        &["mov [r9+r10*2], r8w"],
    );
    check(
        |b| b.store_indexed(Width::W32, RCX, R9, R10),
        &["mov [r9+r10*4], ecx"],
    );
}

#[test]
fn unsigned_conditions() {
    check(
        |b| {
            let l = b.new_label();
            b.jump_cmp(Cond::Ltu, R8, R9, l);
            b.jump_cmp(Cond::Geu, R8, R9, l);
            b.bind(l);
        },
        &[
            "cmp r8, r9",
            "jb 0000000000000012h",
            "cmp r8, r9",
            "jae 0000000000000012h",
        ],
    );
}

#[test]
fn calls_and_branches() {
    check(|b| b.call_helper(5), &["call qword ptr [r13+28h]"]);
    check(|b| b.call_helper(0), &["call qword ptr [r13]"]);
    check(
        |b| {
            let l = b.new_label();
            b.bind(l);
            b.jump_cmp(Cond::Lt, RDX, RCX, l);
            b.jump_cmp_imm(Cond::Eq, RAX, 0xe, l);
            b.jump_cmp_imm(Cond::Ne, RAX, usize::MAX - 9, l);
            b.jump_if_zero(RAX, l);
            b.jump_if_bit_clear(R8, 0, l);
            b.jump_reg(RAX);
        },
        &[
            "cmp rdx, rcx",
            "jl 0",
            "cmp rax, 0Eh",
            "je 0",
            "cmp rax, 0FFFFFFFFFFFFFFF6h",
            "jne 0",
            "test rax, rax",
            "je 0",
            "test r8b, 1",
            "je 0",
            "jmp rax",
        ],
    );
}

#[test]
fn prologue_saves_roles_and_jumps_to_target() {
    check(
        |b| {
            b.prologue();
            b.epilogue();
        },
        &[
            "push rbx",
            "push r12",
            "push r13",
            "mov rbx, rdi",
            "mov r12, rsi",
            "mov r13, rdx",
            "jmp rcx",
            "pop r13",
            "pop r12",
            "pop rbx",
            "ret",
        ],
    );
}

#[test]
fn executable_memory_runs() {
    // A function returning its first argument plus 5.
    let mut b = X64::new();
    b.add_imm(RAX, RDI, 5);
    dynasm!(b.ops ; .arch x64 ; ret);
    let bytes = b.finish().unwrap();
    let buf = make_executable(&bytes).unwrap();
    let f: extern "C" fn(usize) -> usize = unsafe { std::mem::transmute(buf.as_ptr()) };
    assert_eq!(f(37), 42);
}
