//! Type objects. Builtin types are `static`s (no heap at boot); classes made by `class`
//! statements are heap objects with the same layout, so one code path reads both.
//!
//! `Kind` says which Rust layout a type's instances have: operations dispatch on it with a
//! `match`, which is what keeps the interpreter's hot paths cheap.

use core::cell::Cell;
use core::ptr;

use alloc::string::String;

use crate::bytecode::{BinaryOpKind, CompareKind, UnaryOpKind};
use crate::map::Map;
use crate::obj::{Obj, ObjHeader};
use crate::qstr::Qstr;
use crate::vm::{PyResult, Vm};

/// The layout (and builtin behaviour) of a type's instances.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Object,
    /// An instance of a user class: `objects::instance::Instance`.
    Instance,
    NoneType,
    NotImplementedType,
    EllipsisType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    /// `array.array`: `modules::array::ArrayObj`.
    Array,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    BoundMethod,
    Type,
    Module,
    Cell,
    Code,
    Generator,
    Exception,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    /// Iterators and views: each has its own `objects::iter` layout and `next` function.
    Iterator,
    DictView,
}

/// The signature of every builtin function: positional and keyword argument values in
/// `args` (keyword values last), the keyword names in `kwnames` (str objects).
pub type NativeFn = fn(&mut Vm, &[Obj], &[Obj]) -> PyResult;

/// Slot function types (see `Slots`).
pub type WriteFn = fn(&mut Vm, Obj, &mut String) -> PyResult<()>;
pub type HashFn = fn(&mut Vm, Obj) -> PyResult<i64>;
pub type CompareFn = fn(&mut Vm, CompareKind, Obj, Obj) -> PyResult<Option<bool>>;
pub type BinopFn = fn(&mut Vm, BinaryOpKind, Obj, Obj, bool) -> PyResult<Option<Obj>>;
pub type UnaryFn = fn(&mut Vm, UnaryOpKind, Obj) -> PyResult<Option<Obj>>;
pub type LenFn = fn(&mut Vm, Obj) -> PyResult<usize>;
pub type GetItemFn = fn(&mut Vm, Obj, Obj) -> PyResult;
pub type SetItemFn = fn(&mut Vm, Obj, Obj, Obj) -> PyResult<()>;
pub type ContainsFn = fn(&mut Vm, Obj, Obj) -> PyResult<bool>;
pub type IterFn = fn(&mut Vm, Obj) -> PyResult;
pub type GetAttrFn = fn(&mut Vm, Obj, Qstr) -> PyResult<Option<Obj>>;
pub type NewFn = fn(&mut Vm, &'static TypeObj, &[Obj], &[Obj]) -> PyResult;
pub type TruthFn = fn(&mut Vm, Obj) -> PyResult<bool>;

/// The builtin behaviour of a type: each builtin type fills the slots it supports (MicroPython's
/// `mp_obj_type_t` slots). Classes use their native base's slots on their native value.
pub struct Slots {
    /// Appends `repr(o)`.
    pub repr: Option<WriteFn>,
    /// Appends `str(o)` when it differs from the repr.
    pub str: Option<WriteFn>,
    /// `hash(o)`; None means the object hashes by identity (unless unhashable: see `eq`).
    pub hash: Option<HashFn>,
    /// Rich comparison; Ok(None) is NotImplemented. `==`/`!=` default to identity.
    pub compare: Option<CompareFn>,
    /// Binary operators with `a` of this type (or `b`, for reflected forms: the function is
    /// tried with the operands as given, on the left operand's type first, then the right's);
    /// `inplace` for augmented assignment. Ok(None) is NotImplemented.
    pub binop: Option<BinopFn>,
    pub unary: Option<UnaryFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<GetItemFn>,
    /// `o[k] = v`, or `del o[k]` when `v` is NULL.
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
    /// Attributes that are not methods (`e.args`, `slice.start`...): Ok(None) if absent.
    pub getattr: Option<GetAttrFn>,
    /// Calling the type: `int("3")`, `list(x)`. Receives the type called (maybe a subclass).
    pub new: Option<NewFn>,
    /// Truth value when not derived from `len` (numbers).
    pub truth: Option<TruthFn>,
}

impl Slots {
    pub const NONE: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        compare: None,
        binop: None,
        unary: None,
        len: None,
        getitem: None,
        setitem: None,
        contains: None,
        iter: None,
        getattr: None,
        new: None,
        truth: None,
    };
}

/// How a builtin function found on a type binds when looked up on an instance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A plain function (module-level builtins): never binds.
    Function,
    /// An instance method: binds the instance as the first argument.
    Method,
    /// Binds the type as the first argument.
    ClassMethod,
    /// Never binds, even when found on a type.
    StaticMethod,
}

/// A function implemented in Rust.
#[repr(C)]
pub struct BuiltinFn {
    pub header: ObjHeader,
    pub name: &'static str,
    pub f: NativeFn,
    pub binding: Binding,
}

// SAFETY: builtin function objects are immutable statics; the VM is single-threaded.
unsafe impl Sync for BuiltinFn {}

impl BuiltinFn {
    pub const fn new(name: &'static str, f: NativeFn, binding: Binding) -> BuiltinFn {
        BuiltinFn {
            header: ObjHeader {
                ty: &builtin::BUILTIN_FUNCTION,
            },
            name,
            f,
            binding,
        }
    }
}

/// `method!(NAME, "name", function)` declares a static instance-method object;
/// `function!`, `classmethod!` and `staticmethod!` likewise for the other bindings.
#[macro_export]
macro_rules! method {
    ($id:ident, $name:literal, $f:expr) => {
        pub static $id: $crate::types::BuiltinFn =
            $crate::types::BuiltinFn::new($name, $f, $crate::types::Binding::Method);
    };
}
#[macro_export]
macro_rules! function {
    ($id:ident, $name:literal, $f:expr) => {
        pub static $id: $crate::types::BuiltinFn =
            $crate::types::BuiltinFn::new($name, $f, $crate::types::Binding::Function);
    };
}
#[macro_export]
macro_rules! classmethod {
    ($id:ident, $name:literal, $f:expr) => {
        pub static $id: $crate::types::BuiltinFn =
            $crate::types::BuiltinFn::new($name, $f, $crate::types::Binding::ClassMethod);
    };
}
#[macro_export]
macro_rules! staticmethod {
    ($id:ident, $name:literal, $f:expr) => {
        pub static $id: $crate::types::BuiltinFn =
            $crate::types::BuiltinFn::new($name, $f, $crate::types::Binding::StaticMethod);
    };
}

/// Bits of `TypeObj::flags` (user classes), cached so hot paths can skip dunder lookups.
pub mod flags {
    pub const HAS_GETATTR: u32 = 1;
    pub const HAS_SETATTR: u32 = 2;
    pub const HAS_DESCRIPTORS: u32 = 4;
    pub const IS_EXCEPTION: u32 = 8;
    pub const HAS_EQ: u32 = 16;
    pub const HAS_HASH: u32 = 32;
}

#[repr(C)]
pub struct TypeObj {
    pub header: ObjHeader,
    pub name: &'static str,
    pub kind: Kind,
    /// The single base of a builtin type (None for `object`); the first base of a class.
    pub base: *const TypeObj,
    /// The builtin type whose layout instances have (`Kind::Instance` types: `object` or a
    /// builtin type subclassed, whose value is kept in the instance's `native` slot).
    pub native: *const TypeObj,
    /// Builtin methods and attributes (builtin types only).
    pub methods: &'static [&'static BuiltinFn],
    pub slots: &'static Slots,
    /// Class attributes (classes only; empty for builtin types).
    pub dict: Map,
    /// Tuples of types (classes only; NULL for builtin types, whose MRO is the base chain).
    pub bases: Obj,
    pub mro: Obj,
    pub flags: Cell<u32>,
}

// SAFETY: static type objects are immutable; the VM is single-threaded.
unsafe impl Sync for TypeObj {}

impl TypeObj {
    pub const fn builtin(
        name: &'static str,
        kind: Kind,
        base: Option<&'static TypeObj>,
        methods: &'static [&'static BuiltinFn],
        slots: &'static Slots,
    ) -> TypeObj {
        TypeObj {
            header: ObjHeader { ty: &builtin::TYPE },
            name,
            kind,
            base: match base {
                Some(b) => b,
                None => ptr::null(),
            },
            native: ptr::null(),
            methods,
            slots,
            dict: Map::new(),
            bases: Obj::NULL,
            mro: Obj::NULL,
            flags: Cell::new(0),
        }
    }

    pub fn as_obj(&'static self) -> Obj {
        Obj::from_static(self)
    }

    pub fn is_class(&self) -> bool {
        !self.mro.is_null()
    }

    pub fn base(&self) -> Option<&'static TypeObj> {
        // SAFETY: base pointers always point at live type objects.
        unsafe { self.base.as_ref() }
    }

    /// The builtin type that determines this type's instance layout.
    pub fn native_base(&'static self) -> &'static TypeObj {
        if self.kind == Kind::Instance {
            // SAFETY: classes always have a native base.
            unsafe { &*self.native }
        } else {
            self
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
}

/// Whether type `t` is `base` or derives from it.
pub fn is_subtype(t: &'static TypeObj, base: &'static TypeObj) -> bool {
    if ptr::eq(t, base) {
        return true;
    }
    if t.is_class() {
        let mro = crate::objects::tuple::items(t.mro);
        return mro.iter().any(|&m| ptr::eq(m.as_ptr::<TypeObj>(), base));
    }
    let mut cur = t.base();
    while let Some(c) = cur {
        if ptr::eq(c, base) {
            return true;
        }
        cur = c.base();
    }
    false
}

/// The builtin types. Their method tables live with each type's implementation.
pub mod builtin {
    use super::{Kind, Slots, TypeObj};
    use crate::methods as m;

    macro_rules! types {
        ($($id:ident = $name:literal, $kind:ident, $base:expr, $methods:expr, $slots:expr;)*) => {
            $(pub static $id: TypeObj = TypeObj::builtin($name, Kind::$kind, $base, $methods, $slots);)*
        };
    }

    const NO: &Slots = &Slots::NONE;

    types! {
        OBJECT = "object", Object, None, m::object::OBJECT_METHODS, &m::object::OBJECT_SLOTS;
        TYPE = "type", Type, Some(&OBJECT), m::object::TYPE_METHODS, &m::object::TYPE_SLOTS;
        NONE_TYPE = "NoneType", NoneType, Some(&OBJECT), &[], &m::object::NONE_SLOTS;
        NOT_IMPLEMENTED_TYPE = "NotImplementedType", NotImplementedType, Some(&OBJECT), &[], &m::object::NONE_SLOTS;
        ELLIPSIS_TYPE = "ellipsis", EllipsisType, Some(&OBJECT), &[], &m::object::NONE_SLOTS;
        INT = "int", Int, Some(&OBJECT), m::int::INT_METHODS, &m::int::INT_SLOTS;
        BOOL = "bool", Bool, Some(&INT), &[], &m::int::BOOL_SLOTS;
        FLOAT = "float", Float, Some(&OBJECT), m::float::FLOAT_METHODS, &m::float::FLOAT_SLOTS;
        COMPLEX = "complex", Complex, Some(&OBJECT), m::complex::COMPLEX_METHODS, &m::complex::COMPLEX_SLOTS;
        STR = "str", Str, Some(&OBJECT), m::str::STR_METHODS, &m::str::STR_SLOTS;
        BYTES = "bytes", Bytes, Some(&OBJECT), m::bytes::BYTES_METHODS, &m::bytes::BYTES_SLOTS;
        BYTEARRAY = "bytearray", ByteArray, Some(&OBJECT), m::bytes::BYTEARRAY_METHODS, &m::bytes::BYTEARRAY_SLOTS;
        MEMORYVIEW = "memoryview", MemoryView, Some(&OBJECT), m::bytes::MEMORYVIEW_METHODS, &m::bytes::MEMORYVIEW_SLOTS;
        LIST = "list", List, Some(&OBJECT), m::list::LIST_METHODS, &m::list::LIST_SLOTS;
        TUPLE = "tuple", Tuple, Some(&OBJECT), m::tuple::TUPLE_METHODS, &m::tuple::TUPLE_SLOTS;
        DICT = "dict", Dict, Some(&OBJECT), m::dict::DICT_METHODS, &m::dict::DICT_SLOTS;
        SET = "set", Set, Some(&OBJECT), m::set::SET_METHODS, &m::set::SET_SLOTS;
        FROZENSET = "frozenset", FrozenSet, Some(&OBJECT), m::set::FROZENSET_METHODS, &m::set::FROZENSET_SLOTS;
        RANGE = "range", Range, Some(&OBJECT), m::range::RANGE_METHODS, &m::range::RANGE_SLOTS;
        SLICE = "slice", Slice, Some(&OBJECT), m::range::SLICE_METHODS, &m::range::SLICE_SLOTS;
        FUNCTION = "function", Function, Some(&OBJECT), &[], &m::func::FUNCTION_SLOTS;
        BUILTIN_FUNCTION = "builtin_function_or_method", BuiltinFunction, Some(&OBJECT), &[], &m::func::BUILTIN_SLOTS;
        BOUND_METHOD = "bound_method", BoundMethod, Some(&OBJECT), &[], &m::func::BOUND_SLOTS;
        MODULE = "module", Module, Some(&OBJECT), &[], &m::object::MODULE_SLOTS;
        CELL = "cell", Cell, Some(&OBJECT), &[], NO;
        CODE = "code", Code, Some(&OBJECT), &[], NO;
        GENERATOR = "generator", Generator, Some(&OBJECT), m::generator::GENERATOR_METHODS, &m::generator::GENERATOR_SLOTS;
        PROPERTY = "property", Property, Some(&OBJECT), m::func::PROPERTY_METHODS, &m::func::PROPERTY_SLOTS;
        CLASSMETHOD = "classmethod", ClassMethod, Some(&OBJECT), &[], &m::func::CLASSMETHOD_SLOTS;
        STATICMETHOD = "staticmethod", StaticMethod, Some(&OBJECT), &[], &m::func::STATICMETHOD_SLOTS;
        SUPER = "super", Super, Some(&OBJECT), &[], &m::object::SUPER_SLOTS;
        ITERATOR = "iterator", Iterator, Some(&OBJECT), m::iter::ITER_METHODS, &m::iter::ITER_SLOTS;
        DICT_KEYS = "dict_keys", DictView, Some(&OBJECT), m::dict::VIEW_METHODS, &m::dict::VIEW_SLOTS;
        DICT_VALUES = "dict_values", DictView, Some(&OBJECT), m::dict::VIEW_METHODS, &m::dict::VIEW_SLOTS;
        DICT_ITEMS = "dict_items", DictView, Some(&OBJECT), m::dict::VIEW_METHODS, &m::dict::VIEW_SLOTS;
    }
}
