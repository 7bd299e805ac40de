//! The native code generator: walks a function's bytecode once to find each instruction's
//! static stack and block depth, then once more emitting machine operations through a
//! `Backend` (generic, so each backend's operations inline into the walk).
//!
//! Per instruction: operands are loaded from their value-stack slots (fixed offsets from
//! FRAME), small-int `+ - & | ^` and comparisons and the branches on True/False are inline,
//! everything else is one helper call followed by one test-and-branch to the instruction's
//! error stub. Slow paths and error stubs are emitted out of line after the body, so the fast
//! paths fall through.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::backend::{Alu, Backend, Cond};
use super::helpers::{Helper, STOP};
use crate::bytecode::{
    read_uint, zigzag_decode, BinaryOpKind, CompareKind, Op, CO_VARARGS, CO_VARKEYWORDS,
};
use crate::interp::{self, BLOCK_HANDLER};
use crate::obj::Obj;
use crate::objects::func::CodeObj;

/// What the generator produced besides the code: labels the backend resolves to addresses
/// once it has laid the code out.
pub struct Compiled<L> {
    /// The code for bytecode pc 0.
    pub start: L,
    /// `(bytecode pc, label)` of every handler and resume point, sorted by pc.
    pub entries: Vec<(u32, L)>,
}

#[derive(Clone, Copy)]
pub(super) struct Insn {
    pub pc: u32,
    pub op: Op,
    pub arg: u32,
    pub next: u32,
}

/// Out-of-line code emitted after the body.
pub(super) enum Stub<L> {
    /// Raise UnboundLocalError / NameError for a slot, then unwind.
    Unbound {
        at: L,
        helper: Helper,
        slot: usize,
        err: L,
    },
    /// The general path of an inlined binary operation or comparison: operands are in
    /// ARGS[2], ARGS[3]; the result goes to value-stack slot `dst`, then back to `back`.
    Slow {
        at: L,
        helper: Helper,
        kind: u32,
        dst: usize,
        back: L,
        err: L,
    },
    /// The general path of a comparison fused with a conditional jump.
    CmpBranch {
        at: L,
        kind: u32,
        on_true: L,
        on_false: L,
        err: L,
    },
    /// Ctrl-C pressed at a backward jump.
    Interrupt { at: L, back: L, err: L },
    /// A backward conditional jump: check for Ctrl-C, then go to `target`.
    BackEdge { at: L, target: L, err: L },
}

/// The control flow of a function's bytecode, as the generators need it.
pub(super) struct Flow {
    pub insns: Vec<Insn>,
    /// Instruction index of each bytecode offset (`u32::MAX` inside an instruction).
    pub index_of: Vec<u32>,
    /// `(stack depth, block depth)` before each instruction; None when unreachable.
    pub state: Vec<Option<(u32, u32)>>,
    /// Instructions something jumps to.
    pub is_target: Vec<bool>,
    /// Instructions entered from outside the straight-line code (handlers, resume points).
    pub is_entry: Vec<bool>,
}

impl Flow {
    /// The index of the instruction at bytecode offset `pc`.
    pub fn idx(&self, pc: u32) -> Result<usize, String> {
        match self.index_of.get(pc as usize) {
            Some(&i) if i != u32::MAX => Ok(i as usize),
            _ => Err(format!("jump to {pc} is not an instruction")),
        }
    }
}

/// Decodes `co`'s bytecode and finds each instruction's static stack and block depth.
pub(super) fn flow(co: &CodeObj) -> Result<Flow, String> {
    let code = co.code();
    let bc = &code.code;
    if bc.len() >= 1 << 23 || code.blocksize > 255 || code.stacksize as usize >= 1 << 20 {
        return Err(String::from("function too large"));
    }
    // ---- decode
    let mut insns = Vec::new();
    let mut index_of = vec![u32::MAX; bc.len() + 1];
    let mut pc = 0usize;
    while pc < bc.len() {
        let op = Op::from_u8(bc[pc]).ok_or_else(|| format!("bad opcode {}", bc[pc]))?;
        let start = pc;
        pc += 1;
        let arg = if op.has_arg() {
            read_uint(bc, &mut pc)
        } else {
            0
        };
        index_of[start] = insns.len() as u32;
        insns.push(Insn {
            pc: start as u32,
            op,
            arg,
            next: pc as u32,
        });
    }
    let idx = |pc: u32| -> Result<usize, String> {
        match index_of.get(pc as usize) {
            Some(&i) if i != u32::MAX => Ok(i as usize),
            _ => Err(format!("jump to {pc} is not an instruction")),
        }
    };
    // ---- static depths
    let mut state: Vec<Option<(u32, u32)>> = vec![None; insns.len()];
    let mut is_target = vec![false; insns.len()];
    let mut is_entry = vec![false; insns.len()];
    let mut work = Vec::new();
    let reach = |state: &mut Vec<Option<(u32, u32)>>,
                 work: &mut Vec<usize>,
                 i: usize,
                 s: (u32, u32)|
     -> Result<(), String> {
        match state[i] {
            None => {
                state[i] = Some(s);
                work.push(i);
                Ok(())
            }
            Some(old) if old == s => Ok(()),
            Some(old) => Err(format!(
                "inconsistent depths at pc {}: {:?} vs {:?}",
                insns[i].pc, old, s
            )),
        }
    };
    if !insns.is_empty() {
        reach(&mut state, &mut work, 0, (0, 0))?;
    }
    while let Some(i) = work.pop() {
        let ins = insns[i];
        let (d, nb) = state[i].unwrap();
        let d = d as i64;
        let next = |k: i64| -> Result<(u32, u32), String> {
            if k < 0 || k > code.stacksize as i64 {
                Err(format!("stack depth {k} out of range at pc {}", ins.pc))
            } else {
                Ok((k as u32, nb))
            }
        };
        let n = ins.arg as i64;
        let mut succ: Vec<(u32, (u32, u32))> = Vec::new();
        let fall = ins.next;
        match ins.op {
            Op::Jump => succ.push((ins.arg, next(d)?)),
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                succ.push((ins.arg, next(d - 1)?));
                succ.push((fall, next(d - 1)?));
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                succ.push((ins.arg, next(d)?));
                succ.push((fall, next(d - 1)?));
            }
            Op::ForIter => {
                succ.push((ins.arg, next(d - 1)?));
                succ.push((fall, next(d + 1)?));
            }
            Op::SetupFinally => {
                succ.push((ins.arg, (d as u32 + 2, nb + 1)));
                succ.push((fall, (d as u32, nb + 1)));
            }
            Op::SetupWith => {
                succ.push((ins.arg, (d as u32 + 2, nb + 1)));
                succ.push((fall, (d as u32 + 1, nb + 1)));
            }
            Op::PopBlock => succ.push((fall, (d as u32, nb.wrapping_sub(1)))),
            Op::PopExcept => succ.push((fall, (d as u32 - 1, nb.wrapping_sub(1)))),
            Op::ReturnValue | Op::Raise | Op::Reraise => {}
            Op::LoadName | Op::StoreName | Op::DeleteName | Op::PrintExpr => {
                return Err(format!("{} is not compiled", ins.op.name()))
            }
            op => succ.push((fall, next(d + stack_effect(op, n))?)),
        }
        for (pc, s) in succ {
            if s.1 > code.blocksize as u32 || s.0 > code.stacksize as u32 {
                return Err(format!("bad depths at pc {}", ins.pc));
            }
            let j = idx(pc)?;
            reach(&mut state, &mut work, j, s)?;
        }
        if is_branch(ins.op) {
            let j = idx(ins.arg)?;
            is_target[j] = true;
            if matches!(ins.op, Op::SetupFinally | Op::SetupWith) {
                is_entry[j] = true;
            }
        }
        match ins.op {
            Op::YieldValue => {
                let j = idx(fall)?;
                is_target[j] = true;
                is_entry[j] = true;
            }
            Op::YieldFrom => {
                is_target[i] = true;
                is_entry[i] = true;
                let j = idx(fall)?;
                is_target[j] = true;
                is_entry[j] = true;
            }
            _ => {}
        }
    }

    Ok(Flow {
        insns,
        index_of,
        state,
        is_target,
        is_entry,
    })
}

/// Compiles `co` with backend `b`. Err(reason) for code the generator does not handle.
pub fn compile<B: Backend>(b: &mut B, co: &CodeObj) -> Result<Compiled<B::Label>, String> {
    let code = co.code();
    let fl = flow(co)?;
    let idx = |pc: u32| fl.idx(pc);
    let Flow {
        insns,
        state,
        is_target,
        is_entry,
        ..
    } = &fl;
    // ---- emit
    let nlocals = code.varnames.len();
    let mut nparams = code.argcount as usize + code.kwonlyargcount as usize;
    nparams +=
        (code.flags & CO_VARARGS != 0) as usize + (code.flags & CO_VARKEYWORDS != 0) as usize;
    let mut deleted = vec![false; nlocals];
    for ins in insns {
        if matches!(ins.op, Op::DeleteFast) {
            if let Some(x) = deleted.get_mut(ins.arg as usize) {
                *x = true;
            }
        }
    }
    let always_bound = |i: usize| i < nparams && !deleted[i];
    let labels: Vec<B::Label> = insns.iter().map(|_| b.new_label()).collect();
    let mut e = Emitter::new(b, nlocals, code.stacksize as usize);
    let exit = e.b.new_label();
    e.b.prologue();
    let start = e.b.here();
    let mut entries = Vec::new();
    let mut i = 0;
    while i < insns.len() {
        let ins = insns[i];
        e.settle_for(ins.op, state[i].map_or(0, |s| s.0 as usize), is_target[i]);
        if is_target[i] {
            e.b.bind(labels[i]);
        }
        if is_entry[i] {
            entries.push((ins.pc, e.b.here()));
        }
        let Some((d, nb)) = state[i] else {
            i += 1;
            continue;
        };
        let d = d as usize;
        e.packed = (ins.pc as usize) << 8 | nb as usize;
        let arg = ins.arg as usize;
        let label_at = |pc: u32| labels[idx(pc).unwrap_or(0)];
        let (a0, a1, a2, a3) = (B::ARGS[0], B::ARGS[1], B::ARGS[2], B::ARGS[3]);
        let (t0, t1) = (B::TEMPS[0], B::TEMPS[1]);
        let ret = B::RET;
        let _ = a0;
        if e.untyped_op(co, ins, d, &fl, &labels)? {
            i += 1;
            continue;
        }
        match ins.op {
            Op::Nop | Op::Pop | Op::PopBlock => {}
            Op::LoadConst => e.st_imm(co.const_at(ins.arg).bits(), d),
            Op::LoadSmallInt => {
                let v = zigzag_decode(ins.arg) as isize;
                e.st_imm(Obj::small_int(v).bits(), d)
            }
            Op::LoadNone => e.st_imm(Obj::NONE.bits(), d),
            Op::LoadTrue => e.st_imm(Obj::TRUE.bits(), d),
            Op::LoadFalse => e.st_imm(Obj::FALSE.bits(), d),
            Op::LoadBuildClass => e.st_imm(
                Obj::from_static(&crate::runtime::class::BUILD_CLASS).bits(),
                d,
            ),
            Op::LoadAssertionError => e.st_imm(
                Obj::from_static(&crate::objects::exc::ASSERTION_ERROR).bits(),
                d,
            ),
            Op::LoadFast if always_bound(arg) => e.push_virtual(Virt::Local(arg), d),
            Op::LoadFast => e.load_fast(arg, d, true),
            Op::LoadDeref => {
                e.b.load(t0, B::FRAME, arg);
                e.b.load(t0, t0, 1);
                let at = e.unbound(Helper::UnboundDeref, arg);
                e.b.jump_if_zero(t0, at);
                e.st(t0, d);
            }
            Op::StoreDeref => {
                e.b.load(t0, B::FRAME, arg);
                e.ld(t1, d - 1);
                e.b.store(t1, t0, 1);
            }
            Op::DeleteDeref => {
                e.b.load(t0, B::FRAME, arg);
                e.b.load(t1, t0, 1);
                let at = e.unbound(Helper::UnboundDeref, arg);
                e.b.jump_if_zero(t1, at);
                e.b.load_imm(t1, 0);
                e.b.store(t1, t0, 1);
            }
            Op::LoadClosure => e.push_virtual(Virt::Local(arg), d),
            Op::DeleteGlobal => {
                e.b.load_imm(a1, co.name_at(ins.arg).0 as usize);
                e.call(Helper::DeleteGlobal);
            }
            Op::DeleteAttr => {
                e.ld(a1, d - 1);
                e.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                e.call(Helper::DeleteAttr);
            }
            Op::LoadSubscr => {
                e.ld(a1, d - 2);
                e.ld(a2, d - 1);
                e.call(Helper::GetItem);
                e.st(ret, d - 2);
            }
            Op::StoreSubscr => {
                e.ld(a1, d - 2);
                e.ld(a2, d - 1);
                e.ld(a3, d - 3);
                e.call(Helper::SetItem);
            }
            Op::DeleteSubscr => {
                e.ld(a1, d - 2);
                e.ld(a2, d - 1);
                e.b.load_imm(a3, 0);
                e.call(Helper::SetItem);
            }
            Op::BinaryOp | Op::InplaceOp => {
                let helper = if ins.op == Op::BinaryOp {
                    Helper::BinaryOp
                } else {
                    Helper::InplaceOp
                };
                let kind = BinaryOpKind::from_arg(ins.arg).ok_or("bad operator")?;
                e.ld(a2, d - 2);
                e.ld(a3, d - 1);
                use BinaryOpKind as K;
                if matches!(kind, K::Add | K::Sub | K::And | K::Or | K::Xor) {
                    let slow = e.b.new_label();
                    let back = e.b.new_label();
                    e.b.alu(Alu::And, t0, a2, a3);
                    e.b.jump_if_bit_clear(t0, 0, slow);
                    match kind {
                        K::Add => {
                            e.b.add_imm(t1, a2, -1);
                            e.b.add_or_branch(t0, t1, a3, slow);
                        }
                        K::Sub => {
                            e.b.sub_or_branch(t0, a2, a3, slow);
                            e.b.add_imm(t0, t0, 1);
                        }
                        K::And => {}
                        K::Or => e.b.alu(Alu::Or, t0, a2, a3),
                        _ => {
                            e.b.alu(Alu::Xor, t0, a2, a3);
                            e.b.add_imm(t0, t0, 1);
                        }
                    }
                    e.st(t0, d - 2);
                    e.b.bind(back);
                    let err = e.err();
                    e.stubs.push(Stub::Slow {
                        at: slow,
                        helper,
                        kind: ins.arg,
                        dst: d - 2,
                        back,
                        err,
                    });
                } else {
                    e.b.load_imm(a1, ins.arg as usize);
                    e.call(helper);
                    e.st(ret, d - 2);
                }
            }
            Op::UnaryOp => {
                e.b.load_imm(a1, ins.arg as usize);
                e.ld(a2, d - 1);
                e.call(Helper::UnaryOp);
                e.st(ret, d - 1);
            }
            Op::CompareOp => {
                let kind = CompareKind::from_arg(ins.arg).ok_or("bad comparison")?;
                e.ld(a2, d - 2);
                e.ld(a3, d - 1);
                let cond = compare_cond(kind);
                // A following conditional jump that nothing else jumps to is fused.
                let fused = insns.get(i + 1).filter(|j| {
                    matches!(j.op, Op::PopJumpIfFalse | Op::PopJumpIfTrue)
                        && !is_target[i + 1]
                        && cond.is_some()
                });
                match (cond, fused) {
                    (Some(cond), Some(j)) => {
                        let next_label = labels[i + 1];
                        let target = e.branch_target(label_at(j.arg), j.arg <= j.pc);
                        let (jump_cond, on_true, on_false) = if j.op == Op::PopJumpIfTrue {
                            (cond, target, next_label)
                        } else {
                            (cond.negate(), next_label, target)
                        };
                        let slow = e.b.new_label();
                        if !matches!(kind, CompareKind::Is | CompareKind::IsNot) {
                            e.b.alu(Alu::And, t0, a2, a3);
                            e.b.jump_if_bit_clear(t0, 0, slow);
                        }
                        let taken = if j.op == Op::PopJumpIfTrue {
                            on_true
                        } else {
                            on_false
                        };
                        e.b.jump_cmp(jump_cond, a2, a3, taken);
                        let err = e.err();
                        e.stubs.push(Stub::CmpBranch {
                            at: slow,
                            kind: ins.arg,
                            on_true,
                            on_false,
                            err,
                        });
                        // The jump instruction is done: its label starts the fall-through.
                        e.b.bind(next_label);
                        i += 2;
                        continue;
                    }
                    (Some(cond), None) => {
                        let slow = e.b.new_label();
                        let back = e.b.new_label();
                        let set = e.b.new_label();
                        if !matches!(kind, CompareKind::Is | CompareKind::IsNot) {
                            e.b.alu(Alu::And, t0, a2, a3);
                            e.b.jump_if_bit_clear(t0, 0, slow);
                        }
                        e.b.load_imm(t0, Obj::TRUE.bits());
                        e.b.jump_cmp(cond, a2, a3, set);
                        e.b.load_imm(t0, Obj::FALSE.bits());
                        e.b.bind(set);
                        e.st(t0, d - 2);
                        e.b.bind(back);
                        let err = e.err();
                        e.stubs.push(Stub::Slow {
                            at: slow,
                            helper: Helper::CompareOp,
                            kind: ins.arg,
                            dst: d - 2,
                            back,
                            err,
                        });
                    }
                    _ => {
                        e.b.load_imm(a1, ins.arg as usize);
                        e.call(Helper::CompareOp);
                        e.st(ret, d - 2);
                    }
                }
            }
            Op::Jump => {
                let target = labels[idx(ins.arg)?];
                if ins.arg <= ins.pc {
                    e.interrupt_check(target);
                }
                e.b.jump(target);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let backward = ins.arg <= ins.pc && ins.op == Op::PopJumpIfTrue;
                let target = e.branch_target(labels[idx(ins.arg)?], backward);
                let next_label = e.b.new_label();
                let jump_if_true = matches!(ins.op, Op::PopJumpIfTrue | Op::JumpIfTrueOrPop);
                let (on_true, on_false) = if jump_if_true {
                    (target, next_label)
                } else {
                    (next_label, target)
                };
                e.ld(a1, d - 1);
                e.truth_branch(a1, on_true, on_false);
                e.b.bind(next_label);
            }
            Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => {
                let helper = match ins.op {
                    Op::BuildTuple => Helper::BuildTuple,
                    Op::BuildList => Helper::BuildList,
                    Op::BuildSet => Helper::BuildSet,
                    Op::BuildString => Helper::BuildString,
                    _ => Helper::BuildSlice,
                };
                e.addr(a1, d - arg);
                e.b.load_imm(a2, arg);
                e.call(helper);
                e.st(ret, d - arg);
            }
            Op::BuildMap => {
                e.addr(a1, d - 2 * arg);
                e.b.load_imm(a2, arg);
                e.call(Helper::BuildMap);
                e.st(ret, d - 2 * arg);
            }
            Op::FormatValue => {
                let k = if ins.arg & crate::bytecode::FORMAT_HAS_SPEC != 0 {
                    2
                } else {
                    1
                };
                e.addr(a1, d - k);
                e.b.load_imm(a2, arg);
                e.call(Helper::FormatValue);
                e.st(ret, d - k);
            }
            Op::ListAppend
            | Op::SetAdd
            | Op::ListExtend
            | Op::SetUpdate
            | Op::DictUpdate
            | Op::DictMerge => {
                let helper = match ins.op {
                    Op::ListAppend => Helper::ListAppend,
                    Op::SetAdd => Helper::SetAdd,
                    Op::ListExtend => Helper::ListExtend,
                    Op::SetUpdate => Helper::SetUpdate,
                    Op::DictUpdate => Helper::DictUpdate,
                    _ => Helper::DictMerge,
                };
                e.ld(a1, d - 1 - arg);
                e.ld(a2, d - 1);
                e.call(helper);
            }
            Op::MapAdd => {
                e.ld(a1, d - 2 - arg);
                e.ld(a2, d - 2);
                e.ld(a3, d - 1);
                e.call(Helper::MapAdd);
            }
            Op::ListToTuple => {
                e.ld(a1, d - 1);
                e.call(Helper::ListToTuple);
                e.st(ret, d - 1);
            }
            Op::UnpackSequence | Op::UnpackEx => {
                e.addr(a1, d - 1);
                e.b.load_imm(a2, arg);
                e.call(if ins.op == Op::UnpackEx {
                    Helper::UnpackEx
                } else {
                    Helper::UnpackSequence
                });
            }
            Op::CallFunction | Op::CallFunctionKw | Op::CallMethod | Op::CallMethodKw => {
                let (helper, below) = match ins.op {
                    Op::CallFunction => (Helper::Call, 1),
                    Op::CallFunctionKw => (Helper::CallKw, 2),
                    Op::CallMethod => (Helper::CallMethod, 2),
                    _ => (Helper::CallMethodKw, 3),
                };
                let base = d - arg - below;
                e.addr(a1, base);
                e.b.load_imm(a2, arg);
                e.call(helper);
                e.st(ret, base);
            }
            Op::CallFunctionEx => {
                let base = d - 2 - (arg & 1);
                e.addr(a1, base);
                e.b.load_imm(a2, arg);
                e.call(Helper::CallEx);
                e.st(ret, base);
            }
            Op::MakeFunction => {
                let base = d - interp::make_function_inputs(ins.arg);
                e.addr(a1, base);
                e.b.load_imm(a2, arg);
                e.call(Helper::MakeFunction);
                e.st(ret, base);
            }
            Op::ReturnValue => {
                e.ld(ret, d - 1);
                e.b.jump(exit);
            }
            Op::YieldValue => {
                e.ld(a1, d - 1);
                e.b.load_imm(a2, ins.next as usize);
                e.b.load_imm(a3, (d - 1) << 8 | nb as usize);
                e.call_unchecked(Helper::Yield);
                e.b.jump(exit);
            }
            Op::GetYieldFromIter => {
                e.ld(a1, d - 1);
                e.call(Helper::GetYieldFromIter);
                e.st(ret, d - 1);
            }
            Op::YieldFrom => {
                e.addr(a1, d - 2);
                e.b.load_imm(a2, ins.pc as usize);
                e.b.load_imm(a3, (d - 1) << 8 | nb as usize);
                e.call(Helper::YieldFrom);
                e.b.jump_cmp_imm(Cond::Ne, ret, STOP, exit);
            }
            Op::ImportName => {
                e.addr(a1, d - 2);
                e.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                e.call(Helper::ImportName);
                e.st(ret, d - 2);
            }
            Op::ImportFrom => {
                e.ld(a1, d - 1);
                e.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                e.call(Helper::ImportFrom);
                e.st(ret, d);
            }
            Op::ImportStar => {
                e.ld(a1, d - 1);
                e.call(Helper::ImportStar);
            }
            // The rest are handled by `untyped_op`, or not compiled at all.
            op => return Err(format!("{} is not compiled", op.name())),
        }
        i += 1;
    }
    // Falling off the end cannot happen (the compiler ends every body with a return).
    e.emit_stubs();
    e.b.bind(exit);
    e.b.epilogue();
    Ok(Compiled { start, entries })
}

fn is_branch(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::ForIter
            | Op::SetupFinally
            | Op::SetupWith
    )
}

/// Stack effect of the instructions that fall through to the next one only.
fn stack_effect(op: Op, n: i64) -> i64 {
    match op {
        Op::Nop => 0,
        Op::Pop => -1,
        Op::Dup => 1,
        Op::Dup2 => 2,
        Op::Rot2 | Op::Rot3 | Op::Rot4 => 0,
        Op::LoadConst
        | Op::LoadSmallInt
        | Op::LoadNone
        | Op::LoadTrue
        | Op::LoadFalse
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadGlobal
        | Op::LoadName
        | Op::LoadBuildClass
        | Op::LoadAssertionError => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => -1,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteGlobal | Op::DeleteName => 0,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::LoadSubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BinaryOp | Op::InplaceOp | Op::CompareOp => -1,
        Op::UnaryOp => 0,
        Op::ExcMatch => 0,
        Op::GetIter => 0,
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => 1 - n,
        Op::BuildMap => 1 - 2 * n,
        Op::BuildSlice => 1 - n,
        Op::FormatValue if n as u32 & crate::bytecode::FORMAT_HAS_SPEC != 0 => -1,
        Op::FormatValue => 0,
        Op::ListAppend | Op::SetAdd => -1,
        Op::MapAdd => -2,
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => -1,
        Op::ListToTuple => 0,
        Op::UnpackSequence => n - 1,
        Op::UnpackEx => (n & 0xff) + (n >> 8),
        Op::CallFunction => -n,
        Op::CallFunctionKw => -n - 1,
        Op::CallFunctionEx => -1 - (n & 1),
        Op::CallMethod => -n - 1,
        Op::CallMethodKw => -n - 2,
        Op::MakeFunction => 1 - interp::make_function_inputs(n as u32) as i64,
        Op::WithExceptStart => 1,
        Op::YieldValue => 0,
        Op::GetYieldFromIter => 0,
        Op::YieldFrom => -1,
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::PrintExpr => -1,
        // Control flow is handled by the caller.
        _ => 0,
    }
}

/// The condition under which two small ints (or, for `is`, any two words) compare true.
pub(super) fn compare_cond(k: CompareKind) -> Option<Cond> {
    Some(match k {
        CompareKind::Lt => Cond::Lt,
        CompareKind::Le => Cond::Le,
        CompareKind::Eq | CompareKind::Is => Cond::Eq,
        CompareKind::Ne | CompareKind::IsNot => Cond::Ne,
        CompareKind::Gt => Cond::Gt,
        CompareKind::Ge => Cond::Ge,
        CompareKind::In | CompareKind::NotIn => return None,
    })
}

pub(super) struct Emitter<'a, B: Backend> {
    pub(super) b: &'a mut B,
    pub(super) nlocals: usize,
    pub(super) stacksize: usize,
    /// Error stub per `pc << 8 | nblocks`.
    pub(super) errs: BTreeMap<usize, B::Label>,
    pub(super) stubs: Vec<Stub<B::Label>>,
    /// `pc << 8 | nblocks` of the instruction being compiled.
    pub(super) packed: usize,
    /// Value-stack entries not stored to their slots yet: `(depth, value)`.
    pub(super) virt: Vec<(usize, Virt)>,
}

/// A value pushed without being stored: constants and always-bound locals are left virtual
/// until read by the next instruction (which loads them straight into the register it needs)
/// or stored before anything else could look at the slot (MicroPython's "settled stack").
/// Only the operands of the instruction being compiled can be virtual: everything below them
/// is stored first, and so is everything at a label.
#[derive(Clone, Copy)]
pub(super) enum Virt {
    /// The value of fast slot i (whose contents cannot change before the read).
    Local(usize),
    /// An object word (constants are kept alive by their code object).
    Imm(usize),
}

/// Instructions that only push a value that can be left virtual (they read nothing).
fn pushes_virtual(op: Op) -> bool {
    matches!(
        op,
        Op::LoadConst
            | Op::LoadSmallInt
            | Op::LoadNone
            | Op::LoadTrue
            | Op::LoadFalse
            | Op::LoadBuildClass
            | Op::LoadAssertionError
            | Op::LoadFast
            | Op::LoadClosure
    )
}

/// How many values an instruction reads from the top of the stack through `Emitter::ld` only
/// (no slot addresses passed to helpers, nothing left on the stack): those may be virtual.
fn operands_read(op: Op) -> usize {
    match op {
        Op::StoreFast
        | Op::StoreDeref
        | Op::StoreGlobal
        | Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::ReturnValue
        | Op::LoadAttr
        | Op::UnaryOp
        | Op::GetIter => 1,
        Op::BinaryOp
        | Op::InplaceOp
        | Op::CompareOp
        | Op::StoreAttr
        | Op::LoadSubscr
        | Op::DeleteSubscr => 2,
        Op::StoreSubscr => 3,
        _ => 0,
    }
}

impl<'a, B: Backend> Emitter<'a, B> {
    pub(super) fn new(b: &'a mut B, nlocals: usize, stacksize: usize) -> Self {
        Emitter {
            b,
            nlocals,
            stacksize,
            errs: BTreeMap::new(),
            stubs: Vec::new(),
            packed: 0,
            virt: Vec::new(),
        }
    }

    /// Emits the instructions whose code is the same whatever the values' types (moves of
    /// stack words, and operations on objects): shared by the native and viper generators.
    /// False for any other instruction.
    pub(super) fn untyped_op(
        &mut self,
        co: &CodeObj,
        ins: Insn,
        d: usize,
        fl: &Flow,
        labels: &[B::Label],
    ) -> Result<bool, String> {
        let (a1, a2, a3) = (B::ARGS[1], B::ARGS[2], B::ARGS[3]);
        let (t0, t1, t2) = (B::TEMPS[0], B::TEMPS[1], B::TEMPS[2]);
        let nb = self.packed & 0xff;
        match ins.op {
            Op::DeleteFast => {
                self.b.load(t0, B::FRAME, ins.arg as usize);
                let at = self.unbound(Helper::UnboundLocal, ins.arg as usize);
                self.b.jump_if_zero(t0, at);
                self.b.load_imm(t0, 0);
                self.b.store(t0, B::FRAME, ins.arg as usize);
            }
            Op::StoreFast => {
                self.ld(t0, d - 1);
                self.b.store(t0, B::FRAME, ins.arg as usize);
            }
            Op::Dup => {
                self.ld(t0, d - 1);
                self.st(t0, d);
            }
            Op::Dup2 => {
                self.ld(t0, d - 2);
                self.ld(t1, d - 1);
                self.st(t0, d);
                self.st(t1, d + 1);
            }
            Op::Rot2 => {
                self.ld(t0, d - 1);
                self.ld(t1, d - 2);
                self.st(t0, d - 2);
                self.st(t1, d - 1);
            }
            Op::Rot3 => {
                self.ld(t0, d - 1);
                self.ld(t1, d - 3);
                self.ld(t2, d - 2);
                self.st(t0, d - 3);
                self.st(t1, d - 2);
                self.st(t2, d - 1);
            }
            Op::Rot4 => {
                self.ld(t0, d - 1);
                self.ld(t1, d - 4);
                self.ld(t2, d - 3);
                self.ld(a1, d - 2);
                self.st(t0, d - 4);
                self.st(t1, d - 3);
                self.st(t2, d - 2);
                self.st(a1, d - 1);
            }
            Op::LoadGlobal => {
                self.b.load_imm(a1, co.name_at(ins.arg).0 as usize);
                self.call(Helper::LoadGlobal);
                self.st(B::RET, d);
            }
            Op::StoreGlobal => {
                self.b.load_imm(a1, co.name_at(ins.arg).0 as usize);
                self.ld(a2, d - 1);
                self.call(Helper::StoreGlobal);
            }
            Op::LoadAttr => {
                self.ld(a1, d - 1);
                self.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                self.call(Helper::LoadAttr);
                self.st(B::RET, d - 1);
            }
            Op::StoreAttr => {
                self.ld(a1, d - 1);
                self.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                self.ld(a3, d - 2);
                self.call(Helper::StoreAttr);
            }
            Op::LoadMethod => {
                self.addr(a1, d - 1);
                self.b.load_imm(a2, co.name_at(ins.arg).0 as usize);
                self.call(Helper::LoadMethod);
            }
            Op::GetIter => {
                self.ld(a1, d - 1);
                self.call(Helper::GetIter);
                self.st(B::RET, d - 1);
            }
            Op::ForIter => {
                self.ld(a1, d - 1);
                self.call(Helper::IterNext);
                self.b
                    .jump_cmp_imm(Cond::Eq, B::RET, STOP, labels[fl.idx(ins.arg)?]);
                self.st(B::RET, d);
            }
            Op::ExcMatch => {
                self.ld(a1, d - 2);
                self.ld(a2, d - 1);
                self.call(Helper::ExcMatch);
                self.st(B::RET, d - 1);
            }
            Op::SetupFinally => {
                let w = self.block_word(nb);
                self.b.load_imm(t0, BLOCK_HANDLER);
                self.b.store(t0, B::FRAME, w);
                self.b.load_imm(t0, ins.arg as usize);
                self.b.store(t0, B::FRAME, w + 1);
                self.b.load_imm(t0, d);
                self.b.store(t0, B::FRAME, w + 2);
            }
            Op::SetupWith => {
                self.b.load_imm(a1, d);
                self.b.load_imm(a2, nb);
                self.b.load_imm(a3, ins.arg as usize);
                self.call(Helper::SetupWith);
            }
            Op::PopExcept => {
                self.b.load_imm(a1, d);
                self.b.load_imm(a2, nb - 1);
                self.call_unchecked(Helper::PopExcept);
            }
            Op::Raise => {
                self.addr(a1, d - ins.arg as usize);
                self.b.load_imm(a2, ins.arg as usize);
                self.call_unchecked(Helper::Raise);
                let err = self.err();
                self.b.jump(err);
            }
            Op::Reraise => {
                self.ld(a1, d - 1);
                self.call_unchecked(Helper::Reraise);
                let err = self.err();
                self.b.jump(err);
            }
            Op::WithExceptStart => {
                self.addr(a1, d - 3);
                self.call(Helper::WithExceptStart);
                self.st(B::RET, d);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Pushes local `slot` at `depth`, raising UnboundLocalError first when `checked` and the
    /// slot is empty.
    pub(super) fn load_fast(&mut self, slot: usize, depth: usize, checked: bool) {
        let t = B::TEMPS[0];
        self.b.load(t, B::FRAME, slot);
        if checked {
            let at = self.unbound(Helper::UnboundLocal, slot);
            self.b.jump_if_zero(t, at);
        }
        self.st(t, depth);
    }

    /// `r` = the value at `depth` (from its slot, or from where a virtual entry says).
    pub(super) fn ld(&mut self, r: B::Reg, depth: usize) {
        match self.virt.iter().find(|v| v.0 == depth) {
            Some(&(_, Virt::Local(i))) => self.b.load(r, B::FRAME, i),
            Some(&(_, Virt::Imm(w))) => self.b.load_imm(r, w),
            None => self.b.load(r, B::FRAME, self.nlocals + depth),
        }
    }

    pub(super) fn st(&mut self, r: B::Reg, depth: usize) {
        self.virt.retain(|v| v.0 != depth);
        self.b.store(r, B::FRAME, self.nlocals + depth);
    }

    pub(super) fn st_imm(&mut self, imm: usize, depth: usize) {
        self.push_virtual(Virt::Imm(imm), depth);
    }

    /// Records that the value at `depth` is `v` without storing it (see `Virt`).
    pub(super) fn push_virtual(&mut self, v: Virt, depth: usize) {
        self.virt.retain(|x| x.0 != depth);
        self.virt.push((depth, v));
    }

    /// Before an instruction `op` at stack depth `depth`: forgets the entries the instructions
    /// before it popped, and stores the virtual ones it will not read itself (only its
    /// operands may stay virtual, and nothing at a label).
    pub(super) fn settle_for(&mut self, op: Op, depth: usize, at_label: bool) {
        self.virt.retain(|v| v.0 < depth);
        if at_label {
            self.settle_below(usize::MAX);
        } else if !pushes_virtual(op) {
            self.settle_below(depth.saturating_sub(operands_read(op)));
        }
    }

    /// The slot for `depth` was written in memory (by a helper given its address): its
    /// value is no longer virtual.
    pub(super) fn written(&mut self, depth: usize) {
        self.virt.retain(|v| v.0 != depth);
    }

    /// Stores every virtual entry below `depth` to its slot.
    pub(super) fn settle_below(&mut self, depth: usize) {
        if self.virt.iter().all(|v| v.0 >= depth) {
            return;
        }
        let t = B::TEMPS[0];
        let virt = core::mem::take(&mut self.virt);
        for &(k, v) in &virt {
            if k < depth {
                match v {
                    Virt::Local(i) => self.b.load(t, B::FRAME, i),
                    Virt::Imm(w) => self.b.load_imm(t, w),
                }
                self.b.store(t, B::FRAME, self.nlocals + k);
            }
        }
        self.virt = virt.into_iter().filter(|v| v.0 >= depth).collect();
    }

    /// `r` = address of the value-stack slot for `depth`.
    pub(super) fn addr(&mut self, r: B::Reg, depth: usize) {
        let off = (self.nlocals + depth) * B::WORD_BYTES;
        self.b.add_imm(r, B::FRAME, off as isize);
    }

    pub(super) fn block_word(&self, block: usize) -> usize {
        self.nlocals + self.stacksize + 3 * block
    }

    /// The error stub of the current instruction.
    pub(super) fn err(&mut self) -> B::Label {
        if let Some(&l) = self.errs.get(&self.packed) {
            return l;
        }
        let l = self.b.new_label();
        self.errs.insert(self.packed, l);
        l
    }

    /// Calls a helper that returns NULL when it raised.
    pub(super) fn call(&mut self, h: Helper) {
        self.call_unchecked(h);
        let err = self.err();
        self.b.jump_if_zero(B::RET, err);
    }

    pub(super) fn call_unchecked(&mut self, h: Helper) {
        self.b.mov(B::ARGS[0], B::CTX);
        self.b.call_helper(h as usize);
    }

    pub(super) fn unbound(&mut self, helper: Helper, slot: usize) -> B::Label {
        let at = self.b.new_label();
        let err = self.err();
        self.stubs.push(Stub::Unbound {
            at,
            helper,
            slot,
            err,
        });
        at
    }

    /// Before a backward jump: go to a stub when Ctrl-C was pressed.
    pub(super) fn interrupt_check(&mut self, back: B::Label) {
        let t = B::TEMPS[0];
        let at = self.b.new_label();
        let err = self.err();
        self.b.load_imm(t, &interp::INTERRUPT as *const _ as usize);
        self.b.load_u8(t, t, 0);
        self.b.jump_if_nonzero(t, at);
        self.stubs.push(Stub::Interrupt { at, back, err });
    }

    /// The label a conditional jump to `target` uses: a Ctrl-C check first when backward.
    pub(super) fn branch_target(&mut self, target: B::Label, backward: bool) -> B::Label {
        if !backward {
            return target;
        }
        let at = self.b.new_label();
        let err = self.err();
        self.stubs.push(Stub::BackEdge { at, target, err });
        at
    }

    /// Branches on the truth of the object in `v` (an ARGS register other than ARGS[0]).
    pub(super) fn truth_branch(&mut self, v: B::Reg, on_true: B::Label, on_false: B::Label) {
        self.b
            .jump_cmp_imm(Cond::Eq, v, Obj::FALSE.bits(), on_false);
        self.b.jump_cmp_imm(Cond::Eq, v, Obj::TRUE.bits(), on_true);
        if v != B::ARGS[1] {
            self.b.mov(B::ARGS[1], v);
        }
        self.call(Helper::Truth);
        self.b
            .jump_cmp_imm(Cond::Eq, B::RET, Obj::TRUE.bits(), on_true);
        self.b.jump(on_false);
    }

    pub(super) fn emit_stubs(&mut self) {
        let stubs = core::mem::take(&mut self.stubs);
        for s in stubs {
            match s {
                Stub::Unbound {
                    at,
                    helper,
                    slot,
                    err,
                } => {
                    self.b.bind(at);
                    self.b.load_imm(B::ARGS[1], slot);
                    self.call_unchecked(helper);
                    self.b.jump(err);
                }
                Stub::Slow {
                    at,
                    helper,
                    kind,
                    dst,
                    back,
                    err,
                } => {
                    self.b.bind(at);
                    self.b.load_imm(B::ARGS[1], kind as usize);
                    self.call_unchecked(helper);
                    self.b.jump_if_zero(B::RET, err);
                    self.b.store(B::RET, B::FRAME, self.nlocals + dst);
                    self.b.jump(back);
                }
                Stub::CmpBranch {
                    at,
                    kind,
                    on_true,
                    on_false,
                    err,
                } => {
                    self.b.bind(at);
                    self.b.load_imm(B::ARGS[1], kind as usize);
                    self.call_unchecked(Helper::CompareOp);
                    self.b.jump_if_zero(B::RET, err);
                    self.b
                        .jump_cmp_imm(Cond::Eq, B::RET, Obj::FALSE.bits(), on_false);
                    self.b
                        .jump_cmp_imm(Cond::Eq, B::RET, Obj::TRUE.bits(), on_true);
                    self.b.mov(B::ARGS[1], B::RET);
                    self.call_unchecked(Helper::Truth);
                    self.b.jump_if_zero(B::RET, err);
                    self.b
                        .jump_cmp_imm(Cond::Eq, B::RET, Obj::TRUE.bits(), on_true);
                    self.b.jump(on_false);
                }
                Stub::Interrupt { at, back, err } => {
                    self.b.bind(at);
                    self.call_unchecked(Helper::CheckInterrupt);
                    self.b.jump_if_zero(B::RET, err);
                    self.b.jump(back);
                }
                Stub::BackEdge { at, target, err } => {
                    let t = B::TEMPS[0];
                    self.b.bind(at);
                    self.b.load_imm(t, &interp::INTERRUPT as *const _ as usize);
                    self.b.load_u8(t, t, 0);
                    self.b.jump_if_zero(t, target);
                    self.call_unchecked(Helper::CheckInterrupt);
                    self.b.jump_if_zero(B::RET, err);
                    self.b.jump(target);
                }
            }
        }
        // Error stubs and the common exception path.
        let common = self.b.new_label();
        let errs = core::mem::take(&mut self.errs);
        for (packed, l) in errs {
            self.b.bind(l);
            self.b.load_imm(B::ARGS[1], packed);
            self.b.jump(common);
        }
        let out = self.b.new_label();
        self.b.bind(common);
        self.b.mov(B::ARGS[0], B::CTX);
        self.b.call_helper(Helper::Unwind as usize);
        self.b.jump_if_zero(B::RET, out);
        self.b.jump_reg(B::RET);
        self.b.bind(out);
        // RET is NULL: falls into the exit.
    }
}
