//! The layouts of builtin objects, their constructors and accessors. Operations that
//! dispatch over many types live in `runtime/`; methods callable from Python live in
//! `methods/`.

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod float;
pub mod func;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
