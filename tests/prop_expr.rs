//! Property test: random arithmetic, comparison and boolean expressions over ints (big ones
//! too), floats and strings must print the same under upy as under CPython 3.
//!
//! Each proptest case is a batch of expressions run as one program by both interpreters
//! (one process each), compared line by line. Exceptions print their type name, so that
//! `1 // 0` and `'a' + 1` are checked too.

use proptest::prelude::*;
use std::process::Command;

#[derive(Clone, Debug)]
enum E {
    Int(i128),
    Float(f64),
    Str(String),
    Bool(bool),
    Bin(Box<E>, &'static str, Box<E>),
    Un(&'static str, Box<E>),
    Cmp(Box<E>, &'static str, Box<E>, &'static str, Box<E>),
    BoolOp(Box<E>, &'static str, Box<E>),
    Cond(Box<E>, Box<E>, Box<E>),
}

impl E {
    fn to_py(&self) -> String {
        match self {
            E::Int(v) => format!("({v})"),
            E::Float(f) => format!("({f:?})"),
            E::Str(s) => format!("{s:?}"),
            E::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
            E::Bin(a, op, b) => format!("({} {op} {})", a.to_py(), b.to_py()),
            E::Un(op, a) => format!("({op}{})", a.to_py()),
            E::Cmp(a, o1, b, o2, c) => {
                format!("({} {o1} {} {o2} {})", a.to_py(), b.to_py(), c.to_py())
            }
            E::BoolOp(a, op, b) => format!("({} {op} {})", a.to_py(), b.to_py()),
            E::Cond(c, a, b) => format!("({} if {} else {})", a.to_py(), c.to_py(), b.to_py()),
        }
    }
}

fn leaf() -> impl Strategy<Value = E> {
    prop_oneof![
        (-20i128..20).prop_map(E::Int),
        any::<i64>().prop_map(|v| E::Int(v as i128)),
        any::<i128>().prop_map(E::Int),
        prop_oneof![
            Just(0.5f64),
            Just(-2.25),
            Just(1e16),
            Just(3.0),
            Just(0.1),
            Just(-0.0),
            Just(1e-7)
        ]
        .prop_map(E::Float),
        (-1000.0f64..1000.0).prop_map(|f| E::Float((f * 8.0).round() / 8.0)),
        "[a-c]{0,3}".prop_map(E::Str),
        any::<bool>().prop_map(E::Bool),
    ]
}

fn expr() -> impl Strategy<Value = E> {
    leaf().prop_recursive(4, 24, 3, |inner| {
        let cmp = prop_oneof![
            Just("<"),
            Just("<="),
            Just("=="),
            Just("!="),
            Just(">"),
            Just(">=")
        ];
        prop_oneof![
            (
                inner.clone(),
                prop_oneof![
                    Just("+"),
                    Just("-"),
                    Just("*"),
                    Just("//"),
                    Just("%"),
                    Just("/"),
                    Just("&"),
                    Just("|"),
                    Just("^"),
                ],
                inner.clone()
            )
                .prop_map(|(a, op, b)| E::Bin(Box::new(a), op, Box::new(b))),
            // Shifts and powers with small right operands keep results printable.
            (
                inner.clone(),
                prop_oneof![Just("<<"), Just(">>"), Just("**")],
                0i128..40
            )
                .prop_map(|(a, op, n)| E::Bin(Box::new(a), op, Box::new(E::Int(n)))),
            (
                prop_oneof![Just("-"), Just("+"), Just("~"), Just("not ")],
                inner.clone()
            )
                .prop_map(|(op, a)| E::Un(op, Box::new(a))),
            (
                inner.clone(),
                cmp.clone(),
                inner.clone(),
                cmp,
                inner.clone()
            )
                .prop_map(|(a, o1, b, o2, c)| E::Cmp(
                    Box::new(a),
                    o1,
                    Box::new(b),
                    o2,
                    Box::new(c)
                )),
            (
                inner.clone(),
                prop_oneof![Just("and"), Just("or")],
                inner.clone()
            )
                .prop_map(|(a, op, b)| E::BoolOp(Box::new(a), op, Box::new(b))),
            (inner.clone(), inner.clone(), inner).prop_map(|(c, a, b)| E::Cond(
                Box::new(c),
                Box::new(a),
                Box::new(b)
            )),
        ]
    })
}

fn program(exprs: &[E]) -> String {
    // CPython 3.11 refuses to print ints of more than 4300 digits (a policy MicroPython does
    // not have); such results print as their bit length instead.
    let mut p = String::from(
        "def show(r):\n    if type(r) is int and r.bit_length() > 13000:\n        \
         return 'int of %d bits' % r.bit_length()\n    return repr(r)\n",
    );
    for e in exprs {
        p.push_str("try:\n    print(show(");
        p.push_str(&e.to_py());
        p.push_str("))\nexcept Exception as e:\n    print(type(e).__name__)\n");
    }
    p
}

fn run(bin: &str, src: &str) -> String {
    let out = Command::new(bin)
        .arg("-c")
        .arg(src)
        .output()
        .expect("failed to start interpreter");
    assert!(
        out.status.success(),
        "{bin} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn expressions_match_cpython(exprs in proptest::collection::vec(expr(), 40)) {
        let src = program(&exprs);
        let want = run("python3", &src);
        let got = run(env!("CARGO_BIN_EXE_upy"), &src);
        for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
            prop_assert_eq!(w, g, "expression: {}", exprs[i].to_py());
        }
        prop_assert_eq!(want.lines().count(), got.lines().count());
    }
}
