//! The bytecode: the contract between the compiler, the interpreter, the disassembler and
//! the native code generator (which walks the same instructions).
//!
//! An instruction is one opcode byte, followed by one unsigned LEB128 argument when
//! `Op::has_arg()` says so. Jump targets are absolute byte offsets into the function's code,
//! encoded the same way (the compiler iterates until every target's encoding is stable).
//!
//! Stack effects below read `before -> after`, top of stack rightmost. `NULL` is `Obj::NULL`
//! (the word 0), which never appears as a Python value.
//!
//! Exception handling uses a per-frame block stack. A *handler* block records a handler pc and
//! the value-stack depth at setup. When an exception reaches a frame, blocks are popped:
//! - an *exc-state* block (pushed on handler entry) restores the "exception being handled"
//!   (used by bare `raise`, `sys.exc_info` and implicit `__context__`) from the stack slot at
//!   its depth, and unwinding continues;
//! - a *handler* block truncates the stack to its depth, pushes an exc-state block with the
//!   current depth, pushes the previously handled exception (or None) and then the new
//!   exception, makes the new one the handled exception and jumps to the handler.
//!
//! So an `except` clause starts with `prev exc` on the stack above the try's depth, and a
//! `with` handler with `exit prev exc`. `finally` bodies and `with` exits on the normal path,
//! and on `break`/`continue`/`return` out of a protected region, are compiled inline by the
//! compiler (after `PopBlock` or `PopExcept`), so the interpreter has no "why" codes.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $arg:literal ),* $(,)?) => {
        /// One bytecode instruction's opcode.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[$doc])* $name ),* }

        impl Op {
            /// Every opcode, indexed by its byte value.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];
            const HAS_ARG: &'static [bool] = &[$($arg != 0),*];
            const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Whether a LEB128 argument follows the opcode byte.
            #[inline(always)]
            pub fn has_arg(self) -> bool {
                Self::HAS_ARG[self as usize]
            }

            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }

            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                Self::ALL.get(b as usize).copied()
            }
        }
    };
}

opcodes! {
    // ---- stack shuffling
    /// `->`
    Nop = 0,
    /// `a ->`
    Pop = 0,
    /// `a -> a a`
    Dup = 0,
    /// `a b -> a b a b`
    Dup2 = 0,
    /// `a b -> b a`
    Rot2 = 0,
    /// `a b c -> c a b`
    Rot3 = 0,
    /// `a b c d -> d a b c`
    Rot4 = 0,

    // ---- constants
    /// `-> consts[k]`
    LoadConst = 1,
    /// `-> int(zigzag_decode(arg))`: small integers without a constant-table entry. Only for
    /// `SMALL_INT_MIN..=SMALL_INT_MAX`, which every target (32-bit ones too) holds in the word.
    LoadSmallInt = 1,
    /// `-> None`
    LoadNone = 0,
    /// `-> True`
    LoadTrue = 0,
    /// `-> False`
    LoadFalse = 0,

    // ---- variables. Fast slots are the frame's locals array (see `Code::varnames`).
    /// `-> locals[i]`; UnboundLocalError if the slot is NULL.
    LoadFast = 1,
    /// `v ->` with `locals[i] = v`
    StoreFast = 1,
    /// `->` with `locals[i] = NULL`; UnboundLocalError if it already was.
    DeleteFast = 1,
    /// `-> locals[i].contents`: slot i holds a cell (cell or free variable); NameError
    /// ("free variable referenced before assignment") / UnboundLocalError when empty.
    LoadDeref = 1,
    /// `v ->` with `locals[i].contents = v`
    StoreDeref = 1,
    /// `->` emptying the cell in slot i
    DeleteDeref = 1,
    /// `-> locals[i]`: the cell object itself, to build a closure tuple.
    LoadClosure = 1,
    /// `-> v`: the name `names[n]` looked up in the frame's locals dict, then globals, then
    /// builtins (module and class bodies).
    LoadName = 1,
    /// `v ->` storing `names[n]` in the locals dict.
    StoreName = 1,
    /// `->` deleting `names[n]` from the locals dict; NameError if absent.
    DeleteName = 1,
    /// `-> v`: globals then builtins.
    LoadGlobal = 1,
    /// `v ->`
    StoreGlobal = 1,
    /// `->`
    DeleteGlobal = 1,
    /// `obj -> obj.names[n]`
    LoadAttr = 1,
    /// `v obj ->` with `obj.names[n] = v`
    StoreAttr = 1,
    /// `obj ->`
    DeleteAttr = 1,
    /// `obj -> f obj` when `names[n]` is a plain function found on the type (unbound method),
    /// else `obj -> NULL attr`. Always followed (after the arguments) by `CallMethod`/`CallMethodKw`.
    LoadMethod = 1,
    /// `obj key -> obj[key]`
    LoadSubscr = 0,
    /// `v obj key ->` with `obj[key] = v`
    StoreSubscr = 0,
    /// `obj key ->`
    DeleteSubscr = 0,

    // ---- operators
    /// `a b -> a OP b` with `OP = BinaryOpKind::from(arg)`.
    BinaryOp = 1,
    /// `a b -> a OP= b` (in-place variant: tries `__iadd__` etc. first).
    InplaceOp = 1,
    /// `a -> OP a` with `OP = UnaryOpKind::from(arg)`.
    UnaryOp = 1,
    /// `a b -> result` with `CompareKind::from(arg)`; `in`/`not in` test `a in b`.
    CompareOp = 1,
    /// `exc typ -> exc bool`: whether `exc` is an instance of `typ` (a class or a tuple of
    /// classes). TypeError if `typ` is not an exception class.
    ExcMatch = 0,

    // ---- control flow
    /// `->` jump to `arg`
    Jump = 1,
    /// `v ->` jump if `v` is false
    PopJumpIfFalse = 1,
    /// `v ->` jump if `v` is true
    PopJumpIfTrue = 1,
    /// `v -> v` and jump if false, else `v ->`
    JumpIfFalseOrPop = 1,
    /// `v -> v` and jump if true, else `v ->`
    JumpIfTrueOrPop = 1,
    /// `obj -> iter(obj)`
    GetIter = 0,
    /// `it -> it next(it)`; when exhausted `it ->` and jump to `arg`.
    ForIter = 1,

    // ---- building values
    /// `x1..xn -> (x1, .., xn)`
    BuildTuple = 1,
    /// `x1..xn -> [x1, .., xn]`
    BuildList = 1,
    /// `x1..xn -> {x1, .., xn}`
    BuildSet = 1,
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    BuildMap = 1,
    /// `s1..sn -> s1 + .. + sn` (all str): f-strings.
    BuildString = 1,
    /// `lo hi -> slice(lo, hi)` when arg is 2; `lo hi step -> slice(lo, hi, step)` when 3.
    BuildSlice = 1,
    /// `v -> str`, or `v spec -> str` when `arg & FORMAT_HAS_SPEC`; `arg & 3` is the conversion
    /// (`FORMAT_*`) applied before `format(v, spec)`.
    FormatValue = 1,
    /// `.. list(at depth arg, counting from 1 after popping v) .. v -> .. list ..` appending v.
    ListAppend = 1,
    /// Like `ListAppend`, adding to a set.
    SetAdd = 1,
    /// `.. dict .. k v -> .. dict ..` with `dict[k] = v` (dict at depth arg after popping k, v).
    MapAdd = 1,
    /// `.. list .. iterable -> .. list ..` extending (star displays `[*a]`).
    ListExtend = 1,
    /// `.. set .. iterable -> .. set ..`
    SetUpdate = 1,
    /// `.. dict .. mapping -> .. dict ..` (`{**a}`): later keys win.
    DictUpdate = 1,
    /// `.. dict .. mapping -> .. dict ..` (`f(**a)`): TypeError on a repeated keyword.
    DictMerge = 1,
    /// `list -> tuple(list)`
    ListToTuple = 0,
    /// `seq -> x_{n-1} .. x_1 x_0` (x_0 on top); ValueError unless `len(seq) == n`.
    UnpackSequence = 1,
    /// `seq -> rest.. list ..` for `a, *b, c = seq`: `arg = before | after << 8`; pushes the
    /// `after` trailing items, then the list of the middle, then the `before` leading ones,
    /// so that the first target is on top.
    UnpackEx = 1,

    // ---- calls
    /// `f a1..an -> f(a1, .., an)`
    CallFunction = 1,
    /// `f a1..an names -> result`: `names` is a tuple of str; the last `len(names)` of the
    /// `n = arg` values are passed by those keywords.
    CallFunctionKw = 1,
    /// `f args -> f(*args)`, or `f args kwargs -> f(*args, **kwargs)` when `arg & 1`;
    /// `args` is a tuple and `kwargs` a dict.
    CallFunctionEx = 1,
    /// `m s a1..an -> result`: after `LoadMethod`, calls `m(s, a1..an)` or, when `m` is NULL,
    /// `s(a1..an)`.
    CallMethod = 1,
    /// `m s a1..an names -> result`: `CallMethod` with keywords as in `CallFunctionKw`.
    CallMethodKw = 1,
    /// `[defaults] [kwdefaults] [closure] code -> function`: `arg` has `MAKE_FN_*` bits telling
    /// which of the optional values are present (a tuple, a dict of name -> value, a tuple of cells).
    MakeFunction = 1,
    /// `v ->` returning `v` from the frame.
    ReturnValue = 0,
    /// `-> __build_class__`
    LoadBuildClass = 0,
    /// `-> AssertionError`
    LoadAssertionError = 0,

    // ---- exceptions (see module docs)
    /// `->` pushing a handler block for `arg`.
    SetupFinally = 1,
    /// `ctx -> exit ctx.__enter__()`: `exit` is the bound `ctx.__exit__`; a handler block for
    /// `arg` is pushed with the depth just above `exit`.
    SetupWith = 1,
    /// `->` popping a handler block (the protected region ended normally).
    PopBlock = 0,
    /// Pops the innermost block, an exc-state block, restores the handled exception from the
    /// stack slot at that block's depth and removes that slot (values above it move down).
    PopExcept = 0,
    /// `arg = 0`: re-raise the exception being handled (RuntimeError if none);
    /// `exc ->` when 1; `exc cause ->` when 2 (`raise exc from cause`). Classes are instantiated.
    Raise = 1,
    /// `exc ->` raising `exc` again with its traceback unchanged (end of an unmatched handler).
    Reraise = 0,
    /// `exit prev exc -> exit prev exc result` with `result = exit(type(exc), exc, None)`.
    WithExceptStart = 0,

    // ---- generators
    /// `v -> sent`: suspends the generator yielding `v`; resumes with the sent value (None
    /// for `next()`), or raises the thrown exception at this point.
    YieldValue = 0,
    /// `obj -> iter`: `iter(obj)`, except that generators are kept as they are.
    GetYieldFromIter = 0,
    /// `it v -> it` while `it.send(v)` yields (its value is yielded to our caller and the
    /// instruction runs again on resumption with the sent value replacing `v`);
    /// `it v -> result` once it returns (StopIteration's value).
    YieldFrom = 0,

    // ---- modules
    /// `level fromlist -> module`: imports `names[n]` (dotted); `level` is an int, `fromlist`
    /// None or a tuple of str. Without a fromlist the top-level package is pushed.
    ImportName = 1,
    /// `module -> module value`: `names[n]` from the module (ImportError if absent).
    ImportFrom = 1,
    /// `module ->`: copies the public names into the locals dict.
    ImportStar = 0,
    /// `v ->`: REPL echo: prints `repr(v)` unless it is None.
    PrintExpr = 0,
}

/// Argument of `BinaryOp` / `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOpKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOpKind {
    pub const ALL: [BinaryOpKind; 13] = [
        Self::Add,
        Self::Sub,
        Self::Mul,
        Self::MatMul,
        Self::TrueDiv,
        Self::FloorDiv,
        Self::Mod,
        Self::Pow,
        Self::LShift,
        Self::RShift,
        Self::And,
        Self::Or,
        Self::Xor,
    ];

    pub fn from_arg(arg: u32) -> Option<Self> {
        Self::ALL.get(arg as usize).copied()
    }

    /// The operator as written in Python source (for messages and the disassembler).
    pub fn symbol(self) -> &'static str {
        [
            "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
        ][self as usize]
    }
}

/// Argument of `UnaryOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOpKind {
    Neg,
    Pos,
    Invert,
    Not,
}

impl UnaryOpKind {
    pub fn from_arg(arg: u32) -> Option<Self> {
        [Self::Neg, Self::Pos, Self::Invert, Self::Not]
            .get(arg as usize)
            .copied()
    }
}

/// Argument of `CompareOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CompareKind {
    pub fn from_arg(arg: u32) -> Option<Self> {
        [
            Self::Lt,
            Self::Le,
            Self::Eq,
            Self::Ne,
            Self::Gt,
            Self::Ge,
            Self::In,
            Self::NotIn,
            Self::Is,
            Self::IsNot,
        ]
        .get(arg as usize)
        .copied()
    }

    pub fn symbol(self) -> &'static str {
        [
            "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
        ][self as usize]
    }
}

/// The range of `LoadSmallInt`: 31-bit signed, the small-int range of a 32-bit machine.
pub const SMALL_INT_MIN: i64 = -(1 << 30);
pub const SMALL_INT_MAX: i64 = (1 << 30) - 1;

/// `FormatValue` argument bits.
pub const FORMAT_STR: u32 = 1;
pub const FORMAT_REPR: u32 = 2;
pub const FORMAT_ASCII: u32 = 3;
pub const FORMAT_HAS_SPEC: u32 = 4;

/// `MakeFunction` argument bits, in the order the values sit on the stack (bottom first).
pub const MAKE_FN_DEFAULTS: u32 = 1;
pub const MAKE_FN_KWDEFAULTS: u32 = 2;
pub const MAKE_FN_CLOSURE: u32 = 8;

/// `Code::flags` bits.
pub const CO_GENERATOR: u16 = 1;
/// Takes `*args` (its slot follows the positional and keyword-only parameters).
pub const CO_VARARGS: u16 = 2;
/// Takes `**kwargs` (its slot follows `*args`'s, or the parameters' when there is none).
pub const CO_VARKEYWORDS: u16 = 4;
/// Module or class body: names live in a dict (`LoadName`/`StoreName`), not fast slots.
pub const CO_NAME_DICT: u16 = 8;
/// Decorated `@micropython.native`.
pub const CO_NATIVE: u16 = 16;
/// Decorated `@micropython.viper`.
pub const CO_VIPER: u16 = 32;
/// Decorated `@micropython.asm_xtensa`.
pub const CO_ASM_XTENSA: u16 = 64;

/// A compile-time constant, independent of any heap; the runtime turns each into an object
/// once, when the code is loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// An imaginary literal: the complex number `0 + v*j`.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Box<Code>),
}

/// A compiled function, class body or module body.
///
/// Fast slots (`varnames`, in order): positional parameters (`argcount` of them, the first
/// `posonlyargcount` positional-only), then `kwonlyargcount` keyword-only ones, then `*args`
/// and `**kwargs` when the flags say so, then the other locals, then the free variables (the
/// last `nfreevars` slots, filled from the function's closure tuple in order). Slots listed in
/// `cellvars` hold a fresh cell at frame entry (containing the argument, for a parameter).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub flags: u16,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub varnames: Vec<String>,
    pub cellvars: Vec<u16>,
    pub nfreevars: u16,
    /// Names used by the name, global, attribute, method and import instructions.
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub code: Vec<u8>,
    /// Line table: pairs of LEB128 (pc delta, zigzag line delta) from (0, `first_line`);
    /// each pair says "from this pc on, this line". See `line_for_pc`.
    pub lines: Vec<u8>,
    /// Maximum value-stack depth.
    pub stacksize: u16,
    /// Maximum block-stack depth.
    pub blocksize: u16,
    /// Viper annotations: for each parameter slot in order, then the return type as the last
    /// entry, the annotation name (`"int"`, `"ptr8"`…) or an empty string. Empty unless viper.
    pub viper_types: Vec<String>,
    /// For `@micropython.asm_xtensa` functions: the assembled Xtensa machine code (the body
    /// is not bytecode) and the number of register arguments it takes.
    pub asm_xtensa: Option<AsmCode>,
    /// The docstring of a function (its first statement, when that is a string literal).
    pub doc: Option<String>,
}

/// Machine code produced by an inline assembler.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsmCode {
    pub bytes: Vec<u8>,
    pub nargs: u16,
    /// The return annotation: "int" (default), "uint", "bool" or "object".
    pub ret: String,
}

impl Code {
    /// The source line of the instruction at `pc`.
    pub fn line_for_pc(&self, pc: usize) -> u32 {
        let mut at = 0usize;
        let mut line = self.first_line as i64;
        let mut i = 0usize;
        while i < self.lines.len() {
            let dpc = read_uint(&self.lines, &mut i) as usize;
            let dline = zigzag_decode(read_uint(&self.lines, &mut i));
            if at + dpc > pc {
                break;
            }
            at += dpc;
            line += dline as i64;
        }
        line as u32
    }

    /// Appends a line-table entry: from `pc` on, source line `line`. `last` is the
    /// (pc, line) of the previous entry, initially `(0, first_line)`.
    pub fn push_line(&mut self, last: &mut (u32, u32), pc: u32, line: u32) {
        if line == last.1 {
            return;
        }
        write_uint(&mut self.lines, pc - last.0);
        write_uint(&mut self.lines, zigzag_encode(line as i32 - last.1 as i32));
        *last = (pc, line);
    }
}

/// Appends `v` as unsigned LEB128.
pub fn write_uint(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The encoded length of `v` as unsigned LEB128.
pub fn uint_len(v: u32) -> usize {
    match v {
        0..=0x7f => 1,
        0x80..=0x3fff => 2,
        0x4000..=0x1f_ffff => 3,
        0x20_0000..=0x0fff_ffff => 4,
        _ => 5,
    }
}

/// Reads an unsigned LEB128 at `*pc`, advancing it.
#[inline(always)]
pub fn read_uint(code: &[u8], pc: &mut usize) -> u32 {
    let b = code[*pc];
    *pc += 1;
    if b < 0x80 {
        return b as u32;
    }
    let mut v = (b & 0x7f) as u32;
    let mut shift = 7;
    loop {
        let b = code[*pc];
        *pc += 1;
        v |= ((b & 0x7f) as u32) << shift;
        if b < 0x80 {
            return v;
        }
        shift += 7;
    }
}

pub fn zigzag_encode(v: i32) -> u32 {
    ((v << 1) ^ (v >> 31)) as u32
}

pub fn zigzag_decode(v: u32) -> i32 {
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb128_round_trips() {
        for v in [0u32, 1, 127, 128, 300, 16383, 16384, 1 << 21, u32::MAX] {
            let mut buf = Vec::new();
            write_uint(&mut buf, v);
            assert_eq!(buf.len(), uint_len(v));
            let mut pc = 0;
            assert_eq!(read_uint(&buf, &mut pc), v);
            assert_eq!(pc, buf.len());
        }
    }

    #[test]
    fn zigzag_round_trips() {
        for v in [0, 1, -1, 63, -64, i32::MAX, i32::MIN] {
            assert_eq!(zigzag_decode(zigzag_encode(v)), v);
        }
    }

    #[test]
    fn line_table_finds_lines() {
        let mut code = Code {
            first_line: 10,
            ..Code::default()
        };
        let mut last = (0, 10);
        code.push_line(&mut last, 0, 10);
        code.push_line(&mut last, 5, 12);
        code.push_line(&mut last, 9, 11);
        assert_eq!(code.line_for_pc(0), 10);
        assert_eq!(code.line_for_pc(4), 10);
        assert_eq!(code.line_for_pc(5), 12);
        assert_eq!(code.line_for_pc(8), 12);
        assert_eq!(code.line_for_pc(9), 11);
        assert_eq!(code.line_for_pc(100), 11);
    }

    #[test]
    fn opcodes_fit_a_byte_and_round_trip() {
        assert!(Op::ALL.len() < 256);
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
    }
}
