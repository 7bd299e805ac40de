//! `async def`, `await`, `async for` and `async with`, as MicroPython has them: a coroutine is
//! a generator, `await x` is `yield from x` (whose iterator is `x.__await__()` when `x` has
//! one), and the two statements become the plain code they stand for, over hidden variables
//! (names no source can spell):
//!
//! ```text
//! async for T in E: BODY          it = E.__aiter__(); done = False
//! else: ELSE                      while True:
//!                                     try:
//!                                         T = await it.__anext__()
//!                                     except StopAsyncIteration:
//!                                         done = True
//!                                         break
//!                                     BODY
//!                                 if done:
//!                                     ELSE
//!
//! async with E as T: BODY         m = E; exit = m.__aexit__; ok = True
//!                                 T = await m.__aenter__()
//!                                 try:
//!                                     BODY
//!                                 except BaseException as e:
//!                                     ok = False
//!                                     if not await exit(type(e), e, e.__traceback__):
//!                                         raise
//!                                 finally:
//!                                     if ok:
//!                                         await exit(None, None, None)
//! ```

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{mk, stmt, PResult, Parser};
use crate::ast::*;
use crate::lexer::Tok;

fn name(line: u32, n: &str) -> Expr {
    mk(line, ExprKind::Name(String::from(n)))
}

fn boolean(line: u32, v: bool) -> Expr {
    mk(
        line,
        ExprKind::Constant(if v { Constant::True } else { Constant::False }),
    )
}

fn call(line: u32, func: Expr, args: Vec<Expr>) -> Expr {
    mk(
        line,
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: Vec::new(),
        },
    )
}

fn method_call(line: u32, obj: &str, method: &str) -> Expr {
    let f = mk(
        line,
        ExprKind::Attribute {
            value: Box::new(name(line, obj)),
            attr: String::from(method),
        },
    );
    call(line, f, Vec::new())
}

pub(super) fn await_(line: u32, e: Expr) -> Expr {
    mk(line, ExprKind::YieldFrom(Box::new(e)))
}

fn assign(line: u32, target: Expr, value: Expr) -> Stmt {
    stmt(
        line,
        StmtKind::Assign {
            targets: vec![target],
            value,
        },
    )
}

impl Parser {
    /// `async` followed by `def`, `for` or `with`.
    pub(super) fn parse_async(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        match self.tok() {
            Tok::Kw("def") => self.parse_def(decorators, true),
            Tok::Kw("for") | Tok::Kw("with") if !decorators.is_empty() => Err(self.error()),
            Tok::Kw("for") if self.in_async => self.parse_async_for(line),
            Tok::Kw("with") if self.in_async => self.parse_async_with(line),
            Tok::Kw("for") => Err(self.error_msg("'async for' outside async function")),
            Tok::Kw("with") => Err(self.error_msg("'async with' outside async function")),
            _ => Err(self.error()),
        }
    }

    fn hidden(&mut self, what: &str) -> String {
        self.hidden += 1;
        format!("${what}{}", self.hidden)
    }

    fn parse_async_for(&mut self, line: u32) -> PResult<Stmt> {
        self.advance();
        let (target, iter, body, orelse) = self.parse_for_rest(line)?;
        let (it, done) = (self.hidden("aiter"), self.hidden("adone"));
        let get_iter = mk(
            line,
            ExprKind::Attribute {
                value: Box::new(iter),
                attr: String::from("__aiter__"),
            },
        );
        let next = await_(line, method_call(line, &it, "__anext__"));
        let fetch = stmt(
            line,
            StmtKind::Try {
                body: vec![assign(line, target, next)],
                handlers: vec![ExceptHandler {
                    line,
                    typ: Some(name(line, "StopAsyncIteration")),
                    name: None,
                    body: vec![
                        assign(line, name(line, &done), boolean(line, true)),
                        stmt(line, StmtKind::Break),
                    ],
                }],
                orelse: Vec::new(),
                finalbody: Vec::new(),
            },
        );
        let mut loop_body = vec![fetch];
        loop_body.extend(body);
        Ok(stmt(
            line,
            StmtKind::If {
                test: boolean(line, true),
                body: vec![
                    assign(line, name(line, &it), call(line, get_iter, Vec::new())),
                    assign(line, name(line, &done), boolean(line, false)),
                    stmt(
                        line,
                        StmtKind::While {
                            test: boolean(line, true),
                            body: loop_body,
                            orelse: Vec::new(),
                        },
                    ),
                    stmt(
                        line,
                        StmtKind::If {
                            test: name(line, &done),
                            body: orelse,
                            orelse: Vec::new(),
                        },
                    ),
                ],
                orelse: Vec::new(),
            },
        ))
    }

    fn parse_async_with(&mut self, line: u32) -> PResult<Stmt> {
        self.advance();
        let items = self.parse_with_items()?;
        let mut body = self.parse_block("'with' statement", line)?;
        // `async with a, b:` nests as `async with a: async with b:`.
        for item in items.into_iter().rev() {
            body = self.async_with_item(line, item, body);
        }
        Ok(stmt(
            line,
            StmtKind::If {
                test: boolean(line, true),
                body,
                orelse: Vec::new(),
            },
        ))
    }

    fn async_with_item(&mut self, line: u32, item: WithItem, body: Vec<Stmt>) -> Vec<Stmt> {
        let (m, exit, ok, e) = (
            self.hidden("amgr"),
            self.hidden("aexit"),
            self.hidden("aok"),
            self.hidden("aexc"),
        );
        let exit_attr = mk(
            line,
            ExprKind::Attribute {
                value: Box::new(name(line, &m)),
                attr: String::from("__aexit__"),
            },
        );
        let enter = await_(line, method_call(line, &m, "__aenter__"));
        let mut out = vec![
            assign(line, name(line, &m), item.context_expr),
            assign(line, name(line, &exit), exit_attr),
            assign(line, name(line, &ok), boolean(line, true)),
        ];
        match item.optional_vars {
            Some(t) => out.push(assign(line, t, enter)),
            None => out.push(stmt(line, StmtKind::Expr(enter))),
        }
        let exc_args = vec![
            call(line, name(line, "type"), vec![name(line, &e)]),
            name(line, &e),
            mk(
                line,
                ExprKind::Attribute {
                    value: Box::new(name(line, &e)),
                    attr: String::from("__traceback__"),
                },
            ),
        ];
        let swallowed = await_(line, call(line, name(line, &exit), exc_args));
        let on_error = vec![
            assign(line, name(line, &ok), boolean(line, false)),
            stmt(
                line,
                StmtKind::If {
                    test: mk(
                        line,
                        ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: Box::new(swallowed),
                        },
                    ),
                    body: vec![stmt(
                        line,
                        StmtKind::Raise {
                            exc: None,
                            cause: None,
                        },
                    )],
                    orelse: Vec::new(),
                },
            ),
        ];
        let none = || mk(line, ExprKind::Constant(Constant::None));
        let clean_exit = await_(
            line,
            call(line, name(line, &exit), vec![none(), none(), none()]),
        );
        out.push(stmt(
            line,
            StmtKind::Try {
                body,
                handlers: vec![ExceptHandler {
                    line,
                    typ: Some(name(line, "BaseException")),
                    name: Some(e),
                    body: on_error,
                }],
                orelse: Vec::new(),
                finalbody: vec![stmt(
                    line,
                    StmtKind::If {
                        test: name(line, &ok),
                        body: vec![stmt(line, StmtKind::Expr(clean_exit))],
                        orelse: Vec::new(),
                    },
                )],
            },
        ));
        out
    }
}
