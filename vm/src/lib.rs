//! upy's virtual machine: everything between Python source text and its execution, with no
//! operating system underneath (`no_std` + `alloc`), so the same crate runs on a PC and on an
//! ESP8266. Ports supply I/O, the heap memory and a few hooks.
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ast;
pub mod bigint;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod dis;
pub mod format;
pub mod gc;
pub mod interp;
pub mod lexer;
pub mod map;
pub mod methods;
pub mod modules;
pub mod native;
pub mod obj;
pub mod objects;
pub mod parser;
pub mod qstr;
pub mod runtime;
pub mod types;
pub mod vm;
