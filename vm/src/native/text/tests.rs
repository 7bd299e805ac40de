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
    let module = vm.load_code(code).ok().expect("load");
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

#[test]
fn straight_line_add() {
    let out = generate("def f(a, b):\n    return a + b\n").unwrap();
    assert_eq!(out, "");
}
