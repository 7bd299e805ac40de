//! The tokenizer: turns Python source text into a flat vector of tokens, including the
//! synthetic NEWLINE / INDENT / DEDENT tokens that carry the block structure.
//!
//! Plain string and bytes literals are fully decoded here; f-strings are handed to the
//! parser as their undecoded body text, because their `{...}` fields hold expressions.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{Constant, SyntaxError, SyntaxErrorKind};

/// Maximum nesting of brackets (CPython's tokenizer uses the same limit).
pub const MAX_PAREN_DEPTH: usize = 200;
/// Maximum number of indentation levels.
pub const MAX_INDENT_DEPTH: usize = 100;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators and delimiters, longest first within each leading character.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "@=", "==", "!=", "<=", ">=", "**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    /// A reserved word (always one of `KEYWORDS`).
    Kw(&'static str),
    /// An operator or delimiter (always one of `OPERATORS`).
    Op(&'static str),
    Num(Constant),
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: its body exactly as written between the quotes; `raw` for `rf"..."`.
    /// `body_col` is the 1-based column where the body starts.
    FStr {
        body: String,
        raw: bool,
        body_col: u32,
    },
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    /// 1-based column (in characters).
    pub col: u32,
}

pub fn err(kind: SyntaxErrorKind, msg: String, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        kind,
        msg,
        line,
        col,
    }
}

pub fn syntax_err(msg: &str, line: u32, col: u32) -> SyntaxError {
    err(SyntaxErrorKind::SyntaxError, String::from(msg), line, col)
}

/// The longest operator at the start of `rest`.
fn find_operator(rest: &[u8]) -> Option<&'static str> {
    let first = *rest.first()?;
    if !b"!%&()*+,-./:;<=>@[]^{|}~".contains(&first) {
        return None;
    }
    OPERATORS
        .iter()
        .find(|op| op.as_bytes()[0] == first && rest.starts_with(op.as_bytes()))
        .copied()
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    /// Byte offset where the current line starts (for computing columns).
    line_start: usize,
    /// Character count of the bytes between `line_start` and `col_cache_pos`, to keep column
    /// computation linear even on long lines with non-ASCII text.
    col_cache_pos: usize,
    col_cache: u32,
    toks: Vec<Token>,
    /// Open brackets: (char, line, col).
    parens: Vec<(u8, u32, u32)>,
    /// Indentation stack: (columns with tabs to 8, columns with tabs as 1).
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
    /// Lexing the expression of an f-string field: behave as if inside parentheses.
    implicit_paren: bool,
}

/// Tokenize a whole module.
pub fn tokenize(src: &str) -> Result<Vec<Token>, SyntaxError> {
    let normalized;
    let src = if src.contains('\r') {
        normalized = src.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        src
    };
    let mut lx = Lexer::new(src, 1, false);
    lx.run()?;
    Ok(lx.toks)
}

/// Tokenize an expression embedded in an f-string (newlines are insignificant, there is no
/// NEWLINE token at the end). `line` is the line the text starts on.
pub fn tokenize_expr(src: &str, line: u32) -> Result<Vec<Token>, SyntaxError> {
    let mut lx = Lexer::new(src, line, true);
    lx.run()?;
    Ok(lx.toks)
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, line: u32, implicit_paren: bool) -> Self {
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            line,
            line_start: 0,
            col_cache_pos: 0,
            col_cache: 0,
            toks: Vec::new(),
            parens: Vec::new(),
            indents: alloc::vec![(0, 0)],
            at_line_start: !implicit_paren,
            implicit_paren,
        }
    }

    /// 1-based column of byte offset `pos` (which must be on the current line, at or after
    /// the previous call's position).
    fn col_of(&mut self, pos: usize) -> u32 {
        if self.col_cache_pos < self.line_start || self.col_cache_pos > pos {
            self.col_cache_pos = self.line_start;
            self.col_cache = 0;
        }
        let seg = &self.src[self.col_cache_pos..pos];
        let n = if seg.is_ascii() {
            seg.len() as u32
        } else {
            seg.chars().count() as u32
        };
        self.col_cache += n;
        self.col_cache_pos = pos;
        self.col_cache + 1
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, off: usize) -> u8 {
        self.bytes.get(self.pos + off).copied().unwrap_or(0)
    }

    fn cur_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn in_parens(&self) -> bool {
        self.implicit_paren || !self.parens.is_empty()
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.toks.push(Token { tok, line, col });
    }

    fn newline(&mut self) {
        // self.pos points just past a '\n'
        self.line += 1;
        self.line_start = self.pos;
    }

    fn error_here(&mut self, msg: &str) -> SyntaxError {
        let col = self.col_of(self.pos);
        syntax_err(msg, self.line, col)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        loop {
            if self.at_line_start {
                if !self.handle_indentation()? {
                    break;
                }
                self.at_line_start = false;
            }
            let c = self.peek();
            if self.pos >= self.bytes.len() {
                break;
            }
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => self.skip_comment(),
                b'\n' => {
                    let col = self.col_of(self.pos);
                    self.pos += 1;
                    if !self.in_parens() {
                        let line = self.line;
                        self.push(Tok::Newline, line, col);
                        self.at_line_start = true;
                    }
                    self.newline();
                }
                b'\\' => {
                    if self.peek_at(1) == b'\n' {
                        self.pos += 2;
                        self.newline();
                        if self.pos >= self.bytes.len() {
                            return Err(self.error_here("unexpected EOF while parsing"));
                        }
                    } else if self.pos + 1 >= self.bytes.len() {
                        return Err(self.error_here("unexpected EOF while parsing"));
                    } else {
                        self.pos += 1;
                        return Err(self
                            .error_here("unexpected character after line continuation character"));
                    }
                }
                b'0'..=b'9' => self.lex_number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.lex_number()?,
                b'\'' | b'"' => self.lex_string()?,
                _ => {
                    let ch = self.cur_char().unwrap_or('\0');
                    if is_id_start(ch) {
                        self.lex_name()?;
                    } else if !self.lex_operator()? {
                        let col = self.col_of(self.pos);
                        let cp = ch as u32;
                        let msg = if ch.is_ascii_graphic() {
                            String::from("invalid syntax")
                        } else if ch.is_control() || ch == '\u{a0}' || ch.is_whitespace() {
                            format!("invalid non-printable character U+{:04X}", cp)
                        } else {
                            format!("invalid character '{}' (U+{:04X})", ch, cp)
                        };
                        return Err(err(SyntaxErrorKind::SyntaxError, msg, self.line, col));
                    }
                }
            }
        }
        self.finish()
    }

    fn skip_comment(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
            self.pos += 1;
        }
    }

    /// Process the indentation at the start of a logical line. Returns false at end of input.
    fn handle_indentation(&mut self) -> Result<bool, SyntaxError> {
        loop {
            let mut col = 0u32;
            let mut alt = 0u32;
            while self.pos < self.bytes.len() {
                match self.bytes[self.pos] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek() {
                _ if self.pos >= self.bytes.len() => return Ok(false),
                b'#' => {
                    self.skip_comment();
                    continue;
                }
                b'\n' => {
                    self.pos += 1;
                    self.newline();
                    continue;
                }
                b'\\' if self.peek_at(1) == b'\n' => {
                    // A backslash continuation at the start of a line: the indentation
                    // counts from this line, the rest joins on.
                    self.pos += 2;
                    self.newline();
                    if self.pos >= self.bytes.len() {
                        return Err(self.error_here("unexpected EOF while parsing"));
                    }
                }
                _ => {}
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            let line = self.line;
            let ccol = self.col_of(self.pos);
            let tab_err = || {
                err(
                    SyntaxErrorKind::IndentationError,
                    String::from("inconsistent use of tabs and spaces in indentation"),
                    line,
                    ccol,
                )
            };
            if col == top {
                if alt != top_alt {
                    return Err(tab_err());
                }
            } else if col > top {
                if alt <= top_alt {
                    return Err(tab_err());
                }
                if self.indents.len() > MAX_INDENT_DEPTH {
                    return Err(err(
                        SyntaxErrorKind::IndentationError,
                        String::from("too many levels of indentation"),
                        line,
                        ccol,
                    ));
                }
                self.indents.push((col, alt));
                self.push(Tok::Indent, line, ccol);
            } else {
                while let Some(&(t, _)) = self.indents.last() {
                    if t <= col {
                        break;
                    }
                    self.indents.pop();
                    self.push(Tok::Dedent, line, ccol);
                }
                let (t, ta) = self.indents.last().copied().unwrap_or((0, 0));
                if t != col {
                    return Err(err(
                        SyntaxErrorKind::IndentationError,
                        String::from("unindent does not match any outer indentation level"),
                        line,
                        ccol,
                    ));
                }
                if ta != alt {
                    return Err(tab_err());
                }
            }
            return Ok(true);
        }
    }

    fn finish(&mut self) -> Result<(), SyntaxError> {
        if let Some(&(c, line, col)) = self.parens.last() {
            return Err(err(
                SyntaxErrorKind::SyntaxError,
                format!("'{}' was never closed", c as char),
                line,
                col,
            ));
        }
        let line = self.line;
        let col = self.col_of(self.pos);
        if !self.implicit_paren {
            if let Some(last) = self.toks.last() {
                if last.tok != Tok::Newline && last.tok != Tok::Dedent {
                    self.push(Tok::Newline, line, col);
                }
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(Tok::Dedent, line, col);
            }
        }
        self.push(Tok::End, line, col);
        Ok(())
    }

    fn lex_name(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let col = self.col_of(start);
        // string prefix?
        let mut i = start;
        while i < self.bytes.len() && i - start < 2 && self.bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        for end in (start + 1..=i).rev() {
            if matches!(self.bytes.get(end), Some(b'\'') | Some(b'"')) {
                let p = &self.src[start..end];
                if let Some(flags) = string_prefix(p) {
                    self.pos = end;
                    return self.lex_string_at(flags, col);
                }
            }
        }
        let rest = &self.src[start..];
        let mut len = 0;
        for ch in rest.chars() {
            if is_id_continue(ch) {
                len += ch.len_utf8();
            } else {
                break;
            }
        }
        self.pos = start + len;
        let name = &self.src[start..self.pos];
        let kw = if (2..=8).contains(&name.len()) && name.as_bytes()[0].is_ascii_alphabetic() {
            KEYWORDS.iter().find(|k| **k == name)
        } else {
            None
        };
        let tok = match kw {
            Some(k) => Tok::Kw(k),
            None => Tok::Name(String::from(name)),
        };
        let line = self.line;
        self.push(tok, line, col);
        Ok(())
    }

    fn lex_operator(&mut self) -> Result<bool, SyntaxError> {
        let rest = &self.bytes[self.pos..];
        let op = match find_operator(rest) {
            Some(op) => op,
            None => return Ok(false),
        };
        let line = self.line;
        let col = self.col_of(self.pos);
        match op {
            "(" | "[" | "{" => {
                if self.parens.len() >= MAX_PAREN_DEPTH {
                    return Err(syntax_err("too many nested parentheses", line, col));
                }
                self.parens.push((op.as_bytes()[0], line, col));
            }
            ")" | "]" | "}" => {
                let close = op.as_bytes()[0];
                match self.parens.pop() {
                    None => {
                        return Err(err(
                            SyntaxErrorKind::SyntaxError,
                            format!("unmatched '{}'", op),
                            line,
                            col,
                        ))
                    }
                    Some((open, oline, _)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if expected != close {
                            let msg = if oline != line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    op, open as char, oline
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    op, open as char
                                )
                            };
                            return Err(err(SyntaxErrorKind::SyntaxError, msg, line, col));
                        }
                    }
                }
            }
            _ => {}
        }
        self.pos += op.len();
        self.push(Tok::Op(op), line, col);
        Ok(true)
    }

    fn lex_number(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let line = self.line;
        let col = self.col_of(start);
        let b = self.bytes;
        let radix = if b[start] == b'0' {
            match self.peek_at(1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => 10,
            }
        } else {
            10
        };
        if radix != 10 {
            self.pos += 2;
            let name = match radix {
                16 => "hexadecimal",
                8 => "octal",
                _ => "binary",
            };
            let mut digits = String::new();
            loop {
                let c = self.peek();
                if c == b'_' {
                    self.pos += 1;
                    if !(self.peek() as char).is_digit(radix) {
                        return Err(self.error_here(&format!("invalid {} literal", name)));
                    }
                    continue;
                }
                if (c as char).is_digit(radix) {
                    digits.push(c as char);
                    self.pos += 1;
                } else if c.is_ascii_digit() {
                    return Err(self.error_here(&format!(
                        "invalid digit '{}' in {} literal",
                        c as char, name
                    )));
                } else {
                    break;
                }
            }
            if digits.is_empty() {
                return Err(self.error_here(&format!("invalid {} literal", name)));
            }
            self.check_number_end(name)?;
            let value = int_constant(digits, radix);
            self.push(Tok::Num(value), line, col);
            return Ok(());
        }
        // decimal int or float
        let mut text = String::new();
        self.scan_digits(&mut text)?;
        let mut is_float = false;
        if self.peek() == b'.' {
            is_float = true;
            text.push('.');
            self.pos += 1;
            if self.peek().is_ascii_digit() {
                self.scan_digits(&mut text)?;
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            let mut exp = String::from("e");
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                exp.push(self.peek() as char);
                self.pos += 1;
            }
            if self.peek().is_ascii_digit() {
                self.scan_digits(&mut exp)?;
                text.push_str(&exp);
                is_float = true;
            } else {
                // not an exponent: `1else` is fine, `1e` is not (check_number_end decides)
                self.pos = save;
            }
        }
        let value = if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            Constant::Imag(parse_float(&text))
        } else if is_float {
            Constant::Float(parse_float(&text))
        } else {
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
                return Err(syntax_err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line,
                    col,
                ));
            }
            int_constant(text, 10)
        };
        self.check_number_end("decimal")?;
        self.push(Tok::Num(value), line, col);
        Ok(())
    }

    /// Scan `[0-9](_?[0-9])*` into `out`.
    fn scan_digits(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        loop {
            let c = self.peek();
            if c.is_ascii_digit() {
                out.push(c as char);
                self.pos += 1;
            } else if c == b'_' {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.error_here("invalid decimal literal"));
                }
            } else {
                return Ok(());
            }
        }
    }

    /// A number must not run into a name (`1abc`), except for a few keywords (`1if x else y`).
    fn check_number_end(&mut self, name: &str) -> Result<(), SyntaxError> {
        let ch = match self.cur_char() {
            Some(c) => c,
            None => return Ok(()),
        };
        if !is_id_continue(ch) {
            return Ok(());
        }
        let rest = &self.src[self.pos..];
        let word: &str = {
            let n = rest
                .char_indices()
                .find(|&(_, c)| !is_id_continue(c))
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            &rest[..n]
        };
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if word.starts_with(kw) {
                return Ok(());
            }
        }
        Err(self.error_here(&format!("invalid {} literal", name)))
    }

    fn lex_string(&mut self) -> Result<(), SyntaxError> {
        let col = self.col_of(self.pos);
        self.lex_string_at(0, col)
    }

    /// Lex a string literal whose prefix (if any) started at byte `start`; `self.pos` is at
    /// the opening quote.
    fn lex_string_at(&mut self, flags: u8, col: u32) -> Result<(), SyntaxError> {
        let line = self.line;
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let qlen = if triple { 3 } else { 1 };
        let body_start = self.pos + qlen;
        let body_col = self.col_of(self.pos) + qlen as u32;
        self.pos = body_start;
        let body_end;
        loop {
            if self.pos >= self.bytes.len() {
                // CPython counts the final newline as ending the last line
                let detected = if self.bytes.last() == Some(&b'\n') {
                    self.line.saturating_sub(1).max(line)
                } else {
                    self.line
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        detected
                    )
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        detected
                    )
                };
                return Err(err(SyntaxErrorKind::SyntaxError, msg, line, col));
            }
            let c = self.bytes[self.pos];
            if c == b'\\' {
                self.pos += 1;
                if self.peek() == b'\n' {
                    self.pos += 1;
                    self.newline();
                } else if self.pos < self.bytes.len() {
                    self.pos += 1;
                }
            } else if c == b'\n' {
                if !triple {
                    return Err(err(
                        SyntaxErrorKind::SyntaxError,
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col,
                    ));
                }
                self.pos += 1;
                self.newline();
            } else if c == quote
                && (!triple || (self.peek_at(1) == quote && self.peek_at(2) == quote))
            {
                body_end = self.pos;
                self.pos += qlen;
                break;
            } else {
                self.pos += 1;
            }
        }
        // Continuation lines inside the string were counted; make sure `pos` is not inside a
        // char (quotes are ASCII, so it is not).
        let body = &self.src[body_start..body_end];
        let raw = flags & F_RAW != 0;
        let tok = if flags & F_FSTR != 0 {
            Tok::FStr {
                body: String::from(body),
                raw,
                body_col,
            }
        } else if flags & F_BYTES != 0 {
            if !body.is_ascii() {
                return Err(syntax_err(
                    "bytes can only contain ASCII literal characters",
                    line,
                    col,
                ));
            }
            if raw {
                Tok::Bytes(Vec::from(body.as_bytes()))
            } else {
                let mut out = Vec::with_capacity(body.len());
                decode_bytes(body, &mut out)
                    .map_err(|m| err(SyntaxErrorKind::SyntaxError, m, line, col))?;
                Tok::Bytes(out)
            }
        } else if raw {
            Tok::Str(String::from(body))
        } else {
            let mut out = String::with_capacity(body.len());
            decode_str(body, &mut out)
                .map_err(|m| err(SyntaxErrorKind::SyntaxError, m, line, col))?;
            Tok::Str(out)
        };
        self.push(tok, line, col);
        Ok(())
    }
}

const F_RAW: u8 = 1;
const F_BYTES: u8 = 2;
const F_FSTR: u8 = 4;

/// Flags for a string prefix (case-insensitive), or None if it is not one.
fn string_prefix(p: &str) -> Option<u8> {
    let mut flags = 0u8;
    for c in p.bytes() {
        let f = match c.to_ascii_lowercase() {
            b'r' => F_RAW,
            b'b' => F_BYTES,
            b'f' => F_FSTR,
            b'u' => {
                if p.len() != 1 {
                    return None;
                }
                0
            }
            _ => return None,
        };
        if flags & f != 0 {
            return None;
        }
        flags |= f;
    }
    if flags & F_BYTES != 0 && flags & F_FSTR != 0 {
        return None;
    }
    Some(flags)
}

fn int_constant(digits: String, radix: u32) -> Constant {
    match i64::from_str_radix(&digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => {
            let trimmed = digits.trim_start_matches('0');
            Constant::BigInt {
                digits: String::from(trimmed),
                radix,
            }
        }
    }
}

fn parse_float(text: &str) -> f64 {
    // `text` is always a well-formed decimal float ("1.", ".5", "1e-3"), which Rust accepts
    // except for a trailing '.' before an exponent/end, which it accepts too.
    text.parse::<f64>().unwrap_or(f64::NAN)
}

fn hex_val(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

/// Decode the escapes of a (non-raw) string literal body.
pub fn decode_str(body: &str, out: &mut String) -> Result<(), String> {
    let mut rest = body;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let consumed = decode_str_escape(rest, out)?;
        rest = &rest[consumed..];
    }
    out.push_str(rest);
    Ok(())
}

/// Decode one escape sequence at the start of `s` (which begins with a backslash), appending
/// to `out`; returns the number of bytes consumed.
pub fn decode_str_escape(s: &str, out: &mut String) -> Result<usize, String> {
    let b = s.as_bytes();
    let c = match s[1..].chars().next() {
        Some(c) => c,
        None => {
            out.push('\\');
            return Ok(1);
        }
    };
    let simple = match c {
        '\n' => Some(None),
        '\\' => Some(Some('\\')),
        '\'' => Some(Some('\'')),
        '"' => Some(Some('"')),
        'a' => Some(Some('\x07')),
        'b' => Some(Some('\x08')),
        'f' => Some(Some('\x0c')),
        'v' => Some(Some('\x0b')),
        'n' => Some(Some('\n')),
        'r' => Some(Some('\r')),
        't' => Some(Some('\t')),
        _ => None,
    };
    if let Some(ch) = simple {
        if let Some(ch) = ch {
            out.push(ch);
        }
        return Ok(2);
    }
    match c {
        '0'..='7' => {
            let mut n = 1;
            let mut v = 0u32;
            while n <= 3 && n < b.len() && (b'0'..=b'7').contains(&b[n]) {
                v = v * 8 + (b[n] - b'0') as u32;
                n += 1;
            }
            out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            Ok(n)
        }
        'x' | 'u' | 'U' => {
            let len = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let digits = s.get(2..2 + len).unwrap_or("");
            let v = match hex_val(digits) {
                Some(v) if digits.len() == len => v,
                _ => {
                    let got = s[2..]
                        .bytes()
                        .take(len)
                        .take_while(|c| c.is_ascii_hexdigit())
                        .count();
                    let name = match c {
                        'x' => "\\xXX",
                        'u' => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    };
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-{}: truncated {} escape",
                        got + 1,
                        name
                    ));
                }
            };
            match char::from_u32(v) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(if (0xd800..0xe000).contains(&v) {
                        String::from("(unicode error) surrogate characters are not supported")
                    } else {
                        String::from(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
                        )
                    })
                }
            }
            Ok(2 + len)
        }
        'N' => Err(String::from(
            "(unicode error) \\N{...} escapes are not supported",
        )),
        other => {
            // unknown escape: kept literally
            out.push('\\');
            out.push(other);
            Ok(1 + other.len_utf8())
        }
    }
}

/// Decode the escapes of a (non-raw, ASCII) bytes literal body.
pub fn decode_bytes(body: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b.get(i + 1).copied().unwrap_or(0);
        i += 2;
        match e {
            0 => {
                out.push(b'\\');
                i -= 1;
            }
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let digits = body.get(i..i + 2).unwrap_or("");
                match hex_val(digits) {
                    Some(v) if digits.len() == 2 => out.push(v as u8),
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn kinds(src: &str) -> Vec<Tok> {
        tokenize(src).unwrap().into_iter().map(|t| t.tok).collect()
    }

    fn lex_err(src: &str) -> SyntaxError {
        tokenize(src).unwrap_err()
    }

    fn name(s: &str) -> Tok {
        Tok::Name(String::from(s))
    }

    #[test]
    fn simple_tokens_and_newline_at_eof() {
        assert_eq!(
            kinds("x = 1"),
            vec![
                name("x"),
                Tok::Op("="),
                Tok::Num(Constant::Int(1)),
                Tok::Newline,
                Tok::End
            ]
        );
        assert_eq!(kinds(""), vec![Tok::End]);
        assert_eq!(kinds("\n\n# c\n"), vec![Tok::End]);
    }

    #[test]
    fn operators_longest_match() {
        assert_eq!(
            kinds("a **= b //= c := d -> e @= f ... @ != <<="),
            vec![
                name("a"),
                Tok::Op("**="),
                name("b"),
                Tok::Op("//="),
                name("c"),
                Tok::Op(":="),
                name("d"),
                Tok::Op("->"),
                name("e"),
                Tok::Op("@="),
                name("f"),
                Tok::Op("..."),
                Tok::Op("@"),
                Tok::Op("!="),
                Tok::Op("<<="),
                Tok::Newline,
                Tok::End
            ]
        );
    }

    #[test]
    fn indent_dedent() {
        let e = lex_err("if x:\n    y\n    if z:\n\tw\n");
        assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
        let toks = kinds("if x:\n  y\n  if z:\n    w\nv");
        assert_eq!(
            toks,
            vec![
                Tok::Kw("if"),
                name("x"),
                Tok::Op(":"),
                Tok::Newline,
                Tok::Indent,
                name("y"),
                Tok::Newline,
                Tok::Kw("if"),
                name("z"),
                Tok::Op(":"),
                Tok::Newline,
                Tok::Indent,
                name("w"),
                Tok::Newline,
                Tok::Dedent,
                Tok::Dedent,
                name("v"),
                Tok::Newline,
                Tok::End,
            ]
        );
    }

    #[test]
    fn dedent_mismatch() {
        let e = lex_err("if x:\n  a\n b\n");
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
        assert_eq!(e.line, 3);
    }

    #[test]
    fn implicit_joining_and_backslash() {
        assert_eq!(
            kinds("(a,\n   b)\\\n + c"),
            vec![
                Tok::Op("("),
                name("a"),
                Tok::Op(","),
                name("b"),
                Tok::Op(")"),
                Tok::Op("+"),
                name("c"),
                Tok::Newline,
                Tok::End
            ]
        );
        let e = lex_err("a \\ b");
        assert_eq!(
            e.msg,
            "unexpected character after line continuation character"
        );
    }

    #[test]
    fn token_positions() {
        let toks = tokenize("ab = 'é' + cd").unwrap();
        assert_eq!((toks[0].line, toks[0].col), (1, 1));
        assert_eq!((toks[2].line, toks[2].col), (1, 6));
        assert_eq!((toks[4].line, toks[4].col), (1, 12));
        let toks = tokenize("x\ny = (1,\n 2)").unwrap();
        assert_eq!((toks[7].line, toks[7].col), (3, 2));
    }

    #[test]
    fn numbers() {
        let n = |s: &str| match &kinds(s)[0] {
            Tok::Num(c) => c.clone(),
            t => panic!("{:?}", t),
        };
        assert_eq!(n("0x_ff"), Constant::Int(255));
        assert_eq!(n("0o17"), Constant::Int(15));
        assert_eq!(n("0B1010"), Constant::Int(10));
        assert_eq!(n("1_000_000"), Constant::Int(1000000));
        assert_eq!(n("000"), Constant::Int(0));
        assert_eq!(n("1."), Constant::Float(1.0));
        assert_eq!(n(".5"), Constant::Float(0.5));
        assert_eq!(n("1e-3"), Constant::Float(0.001));
        assert_eq!(n("1_000.5"), Constant::Float(1000.5));
        assert_eq!(n("1E3"), Constant::Float(1000.0));
        assert_eq!(n("2j"), Constant::Imag(2.0));
        assert_eq!(n("1.5J"), Constant::Imag(1.5));
        assert_eq!(n("9223372036854775807"), Constant::Int(i64::MAX));
        assert_eq!(
            n("9223372036854775808"),
            Constant::BigInt {
                digits: String::from("9223372036854775808"),
                radix: 10
            }
        );
        assert_eq!(
            n("0xffff_ffff_ffff_ffff_f"),
            Constant::BigInt {
                digits: String::from("fffffffffffffffff"),
                radix: 16
            }
        );
    }

    #[test]
    fn number_errors() {
        assert_eq!(lex_err("1abc").msg, "invalid decimal literal");
        assert_eq!(lex_err("x = 1_").msg, "invalid decimal literal");
        assert_eq!(lex_err("1__0").msg, "invalid decimal literal");
        assert_eq!(lex_err("0b2").msg, "invalid digit '2' in binary literal");
        assert_eq!(lex_err("0x").msg, "invalid hexadecimal literal");
        assert_eq!(lex_err("0o8").msg, "invalid digit '8' in octal literal");
        assert!(lex_err("0123").msg.starts_with("leading zeros"));
        assert_eq!(lex_err("1e").msg, "invalid decimal literal");
        // keyword directly after a number is fine
        assert_eq!(kinds("1if x else 2")[1], Tok::Kw("if"));
        assert_eq!(kinds("1else")[1], Tok::Kw("else"));
        assert_eq!(lex_err("1e_1").msg, "invalid decimal literal");
    }

    #[test]
    fn strings_and_escapes() {
        let s = |src: &str| match &kinds(src)[0] {
            Tok::Str(c) => c.clone(),
            t => panic!("{:?}", t),
        };
        assert_eq!(
            s(r#"'a\n\t\\\'\"\a\b\f\v\r'"#),
            "a\n\t\\'\"\x07\x08\x0c\x0b\r"
        );
        assert_eq!(s(r"'\0\101\777'"), "\0A\u{1ff}");
        assert_eq!(s(r"'\x41\u20ac\U0001F600'"), "A€😀");
        assert_eq!(s(r"'\d\q'"), "\\d\\q");
        assert_eq!(s("'a\\\nb'"), "ab");
        assert_eq!(s(r"r'\n\''"), "\\n\\'");
        assert_eq!(s(r"R'\d'"), "\\d");
        assert_eq!(s("u'x'"), "x");
        assert_eq!(s("'''a\n'b'\"\"\"'''"), "a\n'b'\"\"\"");
        assert_eq!(s("\"\"\"x\"\"\""), "x");
        assert_eq!(s("''"), "");
        assert!(lex_err(r"'\x4'").msg.contains("truncated \\xXX escape"));
        assert!(lex_err(r"'\N{BULLET}'").msg.starts_with("(unicode error)"));
    }

    #[test]
    fn bytes_literals() {
        let b = |src: &str| match &kinds(src)[0] {
            Tok::Bytes(c) => c.clone(),
            t => panic!("{:?}", t),
        };
        assert_eq!(b(r"b'a\x00\xff\777\n'"), vec![b'a', 0, 255, 255, b'\n']);
        assert_eq!(b(r"br'\x00'"), b"\\x00".to_vec());
        assert_eq!(b(r"Rb'\n'"), b"\\n".to_vec());
        assert_eq!(b(r"b'\u1234'"), b"\\u1234".to_vec());
        assert_eq!(
            lex_err("b'é'").msg,
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            lex_err(r"b'\x4'").msg,
            "(value error) invalid \\x escape at position 0"
        );
    }

    #[test]
    fn fstring_token() {
        assert_eq!(
            kinds("rf'{x}\\n'")[0],
            Tok::FStr {
                body: String::from("{x}\\n"),
                raw: true,
                body_col: 4
            }
        );
        assert_eq!(kinds("bf''")[0], name("bf"));
    }

    #[test]
    fn string_errors() {
        let e = lex_err("x = 'abc");
        assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
        assert_eq!((e.line, e.col), (1, 5));
        let e = lex_err("x = '''abc\n\n");
        assert_eq!(
            e.msg,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(e.line, 1);
        let e = lex_err("\nx = 'ab\n'");
        assert_eq!(e.msg, "unterminated string literal (detected at line 2)");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn bracket_errors() {
        let e = lex_err("x = (1,\n2");
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!((e.line, e.col), (1, 5));
        assert_eq!(lex_err("x = [1,\n2]]").msg, "unmatched ']'");
        assert_eq!(
            lex_err("x = (1]").msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        let deep = "(".repeat(10000);
        assert_eq!(lex_err(&deep).msg, "too many nested parentheses");
    }

    #[test]
    fn invalid_characters() {
        let e = lex_err("a = €");
        assert_eq!(e.msg, "invalid character '€' (U+20AC)");
        assert_eq!(e.col, 5);
        assert_eq!(lex_err("a $ b").msg, "invalid syntax");
        assert_eq!(
            lex_err("a\u{a0}b").msg,
            "invalid non-printable character U+00A0"
        );
        // non-ASCII identifiers are fine
        assert_eq!(kinds("héllo")[0], name("héllo"));
    }

    #[test]
    fn deep_indentation_is_an_error() {
        let mut src = String::new();
        for i in 0..150 {
            for _ in 0..i {
                src.push(' ');
            }
            src.push_str("if x:\n");
        }
        let e = lex_err(&src);
        assert_eq!(e.msg, "too many levels of indentation");
    }

    #[test]
    fn expr_mode_ignores_newlines() {
        let toks = tokenize_expr("a +\n b", 5).unwrap();
        assert_eq!(toks.len(), 4);
        assert_eq!(toks[2].line, 6);
        assert_eq!(toks[3].tok, Tok::End);
    }
}
