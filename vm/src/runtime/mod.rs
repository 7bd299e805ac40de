//! Runtime operations with Python semantics: what the interpreter (and machine code) calls
//! for anything beyond shuffling words. Each file adds an `impl Vm` block.

pub mod asm;
pub mod attr;
pub mod call;
pub mod class;
pub mod import;
pub mod iter;
pub mod main;
pub mod ops;
pub mod stack;
pub mod text;
pub mod type_cache;
