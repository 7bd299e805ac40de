//! Compiler tests: an independent bytecode verifier (stack and block effects as documented in
//! `bytecode.rs`, simulated along every path), golden disassemblies, scope results and errors.

extern crate std;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use std::collections::BTreeMap;

use crate::ast::SyntaxError;
use crate::bytecode::*;
use crate::compiler::{compile, Mode};

fn parse(src: &str) -> crate::ast::Module {
    match crate::parser::parse(src, "t.py") {
        Ok(m) => m,
        Err(e) => panic!("parse error {e:?} in:\n{src}"),
    }
}

fn comp_mode(src: &str, mode: Mode) -> Result<Code, SyntaxError> {
    compile(&parse(src), "t.py", mode)
}

/// Compiles and verifies (panicking with the disassembly on any inconsistency).
fn comp(src: &str) -> Code {
    let code = match comp_mode(src, Mode::File) {
        Ok(c) => c,
        Err(e) => panic!("compile error {e:?} in:\n{src}"),
    };
    if let Err(msg) = verify(&code) {
        panic!(
            "verification failed: {msg}\n{}\nsource:\n{src}",
            crate::dis::disassemble(&code)
        );
    }
    code
}

fn comp_err(src: &str) -> SyntaxError {
    match comp_mode(src, Mode::File) {
        Ok(c) => panic!(
            "expected an error for:\n{src}\ngot\n{}",
            crate::dis::disassemble(&c)
        ),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------------------------------------
// The verifier

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Block {
    /// A handler (SetupFinally / SetupWith) with its stack depth.
    Handler(i32),
    /// An exc-state block (inside a handler) with the depth of the `prev` slot.
    ExcState(i32),
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct State {
    depth: i32,
    blocks: Vec<Block>,
}

/// (values needed on the stack, net change) on the fall-through path, from the docs.
fn doc_effect(op: Op, arg: u32) -> (i32, i32) {
    let n = arg as i32;
    let popcnt = (arg & (MAKE_FN_DEFAULTS | MAKE_FN_KWDEFAULTS | MAKE_FN_CLOSURE)).count_ones();
    // (pops, pushes) -> (needed, net)
    let (pops, pushes) = match op {
        Op::Nop => (0, 0),
        Op::Pop => (1, 0),
        Op::Dup => (1, 2),
        Op::Dup2 => (2, 4),
        Op::Rot2 => (2, 2),
        Op::Rot3 => (3, 3),
        Op::Rot4 => (4, 4),
        Op::LoadConst | Op::LoadSmallInt | Op::LoadNone | Op::LoadTrue | Op::LoadFalse => (0, 1),
        Op::LoadFast | Op::LoadDeref | Op::LoadClosure | Op::LoadName | Op::LoadGlobal => (0, 1),
        Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => (1, 0),
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteName | Op::DeleteGlobal => (0, 0),
        Op::LoadAttr => (1, 1),
        Op::StoreAttr => (2, 0),
        Op::DeleteAttr => (1, 0),
        Op::LoadMethod => (1, 2),
        Op::LoadSubscr => (2, 1),
        Op::StoreSubscr => (3, 0),
        Op::DeleteSubscr => (2, 0),
        Op::BinaryOp | Op::InplaceOp | Op::CompareOp => (2, 1),
        Op::UnaryOp => (1, 1),
        Op::ExcMatch => (2, 2),
        Op::Jump => (0, 0),
        Op::PopJumpIfFalse | Op::PopJumpIfTrue => (1, 0),
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => (1, 0),
        Op::GetIter => (1, 1),
        Op::ForIter => (1, 2),
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => (n, 1),
        Op::BuildMap => (2 * n, 1),
        Op::BuildSlice => {
            assert!(arg == 2 || arg == 3, "BuildSlice {arg}");
            (n, 1)
        }
        Op::FormatValue => {
            if arg & FORMAT_HAS_SPEC != 0 {
                (2, 1)
            } else {
                (1, 1)
            }
        }
        // Container at depth `arg` below the popped value(s).
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => (n + 1, n),
        Op::DictMerge => (n + 1, n),
        Op::MapAdd => (n + 2, n),
        Op::ListToTuple => (1, 1),
        Op::UnpackSequence => (1, n),
        Op::UnpackEx => (1, ((arg & 0xff) + (arg >> 8) + 1) as i32),
        Op::CallFunction => (n + 1, 1),
        Op::CallFunctionKw => (n + 2, 1),
        Op::CallFunctionEx => (2 + (arg & 1) as i32, 1),
        Op::CallMethod => (n + 2, 1),
        Op::CallMethodKw => (n + 3, 1),
        Op::MakeFunction => (1 + popcnt as i32, 1),
        Op::ReturnValue => (1, 0),
        Op::LoadBuildClass | Op::LoadAssertionError => (0, 1),
        Op::SetupFinally | Op::PopBlock => (0, 0),
        Op::SetupWith => (1, 2),
        Op::PopExcept => (0, 0), // handled specially
        Op::Raise => (n, 0),
        Op::Reraise => (1, 0),
        Op::WithExceptStart => (3, 4),
        Op::YieldValue | Op::GetYieldFromIter => (1, 1),
        Op::YieldFrom => (2, 1),
        Op::ImportName => (2, 1),
        Op::ImportFrom => (1, 2),
        Op::ImportStar | Op::PrintExpr => (1, 0),
        #[allow(unreachable_patterns)]
        _ => panic!("verifier does not know {op:?}"),
    };
    (pops, pushes - pops)
}

fn decode(code: &[u8]) -> Vec<(usize, Op, u32)> {
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let at = pc;
        let op = Op::from_u8(code[pc]).expect("valid opcode");
        pc += 1;
        let arg = if op.has_arg() {
            read_uint(code, &mut pc)
        } else {
            0
        };
        out.push((at, op, arg));
    }
    out
}

fn jump_target(op: Op) -> bool {
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

/// Checks a code object and all nested ones: decoding, operand ranges, jump targets on
/// instruction boundaries, and a simulation of the value and block stacks along every path
/// (consistent at joins, never below a handler's depth, `stacksize`/`blocksize` exact).
#[allow(clippy::collapsible_match)]
fn verify(code: &Code) -> Result<(), String> {
    let ins = decode(&code.code);
    let index: BTreeMap<usize, usize> = ins.iter().enumerate().map(|(i, x)| (x.0, i)).collect();
    let nslots = code.varnames.len() as u32;
    let free_start = nslots - code.nfreevars as u32;
    for &(pc, op, arg) in &ins {
        let bad = |what: &str| Err(format!("{what} at {pc}: {op:?} {arg}"));
        match op {
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
                if arg >= nslots || code.cellvars.contains(&(arg as u16)) || arg >= free_start {
                    return bad("fast op on a non-plain slot");
                }
            }
            Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure => {
                if arg >= nslots || !(code.cellvars.contains(&(arg as u16)) || arg >= free_start) {
                    return bad("deref op on a non-cell slot");
                }
            }
            Op::LoadName | Op::StoreName | Op::DeleteName => {
                if code.flags & CO_NAME_DICT == 0 || arg as usize >= code.names.len() {
                    return bad("name op");
                }
            }
            Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::LoadMethod
            | Op::ImportName
            | Op::ImportFrom => {
                if arg as usize >= code.names.len() {
                    return bad("name index");
                }
            }
            Op::LoadConst => {
                if arg as usize >= code.consts.len() {
                    return bad("const index");
                }
            }
            Op::BinaryOp | Op::InplaceOp if BinaryOpKind::from_arg(arg).is_none() => {
                return bad("binary op kind")
            }
            Op::CompareOp if CompareKind::from_arg(arg).is_none() => return bad("compare kind"),
            Op::UnaryOp if UnaryOpKind::from_arg(arg).is_none() => return bad("unary kind"),
            _ => {}
        }
        if jump_target(op) && !index.contains_key(&(arg as usize)) {
            return bad("jump target not on an instruction boundary");
        }
    }
    let mut states: Vec<Option<State>> = vec![None; ins.len()];
    let mut work = vec![0usize];
    states[0] = Some(State {
        depth: 0,
        blocks: Vec::new(),
    });
    let mut max_depth = 0;
    let mut max_blocks = 0;
    let join = |states: &mut Vec<Option<State>>,
                work: &mut Vec<usize>,
                at: usize,
                st: State,
                from: usize|
     -> Result<(), String> {
        match &states[at] {
            None => {
                states[at] = Some(st);
                work.push(at);
                Ok(())
            }
            Some(old) if *old == st => Ok(()),
            Some(old) => Err(format!(
                "inconsistent state at {} (from {}): {:?} vs {:?}",
                ins[at].0, ins[from].0, old, st
            )),
        }
    };
    while let Some(i) = work.pop() {
        let st = states[i].clone().expect("state");
        let (pc, op, arg) = ins[i];
        let fail = |what: &str| Err(format!("{what} at {pc}: {op:?} {arg} in state {st:?}"));
        if let Some(b) = st.blocks.last() {
            let base = match b {
                Block::Handler(d) => *d,
                Block::ExcState(d) => d + 1,
            };
            if st.depth < base {
                return fail("stack below the innermost block's depth");
            }
        }
        max_depth = max_depth.max(st.depth);
        max_blocks = max_blocks.max(st.blocks.len());
        let (need, net) = doc_effect(op, arg);
        if st.depth < need {
            return fail("stack underflow");
        }
        let mut next = State {
            depth: st.depth + net,
            blocks: st.blocks.clone(),
        };
        let mut jump: Option<State> = None;
        match op {
            Op::SetupFinally | Op::SetupWith => {
                // SetupWith: `exit` replaces `ctx`, the block's depth is just above it.
                let d = st.depth;
                next.blocks.push(Block::Handler(d));
                let mut hb = st.blocks.clone();
                hb.push(Block::ExcState(d));
                jump = Some(State {
                    depth: d + 2,
                    blocks: hb,
                });
            }
            Op::PopBlock => match next.blocks.pop() {
                Some(Block::Handler(_)) => {}
                _ => return fail("PopBlock without a handler block"),
            },
            Op::PopExcept => match next.blocks.pop() {
                Some(Block::ExcState(d)) if st.depth > d => next.depth -= 1,
                _ => return fail("PopExcept without an exc-state block"),
            },
            Op::ReturnValue if !st.blocks.is_empty() => {
                return fail("return with blocks still pushed")
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                jump = Some(State {
                    depth: st.depth,
                    blocks: st.blocks.clone(),
                })
            }
            Op::ForIter => {
                jump = Some(State {
                    depth: st.depth - 1,
                    blocks: st.blocks.clone(),
                })
            }
            _ if jump_target(op) => jump = Some(next.clone()),
            _ => {}
        }
        max_depth = max_depth.max(next.depth);
        if let Some(j) = jump {
            max_depth = max_depth.max(j.depth);
            max_blocks = max_blocks.max(j.blocks.len());
            join(&mut states, &mut work, index[&(arg as usize)], j, i)?;
        }
        max_blocks = max_blocks.max(next.blocks.len());
        let terminal = matches!(op, Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise);
        if !terminal {
            if i + 1 >= ins.len() {
                return fail("execution falls off the end");
            }
            join(&mut states, &mut work, i + 1, next, i)?;
        }
    }
    if max_depth != code.stacksize as i32 {
        return Err(format!(
            "{}: stacksize {} but max depth {}",
            code.qualname, code.stacksize, max_depth
        ));
    }
    if max_blocks != code.blocksize as usize {
        return Err(format!(
            "{}: blocksize {} but max blocks {}",
            code.qualname, code.blocksize, max_blocks
        ));
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

/// Finds a nested code object by qualname.
fn find<'c>(code: &'c Code, qualname: &str) -> &'c Code {
    fn go<'c>(code: &'c Code, q: &str) -> Option<&'c Code> {
        if code.qualname == q {
            return Some(code);
        }
        code.consts.iter().find_map(|c| match c {
            Const::Code(inner) => go(inner, q),
            _ => None,
        })
    }
    go(code, qualname).unwrap_or_else(|| panic!("no code {qualname}"))
}

fn ops(code: &Code) -> Vec<(Op, u32)> {
    decode(&code.code)
        .into_iter()
        .map(|(_, o, a)| (o, a))
        .collect()
}

fn has_seq(code: &Code, seq: &[Op]) -> bool {
    let o: Vec<Op> = ops(code).into_iter().map(|x| x.0).collect();
    o.windows(seq.len()).any(|w| w == seq)
}

fn freevars(code: &Code) -> Vec<&str> {
    let start = code.varnames.len() - code.nfreevars as usize;
    code.varnames[start..].iter().map(|s| s.as_str()).collect()
}

fn cells(code: &Code) -> Vec<&str> {
    code.cellvars
        .iter()
        .map(|&i| code.varnames[i as usize].as_str())
        .collect()
}

mod programs;
mod semantics;
