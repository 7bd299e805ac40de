//! Code generation for expressions.

use alloc::format;
use alloc::string::ToString;
use alloc::vec::Vec;

use super::assemble::Label;
use super::scope::{node_key, NameScope, ScopeKind};
use super::{err, CResult, Compiler, Ctx};
use crate::ast::*;
use crate::bytecode::*;

/// Displays longer than this are built incrementally, keeping the stack small.
const DISPLAY_CHUNK: usize = 32;
/// Dict displays are built in chunks of this many pairs.
const DICT_CHUNK: usize = 16;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    Tuple,
    List,
    Set,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

/// How an expression is named in "cannot assign to …" messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        _ => "expression",
    }
}

pub fn binop_kind(op: BinOp) -> BinaryOpKind {
    match op {
        BinOp::Add => BinaryOpKind::Add,
        BinOp::Sub => BinaryOpKind::Sub,
        BinOp::Mult => BinaryOpKind::Mul,
        BinOp::MatMult => BinaryOpKind::MatMul,
        BinOp::Div => BinaryOpKind::TrueDiv,
        BinOp::FloorDiv => BinaryOpKind::FloorDiv,
        BinOp::Mod => BinaryOpKind::Mod,
        BinOp::Pow => BinaryOpKind::Pow,
        BinOp::LShift => BinaryOpKind::LShift,
        BinOp::RShift => BinaryOpKind::RShift,
        BinOp::BitOr => BinaryOpKind::Or,
        BinOp::BitXor => BinaryOpKind::Xor,
        BinOp::BitAnd => BinaryOpKind::And,
    }
}

fn cmp_kind(op: CmpOp) -> CompareKind {
    match op {
        CmpOp::Eq => CompareKind::Eq,
        CmpOp::NotEq => CompareKind::Ne,
        CmpOp::Lt => CompareKind::Lt,
        CmpOp::LtE => CompareKind::Le,
        CmpOp::Gt => CompareKind::Gt,
        CmpOp::GtE => CompareKind::Ge,
        CmpOp::Is => CompareKind::Is,
        CmpOp::IsNot => CompareKind::IsNot,
        CmpOp::In => CompareKind::In,
        CmpOp::NotIn => CompareKind::NotIn,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// The constant an expression folds to, if any: literals, negated numbers, tuples of those.
pub fn fold_const(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => const_of(c),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => i.checked_neg().map(Const::Int),
            ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(items) => Some(Const::Tuple(
            items.iter().map(fold_const).collect::<Option<Vec<_>>>()?,
        )),
        _ => None,
    }
}

fn const_of(c: &Constant) -> Option<Const> {
    Some(match c {
        Constant::None => Const::None,
        Constant::True => Const::True,
        Constant::False => Const::False,
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt { digits, radix } => Const::BigInt {
            digits: digits.clone(),
            radix: *radix,
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Imag(*f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    })
}

fn str_tuple<'s>(names: impl Iterator<Item = &'s str>) -> Const {
    Const::Tuple(names.map(|n| Const::Str(n.to_string())).collect())
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_line(e.line);
        self.enter("too many nested parentheses")?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        self.u().line = old;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        let line = e.line;
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = match op {
                    BoolOp::And => Op::JumpIfFalseOrPop,
                    BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let Some((last, init)) = values.split_last() else {
                    return Err(err("invalid syntax".to_string(), line));
                };
                for v in init {
                    self.expr(v)?;
                    self.emit_jump(jop, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit0(Op::Dup);
                self.name_op(target, Ctx::Store)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp, binop_kind(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold_const(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                let k = match op {
                    UnaryOp::Invert => UnaryOpKind::Invert,
                    UnaryOp::Not => UnaryOpKind::Not,
                    UnaryOp::UAdd => UnaryOpKind::Pos,
                    UnaryOp::USub => UnaryOpKind::Neg,
                };
                self.emit(Op::UnaryOp, k as u32);
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(args)?;
                let sc = self.scope_of(node_key(e), line)?;
                self.enter_scope(sc, "<lambda>", line, Some(args))?;
                self.expr(body)?;
                self.emit0(Op::ReturnValue);
                let code = self.leave_scope()?;
                self.make_function(code, flags)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, other)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(other);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(items) => self.sequence(items, Seq::Set)?,
            ExprKind::List(items) => self.sequence(items, Seq::List)?,
            ExprKind::Tuple(items) => self.sequence(items, Seq::Tuple)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", Comp::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", Comp::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", Comp::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", Comp::Dict, generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                self.check_yield(line)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit0(Op::LoadNone),
                }
                self.emit0(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(line)?;
                self.expr(v)?;
                self.emit0(Op::GetYieldFromIter);
                self.emit0(Op::LoadNone);
                self.emit0(Op::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, line)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    None => 0,
                    Some('s') => FORMAT_STR,
                    Some('r') => FORMAT_REPR,
                    Some('a') => FORMAT_ASCII,
                    Some(c) => {
                        return Err(err(
                            format!("f-string: invalid conversion character '{c}'"),
                            line,
                        ))
                    }
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= FORMAT_HAS_SPEC;
                }
                self.emit(Op::FormatValue, arg);
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(alloc::string::String::new()));
                }
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() > 1 {
                    self.emit(Op::BuildString, parts.len() as u32);
                }
            }
            ExprKind::Constant(c) => match const_of(c) {
                Some(c) => self.load_const(c),
                None => return Err(err("complex numbers are not supported".to_string(), line)),
            },
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let n = self.name_index(attr);
                self.emit(Op::LoadAttr, n);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::LoadSubscr);
            }
            ExprKind::Starred(_) => {
                return Err(err("can't use starred expression here".to_string(), line))
            }
            ExprKind::Name(n) => self.name_op(n, Ctx::Load)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit0(Op::LoadNone),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, line: u32) -> CResult<()> {
        if matches!(self.kind(), ScopeKind::Function) {
            Ok(())
        } else {
            Err(err("'yield' outside function".to_string(), line))
        }
    }

    /// Jumps to `target` when the truth of `e` is `cond`, else falls through.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        self.enter("too many nested parentheses")?;
        let old = self.set_line(e.line);
        let r = self.jump_if_inner(e, cond, target);
        self.u().line = old;
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_and = *op == BoolOp::And;
                let (last, init) = values.split_last().expect("non-empty");
                if is_and != cond {
                    // `a and b` jumping when false (or `a or b` when true): any operand decides.
                    for v in init {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(last, cond, target)?;
                } else {
                    let skip = self.new_label();
                    for v in init {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if cond {
            Op::PopJumpIfTrue
        } else {
            Op::PopJumpIfFalse
        };
        self.emit_jump(op, target);
        Ok(())
    }

    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        line: u32,
    ) -> CResult<()> {
        if ops.len() != comparators.len() || ops.is_empty() {
            return Err(err("invalid syntax".to_string(), line));
        }
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::CompareOp, cmp_kind(ops[0]) as u32);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit0(Op::Dup);
            self.emit0(Op::Rot3);
            self.emit(Op::CompareOp, cmp_kind(ops[i]) as u32);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(Op::CompareOp, cmp_kind(ops[n - 1]) as u32);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit0(Op::Rot2);
        self.emit0(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        self.check_keywords(keywords, self.line())?;
        let star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && keywords.is_empty() && self.zero_arg_super()? {
                return Ok(());
            }
        }
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if !star {
                self.expr(value)?;
                let k = self.name_index(attr);
                self.set_line(func.line);
                self.emit(Op::LoadMethod, k);
                for a in args {
                    self.expr(a)?;
                }
                for kw in keywords {
                    self.expr(&kw.value)?;
                }
                let n = (args.len() + keywords.len()) as u32;
                if keywords.is_empty() {
                    self.emit(Op::CallMethod, n);
                } else {
                    let names = str_tuple(keywords.iter().filter_map(|k| k.arg.as_deref()));
                    self.load_const(names);
                    self.emit(Op::CallMethodKw, n);
                }
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_args(0, args, keywords)
    }

    fn check_keywords(&self, keywords: &[Keyword], line: u32) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return Err(err(format!("keyword argument repeated: {name}"), line));
                }
            }
        }
        Ok(())
    }

    /// `super()` in a method: `super(__class__, <first argument>)`. Returns false (emitting
    /// nothing) when the function has no `__class__` cell or no positional parameter.
    fn zero_arg_super(&mut self) -> CResult<bool> {
        let sc = &self.st.scopes[self.ur().scope];
        if sc.kind != ScopeKind::Function
            || sc.lookup("__class__") != NameScope::Free
            || self.ur().code.argcount == 0
        {
            return Ok(false);
        }
        let first = sc.params[0].clone();
        self.name_op("super", Ctx::Load)?;
        self.name_op("__class__", Ctx::Load)?;
        self.name_op(&first, Ctx::Load)?;
        self.emit(Op::CallFunction, 2);
        Ok(true)
    }

    /// Calls the callable below `pushed` already-pushed positional arguments with `args` and
    /// `keywords` added.
    pub fn call_args(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let line = self.line();
        self.check_keywords(keywords, line)?;
        let star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !star {
            for a in args {
                self.expr(a)?;
            }
            for kw in keywords {
                self.expr(&kw.value)?;
            }
            let n = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallFunction, n);
            } else {
                let names = str_tuple(keywords.iter().filter_map(|k| k.arg.as_deref()));
                self.load_const(names);
                self.emit(Op::CallFunctionKw, n);
            }
            return Ok(());
        }
        // Positional arguments as a list, then a tuple.
        let lead = args
            .iter()
            .take_while(|a| !is_starred(a))
            .count()
            .min(DISPLAY_CHUNK);
        for a in &args[..lead] {
            self.expr(a)?;
        }
        self.emit(Op::BuildList, pushed + lead as u32);
        for a in &args[lead..] {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit0(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit(Op::CallFunctionEx, 0);
            return Ok(());
        }
        // Keyword arguments as a dict, merged so that repeats raise TypeError.
        let mut have = false;
        let mut run = 0u32;
        for kw in keywords {
            match &kw.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.clone()));
                    self.expr(&kw.value)?;
                    run += 1;
                }
                None => {
                    self.flush_kw_run(&mut run, &mut have);
                    if !have {
                        self.emit(Op::BuildMap, 0);
                        have = true;
                    }
                    self.expr(&kw.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.flush_kw_run(&mut run, &mut have);
        self.emit(Op::CallFunctionEx, 1);
        Ok(())
    }

    fn flush_kw_run(&mut self, run: &mut u32, have: &mut bool) {
        if *run > 0 {
            self.emit(Op::BuildMap, *run);
            if *have {
                self.emit(Op::DictMerge, 1);
            }
            *have = true;
            *run = 0;
        }
    }

    fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> CResult<()> {
        if kind == Seq::Tuple && !items.is_empty() {
            if let Some(c) = items
                .iter()
                .map(fold_const)
                .collect::<Option<Vec<_>>>()
                .map(Const::Tuple)
            {
                self.load_const(c);
                return Ok(());
            }
        }
        let star = items.iter().any(is_starred);
        if !star && items.len() <= DISPLAY_CHUNK {
            for i in items {
                self.expr(i)?;
            }
            let op = match kind {
                Seq::Tuple => Op::BuildTuple,
                Seq::List => Op::BuildList,
                Seq::Set => Op::BuildSet,
            };
            self.emit(op, items.len() as u32);
            return Ok(());
        }
        let (build, add, extend) = match kind {
            Seq::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        let lead = items
            .iter()
            .take_while(|a| !is_starred(a))
            .count()
            .min(DISPLAY_CHUNK);
        for i in &items[..lead] {
            self.expr(i)?;
        }
        self.emit(build, lead as u32);
        for i in &items[lead..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit0(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let star = keys.iter().any(|k| k.is_none());
        let n = keys.len().min(values.len());
        if !star && n <= DICT_CHUNK {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap, n as u32);
            return Ok(());
        }
        let mut have = false;
        let mut run = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    run += 1;
                    if run as usize == DICT_CHUNK {
                        self.flush_dict_run(&mut run, &mut have);
                    }
                }
                None => {
                    self.flush_dict_run(&mut run, &mut have);
                    if !have {
                        self.emit(Op::BuildMap, 0);
                        have = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        self.flush_dict_run(&mut run, &mut have);
        if !have {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    fn flush_dict_run(&mut self, run: &mut u32, have: &mut bool) {
        if *run > 0 {
            self.emit(Op::BuildMap, *run);
            if *have {
                self.emit(Op::DictUpdate, 1);
            }
            *have = true;
            *run = 0;
        }
    }

    /// Pushes the defaults tuple and keyword-only defaults dict of a parameter list; returns
    /// the `MakeFunction` flags for them.
    pub fn defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            if let Some(c) = args
                .defaults
                .iter()
                .map(fold_const)
                .collect::<Option<Vec<_>>>()
            {
                self.load_const(Const::Tuple(c));
            } else {
                for d in &args.defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple, args.defaults.len() as u32);
            }
            flags |= MAKE_FN_DEFAULTS;
        }
        let mut n = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                self.load_const(Const::Str(a.name.clone()));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            flags |= MAKE_FN_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: Comp,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let line = e.line;
        let Some(first) = gens.first() else {
            return Err(err("comprehension without 'for'".to_string(), line));
        };
        let sc = self.scope_of(node_key(e), line)?;
        self.enter_scope(sc, name, line, None)?;
        match kind {
            Comp::List => self.emit(Op::BuildList, 0),
            Comp::Set => self.emit(Op::BuildSet, 0),
            Comp::Dict => self.emit(Op::BuildMap, 0),
            Comp::Gen => {}
        }
        self.comp_loop(gens, 0, kind, elt, value)?;
        if kind == Comp::Gen {
            self.emit0(Op::LoadNone);
        }
        self.emit0(Op::ReturnValue);
        let code = self.leave_scope()?;
        self.make_function(code, 0)?;
        self.expr(&first.iter)?;
        self.emit0(Op::GetIter);
        self.emit(Op::CallFunction, 1);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: Comp,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        self.enter("too many nested parentheses")?;
        let g = &gens[i];
        let start = self.new_label();
        let done = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit0(Op::GetIter);
        }
        self.bind(start);
        self.emit_jump(Op::ForIter, done);
        self.store(&g.target)?;
        for c in &g.ifs {
            self.jump_if(c, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            self.expr(elt)?;
            match kind {
                Comp::List => self.emit(Op::ListAppend, depth),
                Comp::Set => self.emit(Op::SetAdd, depth),
                Comp::Dict => {
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth);
                }
                Comp::Gen => {
                    self.emit0(Op::YieldValue);
                    self.emit0(Op::Pop);
                }
            }
        }
        self.emit_jump(Op::Jump, start);
        self.bind(done);
        self.depth -= 1;
        Ok(())
    }
}
