//! Golden disassemblies, scope results and error messages.

use super::*;

#[test]
fn placeholder_dis() {
    for src in ["def f(a, b):\n    return a < b < 3\n"] {
        std::println!("{}", crate::dis::disassemble(&comp(src)));
    }
}
