//! The parser: a hand-written recursive-descent parser from tokens (see `lexer`) to the AST
//! (see `ast`). Statements live here, expressions in `expr`, f-strings in `fstring`.
//!
//! Recursion is bounded: brackets by the lexer, indentation levels by the lexer, and every
//! other way of nesting expressions (unary operators, `not`, lambdas, conditional
//! expressions, ...) by `MAX_DEPTH`, so no input can overflow the stack.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::ast::*;
use crate::lexer::{self, syntax_err, Tok, Token};

mod coroutine;
mod expr;
mod fstring;
#[cfg(test)]
mod tests;

/// Maximum expression nesting depth.
pub const MAX_DEPTH: u32 = 200;

type PResult<T> = Result<T, SyntaxError>;

/// Parse a whole module. `filename` is only used for messages (SyntaxError carries the line).
pub fn parse(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let _ = filename;
    let toks = lexer::tokenize(source)?;
    let mut p = Parser::new(toks, 0);
    let mut body = Vec::new();
    while !p.at_end() {
        p.parse_statement(&mut body)?;
    }
    Ok(Module { body })
}

static END_TOKEN: Token = Token {
    tok: Tok::End,
    line: 0,
    col: 0,
};

/// What a target is being checked for (the error messages differ).
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetCtx {
    /// `a = ...` (gets CPython's "Maybe you meant '=='" hint at the top level).
    Assign,
    /// `for`, `with ... as`, comprehensions, nested assignment targets.
    Store,
    Del,
}

pub(crate) struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: u32,
    /// Inside the body of an `async def` (where `await`, `async for` and `async with` go),
    /// and inside any function.
    in_async: bool,
    in_function: bool,
    /// Numbers the hidden variables of `async for` and `async with`.
    hidden: u32,
}

pub(crate) fn mk(line: u32, kind: ExprKind) -> Expr {
    Expr { line, kind }
}

fn stmt(line: u32, kind: StmtKind) -> Stmt {
    Stmt { line, kind }
}

impl Parser {
    fn new(toks: Vec<Token>, depth: u32) -> Self {
        Parser {
            toks,
            pos: 0,
            depth,
            in_async: false,
            in_function: false,
            hidden: 0,
        }
    }

    // ----- token access -----

    fn cur(&self) -> &Token {
        self.toks
            .get(self.pos)
            .or_else(|| self.toks.last())
            .unwrap_or(&END_TOKEN)
    }

    fn tok(&self) -> &Tok {
        &self.cur().tok
    }

    fn peek_tok(&self, n: usize) -> &Tok {
        match self.toks.get(self.pos + n) {
            Some(t) => &t.tok,
            None => &Tok::End,
        }
    }

    fn line(&self) -> u32 {
        self.cur().line
    }

    /// Take the current token's payload (tokens are never revisited once consumed) and
    /// advance.
    fn take(&mut self) -> Tok {
        let t = match self.toks.get_mut(self.pos) {
            Some(t) => core::mem::replace(&mut t.tok, Tok::End),
            None => Tok::End,
        };
        self.advance();
        t
    }

    fn advance(&mut self) {
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
    }

    fn at_end(&self) -> bool {
        matches!(self.tok(), Tok::End)
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else if op == ":" && !matches!(self.tok(), Tok::End) {
            Err(self.error_msg("expected ':'"))
        } else {
            Err(self.error())
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn expect_name(&mut self) -> PResult<String> {
        if !matches!(self.tok(), Tok::Name(_)) {
            return Err(self.error());
        }
        match self.take() {
            Tok::Name(n) => Ok(n),
            _ => Err(self.error()),
        }
    }

    fn expect_newline(&mut self) -> PResult<()> {
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            Ok(())
        } else {
            Err(self.error())
        }
    }

    /// The generic error for the current token.
    fn error(&self) -> SyntaxError {
        let t = self.cur();
        match t.tok {
            Tok::End => syntax_err("unexpected EOF while parsing", t.line, t.col),
            Tok::Indent => lexer::err(
                SyntaxErrorKind::IndentationError,
                String::from("unexpected indent"),
                t.line,
                t.col,
            ),
            _ => syntax_err("invalid syntax", t.line, t.col),
        }
    }

    fn error_msg(&self, msg: &str) -> SyntaxError {
        let t = self.cur();
        syntax_err(msg, t.line, t.col)
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_msg("expression nested too deeply"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- statements -----

    fn parse_statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.tok() {
            Tok::Indent => Err(self.error()),
            Tok::Kw("if") => {
                let s = self.parse_if()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("while") => {
                let s = self.parse_while()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("for") => {
                let s = self.parse_for()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("try") => {
                let s = self.parse_try()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("with") => {
                let s = self.parse_with()?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("def") => {
                let s = self.parse_def(Vec::new(), false)?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("async") => {
                let s = self.parse_async(Vec::new())?;
                out.push(s);
                Ok(())
            }
            Tok::Kw("class") => {
                let s = self.parse_class(Vec::new())?;
                out.push(s);
                Ok(())
            }
            Tok::Op("@") => {
                let s = self.parse_decorated()?;
                out.push(s);
                Ok(())
            }
            _ => self.parse_simple_stmts(out),
        }
    }

    /// `small (';' small)* [';'] NEWLINE`
    fn parse_simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.parse_small_stmt()?;
            out.push(s);
            if self.eat_op(";") {
                if matches!(self.tok(), Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        self.expect_newline()
    }

    /// A suite after a compound statement header; `what` names the header for the
    /// "expected an indented block" message.
    fn parse_block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        self.expect_op(":")?;
        let mut body = Vec::new();
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            if !matches!(self.tok(), Tok::Indent) {
                let t = self.cur();
                return Err(lexer::err(
                    SyntaxErrorKind::IndentationError,
                    format!(
                        "expected an indented block after {} on line {}",
                        what, header_line
                    ),
                    t.line,
                    t.col,
                ));
            }
            self.advance();
            loop {
                match self.tok() {
                    Tok::Dedent => {
                        self.advance();
                        break;
                    }
                    Tok::End => break,
                    _ => self.parse_statement(&mut body)?,
                }
            }
        } else {
            self.parse_simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn parse_if(&mut self) -> PResult<Stmt> {
        // if/elif chains are collected iteratively (a long elif chain must not recurse).
        let mut branches: Vec<(u32, Expr, Vec<Stmt>)> = Vec::new();
        let mut kw = "'if' statement";
        loop {
            let line = self.line();
            self.advance(); // 'if' / 'elif'
            let test = self.parse_named()?;
            let body = self.parse_block(kw, line)?;
            branches.push((line, test, body));
            if self.is_kw("elif") {
                kw = "'elif' statement";
                continue;
            }
            break;
        }
        let mut orelse = Vec::new();
        if self.is_kw("else") {
            let line = self.line();
            self.advance();
            orelse = self.parse_block("'else' statement", line)?;
        }
        let mut result = None;
        while let Some((line, test, body)) = branches.pop() {
            let s = stmt(line, StmtKind::If { test, body, orelse });
            if branches.is_empty() {
                result = Some(s);
                break;
            }
            orelse = vec![s];
        }
        result.ok_or_else(|| self.error())
    }

    fn parse_else(&mut self) -> PResult<Vec<Stmt>> {
        if self.is_kw("else") {
            let line = self.line();
            self.advance();
            self.parse_block("'else' statement", line)
        } else {
            Ok(Vec::new())
        }
    }

    fn parse_while(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let test = self.parse_named()?;
        let body = self.parse_block("'while' statement", line)?;
        let orelse = self.parse_else()?;
        Ok(stmt(line, StmtKind::While { test, body, orelse }))
    }

    fn parse_for(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let (target, iter, body, orelse) = self.parse_for_rest(line)?;
        Ok(stmt(
            line,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
        ))
    }

    /// What follows `for` (or `async for`): target, iterable, body and else-body.
    fn parse_for_rest(&mut self, line: u32) -> PResult<(Expr, Expr, Vec<Stmt>, Vec<Stmt>)> {
        let target = self.parse_target_list()?;
        self.check_target(&target, TargetCtx::Store)?;
        self.expect_kw("in")?;
        let iter = self.parse_star_exprs()?;
        self.no_bare_star(&iter)?;
        let body = self.parse_block("'for' statement", line)?;
        let orelse = self.parse_else()?;
        Ok((target, iter, body, orelse))
    }

    fn parse_try(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let body = self.parse_block("'try' statement", line)?;
        let mut handlers = Vec::new();
        while self.is_kw("except") {
            let hline = self.line();
            self.advance();
            let mut typ = None;
            let mut name = None;
            if !self.is_op(":") {
                let t = self.parse_test()?;
                if self.is_op(",") {
                    return Err(syntax_err(
                        "multiple exception types must be parenthesized",
                        t.line,
                        0,
                    ));
                }
                typ = Some(t);
                if self.eat_kw("as") {
                    name = Some(self.expect_name()?);
                }
            }
            let hbody = self.parse_block("'except' statement", hline)?;
            handlers.push(ExceptHandler {
                line: hline,
                typ,
                name,
                body: hbody,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.parse_else()?
        };
        let mut finalbody = Vec::new();
        if self.is_kw("finally") {
            let fline = self.line();
            self.advance();
            finalbody = self.parse_block("'finally' statement", fline)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_msg("expected 'except' or 'finally' block"));
        }
        Ok(stmt(
            line,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        ))
    }

    fn parse_with(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let items = self.parse_with_items()?;
        let body = self.parse_block("'with' statement", line)?;
        Ok(stmt(line, StmtKind::With { items, body }))
    }

    /// The items of a `with` (or `async with`) statement, in either form.
    fn parse_with_items(&mut self) -> PResult<Vec<WithItem>> {
        if self.paren_with_form() {
            return self.parse_paren_with_items();
        }
        let mut items = Vec::new();
        loop {
            items.push(self.parse_with_item()?);
            if !self.eat_op(",") {
                return Ok(items);
            }
        }
    }

    /// `with (a as b, c):` -- the parenthesized form of with-items, recognised (as CPython
    /// does) when the matching `)` is directly followed by the `:`; `with (yield x):` and
    /// `with (a, b) as c:` are ordinary expressions.
    fn paren_with_form(&self) -> bool {
        if !self.is_op("(") || matches!(self.peek_tok(1), Tok::Kw("yield")) {
            return false;
        }
        let mut depth = 0usize;
        let mut i = self.pos;
        while let Some(t) = self.toks.get(i) {
            match t.tok {
                Tok::Op("(") | Tok::Op("[") | Tok::Op("{") => depth += 1,
                Tok::Op(")") | Tok::Op("]") | Tok::Op("}") => {
                    depth -= 1;
                    if depth == 0 {
                        return matches!(self.toks.get(i + 1), Some(t) if t.tok == Tok::Op(":"));
                    }
                }
                Tok::End => return false,
                _ => {}
            }
            i += 1;
        }
        false
    }

    fn parse_paren_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect_op("(")?;
        let mut items = Vec::new();
        loop {
            items.push(self.parse_with_item()?);
            if !self.eat_op(",") || self.is_op(")") {
                break;
            }
        }
        self.expect_op(")")?;
        Ok(items)
    }

    fn parse_with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.parse_test()?;
        let optional_vars = if self.eat_kw("as") {
            let t = self.parse_target_atom()?;
            self.check_target(&t, TargetCtx::Store)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn parse_decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.parse_named()?);
            self.expect_newline()?;
        }
        match self.tok() {
            Tok::Kw("def") => self.parse_def(decorators, false),
            Tok::Kw("async") => self.parse_async(decorators),
            Tok::Kw("class") => self.parse_class(decorators),
            _ => Err(self.error()),
        }
    }

    fn parse_def(&mut self, decorators: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let name = self.expect_name()?;
        if !self.is_op("(") {
            return Err(self.error_msg("expected '('"));
        }
        self.advance();
        let args = self.parse_params(")", true)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.parse_test()?)
        } else {
            None
        };
        let outer = (self.in_async, self.in_function);
        (self.in_async, self.in_function) = (is_async, true);
        let body = self.parse_block("function definition", line);
        (self.in_async, self.in_function) = outer;
        Ok(stmt(
            line,
            StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body: body?,
                decorators,
                returns,
                is_async,
            })),
        ))
    }

    fn parse_class(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let name = self.expect_name()?;
        let (bases, keywords) = if self.is_op("(") {
            self.parse_call_args()?
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.parse_block("class definition", line)?;
        Ok(stmt(
            line,
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
        ))
    }

    fn parse_small_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let kind = match self.tok() {
            Tok::Kw("pass") => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Kw("break") => {
                self.advance();
                StmtKind::Break
            }
            Tok::Kw("continue") => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Kw("return") => {
                self.advance();
                if self.can_start_expr() {
                    let e = self.parse_star_exprs()?;
                    self.no_bare_star(&e)?;
                    StmtKind::Return(Some(e))
                } else {
                    StmtKind::Return(None)
                }
            }
            Tok::Kw("raise") => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if self.can_start_expr() {
                    exc = Some(self.parse_test()?);
                    if self.eat_kw("from") {
                        cause = Some(self.parse_test()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Kw("global") | Tok::Kw("nonlocal") => {
                let global = self.is_kw("global");
                self.advance();
                let mut names = vec![self.expect_name()?];
                while self.eat_op(",") {
                    names.push(self.expect_name()?);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw("del") => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    if self.is_op("*") {
                        return Err(self.error_msg("cannot delete starred"));
                    }
                    let t = self.parse_bitor()?;
                    self.check_target(&t, TargetCtx::Del)?;
                    targets.push(t);
                    if !self.eat_op(",") || !self.can_start_expr() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Kw("assert") => {
                self.advance();
                let test = self.parse_test()?;
                let msg = if self.eat_op(",") {
                    Some(self.parse_test()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw("import") => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let name = self.parse_dotted_name()?;
                    let asname = if self.eat_kw("as") {
                        Some(self.expect_name()?)
                    } else {
                        None
                    };
                    names.push(Alias { name, asname });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Tok::Kw("from") => self.parse_from_import()?,
            _ => return self.parse_expr_stmt(),
        };
        Ok(stmt(line, kind))
    }

    fn parse_dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.expect_name()?);
        }
        Ok(name)
    }

    fn parse_from_import(&mut self) -> PResult<StmtKind> {
        self.advance(); // 'from'
        let mut level = 0u32;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if matches!(self.tok(), Tok::Name(_)) {
            Some(self.parse_dotted_name()?)
        } else {
            None
        };
        if module.is_none() && level == 0 {
            return Err(self.error());
        }
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.eat_op("*") {
            names.push(Alias {
                name: String::from("*"),
                asname: None,
            });
        } else {
            let paren = self.eat_op("(");
            loop {
                let name = self.expect_name()?;
                let asname = if self.eat_kw("as") {
                    Some(self.expect_name()?)
                } else {
                    None
                };
                names.push(Alias { name, asname });
                if !self.eat_op(",") {
                    break;
                }
                if paren && self.is_op(")") {
                    break;
                }
                if !paren && !matches!(self.tok(), Tok::Name(_)) {
                    return Err(self
                        .error_msg("trailing comma not allowed without surrounding parentheses"));
                }
            }
            if paren {
                self.expect_op(")")?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn parse_expr_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let paren = self.is_op("(");
        let first = self.parse_yield_or_star_exprs()?;
        if self.is_op(":") {
            let simple = match &first.kind {
                ExprKind::Name(_) => !paren,
                ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
                ExprKind::Tuple(_) => {
                    return Err(syntax_err(
                        "only single target (not tuple) can be annotated",
                        first.line,
                        0,
                    ))
                }
                ExprKind::List(_) => {
                    return Err(syntax_err(
                        "only single target (not list) can be annotated",
                        first.line,
                        0,
                    ))
                }
                _ => return Err(syntax_err("illegal target for annotation", first.line, 0)),
            };
            self.advance();
            let annotation = self.parse_test()?;
            let value = if self.eat_op("=") {
                let v = self.parse_yield_or_star_exprs()?;
                self.no_bare_star(&v)?;
                Some(v)
            } else {
                None
            };
            return Ok(stmt(
                line,
                StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                },
            ));
        }
        if let Tok::Op(op) = self.tok() {
            if let Some(op) = aug_op(op) {
                match first.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    }
                    _ => {
                        let what = match first.kind {
                            ExprKind::Tuple(_) => "tuple",
                            ExprKind::List(_) => "list",
                            _ => expr_kind_name(&first.kind),
                        };
                        return Err(syntax_err(
                            &format!(
                                "'{}' is an illegal expression for augmented assignment",
                                what
                            ),
                            first.line,
                            0,
                        ));
                    }
                }
                self.advance();
                let value = self.parse_yield_or_star_exprs()?;
                self.no_bare_star(&value)?;
                return Ok(stmt(
                    line,
                    StmtKind::AugAssign {
                        target: first,
                        op,
                        value,
                    },
                ));
            }
        }
        if self.is_op("=") {
            let mut targets = vec![first];
            while self.eat_op("=") {
                targets.push(self.parse_yield_or_star_exprs()?);
            }
            let value = match targets.pop() {
                Some(v) => v,
                None => return Err(self.error()),
            };
            self.no_bare_star(&value)?;
            let single = targets.len() == 1;
            for (i, t) in targets.iter().enumerate() {
                if i > 0 && matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                    return Err(syntax_err(
                        "assignment to yield expression not possible",
                        t.line,
                        0,
                    ));
                }
                let ctx = if single {
                    TargetCtx::Assign
                } else {
                    TargetCtx::Store
                };
                self.check_target(t, ctx)?;
            }
            return Ok(stmt(line, StmtKind::Assign { targets, value }));
        }
        if matches!(&first.kind, ExprKind::Name(n) if n == "print") && self.can_start_expr() {
            return Err(
                self.error_msg("Missing parentheses in call to 'print'. Did you mean print(...)?")
            );
        }
        self.no_bare_star(&first)?;
        Ok(stmt(line, StmtKind::Expr(first)))
    }

    fn no_bare_star(&self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(syntax_err("can't use starred expression here", e.line, 0));
        }
        Ok(())
    }

    /// Check that `e` may be assigned to (or deleted).
    fn check_target(&self, e: &Expr, ctx: TargetCtx) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let inner = if ctx == TargetCtx::Del {
                    TargetCtx::Del
                } else {
                    TargetCtx::Store
                };
                let mut starred = 0;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(v) if ctx != TargetCtx::Del => {
                            starred += 1;
                            if starred > 1 {
                                return Err(syntax_err(
                                    "multiple starred expressions in assignment",
                                    elt.line,
                                    0,
                                ));
                            }
                            self.check_target(v, inner)?;
                        }
                        _ => self.check_target(elt, inner)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(syntax_err(
                if ctx == TargetCtx::Del {
                    "cannot delete starred"
                } else {
                    "starred assignment target must be in a list or tuple"
                },
                e.line,
                0,
            )),
            other => {
                let what = expr_kind_name(other);
                let msg = match ctx {
                    TargetCtx::Del => format!("cannot delete {}", what),
                    TargetCtx::Store => format!("cannot assign to {}", what),
                    TargetCtx::Assign if hint_eq(other) => format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        what
                    ),
                    TargetCtx::Assign => format!("cannot assign to {}", what),
                };
                Err(lexer::err(SyntaxErrorKind::SyntaxError, msg, e.line, 0))
            }
        }
    }
}

fn aug_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        _ => return None,
    })
}

/// Whether CPython adds "Maybe you meant '=='" to a failed `target = value` (it does when
/// the target parses as an operand of `==`).
fn hint_eq(k: &ExprKind) -> bool {
    match k {
        ExprKind::Constant(Constant::None | Constant::True | Constant::False) => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Constant(_)
        | ExprKind::JoinedStr(_)
        | ExprKind::Call { .. }
        | ExprKind::BinOp { .. }
        | ExprKind::Dict { .. }
        | ExprKind::Set(_)
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => true,
        _ => false,
    }
}

/// How CPython names an expression kind in "cannot assign to ..." messages.
fn expr_kind_name(k: &ExprKind) -> &'static str {
    match k {
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
    }
}
