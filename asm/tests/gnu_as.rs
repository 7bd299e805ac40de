//! Byte-exact comparison with GNU `xtensa-lx106-elf-as --no-transform`, and
//! objdump agreement of our decoder, on random operands for every
//! instruction of the table.
//!
//! Each proptest case builds one source file with every instruction three
//! times (random operands, random number syntax), assembles it with our
//! text assembler and with GNU as, and requires identical `.text` bytes;
//! then `objdump -D` of the bytes must print exactly what our
//! `decode_at(..).display(..)` prints. Missing binutils make the test fail.

mod common;

use common::{gnu_as, objdump, require_tools};
use proptest::prelude::*;
use upy_asm::table::{Kind, Op, SpecialReg, SrAccess, B4CONST, B4CONSTU, SPECIAL_REGS, TABLE};
use upy_asm::{assemble, decode_at};

/// Code starts after this much padding so backward `call0`/`l32r`/`j`
/// targets stay at non-negative addresses (GNU as rejects negative ones).
const PREFIX: u32 = 600_000;

fn pick<T: Copy>(seed: u32, items: &[T]) -> T {
    items[seed as usize % items.len()]
}

/// A value in lo..=hi, biased towards the ends.
fn in_range(seed: u32, lo: i64, hi: i64) -> i64 {
    match seed % 8 {
        0 => lo,
        1 => hi,
        2 => (lo + 1).min(hi),
        3 => (hi - 1).max(lo),
        _ => lo + i64::from(seed >> 3) % (hi - lo + 1),
    }
}

fn num_text(v: i64, seed: u32) -> String {
    match (seed >> 20) % 3 {
        0 if v >= 0 => format!("0x{v:x}"),
        0 => format!("-0x{:x}", -v),
        1 if v > 0 => format!("({v} - 1 + 1)"),
        _ => format!("{v}"),
    }
}

fn sr_text(op: &str, access: SrAccess, seed: u32, reg: &str) -> String {
    let regs: Vec<&SpecialReg> = SPECIAL_REGS.iter().filter(|r| r.allows(access)).collect();
    let r = pick(seed, &regs);
    let name = r.display_name(access);
    match (seed >> 16) % 3 {
        0 if name.is_some() => format!("{op}.{} {reg}", name.unwrap()),
        1 if name.is_some() => format!("{op} {reg}, {}", name.unwrap()),
        _ => format!("{op} {reg}, {}", r.num),
    }
}

/// One instruction's source text, given its address.
fn inst_text(op: Op, seeds: [u32; 4], pc: u32) -> String {
    let row = op.row();
    let mut ops: Vec<String> = Vec::new();
    let mut shift = 0i64;
    for (i, kind) in row.operands.iter().enumerate() {
        let s = seeds[i];
        let pcrel = |lo: i64, hi: i64| {
            let d = in_range(s, lo, hi);
            if d >= 0 {
                format!(". + {d}")
            } else {
                format!(". - {}", -d)
            }
        };
        let t = match kind {
            Kind::R | Kind::S | Kind::T | Kind::St => {
                if s.is_multiple_of(7) && (s >> 8).is_multiple_of(2) {
                    "sp".to_string()
                } else {
                    format!("a{}", s % 16)
                }
            }
            Kind::Sr(access) => {
                return sr_text(row.mnemonic, *access, s, &ops[0]);
            }
            Kind::Simm8 => num_text(in_range(s, -128, 127), s),
            Kind::Simm8x256 => num_text(in_range(s, -128, 127) * 256, s),
            Kind::Uimm8 => num_text(in_range(s, 0, 255), s),
            Kind::Uimm8x2 => num_text(in_range(s, 0, 255) * 2, s),
            Kind::Uimm8x4 => num_text(in_range(s, 0, 255) * 4, s),
            Kind::Simm12 => num_text(in_range(s, -2048, 2047), s),
            Kind::Uimm4x4N => num_text(in_range(s, 0, 15) * 4, s),
            Kind::AddiN => {
                pick(s, &[-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]).to_string()
            }
            Kind::MoviN => num_text(in_range(s, -32, 95), s),
            Kind::SlliSa => in_range(s, 1, 32).to_string(),
            Kind::SraiSa | Kind::SsaiSa | Kind::BBit => in_range(s, 0, 31).to_string(),
            Kind::SrliSa | Kind::ImmS | Kind::ImmT => in_range(s, 0, 15).to_string(),
            Kind::ExtShift => {
                shift = in_range(s, 0, 31);
                shift.to_string()
            }
            Kind::ExtMask => in_range(s, 1, 16.min(32 - shift)).to_string(),
            Kind::B4Const => num_text(pick(s, &B4CONST).into(), s),
            Kind::B4ConstU => num_text(pick(s, &B4CONSTU).into(), s),
            Kind::Rel8 => pcrel(-124, 131),
            Kind::Rel12 => pcrel(-2044, 2051),
            Kind::Rel18 => pcrel(-131068, 131075),
            Kind::Rel6N => pcrel(4, 67),
            Kind::Call18 => {
                let base = i64::from((pc & !3) + 4);
                let k = in_range(s, -131072, 131071);
                format!("base + {}", base + 4 * k)
            }
            Kind::L32r => {
                let base = i64::from((pc + 3) & !3);
                let k = in_range(s, -65536, -1);
                format!("base + {}", base + 4 * k)
            }
        };
        ops.push(t);
    }
    if op == Op::Mov {
        // `mov` is the `or ar, as, as` alias.
        return format!("mov {}, {}", ops[0], ops[1]);
    }
    if ops.is_empty() {
        row.mnemonic.to_string()
    } else {
        format!("{} {}", row.mnemonic, ops.join(", "))
    }
}

/// Build a batch: every table row `reps` times (in a random order given by
/// the seeds), returns (source, list of (line text, offset)).
fn batch(seeds: &[(u32, [u32; 4])], reps: usize) -> (String, Vec<(String, u32)>) {
    let mut src = String::from(".text\nbase:\n");
    src += &format!(".space {PREFIX}\n");
    let mut pc = PREFIX;
    let mut lines = Vec::new();
    let n = TABLE.len() * reps;
    for (i, (perm, s)) in seeds.iter().enumerate().take(n) {
        let idx = (i + *perm as usize % 7) % TABLE.len();
        let op = TABLE[idx].op;
        let t = inst_text(op, *s, pc);
        src += &t;
        src.push('\n');
        lines.push((t, pc));
        pc += op.size() as u32;
    }
    (src, lines)
}

fn check_batch(seeds: &[(u32, [u32; 4])], reps: usize) {
    require_tools();
    let (src, lines) = batch(seeds, reps);
    assert!(lines.len() >= TABLE.len(), "batch too small");
    let ours = match assemble(&src) {
        Ok(c) => c.bytes,
        Err(e) => {
            let l = e.line as usize;
            panic!(
                "our assembler rejected: {e}\n  {}",
                src.lines().nth(l.wrapping_sub(1)).unwrap_or("")
            )
        }
    };
    let gnu = gnu_as(&src).unwrap_or_else(|e| panic!("GNU as rejected the batch:\n{e}"));
    if ours != gnu {
        for (t, pc) in &lines {
            let p = *pc as usize;
            let a = ours.get(p..p + 3);
            let b = gnu.get(p..p + 3);
            if a != b {
                panic!("first difference at 0x{p:x}: `{t}`: ours {a:02x?} GNU {b:02x?}");
            }
        }
        panic!("length differs: ours {} GNU {}", ours.len(), gnu.len());
    }
    // objdump agrees with our decoder on every instruction.
    let dis: std::collections::BTreeMap<usize, String> =
        objdump(&ours, PREFIX as usize).into_iter().collect();
    for (src_line, pc) in &lines {
        let addr = *pc as usize;
        let text = dis
            .get(&addr)
            .unwrap_or_else(|| panic!("objdump has no line at 0x{addr:x} for `{src_line}`"));
        let (inst, _) = decode_at(&ours[addr..], *pc)
            .unwrap_or_else(|| panic!("our decoder rejects `{src_line}`"));
        let mine = inst.display(*pc).to_string();
        assert_eq!(&mine, text, "disassembly of `{src_line}` at 0x{pc:x}");
    }
}

fn seeds_strategy(n: usize) -> impl Strategy<Value = Vec<(u32, [u32; 4])>> {
    proptest::collection::vec((any::<u32>(), any::<[u32; 4]>()), n)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn matches_gnu_as_and_objdump(seeds in seeds_strategy(TABLE.len() * 3)) {
        check_batch(&seeds, 3);
    }
}

/// Deterministic sweep of the operand edge values of every instruction.
#[test]
fn edge_values_match_gnu_as() {
    let mut seeds = Vec::new();
    for edge in 0..4u32 {
        for i in 0..TABLE.len() as u32 {
            let s = edge + 8 * (i.wrapping_mul(2654435761) % 1000);
            seeds.push((0, [edge, s, edge, edge]));
        }
    }
    check_batch(&seeds, 4);
}

/// The GNU assembler and ours reject the same out-of-range operands.
#[test]
fn both_reject_out_of_range() {
    require_tools();
    for bad in [
        "addi a2, a3, 128",
        "addi a2, a3, -129",
        "movi a2, 2048",
        "l32i a2, a3, 1024",
        "l32i a2, a3, 2",
        "slli a2, a3, 0",
        "srli a2, a3, 16",
        "extui a2, a3, 20, 16",
        "movi.n a2, 96",
        "movi.n a2, -33",
        "addi.n a2, a3, 16",
        "addi.n a2, a3, 0",
        "beqi a2, 9, .",
        "bltui a2, 1, .",
        "rsr a2, 4",
        "wsr a2, prid",
        "xsr a2, 226",
        "beqz.n a2, .",
        "beq a2, a3, . + 132",
        "beq a2, a3, . - 125",
        "add a16, a2, a3",
        "quou a2, a3, a4",
        "min a2, a3, a4",
        "entry a1, 32",
        "loop a2, .",
    ] {
        let src = format!(".text\n{bad}\n");
        assert!(gnu_as(&src).is_err(), "GNU as accepts `{bad}`");
        assert!(assemble(&src).is_err(), "we accept `{bad}`");
    }
}
