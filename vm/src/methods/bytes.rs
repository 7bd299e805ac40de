//! bytes: slots and methods.

use crate::types::{BuiltinFn, Slots};

pub static BYTES_SLOTS: Slots = Slots::NONE;
pub static BYTES_METHODS: &[&BuiltinFn] = &[];
pub static BYTEARRAY_SLOTS: Slots = Slots::NONE;
pub static BYTEARRAY_METHODS: &[&BuiltinFn] = &[];
pub static MEMORYVIEW_SLOTS: Slots = Slots::NONE;
pub static MEMORYVIEW_METHODS: &[&BuiltinFn] = &[];
