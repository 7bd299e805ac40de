//! Property test: random viper functions over machine ints (arithmetic, shifts, floored
//! division, comparisons, branches, counting loops, pointer stores and loads) compute what a
//! plain Python twin computes when every intermediate result is wrapped to a machine word (64
//! bits on x86-64, 32 on 32-bit hosts, whose viper code is Xtensa code on the simulator).

#[path = "native/harness.rs"]
mod common;

use proptest::prelude::*;

/// Bits of the machine word viper ints have.
const BITS: u32 = usize::BITS;

fn run(src: &str) -> String {
    common::run(src, false, 8 << 20).0
}

/// An expression as `(viper text, twin text)`: the twin wraps each result with `w()`.
fn expr() -> impl Strategy<Value = (String, String)> {
    let atom = prop_oneof![
        Just(("a".to_string(), "a".to_string())),
        Just(("b".to_string(), "b".to_string())),
        Just(("t".to_string(), "t".to_string())),
        (-9i64..300).prop_map(|v| (v.to_string(), v.to_string())),
        // The largest small int, and the largest word.
        Just(((1u64 << (BITS - 2)) - 1).to_string()).prop_map(|v| (v.clone(), v)),
        Just(format!("{:#X}", (1u64 << (BITS - 1)) - 1)).prop_map(|v| (v.clone(), v)),
    ];
    atom.prop_recursive(4, 24, 2, |inner| {
        (
            inner.clone(),
            inner,
            prop_oneof![
                Just("+"),
                Just("-"),
                Just("*"),
                Just("&"),
                Just("|"),
                Just("^"),
                Just("<<"),
                Just(">>"),
                Just("//"),
                Just("%"),
                Just("neg"),
                Just("inv"),
            ],
        )
            .prop_map(|((va, ta), (vb, tb), op)| match op {
                "neg" => (format!("(-{va})"), format!("w(-{ta})")),
                "inv" => (format!("(~{va})"), format!("w(~{ta})")),
                // Shift counts stay below the word size, where the machine agrees with Python.
                "<<" | ">>" => (
                    format!("({va} {op} ({vb} & {}))", BITS - 1),
                    format!("w({ta} {op} ({tb} & {}))", BITS - 1),
                ),
                _ => (format!("({va} {op} {vb})"), format!("w({ta} {op} {tb})")),
            })
    })
}

/// A statement of the function body, for both versions.
fn stmt() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        expr().prop_map(|(v, t)| (format!("t = {v}"), format!("t = {t}"))),
        (
            expr(),
            expr(),
            expr(),
            prop_oneof![Just("<"), Just("<="), Just("=="), Just("!="), Just(">")]
        )
            .prop_map(|((v1, t1), (v2, t2), (v3, t3), c)| (
                format!("if {v1} {c} {v2}:\n        t = {v3}\n    else:\n        t = t + 1"),
                format!("if {t1} {c} {t2}:\n        t = {t3}\n    else:\n        t = w(t + 1)"),
            )),
        expr().prop_map(|(v, t)| (
            format!("for i in range(5):\n        t = t + {v} + i"),
            format!("for i in range(5):\n        t = w(w(t + {t}) + i)"),
        )),
        expr().prop_map(|(v, t)| (
            format!("p[(t & 7)] = {v}\n    t = t + p[(t & 7)]"),
            format!("p[(t & 7)] = {t} & 0xFF\n    t = w(t + p[(t & 7)])"),
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn viper_matches_wrapped_python(body in prop::collection::vec(stmt(), 1..5), x in -1000i64..1000, y in -40i64..40) {
        let mut src = format!(
            "import micropython\n\
             def w(v):\n    v &= (1 << {BITS}) - 1\n    return v - (1 << {BITS}) if v >> {} else v\n",
            BITS - 1
        );
        let mut fv = String::from("@micropython.viper\ndef f(a: int, b: int, buf) -> int:\n    p = ptr8(buf)\n    t = 0\n");
        let mut ft = String::from("def g(a, b, p):\n    t = 0\n");
        for (v, t) in &body {
            fv.push_str(&format!("    {v}\n"));
            ft.push_str(&format!("    {t}\n"));
        }
        fv.push_str("    return t\n");
        ft.push_str("    return t\n");
        src.push_str(&fv);
        src.push_str(&ft);
        src.push_str(&format!(
            "def call(fn, buf):\n    try:\n        return fn({x}, {y}, buf)\n    except ZeroDivisionError:\n        return 'ZeroDivisionError'\n\
             b1 = bytearray(8)\nb2 = bytearray(8)\nr1 = call(f, b1)\nr2 = call(g, b2)\n\
             print(r1 == r2 and b1 == b2, r1, r2, list(b1), list(b2))\n"
        ));
        let out = run(&src);
        prop_assert!(out.starts_with("True "), "program:\n{}\noutput: {}", src, out);
    }
}
