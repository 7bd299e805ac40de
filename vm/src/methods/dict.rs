//! dict: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static DICT_SLOTS: Slots = Slots::NONE;
pub static DICT_METHODS: &[&BuiltinFn] = &[];
pub static VIEW_SLOTS: Slots = Slots::NONE;
pub static VIEW_METHODS: &[&BuiltinFn] = &[];
