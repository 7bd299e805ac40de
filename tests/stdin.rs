//! Standard input: `input()` (with its prompt), `sys.stdin.readline()` and `read()`, and
//! EOFError at the end, with the program's input piped in. The expected output is what
//! CPython 3.11 prints for the same program and input.

use std::io::Write;
use std::process::{Command, Stdio};

const PROGRAM: &str = r#"
import sys
first = input()
second = sys.stdin.readline()
rest = sys.stdin.read()
print(repr(first), repr(second), repr(rest), repr(sys.stdin.readline()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", e)
"#;

#[test]
fn input_and_sys_stdin_read_what_is_piped_in() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_upy"))
        .args(["-c", PROGRAM])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("upy runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"one\r\ntwo\nthree\nfour")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "'one\\r' 'two\\n' 'three\\nfour' ''\nmore? EOFError EOF when reading a line\n"
    );
}
