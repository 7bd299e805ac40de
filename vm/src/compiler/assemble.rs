//! From a list of symbolic instructions to bytes: jump layout, line table, stack depth.

use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;

use super::{err, CResult};
use crate::bytecode::{uint_len, write_uint, Code, Op};

/// A jump target, bound to an instruction index with `Unit::bind`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(pub u32);

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    /// For jumps: the label; `arg` is filled in by the layout.
    pub target: Option<Label>,
    pub line: u32,
}

/// Whether the argument of `op` is a jump target (absolute byte offset).
pub fn is_jump(op: Op) -> bool {
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

/// Whether execution never continues with the next instruction.
pub fn is_terminal(op: Op) -> bool {
    matches!(op, Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise)
}

/// Stack effect when execution falls through to the next instruction.
pub fn stack_effect(op: Op, arg: u32) -> i32 {
    let n = arg as i32;
    match op {
        Op::Nop | Op::Rot2 | Op::Rot3 | Op::Rot4 => 0,
        Op::Pop => -1,
        Op::Dup => 1,
        Op::Dup2 => 2,
        Op::LoadConst
        | Op::LoadSmallInt
        | Op::LoadNone
        | Op::LoadTrue
        | Op::LoadFalse
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadName
        | Op::LoadGlobal
        | Op::LoadBuildClass
        | Op::LoadAssertionError => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => -1,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteName | Op::DeleteGlobal => 0,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::LoadSubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BinaryOp | Op::InplaceOp | Op::CompareOp => -1,
        Op::UnaryOp | Op::ExcMatch => 0,
        Op::Jump => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => -1,
        Op::GetIter => 0,
        Op::ForIter => 1,
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => 1 - n,
        Op::BuildMap => 1 - 2 * n,
        Op::FormatValue if arg & crate::bytecode::FORMAT_HAS_SPEC != 0 => -1,
        Op::FormatValue => 0,
        Op::ListAppend | Op::SetAdd => -1,
        Op::MapAdd => -2,
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => -1,
        Op::ListToTuple => 0,
        Op::UnpackSequence => n - 1,
        Op::UnpackEx => ((arg & 0xff) + (arg >> 8)) as i32,
        Op::CallFunction => -n,
        Op::CallFunctionKw => -n - 1,
        Op::CallFunctionEx => -1 - (arg & 1) as i32,
        Op::CallMethod => -n - 1,
        Op::CallMethodKw => -n - 2,
        Op::MakeFunction => -(arg.count_ones() as i32),
        Op::ReturnValue => -1,
        Op::SetupFinally => 0,
        Op::SetupWith => 1,
        Op::PopBlock => 0,
        Op::PopExcept => -1,
        Op::Raise => -n,
        Op::Reraise => -1,
        Op::WithExceptStart => 1,
        Op::YieldValue | Op::GetYieldFromIter => 0,
        Op::YieldFrom => -1,
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::PrintExpr => -1,
        #[allow(unreachable_patterns)]
        _ => 0,
    }
}

/// Stack effect when `op` jumps (for setup ops: when their handler is entered).
pub fn jump_effect(op: Op) -> i32 {
    match op {
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::ForIter => -1,
        Op::SetupFinally | Op::SetupWith => 2,
        _ => 0,
    }
}

/// Block-stack effect on the fall-through path (handler entries keep the depth after setup).
fn block_effect(op: Op) -> i32 {
    match op {
        Op::SetupFinally | Op::SetupWith => 1,
        Op::PopBlock | Op::PopExcept => -1,
        _ => 0,
    }
}

/// Lays out `instrs` (jumps pointing at instruction indices through `labels`) into `code`,
/// filling `code.code`, `code.lines`, `code.stacksize` and `code.blocksize`.
pub fn assemble(instrs: &mut [Instr], labels: &[u32], code: &mut Code) -> CResult<()> {
    let n = instrs.len();
    let target_index =
        |i: &Instr| -> usize { i.target.map_or(n, |l| labels[l.0 as usize] as usize) };
    // Layout: jump arguments start as 1-byte guesses and only grow, so this terminates.
    let mut offsets = vec![0u32; n + 1];
    loop {
        let mut pc = 0u32;
        for (k, ins) in instrs.iter().enumerate() {
            offsets[k] = pc;
            let mut size = 1;
            if ins.op.has_arg() {
                size += uint_len(ins.arg) as u32;
            }
            pc = pc
                .checked_add(size)
                .ok_or_else(|| err("function too large".to_string(), ins.line))?;
        }
        offsets[n] = pc;
        let mut changed = false;
        for ins in instrs.iter_mut() {
            if ins.target.is_some() {
                let t = offsets[target_index(ins)];
                if t != ins.arg {
                    ins.arg = t;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut last = (0u32, code.first_line);
    let mut bytes = Vec::with_capacity(offsets[n] as usize);
    for (k, ins) in instrs.iter().enumerate() {
        code.push_line(&mut last, offsets[k], ins.line);
        bytes.push(ins.op as u8);
        if ins.op.has_arg() {
            write_uint(&mut bytes, ins.arg);
        }
    }
    code.code = bytes;

    // Stack and block depth along all paths.
    let mut depth: Vec<Option<(i32, i32)>> = vec![None; n];
    let mut work = Vec::new();
    let mut max_stack = 0i32;
    let mut max_block = 0i32;
    if n > 0 {
        depth[0] = Some((0, 0));
        work.push(0usize);
    }
    // Well-formed code has one depth per instruction; a mismatch is a compiler bug, reported
    // rather than producing a frame of the wrong size.
    let mut bad_join: Option<u32> = None;
    while let Some(k) = work.pop() {
        let (s, b) = depth[k].unwrap_or((0, 0));
        let ins = &instrs[k];
        let fall = s + stack_effect(ins.op, ins.arg);
        let fb = b + block_effect(ins.op);
        max_stack = max_stack.max(s).max(fall);
        max_block = max_block.max(fb);
        if ins.target.is_some() {
            let t = target_index(ins);
            let (js, jb) = match ins.op {
                Op::SetupFinally | Op::SetupWith => (s + jump_effect(ins.op), fb),
                _ => (s + jump_effect(ins.op), b),
            };
            max_stack = max_stack.max(js);
            if !join(&mut depth, &mut work, t, (js, jb)) {
                bad_join = Some(ins.line);
            }
        }
        if !is_terminal(ins.op) && !join(&mut depth, &mut work, k + 1, (fall, fb)) {
            bad_join = Some(ins.line);
        }
    }
    if let Some(line) = bad_join {
        return Err(err(
            "internal compiler error: inconsistent stack depth".to_string(),
            line,
        ));
    }
    code.stacksize = u16::try_from(max_stack.max(0))
        .map_err(|_| err("expression too complex".to_string(), code.first_line))?;
    code.blocksize = max_block.max(0) as u16;
    Ok(())
}

/// Records depth `d` for instruction `k` (queuing it when new); false on a conflicting depth.
fn join(depth: &mut [Option<(i32, i32)>], work: &mut Vec<usize>, k: usize, d: (i32, i32)) -> bool {
    if k >= depth.len() {
        return true;
    }
    match depth[k] {
        None => {
            depth[k] = Some(d);
            work.push(k);
            true
        }
        Some(old) => old == d,
    }
}
