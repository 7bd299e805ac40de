//! A code buffer with labels, fix-ups, literal pools, alignment and opt-in
//! branch relaxation.
//!
//! Emitting never fails: instructions, data and label bindings are
//! recorded, and [`Assembler::finish`] lays the code out once (iterating
//! only to grow relaxed branches), resolves every label and encodes. Label
//! addresses therefore always agree with the emitted bytes. Errors carry the
//! caller's *tag* (set with [`Assembler::set_tag`]; the text front end uses
//! line numbers).

use alloc::vec::Vec;
use core::fmt;

use crate::encode::{pcrel_range, EncodeError, Inst};
use crate::reg::Reg;
use crate::table::{Kind, Op};

/// A code label; create with [`Assembler::new_label`], place with
/// [`Assembler::bind`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Label(pub u32);

/// A link-time expression: `add - sub + addend`, where labels stand for
/// their absolute addresses (base + offset).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Expr {
    pub add: Option<Label>,
    pub sub: Option<Label>,
    pub addend: i64,
}

impl Expr {
    /// A constant.
    pub fn constant(v: i64) -> Expr {
        Expr {
            add: None,
            sub: None,
            addend: v,
        }
    }

    /// `label + addend`.
    pub fn label(l: Label, addend: i64) -> Expr {
        Expr {
            add: Some(l),
            sub: None,
            addend,
        }
    }

    /// True when no label is involved.
    pub fn is_constant(&self) -> bool {
        self.add.is_none() && self.sub.is_none()
    }
}

impl From<Label> for Expr {
    fn from(l: Label) -> Expr {
        Expr::label(l, 0)
    }
}

/// Receives every emitted byte.
pub trait Sink {
    fn put(&mut self, byte: u8);
}

impl Sink for Vec<u8> {
    fn put(&mut self, byte: u8) {
        self.push(byte);
    }
}

/// A sink that only counts bytes.
#[derive(Clone, Copy, Default, Debug)]
pub struct SizeSink(pub usize);

impl Sink for SizeSink {
    fn put(&mut self, _: u8) {
        self.0 += 1;
    }
}

/// What went wrong.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AsmErrorKind {
    /// An operand cannot be encoded.
    Encode(EncodeError),
    /// A label used but never bound.
    Unbound(Label),
    /// A label bound twice.
    Rebound(Label),
    /// `literal`/`load_const` without a pool: call [`Assembler::pool_here`]
    /// first (l32r can only load from lower addresses).
    NoPool,
    /// `.align` argument that is not a power of two (or is too large).
    BadAlign(u32),
    /// A data value that does not fit in `size` bytes.
    DataRange { value: i64, size: u8 },
    /// An expression that cannot be computed (e.g. label + label).
    BadExpr,
    /// Operand number out of range for the instruction.
    BadSlot,
    /// Code larger than 4 GiB or otherwise unrepresentable.
    TooLarge,
}

/// An assembly error with the tag that was current when the offending
/// item was emitted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct AsmError {
    pub tag: u32,
    pub kind: AsmErrorKind,
}

impl fmt::Display for AsmErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsmErrorKind::Encode(e) => write!(f, "{e}"),
            AsmErrorKind::Unbound(l) => write!(f, "undefined label L{}", l.0),
            AsmErrorKind::Rebound(l) => write!(f, "duplicate label L{}", l.0),
            AsmErrorKind::NoPool => f.write_str("literal used before any literal pool position"),
            AsmErrorKind::BadAlign(a) => write!(f, "alignment {a} is not a power of 2"),
            AsmErrorKind::DataRange { value, size } => {
                write!(f, "value {value} does not fit in {size} byte(s)")
            }
            AsmErrorKind::BadExpr => f.write_str("expression cannot be resolved"),
            AsmErrorKind::BadSlot => f.write_str("bad operand index"),
            AsmErrorKind::TooLarge => f.write_str("code too large"),
        }
    }
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

#[derive(Clone, Copy, Debug)]
enum Binding {
    Unbound,
    /// Bound before item `n` (at the end offset of item n-1).
    Item(usize),
    /// Entry `e` of the pool item `n`.
    Pool(usize, usize),
}

#[derive(Clone, Debug)]
enum ItemKind {
    Inst {
        inst: Inst,
        fix: Option<(usize, Expr)>,
        relax: bool,
    },
    Data {
        size: u8,
        expr: Expr,
    },
    Bytes {
        start: usize,
        len: usize,
    },
    Align {
        align: u32,
        fill: u8,
    },
    Space {
        len: u32,
        fill: u8,
    },
    Pool {
        index: usize,
    },
}

#[derive(Clone, Debug)]
struct Item {
    kind: ItemKind,
    tag: u32,
}

/// The result of [`Assembler::finish`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The code bytes, to be placed at `base`.
    pub bytes: Vec<u8>,
    pub base: u32,
    labels: Vec<Option<u32>>,
}

impl Code {
    /// Offset of a label from the start of the code.
    pub fn label_offset(&self, l: Label) -> Option<u32> {
        self.labels.get(l.0 as usize).copied().flatten()
    }

    /// Absolute address of a label.
    pub fn label_addr(&self, l: Label) -> Option<u32> {
        self.label_offset(l).map(|o| o.wrapping_add(self.base))
    }
}

/// Final layout: offsets of every item (plus the end) and relax levels.
struct Layout {
    offsets: Vec<u32>,
    levels: Vec<u8>,
    labels: Vec<Option<u32>>,
}

/// An Xtensa code assembler.
///
/// ```
/// use upy_asm::{Assembler, Reg};
/// let mut a = Assembler::new(0);
/// let top = a.here();
/// a.addi(Reg::A2, Reg::A2, -1);
/// a.bnez(Reg::A2, top);
/// a.ret_n();
/// let code = a.finish().unwrap();
/// assert_eq!(code.bytes.len(), 8);
/// ```
#[derive(Clone, Debug)]
pub struct Assembler {
    base: u32,
    items: Vec<Item>,
    labels: Vec<Binding>,
    data: Vec<u8>,
    pools: Vec<Vec<(Expr, Label)>>,
    current_pool: Option<usize>,
    errors: Vec<AsmError>,
    tag: u32,
    relax: bool,
}

impl Default for Assembler {
    fn default() -> Self {
        Assembler::new(0)
    }
}

impl Assembler {
    /// An empty assembler for code that will run at address `base`
    /// (4-byte aligned normally; `call0`/`l32r` depend on it).
    pub fn new(base: u32) -> Assembler {
        Assembler {
            base,
            items: Vec::new(),
            labels: Vec::new(),
            data: Vec::new(),
            pools: Vec::new(),
            current_pool: None,
            errors: Vec::new(),
            tag: 0,
            relax: false,
        }
    }

    /// Set the tag recorded with subsequent items (e.g. a source line).
    pub fn set_tag(&mut self, tag: u32) {
        self.tag = tag;
    }

    /// Enable or disable branch relaxation for subsequently emitted
    /// branches: an out-of-range conditional branch becomes the inverted
    /// branch over a `j` (6 bytes), and `beqz.n`/`bnez.n` widen to
    /// `beqz`/`bnez` first. Off by default.
    pub fn set_relax(&mut self, on: bool) {
        self.relax = on;
    }

    fn err(&mut self, kind: AsmErrorKind) {
        self.errors.push(AsmError {
            tag: self.tag,
            kind,
        });
    }

    fn push(&mut self, kind: ItemKind) {
        self.items.push(Item {
            kind,
            tag: self.tag,
        });
    }

    /// A new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(Binding::Unbound);
        Label(self.labels.len() as u32 - 1)
    }

    /// Bind `l` to the current position.
    pub fn bind(&mut self, l: Label) {
        match self.labels.get(l.0 as usize) {
            Some(Binding::Unbound) => self.labels[l.0 as usize] = Binding::Item(self.items.len()),
            Some(_) => self.err(AsmErrorKind::Rebound(l)),
            None => self.err(AsmErrorKind::Unbound(l)),
        }
    }

    /// A new label bound to the current position.
    pub fn here(&mut self) -> Label {
        let l = self.new_label();
        self.bind(l);
        l
    }

    /// Whether a label has been bound.
    pub fn is_bound(&self, l: Label) -> bool {
        matches!(
            self.labels.get(l.0 as usize),
            Some(Binding::Item(_) | Binding::Pool(..))
        )
    }

    /// Emit an instruction with constant operands.
    pub fn inst(&mut self, inst: Inst) {
        self.push(ItemKind::Inst {
            inst,
            fix: None,
            relax: false,
        });
    }

    /// Emit `op` with constant operands.
    pub fn emit(&mut self, op: Op, args: &[i32]) {
        self.inst(Inst::new(op, args));
    }

    /// Emit `op` whose operand number `slot` is the expression `e`
    /// (a label operand or a symbolic immediate); the other operands are
    /// taken from `args`.
    pub fn emit_fix(&mut self, op: Op, args: &[i32], slot: usize, e: Expr) {
        if slot >= op.row().operands.len() {
            self.err(AsmErrorKind::BadSlot);
            return;
        }
        let relax = self.relax && op.inverted_branch().is_some();
        self.push(ItemKind::Inst {
            inst: Inst::new(op, args),
            fix: Some((slot, e)),
            relax,
        });
    }

    /// Emit a branch-like instruction whose last operand is `target`.
    pub fn emit_branch(&mut self, op: Op, args: &[i32], target: impl Into<Expr>) {
        let slot = op.row().operands.len().saturating_sub(1);
        self.emit_fix(op, args, slot, target.into());
    }

    /// Raw bytes.
    pub fn bytes(&mut self, b: &[u8]) {
        let start = self.data.len();
        self.data.extend_from_slice(b);
        self.push(ItemKind::Bytes {
            start,
            len: b.len(),
        });
    }

    /// A little-endian data value of 1, 2 or 4 bytes (may refer to labels).
    pub fn data(&mut self, size: u8, e: impl Into<Expr>) {
        self.push(ItemKind::Data {
            size,
            expr: e.into(),
        });
    }

    /// A 32-bit data word.
    pub fn word(&mut self, e: impl Into<Expr>) {
        self.data(4, e);
    }

    /// `len` bytes of `fill`.
    pub fn space(&mut self, len: u32, fill: u8) {
        self.push(ItemKind::Space { len, fill });
    }

    /// Pad with zero bytes to a multiple of `align` (a power of two).
    pub fn align(&mut self, align: u32) {
        self.align_fill(align, 0);
    }

    /// Pad with `fill` to a multiple of `align` (a power of two).
    pub fn align_fill(&mut self, align: u32, fill: u8) {
        if !align.is_power_of_two() || align > 1 << 16 {
            self.err(AsmErrorKind::BadAlign(align));
            return;
        }
        self.push(ItemKind::Align { align, fill });
    }

    /// Place a literal pool here (4-byte aligned, zero padded). Literals
    /// added afterwards with [`literal`](Self::literal) or
    /// [`load_const`](Self::load_const) go into the most recent pool, which
    /// precedes their `l32r` as required. The caller must make sure the
    /// pool is not executed (e.g. place it before the function entry or
    /// after an unconditional jump).
    pub fn pool_here(&mut self) {
        self.pools.push(Vec::new());
        let index = self.pools.len() - 1;
        self.current_pool = Some(index);
        self.push(ItemKind::Pool { index });
    }

    /// A label for a 32-bit literal in the current pool (identical values
    /// are shared).
    pub fn literal(&mut self, e: impl Into<Expr>) -> Label {
        let e = e.into();
        let Some(p) = self.current_pool else {
            self.err(AsmErrorKind::NoPool);
            return self.new_label();
        };
        if let Some((_, l)) = self.pools[p].iter().find(|(x, _)| *x == e) {
            return *l;
        }
        self.new_literal(e)
    }

    /// A new (unshared) literal in the current pool.
    pub fn new_literal(&mut self, e: impl Into<Expr>) -> Label {
        let l = self.new_label();
        self.bind_literal(l, e);
        l
    }

    /// Bind the unbound label `l` to a new literal `e` in the current pool.
    pub fn bind_literal(&mut self, l: Label, e: impl Into<Expr>) {
        let e = e.into();
        let Some(p) = self.current_pool else {
            self.err(AsmErrorKind::NoPool);
            return;
        };
        if !matches!(self.labels.get(l.0 as usize), Some(Binding::Unbound)) {
            self.err(AsmErrorKind::Rebound(l));
            return;
        }
        let item = self
            .items
            .iter()
            .rposition(|i| matches!(i.kind, ItemKind::Pool { index } if index == p))
            .unwrap_or(0);
        self.labels[l.0 as usize] = Binding::Pool(item, self.pools[p].len());
        self.pools[p].push((e, l));
    }

    /// Whether a literal pool has been placed.
    pub fn has_pool(&self) -> bool {
        self.current_pool.is_some()
    }

    /// Load any 32-bit constant: `movi` when it fits in 12 bits, otherwise
    /// `l32r` from the current literal pool.
    pub fn load_const(&mut self, r: Reg, value: u32) {
        let v = value as i32;
        if (-2048..=2047).contains(&v) {
            self.movi(r, v);
        } else {
            let l = self.literal(Expr::constant(i64::from(value)));
            self.l32r(r, l);
        }
    }

    /// Load the absolute address of a label (through a literal).
    pub fn load_addr(&mut self, r: Reg, target: Label) {
        let l = self.literal(target);
        self.l32r(r, l);
    }

    /// Size in bytes of the code emitted so far (after relaxation).
    pub fn size(&self) -> usize {
        self.layout()
            .map_or(0, |l| *l.offsets.last().unwrap_or(&0) as usize)
    }

    fn item_size(&self, i: usize, offset: u32, level: u8) -> u32 {
        match &self.items[i].kind {
            ItemKind::Inst { inst, .. } => match level {
                0 => inst.size() as u32,
                1 => 3,
                _ => 6,
            },
            ItemKind::Data { size, .. } => u32::from(*size),
            ItemKind::Bytes { len, .. } => *len as u32,
            ItemKind::Align { align, .. } => {
                let addr = self.base.wrapping_add(offset);
                addr.wrapping_neg() & (align - 1)
            }
            ItemKind::Space { len, .. } => *len,
            ItemKind::Pool { index } => {
                let addr = self.base.wrapping_add(offset);
                (addr.wrapping_neg() & 3) + 4 * self.pools[*index].len() as u32
            }
        }
    }

    fn eval(&self, e: &Expr, labels: &[Option<u32>]) -> Result<i64, AsmErrorKind> {
        let addr = |l: Label| -> Result<i64, AsmErrorKind> {
            match labels.get(l.0 as usize).copied().flatten() {
                Some(off) => Ok(i64::from(self.base.wrapping_add(off))),
                None => Err(AsmErrorKind::Unbound(l)),
            }
        };
        let mut v = e.addend;
        if let Some(l) = e.add {
            v += addr(l)?;
        }
        if let Some(l) = e.sub {
            v -= addr(l)?;
        }
        Ok(v)
    }

    fn positions(&self, lay: &mut Layout) -> Result<(), AsmErrorKind> {
        let mut off: u64 = 0;
        for i in 0..self.items.len() {
            lay.offsets[i] = off as u32;
            off += u64::from(self.item_size(i, off as u32, lay.levels[i]));
            if off > u64::from(u32::MAX) {
                return Err(AsmErrorKind::TooLarge);
            }
        }
        lay.offsets[self.items.len()] = off as u32;
        for (l, b) in self.labels.iter().enumerate() {
            lay.labels[l] = match *b {
                Binding::Unbound => None,
                Binding::Item(i) => Some(lay.offsets[i]),
                Binding::Pool(i, e) => {
                    let o = lay.offsets[i];
                    let start = o + (self.base.wrapping_add(o).wrapping_neg() & 3);
                    Some(start + 4 * e as u32)
                }
            };
        }
        Ok(())
    }

    /// The displacement of a pc-relative fix-up at item `i`, or None if
    /// not computable yet.
    fn disp(&self, e: &Expr, pc: u32, labels: &[Option<u32>]) -> Result<i64, AsmErrorKind> {
        Ok(self.eval(e, labels)? - i64::from(pc))
    }

    fn layout(&self) -> Result<Layout, AsmError> {
        let n = self.items.len();
        let mut lay = Layout {
            offsets: alloc::vec![0; n + 1],
            levels: alloc::vec![0; n],
            labels: alloc::vec![None; self.labels.len()],
        };
        // Relaxation only ever grows branches, so this terminates after at
        // most two rounds per relaxable branch.
        loop {
            self.positions(&mut lay)
                .map_err(|kind| AsmError { tag: 0, kind })?;
            let mut changed = false;
            for (i, item) in self.items.iter().enumerate() {
                let ItemKind::Inst {
                    inst,
                    fix: Some((slot, e)),
                    relax: true,
                } = &item.kind
                else {
                    continue;
                };
                let level = lay.levels[i];
                if level >= 2 {
                    continue;
                }
                let pc = self.base.wrapping_add(lay.offsets[i]);
                let Ok(d) = self.disp(e, pc, &lay.labels) else {
                    continue;
                };
                let kind = if level == 1 {
                    Kind::Rel12
                } else {
                    inst.op.row().operands[*slot]
                };
                let (min, max) = pcrel_range(kind);
                if d < min || d > max {
                    lay.levels[i] = if inst.op.size() == 2 && level == 0 {
                        1
                    } else {
                        2
                    };
                    changed = true;
                }
            }
            if !changed {
                return Ok(lay);
            }
        }
    }

    fn emit_inst<S: Sink>(
        sink: &mut S,
        inst: &Inst,
        pc: u32,
        tag: u32,
        errors: &mut Vec<AsmError>,
    ) {
        match inst.encode(pc) {
            Ok(enc) => enc.as_bytes().iter().for_each(|b| sink.put(*b)),
            Err(e) => {
                errors.push(AsmError {
                    tag,
                    kind: AsmErrorKind::Encode(e),
                });
                (0..inst.size()).for_each(|_| sink.put(0));
            }
        }
    }

    /// Lay out, resolve and encode into `sink`; returns the label offsets
    /// and all errors (the sink receives exactly `size()` bytes, with
    /// zeros in place of instructions that failed).
    pub fn emit_into<S: Sink>(&self, sink: &mut S) -> (Vec<Option<u32>>, Vec<AsmError>) {
        let mut errors = self.errors.clone();
        let lay = match self.layout() {
            Ok(l) => l,
            Err(e) => {
                errors.push(e);
                return (Vec::new(), errors);
            }
        };
        for (i, item) in self.items.iter().enumerate() {
            let pc = self.base.wrapping_add(lay.offsets[i]);
            let tag = item.tag;
            let mut fail = |kind| errors.push(AsmError { tag, kind });
            match &item.kind {
                ItemKind::Inst { inst, fix, .. } => {
                    let mut inst = *inst;
                    let level = lay.levels[i];
                    if let Some((slot, e)) = fix {
                        let kind = inst.op.row().operands[*slot];
                        let v = if kind.is_pcrel() {
                            self.disp(e, pc, &lay.labels)
                        } else {
                            self.eval(e, &lay.labels)
                        };
                        let v = match v {
                            Ok(v) => v,
                            Err(k) => {
                                fail(k);
                                let size = self.item_size(i, lay.offsets[i], level);
                                (0..size).for_each(|_| sink.put(0));
                                continue;
                            }
                        };
                        // Out-of-i32 values saturate so encode reports range.
                        let v32 = v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
                        match level {
                            0 => inst.args[*slot] = v32,
                            1 => {
                                let wide = if inst.op == Op::BeqzN {
                                    Op::Beqz
                                } else {
                                    Op::Bnez
                                };
                                inst = Inst::new(wide, &[inst.args[0], v32]);
                            }
                            _ => {
                                let inv = inst.op.inverted_branch().unwrap_or(inst.op);
                                let mut b = Inst::new(inv, &inst.args);
                                b.args[*slot] = 6;
                                Self::emit_inst(sink, &b, pc, tag, &mut errors);
                                let jd = v.saturating_sub(3);
                                let jd = jd.clamp(i64::from(i32::MIN), i64::from(i32::MAX));
                                inst = Inst::new(Op::J, &[jd as i32]);
                                Self::emit_inst(sink, &inst, pc.wrapping_add(3), tag, &mut errors);
                                continue;
                            }
                        }
                    }
                    Self::emit_inst(sink, &inst, pc, tag, &mut errors);
                }
                ItemKind::Data { size, expr } => {
                    let v = self.eval(expr, &lay.labels).unwrap_or_else(|k| {
                        fail(k);
                        0
                    });
                    let bits = u32::from(*size) * 8;
                    let (lo, hi) = if bits >= 32 {
                        (i64::from(i32::MIN), i64::from(u32::MAX))
                    } else {
                        (-(1i64 << (bits - 1)), (1i64 << bits) - 1)
                    };
                    if v < lo || v > hi {
                        fail(AsmErrorKind::DataRange {
                            value: v,
                            size: *size,
                        });
                    }
                    for k in 0..u32::from(*size) {
                        sink.put((v >> (8 * k)) as u8);
                    }
                }
                ItemKind::Bytes { start, len } => {
                    self.data[*start..*start + *len]
                        .iter()
                        .for_each(|b| sink.put(*b));
                }
                ItemKind::Align { fill, .. } => {
                    let n = self.item_size(i, lay.offsets[i], 0);
                    (0..n).for_each(|_| sink.put(*fill));
                }
                ItemKind::Space { len, fill } => (0..*len).for_each(|_| sink.put(*fill)),
                ItemKind::Pool { index } => {
                    let pad = pc.wrapping_neg() & 3;
                    (0..pad).for_each(|_| sink.put(0));
                    for (e, _) in &self.pools[*index] {
                        let v = self.eval(e, &lay.labels).unwrap_or_else(|k| {
                            fail(k);
                            0
                        });
                        if v < i64::from(i32::MIN) || v > i64::from(u32::MAX) {
                            fail(AsmErrorKind::DataRange { value: v, size: 4 });
                        }
                        (v as u32).to_le_bytes().iter().for_each(|b| sink.put(*b));
                    }
                }
            }
        }
        (lay.labels, errors)
    }

    /// Lay out and encode; all errors, sorted by tag (stable).
    pub fn finish_all(&self) -> Result<Code, Vec<AsmError>> {
        let mut bytes = Vec::new();
        let (labels, mut errors) = self.emit_into(&mut bytes);
        if errors.is_empty() {
            Ok(Code {
                bytes,
                base: self.base,
                labels,
            })
        } else {
            errors.sort_by_key(|e| e.tag);
            Err(errors)
        }
    }

    /// Lay out and encode; the first error (by tag) on failure.
    pub fn finish(&self) -> Result<Code, AsmError> {
        self.finish_all().map_err(|e| e[0])
    }
}

macro_rules! rrr {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), " ar, as, at`")]
        pub fn $name(&mut self, ar: Reg, as_: Reg, at: Reg) {
            self.emit(Op::$op, &[ar.num().into(), as_.num().into(), at.num().into()]);
        }
    )*};
}

macro_rules! rr {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), "` with two registers in assembly order")]
        pub fn $name(&mut self, a: Reg, b: Reg) {
            self.emit(Op::$op, &[a.num().into(), b.num().into()]);
        }
    )*};
}

macro_rules! rri {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), "` with two registers and an immediate")]
        pub fn $name(&mut self, a: Reg, b: Reg, imm: i32) {
            self.emit(Op::$op, &[a.num().into(), b.num().into(), imm]);
        }
    )*};
}

macro_rules! r1 {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), " as`")]
        pub fn $name(&mut self, a: Reg) {
            self.emit(Op::$op, &[a.num().into()]);
        }
    )*};
}

macro_rules! none {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), "`")]
        pub fn $name(&mut self) {
            self.emit(Op::$op, &[]);
        }
    )*};
}

macro_rules! br_rr {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), " as, at, target`")]
        pub fn $name(&mut self, as_: Reg, at: Reg, target: impl Into<Expr>) {
            self.emit_branch(Op::$op, &[as_.num().into(), at.num().into()], target);
        }
    )*};
}

macro_rules! br_ri {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), " as, imm, target`")]
        pub fn $name(&mut self, as_: Reg, imm: i32, target: impl Into<Expr>) {
            self.emit_branch(Op::$op, &[as_.num().into(), imm], target);
        }
    )*};
}

macro_rules! br_rz {
    ($($name:ident $op:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), " as, target`")]
        pub fn $name(&mut self, as_: Reg, target: impl Into<Expr>) {
            self.emit_branch(Op::$op, &[as_.num().into()], target);
        }
    )*};
}

/// Typed per-instruction helpers (operands in GNU assembly order).
impl Assembler {
    rrr!(add Add, addx2 Addx2, addx4 Addx4, addx8 Addx8, sub Sub, subx2 Subx2,
         subx4 Subx4, subx8 Subx8, and And, or Or, xor Xor, src Src, mull Mull,
         mul16u Mul16u, mul16s Mul16s, moveqz Moveqz, movnez Movnez, movltz Movltz,
         movgez Movgez, add_n AddN);
    rr!(neg Neg, abs Abs, sll Sll, srl Srl, sra Sra, nsa Nsa, nsau Nsau, mov_n MovN);
    rri!(addi Addi, addmi Addmi, l8ui L8ui, l16ui L16ui, l16si L16si, l32i L32i,
         s8i S8i, s16i S16i, s32i S32i, slli Slli, srai Srai, srli Srli,
         l32i_n L32iN, s32i_n S32iN, addi_n AddiN);
    r1!(ssr Ssr, ssl Ssl, ssa8l Ssa8l, ssa8b Ssa8b, jx Jx, callx0 Callx0);
    none!(nop Nop, nop_n NopN, ret Ret, ret_n RetN, memw Memw, isync Isync,
          rsync Rsync, esync Esync, dsync Dsync, extw Extw, ill Ill, ill_n IllN);
    br_rr!(beq Beq, bne Bne, blt Blt, bge Bge, bltu Bltu, bgeu Bgeu, bany Bany,
           bnone Bnone, ball Ball, bnall Bnall, bbc Bbc, bbs Bbs);
    br_ri!(beqi Beqi, bnei Bnei, blti Blti, bgei Bgei, bltui Bltui, bgeui Bgeui,
           bbci Bbci, bbsi Bbsi);
    br_rz!(beqz Beqz, bnez Bnez, bltz Bltz, bgez Bgez, beqz_n BeqzN, bnez_n BnezN,
           l32r L32r);

    /// `mov ar, as` (the 24-bit `or ar, as, as`).
    pub fn mov(&mut self, ar: Reg, as_: Reg) {
        self.or(ar, as_, as_);
    }

    /// `movi at, imm` (-2048..2047).
    pub fn movi(&mut self, at: Reg, imm: i32) {
        self.emit(Op::Movi, &[at.num().into(), imm]);
    }

    /// `movi.n as, imm` (-32..95).
    pub fn movi_n(&mut self, r: Reg, imm: i32) {
        self.emit(Op::MoviN, &[r.num().into(), imm]);
    }

    /// `ssai sa`.
    pub fn ssai(&mut self, sa: i32) {
        self.emit(Op::Ssai, &[sa]);
    }

    /// `extui ar, at, shift, width`.
    pub fn extui(&mut self, ar: Reg, at: Reg, shift: i32, width: i32) {
        self.emit(Op::Extui, &[ar.num().into(), at.num().into(), shift, width]);
    }

    /// `rsr at, sr` / `wsr at, sr` / `xsr at, sr` by number.
    pub fn rsr(&mut self, at: Reg, sr: u8) {
        self.emit(Op::Rsr, &[at.num().into(), sr.into()]);
    }

    /// `wsr at, sr`.
    pub fn wsr(&mut self, at: Reg, sr: u8) {
        self.emit(Op::Wsr, &[at.num().into(), sr.into()]);
    }

    /// `xsr at, sr`.
    pub fn xsr(&mut self, at: Reg, sr: u8) {
        self.emit(Op::Xsr, &[at.num().into(), sr.into()]);
    }

    /// `j target`.
    pub fn j(&mut self, target: impl Into<Expr>) {
        self.emit_branch(Op::J, &[], target);
    }

    /// `call0 target` (target must be 4-byte aligned).
    pub fn call0(&mut self, target: impl Into<Expr>) {
        self.emit_branch(Op::Call0, &[], target);
    }
}
