//! list: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static LIST_SLOTS: Slots = Slots::NONE;
pub static LIST_METHODS: &[&BuiltinFn] = &[];
