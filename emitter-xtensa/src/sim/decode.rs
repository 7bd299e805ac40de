//! LX106 instruction decoder.
//!
//! [`decode`] turns a raw little-endian instruction word (24 bits, or 16 for
//! the code-density `.n` forms) into an [`Insn`] with normalised operands:
//! `a` is the destination register (or first source for stores/branches),
//! `b`/`c` are source registers or small fields, `imm` is a pre-scaled
//! immediate. Anything the LX106 configuration lacks decodes to
//! [`Op::Illegal`] (IllegalInstruction, EXCCAUSE 0, as on the real core).

/// Decoded operation. See each variant for operand use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(u8)]
pub enum Op {
    /// Predecode-cache sentinel; never produced by [`decode`].
    #[default]
    NotDecoded,
    /// Not an LX106 instruction (or `ill`/`ill.n`): EXCCAUSE 0.
    Illegal,
    // a = b op c
    Add,
    Addx2,
    Addx4,
    Addx8,
    Sub,
    Subx2,
    Subx4,
    Subx8,
    And,
    Or,
    Xor,
    Mull,
    Mul16u,
    Mul16s,
    /// a = funnel shift right of (b:c) by SAR.
    Src,
    /// if c == 0 { a = b }
    Moveqz,
    Movnez,
    Movltz,
    Movgez,
    // a = op(b)
    Neg,
    Abs,
    /// a = b >> SAR (logical).
    Srl,
    /// a = b >> SAR (arithmetic).
    Sra,
    /// a = b << (32 - SAR).
    Sll,
    Nsa,
    Nsau,
    /// a = b << imm
    Slli,
    /// a = b >> imm (arithmetic)
    Srai,
    /// a = b >> imm (logical)
    Srli,
    /// a = (b >> c) & imm
    Extui,
    /// SAR = b & 31
    Ssr,
    /// SAR = 32 - (b & 31)
    Ssl,
    Ssa8l,
    Ssa8b,
    /// SAR = imm
    Ssai,
    /// a = SR[imm]
    Rsr,
    /// SR[imm] = a
    Wsr,
    /// swap a and SR[imm]
    Xsr,
    // loads: a = mem[b + imm]; stores: mem[b + imm] = a
    L8ui,
    L16ui,
    L16si,
    L32i,
    S8i,
    S16i,
    S32i,
    /// a = mem32[((pc + 3) & !3) + imm] (imm negative), or LITBASE-relative.
    L32r,
    /// a = imm
    Movi,
    /// a = b + imm (addi, addmi, addi.n)
    Addi,
    // branches: target = pc + imm
    Beq,
    Bne,
    Blt,
    Bge,
    Bltu,
    Bgeu,
    Bany,
    Bnone,
    Ball,
    Bnall,
    /// branch if bit c (register value & 31) of a is clear
    Bbc,
    Bbs,
    /// branch if bit c (constant) of a is clear
    Bbci,
    Bbsi,
    /// compare a with B4CONST[c]
    Beqi,
    Bnei,
    Blti,
    Bgei,
    /// compare a with B4CONSTU[c]
    Bltui,
    Bgeui,
    Beqz,
    Bnez,
    Bltz,
    Bgez,
    /// pc = pc + imm
    J,
    /// pc = a
    Jx,
    /// a0 = pc + 3; pc = (pc & !3) + imm
    Call0,
    /// a0 = pc + 3; pc = a
    Callx0,
    /// pc = a0
    Ret,
    /// isync/rsync/esync/dsync/memw/extw/excw/nop/nop.n
    Nop,
    /// break b, c (or break.n b): debug exception
    Break,
    Syscall,
    Simcall,
    /// a = PS; PS.INTLEVEL = imm
    Rsil,
    /// PS.INTLEVEL = imm; wait for interrupt
    Waiti,
    /// return from exception: PS.EXCM = 0; pc = EPC1
    Rfe,
    /// return from double exception: pc = DEPC
    Rfde,
    /// return from interrupt level imm: PS = EPS[imm]; pc = EPC[imm]
    Rfi,
}

/// A decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Insn {
    /// Operation.
    pub op: Op,
    /// Length in bytes (2 or 3).
    pub len: u8,
    /// Destination (or value/tested) register.
    pub a: u8,
    /// Source register / field.
    pub b: u8,
    /// Source register / field.
    pub c: u8,
    /// Immediate (pre-scaled, sign-extended where applicable).
    pub imm: u32,
}

/// B4CONST table for `beqi/bnei/blti/bgei`.
pub const B4CONST: [u32; 16] = [
    -1i32 as u32,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    10,
    12,
    16,
    32,
    64,
    128,
    256,
];
/// B4CONSTU table for `bltui/bgeui`.
pub const B4CONSTU: [u32; 16] = [
    32768, 65536, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256,
];

#[inline]
fn sext(v: u32, bits: u32) -> u32 {
    (((v << (32 - bits)) as i32) >> (32 - bits)) as u32
}

#[inline]
fn mk(op: Op, len: u8, a: u32, b: u32, c: u32, imm: u32) -> Insn {
    Insn {
        op,
        len,
        a: a as u8,
        b: b as u8,
        c: c as u8,
        imm,
    }
}

/// Length in bytes of the instruction whose first byte is `b0`.
#[inline]
pub fn insn_len(b0: u8) -> u32 {
    if b0 & 0xf >= 8 {
        2
    } else {
        3
    }
}

/// Decode one instruction word (little-endian bytes packed into the low 24
/// bits; for narrow instructions only the low 16 bits are used).
pub fn decode(w: u32) -> Insn {
    let op0 = w & 0xf;
    let t = (w >> 4) & 0xf;
    let s = (w >> 8) & 0xf;
    let r = (w >> 12) & 0xf;
    let op1 = (w >> 16) & 0xf;
    let op2 = (w >> 20) & 0xf;
    let imm8 = (w >> 16) & 0xff;
    let n = (w >> 4) & 3;
    let m = (w >> 6) & 3;
    let ill3 = mk(Op::Illegal, 3, 0, 0, 0, 0);
    let ill2 = mk(Op::Illegal, 2, 0, 0, 0, 0);
    let rrr = |op| mk(op, 3, r, s, t, 0);
    match op0 {
        0 => match op1 {
            0 => match op2 {
                0 => match r {
                    0 => match (m, n) {
                        (2, 0) if s == 0 => mk(Op::Ret, 3, 0, 0, 0, 0),
                        (2, 2) => mk(Op::Jx, 3, s, 0, 0, 0),
                        (3, 0) => mk(Op::Callx0, 3, s, 0, 0, 0),
                        _ => ill3, // ill, retw, callx4/8/12, reserved
                    },
                    2 if s == 0 => match t {
                        0 | 1 | 2 | 3 | 8 | 12 | 13 | 15 => mk(Op::Nop, 3, 0, 0, 0, 0),
                        _ => ill3,
                    },
                    3 => match (t, s) {
                        (0, 0) => mk(Op::Rfe, 3, 0, 0, 0, 0),
                        (0, 2) => mk(Op::Rfde, 3, 0, 0, 0, 0),
                        (1, 2) | (1, 3) => mk(Op::Rfi, 3, 0, 0, 0, s),
                        _ => ill3,
                    },
                    4 => mk(Op::Break, 3, 0, s, t, 0),
                    5 => match (s, t) {
                        (0, 0) => mk(Op::Syscall, 3, 0, 0, 0, 0),
                        (1, 0) => mk(Op::Simcall, 3, 0, 0, 0, 0),
                        _ => ill3,
                    },
                    6 => mk(Op::Rsil, 3, t, 0, 0, s),
                    7 if t == 0 => mk(Op::Waiti, 3, 0, 0, 0, s),
                    _ => ill3, // movsp, any4/all4/any8/all8, reserved
                },
                1 => rrr(Op::And),
                2 => rrr(Op::Or),
                3 => rrr(Op::Xor),
                4 => match r {
                    0 if t == 0 => mk(Op::Ssr, 3, 0, s, 0, 0),
                    1 if t == 0 => mk(Op::Ssl, 3, 0, s, 0, 0),
                    2 if t == 0 => mk(Op::Ssa8l, 3, 0, s, 0, 0),
                    3 if t == 0 => mk(Op::Ssa8b, 3, 0, s, 0, 0),
                    4 if t & 0xe == 0 => mk(Op::Ssai, 3, 0, 0, 0, s | (t & 1) << 4),
                    14 => mk(Op::Nsa, 3, t, s, 0, 0),
                    15 => mk(Op::Nsau, 3, t, s, 0, 0),
                    _ => ill3, // rer, wer, rotw, reserved
                },
                6 => match s {
                    0 => mk(Op::Neg, 3, r, t, 0, 0),
                    1 => mk(Op::Abs, 3, r, t, 0, 0),
                    _ => ill3,
                },
                8 => rrr(Op::Add),
                9 => rrr(Op::Addx2),
                10 => rrr(Op::Addx4),
                11 => rrr(Op::Addx8),
                12 => rrr(Op::Sub),
                13 => rrr(Op::Subx2),
                14 => rrr(Op::Subx4),
                15 => rrr(Op::Subx8),
                _ => ill3, // TLB ops (no MMU), reserved
            },
            1 => match op2 {
                0 | 1 => mk(Op::Slli, 3, r, s, 0, 32 - ((op2 & 1) << 4 | t)),
                2 | 3 => mk(Op::Srai, 3, r, t, 0, (op2 & 1) << 4 | s),
                4 => mk(Op::Srli, 3, r, t, 0, s),
                6 => mk(Op::Xsr, 3, t, 0, 0, r << 4 | s),
                8 => rrr(Op::Src),
                9 if s == 0 => mk(Op::Srl, 3, r, t, 0, 0),
                10 if t == 0 => mk(Op::Sll, 3, r, s, 0, 0),
                11 if s == 0 => mk(Op::Sra, 3, r, t, 0, 0),
                12 => rrr(Op::Mul16u),
                13 => rrr(Op::Mul16s),
                _ => ill3, // accer, rfdo/rfdd (imp), reserved
            },
            2 => match op2 {
                8 => rrr(Op::Mull),
                _ => ill3, // boolean ops, muluh, mulsh, quou, quos, remu, rems
            },
            3 => match op2 {
                0 => mk(Op::Rsr, 3, t, 0, 0, r << 4 | s),
                1 => mk(Op::Wsr, 3, t, 0, 0, r << 4 | s),
                8 => rrr(Op::Moveqz),
                9 => rrr(Op::Movnez),
                10 => rrr(Op::Movltz),
                11 => rrr(Op::Movgez),
                _ => ill3, // sext, clamps, min/max(u), movf/movt, rur/wur
            },
            4 | 5 => {
                let mask = if op2 == 15 {
                    0xffff
                } else {
                    (1u32 << (op2 + 1)) - 1
                };
                mk(Op::Extui, 3, r, t, (op1 & 1) << 4 | s, mask)
            }
            _ => ill3, // cust0/1, FP, lsc4 (l32e/s32e), reserved
        },
        1 => mk(Op::L32r, 3, t, 0, 0, (0xffff_0000 | (w >> 8)) << 2),
        2 => match r {
            0 => mk(Op::L8ui, 3, t, s, 0, imm8),
            1 => mk(Op::L16ui, 3, t, s, 0, imm8 << 1),
            2 => mk(Op::L32i, 3, t, s, 0, imm8 << 2),
            4 => mk(Op::S8i, 3, t, s, 0, imm8),
            5 => mk(Op::S16i, 3, t, s, 0, imm8 << 1),
            6 => mk(Op::S32i, 3, t, s, 0, imm8 << 2),
            9 => mk(Op::L16si, 3, t, s, 0, imm8 << 1),
            10 => mk(Op::Movi, 3, t, 0, 0, sext(s << 8 | imm8, 12)),
            12 => mk(Op::Addi, 3, t, s, 0, sext(imm8, 8)),
            13 => mk(Op::Addi, 3, t, s, 0, sext(imm8, 8) << 8),
            _ => ill3, // cache ops (no caches), l32ai, s32c1i, s32ri, reserved
        },
        5 => match n {
            0 => mk(
                Op::Call0,
                3,
                0,
                0,
                0,
                (sext(w >> 6, 18) << 2).wrapping_add(4),
            ),
            _ => ill3, // call4/8/12
        },
        6 => {
            let off8 = sext(imm8, 8).wrapping_add(4);
            match n {
                0 => mk(Op::J, 3, 0, 0, 0, sext(w >> 6, 18).wrapping_add(4)),
                1 => {
                    let op = [Op::Beqz, Op::Bnez, Op::Bltz, Op::Bgez][m as usize];
                    mk(op, 3, s, 0, 0, sext(w >> 12, 12).wrapping_add(4))
                }
                2 => {
                    let op = [Op::Beqi, Op::Bnei, Op::Blti, Op::Bgei][m as usize];
                    mk(op, 3, s, 0, r, off8)
                }
                _ => match m {
                    2 => mk(Op::Bltui, 3, s, 0, r, off8),
                    3 => mk(Op::Bgeui, 3, s, 0, r, off8),
                    _ => ill3, // entry, bf/bt, loop/loopnez/loopgtz
                },
            }
        }
        7 => {
            let off8 = sext(imm8, 8).wrapping_add(4);
            let op = match r {
                0 => Op::Bnone,
                1 => Op::Beq,
                2 => Op::Blt,
                3 => Op::Bltu,
                4 => Op::Ball,
                5 => Op::Bbc,
                6 | 7 => return mk(Op::Bbci, 3, s, 0, (r & 1) << 4 | t, off8),
                8 => Op::Bany,
                9 => Op::Bne,
                10 => Op::Bge,
                11 => Op::Bgeu,
                12 => Op::Bnall,
                13 => Op::Bbs,
                _ => return mk(Op::Bbsi, 3, s, 0, (r & 1) << 4 | t, off8),
            };
            mk(op, 3, s, t, 0, off8)
        }
        8 => mk(Op::L32i, 2, t, s, 0, r << 2),
        9 => mk(Op::S32i, 2, t, s, 0, r << 2),
        10 => mk(Op::Add, 2, r, s, t, 0),
        11 => mk(Op::Addi, 2, r, s, 0, if t == 0 { u32::MAX } else { t }),
        12 => {
            if t & 8 == 0 {
                let v = (t & 7) << 4 | r;
                let v = if v >= 96 { v.wrapping_sub(128) } else { v };
                mk(Op::Movi, 2, s, 0, 0, v)
            } else {
                let op = if t & 4 == 0 { Op::Beqz } else { Op::Bnez };
                mk(op, 2, s, 0, 0, ((t & 3) << 4 | r) + 4)
            }
        }
        13 => match r {
            0 => mk(Op::Or, 2, t, s, s, 0), // mov.n at, as
            15 => match t {
                0 if s == 0 => mk(Op::Ret, 2, 0, 0, 0, 0),
                2 => mk(Op::Break, 2, 0, s, 0, 0),
                3 if s == 0 => mk(Op::Nop, 2, 0, 0, 0, 0),
                _ => ill2, // retw.n, ill.n, reserved
            },
            _ => ill2,
        },
        3 | 4 => ill3, // FP loads/stores (lsci), MAC16
        _ => ill2,     // reserved op0 14, 15
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Words below were produced with `xtensa-lx106-elf-as --no-transform`
    // and read back with `xtensa-lx106-elf-objdump -d`.
    #[test]
    fn decodes_known_words() {
        assert_eq!(decode(0xf25c), mk(Op::Movi, 2, 2, 0, 0, 95)); // movi.n a2, 95
        assert_eq!(decode(0x026c), mk(Op::Movi, 2, 2, 0, 0, -32i32 as u32)); // movi.n a2, -32
        assert_eq!(decode(0x342530), mk(Op::Extui, 3, 2, 3, 5, 15)); // extui a2, a3, 5, 4
        assert_eq!(decode(0x112390), mk(Op::Slli, 3, 2, 3, 0, 7)); // slli a2, a3, 7
        assert_eq!(decode(0x312130), mk(Op::Srai, 3, 2, 3, 0, 17)); // srai a2, a3, 17
        assert_eq!(decode(0x412930), mk(Op::Srli, 3, 2, 3, 0, 9)); // srli a2, a3, 9
        assert_eq!(decode(0x404110), mk(Op::Ssai, 3, 0, 0, 0, 17)); // ssai 17
        assert_eq!(decode(0x40e320), mk(Op::Nsa, 3, 2, 3, 0, 0)); // nsa a2, a3
        assert_eq!(decode(0x030320), mk(Op::Rsr, 3, 2, 0, 0, 3)); // rsr.sar a2
        assert_eq!(decode(0x13ea20), mk(Op::Wsr, 3, 2, 0, 0, 234)); // wsr.ccount a2
        assert_eq!(decode(0x005100).op, Op::Simcall);
        assert_eq!(decode(0x000000).op, Op::Illegal); // ill
        assert_eq!(decode(0x0005c0), mk(Op::Callx0, 3, 5, 0, 0, 0));
        assert_eq!(decode(0x0006a0), mk(Op::Jx, 3, 6, 0, 0, 0));
        assert_eq!(decode(0x000080).op, Op::Ret);
        assert_eq!(decode(0xf00d), mk(Op::Ret, 2, 0, 0, 0, 0)); // ret.n
        assert_eq!(decode(0xf06d).op, Op::Illegal); // ill.n
        assert_eq!(decode(0x0020c0).op, Op::Nop); // memw
                                                  // bbci a3, 17, 0x8 at 0x3c: offset 0x8 - 0x3c - 4 = -0x38
        assert_eq!(decode(0xc87317), mk(Op::Bbci, 3, 3, 0, 17, -0x34i32 as u32));
        // beqi a3, -1, 0x8 at 0x42
        assert_eq!(
            decode(0xc20326),
            mk(Op::Beqi, 3, 3, 0, 0, (0x8 - 0x42) as u32)
        );
        assert_eq!(decode(0x00a832), mk(Op::Movi, 3, 3, 0, 0, -2048i32 as u32));
        assert_eq!(decode(0xf439), mk(Op::S32i, 2, 3, 4, 0, 60)); // s32i.n a3, a4, 60
    }

    #[test]
    fn missing_options_are_illegal() {
        // Encodings from the Xtensa ISA manual (op0/op1/op2 fields).
        for w in [
            0xc23340u32, // quou a2, a3, a4 (op1=2, op2=12)
            0xf23340,    // rems
            0x432340,    // min a2, a3, a4 (op1=3, op2=4)
            0x232370,    // sext a2, a3, 7 (op1=3, op2=2)
            0x004136,    // entry a1, 32
            0x000090,    // retw
            0x0000d0,    // callx4 a0 (m=3, n=1)
            0x000015,    // call4
            0x000000,    // ill
        ] {
            assert_eq!(decode(w).op, Op::Illegal, "{w:06x}");
        }
    }
}
