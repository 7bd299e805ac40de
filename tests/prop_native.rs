//! Property test: random small functions (arithmetic with small-int overflow edges, branches,
//! loops, calls, try/except) give the same output compiled natively as interpreted.

#[path = "native/harness.rs"]
mod common;

use proptest::prelude::*;

fn run(src: &str, native: bool) -> String {
    common::run(src, native, 8 << 20).0
}

fn atom() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".to_string()),
        Just("b".to_string()),
        Just("t".to_string()),
        Just("i".to_string()),
        (-3i64..20).prop_map(|v| v.to_string()),
        Just("4611686018427387903".to_string()),
        Just("-4611686018427387904".to_string()),
        Just("2.5".to_string()),
        Just("h(a)".to_string()),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    atom().prop_recursive(3, 12, 2, |inner| {
        (
            inner.clone(),
            prop::sample::select(vec![
                "+", "-", "*", "//", "%", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=",
            ]),
            inner,
        )
            .prop_map(|(l, op, r)| format!("({l} {op} {r})"))
    })
}

fn stmt() -> impl Strategy<Value = String> {
    prop_oneof![
        expr().prop_map(|e| format!("t = {e}")),
        expr().prop_map(|e| format!("a = {e}")),
        (expr(), expr()).prop_map(|(c, e)| format!("if {c}:\n        b = {e}\n    else:\n        t = t + 1")),
        expr().prop_map(|e| format!("for i in range(3):\n        t = t + ({e})")),
        expr().prop_map(|e| format!(
            "try:\n        t = {e}\n    except ZeroDivisionError:\n        t = -1\n    except TypeError as x:\n        t = str(x)"
        )),
        expr().prop_map(|e| format!("i = 0\n    while i < 4 and t != 7:\n        i = i + 1\n        t = {e}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn native_matches_bytecode(body in prop::collection::vec(stmt(), 1..6), x in -5i64..5, y in -5i64..5) {
        let mut src = String::from("def h(v):\n    return v * 2 if type(v) is int else v\n");
        src.push_str("def f(a, b):\n    t = 0\n    i = 0\n");
        for s in &body {
            src.push_str("    ");
            src.push_str(s);
            src.push('\n');
        }
        src.push_str("    return (a, b, t)\n");
        src.push_str(&format!("try:\n    print(f({x}, {y}))\nexcept Exception as e:\n    print(type(e).__name__, e)\n"));
        let b = run(&src, false);
        let n = run(&src, true);
        prop_assert_eq!(b, n, "program:\n{}", src);
    }
}
