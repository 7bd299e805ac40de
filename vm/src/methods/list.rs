//! list: slots and methods.

use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::methods::seq::{self, check_self, margs, Key};
use crate::obj::Obj;
use crate::objects::range::SliceIndices;
use crate::objects::{exc, float, list, str as pystr};
use crate::qstr::q;
use crate::types::{builtin, BuiltinFn, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{classmethod, compare_dunders, method};

pub static LIST_SLOTS: Slots = Slots {
    repr: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(binop),
    len: Some(len),
    getitem: Some(getitem),
    setitem: Some(setitem),
    contains: Some(contains),
    iter: Some(seq::seq_iter),
    new: Some(new),
    ..Slots::NONE
};

method!(APPEND, "append", append);
method!(EXTEND, "extend", extend);
method!(INSERT, "insert", insert);
method!(POP, "pop", pop);
method!(REMOVE, "remove", remove);
method!(INDEX, "index", index);
method!(COUNT, "count", count);
method!(SORT, "sort", sort_method);
method!(REVERSE, "reverse", reverse);
method!(COPY, "copy", copy);
method!(CLEAR, "clear", clear);
method!(INIT, "__init__", init);
method!(GETITEM, "__getitem__", getitem_method);
method!(SETITEM, "__setitem__", setitem_method);
method!(DELITEM, "__delitem__", delitem_method);
method!(LEN, "__len__", len_method);
method!(CONTAINS, "__contains__", contains_method);
method!(ITER, "__iter__", iter_method);
method!(REVERSED, "__reversed__", reversed_method);
method!(ADD, "__add__", add_method);
method!(IADD, "__iadd__", iadd_method);
method!(MUL, "__mul__", mul_method);
method!(RMUL, "__rmul__", mul_method);
method!(IMUL, "__imul__", imul_method);
classmethod!(CLASS_GETITEM, "__class_getitem__", class_getitem);
compare_dunders!(compare, "list", Kind::List);

pub static LIST_METHODS: &[&BuiltinFn] = &[
    &CLASS_GETITEM,
    &APPEND,
    &EXTEND,
    &INSERT,
    &POP,
    &REMOVE,
    &INDEX,
    &COUNT,
    &SORT,
    &REVERSE,
    &COPY,
    &CLEAR,
    &INIT,
    &GETITEM,
    &SETITEM,
    &DELITEM,
    &LEN,
    &CONTAINS,
    &ITER,
    &REVERSED,
    &ADD,
    &IADD,
    &MUL,
    &RMUL,
    &IMUL,
    &EQ,
    &NE,
    &LT,
    &LE,
    &GT,
    &GE,
];

#[inline]
fn is_list(o: Obj) -> bool {
    o.is_ptr() && o.type_of().kind == Kind::List
}

// ---- slots

fn repr(vm: &mut Vm, o: Obj, out: &mut String) -> PyResult<()> {
    seq::repr_items(vm, o, "[", "]", out)
}

fn hash(vm: &mut Vm, _o: Obj) -> PyResult<i64> {
    Err(vm.type_error("unhashable type: 'list'"))
}

fn compare(vm: &mut Vm, op: CompareKind, a: Obj, b: Obj) -> PyResult<Option<bool>> {
    if !is_list(a) || !is_list(b) {
        return Ok(None);
    }
    seq::compare(vm, op, a, b).map(Some)
}

fn len(_vm: &mut Vm, o: Obj) -> PyResult<usize> {
    Ok(list::len(o))
}

fn contains(vm: &mut Vm, o: Obj, x: Obj) -> PyResult<bool> {
    seq::contains(vm, o, x)
}

fn new(vm: &mut Vm, _t: &'static TypeObj, args: &[Obj], kwnames: &[Obj]) -> PyResult {
    let a = seq::ctor_args(vm, "list", args, kwnames, 0, 1)?;
    match a.first() {
        None => vm.new_list(&[]),
        Some(&x) => vm.iterate_to_list(x),
    }
}

/// Whether `b` is an instance of a class that may handle `op` reflected (so the list's own
/// error must not pre-empt it).
fn other_may_handle(vm: &mut Vm, b: Obj, rname: crate::qstr::Qstr) -> bool {
    let t = b.type_of();
    t.is_class() && vm.lookup_type_attr(t, rname).is_some()
}

fn binop(vm: &mut Vm, op: BinaryOpKind, a: Obj, b: Obj, inplace: bool) -> PyResult<Option<Obj>> {
    match op {
        BinaryOpKind::Add => {
            if !is_list(a) {
                return Ok(None);
            }
            if inplace {
                vm.list_extend(a, b)?;
                return Ok(Some(a));
            }
            if !is_list(b) {
                if other_may_handle(vm, b, q::__radd__) {
                    return Ok(None);
                }
                let msg = alloc::format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.type_of().name
                );
                return Err(vm.type_error(&msg));
            }
            concat(vm, a, b).map(Some)
        }
        BinaryOpKind::Mul => {
            let (l, n) = if is_list(a) { (a, b) } else { (b, a) };
            if !is_list(l) {
                return Ok(None);
            }
            let Some(count) = seq::repeat_count(vm, n)? else {
                if l == a && other_may_handle(vm, b, q::__rmul__) {
                    return Ok(None);
                }
                return Err(seq::repeat_error(vm, n));
            };
            if inplace && l == a {
                repeat_in_place(vm, l, count)?;
                Ok(Some(l))
            } else {
                repeat(vm, l, count).map(Some)
            }
        }
        _ => Ok(None),
    }
}

fn concat(vm: &mut Vm, a: Obj, b: Obj) -> PyResult {
    let r = vm.new_list_with_capacity(list::len(a) + list::len(b))?;
    for &x in list::items(a).iter() {
        vm.list_push(r, x)?;
    }
    for &x in list::items(b).iter() {
        vm.list_push(r, x)?;
    }
    Ok(r)
}

fn repeat(vm: &mut Vm, l: Obj, n: usize) -> PyResult {
    let len = list::len(l);
    let total = seq::repeat_size(vm, len, n)?;
    let r = vm.new_list_with_capacity(total)?;
    for _ in 0..n {
        for &x in list::items(l).iter() {
            vm.list_push(r, x)?;
        }
    }
    Ok(r)
}

fn repeat_in_place(vm: &mut Vm, l: Obj, n: usize) -> PyResult<()> {
    let len = list::len(l);
    if n == 0 || len == 0 {
        return truncate(vm, l, 0);
    }
    let total = seq::repeat_size(vm, len, n)?;
    vm.list_set_len(l, total)?;
    let its = list::items(l);
    for k in 1..n {
        its.copy_within(0..len, k * len);
    }
    Ok(())
}

/// Shortens list `l` to `n` items, clearing the dropped slots (so they keep nothing alive).
fn truncate(vm: &mut Vm, l: Obj, n: usize) -> PyResult<()> {
    let its = list::items(l);
    if n < its.len() {
        its[n..].fill(Obj::NULL);
        vm.list_set_len(l, n)?;
    }
    Ok(())
}

fn getitem(vm: &mut Vm, o: Obj, k: Obj) -> PyResult {
    if let Some(i) = k.as_small_int() {
        let its = list::items(o);
        let j = if i < 0 { i + its.len() as isize } else { i };
        if j >= 0 && (j as usize) < its.len() {
            return Ok(its[j as usize]);
        }
        return Err(vm.index_error("list index out of range"));
    }
    match seq::resolve_key(vm, k, list::len(o), "list")? {
        Key::Index(i) => match seq::item(o, i) {
            Some(x) => Ok(x),
            None => Err(vm.index_error("list index out of range")),
        },
        Key::OutOfRange => Err(vm.index_error("list index out of range")),
        Key::Slice(si) => get_slice(vm, o, si),
    }
}

fn get_slice(vm: &mut Vm, o: Obj, si: SliceIndices) -> PyResult {
    if si.step == 1 {
        let its = list::items(o);
        let end = (si.start as usize + si.count).min(its.len());
        let start = (si.start as usize).min(end);
        return vm.new_list(&its[start..end]);
    }
    let r = vm.new_list_with_capacity(si.count)?;
    for j in 0..si.count {
        if let Some(x) = seq::item(o, si.index(j)) {
            vm.list_push(r, x)?;
        }
    }
    Ok(r)
}

fn setitem(vm: &mut Vm, o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    let key = match k.as_small_int() {
        Some(i) => {
            let n = list::len(o) as isize;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                Key::Index(j as usize)
            } else {
                Key::OutOfRange
            }
        }
        None => seq::resolve_key(vm, k, list::len(o), "list")?,
    };
    match key {
        Key::Index(i) if i < list::len(o) => {
            if v.is_null() {
                remove_at(vm, o, i)
            } else {
                list::items(o)[i] = v;
                Ok(())
            }
        }
        Key::Index(_) | Key::OutOfRange => {
            Err(vm.index_error("list assignment index out of range"))
        }
        Key::Slice(si) if v.is_null() => delete_slice(vm, o, si),
        Key::Slice(si) => assign_slice(vm, o, si, v),
    }
}

fn remove_at(vm: &mut Vm, l: Obj, i: usize) -> PyResult<()> {
    let its = list::items(l);
    let n = its.len();
    its.copy_within(i + 1.., i);
    truncate(vm, l, n - 1)
}

fn delete_slice(vm: &mut Vm, l: Obj, si: SliceIndices) -> PyResult<()> {
    if si.count == 0 {
        return Ok(());
    }
    // Walk the selected indices upwards, compacting the rest.
    let (lo, step) = if si.step > 0 {
        (si.start as usize, si.step as usize)
    } else {
        (si.index(si.count - 1), (-si.step) as usize)
    };
    let its = list::items(l);
    let n = its.len();
    let (mut w, mut removed) = (lo, 0);
    for r in lo..n {
        if removed < si.count && r == lo + removed * step {
            removed += 1;
            continue;
        }
        its[w] = its[r];
        w += 1;
    }
    truncate(vm, l, w)
}

/// The items of `v` for assignment to a slice of `l`: `v` itself when it is another list or
/// a tuple, else a new list of its items.
fn assign_source(vm: &mut Vm, l: Obj, v: Obj, extended: bool) -> PyResult {
    if v != l
        && v.is_ptr()
        && matches!(v.type_of().kind, Kind::List | Kind::Tuple)
        && !v.type_of().is_class()
    {
        return Ok(v);
    }
    if v == l {
        return vm.new_list(list::items(l));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if exc::is_exception(e) && exc::matches(e, &exc::TYPE_ERROR) => {
            return Err(vm.type_error(if extended {
                "must assign iterable to extended slice"
            } else {
                "can only assign an iterable"
            }));
        }
        Err(e) => return Err(e),
    };
    let r = vm.new_list(&[])?;
    while let Some(x) = vm.iter_next(it)? {
        vm.list_push(r, x)?;
    }
    Ok(r)
}

fn assign_slice(vm: &mut Vm, l: Obj, si: SliceIndices, v: Obj) -> PyResult<()> {
    let src = assign_source(vm, l, v, si.step != 1)?;
    let n_new = seq::items(src).len();
    if si.step == 1 {
        let len = list::len(l);
        let start = (si.start as usize).min(len);
        let n_old = si.count.min(len - start);
        if n_new > n_old {
            vm.list_set_len(l, len + n_new - n_old)?;
        }
        let its = list::items(l);
        its.copy_within(start + n_old..len, start + n_new);
        its[start..start + n_new].copy_from_slice(seq::items(src));
        if n_new < n_old {
            truncate(vm, l, len - (n_old - n_new))?;
        }
        return Ok(());
    }
    if n_new != si.count {
        let msg = alloc::format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            n_new,
            si.count
        );
        return Err(vm.value_error(&msg));
    }
    let its = list::items(l);
    let srcs = seq::items(src);
    for (j, &x) in srcs.iter().enumerate() {
        if let Some(slot) = its.get_mut(si.index(j)) {
            *slot = x;
        }
    }
    Ok(())
}

// ---- sorting

/// Sorts list `l` in place, stably, comparing with `<` (on `key(item)` when `key` is not
/// NULL/None); `reverse` sorts descending, keeping equal items in their original order.
/// While sorting the list looks empty; a change to it made meanwhile is a ValueError.
pub fn sort(vm: &mut Vm, l: Obj, key: Obj, reverse: bool) -> PyResult<()> {
    let n = list::len(l);
    // A private copy of the items: the heap list keeps them alive while Python code runs.
    let vals = vm.new_list(list::items(l))?;
    vm.list_set_len(l, 0)?;
    let mut perm: Vec<usize> = (0..n).collect();
    let r = sort_values(vm, vals, key, reverse, &mut perm);
    let modified = list::len(l) != 0;
    // Write back: the sorted order, or the original one after an error.
    vm.list_set_len(l, 0)?;
    vm.list_set_len(l, n)?;
    let (dst, src) = (list::items(l), list::items(vals));
    if r.is_ok() {
        for (d, &p) in dst.iter_mut().zip(perm.iter()) {
            *d = src[p];
        }
    } else {
        dst.copy_from_slice(src);
    }
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn sort_values(
    vm: &mut Vm,
    vals: Obj,
    key: Obj,
    reverse: bool,
    perm: &mut [usize],
) -> PyResult<()> {
    let n = perm.len();
    let keys = if key.is_null() || key == Obj::NONE {
        vals
    } else {
        let ks = vm.new_list_with_capacity(n)?;
        for i in 0..n {
            let x = list::items(vals)[i];
            let k = vm.call(key, &[x], &[])?;
            vm.list_push(ks, k)?;
        }
        ks
    };
    if n < 2 {
        return Ok(());
    }
    if reverse {
        perm.reverse();
    }
    sort_perm(vm, keys, perm)?;
    if reverse {
        perm.reverse();
    }
    Ok(())
}

/// Sorts the permutation `perm` of `keys`' indices stably by the keys.
fn sort_perm(vm: &mut Vm, keys: Obj, perm: &mut [usize]) -> PyResult<()> {
    let ks = list::items(keys);
    // Fast paths with no Python code involved: all small ints, all floats, all strs.
    if ks.iter().all(|k| k.is_small_int()) {
        perm.sort_by_key(|&i| ks[i].small_int_value());
        return Ok(());
    }
    if ks
        .iter()
        .all(|&k| k.is_ptr() && k.is_exactly(&builtin::FLOAT) && !float::value(k).is_nan())
    {
        perm.sort_by(|&i, &j| {
            float::value(ks[i])
                .partial_cmp(&float::value(ks[j]))
                .unwrap_or(core::cmp::Ordering::Equal)
        });
        return Ok(());
    }
    if ks.iter().all(|&k| k.is_exactly(&builtin::STR)) {
        let strs: Option<Vec<&str>> = ks.iter().map(|&k| pystr::as_str(vm, k)).collect();
        if let Some(strs) = strs {
            perm.sort_by(|&i, &j| strs[i].cmp(strs[j]));
            return Ok(());
        }
    }
    merge_sort(vm, keys, perm)
}

/// Keys `i` < `j` (reading the private keys list afresh: comparisons run Python code).
#[inline]
fn key_lt(vm: &mut Vm, keys: Obj, i: usize, j: usize) -> PyResult<bool> {
    let (a, b) = (list::items(keys)[i], list::items(keys)[j]);
    vm.lt(a, b)
}

/// The minimum run length for `n` items (as TimSort chooses it: between 32 and 64, so that
/// `n / minrun` is a power of two or slightly less).
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run starting at `perm[lo]`: non-decreasing, or strictly decreasing
/// (then reversed in place, which keeps the sort stable).
fn count_run(vm: &mut Vm, keys: Obj, perm: &mut [usize], lo: usize) -> PyResult<usize> {
    let hi = perm.len();
    if lo + 1 >= hi {
        return Ok(hi - lo);
    }
    let mut i = lo + 1;
    if key_lt(vm, keys, perm[i], perm[i - 1])? {
        i += 1;
        while i < hi && key_lt(vm, keys, perm[i], perm[i - 1])? {
            i += 1;
        }
        perm[lo..i].reverse();
    } else {
        i += 1;
        while i < hi && !key_lt(vm, keys, perm[i], perm[i - 1])? {
            i += 1;
        }
    }
    Ok(i - lo)
}

/// Binary insertion sort of `perm[lo..hi]`, whose first `start - lo` items are sorted.
fn binary_sort(
    vm: &mut Vm,
    keys: Obj,
    perm: &mut [usize],
    lo: usize,
    hi: usize,
    start: usize,
) -> PyResult<()> {
    for i in start..hi {
        let x = perm[i];
        let (mut l, mut r) = (lo, i);
        while l < r {
            let p = l + (r - l) / 2;
            if key_lt(vm, keys, x, perm[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        perm.copy_within(l..i, l + 1);
        perm[l] = x;
    }
    Ok(())
}

/// A stable merge sort shaped like TimSort: natural runs (descending ones reversed)
/// extended to a minimum length by binary insertion, then merged. Lists shorter than 64
/// see exactly the comparisons CPython makes.
fn merge_sort(vm: &mut Vm, keys: Obj, perm: &mut [usize]) -> PyResult<()> {
    let n = perm.len();
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(vm, keys, perm, lo)?;
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(vm, keys, perm, lo, lo + force, lo + len)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    let mut buf: Vec<usize> = Vec::new();
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            if let [(a, la), (_, lb)] = *pair {
                merge(vm, keys, &mut perm[a..a + la + lb], la, &mut buf)?;
                next.push((a, la + lb));
            } else {
                next.push(pair[0]);
            }
        }
        runs = next;
    }
    Ok(())
}

/// Merges the sorted halves `run[..mid]` and `run[mid..]`.
fn merge(
    vm: &mut Vm,
    keys: Obj,
    run: &mut [usize],
    mid: usize,
    buf: &mut Vec<usize>,
) -> PyResult<()> {
    buf.clear();
    buf.extend_from_slice(&run[..mid]);
    let (mut i, mut j, mut w) = (0, mid, 0);
    let r = (|| {
        while i < buf.len() && j < run.len() {
            if key_lt(vm, keys, run[j], buf[i])? {
                run[w] = run[j];
                j += 1;
            } else {
                run[w] = buf[i];
                i += 1;
            }
            w += 1;
        }
        Ok(())
    })();
    // Even after an error, leave `run` a permutation.
    while i < buf.len() {
        run[w] = buf[i];
        i += 1;
        w += 1;
    }
    r
}

// ---- methods

fn this(vm: &mut Vm, o: Obj, name: &str) -> PyResult<Obj> {
    check_self(vm, o, Kind::List, "list", name)
}

fn append(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "append", args, kw, 1, 1)?;
    let l = this(vm, a[0], "append")?;
    vm.list_push(l, a[1])?;
    Ok(Obj::NONE)
}

fn extend(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "extend", args, kw, 1, 1)?;
    let l = this(vm, a[0], "extend")?;
    vm.list_extend(l, a[1])?;
    Ok(Obj::NONE)
}

fn insert(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "insert", args, kw, 2, 2)?;
    let l = this(vm, a[0], "insert")?;
    let i = seq::index_arg(vm, a[1])?;
    let n = list::len(l) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.list_push(l, a[2])?;
    let its = list::items(l);
    let n = its.len();
    its.copy_within(i..n - 1, i + 1);
    its[i] = a[2];
    Ok(Obj::NONE)
}

fn pop(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "pop", args, kw, 0, 1)?;
    let l = this(vm, a[0], "pop")?;
    let i = match a.get(1) {
        Some(&o) => seq::index_arg(vm, o)?,
        None => -1,
    };
    let n = list::len(l) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = list::items(l)[i as usize];
    remove_at(vm, l, i as usize)?;
    Ok(x)
}

fn remove(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "remove", args, kw, 1, 1)?;
    let l = this(vm, a[0], "remove")?;
    match seq::index_of(vm, l, a[1], 0, usize::MAX)? {
        Some(i) if i < list::len(l) => {
            remove_at(vm, l, i)?;
            Ok(Obj::NONE)
        }
        _ => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "index", args, kw, 1, 3)?;
    let l = this(vm, a[0], "index")?;
    let (start, stop) = seq::search_bounds(vm, &a[2..], list::len(l))?;
    match seq::index_of(vm, l, a[1], start, stop)? {
        Some(i) => Ok(Obj::small_int(i as isize)),
        None => {
            let mut msg = String::new();
            vm.repr_into(a[1], &mut msg)?;
            msg.push_str(" is not in list");
            Err(vm.value_error(&msg))
        }
    }
}

fn count(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "count", args, kw, 1, 1)?;
    let l = this(vm, a[0], "count")?;
    let n = seq::count(vm, l, a[1])?;
    Ok(Obj::small_int(n as isize))
}

fn sort_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let (pos, [key, rev]) = crate::methods::kwargs(vm, "sort", args, kw, ["key", "reverse"])?;
    if pos.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(vm, pos[0], "sort")?;
    let reverse = !rev.is_null() && vm.truth(rev)?;
    sort(vm, l, key, reverse)?;
    Ok(Obj::NONE)
}

fn reverse(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "reverse", args, kw, 0, 0)?;
    let l = this(vm, a[0], "reverse")?;
    list::items(l).reverse();
    Ok(Obj::NONE)
}

fn copy(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "copy", args, kw, 0, 0)?;
    let l = this(vm, a[0], "copy")?;
    vm.new_list(list::items(l))
}

fn clear(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "clear", args, kw, 0, 0)?;
    let l = this(vm, a[0], "clear")?;
    truncate(vm, l, 0)?;
    Ok(Obj::NONE)
}

fn init(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let l = this(vm, args.first().copied().unwrap_or(Obj::NONE), "__init__")?;
    let a = seq::ctor_args(vm, "list", &args[1..], kw, 0, 1)?;
    truncate(vm, l, 0)?;
    if let Some(&x) = a.first() {
        vm.list_extend(l, x)?;
    }
    Ok(Obj::NONE)
}

fn getitem_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__getitem__", args, kw, 1, 1)?;
    let l = this(vm, a[0], "__getitem__")?;
    getitem(vm, l, a[1])
}

fn setitem_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__setitem__", args, kw, 2, 2)?;
    let l = this(vm, a[0], "__setitem__")?;
    setitem(vm, l, a[1], a[2])?;
    Ok(Obj::NONE)
}

fn delitem_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__delitem__", args, kw, 1, 1)?;
    let l = this(vm, a[0], "__delitem__")?;
    setitem(vm, l, a[1], Obj::NULL)?;
    Ok(Obj::NONE)
}

fn len_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__len__", args, kw, 0, 0)?;
    let l = this(vm, a[0], "__len__")?;
    Ok(Obj::small_int(list::len(l) as isize))
}

fn contains_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__contains__", args, kw, 1, 1)?;
    let l = this(vm, a[0], "__contains__")?;
    Ok(Obj::from_bool(seq::contains(vm, l, a[1])?))
}

fn iter_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__iter__", args, kw, 0, 0)?;
    let l = this(vm, a[0], "__iter__")?;
    seq::seq_iter(vm, l)
}

fn reversed_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = margs(vm, "list", "__reversed__", args, kw, 0, 0)?;
    let l = this(vm, a[0], "__reversed__")?;
    seq::seq_reversed(vm, l)
}

fn binop_method(
    vm: &mut Vm,
    args: &[Obj],
    kw: &[Obj],
    name: &str,
    op: BinaryOpKind,
    inplace: bool,
) -> PyResult {
    let a = margs(vm, "list", name, args, kw, 1, 1)?;
    let l = this(vm, a[0], name)?;
    let other = crate::objects::instance::native_value(a[1]);
    Ok(binop(vm, op, l, other, inplace)?.unwrap_or(Obj::NOT_IMPLEMENTED))
}

fn add_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__add__", BinaryOpKind::Add, false)
}

fn iadd_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__iadd__", BinaryOpKind::Add, true)
}

fn mul_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__mul__", BinaryOpKind::Mul, false)
}

fn imul_method(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    binop_method(vm, args, kw, "__imul__", BinaryOpKind::Mul, true)
}

/// `list[int]` in annotations: the generic alias is represented by the class itself.
fn class_getitem(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "__class_getitem__", args, kw, 2, 2)?;
    Ok(a[0])
}
