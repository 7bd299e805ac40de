//! The backend's instruction selection, checked two ways: the exact instructions of each
//! operation (decoded from the bytes), and the behaviour of small functions built from the
//! operations, run on the simulator over edge values against Rust's 32-bit arithmetic.

use super::*;
use crate::sim::{Cpu, DRAM_BASE, IRAM_BASE};

/// The instructions `emit` produces, one GNU-syntax line each (branch targets as offsets from
/// the start of the code, the literal pool first).
fn listing(emit: impl FnOnce(&mut Xtensa)) -> Vec<String> {
    let mut b = Xtensa::new();
    let first = b.here();
    emit(&mut b);
    let fin = b.finish().expect("assembles");
    let bytes = &fin.code.bytes;
    let mut out = Vec::new();
    let mut off = fin.offset(first).unwrap();
    while off < bytes.len() {
        let pc = off as u32;
        let (inst, len) = upy_asm::decode_at(&bytes[off..], pc).expect("decodes");
        out.push(inst.display(pc).to_string().replace('\t', " "));
        off += len;
    }
    out
}

#[test]
fn frame_entry_and_exit() {
    assert_eq!(
        listing(|b| b.prologue()),
        [
            "addi a1, a1, -16",
            "s32i.n a0, a1, 0",
            "s32i.n a12, a1, 4",
            "s32i.n a13, a1, 8",
            "s32i.n a14, a1, 12",
            "mov.n a12, a2",
            "mov.n a13, a3",
            "mov.n a14, a4",
            "jx a5",
        ]
    );
    assert_eq!(
        listing(|b| b.epilogue()),
        [
            "mov.n a2, a10",
            "l32i.n a0, a1, 0",
            "l32i.n a12, a1, 4",
            "l32i.n a13, a1, 8",
            "l32i.n a14, a1, 12",
            "addi a1, a1, 16",
            "ret.n",
        ]
    );
}

#[test]
fn frame_slots_by_offset() {
    assert_eq!(
        listing(|b| {
            b.load(Reg::A6, Reg::A13, 3);
            b.load(Reg::A6, Reg::A13, 200);
            b.store(Reg::A7, Reg::A13, 255);
            b.load(Reg::A6, Reg::A13, 256);
        }),
        [
            "l32i.n a6, a13, 12",
            "l32i a6, a13, 0x320",
            "s32i a7, a13, 0x3fc",
            "movi a9, 0x400",
            "add a9, a9, a13",
            "l32i a6, a9, 0",
        ]
    );
}

#[test]
fn immediates_by_size() {
    let lines = listing(|b| {
        b.load_imm(Reg::A6, 95);
        b.load_imm(Reg::A6, usize::MAX); // -1
        b.load_imm(Reg::A6, 2047);
        b.load_imm(Reg::A6, 0x1234_5678);
        b.add_imm(Reg::A6, Reg::A7, -128);
        b.add_imm(Reg::A6, Reg::A7, 0x1200);
        b.add_imm(Reg::A6, Reg::A7, 0x1234);
    });
    assert_eq!(
        lines[..3],
        ["movi.n a6, 95", "movi.n a6, -1", "movi a6, 0x7ff"]
    );
    assert!(lines[3].starts_with("l32r a6, "), "{}", lines[3]);
    assert_eq!(lines[4..6], ["addi a6, a7, -128", "addmi a6, a7, 0x1200"]);
    assert!(lines[6].starts_with("l32r a9, "), "{}", lines[6]);
    assert_eq!(lines[7], "add a6, a7, a9");
}

/// The mnemonics of `lines`.
fn ops(lines: &[String]) -> Vec<&str> {
    lines.iter().map(|l| l.split(' ').next().unwrap()).collect()
}

#[test]
fn helper_calls_and_branches() {
    let lines = listing(|b| {
        b.call_helper(7);
        let l = b.new_label();
        b.jump_cmp(Cond::Le, Reg::A2, Reg::A3, l);
        b.jump_if_zero(Reg::A10, l);
        b.jump_if_bit_clear(Reg::A2, 3, l);
        b.bind(l);
    });
    assert_eq!(
        lines[..3],
        ["l32i a0, a14, 28", "callx0 a0", "mov.n a10, a2"]
    );
    // Branches that reach stay short; `a <= b` is `b >= a`.
    assert_eq!(ops(&lines)[3..], ["bge", "beqz.n", "bbci"]);
    assert!(lines[3].starts_with("bge a3, a2, "), "{}", lines[3]);
}

#[test]
fn branches_beyond_reach_are_relaxed() {
    let lines = listing(|b| {
        let l = b.new_label();
        b.jump_cmp(Cond::Gt, Reg::A2, Reg::A3, l);
        b.jump_if_zero(Reg::A10, l);
        b.jump_if_bit_clear(Reg::A2, 3, l);
        // 3000 bytes: beyond `beqz`'s 2 KiB.
        for _ in 0..1500 {
            b.mov(Reg::A6, Reg::A7);
        }
        b.bind(l);
    });
    // Each becomes the inverted short branch over a `j`.
    assert_eq!(ops(&lines)[..6], ["bge", "j", "bnez", "j", "bbsi", "j"]);
    assert!(lines[0].starts_with("bge a3, a2, "), "{}", lines[0]);
}

/// A function `f(x, y)` built by `body` from the two frame words it loads into TEMPS[0..2],
/// leaving its result in RET; runs it for each pair.
fn run(body: impl Fn(&mut Xtensa, Reg, Reg), inputs: &[(u32, u32)]) -> Vec<u32> {
    let mut b = Xtensa::new();
    b.prologue();
    let start = b.here();
    let (x, y) = (Xtensa::TEMPS[0], Xtensa::TEMPS[1]);
    b.load(x, Xtensa::FRAME, 0);
    b.load(y, Xtensa::FRAME, 1);
    body(&mut b, x, y);
    b.epilogue();
    let fin = b.finish().expect("assembles");
    let mut cpu = Cpu::new_esp8266();
    cpu.load_code(IRAM_BASE, &fin.code.bytes);
    let entry = IRAM_BASE + fin.entry as u32;
    let start = IRAM_BASE + fin.offset(start).unwrap() as u32;
    inputs
        .iter()
        .map(|&(a, c)| {
            assert!(cpu.mem.write_u32(DRAM_BASE, a) && cpu.mem.write_u32(DRAM_BASE + 4, c));
            cpu.call(entry, &[0, DRAM_BASE, 0, start]).expect("runs")
        })
        .collect()
}

/// A reference implementation of an operation, and of a condition.
type WordFn = fn(u32, u32) -> u32;
type CondFn = fn(u32, u32) -> bool;

const EDGES: [u32; 12] = [
    0,
    1,
    2,
    3,
    31,
    32,
    0x7fff_ffff,
    0x8000_0000,
    0x8000_0001,
    0xffff_ffff,
    0xffff_fffe,
    0x1234_5678,
];

fn pairs() -> Vec<(u32, u32)> {
    EDGES
        .iter()
        .flat_map(|&a| EDGES.iter().map(move |&b| (a, b)))
        .collect()
}

#[test]
fn alu_matches_32_bit_arithmetic() {
    let ins = pairs();
    let cases: [(Alu, WordFn); 9] = [
        (Alu::Add, u32::wrapping_add),
        (Alu::Sub, u32::wrapping_sub),
        (Alu::Mul, u32::wrapping_mul),
        (Alu::And, |a, b| a & b),
        (Alu::Or, |a, b| a | b),
        (Alu::Xor, |a, b| a ^ b),
        (Alu::Shl, |a, b| a << (b % 32)),
        (Alu::Shr, |a, b| a >> (b % 32)),
        (Alu::Sar, |a, b| ((a as i32) >> (b % 32)) as u32),
    ];
    for (op, f) in cases {
        // Results in RET, and in place over the first operand.
        let got = run(|b, x, y| b.alu(op, Xtensa::RET, x, y), &ins);
        let got_in_place = run(
            |b, x, y| {
                b.alu(op, x, x, y);
                b.mov(Xtensa::RET, x);
            },
            &ins,
        );
        for (k, &(a, c)) in ins.iter().enumerate() {
            assert_eq!(got[k], f(a, c), "{op:?} {a:#x} {c:#x}");
            assert_eq!(got_in_place[k], f(a, c), "{op:?} in place {a:#x} {c:#x}");
        }
    }
}

#[test]
fn conditions_match_comparisons() {
    let ins = pairs();
    let conds: [(Cond, CondFn); 10] = [
        (Cond::Eq, |a, b| a == b),
        (Cond::Ne, |a, b| a != b),
        (Cond::Lt, |a, b| (a as i32) < b as i32),
        (Cond::Le, |a, b| (a as i32) <= b as i32),
        (Cond::Gt, |a, b| (a as i32) > b as i32),
        (Cond::Ge, |a, b| (a as i32) >= b as i32),
        (Cond::Ltu, |a, b| a < b),
        (Cond::Leu, |a, b| a <= b),
        (Cond::Gtu, |a, b| a > b),
        (Cond::Geu, |a, b| a >= b),
    ];
    for (c, f) in conds {
        let got = run(
            |b, x, y| {
                let yes = b.new_label();
                b.load_imm(Xtensa::RET, 1);
                b.jump_cmp(c, x, y, yes);
                b.load_imm(Xtensa::RET, 0);
                b.bind(yes);
            },
            &ins,
        );
        for (k, &(a, v)) in ins.iter().enumerate() {
            assert_eq!(got[k] == 1, f(a, v), "{c:?} {a:#x} {v:#x}");
        }
        // Against an immediate (the second operand as a constant).
        for &v in &EDGES {
            let got = run(
                |b, x, _| {
                    let yes = b.new_label();
                    b.load_imm(Xtensa::RET, 1);
                    b.jump_cmp_imm(c, x, v as usize, yes);
                    b.load_imm(Xtensa::RET, 0);
                    b.bind(yes);
                },
                &ins,
            );
            for (k, &(a, _)) in ins.iter().enumerate() {
                assert_eq!(got[k] == 1, f(a, v), "{c:?} {a:#x} imm {v:#x}");
            }
        }
    }
}

#[test]
fn overflow_checks_match_checked_arithmetic() {
    let ins = pairs();
    const OVERFLOW: u32 = 0xdead;
    type Emit = fn(&mut Xtensa, Reg, Reg, Reg, Label);
    type Checked = fn(i32, i32) -> Option<i32>;
    let cases: [(Emit, Checked); 2] = [
        (
            |b, d, x, y, l| b.add_or_branch(d, x, y, l),
            i32::checked_add,
        ),
        (
            |b, d, x, y, l| b.sub_or_branch(d, x, y, l),
            i32::checked_sub,
        ),
    ];
    for (emit, f) in cases {
        // Into a third register, and over each operand.
        for dst in 0..3 {
            let got = run(
                |b, x, y| {
                    let ovf = b.new_label();
                    let done = b.new_label();
                    let d = [Xtensa::TEMPS[2], x, y][dst];
                    emit(b, d, x, y, ovf);
                    b.mov(Xtensa::RET, d);
                    b.jump(done);
                    b.bind(ovf);
                    b.load_imm(Xtensa::RET, OVERFLOW as usize);
                    b.bind(done);
                },
                &ins,
            );
            for (k, &(a, c)) in ins.iter().enumerate() {
                let want = f(a as i32, c as i32).map_or(OVERFLOW, |v| v as u32);
                assert_eq!(got[k], want, "dst {dst}: {a:#x} {c:#x}");
            }
        }
    }
}

#[test]
fn indexed_access_by_width() {
    // x = byte offset of a buffer in the frame area, y = index.
    let widths = [(Width::W8, 1u32), (Width::W16, 2), (Width::W32, 4)];
    for (w, size) in widths {
        for index in [0u32, 1, 3] {
            let got = run(
                |b, x, y| {
                    b.load_imm(Xtensa::TEMPS[2], 0xa5c3_9681);
                    b.store_indexed(w, Xtensa::TEMPS[2], x, y);
                    b.load_indexed(w, Xtensa::RET, x, y);
                },
                &[(DRAM_BASE + 64, index)],
            );
            let mask = if size == 4 {
                u32::MAX
            } else {
                (1 << (8 * size)) - 1
            };
            assert_eq!(got[0], 0xa5c3_9681 & mask, "{w:?} [{index}]");
        }
    }
}

#[test]
fn far_branches_and_many_constants() {
    // A body far longer than a short branch reaches, with a literal per constant.
    let got = run(
        |b, x, _| {
            let out = b.new_label();
            b.mov(Xtensa::RET, x);
            b.jump_if_zero(x, out);
            for k in 0..3000usize {
                b.load_imm(Xtensa::TEMPS[2], 0x1000_0000 + k);
                b.alu(Alu::Add, Xtensa::RET, Xtensa::RET, Xtensa::TEMPS[2]);
            }
            b.bind(out);
        },
        &[(0, 0), (1, 0)],
    );
    let sum = (0..3000u32).fold(1u32, |s, k| s.wrapping_add(0x1000_0000 + k));
    assert_eq!(got, [0, sum]);
}
