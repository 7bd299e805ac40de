//! The field parser of `str.format` (CPython's `MarkupIterator` and field-name splitting).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::FormatError;

/// The argument a replacement field refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldArg {
    /// Positional argument. Automatic numbering (`{}`) is already resolved to an index.
    Index(usize),
    /// Keyword argument (any field name that is not all digits).
    Name(String),
}

/// One `.attr` or `[key]` step after the field's argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    /// `[123]`: an all-digit key, used as an integer index.
    Index(usize),
    /// `[key]`: any other key, used as a str.
    Key(String),
}

/// A piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FmtPiece {
    Literal(String),
    Field {
        arg: FieldArg,
        attrs: Vec<Accessor>,
        /// `'r'`, `'s'` or `'a'`.
        conversion: Option<char>,
        /// The raw format spec (may contain nested `{...}` fields).
        spec: String,
        /// The spec parsed into pieces when it contains nested fields (else empty): format
        /// each nested field and concatenate, e.g. with [`expand_spec`], to get the actual
        /// spec. Nested specs cannot nest further.
        nested: Vec<FmtPiece>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Parser {
    auto: AutoState,
    next_auto: usize,
}

fn err(msg: &str) -> FormatError {
    FormatError::value(msg)
}

/// Parses a digit-only string as an index (`None` if not all digits or empty).
fn get_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in s.bytes() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(usize::from(c - b'0')))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| err("Too many decimal digits in format string"))?;
    }
    Ok(Some(v))
}

impl Parser {
    fn parse(&mut self, s: &[char], depth: u32) -> Result<Vec<FmtPiece>, FormatError> {
        if depth == 0 {
            return Err(err("Max string recursion exceeded"));
        }
        let mut pieces = Vec::new();
        let mut pos = 0;
        let end = s.len();
        let mut lit = String::new();
        while pos < end {
            let c = s[pos];
            pos += 1;
            if c != '{' && c != '}' {
                lit.push(c);
                continue;
            }
            let at_end = pos >= end;
            if c == '}' && (at_end || s[pos] != '}') {
                return Err(err("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(err("Single '{' encountered in format string"));
            }
            if s[pos] == c {
                lit.push(c);
                pos += 1;
                continue;
            }
            if !lit.is_empty() {
                pieces.push(FmtPiece::Literal(core::mem::take(&mut lit)));
            }
            pieces.push(self.parse_field(s, &mut pos, depth)?);
        }
        if !lit.is_empty() {
            pieces.push(FmtPiece::Literal(lit));
        }
        Ok(pieces)
    }

    /// Parses a field; `*pos` is just after its `{`.
    fn parse_field(
        &mut self,
        s: &[char],
        pos: &mut usize,
        depth: u32,
    ) -> Result<FmtPiece, FormatError> {
        let end = s.len();
        let name_start = *pos;
        let mut c = '\0';
        while *pos < end {
            c = s[*pos];
            *pos += 1;
            match c {
                '{' => return Err(err("unexpected '{' in field name")),
                '[' => {
                    while *pos < end && s[*pos] != ']' {
                        *pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name_end = if matches!(c, '}' | ':' | '!') {
            *pos - 1
        } else {
            *pos
        };
        let mut conversion = None;
        let mut spec = String::new();
        let mut needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if *pos >= end {
                    return Err(err("end of string while looking for conversion specifier"));
                }
                conversion = Some(s[*pos]);
                *pos += 1;
                if *pos < end {
                    let c2 = s[*pos];
                    *pos += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(err("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = *pos;
                let mut count = 1;
                let mut closed = false;
                while *pos < end {
                    let c3 = s[*pos];
                    *pos += 1;
                    match c3 {
                        '{' => {
                            needs_expanding = true;
                            count += 1;
                        }
                        '}' => {
                            count -= 1;
                            if count == 0 {
                                spec = s[spec_start..*pos - 1].iter().collect();
                                closed = true;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                if !closed {
                    return Err(err("unmatched '{' in format spec"));
                }
            }
        } else if c != '}' || name_end == end {
            return Err(err("expected '}' before end of string"));
        }
        // Split the field name: first part, then .attr / [key] accessors.
        let name = &s[name_start..name_end];
        let first_end = name
            .iter()
            .position(|c| *c == '.' || *c == '[')
            .unwrap_or(name.len());
        let first: String = name[..first_end].iter().collect();
        let first_idx = get_integer(&first)?;
        let empty = first.is_empty();
        let arg = if empty || first_idx.is_some() {
            if self.auto == AutoState::Init {
                self.auto = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if self.auto == AutoState::Manual && empty {
                return Err(err(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoState::Auto && !empty {
                return Err(err(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            match first_idx {
                Some(i) => FieldArg::Index(i),
                None => {
                    let i = self.next_auto;
                    self.next_auto += 1;
                    FieldArg::Index(i)
                }
            }
        } else {
            FieldArg::Name(first)
        };
        let attrs = parse_accessors(&name[first_end..])?;
        if let Some(conv) = conversion {
            if !matches!(conv, 'r' | 's' | 'a') {
                let code = conv as u32;
                return Err(if code > 32 && code < 127 {
                    FormatError::value(format!("Unknown conversion specifier {conv}"))
                } else {
                    FormatError::value(format!("Unknown conversion specifier \\x{code:x}"))
                });
            }
        }
        let nested = if needs_expanding {
            let sc: Vec<char> = spec.chars().collect();
            self.parse(&sc, depth - 1)?
        } else {
            Vec::new()
        };
        Ok(FmtPiece::Field {
            arg,
            attrs,
            conversion,
            spec,
            nested,
        })
    }
}

fn parse_accessors(rest: &[char]) -> Result<Vec<Accessor>, FormatError> {
    let mut out = Vec::new();
    let mut pos = 0;
    let end = rest.len();
    while pos < end {
        let c = rest[pos];
        pos += 1;
        let acc = match c {
            '.' => {
                let start = pos;
                while pos < end && rest[pos] != '.' && rest[pos] != '[' {
                    pos += 1;
                }
                let name: String = rest[start..pos].iter().collect();
                if name.is_empty() {
                    return Err(err("Empty attribute in format string"));
                }
                Accessor::Attr(name)
            }
            '[' => {
                let start = pos;
                while pos < end && rest[pos] != ']' {
                    pos += 1;
                }
                if pos >= end {
                    return Err(err("Missing ']' in format string"));
                }
                let key: String = rest[start..pos].iter().collect();
                pos += 1;
                if key.is_empty() {
                    return Err(err("Empty attribute in format string"));
                }
                match get_integer(&key)? {
                    Some(i) => Accessor::Index(i),
                    None => Accessor::Key(key),
                }
            }
            _ => {
                return Err(err(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        out.push(acc);
    }
    Ok(out)
}

/// Parses a `str.format` template into literal text and replacement fields, with automatic
/// field numbering resolved (in CPython's order: a field, then the fields nested in its
/// spec, then the next field). Errors are CPython's ValueError messages.
pub fn parse_format_string(s: &str) -> Result<Vec<FmtPiece>, FormatError> {
    let chars: Vec<char> = s.chars().collect();
    let mut p = Parser {
        auto: AutoState::Init,
        next_auto: 0,
    };
    p.parse(&chars, 2)
}

/// Builds the actual format spec of a field from its `nested` pieces: literals are copied and
/// each nested field is rendered by `render` (which looks up the argument, applies
/// accessors/conversion and formats it with the nested field's own, plain, spec).
pub fn expand_spec<E>(
    nested: &[FmtPiece],
    mut render: impl FnMut(&FmtPiece) -> Result<String, E>,
) -> Result<String, E> {
    let mut out = String::new();
    for p in nested {
        match p {
            FmtPiece::Literal(s) => out.push_str(s),
            field => out.push_str(&render(field)?),
        }
    }
    Ok(out)
}
