//! String literal concatenation and f-strings.
//!
//! An f-string's body arrives undecoded; literal parts are escape-decoded here and each
//! `{...}` field's expression is re-lexed and parsed with the ordinary expression parser.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{mk, PResult, Parser};
use crate::ast::*;
use crate::lexer::{self, syntax_err, Tok};

/// Where we are in an f-string body, for error positions and expression line numbers.
struct FCtx<'a> {
    body: &'a str,
    raw: bool,
    /// Line and column of the token (for errors).
    line: u32,
    col: u32,
    /// Incremental newline counting: `lines_upto` bytes of `body` contain `lines` newlines.
    lines_upto: usize,
    lines: u32,
}

impl FCtx<'_> {
    fn line_at(&mut self, pos: usize) -> u32 {
        if pos > self.lines_upto {
            let seg = &self.body.as_bytes()[self.lines_upto..pos];
            self.lines += seg.iter().filter(|&&c| c == b'\n').count() as u32;
            self.lines_upto = pos;
        }
        self.line + self.lines
    }

    fn err(&self, msg: &str) -> SyntaxError {
        syntax_err(msg, self.line, self.col)
    }
}

fn flush(lit: &mut String, parts: &mut Vec<Expr>, line: u32) {
    if !lit.is_empty() {
        parts.push(mk(
            line,
            ExprKind::Constant(Constant::Str(core::mem::take(lit))),
        ));
    }
}

impl Parser {
    /// One or more adjacent string/bytes/f-string tokens.
    pub(super) fn parse_strings(&mut self) -> PResult<Expr> {
        let line = self.line();
        let col = self.cur().col;
        let mut has_bytes = false;
        let mut has_str = false;
        let mut has_f = false;
        let mut lit = String::new();
        let mut bytes = Vec::new();
        let mut parts = Vec::new();
        loop {
            let tok_line = self.line();
            if !matches!(self.tok(), Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. }) {
                break;
            }
            match self.take() {
                Tok::Str(s) => {
                    has_str = true;
                    lit.push_str(&s);
                }
                Tok::Bytes(b) => {
                    has_bytes = true;
                    bytes.extend_from_slice(&b);
                }
                Tok::FStr {
                    body,
                    raw,
                    body_col,
                } => {
                    has_f = true;
                    let mut ctx = FCtx {
                        body: &body,
                        raw,
                        line: tok_line,
                        col: body_col,
                        lines_upto: 0,
                        lines: 0,
                    };
                    self.fstring_scan(&mut ctx, 0, false, 0, &mut parts, &mut lit, line)?;
                }
                _ => break,
            }
        }
        if has_bytes && (has_str || has_f) {
            return Err(syntax_err(
                "cannot mix bytes and nonbytes literals",
                line,
                col,
            ));
        }
        if has_bytes {
            return Ok(mk(line, ExprKind::Constant(Constant::Bytes(bytes))));
        }
        if has_f {
            flush(&mut lit, &mut parts, line);
            return Ok(mk(line, ExprKind::JoinedStr(parts)));
        }
        Ok(mk(line, ExprKind::Constant(Constant::Str(lit))))
    }

    /// Scan an f-string body from byte `i`: literal text goes to `lit`, fields to `parts`.
    /// At the top level this runs to the end of the body; inside a format spec (`in_spec`)
    /// it stops at the `}` closing the field and returns its position.
    #[allow(clippy::too_many_arguments)]
    fn fstring_scan(
        &mut self,
        ctx: &mut FCtx,
        mut i: usize,
        in_spec: bool,
        nest: u32,
        parts: &mut Vec<Expr>,
        lit: &mut String,
        line: u32,
    ) -> PResult<usize> {
        let body = ctx.body;
        let b = body.as_bytes();
        while i < b.len() {
            // copy a run of ordinary characters at once
            let run = b[i..]
                .iter()
                .position(|&c| c == b'{' || c == b'}' || c == b'\\')
                .unwrap_or(b.len() - i);
            if run > 0 {
                lit.push_str(&body[i..i + run]);
                i += run;
                continue;
            }
            match b[i] {
                b'\\' => {
                    let next = b.get(i + 1).copied().unwrap_or(0);
                    if ctx.raw || next == b'{' || next == b'}' {
                        lit.push('\\');
                        i += 1;
                    } else {
                        let n =
                            lexer::decode_str_escape(&body[i..], lit).map_err(|m| ctx.err(&m))?;
                        i += n;
                    }
                }
                b'{' => {
                    if !in_spec && b.get(i + 1) == Some(&b'{') {
                        lit.push('{');
                        i += 2;
                    } else {
                        i = self.fstring_field(ctx, i + 1, nest, parts, lit, line)?;
                    }
                }
                _ => {
                    // '}'
                    if in_spec {
                        return Ok(i);
                    }
                    if b.get(i + 1) == Some(&b'}') {
                        lit.push('}');
                        i += 2;
                    } else {
                        return Err(ctx.err("f-string: single '}' is not allowed"));
                    }
                }
            }
        }
        if in_spec {
            return Err(ctx.err("f-string: expecting '}'"));
        }
        Ok(i)
    }

    /// Parse one `{expr[=][!c][:spec]}` field starting just after the `{`; returns the
    /// position after the closing `}`.
    fn fstring_field(
        &mut self,
        ctx: &mut FCtx,
        start: usize,
        nest: u32,
        parts: &mut Vec<Expr>,
        lit: &mut String,
        line: u32,
    ) -> PResult<usize> {
        if nest >= 2 {
            return Err(ctx.err("f-string: expressions nested too deeply"));
        }
        let body = ctx.body;
        let b = body.as_bytes();
        // find the end of the expression
        let mut j = start;
        let mut depth = 0u32;
        loop {
            let c = match b.get(j) {
                Some(&c) => c,
                None => return Err(ctx.err("f-string: expecting '}'")),
            };
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        if c == b'}' {
                            break;
                        }
                    } else {
                        depth -= 1;
                    }
                }
                b'\'' | b'"' => {
                    let triple = b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c);
                    let q = if triple { 3 } else { 1 };
                    let mut k = j + q;
                    loop {
                        if k >= b.len() {
                            return Err(ctx.err("f-string: unterminated string"));
                        }
                        if b[k] == c
                            && (!triple || (b.get(k + 1) == Some(&c) && b.get(k + 2) == Some(&c)))
                        {
                            break;
                        }
                        k += 1;
                    }
                    j = k + q;
                    continue;
                }
                b'!' | b'<' | b'>' | b'=' if b.get(j + 1) == Some(&b'=') => {
                    j += 2;
                    continue;
                }
                b'!' | b':' | b'=' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        let text = &body[start..j];
        if text.trim().is_empty() {
            return Err(ctx.err("f-string: empty expression not allowed"));
        }
        if text.contains('\\') {
            return Err(ctx.err("f-string expression part cannot include a backslash"));
        }
        if text.contains('#') {
            return Err(ctx.err("f-string expression part cannot include '#'"));
        }
        let expr_line = ctx.line_at(start);
        let value = self.parse_fstring_expr(text, expr_line, ctx)?;
        let mut debug = false;
        if b.get(j) == Some(&b'=') {
            debug = true;
            j += 1;
            while matches!(b.get(j), Some(b' ' | b'\t' | b'\n')) {
                j += 1;
            }
            lit.push_str(&body[start..j]);
        }
        let mut conversion = None;
        if b.get(j) == Some(&b'!') {
            let c = body[j + 1..].chars().next();
            match c {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                _ => {
                    return Err(ctx
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
            j += 2;
        }
        let mut format_spec = None;
        if b.get(j) == Some(&b':') {
            let mut spec_parts = Vec::new();
            let mut spec_lit = String::new();
            j = self.fstring_scan(
                ctx,
                j + 1,
                true,
                nest + 1,
                &mut spec_parts,
                &mut spec_lit,
                line,
            )?;
            flush(&mut spec_lit, &mut spec_parts, line);
            format_spec = Some(Box::new(mk(line, ExprKind::JoinedStr(spec_parts))));
        }
        if b.get(j) != Some(&b'}') {
            return Err(ctx.err("f-string: expecting '}'"));
        }
        j += 1;
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        flush(lit, parts, line);
        parts.push(mk(
            line,
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        ));
        Ok(j)
    }

    fn parse_fstring_expr(&mut self, text: &str, line: u32, ctx: &FCtx) -> PResult<Expr> {
        let fix = |mut e: SyntaxError| {
            if e.msg == "unexpected EOF while parsing" {
                e.msg = String::from("invalid syntax");
            }
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            if e.line == line {
                e.col = ctx.col;
            } else {
                e.col = 0;
            }
            e
        };
        let toks = lexer::tokenize_expr(text, line).map_err(fix)?;
        let mut sub = Parser::new(toks, self.depth + 1);
        let e = sub.parse_yield_or_star_exprs().map_err(fix)?;
        if !sub.at_end() {
            return Err(fix(sub.error()));
        }
        if let ExprKind::Starred(_) = e.kind {
            return Err(fix(syntax_err(
                "cannot use starred expression here",
                line,
                0,
            )));
        }
        Ok(e)
    }
}
