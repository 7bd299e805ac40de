//! Viper: `@micropython.viper` functions compiled with static types. Values typed `int`,
//! `uint`, `bool` or `ptr8/16/32` are machine words (arithmetic wraps at the word size, no
//! overflow checks, pointers index memory without bounds checks); everything else is an
//! object handled through the same helpers as native code.
//!
//! Types come from the parameter and return annotations (`viper_types`), from literals, from
//! the casts `int(x)`, `uint(x)`, `bool(x)`, `ptr(x)`, `ptr8(x)`, `ptr16(x)`, `ptr32(x)`, and
//! for other locals from their first assignment; a later store of another type, or a use
//! before any store, is a ViperTypeError (MicroPython's rules, `py/emitnative.c`). An analysis
//! pass gives the type of every value-stack entry before each instruction; the emission walk
//! then picks machine operations by operand type. Native words live in the frame's slots
//! like objects do (the collector scans slots conservatively, so a word that is no pointer is
//! harmless); they are boxed (`ViperToObj`) wherever they meet object code: calls, attribute
//! and global stores, containers, object subscripts, and the return.
//!
//! Exception handling (try, with) works as in native code, on objects. Not supported
//! (ViperTypeError when the function is first called): generators, closures, imports, and
//! operators the machine types do not have.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::backend::{Alu, Backend, Width};
use super::gen::{compare_cond, flow, Compiled, Emitter, Flow, Insn, Virt};
use super::helpers::Helper;
use crate::bytecode::{zigzag_decode, BinaryOpKind, CompareKind, Const, Op, UnaryOpKind};
use crate::obj::Obj;
use crate::objects::func::CodeObj;
use crate::vm::{PyResult, Vm};

/// The machine types (their numbers are passed to the conversion helpers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum VType {
    Obj = 0,
    Bool = 1,
    Int = 2,
    Uint = 3,
    Ptr = 4,
    Ptr8 = 5,
    Ptr16 = 6,
    Ptr32 = 7,
}

impl VType {
    pub const ALL: [VType; 8] = [
        VType::Obj,
        VType::Bool,
        VType::Int,
        VType::Uint,
        VType::Ptr,
        VType::Ptr8,
        VType::Ptr16,
        VType::Ptr32,
    ];

    pub fn name(self) -> &'static str {
        [
            "object", "bool", "int", "uint", "ptr", "ptr8", "ptr16", "ptr32",
        ][self as usize]
    }

    /// The type an annotation or cast names (an empty annotation means object).
    fn from_name(s: &str) -> Option<VType> {
        if s.is_empty() {
            return Some(VType::Obj);
        }
        VType::ALL.into_iter().find(|t| t.name() == s)
    }

    fn is_integer(self) -> bool {
        matches!(self, VType::Int | VType::Uint)
    }

    fn width(self) -> Option<Width> {
        match self {
            VType::Ptr8 => Some(Width::W8),
            VType::Ptr16 => Some(Width::W16),
            VType::Ptr32 => Some(Width::W32),
            _ => None,
        }
    }
}

/// What the analysis knows about a value-stack entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    V(VType),
    /// The literal None (an object; `return None` in a typed function returns 0).
    NoneLit,
    /// A cast function (`ptr8` ...), only good for calling.
    Cast(VType),
    /// A local whose type is not known yet (first analysis round only).
    Unknown,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::V(t) => t.name(),
            Ty::NoneLit => "None",
            Ty::Cast(_) => "cast",
            Ty::Unknown => "unknown",
        }
    }

    fn native(self) -> Option<VType> {
        match self {
            Ty::V(t) if t != VType::Obj => Some(t),
            _ => None,
        }
    }
}

/// Per instruction, the types of the value stack before it; and the type of every local.
struct Types {
    at: Vec<Option<Vec<Ty>>>,
    locals: Vec<Option<VType>>,
    ret: VType,
}

/// Infers the types (see the module docs). Err((pc, message)) for a ViperTypeError.
fn infer(co: &CodeObj, fl: &Flow) -> Result<Types, (u32, String)> {
    let code = co.code();
    let nparams = code.viper_types.len().saturating_sub(1);
    let mut locals: Vec<Option<VType>> = vec![None; code.varnames.len()];
    let unknown = |name: &str| (0, format!("unknown type '{name}'"));
    for (i, name) in code.viper_types.iter().take(nparams).enumerate() {
        let t = VType::from_name(name).ok_or_else(|| unknown(name))?;
        if let Some(l) = locals.get_mut(i) {
            *l = Some(t);
        }
    }
    let ret_name = code.viper_types.last().map_or("", |s| s.as_str());
    let ret = VType::from_name(ret_name).ok_or_else(|| unknown(ret_name))?;
    let n = fl.insns.len();
    // Round 0 finds each local's type at its first store (in bytecode order); round 1 checks
    // every use against those.
    for round in 0..2 {
        let checking = round == 1;
        let mut at: Vec<Option<Vec<Ty>>> = vec![None; n];
        if n > 0 {
            at[0] = Some(Vec::new());
        }
        for i in 0..n {
            let Some(mut st) = at[i].clone() else {
                continue;
            };
            let ins = fl.insns[i];
            let at_pc = |e: String| (ins.pc, e);
            let (jumps, falls) =
                step(code, &mut locals, ret, checking, ins, &mut st).map_err(at_pc)?;
            if falls {
                let depth = fl.state.get(i + 1).copied().flatten().map(|s| s.0 as usize);
                if depth.is_some_and(|d| d != st.len()) {
                    return Err(at_pc(String::from("stack depth mismatch")));
                }
                merge(&mut at, i + 1, st, checking).map_err(at_pc)?;
            }
            for (pc, s) in jumps {
                let j = fl.idx(pc).map_err(at_pc)?;
                merge(&mut at, j, s, checking).map_err(at_pc)?;
            }
        }
        if checking {
            return Ok(Types { at, locals, ret });
        }
    }
    unreachable!("the loop returns in its second round")
}

/// The first ViperTypeError of viper function `co`, as `(pc, message)`.
pub fn check(co: &CodeObj) -> Result<(), (u32, String)> {
    let fl = flow(co).map_err(|e| (0, e))?;
    infer(co, &fl).map(|_| ())
}

/// A jump target's bytecode offset and the stack types it receives.
type Jump = (u32, Vec<Ty>);

/// The effect of one instruction on the stack types `st` (and on the local types): where it
/// jumps with which stack, and whether it falls through.
fn step(
    code: &crate::bytecode::Code,
    locals: &mut [Option<VType>],
    ret: VType,
    checking: bool,
    ins: Insn,
    st: &mut Vec<Ty>,
) -> Result<(Vec<Jump>, bool), String> {
    let arg = ins.arg as usize;
    let name = |k: usize| code.names.get(k).map_or("?", |s| s.as_str());
    let local = |k: usize| code.varnames.get(k).map_or("?", |s| s.as_str());
    let pop = |st: &mut Vec<Ty>| st.pop().ok_or("stack underflow");
    let mut jumps: Vec<Jump> = Vec::new();
    let mut falls = true;
    match ins.op {
        Op::Nop => {}
        Op::Pop => {
            pop(st)?;
        }
        Op::Dup => st.push(*st.last().ok_or("stack underflow")?),
        Op::Dup2 => {
            let k = st.len().checked_sub(2).ok_or("stack underflow")?;
            st.extend_from_within(k..);
        }
        Op::Rot2 => {
            let k = st.len().checked_sub(2).ok_or("stack underflow")?;
            st.swap(k, k + 1);
        }
        Op::Rot3 => {
            let k = st.len().checked_sub(3).ok_or("stack underflow")?;
            st[k..].rotate_right(1);
        }
        Op::LoadSmallInt => st.push(Ty::V(VType::Int)),
        Op::LoadConst => st.push(match code.consts.get(arg) {
            Some(Const::Int(v)) if isize::try_from(*v).is_ok() => Ty::V(VType::Int),
            _ => Ty::V(VType::Obj),
        }),
        Op::LoadNone => st.push(Ty::NoneLit),
        Op::LoadTrue | Op::LoadFalse => st.push(Ty::V(VType::Bool)),
        Op::LoadFast => st.push(match locals.get(arg).copied().flatten() {
            Some(t) => Ty::V(t),
            None if checking => {
                return Err(format!("local '{}' used before type known", local(arg)))
            }
            None => Ty::Unknown,
        }),
        Op::StoreFast => {
            let src = pop(st)?;
            let src_t = match src {
                Ty::V(t) => Some(t),
                Ty::NoneLit => Some(VType::Obj),
                Ty::Unknown => None,
                Ty::Cast(_) => return Err(String::from("can't use a cast as a value")),
            };
            let slot = locals.get_mut(arg).ok_or("bad local")?;
            match (*slot, src_t) {
                (None, t) => *slot = t,
                (Some(have), Some(t)) if have != t && checking => {
                    return Err(format!(
                        "local '{}' has type '{}' but source is '{}'",
                        local(arg),
                        have.name(),
                        t.name()
                    ))
                }
                _ => {}
            }
        }
        Op::LoadGlobal => {
            let n = name(arg);
            st.push(match VType::from_name(n) {
                Some(t) if t != VType::Obj && !n.is_empty() => Ty::Cast(t),
                _ => Ty::V(VType::Obj),
            });
        }
        Op::StoreGlobal => {
            boxable(pop(st)?)?;
        }
        Op::LoadAttr => {
            object(pop(st)?, "attribute")?;
            st.push(Ty::V(VType::Obj));
        }
        Op::StoreAttr => {
            object(pop(st)?, "attribute")?;
            boxable(pop(st)?)?;
        }
        Op::LoadMethod => {
            object(pop(st)?, "method")?;
            st.push(Ty::V(VType::Obj));
            st.push(Ty::V(VType::Obj));
        }
        Op::CallFunction => {
            let k = st.len().checked_sub(arg + 1).ok_or("stack underflow")?;
            let callee = st[k];
            let args: Vec<Ty> = st.split_off(k + 1);
            st.pop();
            match callee {
                Ty::Cast(t) => {
                    if args.len() != 1 {
                        return Err(format!("cast '{}' takes one argument", t.name()));
                    }
                    if matches!(args[0], Ty::Cast(_) | Ty::NoneLit) {
                        return Err(String::from("casting"));
                    }
                    st.push(Ty::V(t));
                }
                _ => {
                    object(callee, "call")?;
                    for a in args {
                        boxable(a)?;
                    }
                    st.push(Ty::V(VType::Obj));
                }
            }
        }
        Op::CallMethod => {
            let k = st.len().checked_sub(arg + 2).ok_or("stack underflow")?;
            for a in st.split_off(k) {
                boxable(a)?;
            }
            st.push(Ty::V(VType::Obj));
        }
        Op::BuildTuple | Op::BuildList => {
            let k = st.len().checked_sub(arg).ok_or("stack underflow")?;
            for a in st.split_off(k) {
                boxable(a)?;
            }
            st.push(Ty::V(VType::Obj));
        }
        Op::BinaryOp | Op::InplaceOp => {
            let kind = BinaryOpKind::from_arg(ins.arg).ok_or("bad operator")?;
            let r = pop(st)?;
            let l = pop(st)?;
            st.push(binary_type(kind, l, r, checking)?);
        }
        Op::UnaryOp => {
            let kind = UnaryOpKind::from_arg(ins.arg).ok_or("bad operator")?;
            let a = pop(st)?;
            st.push(match (kind, a) {
                (_, Ty::V(VType::Obj)) => Ty::V(VType::Obj),
                (UnaryOpKind::Not, Ty::V(VType::Bool | VType::Int | VType::Uint)) => {
                    Ty::V(VType::Bool)
                }
                (_, Ty::V(t)) if t.is_integer() => a,
                (_, Ty::Unknown) if !checking => Ty::Unknown,
                _ => {
                    return Err(format!(
                        "unary op {} not implemented for '{}'",
                        unary_name(kind),
                        a.name()
                    ))
                }
            });
        }
        Op::CompareOp => {
            let kind = CompareKind::from_arg(ins.arg).ok_or("bad comparison")?;
            let r = pop(st)?;
            let l = pop(st)?;
            st.push(compare_type(kind, l, r, checking)?);
        }
        Op::LoadSubscr => {
            let idx = pop(st)?;
            let base = pop(st)?;
            st.push(subscr_type(base, idx, None, checking)?);
        }
        Op::StoreSubscr => {
            let idx = pop(st)?;
            let base = pop(st)?;
            let v = pop(st)?;
            subscr_type(base, idx, Some(v), checking)?;
        }
        Op::GetIter => {
            object(pop(st)?, "iteration")?;
            st.push(Ty::V(VType::Obj));
        }
        Op::ForIter => {
            let mut done = st.clone();
            done.pop();
            jumps.push((ins.arg, done));
            st.push(Ty::V(VType::Obj));
        }
        Op::Jump => {
            jumps.push((ins.arg, st.clone()));
            falls = false;
        }
        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
            condition(pop(st)?)?;
            jumps.push((ins.arg, st.clone()));
        }
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            condition(*st.last().ok_or("stack underflow")?)?;
            jumps.push((ins.arg, st.clone()));
            st.pop();
        }
        Op::ReturnValue => {
            let v = pop(st)?;
            if checking {
                return_conversion(v, ret)?;
            }
            falls = false;
        }
        Op::Raise => {
            for _ in 0..arg {
                object(pop(st)?, "raise")?;
            }
            falls = false;
        }
        Op::Reraise => {
            pop(st)?;
            falls = false;
        }
        // Exception handling works on objects only; a handler starts with two more.
        Op::SetupFinally => {
            let mut handler = st.clone();
            handler.extend([Ty::V(VType::Obj); 2]);
            jumps.push((ins.arg, handler));
        }
        Op::SetupWith => {
            object(pop(st)?, "with")?;
            let mut handler = st.clone();
            handler.extend([Ty::V(VType::Obj); 3]);
            jumps.push((ins.arg, handler));
            st.extend([Ty::V(VType::Obj); 2]);
        }
        Op::PopBlock => {}
        Op::DeleteFast if locals.get(arg) == Some(&Some(VType::Obj)) => {}
        Op::PopExcept => {
            pop(st)?;
        }
        Op::ExcMatch => {
            pop(st)?;
            object(pop(st)?, "except")?;
            st.extend([Ty::V(VType::Obj); 2]);
        }
        Op::WithExceptStart => st.push(Ty::V(VType::Obj)),
        op => return Err(format!("'{}' is not supported in viper code", op.name())),
    }
    Ok((jumps, falls))
}

/// Records the stack types at instruction `j`, which must agree with what is known there.
fn merge(at: &mut [Option<Vec<Ty>>], j: usize, st: Vec<Ty>, checking: bool) -> Result<(), String> {
    let Some(slot) = at.get_mut(j) else {
        return Ok(());
    };
    match slot {
        None => *slot = Some(st),
        Some(old) if *old == st => {}
        Some(old) if !checking => {
            // Unknowns of the first round take whatever is known.
            for (o, n) in old.iter_mut().zip(st) {
                if *o == Ty::Unknown {
                    *o = n;
                }
            }
        }
        Some(old) => {
            let (a, b) = old
                .iter()
                .zip(&st)
                .find(|(a, b)| a != b)
                .map_or(("?", "?"), |(a, b)| (a.name(), b.name()));
            return Err(format!(
                "type mismatch where control flow joins: '{a}' and '{b}'"
            ));
        }
    }
    Ok(())
}

fn object(t: Ty, what: &str) -> Result<(), String> {
    match t {
        Ty::V(VType::Obj) | Ty::NoneLit | Ty::Unknown => Ok(()),
        _ => Err(format!(
            "{what} of a '{}' value (an object is needed)",
            t.name()
        )),
    }
}

fn boxable(t: Ty) -> Result<(), String> {
    match t {
        Ty::V(VType::Ptr) => Err(String::from("conversion to object of a 'ptr'")),
        Ty::Cast(_) => Err(String::from("can't use a cast as a value")),
        _ => Ok(()),
    }
}

fn condition(t: Ty) -> Result<(), String> {
    match t {
        Ty::V(VType::Obj | VType::Bool | VType::Int | VType::Uint) | Ty::NoneLit | Ty::Unknown => {
            Ok(())
        }
        _ => Err(format!("can't use a '{}' value as a condition", t.name())),
    }
}

fn unary_name(k: UnaryOpKind) -> &'static str {
    match k {
        UnaryOpKind::Neg => "-",
        UnaryOpKind::Pos => "+",
        UnaryOpKind::Invert => "~",
        UnaryOpKind::Not => "not",
    }
}

fn binary_type(kind: BinaryOpKind, l: Ty, r: Ty, checking: bool) -> Result<Ty, String> {
    use BinaryOpKind as K;
    match (l, r) {
        (Ty::V(VType::Obj), Ty::V(VType::Obj)) => Ok(Ty::V(VType::Obj)),
        (Ty::Unknown, _) | (_, Ty::Unknown) if !checking => Ok(Ty::Unknown),
        (Ty::V(a), Ty::V(b)) if a.is_integer() && b.is_integer() => match kind {
            K::Add | K::Sub | K::Mul | K::And | K::Or | K::Xor | K::LShift | K::RShift => {
                Ok(Ty::V(a))
            }
            K::FloorDiv | K::Mod if a == VType::Int && b == VType::Int => Ok(Ty::V(a)),
            K::FloorDiv | K::Mod => Err(String::from("div/mod not implemented for uint")),
            _ => Err(format!("binary op {} not implemented", kind.symbol())),
        },
        _ => Err(format!(
            "can't do binary op between '{}' and '{}'",
            l.name(),
            r.name()
        )),
    }
}

fn compare_type(kind: CompareKind, l: Ty, r: Ty, checking: bool) -> Result<Ty, String> {
    let ordered = !matches!(
        kind,
        CompareKind::In | CompareKind::NotIn | CompareKind::Is | CompareKind::IsNot
    );
    match (l, r) {
        (Ty::V(VType::Obj) | Ty::NoneLit, Ty::V(VType::Obj) | Ty::NoneLit) => Ok(Ty::V(VType::Obj)),
        (Ty::Unknown, _) | (_, Ty::Unknown) if !checking => Ok(Ty::V(VType::Bool)),
        (Ty::V(a), Ty::V(b)) if a == b && a.is_integer() && ordered => Ok(Ty::V(VType::Bool)),
        (Ty::V(VType::Bool), Ty::V(VType::Bool))
            if matches!(kind, CompareKind::Eq | CompareKind::Ne) =>
        {
            Ok(Ty::V(VType::Bool))
        }
        (Ty::V(VType::Int), Ty::V(VType::Uint)) | (Ty::V(VType::Uint), Ty::V(VType::Int)) => {
            Err(String::from("comparison of int and uint"))
        }
        _ => Err(format!(
            "can't do comparison between '{}' and '{}'",
            l.name(),
            r.name()
        )),
    }
}

/// The type of `base[idx]` (a load when `stored` is None).
fn subscr_type(base: Ty, idx: Ty, stored: Option<Ty>, checking: bool) -> Result<Ty, String> {
    match base {
        Ty::V(VType::Obj) | Ty::NoneLit => {
            boxable(idx)?;
            if let Some(v) = stored {
                boxable(v)?;
            }
            Ok(Ty::V(VType::Obj))
        }
        Ty::Unknown if !checking => Ok(Ty::Unknown),
        Ty::V(p) if p.width().is_some() => {
            if !matches!(idx, Ty::V(VType::Int | VType::Uint)) && (checking || idx != Ty::Unknown) {
                return Err(format!(
                    "can't index a '{}' with a '{}'",
                    p.name(),
                    idx.name()
                ));
            }
            if let Some(v) = stored {
                let ok = matches!(v, Ty::V(VType::Int | VType::Uint | VType::Bool))
                    || (!checking && v == Ty::Unknown);
                if !ok {
                    return Err(format!(
                        "can't store a '{}' through a '{}'",
                        v.name(),
                        p.name()
                    ));
                }
            }
            Ok(Ty::V(VType::Int))
        }
        _ => Err(format!("can't do subscript of a '{}'", base.name())),
    }
}

/// How a returned value of type `v` becomes the declared return type `ret`.
fn return_conversion(v: Ty, ret: VType) -> Result<(), String> {
    match (v, ret) {
        (Ty::V(_), VType::Obj) | (Ty::NoneLit, _) | (Ty::V(VType::Obj), _) => Ok(()),
        (Ty::V(t), r) if t == r => Ok(()),
        _ => Err(format!(
            "return expected '{}' but got '{}'",
            ret.name(),
            v.name()
        )),
    }
}

/// Compiles viper function `co` with backend `b`. Err(message) is a ViperTypeError.
pub fn compile<B: Backend>(b: &mut B, co: &CodeObj) -> Result<Compiled<B::Label>, String> {
    let code = co.code();
    let fl = flow(co)?;
    let types = infer(co, &fl).map_err(|e| e.1)?;
    let labels: Vec<B::Label> = fl.insns.iter().map(|_| b.new_label()).collect();
    let nlocals = code.varnames.len();
    let mut e = Emitter::new(b, nlocals, code.stacksize as usize);
    let exit = e.b.new_label();
    e.b.prologue();
    let start = e.b.here();
    let mut entries = Vec::new();
    let (a1, a2, a3) = (B::ARGS[1], B::ARGS[2], B::ARGS[3]);
    let (t0, t1, t2) = (B::TEMPS[0], B::TEMPS[1], B::TEMPS[2]);
    // Parameters arrive as objects: convert the typed ones in place.
    e.packed = 0;
    let nparams = code.viper_types.len().saturating_sub(1);
    for (i, t) in types.locals.iter().take(nparams).enumerate() {
        if let Some(t) = t.filter(|t| *t != VType::Obj) {
            e.b.load(a1, B::FRAME, i);
            e.b.load_imm(a2, t as usize);
            e.b.add_imm(a3, B::FRAME, (i * B::WORD_BYTES) as isize);
            e.call(Helper::ViperToNative);
        }
    }
    // Set when a comparison has compiled the conditional jump after it.
    let mut fused = false;
    for (i, ins) in fl.insns.iter().copied().enumerate() {
        if core::mem::take(&mut fused) {
            continue;
        }
        e.settle_for(
            ins.op,
            fl.state[i].map_or(0, |s| s.0 as usize),
            fl.is_target[i],
        );
        if fl.is_target[i] {
            e.b.bind(labels[i]);
        }
        if fl.is_entry[i] {
            entries.push((ins.pc, e.b.here()));
        }
        let (Some((d, nb)), Some(st)) = (fl.state[i], types.at[i].as_ref()) else {
            continue;
        };
        let d = d as usize;
        e.packed = (ins.pc as usize) << 8 | nb as usize;
        let arg = ins.arg as usize;
        let ty = |k: usize| st[st.len() - k];
        let target = |pc: u32| fl.idx(pc).map(|j| labels[j]);
        match ins.op {
            Op::StoreGlobal => box_slot(&mut e, d - 1, ty(1)),
            Op::StoreAttr => box_slot(&mut e, d - 2, ty(2)),
            _ => {}
        }
        // A cast pushes nothing: its call is compiled as a conversion.
        let cast =
            ins.op == Op::LoadGlobal && matches!(ty_after(&types, &fl, i), Some(Ty::Cast(_)));
        if !cast && e.untyped_op(co, ins, d, &fl, &labels)? {
            continue;
        }
        match ins.op {
            Op::LoadGlobal => {}
            Op::Nop | Op::Pop => {}
            Op::LoadSmallInt => e.st_imm(zigzag_decode(ins.arg) as isize as usize, d),
            Op::LoadConst => {
                let w = match code.consts.get(arg) {
                    Some(Const::Int(v)) if isize::try_from(*v).is_ok() => *v as isize as usize,
                    _ => co.const_at(ins.arg).bits(),
                };
                e.st_imm(w, d);
            }
            Op::LoadNone => e.st_imm(Obj::NONE.bits(), d),
            Op::LoadTrue | Op::LoadFalse => e.st_imm((ins.op == Op::LoadTrue) as usize, d),
            // Object locals can be unbound; machine words start as 0. Parameters are bound
            // (viper has no `del` of them).
            Op::LoadFast if types.locals[arg] == Some(VType::Obj) && arg >= nparams => {
                e.load_fast(arg, d, true)
            }
            Op::LoadFast => e.push_virtual(Virt::Local(arg), d),
            Op::CallFunction => {
                let base = d - arg - 1;
                if let Ty::Cast(t) = ty(arg + 1) {
                    // A cast: free between machine types, a conversion from an object.
                    match ty(1) {
                        Ty::V(VType::Obj) => {
                            e.ld(a1, d - 1);
                            e.b.load_imm(a2, t as usize);
                            e.addr(a3, base);
                            e.call(Helper::ViperToNative);
                        }
                        _ => {
                            e.ld(t0, d - 1);
                            if t == VType::Bool {
                                normalise_bool(&mut e, t0);
                            }
                            e.st(t0, base);
                        }
                    }
                } else {
                    for k in 0..arg {
                        box_slot(&mut e, d - arg + k, ty(arg - k));
                    }
                    e.addr(a1, base);
                    e.b.load_imm(a2, arg);
                    e.call(Helper::Call);
                    e.st(B::RET, base);
                }
            }
            Op::CallMethod => {
                for k in 0..arg {
                    box_slot(&mut e, d - arg + k, ty(arg - k));
                }
                let base = d - arg - 2;
                e.addr(a1, base);
                e.b.load_imm(a2, arg);
                e.call(Helper::CallMethod);
                e.st(B::RET, base);
            }
            Op::BuildTuple | Op::BuildList => {
                for k in 0..arg {
                    box_slot(&mut e, d - arg + k, ty(arg - k));
                }
                e.addr(a1, d - arg);
                e.b.load_imm(a2, arg);
                e.call(if ins.op == Op::BuildTuple {
                    Helper::BuildTuple
                } else {
                    Helper::BuildList
                });
                e.st(B::RET, d - arg);
            }
            Op::BinaryOp | Op::InplaceOp => {
                let kind = BinaryOpKind::from_arg(ins.arg).ok_or("bad operator")?;
                match (ty(2), ty(1)) {
                    (Ty::V(l), Ty::V(_)) if l.is_integer() => {
                        int_binop(&mut e, kind, l, d)?;
                    }
                    _ => {
                        e.ld(a2, d - 2);
                        e.ld(a3, d - 1);
                        e.b.load_imm(a1, ins.arg as usize);
                        e.call(if ins.op == Op::BinaryOp {
                            Helper::BinaryOp
                        } else {
                            Helper::InplaceOp
                        });
                        e.st(B::RET, d - 2);
                    }
                }
            }
            Op::UnaryOp => {
                let kind = UnaryOpKind::from_arg(ins.arg).ok_or("bad operator")?;
                e.ld(t0, d - 1);
                match (kind, ty(1)) {
                    (_, Ty::V(VType::Obj)) => {
                        e.b.load_imm(a1, ins.arg as usize);
                        e.b.mov(a2, t0);
                        e.call(Helper::UnaryOp);
                        e.b.mov(t0, B::RET);
                    }
                    (UnaryOpKind::Neg, _) => {
                        e.b.load_imm(t1, 0);
                        e.b.alu(Alu::Sub, t0, t1, t0);
                    }
                    (UnaryOpKind::Invert, _) => {
                        e.b.load_imm(t1, usize::MAX);
                        e.b.alu(Alu::Xor, t0, t0, t1);
                    }
                    (UnaryOpKind::Not, _) => {
                        normalise_bool(&mut e, t0);
                        e.b.load_imm(t1, 1);
                        e.b.alu(Alu::Xor, t0, t0, t1);
                    }
                    (UnaryOpKind::Pos, _) => {}
                }
                e.st(t0, d - 1);
            }
            Op::CompareOp => {
                let kind = CompareKind::from_arg(ins.arg).ok_or("bad comparison")?;
                match ty(2) {
                    Ty::V(VType::Obj) | Ty::NoneLit => {
                        e.ld(a2, d - 2);
                        e.ld(a3, d - 1);
                        e.b.load_imm(a1, ins.arg as usize);
                        e.call(Helper::CompareOp);
                        e.st(B::RET, d - 2);
                    }
                    Ty::V(t) => {
                        let c = compare_cond(kind).ok_or("bad comparison")?;
                        let c = if t == VType::Uint { c.unsigned() } else { c };
                        e.ld(t0, d - 2);
                        e.ld(t1, d - 1);
                        // A conditional jump after it that nothing else enters takes the
                        // comparison's branch.
                        let next = fl.insns.get(i + 1).filter(|j| {
                            matches!(j.op, Op::PopJumpIfFalse | Op::PopJumpIfTrue)
                                && !fl.is_target[i + 1]
                                && !fl.is_entry[i + 1]
                        });
                        if let Some(j) = next {
                            let to = e.branch_target(target(j.arg)?, j.arg <= j.pc);
                            let c = if j.op == Op::PopJumpIfTrue {
                                c
                            } else {
                                c.negate()
                            };
                            e.b.jump_cmp(c, t0, t1, to);
                            fused = true;
                        } else {
                            let set = e.b.new_label();
                            e.b.load_imm(t2, 1);
                            e.b.jump_cmp(c, t0, t1, set);
                            e.b.load_imm(t2, 0);
                            e.b.bind(set);
                            e.st(t2, d - 2);
                        }
                    }
                    _ => return Err(String::from("bad comparison")),
                }
            }
            Op::LoadSubscr => match ty(2) {
                Ty::V(p) if p.width().is_some() => {
                    e.ld(t0, d - 2);
                    e.ld(t1, d - 1);
                    e.b.load_indexed(p.width().ok_or("bad pointer")?, t2, t0, t1);
                    e.st(t2, d - 2);
                }
                _ => {
                    box_slot(&mut e, d - 1, ty(1));
                    e.ld(a1, d - 2);
                    e.ld(a2, d - 1);
                    e.call(Helper::GetItem);
                    e.st(B::RET, d - 2);
                }
            },
            Op::StoreSubscr => match ty(2) {
                Ty::V(p) if p.width().is_some() => {
                    e.ld(t0, d - 2);
                    e.ld(t1, d - 1);
                    e.ld(t2, d - 3);
                    e.b.store_indexed(p.width().ok_or("bad pointer")?, t2, t0, t1);
                }
                _ => {
                    box_slot(&mut e, d - 1, ty(1));
                    box_slot(&mut e, d - 3, ty(3));
                    e.ld(a1, d - 2);
                    e.ld(a2, d - 1);
                    e.ld(a3, d - 3);
                    e.call(Helper::SetItem);
                }
            },
            Op::Jump => {
                let to = target(ins.arg)?;
                if ins.arg <= ins.pc {
                    e.interrupt_check(to);
                }
                e.b.jump(to);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let backward = ins.arg <= ins.pc;
                let to = e.branch_target(target(ins.arg)?, backward);
                let on_true = matches!(ins.op, Op::PopJumpIfTrue | Op::JumpIfTrueOrPop);
                match ty(1) {
                    Ty::V(VType::Obj) | Ty::NoneLit => {
                        let next = e.b.new_label();
                        let (t, f) = if on_true { (to, next) } else { (next, to) };
                        e.ld(a1, d - 1);
                        e.truth_branch(a1, t, f);
                        e.b.bind(next);
                    }
                    _ => {
                        e.ld(t0, d - 1);
                        if on_true {
                            e.b.jump_if_nonzero(t0, to);
                        } else {
                            e.b.jump_if_zero(t0, to);
                        }
                    }
                }
            }
            Op::ReturnValue => {
                emit_return(&mut e, ty(1), types.ret, d);
                e.b.jump(exit);
            }
            Op::PopBlock => {}
            op => return Err(format!("'{}' is not supported in viper code", op.name())),
        }
    }
    e.emit_stubs();
    e.b.bind(exit);
    e.b.epilogue();
    Ok(Compiled { start, entries })
}

/// The type of the value instruction `i` pushes (for telling casts from other globals).
fn ty_after(types: &Types, fl: &Flow, i: usize) -> Option<Ty> {
    let next = fl.insns.get(i + 1)?;
    let j = fl.idx(next.pc).ok()?;
    types.at.get(j)?.as_ref()?.last().copied()
}

/// Replaces the native value in stack slot `depth` by its object.
fn box_slot<B: Backend>(e: &mut Emitter<B>, depth: usize, t: Ty) {
    let Some(t) = t.native() else {
        return;
    };
    e.ld(B::ARGS[1], depth);
    e.b.load_imm(B::ARGS[2], t as usize);
    e.call(Helper::ViperToObj);
    e.st(B::RET, depth);
}

/// `r = r != 0`.
fn normalise_bool<B: Backend>(e: &mut Emitter<B>, r: B::Reg) {
    let done = e.b.new_label();
    e.b.jump_if_zero(r, done);
    e.b.load_imm(r, 1);
    e.b.bind(done);
}

fn int_binop<B: Backend>(
    e: &mut Emitter<B>,
    kind: BinaryOpKind,
    t: VType,
    d: usize,
) -> Result<(), String> {
    use BinaryOpKind as K;
    let (t0, t1) = (B::TEMPS[0], B::TEMPS[1]);
    let op = match kind {
        K::Add => Alu::Add,
        K::Sub => Alu::Sub,
        K::Mul => Alu::Mul,
        K::And => Alu::And,
        K::Or => Alu::Or,
        K::Xor => Alu::Xor,
        K::LShift => Alu::Shl,
        K::RShift if t == VType::Uint => Alu::Shr,
        K::RShift => Alu::Sar,
        K::FloorDiv | K::Mod => {
            e.ld(B::ARGS[1], d - 2);
            e.ld(B::ARGS[2], d - 1);
            e.addr(B::ARGS[3], d - 2);
            e.call(if kind == K::FloorDiv {
                Helper::ViperFloorDiv
            } else {
                Helper::ViperMod
            });
            e.written(d - 2);
            return Ok(());
        }
        _ => return Err(format!("binary op {} not implemented", kind.symbol())),
    };
    e.ld(t0, d - 2);
    e.ld(t1, d - 1);
    e.b.alu(op, t0, t0, t1);
    e.st(t0, d - 2);
    Ok(())
}

/// Puts the returned value, as an object of the declared type, in RET.
fn emit_return<B: Backend>(e: &mut Emitter<B>, v: Ty, ret: VType, d: usize) {
    let (a1, a2, a3) = (B::ARGS[1], B::ARGS[2], B::ARGS[3]);
    match (v, ret) {
        (Ty::NoneLit, VType::Obj) => e.b.load_imm(B::RET, Obj::NONE.bits()),
        (Ty::NoneLit, r) => {
            e.b.load_imm(a1, 0);
            e.b.load_imm(a2, r as usize);
            e.call(Helper::ViperToObj);
        }
        (Ty::V(VType::Obj), VType::Obj) => e.ld(B::RET, d - 1),
        (Ty::V(VType::Obj), r) => {
            // An object returned from a typed function: converted to the type, then boxed.
            e.ld(a1, d - 1);
            e.b.load_imm(a2, r as usize);
            e.addr(a3, d - 1);
            e.call(Helper::ViperToNative);
            e.written(d - 1);
            e.ld(a1, d - 1);
            e.b.load_imm(a2, r as usize);
            e.call(Helper::ViperToObj);
        }
        (t, _) => {
            let t = t.native().unwrap_or(VType::Int);
            e.ld(a1, d - 1);
            e.b.load_imm(a2, t as usize);
            e.call(Helper::ViperToObj);
        }
    }
}

/// The machine value of type `vtype` (a `VType` number) for `obj`: MicroPython's
/// `mp_native_from_obj` (bool: truth; int/uint: the value truncated to the word; pointers:
/// the address of a buffer's bytes, or an int's value).
pub fn to_native(vm: &mut Vm, obj: Obj, vtype: usize) -> PyResult<usize> {
    let t = VType::ALL.get(vtype).copied().unwrap_or(VType::Obj);
    match t {
        VType::Obj => Ok(obj.bits()),
        VType::Bool => Ok(vm.truth(obj)? as usize),
        VType::Ptr | VType::Ptr8 | VType::Ptr16 | VType::Ptr32 => {
            match crate::objects::bytes::raw_buffer(obj) {
                Some(b) => Ok(b.as_mut_ptr() as usize),
                None => word_of_int(vm, obj),
            }
        }
        VType::Int | VType::Uint => word_of_int(vm, obj),
    }
}

/// An int's value truncated to the machine word (two's complement), as viper sees it.
fn word_of_int(vm: &mut Vm, obj: Obj) -> PyResult<usize> {
    match obj {
        Obj::TRUE => return Ok(1),
        Obj::FALSE => return Ok(0),
        _ => {}
    }
    let v = crate::objects::instance::native_value(obj);
    if let Some(i) = v.as_small_int() {
        return Ok(i as usize);
    }
    if crate::objects::int::is_int(v) {
        let b = crate::objects::int::to_bigint(v);
        let mut w = 0usize;
        for (k, limb) in b.limbs().iter().take(usize::BITS as usize / 32).enumerate() {
            w |= (*limb as usize) << (32 * k);
        }
        return Ok(if b.is_negative() { w.wrapping_neg() } else { w });
    }
    let msg = format!("can't convert {} to int", obj.type_of().name);
    Err(vm.type_error(&msg))
}

/// The object for machine value `word` of type `vtype`: MicroPython's `mp_native_to_obj`.
pub fn to_obj(vm: &mut Vm, word: usize, vtype: usize) -> PyResult {
    let t = VType::ALL.get(vtype).copied().unwrap_or(VType::Obj);
    match t {
        VType::Obj => Ok(Obj::from_ptr(word as *const u8)),
        VType::Bool => Ok(if word != 0 { Obj::TRUE } else { Obj::FALSE }),
        VType::Int => vm.new_int(word as isize as i64),
        VType::Uint | VType::Ptr | VType::Ptr8 | VType::Ptr16 | VType::Ptr32 => {
            match i64::try_from(word as u64) {
                Ok(v) => vm.new_int(v),
                Err(_) => vm.new_bigint(crate::bigint::BigInt::from_u64(word as u64)),
            }
        }
    }
}

/// Viper's `a // b` on machine ints: floored, wrapping on overflow (`b` is not zero).
pub fn floor_div(a: isize, b: isize) -> isize {
    let q = a.wrapping_div(b);
    if a.wrapping_rem(b) != 0 && (a < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}

/// Viper's `a % b` on machine ints: the sign of `b` (`b` is not zero).
pub fn floor_mod(a: isize, b: isize) -> isize {
    let r = a.wrapping_rem(b);
    if r != 0 && (r < 0) != (b < 0) {
        r + b
    } else {
        r
    }
}
