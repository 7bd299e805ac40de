//! Expressions, from lambdas and conditional expressions down to atoms.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{expr_kind_name, mk, PResult, Parser, TargetCtx};
use crate::ast::*;
use crate::lexer::{syntax_err, Tok};

/// Binding power and operator of a binary operator token (`|` lowest, `* / // % @` highest).
fn binop_info(tok: &Tok) -> Option<(u8, BinOp)> {
    let op = match tok {
        Tok::Op(op) => *op,
        _ => return None,
    };
    Some(match op {
        "|" => (1, BinOp::BitOr),
        "^" => (2, BinOp::BitXor),
        "&" => (3, BinOp::BitAnd),
        "<<" => (4, BinOp::LShift),
        ">>" => (4, BinOp::RShift),
        "+" => (5, BinOp::Add),
        "-" => (5, BinOp::Sub),
        "*" => (6, BinOp::Mult),
        "/" => (6, BinOp::Div),
        "//" => (6, BinOp::FloorDiv),
        "%" => (6, BinOp::Mod),
        "@" => (6, BinOp::MatMult),
        _ => return None,
    })
}

/// Longest chain of binary operators or of trailers (`.x`, `[i]`, `(args)`): these build
/// left-deep trees without recursing in the parser, but whoever walks the tree recurses.
const MAX_CHAIN: usize = 1000;

/// Replace the top two operands by the top operator applied to them.
fn reduce(operands: &mut Vec<Expr>, ops: &mut Vec<(u8, BinOp)>) {
    if let (Some((_, op)), Some(right)) = (ops.pop(), operands.pop()) {
        if let Some(left) = operands.pop() {
            let line = left.line;
            operands.push(mk(
                line,
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
            ));
        }
    }
}

impl Parser {
    /// Whether the current token can begin an expression (used for optional operands).
    pub(super) fn can_start_expr(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Num(_) | Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => true,
            Tok::Kw(k) => matches!(*k, "None" | "True" | "False" | "lambda" | "not" | "await"),
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"),
            _ => false,
        }
    }

    /// `yield_expr | star_expressions`
    pub(super) fn parse_yield_or_star_exprs(&mut self) -> PResult<Expr> {
        if self.is_kw("yield") {
            self.parse_yield()
        } else {
            self.parse_star_exprs()
        }
    }

    /// `'yield' ['from' test | star_expressions]`
    pub(super) fn parse_yield(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat_kw("from") {
            let v = self.parse_test()?;
            return Ok(mk(line, ExprKind::YieldFrom(Box::new(v))));
        }
        if self.can_start_expr() {
            let v = self.parse_star_exprs()?;
            self.no_bare_star(&v)?;
            Ok(mk(line, ExprKind::Yield(Some(Box::new(v)))))
        } else {
            Ok(mk(line, ExprKind::Yield(None)))
        }
    }

    /// `('*' bitor | test) (',' ...)* [',']`: a tuple if there is a comma. A lone starred
    /// expression is returned as is (callers reject it where it is not allowed).
    pub(super) fn parse_star_exprs(&mut self) -> PResult<Expr> {
        let first = self.parse_star_or_test()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if !self.can_start_expr() {
                break;
            }
            elts.push(self.parse_star_or_test()?);
        }
        Ok(mk(line, ExprKind::Tuple(elts)))
    }

    /// `'*' bitor`, or else what `plain` parses.
    fn parse_starred_or(&mut self, plain: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        if self.is_op("*") {
            let line = self.line();
            self.advance();
            let v = self.parse_bitor()?;
            Ok(mk(line, ExprKind::Starred(Box::new(v))))
        } else {
            plain(self)
        }
    }

    fn parse_star_or_test(&mut self) -> PResult<Expr> {
        self.parse_starred_or(Self::parse_test)
    }

    /// `'*' bitor | named_expression` (elements of displays).
    fn parse_star_or_named(&mut self) -> PResult<Expr> {
        self.parse_starred_or(Self::parse_named)
    }

    /// Targets of `for` and comprehensions: `('*' bitor | bitor) (',' ...)* [',']`.
    pub(super) fn parse_target_list(&mut self) -> PResult<Expr> {
        let first = self.parse_target_item()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.is_kw("in") || !self.can_start_expr() {
                break;
            }
            elts.push(self.parse_target_item()?);
        }
        Ok(mk(line, ExprKind::Tuple(elts)))
    }

    fn parse_target_item(&mut self) -> PResult<Expr> {
        self.parse_starred_or(Self::parse_bitor)
    }

    /// A single target after `with ... as`.
    pub(super) fn parse_target_atom(&mut self) -> PResult<Expr> {
        self.parse_bitor()
    }

    /// `NAME ':=' test | test`
    pub(super) fn parse_named(&mut self) -> PResult<Expr> {
        if let Tok::Name(_) = self.tok() {
            if matches!(self.peek_tok(1), Tok::Op(":=")) {
                let line = self.line();
                let name = self.expect_name()?;
                self.advance();
                let value = self.parse_test()?;
                return Ok(mk(
                    line,
                    ExprKind::NamedExpr {
                        target: name,
                        value: Box::new(value),
                    },
                ));
            }
        }
        let e = self.parse_test()?;
        if self.is_op(":=") {
            return Err(self.error_msg(&format!(
                "cannot use assignment expressions with {}",
                expr_kind_name(&e.kind)
            )));
        }
        Ok(e)
    }

    /// `lambda | or_test ['if' or_test 'else' test]`
    pub(super) fn parse_test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.parse_test_inner();
        self.leave();
        r
    }

    fn parse_test_inner(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            return self.parse_lambda();
        }
        let body = self.parse_or()?;
        if self.is_kw("if") {
            self.advance();
            let test = self.parse_or()?;
            if !self.is_kw("else") {
                return Err(self.error_msg("expected 'else' after 'if' expression"));
            }
            self.advance();
            let orelse = self.parse_test()?;
            let line = body.line;
            return Ok(mk(
                line,
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
            ));
        }
        Ok(body)
    }

    fn parse_lambda(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        let args = self.parse_params(":", false)?;
        self.expect_op(":")?;
        let body = self.parse_test()?;
        Ok(mk(
            line,
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
        ))
    }

    pub(super) fn parse_or(&mut self) -> PResult<Expr> {
        let first = self.parse_and()?;
        if !self.is_kw("or") {
            return Ok(first);
        }
        let line = first.line;
        let mut values = alloc::vec![first];
        while self.eat_kw("or") {
            values.push(self.parse_and()?);
        }
        Ok(mk(
            line,
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
        ))
    }

    fn parse_and(&mut self) -> PResult<Expr> {
        let first = self.parse_not()?;
        if !self.is_kw("and") {
            return Ok(first);
        }
        let line = first.line;
        let mut values = alloc::vec![first];
        while self.eat_kw("and") {
            values.push(self.parse_not()?);
        }
        Ok(mk(
            line,
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
        ))
    }

    fn parse_not(&mut self) -> PResult<Expr> {
        if self.is_kw("not") {
            let line = self.line();
            self.advance();
            self.enter()?;
            let operand = self.parse_not();
            self.leave();
            return Ok(mk(
                line,
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand?),
                },
            ));
        }
        self.parse_comparison()
    }

    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op(">=") => (CmpOp::GtE, 1),
            Tok::Op("<=") => (CmpOp::LtE, 1),
            Tok::Op("!=") => (CmpOp::NotEq, 1),
            Tok::Kw("in") => (CmpOp::In, 1),
            Tok::Kw("not") if matches!(self.peek_tok(1), Tok::Kw("in")) => (CmpOp::NotIn, 2),
            Tok::Kw("is") if matches!(self.peek_tok(1), Tok::Kw("not")) => (CmpOp::IsNot, 2),
            Tok::Kw("is") => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn parse_comparison(&mut self) -> PResult<Expr> {
        let left = self.parse_bitor()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            for _ in 0..n {
                self.advance();
            }
            ops.push(op);
            comparators.push(self.parse_bitor()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let line = left.line;
        Ok(mk(
            line,
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
        ))
    }

    /// The binary operators from `|` down to `* / // % @`, by operator precedence parsing
    /// with explicit stacks (no recursion per precedence level, which keeps deeply
    /// parenthesized expressions cheap on the stack).
    pub(super) fn parse_bitor(&mut self) -> PResult<Expr> {
        let first = self.parse_factor()?;
        if binop_info(self.tok()).is_none() {
            return Ok(first);
        }
        let mut operands: Vec<Expr> = alloc::vec![first];
        let mut ops: Vec<(u8, BinOp)> = Vec::new();
        let mut count = 0;
        while let Some((prec, op)) = binop_info(self.tok()) {
            count += 1;
            if count > MAX_CHAIN {
                return Err(self.error_msg("expression too complex"));
            }
            self.advance();
            while let Some(&(p, _)) = ops.last() {
                if p < prec {
                    break;
                }
                reduce(&mut operands, &mut ops);
            }
            ops.push((prec, op));
            operands.push(self.parse_factor()?);
        }
        while !ops.is_empty() {
            reduce(&mut operands, &mut ops);
        }
        operands.pop().ok_or_else(|| self.error())
    }

    /// `('+'|'-'|'~') factor | power`
    fn parse_factor(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op("-") => UnaryOp::USub,
            Tok::Op("+") => UnaryOp::UAdd,
            Tok::Op("~") => UnaryOp::Invert,
            _ => return self.parse_power(),
        };
        let line = self.line();
        self.advance();
        self.enter()?;
        let operand = self.parse_factor();
        self.leave();
        Ok(mk(
            line,
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand?),
            },
        ))
    }

    /// `['await'] primary ['**' factor]`
    fn parse_power(&mut self) -> PResult<Expr> {
        let base = if self.is_kw("await") {
            if !self.in_async {
                return Err(self.error_msg(if self.in_function {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                }));
            }
            let line = self.line();
            self.advance();
            let operand = self.parse_primary()?;
            super::coroutine::await_(line, operand)
        } else {
            self.parse_primary()?
        };
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.parse_factor();
            self.leave();
            let line = base.line;
            return Ok(mk(
                line,
                ExprKind::BinOp {
                    left: Box::new(base),
                    op: BinOp::Pow,
                    right: Box::new(exp?),
                },
            ));
        }
        Ok(base)
    }

    fn parse_primary(&mut self) -> PResult<Expr> {
        let mut e = self.parse_atom()?;
        let mut trailers = 0;
        loop {
            if trailers > MAX_CHAIN {
                return Err(self.error_msg("expression too complex"));
            }
            trailers += 1;
            match self.tok() {
                Tok::Op("(") => {
                    let (args, keywords) = self.parse_call_args()?;
                    let line = e.line;
                    e = mk(
                        line,
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                    );
                }
                Tok::Op("[") => {
                    self.advance();
                    let slice = self.parse_subscript()?;
                    self.expect_op("]")?;
                    let line = e.line;
                    e = mk(
                        line,
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                        },
                    );
                }
                Tok::Op(".") => {
                    self.advance();
                    let attr = self.expect_name()?;
                    let line = e.line;
                    e = mk(
                        line,
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// The inside of `[...]` after a primary.
    fn parse_subscript(&mut self) -> PResult<Expr> {
        let first = self.parse_slice_item()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            elts.push(self.parse_slice_item()?);
        }
        Ok(mk(line, ExprKind::Tuple(elts)))
    }

    fn parse_slice_item(&mut self) -> PResult<Expr> {
        let line = self.line();
        let lower = if self.is_op(":") {
            None
        } else if self.is_op("*") {
            return self.parse_star_or_named();
        } else {
            Some(self.parse_named()?)
        };
        if !self.eat_op(":") {
            // `lower` is always Some here
            return lower.ok_or_else(|| self.error());
        }
        let ends = |p: &Parser| p.is_op(":") || p.is_op(",") || p.is_op("]");
        let upper = if ends(self) {
            None
        } else {
            Some(Box::new(self.parse_test()?))
        };
        let step = if self.eat_op(":") {
            if self.is_op(",") || self.is_op("]") {
                None
            } else {
                Some(Box::new(self.parse_test()?))
            }
        } else {
            None
        };
        Ok(mk(
            line,
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
        ))
    }

    /// `'(' [arguments] ')'`, for calls and class headers.
    pub(super) fn parse_call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.expect_op("(")?;
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_kw_unpack = false;
        loop {
            if self.eat_op(")") {
                break;
            }
            let line = self.line();
            let col = self.cur().col;
            if self.eat_op("*") {
                let v = self.parse_test()?;
                if seen_kw_unpack {
                    return Err(syntax_err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        line,
                        col,
                    ));
                }
                args.push(mk(line, ExprKind::Starred(Box::new(v))));
            } else if self.eat_op("**") {
                let v = self.parse_test()?;
                keywords.push(Keyword {
                    arg: None,
                    value: v,
                });
                seen_kw_unpack = true;
            } else if matches!(self.tok(), Tok::Name(_)) && matches!(self.peek_tok(1), Tok::Op("="))
            {
                let name = self.expect_name()?;
                self.advance(); // '='
                let value = self.parse_test()?;
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(name.as_str()))
                {
                    return Err(syntax_err(
                        &format!("keyword argument repeated: {}", name),
                        line,
                        col,
                    ));
                }
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                });
                seen_kw = true;
            } else {
                let e = self.parse_named()?;
                if self.is_kw("for") {
                    let generators = self.parse_comp_for()?;
                    if !args.is_empty() || !keywords.is_empty() || !self.is_op(")") {
                        return Err(syntax_err(
                            "Generator expression must be parenthesized",
                            line,
                            col,
                        ));
                    }
                    args.push(mk(
                        e.line,
                        ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                    ));
                } else if self.is_op("=") {
                    return Err(self.error_msg(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    ));
                } else {
                    if seen_kw_unpack {
                        return Err(syntax_err(
                            "positional argument follows keyword argument unpacking",
                            line,
                            col,
                        ));
                    }
                    if seen_kw {
                        return Err(syntax_err(
                            "positional argument follows keyword argument",
                            line,
                            col,
                        ));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(",") {
                self.expect_op(")")?;
                break;
            }
        }
        Ok((args, keywords))
    }

    /// A parameter list up to (not including) `close` (`)` for def, `:` for lambda).
    pub(super) fn parse_params(&mut self, close: &str, annotations: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut need_kwonly = false;
        let mut names: Vec<String> = Vec::new();
        loop {
            if self.is_op(close) {
                break;
            }
            let line = self.line();
            let col = self.cur().col;
            if self.eat_op("/") {
                if seen_slash {
                    return Err(syntax_err("/ may appear only once", line, col));
                }
                if seen_star {
                    return Err(syntax_err("/ must be ahead of *", line, col));
                }
                if a.args.is_empty() {
                    return Err(syntax_err(
                        "at least one argument must precede /",
                        line,
                        col,
                    ));
                }
                seen_slash = true;
                a.posonlyargs = core::mem::take(&mut a.args);
            } else if self.eat_op("**") {
                let arg = self.parse_param(annotations, &mut names)?;
                if self.is_op("=") {
                    return Err(self.error_msg("var-keyword argument cannot have default value"));
                }
                a.kwarg = Some(arg);
                self.eat_op(",");
                if !self.is_op(close) {
                    return Err(self.error_msg("arguments cannot follow var-keyword argument"));
                }
                break;
            } else if self.eat_op("*") {
                if seen_star {
                    return Err(syntax_err("* argument may appear only once", line, col));
                }
                seen_star = true;
                if matches!(self.tok(), Tok::Name(_)) {
                    let arg = self.parse_param(annotations, &mut names)?;
                    if self.is_op("=") {
                        return Err(
                            self.error_msg("var-positional argument cannot have default value")
                        );
                    }
                    a.vararg = Some(arg);
                } else {
                    need_kwonly = true;
                }
            } else {
                let arg = self.parse_param(annotations, &mut names)?;
                let default = if self.eat_op("=") {
                    Some(self.parse_test()?)
                } else {
                    None
                };
                if seen_star {
                    need_kwonly = false;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return Err(syntax_err(
                                "non-default argument follows default argument",
                                line,
                                col,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if need_kwonly {
            return Err(self.error_msg("named arguments must follow bare *"));
        }
        if !self.is_op(close) {
            return Err(self.error());
        }
        Ok(a)
    }

    fn parse_param(&mut self, annotations: bool, names: &mut Vec<String>) -> PResult<Arg> {
        let line = self.line();
        let col = self.cur().col;
        let name = self.expect_name()?;
        if names.contains(&name) {
            return Err(syntax_err(
                &format!("duplicate argument '{}' in function definition", name),
                line,
                col,
            ));
        }
        names.push(name.clone());
        let annotation = if annotations && self.eat_op(":") {
            Some(self.parse_test()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            line,
        })
    }

    /// `('for' targets 'in' or_test ('if' or_test)*)+`
    pub(super) fn parse_comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.eat_kw("for") {
            let target = self.parse_target_list()?;
            self.check_target(&target, TargetCtx::Store)?;
            self.expect_kw("in")?;
            let iter = self.parse_or()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.parse_or()?);
            }
            gens.push(Comprehension { target, iter, ifs });
        }
        Ok(gens)
    }

    fn check_comp_elt(&self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(syntax_err(
                "iterable unpacking cannot be used in comprehension",
                e.line,
                0,
            ));
        }
        Ok(())
    }

    fn parse_atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok() {
            Tok::Name(_) | Tok::Num(_) => {
                return Ok(match self.take() {
                    Tok::Name(n) => mk(line, ExprKind::Name(n)),
                    Tok::Num(c) => mk(line, ExprKind::Constant(c)),
                    _ => return Err(self.error()),
                });
            }
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => return self.parse_strings(),
            Tok::Kw("None") => ExprKind::Constant(Constant::None),
            Tok::Kw("True") => ExprKind::Constant(Constant::True),
            Tok::Kw("False") => ExprKind::Constant(Constant::False),
            Tok::Op("...") => ExprKind::Constant(Constant::Ellipsis),
            Tok::Op("(") => return self.parse_paren(),
            Tok::Op("[") => return self.parse_list(),
            Tok::Op("{") => return self.parse_brace(),
            _ => return Err(self.error()),
        };
        self.advance();
        Ok(mk(line, kind))
    }

    fn parse_paren(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat_op(")") {
            return Ok(mk(line, ExprKind::Tuple(Vec::new())));
        }
        if self.is_kw("yield") {
            let y = self.parse_yield()?;
            self.expect_op(")")?;
            return Ok(y);
        }
        let first = self.parse_star_or_named()?;
        if self.is_kw("for") {
            self.check_comp_elt(&first)?;
            let generators = self.parse_comp_for()?;
            self.expect_op(")")?;
            return Ok(mk(
                line,
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
            ));
        }
        if self.is_op(",") {
            let mut elts = alloc::vec![first];
            while self.eat_op(",") {
                if self.is_op(")") {
                    break;
                }
                elts.push(self.parse_star_or_named()?);
            }
            self.expect_op(")")?;
            return Ok(mk(line, ExprKind::Tuple(elts)));
        }
        self.expect_op(")")?;
        if let ExprKind::Starred(_) = first.kind {
            return Err(syntax_err(
                "cannot use starred expression here",
                first.line,
                0,
            ));
        }
        Ok(first)
    }

    fn parse_list(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat_op("]") {
            return Ok(mk(line, ExprKind::List(Vec::new())));
        }
        let first = self.parse_star_or_named()?;
        let comp = |elt, generators| ExprKind::ListComp { elt, generators };
        self.parse_display_rest(line, first, "]", comp, ExprKind::List)
    }

    /// The rest of a list or set display after its first element: a comprehension, or more
    /// comma-separated elements up to `close`.
    fn parse_display_rest(
        &mut self,
        line: u32,
        first: Expr,
        close: &str,
        comp: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind,
        display: fn(Vec<Expr>) -> ExprKind,
    ) -> PResult<Expr> {
        if self.is_kw("for") {
            self.check_comp_elt(&first)?;
            let generators = self.parse_comp_for()?;
            self.expect_op(close)?;
            return Ok(mk(line, comp(Box::new(first), generators)));
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(",") {
            if self.is_op(close) {
                break;
            }
            elts.push(self.parse_star_or_named()?);
        }
        self.expect_op(close)?;
        Ok(mk(line, display(elts)))
    }

    fn parse_brace(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat_op("}") {
            return Ok(mk(
                line,
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
            ));
        }
        // first item decides: dict or set
        let mut keys = Vec::new();
        let mut values = Vec::new();
        if self.eat_op("**") {
            values.push(self.parse_bitor()?);
            keys.push(None);
            if self.is_kw("for") {
                return Err(self.error_msg("dict unpacking cannot be used in dict comprehension"));
            }
        } else {
            let first = self.parse_star_or_named()?;
            if self.eat_op(":") {
                if let ExprKind::Starred(_) = first.kind {
                    return Err(syntax_err(
                        "cannot use a starred expression in a dictionary key",
                        first.line,
                        0,
                    ));
                }
                let value = self.parse_test()?;
                if self.is_kw("for") {
                    let generators = self.parse_comp_for()?;
                    self.expect_op("}")?;
                    return Ok(mk(
                        line,
                        ExprKind::DictComp {
                            key: Box::new(first),
                            value: Box::new(value),
                            generators,
                        },
                    ));
                }
                keys.push(Some(first));
                values.push(value);
            } else {
                // a set
                let comp = |elt, generators| ExprKind::SetComp { elt, generators };
                return self.parse_display_rest(line, first, "}", comp, ExprKind::Set);
            }
        }
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            if self.eat_op("**") {
                values.push(self.parse_bitor()?);
                keys.push(None);
            } else {
                let k = self.parse_test()?;
                self.expect_op(":")?;
                let v = self.parse_test()?;
                keys.push(Some(k));
                values.push(v);
            }
        }
        self.expect_op("}")?;
        Ok(mk(line, ExprKind::Dict { keys, values }))
    }
}
