//! Xtensa LX106 (ESP8266) instruction encoder, decoder and assembler.
//!
//! * [`table`]: one row per instruction of the LX106 configuration
//!   (mnemonic, format, fixed opcode bits, operand kinds).
//! * [`Inst`], [`encode`], [`decode`]: table-driven encoding and decoding
//!   of single instructions; [`Inst::display`] renders GNU objdump text.
//! * [`Assembler`]: a code buffer with labels, forward references,
//!   literal pools, alignment and optional branch relaxation, for a JIT.
//! * [`assemble`]: a GNU-syntax text assembler (`--no-transform` semantics).
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
