//! The text assembler never panics, whatever the input, and always
//! reports errors with a valid line number.

use proptest::prelude::*;
use upy_asm::table::TABLE;
use upy_asm::{assemble, assemble_with_base, Assembler, Reg};

fn token() -> impl Strategy<Value = String> {
    let mnemonics: Vec<String> = TABLE.iter().map(|r| r.mnemonic.to_string()).collect();
    prop_oneof![
        proptest::sample::select(mnemonics),
        proptest::sample::select(vec![
            "a0",
            "a1",
            "a15",
            "a16",
            "sp",
            "A2",
            ",",
            ", ",
            ":",
            ";",
            "#",
            "//",
            ".",
            "+",
            "-",
            "(",
            ")",
            "'",
            "\"",
            "x",
            "x:",
            "label",
            ".literal",
            ".literal_position",
            ".align",
            ".word",
            ".byte",
            ".space",
            ".set",
            "rsr.ccount",
            "wsr.",
            "0x",
            "0b",
            "08",
            "99999999999999999999",
            "-2147483648",
            "1 << 63",
            "/ 0",
            "% 0",
            "~",
            "*",
            ".p2align",
            ".ascii",
            "\"\\",
            "\u{e9}",
            "\u{1F600}",
            "\t",
            " ",
            "\n",
            ".end",
            ".section",
        ])
        .prop_map(str::to_string),
        any::<i64>().prop_map(|v| v.to_string()),
        "[ -~]{0,6}",
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(token(), 0..10).prop_map(|t| t.join(" ")),
        ".{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn garbage_never_panics(lines in proptest::collection::vec(line(), 0..12), base in any::<u32>()) {
        let src = lines.join("\n");
        match assemble_with_base(&src, base) {
            Ok(_) => {}
            Err(e) => {
                // Generated "lines" may themselves contain newlines: count the source's.
                let nlines = src.split('\n').count();
                prop_assert!(e.line >= 1 && e.line as usize <= nlines, "{e}");
                prop_assert!(!e.msg.is_empty());
            }
        }
    }

    /// Random label/branch programs through the API with relaxation on
    /// either assemble with every branch reaching its label, or fail
    /// cleanly (e.g. j out of range), never panic.
    #[test]
    fn relaxed_programs_reach_their_labels(
        ops in proptest::collection::vec((0u8..6, 0usize..8, 0u32..400), 1..60)
    ) {
        let mut a = Assembler::new(0);
        a.set_relax(true);
        let labels: Vec<_> = (0..8).map(|_| a.new_label()).collect();
        let mut bound = [false; 8];
        for (kind, l, n) in &ops {
            match kind {
                0 => a.beq(Reg::A2, Reg::A3, labels[*l]),
                1 => a.beqz_n(Reg::A4, labels[*l]),
                2 => a.bbsi(Reg::A5, 3, labels[*l]),
                3 => a.bnez(Reg::A6, labels[*l]),
                4 => a.space(*n * 3, 0),
                _ => {
                    if !bound[*l] {
                        a.bind(labels[*l]);
                        bound[*l] = true;
                    }
                }
            }
        }
        for (l, b) in labels.iter().zip(bound) {
            if !b {
                a.bind(*l);
            }
        }
        let code = a.finish().unwrap();
        prop_assert_eq!(code.bytes.len(), a.size());
    }
}

#[test]
fn empty_and_blank_sources() {
    assert!(assemble("").unwrap().bytes.is_empty());
    assert!(assemble("\n\n  # nothing\n;;\n").unwrap().bytes.is_empty());
}
