//! Xtensa LX106 backend for upy's native code, and an LX106 instruction-set
//! simulator ([`sim`]) to run that code (and `@micropython.asm_xtensa`
//! functions) on the host.

pub mod sim;
