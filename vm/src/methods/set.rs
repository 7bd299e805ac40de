//! set: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static SET_SLOTS: Slots = Slots::NONE;
pub static SET_METHODS: &[&BuiltinFn] = &[];
pub static FROZENSET_SLOTS: Slots = Slots::NONE;
pub static FROZENSET_METHODS: &[&BuiltinFn] = &[];
