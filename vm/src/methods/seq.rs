//! Code shared by the sequence types (list, tuple, range): item access by kind, repr with a
//! recursion guard, lexicographic comparison, index/count/contains, tuple hashing, index
//! and slice resolution, repetition counts and the index-based iterators.

use core::sync::atomic::{AtomicUsize, Ordering};

use alloc::string::String;

use crate::bytecode::CompareKind;
use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::instance::native_value;
use crate::objects::iter::IterObj;
use crate::objects::range::{seq_index, slice_indices, SliceIndices};
use crate::objects::{int, list, tuple};
use crate::qstr::q;
use crate::types::Kind;
use crate::vm::{PyResult, Vm};

/// The current items of a list or tuple (re-read after anything that may run Python code:
/// a list can change under our feet).
#[inline]
pub fn items<'a>(o: Obj) -> &'a [Obj] {
    match o.type_of().kind {
        Kind::List => list::items(o),
        Kind::Tuple => tuple::items(o),
        _ => &[],
    }
}

/// The `i`th item of a list or tuple, if it still has one.
#[inline]
pub fn item(o: Obj, i: usize) -> Option<Obj> {
    items(o).get(i).copied()
}

// ---- recursion guard for repr

/// Addresses of the containers whose repr is being built (in every VM of the process: heap
/// addresses are distinct, so one table serves them all). A full table just disables the
/// guard for the extra containers; the depth limit still stops runaway recursion.
static REPR_ACTIVE: [AtomicUsize; 64] = [const { AtomicUsize::new(0) }; 64];

/// Registers `o` as being printed: Ok(None) when it already is (print `[...]`), else the
/// slot to release with `repr_leave`.
fn repr_enter(o: Obj) -> Option<Option<usize>> {
    let addr = o.bits();
    if REPR_ACTIVE
        .iter()
        .any(|s| s.load(Ordering::Relaxed) == addr)
    {
        return None;
    }
    for (i, s) in REPR_ACTIVE.iter().enumerate() {
        if s.compare_exchange(0, addr, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
        {
            return Some(Some(i));
        }
    }
    Some(None)
}

fn repr_leave(slot: Option<usize>) {
    if let Some(i) = slot {
        REPR_ACTIVE[i].store(0, Ordering::Relaxed);
    }
}

/// Runs `f` one native recursion level deeper, raising RecursionError past the limit.
pub fn nested<T>(vm: &mut Vm, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.depth >= vm.config.max_depth {
        let msg = alloc::format!("maximum recursion depth exceeded{}", what);
        return Err(vm.new_exc(&exc::RECURSION_ERROR, &msg));
    }
    vm.depth += 1;
    let r = f(vm);
    vm.depth -= 1;
    r
}

/// Appends the repr of a list or tuple: `open` items separated by ", " `close`; a tuple of
/// one item gets a trailing comma. A container met again inside itself prints as `[...]`.
pub fn repr_items(vm: &mut Vm, o: Obj, open: &str, close: &str, out: &mut String) -> PyResult<()> {
    let Some(slot) = repr_enter(o) else {
        out.push_str(open);
        out.push_str("...");
        out.push_str(close);
        return Ok(());
    };
    let r = nested(vm, " while getting the repr of an object", |vm| {
        out.push_str(open);
        let mut i = 0;
        while let Some(x) = item(o, i) {
            if i > 0 {
                out.push_str(", ");
            }
            vm.repr_into(x, out)?;
            i += 1;
        }
        if i == 1 && o.type_of().kind == Kind::Tuple {
            out.push(',');
        }
        out.push_str(close);
        Ok(())
    });
    repr_leave(slot);
    r
}

// ---- comparison, search

/// Lexicographic comparison of two lists or two tuples (items compared with `==` until
/// they differ, then with `op`).
pub fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<bool> {
    if a == b && matches!(op, CompareKind::Eq | CompareKind::Le | CompareKind::Ge) {
        // Identity implies equality of every item (as containers treat it).
        return Ok(true);
    }
    if matches!(op, CompareKind::Eq | CompareKind::Ne) && items(a).len() != items(b).len() {
        return Ok(op == CompareKind::Ne);
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (item(a, i), item(b, i)) {
        let same = if x == y {
            true
        } else {
            nested(vm, " in comparison", |vm| vm.eq(x, y))?
        };
        if !same {
            return match op {
                CompareKind::Eq => Ok(false),
                CompareKind::Ne => Ok(true),
                _ => {
                    let r = nested(vm, " in comparison", |vm| vm.rich_compare(op, x, y))?;
                    vm.truth(r)
                }
            };
        }
        i += 1;
    }
    Ok(compare_lengths(op, items(a).len(), items(b).len()))
}

/// `op` applied to two lengths (or any two ordered values).
pub fn compare_lengths<T: Ord>(op: CompareKind, x: T, y: T) -> bool {
    match op {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
        CompareKind::Eq => x == y,
        _ => x != y,
    }
}

/// The first index in `start..stop` of an item equal to `x`.
pub fn index_of(vm: &mut Vm, o: Obj, x: Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(y) = item(o, i) else { break };
        if vm.eq(y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

pub fn count(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = item(o, i) {
        if vm.eq(y, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

pub fn contains(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<bool> {
    Ok(index_of(vm, o, x, 0, usize::MAX)?.is_some())
}

/// The optional `start`/`stop` arguments of `index()`, resolved like slice bounds.
pub fn search_bounds(vm: &mut Vm, rest: &[Obj], len: usize) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm, o: Option<&Obj>, default: usize| -> PyResult<usize> {
        let Some(&o) = o else { return Ok(default) };
        if !is_index(vm, o) {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
        let nv = native_value(o);
        let v = match int::to_i64(nv) {
            Some(v) => v,
            None if int::is_int(nv) => {
                if int::to_bigint(nv).is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
            None => vm.index_i64(o)?,
        };
        let v = if v < 0 { v + len as i64 } else { v };
        Ok(v.clamp(0, len as i64) as usize)
    };
    let start = bound(vm, rest.first(), 0)?;
    let stop = bound(vm, rest.get(1), len)?;
    Ok((start, stop))
}

// ---- hashing

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Combines item hashes as CPython's tuple hash does (xxHash-style lanes), so hashes of
/// tuples of ints match CPython's on 64-bit machines.
pub fn hash_items(vm: &mut Vm, xs: &[Obj]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for &x in xs {
        let lane = nested(vm, " while hashing", |vm| vm.py_hash(x))? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((xs.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc as i64 == -1 {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

// ---- subscripts

/// A subscript resolved against a sequence's length.
pub enum Key {
    Index(usize),
    OutOfRange,
    Slice(SliceIndices),
}

/// Whether `k` can be used as an integer index (int, bool, or has `__index__`).
pub fn is_index(vm: &mut Vm, k: Obj) -> bool {
    if k.is_small_int() || int::is_int(native_value(k)) {
        return true;
    }
    let t = k.type_of();
    t.is_class() && vm.lookup_type_attr(t, q::__index__).is_some()
}

/// Resolves `seq[k]` for a sequence of length `len` called `what` ("list", "tuple"...).
pub fn resolve_key(vm: &mut Vm, k: Obj, len: usize, what: &str) -> PyResult<Key> {
    if let Some(i) = k.as_small_int() {
        let i = if i < 0 { i + len as isize } else { i };
        return Ok(if i >= 0 && (i as usize) < len {
            Key::Index(i as usize)
        } else {
            Key::OutOfRange
        });
    }
    if k.is_ptr() && k.type_of().kind == Kind::Slice {
        return Ok(Key::Slice(slice_indices(vm, k, len)?));
    }
    if is_index(vm, k) {
        return Ok(match seq_index(vm, k, len)? {
            Some(i) => Key::Index(i),
            None => Key::OutOfRange,
        });
    }
    let msg = alloc::format!(
        "{} indices must be integers or slices, not {}",
        what,
        k.type_of().name
    );
    Err(vm.type_error(&msg))
}

/// The repetition count of `seq * n`: Ok(None) when `n` is not an integer (NotImplemented
/// for the caller to report). Negative counts are 0; counts beyond a machine word (either
/// sign) are an OverflowError, as in CPython.
pub fn repeat_count(vm: &mut Vm, n: Obj) -> PyResult<Option<usize>> {
    if let Some(v) = n.as_small_int() {
        return Ok(Some(v.max(0) as usize));
    }
    if !is_index(vm, n) {
        return Ok(None);
    }
    let nv = native_value(n);
    if int::is_int(nv) && int::to_i64(nv).is_none() {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let v = vm.index_i64(n)?;
    Ok(Some(v.clamp(0, isize::MAX as i64) as usize))
}

/// The error for `seq * x` with a non-integer `x`.
pub fn repeat_error(vm: &mut Vm, n: Obj) -> Obj {
    let msg = alloc::format!(
        "can't multiply sequence by non-int of type '{}'",
        n.type_of().name
    );
    vm.type_error(&msg)
}

/// Total size of `len * n` items, or a MemoryError.
pub fn repeat_size(vm: &mut Vm, len: usize, n: usize) -> PyResult<usize> {
    match len.checked_mul(n) {
        Some(t) if t <= (isize::MAX as usize) / core::mem::size_of::<Obj>() => Ok(t),
        _ => Err(vm.new_exc(&exc::MEMORY_ERROR, "")),
    }
}

// ---- iterators over lists and tuples (they see a list's later changes, like CPython's)

/// Forward iterator: `a` the list or tuple (NULL once exhausted), `i` the next index.
pub fn seq_iter_next(_vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() {
        return Ok(None);
    }
    match item(it.a, it.i as usize) {
        Some(x) => {
            it.i += 1;
            Ok(Some(x))
        }
        None => {
            it.a = Obj::NULL;
            Ok(None)
        }
    }
}

/// Reverse iterator: `a` the list or tuple, `i` the next index (counting down to -1).
pub fn seq_reversed_next(_vm: &mut Vm, it: &mut IterObj) -> PyResult<Option<Obj>> {
    if it.a.is_null() || it.i < 0 {
        it.a = Obj::NULL;
        return Ok(None);
    }
    match item(it.a, it.i as usize) {
        Some(x) => {
            it.i -= 1;
            Ok(Some(x))
        }
        None => {
            it.a = Obj::NULL;
            Ok(None)
        }
    }
}

pub fn seq_iter(vm: &mut Vm, o: Obj) -> PyResult {
    vm.new_iter(seq_iter_next, o, Obj::NULL, 0, 0)
}

pub fn seq_reversed(vm: &mut Vm, o: Obj) -> PyResult {
    let n = items(o).len() as isize;
    if o.type_of().kind == Kind::List {
        let ty = &crate::builtins::funcs::LIST_REVERSEITERATOR_TYPE;
        return vm.new_typed_iter(ty, seq_reversed_next, o, Obj::NULL, n - 1, 0);
    }
    vm.new_iter(seq_reversed_next, o, Obj::NULL, n - 1, 0)
}

/// Checks that `o` (a method's `self`) has layout `kind`, as `descriptor 'name' for 'list'
/// objects doesn't apply to a 'int' object`.
pub fn check_self(vm: &mut Vm, o: Obj, kind: Kind, tname: &str, method: &str) -> PyResult<Obj> {
    if o.is_ptr() && o.type_of().kind == kind {
        return Ok(o);
    }
    let msg = alloc::format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method,
        tname,
        o.type_of().name
    );
    Err(vm.type_error(&msg))
}

/// Checks the argument count of a method (not counting `self`), with CPython's messages.
pub fn margs<'a>(
    vm: &mut Vm,
    tname: &str,
    name: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if !kwnames.is_empty() {
        let msg = alloc::format!("{}.{}() takes no keyword arguments", tname, name);
        return Err(vm.type_error(&msg));
    }
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(args);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if max == 0 {
        alloc::format!("{}.{}() takes no arguments ({} given)", tname, name, n)
    } else if min == 1 && max == 1 {
        alloc::format!(
            "{}.{}() takes exactly one argument ({} given)",
            tname,
            name,
            n
        )
    } else if min == max {
        alloc::format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )
    } else if n < min {
        alloc::format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )
    } else {
        alloc::format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        )
    };
    Err(vm.type_error(&msg))
}

/// Checks a constructor's arguments (`list expected at most 1 argument, got 2`).
pub fn ctor_args<'a>(
    vm: &mut Vm,
    tname: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if !kwnames.is_empty() {
        let msg = alloc::format!("{}() takes no keyword arguments", tname);
        return Err(vm.type_error(&msg));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(args);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if n < min {
        alloc::format!(
            "{} expected at least {} argument{}, got {}",
            tname,
            min,
            plural(min),
            n
        )
    } else {
        alloc::format!(
            "{} expected at most {} argument{}, got {}",
            tname,
            max,
            plural(max),
            n
        )
    };
    Err(vm.type_error(&msg))
}

/// An index argument (`insert`, `pop`) as i64, big ints clamped.
pub fn index_arg(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let nv = native_value(o);
    if int::is_int(nv) && int::to_i64(nv).is_none() {
        return Ok(if int::to_bigint(nv).is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
    }
    vm.index_i64(o)
}

/// Declares the comparison dunders (`__eq__`...) of a type from its `compare` slot.
#[macro_export]
macro_rules! compare_dunders {
    ($slot:path, $tname:literal, $kind:expr) => {
        fn dunder_cmp(
            vm: &mut Vm,
            args: &[Obj],
            kw: &[Obj],
            op: $crate::bytecode::CompareKind,
            name: &str,
        ) -> PyResult {
            let a = $crate::methods::seq::margs(vm, $tname, name, args, kw, 1, 1)?;
            let s = $crate::methods::seq::check_self(vm, a[0], $kind, $tname, name)?;
            let other = $crate::objects::instance::native_value(a[1]);
            Ok(match $slot(vm, op, s, other)? {
                Some(r) => Obj::from_bool(r),
                None => Obj::NOT_IMPLEMENTED,
            })
        }
        fn dunder_eq(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Eq, "__eq__")
        }
        fn dunder_ne(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Ne, "__ne__")
        }
        fn dunder_lt(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Lt, "__lt__")
        }
        fn dunder_le(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Le, "__le__")
        }
        fn dunder_gt(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Gt, "__gt__")
        }
        fn dunder_ge(vm: &mut Vm, a: &[Obj], k: &[Obj]) -> PyResult {
            dunder_cmp(vm, a, k, $crate::bytecode::CompareKind::Ge, "__ge__")
        }
        $crate::method!(EQ, "__eq__", dunder_eq);
        $crate::method!(NE, "__ne__", dunder_ne);
        $crate::method!(LT, "__lt__", dunder_lt);
        $crate::method!(LE, "__le__", dunder_le);
        $crate::method!(GT, "__gt__", dunder_gt);
        $crate::method!(GE, "__ge__", dunder_ge);
    };
}
