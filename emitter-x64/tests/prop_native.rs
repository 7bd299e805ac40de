//! Property test: random small functions (arithmetic with small-int overflow edges, branches,
//! loops, calls, try/except) give the same output compiled natively as interpreted.

use std::cell::RefCell;
use std::rc::Rc;

use proptest::prelude::*;
use upy_emitter_x64::X64Compiler;
use upy_vm::vm::{Config, Port, Vm};

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<String>>);

impl Port for Capture {
    fn write_stdout(&mut self, b: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(b));
    }
    fn write_stderr(&mut self, b: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(b));
    }
    fn read_file(&mut self, _: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _: &str) -> bool {
        false
    }
}

fn run(src: &str, native: bool) -> String {
    let cap = Capture::default();
    let config = Config {
        heap_bytes: 8 << 20,
        ..Config::default()
    };
    let mut vm = Vm::new(config, Box::new(cap.clone()));
    vm.native = Some(Box::new(X64Compiler::default()));
    vm.native_all = native;
    let status = match vm.run_main(src, "p.py") {
        Ok(()) => 0,
        Err(e) => vm.report_uncaught(e),
    };
    let out = cap.0.borrow().clone();
    format!("{out}status {status}")
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
