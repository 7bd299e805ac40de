//! Code generation for statements, assignment targets and control flow (including the
//! inline unwinding of `finally`, `with` and `except` blocks on `break`/`continue`/`return`).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::expr::{binop_kind, describe};
use super::scope::{node_key, ScopeKind};
use super::{err, CResult, Compiler, Ctx, FBlock, Mode};
use crate::ast::*;
use crate::bytecode::*;

/// `@micropython.native` and friends: removed from the decorators, turned into code flags.
fn micropython_flag(d: &Expr) -> Option<u16> {
    let ExprKind::Attribute { value, attr } = &d.kind else {
        return None;
    };
    match &value.kind {
        ExprKind::Name(n) if n == "micropython" => match attr.as_str() {
            "native" => Some(CO_NATIVE),
            "viper" => Some(CO_VIPER),
            "asm_xtensa" => Some(CO_ASM_XTENSA),
            _ => None,
        },
        _ => None,
    }
}

fn annotation_name(a: &Option<Expr>) -> String {
    match a {
        Some(Expr {
            kind: ExprKind::Name(n),
            ..
        }) => n.clone(),
        _ => String::new(),
    }
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.line);
        self.enter("too many statically nested blocks")?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(fd, line)?,
            StmtKind::ClassDef(cd) => self.class_def(cd, line)?,
            StmtKind::Return(v) => {
                if !matches!(self.kind(), ScopeKind::Function) {
                    return Err(err("'return' outside function".to_string(), line));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit0(Op::LoadNone),
                }
                self.set_line(line);
                self.unwind_stack(true, false)?;
                self.emit0(Op::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit0(Op::Dup);
                    }
                    self.store(t)?;
                }
                if targets.is_empty() {
                    self.emit0(Op::Pop);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                match &target.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    }
                    ExprKind::Tuple(_) => {
                        return Err(err(
                            "only single target (not tuple) can be annotated".to_string(),
                            line,
                        ))
                    }
                    ExprKind::List(_) => {
                        return Err(err(
                            "only single target (not list) can be annotated".to_string(),
                            line,
                        ))
                    }
                    _ => return Err(err("illegal target for annotation".to_string(), line)),
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                let top = matches!(self.kind(), ScopeKind::Module | ScopeKind::Class);
                if *simple && top {
                    self.expr(annotation)?;
                    self.emit0(Op::Pop);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                if self.ur().code.flags & CO_VIPER != 0 {
                    if let Some((start, end, step)) = viper_range(iter) {
                        return self.for_range(target, start, end, step, body, orelse);
                    }
                }
                self.expr(iter)?;
                self.emit0(Op::GetIter);
                let start = self.new_label();
                let other = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.emit_jump(Op::ForIter, other);
                self.store(target)?;
                self.push_fblock(FBlock::For {
                    cont: start,
                    brk: end,
                })?;
                self.stmts(body)?;
                self.pop_fblock();
                self.emit_jump(Op::Jump, start);
                self.bind(other);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let other = self.new_label();
                let end = self.new_label();
                self.bind(start);
                let always = matches!(
                    super::expr::fold_const(test),
                    Some(Const::True) | Some(Const::Int(1..))
                );
                if !always {
                    self.jump_if(test, false, other)?;
                }
                self.push_fblock(FBlock::While {
                    cont: start,
                    brk: end,
                })?;
                self.stmts(body)?;
                self.pop_fblock();
                self.emit_jump(Op::Jump, start);
                self.bind(other);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, other)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                }
                self.bind(other);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With { items, body } => {
                if items.is_empty() {
                    return Err(err("invalid syntax".to_string(), line));
                }
                self.with(items, body)?
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, None) => self.emit(Op::Raise, 0),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise, 1);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise, 2);
                }
                (None, Some(_)) => return Err(err("invalid syntax".to_string(), line)),
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                self.emit0(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind(ok);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Const::Int(0));
                    self.emit0(Op::LoadNone);
                    let n = self.name_index(&a.name);
                    self.emit(Op::ImportName, n);
                    let mut parts = a.name.split('.');
                    let top = parts.next().unwrap_or("");
                    match &a.asname {
                        Some(asname) => {
                            for p in parts {
                                let k = self.name_index(p);
                                self.emit(Op::ImportFrom, k);
                                self.emit0(Op::Rot2);
                                self.emit0(Op::Pop);
                            }
                            self.name_op(asname, Ctx::Store)?;
                        }
                        None => self.name_op(top, Ctx::Store)?,
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let star = names.iter().any(|a| a.name == "*");
                let fromlist =
                    Const::Tuple(names.iter().map(|a| Const::Str(a.name.clone())).collect());
                self.load_const(fromlist);
                let n = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName, n);
                if star {
                    if self.kind() != ScopeKind::Module {
                        return Err(err(
                            "import * only allowed at module level".to_string(),
                            line,
                        ));
                    }
                    self.emit0(Op::ImportStar);
                } else {
                    for a in names {
                        let k = self.name_index(&a.name);
                        self.emit(Op::ImportFrom, k);
                        self.name_op(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
                    }
                    self.emit0(Op::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit0(Op::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                    self.emit0(Op::Pop);
                }
            }
            StmtKind::Break => match self.unwind_stack(false, true)? {
                Some(FBlock::For { brk, .. }) => {
                    self.emit0(Op::Pop);
                    self.emit_jump(Op::Jump, brk);
                }
                Some(FBlock::While { brk, .. }) => self.emit_jump(Op::Jump, brk),
                _ => return Err(err("'break' outside loop".to_string(), line)),
            },
            StmtKind::Continue => match self.unwind_stack(false, true)? {
                Some(FBlock::For { cont, .. } | FBlock::While { cont, .. }) => {
                    self.emit_jump(Op::Jump, cont)
                }
                _ => return Err(err("'continue' not properly in loop".to_string(), line)),
            },
        }
        Ok(())
    }

    /// `for target in range(start, end, step)` in a viper function, with a constant step: a
    /// counting loop over machine ints (MicroPython's optimised range loop), so the loop
    /// variable is a native int rather than an object from a range iterator. End and counter
    /// stay on the value stack:
    /// ```text
    ///   end start  top: dup2 rot2 compare(<, or > for a negative step) pop_jump_if_false else
    ///              dup store(target) body  cont: +step jump top
    ///   brk: pop jump end      else: pop pop orelse      end:
    /// ```
    fn for_range(
        &mut self,
        target: &'a Expr,
        start: Option<&'a Expr>,
        end: &'a Expr,
        step: i64,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.expr(end)?;
        match start {
            Some(e) => self.expr(e)?,
            None => self.load_const(Const::Int(0)),
        }
        let (top, cont, brk, other, done) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.bind(top);
        self.emit0(Op::Dup2);
        self.emit0(Op::Rot2);
        let cmp = if step > 0 {
            CompareKind::Lt
        } else {
            CompareKind::Gt
        };
        self.emit(Op::CompareOp, cmp as u32);
        self.emit_jump(Op::PopJumpIfFalse, other);
        self.emit0(Op::Dup);
        self.store(target)?;
        // `return` pops both words; `break` pops the counter (the `For` block), then `brk`
        // pops the end.
        self.push_fblock(FBlock::PopValue)?;
        self.push_fblock(FBlock::For { cont, brk })?;
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_fblock();
        self.bind(cont);
        self.load_const(Const::Int(step));
        self.emit(Op::BinaryOp, BinaryOpKind::Add as u32);
        self.emit_jump(Op::Jump, top);
        self.bind(brk);
        self.emit0(Op::Pop);
        self.emit_jump(Op::Jump, done);
        self.bind(other);
        self.emit0(Op::Pop);
        self.emit0(Op::Pop);
        self.stmts(orelse)?;
        self.bind(done);
        Ok(())
    }

    /// Emits the exits of the enclosing blocks, innermost first, up to the innermost loop when
    /// `to_loop` (which is returned) or all of them. `preserve_tos` keeps a return value on top.
    fn unwind_stack(&mut self, preserve_tos: bool, to_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(&top) = self.ur().fblocks.last() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::For { .. } | FBlock::While { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_stack(preserve_tos, to_loop));
        self.u().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, b: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match b {
            FBlock::While { .. } => {}
            FBlock::For { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit0(Op::Rot2);
                }
                self.emit0(Op::Pop);
            }
            FBlock::TryExcept => self.emit0(Op::PopBlock),
            FBlock::FinallyTry(body) => {
                self.emit0(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                let line = self.line();
                self.stmts(body)?;
                self.set_line(line);
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit0(Op::Rot2);
                }
                self.emit0(Op::Pop);
                self.emit0(Op::PopExcept);
            }
            FBlock::With => {
                self.emit0(Op::PopBlock);
                if preserve_tos {
                    self.emit0(Op::Rot2);
                }
                self.call_exit_none();
            }
            FBlock::Handler(name) => {
                if name.is_some() {
                    self.emit0(Op::PopBlock);
                }
                self.emit0(Op::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
        }
        Ok(())
    }

    /// `exit ->`: `exit(None, None, None)`, result discarded.
    fn call_exit_none(&mut self) {
        self.emit0(Op::LoadNone);
        self.emit0(Op::Dup);
        self.emit0(Op::Dup);
        self.emit(Op::CallFunction, 3);
        self.emit0(Op::Pop);
    }

    /// `name = None; del name` (end of an `except … as name:` handler).
    fn clear_name(&mut self, n: &str) -> CResult<()> {
        self.emit0(Op::LoadNone);
        self.name_op(n, Ctx::Store)?;
        self.name_op(n, Ctx::Del)
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let item = &items[0];
        let handler = self.new_label();
        let end = self.new_label();
        let line = self.line();
        self.expr(&item.context_expr)?;
        self.emit_jump(Op::SetupWith, handler);
        self.push_fblock(FBlock::With)?;
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit0(Op::Pop),
        }
        if items.len() > 1 {
            self.with(&items[1..], body)?;
        } else {
            self.stmts(body)?;
        }
        self.pop_fblock();
        self.set_line(line);
        self.emit0(Op::PopBlock);
        self.call_exit_none();
        self.emit_jump(Op::Jump, end);
        // exit prev exc
        self.bind(handler);
        self.emit0(Op::WithExceptStart);
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit0(Op::Reraise);
        self.bind(suppress);
        self.emit0(Op::Pop);
        self.emit0(Op::PopExcept);
        self.emit0(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let line = self.line();
        self.emit_jump(Op::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry(finalbody))?;
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.set_line(line);
        self.emit0(Op::PopBlock);
        self.stmts(finalbody)?;
        self.set_line(line);
        self.emit_jump(Op::Jump, end);
        // prev exc
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.set_line(line);
        self.emit0(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let line = self.line();
        self.emit_jump(Op::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.set_line(line);
        self.emit0(Op::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);
        // prev exc
        self.bind(handler);
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit0(Op::ExcMatch);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(err("default 'except:' must be last".to_string(), h.line))
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    let cleanup = self.new_label();
                    self.emit_jump(Op::SetupFinally, cleanup);
                    self.push_fblock(FBlock::Handler(Some(name)))?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.set_line(h.line);
                    self.emit0(Op::PopBlock);
                    self.emit0(Op::PopExcept);
                    self.clear_name(name)?;
                    self.emit_jump(Op::Jump, end);
                    // prev | prev2 exc2: the handler body raised.
                    self.bind(cleanup);
                    self.clear_name(name)?;
                    self.emit0(Op::Reraise);
                }
                None => {
                    self.emit0(Op::Pop);
                    self.push_fblock(FBlock::Handler(None))?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.set_line(h.line);
                    self.emit0(Op::PopExcept);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        if handlers.last().is_none_or(|h| h.typ.is_some()) {
            self.emit0(Op::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub fn store(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_line(t.line);
        self.enter("too many nested parentheses")?;
        let r = self.store_inner(t);
        self.depth -= 1;
        self.set_line(old);
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> CResult<()> {
        let line = t.line;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let k = self.name_index(attr);
                self.emit(Op::StoreAttr, k);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => self.emit(Op::UnpackSequence, items.len() as u32),
                    [i] => {
                        let before = *i;
                        let after = items.len() - i - 1;
                        if before > 0xff || after > 0xff_ffff {
                            return Err(err(
                                "too many expressions in star-unpacking assignment".to_string(),
                                line,
                            ));
                        }
                        self.emit(Op::UnpackEx, (before | after << 8) as u32);
                    }
                    _ => {
                        return Err(err(
                            "multiple starred expressions in assignment".to_string(),
                            line,
                        ))
                    }
                }
                for e in items {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err(
                    "starred assignment target must be in a list or tuple".to_string(),
                    line,
                ))
            }
            _ => return Err(err(format!("cannot assign to {}", describe(t)), line)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_line(t.line);
        self.enter("too many nested parentheses")?;
        let line = t.line;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let k = self.name_index(attr);
                self.emit(Op::DeleteAttr, k);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for e in items {
                    self.delete(e)?;
                }
            }
            _ => return Err(err(format!("cannot delete {}", describe(t)), line)),
        }
        self.depth -= 1;
        self.set_line(old);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        let k = binop_kind(op) as u32;
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, Ctx::Load)?;
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.name_op(n, Ctx::Store)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit0(Op::Dup);
                let n = self.name_index(attr);
                self.emit(Op::LoadAttr, n);
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.emit0(Op::Rot2);
                self.emit(Op::StoreAttr, n);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit0(Op::Dup2);
                self.emit0(Op::LoadSubscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp, k);
                self.emit0(Op::Rot3);
                self.emit0(Op::StoreSubscr);
            }
            _ => {
                return Err(err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(target)
                    ),
                    target.line,
                ))
            }
        }
        Ok(())
    }

    fn function_def(&mut self, fd: &'a FunctionDef, line: u32) -> CResult<()> {
        let mut code_flags = 0u16;
        let mut ndeco = 0;
        for d in &fd.decorators {
            match micropython_flag(d) {
                Some(f) => code_flags |= f,
                None => {
                    self.expr(d)?;
                    ndeco += 1;
                }
            }
        }
        self.set_line(line);
        let flags = self.defaults(&fd.args)?;
        let sc = self.scope_of(node_key(fd), line)?;
        self.enter_scope(sc, &fd.name, line, Some(&fd.args))?;
        self.u().code.flags |= code_flags;
        self.u().code.doc = docstring(&fd.body).map(String::from);
        if code_flags & CO_VIPER != 0 {
            let a = &fd.args;
            let mut types: Vec<String> = a
                .posonlyargs
                .iter()
                .chain(&a.args)
                .chain(&a.kwonlyargs)
                .chain(&a.vararg)
                .chain(&a.kwarg)
                .map(|p| annotation_name(&p.annotation))
                .collect();
            types.push(annotation_name(&fd.returns));
            self.u().code.viper_types = types;
        }
        if code_flags & CO_ASM_XTENSA != 0 {
            self.u().code.asm_xtensa = Some(super::asm_xtensa::assemble(fd, line)?);
        } else {
            self.stmts(&fd.body)?;
        }
        self.emit0(Op::LoadNone);
        self.emit0(Op::ReturnValue);
        let code = self.leave_scope()?;
        self.set_line(line);
        self.make_function(code, flags)?;
        for _ in 0..ndeco {
            self.emit(Op::CallFunction, 1);
        }
        self.name_op(&fd.name, Ctx::Store)
    }

    fn class_def(&mut self, cd: &'a ClassDef, line: u32) -> CResult<()> {
        for d in &cd.decorators {
            self.expr(d)?;
        }
        self.set_line(line);
        self.emit0(Op::LoadBuildClass);
        let sc = self.scope_of(node_key(cd), line)?;
        self.enter_scope(sc, &cd.name, line, None)?;
        let n = self.name_index("__name__");
        self.emit(Op::LoadName, n);
        let n = self.name_index("__module__");
        self.emit(Op::StoreName, n);
        let q = self.ur().code.qualname.clone();
        self.load_const(Const::Str(q));
        let n = self.name_index("__qualname__");
        self.emit(Op::StoreName, n);
        if let Some(doc) = docstring(&cd.body) {
            self.load_const(Const::Str(String::from(doc)));
            let n = self.name_index("__doc__");
            self.emit(Op::StoreName, n);
        }
        self.stmts(&cd.body)?;
        if self.st.scopes[sc].class_cell {
            self.emit(Op::LoadClosure, 0);
        } else {
            self.emit0(Op::LoadNone);
        }
        self.emit0(Op::ReturnValue);
        let code = self.leave_scope()?;
        self.set_line(line);
        self.make_function(code, 0)?;
        self.load_const(Const::Str(cd.name.clone()));
        self.call_args(2, &cd.bases, &cd.keywords)?;
        for _ in &cd.decorators {
            self.emit(Op::CallFunction, 1);
        }
        self.name_op(&cd.name, Ctx::Store)
    }
}

/// The docstring of a body: its first statement when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

/// `(start, end, step)` of `range(...)` with one to three plain arguments and a nonzero
/// constant step (what a viper `for` loop counts over natively).
fn viper_range(iter: &Expr) -> Option<(Option<&Expr>, &Expr, i64)> {
    let ExprKind::Call {
        func,
        args,
        keywords,
    } = &iter.kind
    else {
        return None;
    };
    if !matches!(&func.kind, ExprKind::Name(n) if n == "range")
        || !keywords.is_empty()
        || args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
    {
        return None;
    }
    match args.as_slice() {
        [end] => Some((None, end, 1)),
        [start, end] => Some((Some(start), end, 1)),
        [start, end, step] => match super::expr::fold_const(step) {
            Some(Const::Int(k)) if k != 0 => Some((Some(start), end, k)),
            _ => None,
        },
        _ => None,
    }
}
