//! range: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static RANGE_SLOTS: Slots = Slots::NONE;
pub static RANGE_METHODS: &[&BuiltinFn] = &[];
pub static SLICE_SLOTS: Slots = Slots::NONE;
pub static SLICE_METHODS: &[&BuiltinFn] = &[];
