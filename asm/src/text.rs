//! GNU-syntax text front end (`xtensa-lx106-elf-as --no-transform`
//! semantics: narrow forms only when written `.n`, no relaxation).
//!
//! Supported: `label:`, `#` and `//` comments, `;` statement separators,
//! every instruction of [`crate::table`] plus `mov` and `rsr.NAME`-style
//! special-register forms, expressions (`+ - * / % << >> & | ^ ~`,
//! parentheses, decimal/hex/octal/binary/char constants, labels and `.`),
//! and the directives `.text .global .globl .type .size .file .ident
//! .section .begin .end .align .balign .p2align .byte .short .hword .2byte
//! .word .int .long .4byte .space .skip .zero .ascii .asciz .string .set
//! .equ .literal_position .literal`.
//! `.literal NAME, v, ...` places words in the pool of the most recent
//! `.literal_position` (like `as --text-section-literals`).

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::assembler::{AsmErrorKind, Assembler, Code, Expr, Label};
use crate::encode::Inst;
use crate::reg::Reg;
use crate::table::{missing_option, sr_by_name, Kind, Op, SrAccess};

/// An error with its 1-based source line.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TextError {
    pub line: u32,
    pub msg: String,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

/// Assemble GNU-syntax source for base address 0; first error on failure.
pub fn assemble(src: &str) -> Result<Code, TextError> {
    assemble_with_base(src, 0)
}

/// Assemble for code placed at `base`; first error on failure.
pub fn assemble_with_base(src: &str, base: u32) -> Result<Code, TextError> {
    assemble_all(src, base).map_err(|mut e| e.swap_remove(0))
}

/// Assemble; all errors (sorted by line) on failure.
pub fn assemble_all(src: &str, base: u32) -> Result<Code, Vec<TextError>> {
    let mut p = Parser {
        asm: Assembler::new(base),
        syms: BTreeMap::new(),
        names: BTreeMap::new(),
        first_use: BTreeMap::new(),
        errors: Vec::new(),
        line: 0,
    };
    for (i, line) in src.split('\n').enumerate() {
        p.line = i as u32 + 1;
        p.asm.set_tag(p.line);
        for stmt in split_top(strip_comment(line), b';') {
            if let Err(msg) = p.statement(stmt.trim()) {
                p.errors.push(TextError { line: p.line, msg });
            }
        }
    }
    // Undefined labels: report at their first use.
    for (name, sym) in &p.syms {
        if let Sym::Label(l) = sym {
            if !p.asm.is_bound(*l) {
                let line = p.first_use.get(&l.0).copied().unwrap_or(0);
                p.errors.push(TextError {
                    line,
                    msg: format!("undefined label '{name}'"),
                });
            }
        }
    }
    let mut errors = p.errors;
    match p.asm.finish_all() {
        Ok(code) if errors.is_empty() => return Ok(code),
        Ok(_) => {}
        Err(es) => {
            for e in es {
                let msg = match e.kind {
                    // Already reported above, at the first use.
                    AsmErrorKind::Unbound(_) => continue,
                    AsmErrorKind::Rebound(l) => {
                        let n = p.names.get(&l.0).map_or("?", |s| s.as_str());
                        format!("duplicate label '{n}'")
                    }
                    k => k.to_string(),
                };
                errors.push(TextError { line: e.tag, msg });
            }
        }
    }
    errors.sort_by_key(|e| e.line);
    Err(errors)
}

#[derive(Clone, Copy, Debug)]
enum Sym {
    Label(Label),
    Const(i64),
}

struct Parser {
    asm: Assembler,
    syms: BTreeMap<String, Sym>,
    names: BTreeMap<u32, String>,
    first_use: BTreeMap<u32, u32>,
    errors: Vec<TextError>,
    line: u32,
}

fn strip_comment(line: &str) -> &str {
    let mut in_str = false;
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => in_str = !in_str,
            b'\\' if in_str => i += 1,
            b'#' if !in_str => return &line[..i],
            b'/' if !in_str && b.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

/// Split at `sep` outside parentheses and string/char quotes.
fn split_top(s: &str, sep: u8) -> Vec<&str> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let (mut depth, mut in_str, mut start, mut i) = (0i32, false, 0, 0);
    while i < b.len() {
        match b[i] {
            b'"' => in_str = !in_str,
            b'\\' if in_str => i += 1,
            b'\'' if !in_str => i += 1,
            b'(' if !in_str => depth += 1,
            b')' if !in_str => depth -= 1,
            c if c == sep && !in_str && depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(s.get(start..).unwrap_or(""));
    out
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'.' || c == b'$'
}

fn is_ident(c: u8) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

/// An expression value: constant or `label - label + k`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Val(Expr);

impl Parser {
    fn statement(&mut self, mut s: &str) -> Result<(), String> {
        // Labels.
        loop {
            let b = s.as_bytes();
            let n = b.iter().take_while(|c| is_ident(**c)).count();
            if n > 0 && is_ident_start(b[0]) && b.get(n) == Some(&b':') {
                let name = &s[..n];
                self.define_label(name)?;
                s = s[n + 1..].trim_start();
            } else {
                break;
            }
        }
        if s.is_empty() {
            return Ok(());
        }
        let n = s.bytes().take_while(|c| !c.is_ascii_whitespace()).count();
        let (mn, rest) = (&s[..n], s[n..].trim());
        if mn.starts_with('.') && Op::from_mnemonic(mn).is_none() {
            return self.directive(mn, rest);
        }
        self.instruction(mn, rest)
    }

    fn label_for(&mut self, name: &str) -> Label {
        if let Some(Sym::Label(l)) = self.syms.get(name) {
            return *l;
        }
        let l = self.asm.new_label();
        self.syms.insert(name.to_string(), Sym::Label(l));
        self.names.insert(l.0, name.to_string());
        self.first_use.insert(l.0, self.line);
        l
    }

    fn define_label(&mut self, name: &str) -> Result<(), String> {
        if let Some(Sym::Const(_)) = self.syms.get(name) {
            return Err(format!("duplicate label '{name}'"));
        }
        let l = self.label_for(name);
        if self.asm.is_bound(l) {
            return Err(format!("duplicate label '{name}'"));
        }
        self.asm.bind(l);
        Ok(())
    }

    // ---------------------------------------------------------------
    // Expressions.

    fn expr(&mut self, s: &str) -> Result<Expr, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("missing operand".into());
        }
        let mut ex = ExprParser {
            s: s.as_bytes(),
            src: s,
            pos: 0,
            p: self,
        };
        let v = ex.parse(0)?;
        ex.skip_ws();
        if ex.pos != ex.s.len() {
            return Err(format!("junk at end of expression '{s}'"));
        }
        Ok(v.0)
    }

    fn const_expr(&mut self, s: &str) -> Result<i64, String> {
        let e = self.expr(s)?;
        if !e.is_constant() {
            return Err(format!("expression '{}' must be a constant", s.trim()));
        }
        Ok(e.addend)
    }

    // ---------------------------------------------------------------
    // Instructions.

    fn instruction(&mut self, mn: &str, rest: &str) -> Result<(), String> {
        let operands: Vec<&str> = if rest.is_empty() {
            Vec::new()
        } else {
            split_top(rest, b',').into_iter().map(str::trim).collect()
        };
        let lower = mn.to_ascii_lowercase();
        // rsr.NAME / wsr.NAME / xsr.NAME
        for (prefix, op, access) in [
            ("rsr.", Op::Rsr, SrAccess::Read),
            ("wsr.", Op::Wsr, SrAccess::Write),
            ("xsr.", Op::Xsr, SrAccess::Exchange),
        ] {
            if let Some(name) = lower.strip_prefix(prefix) {
                let sr = self.special_reg(name, access, op)?;
                if operands.len() != 1 {
                    return Err(arity_msg(mn, 1, operands.len()));
                }
                let r = reg(operands[0])?;
                self.asm.emit(op, &[r, sr]);
                return Ok(());
            }
        }
        let Some(op) = Op::from_mnemonic(&lower) else {
            return Err(match missing_option(&lower) {
                Some(why) => format!("unknown opcode '{mn}' (LX106 lacks it: {why})"),
                None => format!("unknown opcode '{mn}'"),
            });
        };
        let kinds = op.row().operands;
        if operands.len() != kinds.len() {
            return Err(arity_msg(mn, kinds.len(), operands.len()));
        }
        let mut args = [0i32; 4];
        let mut fix: Option<(usize, Expr)> = None;
        for (i, (kind, text)) in kinds.iter().zip(&operands).enumerate() {
            if kind.is_reg() {
                args[i] = reg(text)?;
                continue;
            }
            if let Kind::Sr(access) = kind {
                args[i] = self.special_reg(text, *access, op)?;
                continue;
            }
            if Reg::parse(text).is_some() {
                return Err(format!(
                    "operand {} of '{mn}' must be an immediate or label, not register '{text}'",
                    i + 1
                ));
            }
            let e = self.expr(text)?;
            if e.is_constant() && !kind.is_pcrel() {
                args[i] = i32::try_from(e.addend)
                    .map_err(|_| format!("immediate {} out of range", e.addend))?;
            } else {
                if fix.is_some() {
                    return Err(format!("'{mn}' can have only one symbolic operand"));
                }
                fix = Some((i, e));
            }
        }
        match fix {
            None => self.asm.inst(Inst { op, args }),
            Some((slot, e)) => self.asm.emit_fix(op, &args, slot, e),
        }
        Ok(())
    }

    fn special_reg(&mut self, text: &str, access: SrAccess, op: Op) -> Result<i32, String> {
        let t = text.trim();
        let n = match sr_by_name(t, access) {
            Some(n) => i64::from(n),
            None => {
                let first = t.bytes().next().unwrap_or(b' ');
                if !first.is_ascii_digit() {
                    return Err(format!(
                        "invalid special register '{t}' for '{}'",
                        op.mnemonic()
                    ));
                }
                self.const_expr(t)?
            }
        };
        let ok = (0..256).contains(&n)
            && crate::table::SpecialReg::by_num(n as u8).is_some_and(|r| r.allows(access));
        if !ok {
            return Err(format!(
                "invalid special register {n} for '{}'",
                op.mnemonic()
            ));
        }
        Ok(n as i32)
    }

    // ---------------------------------------------------------------
    // Directives.

    fn directive(&mut self, d: &str, rest: &str) -> Result<(), String> {
        let args: Vec<&str> = if rest.is_empty() {
            Vec::new()
        } else {
            split_top(rest, b',').into_iter().map(str::trim).collect()
        };
        let lower = d.to_ascii_lowercase();
        match lower.as_str() {
            ".text" | ".global" | ".globl" | ".type" | ".size" | ".file" | ".ident" | ".local"
            | ".weak" | ".hidden" | ".section" => {
                if lower == ".section" {
                    let name = args.first().copied().unwrap_or("");
                    if !name.starts_with(".text") && !name.starts_with(".iram") {
                        return Err(format!("section '{name}' not supported (only .text)"));
                    }
                }
                Ok(())
            }
            ".begin" | ".end" => Ok(()),
            ".align" | ".balign" | ".p2align" => {
                if args.is_empty() || args.len() > 2 {
                    return Err(format!("'{d}' needs 1 or 2 arguments"));
                }
                let n = self.const_expr(args[0])?;
                let align = if lower == ".p2align" {
                    if !(0..=16).contains(&n) {
                        return Err(format!("alignment 2**{n} too large"));
                    }
                    1i64 << n
                } else {
                    n
                };
                if !(1..=65536).contains(&align) || align & (align - 1) != 0 {
                    return Err(format!("alignment {align} is not a power of 2"));
                }
                let fill = match args.get(1) {
                    Some(f) => self.const_expr(f)? as u8,
                    None => 0,
                };
                self.asm.align_fill(align as u32, fill);
                Ok(())
            }
            ".byte" | ".short" | ".hword" | ".2byte" | ".word" | ".int" | ".long" | ".4byte" => {
                let size = match lower.as_str() {
                    ".byte" => 1,
                    ".short" | ".hword" | ".2byte" => 2,
                    _ => 4,
                };
                for a in args {
                    let e = self.expr(a)?;
                    self.asm.data(size, e);
                }
                Ok(())
            }
            ".space" | ".skip" | ".zero" => {
                if args.is_empty() || args.len() > 2 || (lower == ".zero" && args.len() > 1) {
                    return Err(format!("'{d}' needs a size"));
                }
                let n = self.const_expr(args[0])?;
                if !(0..=1 << 24).contains(&n) {
                    return Err(format!("bad size {n} for '{d}'"));
                }
                let fill = match args.get(1) {
                    Some(f) => self.const_expr(f)? as u8,
                    None => 0,
                };
                self.asm.space(n as u32, fill);
                Ok(())
            }
            ".ascii" | ".asciz" | ".string" => {
                for a in args {
                    let mut bytes = parse_string(a)?;
                    if lower != ".ascii" {
                        bytes.push(0);
                    }
                    self.asm.bytes(&bytes);
                }
                Ok(())
            }
            ".set" | ".equ" => {
                if args.len() != 2 {
                    return Err(format!("'{d}' needs a name and a value"));
                }
                let name = args[0];
                if name.is_empty()
                    || !is_ident_start(name.as_bytes()[0])
                    || !name.bytes().all(is_ident)
                {
                    return Err(format!("invalid symbol name '{name}'"));
                }
                if let Some(Sym::Label(_)) = self.syms.get(name) {
                    return Err(format!("duplicate label '{name}'"));
                }
                let v = self.const_expr(args[1])?;
                self.syms.insert(name.to_string(), Sym::Const(v));
                Ok(())
            }
            ".literal_position" => {
                self.asm.pool_here();
                Ok(())
            }
            ".literal" => {
                if args.len() < 2 {
                    return Err("'.literal' needs a name and at least one value".into());
                }
                if !self.asm.has_pool() {
                    return Err("'.literal' without a preceding '.literal_position'".into());
                }
                let name = args[0];
                if name.is_empty()
                    || !is_ident_start(name.as_bytes()[0])
                    || !name.bytes().all(is_ident)
                {
                    return Err(format!("invalid symbol name '{name}'"));
                }
                if matches!(self.syms.get(name), Some(Sym::Const(_))) {
                    return Err(format!("duplicate label '{name}'"));
                }
                let l = self.label_for(name);
                if self.asm.is_bound(l) {
                    return Err(format!("duplicate label '{name}'"));
                }
                let first = self.expr(args[1])?;
                self.asm.bind_literal(l, first);
                for a in &args[2..] {
                    let e = self.expr(a)?;
                    self.asm.new_literal(e);
                }
                Ok(())
            }
            _ => Err(format!("unknown directive '{d}'")),
        }
    }
}

fn arity_msg(mn: &str, want: usize, got: usize) -> String {
    format!("wrong number of operands for '{mn}' (expected {want}, got {got})")
}

fn reg(text: &str) -> Result<i32, String> {
    match Reg::parse(text.trim()) {
        Some(r) => Ok(r.num().into()),
        None if text.trim().is_empty() => Err("missing register operand".into()),
        None => Err(format!("invalid register '{}'", text.trim())),
    }
}

fn parse_string(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b'"' || b[b.len() - 1] != b'"' {
        return Err(format!("expected a string, got '{s}'"));
    }
    let mut out = Vec::new();
    let mut i = 1;
    while i < b.len() - 1 {
        let c = b[i];
        if c == b'\\' {
            i += 1;
            let e = *b.get(i).ok_or("bad escape")?;
            out.push(match e {
                b'n' => b'\n',
                b't' => b'\t',
                b'r' => b'\r',
                b'0' => 0,
                b'\\' => b'\\',
                b'"' => b'"',
                _ => return Err(format!("unknown escape '\\{}'", e as char)),
            });
        } else {
            out.push(c);
        }
        i += 1;
    }
    Ok(out)
}

struct ExprParser<'a, 'p> {
    s: &'a [u8],
    src: &'a str,
    pos: usize,
    p: &'p mut Parser,
}

fn binop_prec(op: &[u8]) -> Option<(u8, usize)> {
    Some(match op {
        [b'<', b'<', ..] | [b'>', b'>', ..] => (4, 2),
        [b'|', ..] => (1, 1),
        [b'^', ..] => (2, 1),
        [b'&', ..] => (3, 1),
        [b'+', ..] | [b'-', ..] => (5, 1),
        [b'*', ..] | [b'/', ..] | [b'%', ..] => (6, 1),
        _ => return None,
    })
}

impl ExprParser<'_, '_> {
    fn skip_ws(&mut self) {
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn parse(&mut self, min_prec: u8) -> Result<Val, String> {
        let mut lhs = self.unary()?;
        loop {
            self.skip_ws();
            let Some((prec, len)) = binop_prec(&self.s[self.pos..]) else {
                break;
            };
            if prec <= min_prec {
                break;
            }
            let op0 = self.s[self.pos];
            self.pos += len;
            let rhs = self.parse(prec)?;
            lhs = combine(op0, lhs, rhs)?;
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Val, String> {
        self.skip_ws();
        let Some(&c) = self.s.get(self.pos) else {
            return Err(format!("missing operand in '{}'", self.src));
        };
        match c {
            b'-' | b'+' | b'~' => {
                self.pos += 1;
                let v = self.unary()?;
                match c {
                    b'+' => Ok(v),
                    b'-' => {
                        let e = v.0;
                        if e.add.is_some() && e.sub.is_some() || e.add.is_none() && e.sub.is_some()
                        {
                            // -(a - b) = b - a  /  -(-b) = b
                            Ok(Val(Expr {
                                add: e.sub,
                                sub: e.add,
                                addend: e.addend.wrapping_neg(),
                            }))
                        } else if e.add.is_some() {
                            Ok(Val(Expr {
                                add: None,
                                sub: e.add,
                                addend: e.addend.wrapping_neg(),
                            }))
                        } else {
                            Ok(Val(Expr::constant(e.addend.wrapping_neg())))
                        }
                    }
                    _ => Ok(Val(Expr::constant(!constant(v)?))),
                }
            }
            b'(' => {
                self.pos += 1;
                let v = self.parse(0)?;
                self.skip_ws();
                if self.s.get(self.pos) != Some(&b')') {
                    return Err(format!("missing ')' in '{}'", self.src));
                }
                self.pos += 1;
                Ok(v)
            }
            b'\'' => {
                let ch = *self.s.get(self.pos + 1).ok_or("bad character constant")?;
                let (v, len) = if ch == b'\\' {
                    let e = *self.s.get(self.pos + 2).ok_or("bad character constant")?;
                    let v = match e {
                        b'n' => b'\n',
                        b't' => b'\t',
                        b'0' => 0,
                        other => other,
                    };
                    (v, 3)
                } else {
                    (ch, 2)
                };
                self.pos += len;
                if self.s.get(self.pos) == Some(&b'\'') {
                    self.pos += 1;
                }
                Ok(Val(Expr::constant(v.into())))
            }
            b'0'..=b'9' => {
                let start = self.pos;
                while self.pos < self.s.len() && self.s[self.pos].is_ascii_alphanumeric() {
                    self.pos += 1;
                }
                let t = &self.src[start..self.pos];
                parse_number(t).map(|n| Val(Expr::constant(n)))
            }
            c if is_ident_start(c) => {
                let start = self.pos;
                while self.pos < self.s.len() && is_ident(self.s[self.pos]) {
                    self.pos += 1;
                }
                let name = &self.src[start..self.pos];
                if name == "." {
                    let l = self.p.asm.here();
                    return Ok(Val(Expr::label(l, 0)));
                }
                if Reg::parse(name).is_some() {
                    return Err(format!("register '{name}' not allowed in an expression"));
                }
                match self.p.syms.get(name) {
                    Some(Sym::Const(v)) => Ok(Val(Expr::constant(*v))),
                    _ => {
                        let l = self.p.label_for(name);
                        Ok(Val(Expr::label(l, 0)))
                    }
                }
            }
            _ => Err(format!("bad expression '{}'", self.src)),
        }
    }
}

fn constant(v: Val) -> Result<i64, String> {
    if v.0.is_constant() {
        Ok(v.0.addend)
    } else {
        Err("only + and - are allowed with labels".into())
    }
}

fn combine(op: u8, a: Val, b: Val) -> Result<Val, String> {
    let (x, y) = (a.0, b.0);
    if op == b'+' || op == b'-' {
        let (badd, bsub) = if op == b'+' {
            (y.add, y.sub)
        } else {
            (y.sub, y.add)
        };
        let k = if op == b'+' {
            x.addend.wrapping_add(y.addend)
        } else {
            x.addend.wrapping_sub(y.addend)
        };
        let mut add = x.add;
        let mut sub = x.sub;
        if let Some(l) = badd {
            if sub == Some(l) {
                sub = None; // l - l cancels
            } else if add.is_none() {
                add = Some(l);
            } else {
                return Err("expression with too many labels".into());
            }
        }
        if let Some(l) = bsub {
            if add == Some(l) {
                add = None;
            } else if sub.is_none() {
                sub = Some(l);
            } else {
                return Err("expression with too many labels".into());
            }
        }
        return Ok(Val(Expr {
            add,
            sub,
            addend: k,
        }));
    }
    let (p, q) = (constant(a)?, constant(b)?);
    let v = match op {
        b'*' => p.wrapping_mul(q),
        b'/' | b'%' => {
            if q == 0 {
                return Err("division by zero".into());
            }
            if op == b'/' {
                p.wrapping_div(q)
            } else {
                p.wrapping_rem(q)
            }
        }
        b'<' => p.wrapping_shl((q & 63) as u32),
        b'>' => p.wrapping_shr((q & 63) as u32),
        b'&' => p & q,
        b'|' => p | q,
        b'^' => p ^ q,
        _ => return Err("bad operator".into()),
    };
    Ok(Val(Expr::constant(v)))
}

fn parse_number(t: &str) -> Result<i64, String> {
    let bad = || format!("bad number '{t}'");
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h, 16)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    if digits.is_empty() {
        return Err(bad());
    }
    let v = u64::from_str_radix(digits, radix).map_err(|_| bad())?;
    // Like GNU as, 64-bit values wrap.
    Ok(v as i64)
}
