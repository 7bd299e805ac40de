//! Xtensa LX106 (ESP8266) instruction encoder, decoder and assembler.
//!
//! * [`table`]: one row per instruction of the LX106 configuration
//!   (mnemonic, format, fixed opcode bits, operand kinds).
//! * [`Inst`], [`encode`], [`decode`]: table-driven encoding and decoding
//!   of single instructions; [`Inst::display`] renders GNU objdump text.
//! * [`Assembler`]: a code buffer with labels, forward references,
//!   literal pools, alignment and optional branch relaxation, for a JIT.
//! * [`assemble`]: a GNU-syntax text assembler (`--no-transform` semantics).
//!
//! JIT-style use: emit with typed helpers, refer to labels before binding
//! them, place a literal pool before the code that loads constants, and let
//! [`Assembler::finish`] resolve everything in one consistent layout.
//!
//! ```
//! use upy_asm::{Assembler, Reg, decode};
//! let mut a = Assembler::new(0x4010_0000);
//! a.set_relax(true); // out-of-range branches become `bnot +6; j target`
//! let entry = a.new_label();
//! a.j(entry);
//! a.pool_here(); // constants loaded below live here (l32r is backward-only)
//! a.bind(entry);
//! a.load_const(Reg::A3, 0xdead_beef); // l32r from the pool
//! let done = a.new_label();
//! a.beqz(Reg::A2, done); // forward reference
//! a.add_n(Reg::A2, Reg::A2, Reg::A3);
//! a.bind(done);
//! a.ret_n();
//! let code = a.finish().expect("assembles");
//! assert_eq!(code.label_addr(entry), Some(0x4010_0008));
//! let (inst, len) = decode(&code.bytes[8..]).unwrap();
//! assert_eq!((inst.op, len), (upy_asm::Op::L32r, 3));
//! ```
#![no_std]

extern crate alloc;

pub mod assembler;
pub mod encode;
pub mod reg;
pub mod table;
pub mod text;

pub use assembler::Expr;
pub use assembler::{AsmError, Assembler, Code, Label, Sink, SizeSink};
pub use encode::{decode, decode_at, encode, EncodeError, Encoded, Inst};
pub use reg::Reg;
pub use table::{Format, Kind, Op, Row, TABLE};
pub use text::{assemble, assemble_all, assemble_with_base, TextError};

#[cfg(test)]
mod gnu_table;
#[cfg(test)]
mod tests;
