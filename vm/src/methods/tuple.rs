//! tuple: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static TUPLE_SLOTS: Slots = Slots::NONE;
pub static TUPLE_METHODS: &[&BuiltinFn] = &[];
