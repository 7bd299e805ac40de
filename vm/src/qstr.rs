//! Interned strings ("qstrs", as MicroPython calls them): names and short constant strings
//! are stored once and referred to by index, so comparing two of them is comparing words.
//!
//! The predefined ones below are compile-time constants (`q::__init__`), live in static
//! memory and cost no heap at boot. Strings interned at run time are kept (never freed) in
//! memory outside the garbage-collected heap, as MicroPython does with its qstr pools.

use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashMap;

/// Index of an interned string.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Qstr(pub u32);

macro_rules! predefined {
    ($($name:ident $(= $text:literal)?),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum Index { $($name),* }

        /// Predefined interned strings, by name.
        #[allow(non_upper_case_globals)]
        pub mod q {
            use super::{Index, Qstr};
            $(pub const $name: Qstr = Qstr(Index::$name as u32);)*
        }
        const PREDEFINED: &[&str] = &[$(predefined!(@text $name $(= $text)?)),*];
    };
    (@text $name:ident = $text:literal) => { $text };
    (@text $name:ident) => { stringify!($name) };
}

predefined! {
    empty = "",
    __init__, __new__, __del__, __repr__, __str__, __format__, __hash__, __bool__, __len__,
    __call__, __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__,
    __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__, __reversed__,
    __enter__, __exit__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __add__, __sub__, __mul__, __matmul__, __truediv__, __floordiv__, __mod__, __pow__,
    __lshift__, __rshift__, __and__, __or__, __xor__,
    __radd__, __rsub__, __rmul__, __rmatmul__, __rtruediv__, __rfloordiv__, __rmod__, __rpow__,
    __rlshift__, __rrshift__, __rand__, __ror__, __rxor__,
    __iadd__, __isub__, __imul__, __imatmul__, __itruediv__, __ifloordiv__, __imod__, __ipow__,
    __ilshift__, __irshift__, __iand__, __ior__, __ixor__,
    __neg__, __pos__, __invert__, __abs__, __int__, __float__, __index__, __round__,
    __class__, __dict__, __name__, __qualname__, __module__, __doc__, __mro__, __bases__,
    __base__, __main__, __file__, __build_class__, __import__, __all__, __path__, __package__,
    __self__, __func__, __code__, __defaults__, __kwdefaults__, __closure__, __cause__, __context__,
    __suppress_context__, __traceback__, __set_name__, __init_subclass__, __class_getitem__,
    __missing__, __length_hint__, __divmod__, __rdivmod__,
    dot0 = ".0", lt_module = "<module>", lt_lambda = "<lambda>", lt_listcomp = "<listcomp>",
    lt_genexpr = "<genexpr>", lt_stdin = "<stdin>", lt_string = "<string>",
    builtins, micropython, sys, gc, math, args, value, name, self_ = "self", cls, send, throw, close,
    keys, values, items, get, append, extend, join, format, key, reverse, default, start, stop,
    step, sep, end, file, flush, real, imag, object, int, float, str, bytes, bool, list, tuple,
    dict, set, frozenset, r#type = "type", super_ = "super", none = "None", r#true = "True",
    r#false = "False", argv, path, modules, stdout, stderr, stdin, write, read, readline,
    maxsize, version, version_info, implementation, platform, byteorder, little, exit,
    errno, code, msg, filename, lineno, offset, text, strerror, big, __globals__,
}

/// The number of predefined qstrs.
pub fn predefined_count() -> usize {
    PREDEFINED.len()
}

/// FNV-1a over bytes: the one string hash used for qstrs and heap strings alike, so that a
/// heap string and an interned one with equal text hash equally. Never 0, so that heap
/// strings can use 0 for "not computed yet".
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h.max(1)
}

/// The table of interned strings of one VM.
pub struct Interner {
    texts: Vec<&'static str>,
    hashes: Vec<u32>,
    index: HashMap<&'static str, Qstr>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Self {
        let mut me = Interner {
            texts: Vec::with_capacity(PREDEFINED.len() + 64),
            hashes: Vec::with_capacity(PREDEFINED.len() + 64),
            index: HashMap::with_capacity(PREDEFINED.len() + 64),
        };
        for s in PREDEFINED {
            me.push(s);
        }
        me
    }

    fn push(&mut self, s: &'static str) -> Qstr {
        let q = Qstr(self.texts.len() as u32);
        self.texts.push(s);
        self.hashes.push(hash_bytes(s.as_bytes()));
        self.index.insert(s, q);
        q
    }

    /// Interns `s`, copying it when it is new.
    pub fn intern(&mut self, s: &str) -> Qstr {
        if let Some(&q) = self.index.get(s) {
            return q;
        }
        let leaked: &'static str = Box::leak(Box::from(s));
        self.push(leaked)
    }

    /// The qstr for `s` if it is interned already.
    pub fn lookup(&self, s: &str) -> Option<Qstr> {
        self.index.get(s).copied()
    }

    #[inline(always)]
    pub fn text(&self, q: Qstr) -> &'static str {
        self.texts[q.0 as usize]
    }

    #[inline(always)]
    pub fn hash(&self, q: Qstr) -> u32 {
        self.hashes[q.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_names_are_interned_at_their_index() {
        let mut i = Interner::new();
        assert_eq!(i.intern("__init__"), q::__init__);
        assert_eq!(i.text(q::dot0), ".0");
        assert_eq!(i.text(q::r#type), "type");
        assert_eq!(i.text(q::empty), "");
    }

    #[test]
    fn interning_is_idempotent_and_hash_matches_bytes() {
        let mut i = Interner::new();
        let a = i.intern("hello world");
        let b = i.intern("hello world");
        assert_eq!(a, b);
        assert_ne!(a, i.intern("hello"));
        assert_eq!(i.hash(a), hash_bytes(b"hello world"));
        assert_eq!(i.lookup("nope-never"), None);
    }
}
