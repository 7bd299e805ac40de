//! Differential test: random LX106 instruction sequences run on QEMU's real
//! `lx106` core (`qemu-system-xtensa -M sim -cpu lx106`) and on our
//! simulator must end in the same state (a0..a15, SAR, a 128-byte data
//! buffer, exception cause/EPC/EXCVADDR).
//!
//! One ELF holds all sequences (one QEMU boot). Layout:
//! * `.entry` at 0x50000000 (reset vector): set a1, PS, call `c_main`.
//! * `.vectors` at 0x40000000: kernel/user/double exception vectors that dump
//!   the registers plus EXCCAUSE/EPC1/EXCVADDR and return to the C driver.
//! * `.seqs` at 0x40100000 (IRAM): `enter_seq`, `dump_normal`, then each
//!   sequence: literal pool, prologue (`seqN`: load a0), body (`seqN_body`
//!   .. `seqN_end`), epilogue (save a0 in EXCSAVE1, `j dump_normal`).
//! * C driver (`c_main`, in sysram 0x60000000): for each sequence copy its
//!   initial registers/SAR to `INIT` and its data to `DATA` (0x3FFE8000),
//!   call `enter_seq`, print `RES` + `DATA` in hex via semihosting.
//!
//! Register a15 always holds `DATA`; memory operands are formed as
//! `addi aX, a15, k` immediately followed by the access, so no random
//! pointer ever reaches memory. The simulator runs the same `.seqs` bytes
//! (from the linked ELF) from `seqN_body` to `seqN_end`.
//!
//! Needs Debian packages binutils-xtensa-lx106, gcc-xtensa-lx106 and
//! qemu-system-misc; fails (never skips) when they are missing.
//! Seed: `UPY_QEMU_SEED` (default fixed); count: `UPY_QEMU_SEQS`.

mod common;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::Command;
use std::sync::OnceLock;

use common::{run, TempDir};
use upy_emitter_xtensa::sim::{Cpu, Memory, RegionKind, SimError, DRAM_BASE, DRAM_SIZE};

const DATA: u32 = 0x3FFE_8000;
const DATA_LEN: usize = 128;
const SEQS_BASE: u32 = 0x4010_0000;
const NO_EXC: u32 = 0xffff_ffff;
/// Sequences per chunk (each chunk has its own literal pool and dump code).
const CHUNK: usize = 300;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u32) -> u32 {
        (self.next() >> 33) as u32 % n
    }
    fn range(&mut self, lo: i32, hi: i32) -> i32 {
        lo + self.below((hi - lo + 1) as u32) as i32
    }
    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }
    fn value(&mut self) -> u32 {
        match self.below(8) {
            0 => 0,
            1 => self.range(-4, 4) as u32,
            2 => [0x8000_0000, 0x7fff_ffff, 0xffff, 0x8000, 0xff, 0x80][self.below(6) as usize],
            3 => 1 << self.below(32),
            4 if self.chance(50) => self.below(256),
            4 => B4CONSTU[self.below(16) as usize]
                .wrapping_add(self.below(3))
                .wrapping_sub(1),
            5 => self.range(-70000, 70000) as u32,
            _ => self.next() as u32,
        }
    }
}

/// One generated sequence.
struct Seq {
    init: [u32; 17], // a0..a15, SAR
    data: [u8; DATA_LEN],
    body: Vec<String>, // items; a label may precede any item
    labels: Vec<(usize, String)>,
    literals: Vec<String>, // `.word` operands
    /// Known, documented divergence: QEMU does not trap 8/16-bit IRAM access.
    iram_byte_access: bool,
}

const B4CONST: [i32; 16] = [-1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256];
const B4CONSTU: [u32; 16] = [
    32768, 65536, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256,
];

fn gen_seq(rng: &mut Rng, idx: usize) -> Seq {
    let mut init = [0u32; 17];
    for v in init.iter_mut().take(15) {
        *v = rng.value();
    }
    init[15] = DATA;
    init[16] = rng.below(64);
    let mut data = [0u8; DATA_LEN];
    for b in data.iter_mut() {
        *b = rng.next() as u8;
    }
    let mut seq = Seq {
        init,
        data,
        body: vec![],
        labels: vec![],
        literals: vec![],
        iram_byte_access: false,
    };
    let n = rng.range(8, 40) as usize;
    let mut pending: Vec<(usize, String)> = vec![]; // (target item index, label)
    let mut nlabel = 0;
    for i in 0..n {
        let item = gen_item(rng, &mut seq, idx, i, n, &mut pending, &mut nlabel);
        seq.body.push(item);
    }
    for (at, l) in pending {
        seq.labels.push((at.min(n), l));
    }
    seq
}

fn gen_item(
    rng: &mut Rng,
    seq: &mut Seq,
    idx: usize,
    i: usize,
    n: usize,
    pending: &mut Vec<(usize, String)>,
    nlabel: &mut usize,
) -> String {
    let src = |rng: &mut Rng| format!("a{}", rng.below(16));
    let dst = |rng: &mut Rng| format!("a{}", rng.below(15));
    let (d, s, t) = (dst(rng), src(rng), src(rng));
    match rng.below(100) {
        0..=19 => {
            let op = [
                "add", "sub", "addx2", "addx4", "addx8", "subx2", "subx4", "subx8", "and", "or",
                "xor", "mull", "mul16u", "mul16s", "src", "add.n", "moveqz", "movnez", "movltz",
                "movgez",
            ][rng.below(20) as usize];
            format!("{op} {d}, {s}, {t}")
        }
        20..=27 => {
            let op = [
                "neg", "abs", "nsa", "nsau", "sll", "srl", "sra", "mov.n", "mov",
            ][rng.below(9) as usize];
            format!("{op} {d}, {s}")
        }
        28..=37 => match rng.below(8) {
            0 => format!("addi {d}, {s}, {}", rng.range(-128, 127)),
            1 => format!("addmi {d}, {s}, {}", rng.range(-128, 127) * 256),
            2 => format!(
                "addi.n {d}, {s}, {}",
                [-1, 1, 2, 7, 15][rng.below(5) as usize]
            ),
            3 => format!("movi {d}, {}", rng.range(-2048, 2047)),
            4 => format!("movi.n {d}, {}", rng.range(-32, 95)),
            5 => format!("slli {d}, {s}, {}", rng.range(1, 31)),
            6 => format!("srli {d}, {s}, {}", rng.range(0, 15)),
            _ => format!("srai {d}, {s}, {}", rng.range(0, 31)),
        },
        38..=41 => {
            let sh = rng.range(0, 31);
            let bits = rng.range(1, 16.min(32 - sh));
            format!("extui {d}, {s}, {sh}, {bits}")
        }
        42..=49 => match rng.below(8) {
            // QEMU (7.2, translate_srl/translate_sra) uses a 32-bit TCG shift
            // by SAR when SAR was set by ssl/ssa8b earlier in the same
            // translation block, so SAR = 32 leaves the value unshifted
            // there, while the ISA (and real hardware, and our simulator)
            // shift it out completely. A jump ends QEMU's translation block
            // and sidesteps that QEMU bug.
            0 | 3 => {
                let op = if rng.chance(50) { "ssl" } else { "ssa8b" };
                *nlabel += 1;
                format!("{op} {s}\nj .Ltb{idx}_{nlabel}\n.Ltb{idx}_{nlabel}:")
            }
            1 => format!("ssr {s}"),
            2 => format!("ssa8l {s}"),
            4 => format!("ssai {}", rng.below(32)),
            5 => format!("wsr {s}, sar"),
            6 => format!("rsr {d}, sar"),
            _ => format!("xsr {d}, sar"),
        },
        50..=69 => {
            // memory access through a fresh pointer into DATA
            let (op, size, narrow) = [
                ("l8ui", 1, false),
                ("l16ui", 2, false),
                ("l16si", 2, false),
                ("l32i", 4, false),
                ("l32i.n", 4, true),
                ("s8i", 1, false),
                ("s16i", 2, false),
                ("s32i", 4, false),
                ("s32i.n", 4, true),
            ][rng.below(9) as usize];
            let ptr = format!("a{}", rng.below(15));
            let unaligned = size > 1 && rng.chance(4);
            let mut k = rng.below(64) & !(size - 1);
            if unaligned {
                k += rng.range(1, size as i32 - 1) as u32;
            }
            let max_imm = (DATA_LEN as u32 - k - size) / size;
            let imm = rng.below(max_imm.min(if narrow { 15 } else { 255 }) + 1) * size;
            let reg = if op.starts_with('s') { s } else { d };
            format!("addi {ptr}, a15, {k}\n{op} {reg}, {ptr}, {imm}")
        }
        70..=74 => {
            seq.literals.push(format!("0x{:08x}", rng.value()));
            format!("l32r {d}, .Llit{idx}_{}", seq.literals.len() - 1)
        }
        75..=92 => {
            let far = rng.chance(20);
            let skip = if far {
                rng.range(2, 8)
            } else {
                rng.range(1, 4)
            } as usize;
            let label = format!(".Lb{idx}_{}", *nlabel);
            *nlabel += 1;
            let mut target = i + 1 + skip;
            let (s2, t2) = (src(rng), src(rng));
            let cond = match rng.below(9) {
                0 | 1 => {
                    let op = [
                        "beq", "bne", "blt", "bge", "bltu", "bgeu", "bany", "bnone", "ball",
                        "bnall", "bbc", "bbs",
                    ][rng.below(12) as usize];
                    format!("{op} {s2}, {t2}")
                }
                2 => format!(
                    "{} {s2}, {}",
                    ["bbci", "bbsi"][rng.below(2) as usize],
                    rng.below(32)
                ),
                3 | 4 => {
                    let op = ["beqi", "bnei", "blti", "bgei"][rng.below(4) as usize];
                    format!("{op} {s2}, {}", B4CONST[rng.below(16) as usize])
                }
                5 => {
                    let op = ["bltui", "bgeui"][rng.below(2) as usize];
                    format!("{op} {s2}, {}", B4CONSTU[rng.below(16) as usize])
                }
                6 => format!(
                    "{} {s2}",
                    ["beqz", "bnez", "bltz", "bgez"][rng.below(4) as usize]
                ),
                7 if i + 2 < n => {
                    // narrow branches must skip at least one instruction
                    target = (i + 2 + skip.min(4)).min(n - 1);
                    format!("{} {s2}", ["beqz.n", "bnez.n"][rng.below(2) as usize])
                }
                7 => format!("{} {s2}", ["beqz", "bnez"][rng.below(2) as usize]),
                _ => {
                    pending.push((i + 1 + skip, label.clone()));
                    return format!("j {label}");
                }
            };
            pending.push((target, label.clone()));
            format!("{cond}, {label}")
        }
        93 => ["nop", "nop.n", "memw"][rng.below(3) as usize].to_string(),
        94 => {
            // a bounded backward loop: counter in `d`, body avoids it and a15
            let k = *nlabel;
            *nlabel += 1;
            let mut body = String::new();
            for _ in 0..rng.range(1, 3) {
                let (x, y, z) = loop {
                    let x = format!("a{}", rng.below(15));
                    if x != d {
                        break (x, src(rng), src(rng));
                    }
                };
                let op = ["add", "xor", "addx2", "sub", "mull", "src"][rng.below(6) as usize];
                writeln!(body, "{op} {x}, {y}, {z}").unwrap();
            }
            format!("movi {d}, {}\n.Lloop{idx}_{k}:\n{body}addi {d}, {d}, -1\nbnez {d}, .Lloop{idx}_{k}", rng.range(1, 5))
        }
        95 => {
            // call0 / callx0 / jx to a local function that returns with ret/ret.n
            let k = *nlabel;
            *nlabel += 1;
            let f = format!(".Lfn{idx}_{k}");
            let after = format!(".Lafter{idx}_{k}");
            let ret = if rng.chance(50) { "ret" } else { "ret.n" };
            // never clobber a0 (the return address) inside the function
            let body = format!("addx4 a{}, {s}, {t}", rng.range(1, 14));
            match rng.below(3) {
                0 => format!("call0 {f}\nj {after}\n.align 4\n{f}:\n{body}\n{ret}\n{after}:"),
                1 => {
                    seq.literals.push(f.clone());
                    let n = seq.literals.len() - 1;
                    // the target register must not be clobbered before use
                    let r = format!("a{}", rng.range(2, 14));
                    format!("l32r {r}, .Llit{idx}_{n}\ncallx0 {r}\nj {after}\n{f}:\n{body}\n{ret}\n{after}:")
                }
                _ => {
                    seq.literals.push(after.clone());
                    let n = seq.literals.len() - 1;
                    let r = format!("a{}", rng.range(0, 14));
                    format!("l32r {r}, .Llit{idx}_{n}\njx {r}\n{body}\n{after}:")
                }
            }
        }
        96 if rng.chance(30) => {
            // an instruction the LX106 lacks (hand-encoded; `as` rejects it)
            let bytes = [
                [0x40, 0x23, 0xc2], // quou
                [0x40, 0x23, 0x43], // min
                [0x30, 0x23, 0x23], // sext
                [0x36, 0x41, 0x00], // entry
                [0x90, 0x00, 0x00], // retw
                [0x00, 0x00, 0x00], // ill
            ][rng.below(6) as usize];
            format!(".byte {}, {}, {}", bytes[0], bytes[1], bytes[2])
        }
        _ => format!("xor {d}, {s}, {t}"),
    }
}

/// Fixed sequences placed first: unaligned accesses (cause 9 in both), and
/// byte/halfword IRAM reads (QEMU does not trap them; we raise cause 3), a
/// jump to unmapped memory.
fn fixed_seqs(rng: &mut Rng) -> Vec<Seq> {
    let mut v = vec![];
    let bodies: [(&[&str], bool); 7] = [
        (&["addi a3, a15, 1", "l32i a2, a3, 0"], false),
        (&["addi a3, a15, 3", "l16ui a2, a3, 0"], false),
        (&["addi a3, a15, 2", "s32i a2, a3, 4"], false),
        (&["addi a3, a15, 5", "l16si a2, a3, 0"], false),
        (&["l32r a3, .Llit_iram", "l8ui a2, a3, 1"], true),
        (&["l32r a3, .Llit_iram", "l16ui a2, a3, 2"], true),
        // jump to unmapped memory: InstrPIFAddrError (14) in both
        (&["l32r a3, .Llit_unmapped", "jx a3"], false),
    ];
    for (k, (body, iram)) in bodies.iter().enumerate() {
        let mut s = gen_seq(rng, 10_000 + k);
        s.body = body.iter().map(|x| x.to_string()).collect();
        s.labels.clear();
        s.literals.clear();
        s.iram_byte_access = *iram;
        v.push(s);
    }
    v
}

fn harness_asm(seqs: &[Seq]) -> String {
    let mut a = String::new();
    let save_regs = |a: &mut String, base: &str| {
        for r in 1..16 {
            writeln!(a, "\ts32i a{r}, {base}, {}", 4 * r).unwrap();
        }
        writeln!(
            a,
            "\trsr a1, excsave1\n\ts32i a1, {base}, 0\n\trsr a1, sar\n\ts32i a1, {base}, 64"
        )
        .unwrap();
    };
    let restore = |a: &mut String, lit: &str| {
        writeln!(a, "\tl32r a3, {lit}").unwrap();
        writeln!(a, "\tl32i a0, a3, 0\n\tl32i a1, a3, 4").unwrap();
        for (k, r) in [12, 13, 14, 15].iter().enumerate() {
            writeln!(a, "\tl32i a{r}, a3, {}", 8 + 4 * k).unwrap();
        }
        writeln!(a, "\tret").unwrap();
    };
    // reset vector
    a.push_str(
        "\t.section .entry, \"ax\"\n\t.global _start\n_start:\n\tj 1f\n\t.align 4\n.Lmain: .word c_main\n\
         .Lstack: .word 0x60800000\n1:\tl32r a1, .Lstack\n\tmovi a0, 0x0f\n\twsr a0, ps\n\trsync\n\
         \tl32r a0, .Lmain\n\tcallx0 a0\n\tmovi a2, 1\n\tmovi a3, 0\n\tsimcall\n2:\tj 2b\n",
    );
    // exception vectors
    a.push_str("\t.section .vectors, \"ax\"\n");
    for (off, epc) in [(0x30, "epc1"), (0x50, "epc1"), (0x70, "depc")] {
        writeln!(a, "\t.org 0x{off:x}\n\twsr a0, excsave1\n\tj exc_{epc}").unwrap();
    }
    a.push_str("\t.org 0x80\n.Lres_v: .word RES\n.Lsave_v: .word SAVE\n");
    for (epc, flag) in [("epc1", 0), ("depc", 0x100)] {
        writeln!(a, "exc_{epc}:\n\tl32r a0, .Lres_v").unwrap();
        save_regs(&mut a, "a0");
        writeln!(
            a,
            "\trsr a1, exccause\n\taddmi a1, a1, {flag}\n\ts32i a1, a0, 68\n\trsr a1, {epc}\n\ts32i a1, a0, 72\n\
             \trsr a1, excvaddr\n\ts32i a1, a0, 76\n\tmovi a1, 0x0f\n\twsr a1, ps\n\trsync"
        )
        .unwrap();
        restore(&mut a, ".Lsave_v");
    }
    // sequences section
    a.push_str(
        "\t.section .seqs, \"ax\"\n\t.global seqs_start\nseqs_start:\n\t.align 4\n.Lres_s: .word RES\n\
         .Lsave_s: .word SAVE\n.Linit_s: .word INIT\n.Llit_iram: .word seqs_start\n.Llit_unmapped: .word 0x10000000\n\
         \t.global enter_seq\nenter_seq:\n\tl32r a3, .Lsave_s\n\ts32i a0, a3, 0\n\ts32i a1, a3, 4\n\
         \ts32i a12, a3, 8\n\ts32i a13, a3, 12\n\ts32i a14, a3, 16\n\ts32i a15, a3, 20\n\tmov a0, a2\n\
         \tl32r a1, .Linit_s\n\tl32i a2, a1, 64\n\twsr a2, sar\n",
    );
    for r in 2..16 {
        writeln!(a, "\tl32i a{r}, a1, {}", 4 * r).unwrap();
    }
    a.push_str("\tl32i a1, a1, 4\n\tjx a0\n");
    for (i, s) in seqs.iter().enumerate() {
        if i % CHUNK == 0 {
            // `j dump_normal` reaches only 128 KiB and `l32r` 256 KiB back:
            // give every chunk of sequences its own pool and dump routine.
            let c = i / CHUNK;
            writeln!(
                a,
                "\t.align 4\n.Lres_s{c}: .word RES\n.Lsave_s{c}: .word SAVE\n.Linit_s{c}: .word INIT\n\
                 dump_normal{c}:\n\tl32r a0, .Lres_s{c}"
            )
            .unwrap();
            save_regs(&mut a, "a0");
            a.push_str("\tmovi a1, -1\n\ts32i a1, a0, 68\n\tmovi a1, 0\n\ts32i a1, a0, 72\n\ts32i a1, a0, 76\n");
            restore(&mut a, &format!(".Lsave_s{c}"));
        }
        let c = i / CHUNK;
        writeln!(a, "\t.align 4").unwrap();
        for (k, lit) in s.literals.iter().enumerate() {
            writeln!(a, ".Llit{i}_{k}: .word {lit}").unwrap();
        }
        writeln!(
            a,
            "seq{i}:\n\tl32r a0, .Linit_s{c}\n\tl32i a0, a0, 0\nseq{i}_body:"
        )
        .unwrap();
        for (k, item) in s.body.iter().enumerate() {
            for (_, l) in s.labels.iter().filter(|(at, _)| *at == k) {
                writeln!(a, "{l}:").unwrap();
            }
            for line in item.lines() {
                writeln!(a, "\t{line}").unwrap();
            }
        }
        for (_, l) in s.labels.iter().filter(|(at, _)| *at >= s.body.len()) {
            writeln!(a, "{l}:").unwrap();
        }
        writeln!(a, "seq{i}_end:\n\twsr a0, excsave1\n\tj dump_normal{c}").unwrap();
    }
    // tables for the C driver
    writeln!(
        a,
        "\t.section .rodata\n\t.align 4\n\t.global seq_count, seq_entry, seq_init, seq_data"
    )
    .unwrap();
    writeln!(a, "seq_count: .word {}", seqs.len()).unwrap();
    a.push_str("seq_entry:\n");
    for i in 0..seqs.len() {
        writeln!(a, "\t.word seq{i}").unwrap();
    }
    a.push_str("seq_init:\n");
    for s in seqs {
        let w: Vec<String> = s.init.iter().map(|v| format!("0x{v:x}")).collect();
        writeln!(a, "\t.word {}", w.join(", ")).unwrap();
    }
    a.push_str("seq_data:\n");
    for s in seqs {
        let b: Vec<String> = s.data.iter().map(|v| v.to_string()).collect();
        writeln!(a, "\t.byte {}", b.join(", ")).unwrap();
    }
    a
}

const DRIVER_C: &str = r#"
extern const unsigned seq_count;
extern const unsigned seq_entry[];
extern const unsigned seq_init[];
extern const unsigned char seq_data[];
extern void enter_seq(unsigned entry);
unsigned INIT[17];
unsigned RES[20];
unsigned SAVE[6];
#define DATA ((volatile unsigned char *)0x3FFE8000)

static void sim_write(const char *p, unsigned n) {
    register unsigned a2 __asm__("a2") = 4;
    register unsigned a3 __asm__("a3") = 1;
    register const char *a4 __asm__("a4") = p;
    register unsigned a5 __asm__("a5") = n;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
}

static char line[2048];
static const char hex[] = "0123456789abcdef";

static char *put_hex(char *p, unsigned v) {
    *p++ = ' ';
    for (int k = 28; k >= 0; k -= 4) *p++ = hex[(v >> k) & 15];
    return p;
}

void c_main(void) {
    for (unsigned i = 0; i < seq_count; i++) {
        for (unsigned k = 0; k < 17; k++) INIT[k] = seq_init[i * 17 + k];
        for (unsigned k = 0; k < 128; k++) DATA[k] = seq_data[i * 128 + k];
        for (unsigned k = 0; k < 20; k++) RES[k] = 0xdeadbeef;
        enter_seq(seq_entry[i]);
        char *p = line;
        *p++ = 'R';
        p = put_hex(p, i);
        for (unsigned k = 0; k < 20; k++) p = put_hex(p, RES[k]);
        for (unsigned k = 0; k < 128; k += 4)
            p = put_hex(p, DATA[k] | DATA[k + 1] << 8 | DATA[k + 2] << 16 | (unsigned)DATA[k + 3] << 24);
        *p++ = '\n';
        sim_write(line, p - line);
    }
    sim_write("DONE\n", 5);
}
"#;

/// Final state of one sequence: 20 result words + 32 data words.
type State = Vec<u32>;

struct Outcome {
    seqs: Vec<Seq>,
    qemu: Vec<State>,
    sim: Vec<State>,
    asm: String,
}

fn build_and_run(seqs: Vec<Seq>) -> Outcome {
    let gcc = common::gcc();
    let as_ = common::as_();
    let nm = common::nm();
    let objcopy = common::objcopy();
    let qemu = common::qemu();
    let dir = TempDir::new("qemu");
    let p = |n: &str| dir.path().join(n);
    let asm = harness_asm(&seqs);
    std::fs::write(p("harness.s"), &asm).unwrap();
    std::fs::write(p("driver.c"), DRIVER_C).unwrap();
    run(Command::new(&as_)
        .arg("--no-transform")
        .arg(p("harness.s"))
        .arg("-o")
        .arg(p("harness.o")));
    run(Command::new(&gcc)
        .args([
            "-O1",
            "-ffreestanding",
            "-fno-builtin",
            "-fno-tree-loop-distribute-patterns",
            "-mlongcalls",
            "-c",
        ])
        .arg(p("driver.c"))
        .arg("-o")
        .arg(p("driver.o")));
    run(Command::new(&gcc)
        .args([
            "-nostdlib",
            "-Wl,--section-start=.entry=0x50000000",
            "-Wl,--section-start=.vectors=0x40000000",
            "-Wl,--section-start=.seqs=0x40100000",
            "-Wl,-Ttext=0x60000000",
            "-Wl,-e,_start",
        ])
        .arg(p("harness.o"))
        .arg(p("driver.o"))
        .arg("-o")
        .arg(p("harness.elf")));
    // symbols and the .seqs bytes for the simulator
    let out = Command::new(&nm).arg(p("harness.elf")).output().unwrap();
    assert!(out.status.success(), "nm failed");
    let mut syms = HashMap::new();
    for l in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() == 3 {
            syms.insert(f[2].to_string(), u32::from_str_radix(f[0], 16).unwrap());
        }
    }
    run(Command::new(&objcopy)
        .args(["-O", "binary", "-j", ".seqs"])
        .arg(p("harness.elf"))
        .arg(p("seqs.bin")));
    let seqs_bin = std::fs::read(p("seqs.bin")).unwrap();
    assert_eq!(syms["seqs_start"], SEQS_BASE);

    // QEMU
    let out = Command::new("timeout")
        .arg("20")
        .arg(&qemu)
        .args([
            "-M",
            "sim",
            "-cpu",
            "lx106",
            "-semihosting",
            "-nographic",
            "-monitor",
            "none",
            "-kernel",
        ])
        .arg(p("harness.elf"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", qemu.display()));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        text.contains("DONE"),
        "QEMU run did not finish (status {}):\nstdout tail: {}\nstderr: {}",
        out.status,
        &text[text.len().saturating_sub(2000)..],
        String::from_utf8_lossy(&out.stderr)
    );
    let mut qemu_states = vec![];
    for l in text.lines().filter(|l| l.starts_with('R')) {
        let w: Vec<u32> = l[1..]
            .split_whitespace()
            .map(|h| u32::from_str_radix(h, 16).unwrap())
            .collect();
        assert_eq!(w[0] as usize, qemu_states.len());
        qemu_states.push(w[1..].to_vec());
    }
    assert_eq!(qemu_states.len(), seqs.len());

    // simulator
    let mut mem = Memory::new();
    mem.map(DRAM_BASE, DRAM_SIZE, RegionKind::DRAM).unwrap();
    mem.map_bytes(SEQS_BASE, seqs_bin, RegionKind::IRAM)
        .unwrap();
    let mut cpu = Cpu::new(mem);
    cpu.step_limit = 10_000;
    let mut sim_states = vec![];
    for (i, s) in seqs.iter().enumerate() {
        cpu.ar.copy_from_slice(&s.init[..16]);
        cpu.sar = s.init[16];
        assert!(cpu.mem.write_bytes(DATA, &s.data));
        cpu.pc = syms[&format!("seq{i}_body")];
        let r = cpu.run_until(syms[&format!("seq{i}_end")]);
        let mut st: State = cpu.ar.to_vec();
        st.push(cpu.sar);
        match r {
            Ok(()) => st.extend([NO_EXC, 0, 0]),
            Err(SimError::Exception { cause, pc, vaddr }) => st.extend([cause, pc, vaddr]),
            Err(e) => panic!("sequence {i}: unexpected simulator stop {e}"),
        }
        let mut d = [0u8; DATA_LEN];
        assert!(cpu.mem.read_bytes(DATA, &mut d));
        st.extend(
            d.chunks(4)
                .map(|c| u32::from_le_bytes(c.try_into().unwrap())),
        );
        sim_states.push(st);
    }
    Outcome {
        seqs,
        qemu: qemu_states,
        sim: sim_states,
        asm,
    }
}

fn outcome() -> &'static Outcome {
    static O: OnceLock<Outcome> = OnceLock::new();
    O.get_or_init(|| {
        let seed: u64 = std::env::var("UPY_QEMU_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0x5eed_1234);
        let count: usize = std::env::var("UPY_QEMU_SEQS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3000);
        eprintln!("qemu_diff: seed {seed}, {count} random sequences");
        let mut rng = Rng(seed | 1);
        let mut seqs = fixed_seqs(&mut rng);
        for _ in 0..count {
            seqs.push(gen_seq(&mut rng, seqs.len()));
        }
        let t = std::time::Instant::now();
        let o = build_and_run(seqs);
        eprintln!(
            "qemu_diff: build + QEMU + simulator took {:.2}s",
            t.elapsed().as_secs_f64()
        );
        o
    })
}

fn describe(o: &Outcome, i: usize) -> String {
    let s = &o.seqs[i];
    let names = |k: usize| match k {
        0..=15 => format!("a{k}"),
        16 => "SAR".into(),
        17 => "cause".into(),
        18 => "epc".into(),
        19 => "excvaddr".into(),
        _ => format!("data[{}]", 4 * (k - 20)),
    };
    let mut m = String::new();
    for k in 0..o.qemu[i].len() {
        if o.qemu[i][k] != o.sim[i][k] {
            writeln!(
                m,
                "  {}: qemu 0x{:08x} sim 0x{:08x}",
                names(k),
                o.qemu[i][k],
                o.sim[i][k]
            )
            .unwrap();
        }
    }
    let start = o.asm.find(&format!("seq{i}:\n")).unwrap_or(0);
    let end = o.asm[start..]
        .find("\tj dump_normal")
        .map(|e| start + e)
        .unwrap_or(o.asm.len());
    format!(
        "sequence {i} differs:\n{m}initial a0..a15,SAR = {:x?}\ncode:\n{}",
        s.init,
        &o.asm[start..end]
    )
}

#[test]
fn simulator_matches_qemu_on_random_sequences() {
    let o = outcome();
    let mut bad = vec![];
    let (mut exceptions, mut normal) = (0, 0);
    for i in 0..o.seqs.len() {
        if o.seqs[i].iram_byte_access {
            continue;
        }
        let (q, s) = (&o.qemu[i], &o.sim[i]);
        let mut s = s.clone();
        // EXCVADDR is only meaningful for load/store exceptions
        if q[17] != 3 && q[17] != 9 {
            s[19] = q[19];
        }
        if q[17] == NO_EXC {
            normal += 1;
        } else {
            exceptions += 1;
        }
        if *q != s {
            bad.push(i);
        }
    }
    eprintln!("qemu_diff: {normal} sequences ran to the end, {exceptions} stopped on an exception");
    if !bad.is_empty() {
        let msgs: Vec<String> = bad.iter().take(5).map(|&i| describe(o, i)).collect();
        panic!(
            "{} of {} sequences differ from QEMU:\n{}",
            bad.len(),
            o.seqs.len(),
            msgs.join("\n")
        );
    }
    assert!(exceptions > 0 && normal > o.seqs.len() / 2);
}

#[test]
fn unaligned_access_raises_cause_9_in_qemu_and_simulator() {
    let o = outcome();
    for i in 0..4 {
        assert_eq!(o.qemu[i][17], 9, "QEMU, fixed sequence {i}");
        assert_eq!(o.sim[i][17], 9, "simulator, fixed sequence {i}");
        assert_eq!(o.qemu[i][18], o.sim[i][18], "EPC of fixed sequence {i}");
        assert_eq!(
            o.qemu[i][19], o.sim[i][19],
            "EXCVADDR of fixed sequence {i}"
        );
    }
}

/// QEMU's lx106 does not model the ESP8266 IRAM word-only rule: 8/16-bit loads
/// from IRAM succeed there. Our simulator raises LoadStoreError (3) like the
/// hardware. This test pins both behaviours.
#[test]
fn jump_to_unmapped_memory_raises_cause_14_in_both() {
    let o = outcome();
    assert_eq!((o.qemu[6][17], o.qemu[6][18]), (14, 0x1000_0000));
    assert_eq!((o.sim[6][17], o.sim[6][18]), (14, 0x1000_0000));
}

#[test]
fn iram_byte_access_traps_only_in_simulator() {
    let o = outcome();
    for i in 4..6 {
        assert!(o.seqs[i].iram_byte_access);
        assert_eq!(
            o.qemu[i][17], NO_EXC,
            "QEMU is expected not to trap (sequence {i})"
        );
        assert_eq!(
            o.sim[i][17], 3,
            "simulator must raise LoadStoreError (sequence {i})"
        );
        assert_eq!(o.sim[i][19], SEQS_BASE + 1 + (i as u32 - 4));
    }
}
