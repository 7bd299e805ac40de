//! Unit tests: the GNU-as table, encode/decode round trips, the assembler
//! API and the text front end's error messages.

extern crate std;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gnu_table::GNU_ROWS;
use crate::table::{Kind, Op, TABLE};
use crate::*;

#[test]
fn gnu_table_bytes() {
    let mut fails = Vec::new();
    for (text, want) in GNU_ROWS {
        match assemble(text) {
            Ok(code) => {
                let got = if text.starts_with(".space") {
                    &code.bytes[code.bytes.len() - want.len()..]
                } else {
                    &code.bytes[..]
                };
                if got != *want {
                    fails.push(format!("{text}: got {got:02x?} want {want:02x?}"));
                }
            }
            Err(e) => fails.push(format!("{text}: {e}")),
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn gnu_table_covers_every_instruction() {
    for row in TABLE {
        let found = GNU_ROWS.iter().any(|(t, _)| {
            t.split(';').any(|s| {
                let m = s.split_whitespace().next().unwrap_or("");
                m == row.mnemonic || m.split('.').next() == Some(row.mnemonic) && m.len() > 4
            })
        });
        assert!(found, "no GNU row for {}", row.mnemonic);
    }
}

#[test]
fn gnu_table_decodes_back() {
    for (text, want) in GNU_ROWS {
        if text.starts_with('.') {
            continue;
        }
        let (inst, len) = decode(want).unwrap_or_else(|| panic!("decode {text}"));
        assert_eq!(len, want.len(), "{text}");
        let again = inst.encode(0).unwrap();
        assert_eq!(again.as_bytes(), *want, "{text}");
    }
}

/// Every 16-bit word and a large sample of 24-bit words: decode then
/// encode gives the same bytes back.
#[test]
fn decode_encode_roundtrip_exhaustive16_sampled24() {
    let mut count = 0;
    for w in 0u32..0x10000 {
        let b = [w as u8, (w >> 8) as u8, 0];
        if let Some((inst, len)) = decode_at(&b, 0x100) {
            let enc = inst.encode(0x100).unwrap();
            assert_eq!(enc.as_bytes(), &b[..len], "{inst:?}");
            count += 1;
        }
    }
    assert!(count > 1000);
    let mut x: u32 = 12345;
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let b = [x as u8, (x >> 8) as u8, (x >> 16) as u8];
        for pc in [0x4010_0000u32, 0x4010_0001, 0x4010_0002, 0x4010_0003] {
            if let Some((inst, len)) = decode_at(&b, pc) {
                let enc = inst.encode(pc).unwrap_or_else(|e| panic!("{inst:?} {e}"));
                assert_eq!(enc.as_bytes(), &b[..len], "{inst:?}");
            }
        }
    }
}

#[test]
fn addi_n_minus_one_is_encoded_as_zero() {
    let e = Inst::new(Op::AddiN, &[2, 2, -1]).encode(0).unwrap();
    assert_eq!(e.as_bytes(), &[0x0b, 0x22]);
    assert!(Inst::new(Op::AddiN, &[2, 2, 0]).encode(0).is_err());
}

#[test]
fn display_matches_objdump_style() {
    let cases: &[(&str, &str)] = &[
        ("add a1, a2, a3", "add\ta1, a2, a3"),
        ("rsr a2, ccount", "rsr.ccount\ta2"),
        ("wsr a2, 226", "wsr.intset\ta2"),
        ("rsr a2, 176", "rsr.176\ta2"),
        ("movi a2, -2048", "movi\ta2, 0xfffff800"),
        ("l32i a2, a1, 1020", "l32i\ta2, a1, 0x3fc"),
        ("beqi a2, 256, . + 10", "beqi\ta2, 0x100, 0xa"),
        ("nop", "nop"),
        ("ssai 31", "ssai\t31"),
    ];
    for (src, want) in cases {
        let code = assemble(src).unwrap();
        let (inst, _) = decode(&code.bytes).unwrap();
        assert_eq!(format!("{}", inst.display(0)), *want);
    }
}

// ---------------------------------------------------------------------
// Assembler API.

#[test]
fn labels_and_forward_references() {
    let mut a = Assembler::new(0);
    let end = a.new_label();
    let top = a.here();
    a.beqz(Reg::A2, end);
    a.addi(Reg::A2, Reg::A2, -1);
    a.j(top);
    a.bind(end);
    a.ret_n();
    let code = a.finish().unwrap();
    let want = assemble("top: beqz a2, end\naddi a2, a2, -1\nj top\nend: ret.n").unwrap();
    assert_eq!(code.bytes, want.bytes);
    assert_eq!(code.label_offset(end), Some(9));
    assert_eq!(code.label_offset(top), Some(0));
}

#[test]
fn branch_out_of_range_without_relaxation_is_an_error() {
    let mut a = Assembler::new(0);
    let l = a.new_label();
    a.set_tag(7);
    a.beq(Reg::A2, Reg::A3, l);
    a.space(200, 0);
    a.bind(l);
    let e = a.finish().unwrap_err();
    assert_eq!(e.tag, 7);
    assert!(format!("{e}").contains("branch out of range"), "{e}");
}

#[test]
fn relaxation_inverts_branch_over_jump() {
    let mut a = Assembler::new(0);
    a.set_relax(true);
    let l = a.new_label();
    a.beq(Reg::A2, Reg::A3, l); // far: bne +6; j l
    a.beqz_n(Reg::A4, l); // within 12 bits: widened to beqz
    let near = a.new_label();
    a.beqz_n(Reg::A5, near); // stays narrow
    a.nop_n();
    a.bind(near);
    a.space(3000, 0);
    a.bind(l);
    a.ret_n();
    let code = a.finish().unwrap();
    assert_eq!(code.label_offset(l), Some(6 + 6 + 2 + 2 + 3000));
    let want = assemble(
        "bne a2, a3, . + 6\nj l\nbnez a4, . + 6\nj l\nbeqz.n a5, n\nnop.n\nn: .space 3000\nl: ret.n",
    )
    .unwrap();
    assert_eq!(code.bytes, want.bytes);
}

#[test]
fn relaxation_widens_narrow_backward_branch() {
    let mut a = Assembler::new(0);
    a.set_relax(true);
    let top = a.here();
    a.nop();
    a.bnez_n(Reg::A2, top); // backward: bnez.n can't, bnez can
    let code = a.finish().unwrap();
    assert_eq!(code.bytes, assemble("t: nop\nbnez a2, t").unwrap().bytes);
}

#[test]
fn relaxation_reaches_fixpoint_with_chains() {
    // Each branch's relaxation pushes the next one out of range.
    let mut a = Assembler::new(0);
    a.set_relax(true);
    let l = a.new_label();
    for _ in 0..60 {
        a.beq(Reg::A2, Reg::A3, l);
    }
    a.space(2, 0);
    a.bind(l);
    let code = a.finish().unwrap();
    // Decode everything and check every branch lands on l.
    let target = code.label_offset(l).unwrap();
    let mut pc = 0usize;
    while pc < target as usize - 2 {
        let (inst, len) = decode_at(&code.bytes[pc..], pc as u32).unwrap();
        match inst.op {
            Op::Beq => assert_eq!(pc as i64 + i64::from(inst.args[2]), i64::from(target)),
            Op::Bne => {
                assert_eq!(inst.args[2], 6);
                let (j, _) = decode(&code.bytes[pc + 3..]).unwrap();
                assert_eq!(j.op, Op::J);
                assert_eq!(pc as i64 + 3 + i64::from(j.args[0]), i64::from(target));
                pc += 3;
            }
            other => panic!("unexpected {other:?}"),
        }
        pc += len;
    }
}

#[test]
fn literal_pool_and_load_const() {
    let mut a = Assembler::new(0x4010_0000);
    let entry = a.new_label();
    a.j(entry);
    a.pool_here();
    a.bind(entry);
    a.load_const(Reg::A2, 0x1234_5678);
    a.load_const(Reg::A3, 100);
    a.load_const(Reg::A4, 0x1234_5678); // shared literal
    a.load_addr(Reg::A5, entry);
    a.ret_n();
    let code = a.finish().unwrap();
    // j (3) + pad (1) + 2 literals (8) = 12
    assert_eq!(code.label_offset(entry), Some(12));
    assert_eq!(&code.bytes[4..8], &0x1234_5678u32.to_le_bytes());
    assert_eq!(&code.bytes[8..12], &0x4010_000cu32.to_le_bytes());
    let (i, _) = decode_at(&code.bytes[12..], 0x4010_000c).unwrap();
    assert_eq!(i.op, Op::L32r);
    assert_eq!(0x4010_000cu32.wrapping_add(i.args[1] as u32), 0x4010_0004);
    let (i, _) = decode_at(&code.bytes[18..], 0x4010_0012).unwrap();
    assert_eq!(0x4010_0012u32.wrapping_add(i.args[1] as u32), 0x4010_0004);
}

#[test]
fn literal_without_pool_is_an_error() {
    let mut a = Assembler::new(0);
    a.load_const(Reg::A2, 0x10000);
    assert!(a.finish().is_err());
}

#[test]
fn size_sink_counts_every_byte() {
    let mut a = Assembler::new(0);
    let l = a.here();
    a.add_n(Reg::A2, Reg::A3, Reg::A4);
    a.align(4);
    a.word(l);
    a.call0(l);
    let mut s = SizeSink::default();
    let (_, errs) = a.emit_into(&mut s);
    assert!(errs.is_empty());
    assert_eq!(s.0, a.size());
    assert_eq!(s.0, a.finish().unwrap().bytes.len());
}

#[test]
fn call0_alignment_checked() {
    let e = assemble("nop.n\nt: nop\ncall0 t").unwrap_err();
    assert!(e.msg.contains("aligned"), "{e}");
}

// ---------------------------------------------------------------------
// Text front end: errors.

fn err(src: &str) -> String {
    format!("{}", assemble(src).unwrap_err())
}

#[test]
fn rejected_instructions() {
    for m in [
        "quou a2, a3, a4",
        "quos a2, a3, a4",
        "remu a2, a3, a4",
        "rems a2, a3, a4",
        "min a2, a3, a4",
        "maxu a2, a3, a4",
        "sext a2, a3, 7",
        "clamps a2, a3, 7",
        "loop a2, x",
        "loopnez a2, x",
        "entry a1, 32",
        "retw",
        "retw.n",
        "call8 x",
        "callx4 a2",
        "rotw 1",
        "movsp a2, a3",
        "add.s f0, f1, f2",
        "lsi f0, a2, 0",
        "andb b0, b1, b2",
        "mul.aa.ll a2, a3",
        "s32c1i a2, a3, 0",
        "l32ai a2, a3, 0",
        "s32ri a2, a3, 0",
        "muluh a2, a3, a4",
        "mulsh a2, a3, a4",
        "rur.threadptr a2",
        "dhwb a2, 0",
    ] {
        let e = err(&format!("nop\n{m}\nx:"));
        assert!(e.starts_with("line 2: unknown opcode"), "{m}: {e}");
    }
}

#[test]
fn error_messages() {
    let cases: &[(&str, &str)] = &[
        ("nop\nfoo a2", "line 2: unknown opcode 'foo'"),
        (
            "addi a2, a3, 300",
            "line 1: immediate 300 out of range -128..127",
        ),
        ("add a16, a2, a3", "line 1: invalid register 'a16'"),
        ("add A2, a2, a3", "line 1: invalid register 'A2'"),
        ("nop\n\nj nowhere", "line 3: undefined label 'nowhere'"),
        ("x: nop\nx: nop", "line 2: duplicate label 'x'"),
        (
            "beq a2, a3, far\n.space 300\nfar:",
            "line 1: branch out of range",
        ),
        ("beqz.n a2, back\nback:", "line 1: branch out of range"),
        (
            "add a2, a3",
            "line 1: wrong number of operands for 'add' (expected 3, got 2)",
        ),
        (
            "l32i a2, a3, 6",
            "line 1: immediate 6 is not a multiple of 4",
        ),
        (
            "addmi a2, a3, 100",
            "line 1: immediate 100 is not a multiple of 256",
        ),
        (
            "beqi a2, 9, x\nx:",
            "line 1: immediate 9 is not a b4const value",
        ),
        (
            "extui a2, a3, 20, 16",
            "line 1: extui shift 20 plus mask width 16",
        ),
        ("rsr a2, 4", "line 1: invalid special register 4 for 'rsr'"),
        (
            "wsr a2, prid",
            "line 1: invalid special register 235 for 'wsr'",
        ),
        (
            "rsr.lbeg a2",
            "line 1: invalid special register 'lbeg' for 'rsr'",
        ),
        ("addi.n a2, a3, 0", "line 1: invalid addi.n immediate"),
        (
            "movi a2, 5000",
            "line 1: immediate 5000 out of range -2048..2047",
        ),
        (
            "l32r a2, x\n.align 4\nx: .word 1",
            "line 1: branch out of range",
        ),
        (
            ".literal x, 1",
            "line 1: '.literal' without a preceding '.literal_position'",
        ),
        (".bogus 1", "line 1: unknown directive '.bogus'"),
        ("addi a2, a3, 1 +", "line 1: missing operand"),
        ("slli a2, a3, 0", "line 1: immediate 0 out of range 1..32"),
    ];
    for (src, want) in cases {
        let e = err(src);
        assert!(e.starts_with(want), "{src:?}: got {e:?}, want {want:?}");
    }
}

#[test]
fn expressions_and_directives() {
    let code = assemble(
        "# comment\n.text\n.global f\n.type f, @function\n.set K, 3 * 4 + 1\n\
         f: addi a2, a2, K // comment\n movi a3, (1 << 10) | 0x10 ; movi a4, 'A'\n\
         movi a5, end - f\n.align 4\n.word f, end - f + 1\n.byte 010, 0b11\n\
         .begin no-transform\n.end no-transform\n.size f, . - f\nend:",
    )
    .unwrap();
    let want = assemble(
        "addi a2, a2, 13\nmovi a3, 1040\nmovi a4, 65\nmovi a5, 22\n\
         .word 0, 23\n.byte 8, 3",
    );
    let want = want.unwrap();
    assert_eq!(code.bytes, want.bytes);
}

#[test]
fn literal_position_and_literal() {
    let src = "nop.n\n.literal_position\nnop\n.literal .L1, 0x12345678\nl32r a3, .L1\n\
               .literal .L2, 0x9abcdef0, 5\nl32r a3, .L2\nl32r a2, .L1\n";
    // Bytes from `xtensa-lx106-elf-as --text-section-literals --no-transform`.
    let want: &[u8] = &[
        0x3d, 0xf0, 0x00, 0x00, 0x78, 0x56, 0x34, 0x12, 0xf0, 0xde, 0xbc, 0x9a, 0x05, 0x00, 0x00,
        0x00, 0xf0, 0x20, 0x00, 0x31, 0xfc, 0xff, 0x31, 0xfc, 0xff, 0x21, 0xfa, 0xff,
    ];
    assert_eq!(assemble(src).unwrap().bytes, want);
}

#[test]
fn base_address_affects_call0_and_words() {
    let code = assemble_with_base("nop.n\nnop.n\nf: call0 f\n.word f", 0x4010_0000).unwrap();
    assert_eq!(&code.bytes[7..11], &0x4010_0004u32.to_le_bytes());
}

#[test]
fn operand_kinds_have_disjoint_fields() {
    for row in TABLE {
        let mut seen = 0u32;
        for k in row.operands {
            if *k == Kind::St {
                continue;
            }
            assert_eq!(seen & k.field_mask(), 0, "{}", row.mnemonic);
            seen |= k.field_mask();
        }
    }
}
