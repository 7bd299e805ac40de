//! Golden tests of the generator through the text backend.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::TextBackend;
use crate::native::gen;
use crate::obj::Obj;
use crate::objects::func::CodeObj;
use crate::vm::{Config, Port, Vm};

struct NullPort;

impl Port for NullPort {
    fn write_stdout(&mut self, _: &[u8]) {}
    fn write_stderr(&mut self, _: &[u8]) {}
    fn read_file(&mut self, _: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _: &str) -> bool {
        false
    }
}

/// The text of the first function defined in `src`, or the generator's error.
fn generate(src: &str) -> Result<String, String> {
    let config = Config {
        heap_bytes: 1 << 20,
        pystack_words: 1 << 12,
        max_depth: 100,
        ..Config::default()
    };
    let mut vm = Vm::new(config, Box::new(NullPort));
    let m = crate::parser::parse(src, "t.py").expect("parse");
    let code = crate::compiler::compile(&m, "t.py", crate::compiler::Mode::File).expect("compile");
    let module = match vm.load_code(code) {
        Ok(m) => m,
        Err(_) => panic!("load"),
    };
    // SAFETY: load_code returns a code object.
    let mco = unsafe { module.as_ref::<CodeObj>() };
    let f = crate::objects::tuple::items(mco.consts)
        .iter()
        .copied()
        .find(|c| c.is_ptr() && c.type_of().name == "code")
        .expect("a function");
    let _keep: Obj = module;
    let co = unsafe { f.as_ref::<CodeObj>() };
    let mut b = TextBackend::new();
    gen::compile(&mut b, co)?;
    Ok(b.out)
}

/// Golden listings: on a mismatch the assertion message shows the new listing.
fn golden(src: &str, expected: &str) {
    let out = generate(src).unwrap();
    assert_eq!(out, expected, "\n--- got ---\n{out}");
}

#[test]
fn add_has_inline_small_int_path_and_out_of_line_slow_path() {
    golden(
        "def f(a, b):\n    return a + b\n",
        "    prologue
L7:
    load a2, [frame+0]
    load a3, [frame+1]
    and t0, a2, a3
    bbc t0, 0, L8
    addi t1, a2, -1
    add.ov t0, t1, a3 -> L8
    store [frame+2], t0
L9:
    load ret, [frame+2]
    j L6
L8:
    li a1, 0x0
    mov a0, ctx
    call BinaryOp
    beqz ret, L10
    store [frame+2], ret
    j L9
L10:
    li a1, 0x400
    j L11
L11:
    mov a0, ctx
    call Unwind
    beqz ret, L12
    jr ret
L12:
L6:
    epilogue
",
    );
}

#[test]
fn while_loop_fuses_compare_and_branch_and_checks_ctrl_c() {
    let out = generate("def f(n):\n    i = 0\n    while i < n:\n        i = i + 1\n    return i\n")
        .unwrap();
    // The comparison is fused with its conditional jump: no True/False object is made.
    assert!(out.contains("bge a2, a3, L"), "{out}");
    assert!(!out.contains("call CompareOp\n    beqz ret, L") || out.contains("call Truth"));
    // The backward jump polls the interrupt flag.
    assert!(out.contains("load.u8 t0, [t0+0b]"), "{out}");
    assert!(out.contains("call CheckInterrupt"), "{out}");
}

#[test]
fn locals_that_may_be_unbound_are_checked() {
    let out = generate("def f(a):\n    if a:\n        b = 1\n    return a, b\n").unwrap();
    // `a` is a parameter (always bound): no check; `b` may be unbound.
    assert_eq!(out.matches("call UnboundLocal").count(), 1, "{out}");
}

#[test]
fn try_except_registers_a_handler_entry_and_writes_the_block() {
    let src = "def f(x):\n    try:\n        return 1 // x\n    except ZeroDivisionError:\n        return 0\n";
    let out = generate(src).unwrap();
    assert!(out.contains("store [frame+"), "{out}");
    assert!(out.contains("call ExcMatch"), "{out}");
    assert!(out.contains("call Unwind"), "{out}");
}

#[test]
fn generators_yield_through_the_helper() {
    let out = generate("def g(n):\n    yield n\n    yield from h()\n").unwrap();
    assert!(out.contains("call Yield\n"), "{out}");
    assert!(out.contains("call YieldFrom\n"), "{out}");
}

#[test]
fn class_bodies_are_not_compiled() {
    // The first code constant here is the class body: it uses name-dict instructions.
    assert!(generate("class C:\n    x = 1\n").is_err());
}
