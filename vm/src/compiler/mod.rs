//! The bytecode compiler: AST -> `Code`, with CPython 3.11 scoping and semantics, following
//! the instruction set and exception-block model of `crate::bytecode`.
//!
//! `scope` resolves every name first; `stmt` and `expr` generate symbolic instructions for one
//! code object at a time (`Unit`); `assemble` lays them out into bytes, computing jump
//! offsets, the line table and the stack and block depths.

pub mod asm_xtensa;
pub mod assemble;
mod expr;
pub mod scope;
mod stmt;
#[cfg(test)]
mod tests;

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::ast::{self, Module, Stmt, StmtKind, SyntaxError, SyntaxErrorKind};
use crate::bytecode::*;
use assemble::{Instr, Label};
use scope::{NameScope, ScopeKind, SymTable};

/// How the source is used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module: the code returns None.
    File,
    /// REPL input: expression statements print their value (`PrintExpr`).
    Single,
    /// A single expression whose value the code returns.
    Eval,
}

/// Maximum nesting of expressions / statements walked recursively (keeps the Rust stack
/// bounded whatever the input).
pub const MAX_DEPTH: u32 = 200;
/// CPython's limit on statically nested blocks (loops, try, with).
pub const MAX_BLOCKS: usize = 20;

pub(crate) type CResult<T> = Result<T, SyntaxError>;

pub(crate) fn err(msg: String, line: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        line,
        col: 0,
    }
}

/// Compiles a parsed module into its code object (nested functions and classes are code
/// constants inside it).
pub fn compile(module: &Module, filename: &str, mode: Mode) -> CResult<Code> {
    let st = scope::build(module)?;
    let first_line = 1;
    let mut c = Compiler {
        st,
        filename,
        mode,
        units: Vec::new(),
        depth: 0,
    };
    c.enter_scope(0, "<module>", first_line, None)?;
    match mode {
        Mode::Eval => {
            let e = match module.body.as_slice() {
                [Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }] => e,
                _ => return Err(err("invalid syntax".to_string(), first_line)),
            };
            c.expr(e)?;
            c.emit0(Op::ReturnValue);
        }
        Mode::File | Mode::Single => {
            c.stmts(&module.body)?;
            c.emit0(Op::LoadNone);
            c.emit0(Op::ReturnValue);
        }
    }
    c.leave_scope()
}

/// A frame-block the code generator is inside of, for `break`/`continue`/`return` unwinding.
#[derive(Clone, Copy)]
pub(crate) enum FBlock<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    /// The iterator is on the stack.
    For {
        cont: Label,
        brk: Label,
    },
    /// The protected body of a `try` with handlers.
    TryExcept,
    /// The protected body of a `try` with a `finally`.
    FinallyTry(&'a [Stmt]),
    /// The exception path of a `finally` body: `prev exc` on the stack.
    FinallyEnd,
    /// A `with` body: `exit` on the stack.
    With,
    /// An `except` body: `prev` on the stack; the bound name (with its cleanup block).
    Handler(Option<&'a str>),
    /// A return value saved below an inline `finally` body.
    PopValue,
}

/// Constant-table key: equality by type and bits (`1`, `1.0`, `True`, `0.0`, `-0.0` differ).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    Big(String, u32),
    Float(u64),
    Imag(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::True => ConstKey::True,
        Const::False => ConstKey::False,
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt { digits, radix } => ConstKey::Big(digits.clone(), *radix),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Imag(f) => ConstKey::Imag(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

/// One code object being generated.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub code: Code,
    names_map: BTreeMap<String, u32>,
    consts_map: BTreeMap<ConstKey, u32>,
    pub slots: BTreeMap<String, u16>,
    pub instrs: Vec<Instr>,
    pub labels: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
}

pub(crate) struct Compiler<'a> {
    pub st: SymTable,
    pub filename: &'a str,
    pub mode: Mode,
    pub units: Vec<Unit<'a>>,
    pub depth: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no unit")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("no unit")
    }

    pub fn kind(&self) -> ScopeKind {
        self.st.scopes[self.ur().scope].kind
    }

    pub fn line(&self) -> u32 {
        self.ur().line
    }

    pub fn set_line(&mut self, line: u32) -> u32 {
        core::mem::replace(&mut self.u().line, line)
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            line,
        });
    }

    pub fn emit0(&mut self, op: Op) {
        self.emit(op, 0)
    }

    pub fn emit_jump(&mut self, op: Op, l: Label) {
        let u = self.u();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(l),
            line,
        });
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.names_map.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.names_map.insert(name.to_string(), i);
        i
    }

    pub fn const_index(&mut self, c: Const) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.consts_map.get(k) {
                return i;
            }
        }
        let i = u.code.consts.len() as u32;
        u.code.consts.push(c);
        if let Some(k) = key {
            u.consts_map.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit0(Op::LoadNone),
            Const::True => self.emit0(Op::LoadTrue),
            Const::False => self.emit0(Op::LoadFalse),
            Const::Int(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => {
                self.emit(Op::LoadSmallInt, zigzag_encode(i as i32))
            }
            c => {
                let k = self.const_index(c);
                self.emit(Op::LoadConst, k)
            }
        }
    }

    pub fn push_fblock(&mut self, b: FBlock<'a>) -> CResult<()> {
        let line = self.line();
        let u = self.u();
        if u.fblocks.len() >= MAX_BLOCKS {
            return Err(err("too many statically nested blocks".to_string(), line));
        }
        u.fblocks.push(b);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Increments the recursion depth, failing beyond `MAX_DEPTH`.
    pub fn enter(&mut self, msg: &str) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err(msg.to_string(), self.line()));
        }
        Ok(())
    }

    /// Emits the load, store or delete of a variable according to its scope.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        let line = self.line();
        if ctx != Ctx::Load && name == "__debug__" {
            let what = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            return Err(err(format!("cannot {what} __debug__"), line));
        }
        let scope = self.st.scopes[self.ur().scope].lookup(name);
        let slot = self.ur().slots.get(name).copied();
        let (op, arg) = match (scope, slot) {
            (NameScope::Local, Some(s)) => (
                match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                },
                s as u32,
            ),
            (NameScope::Cell | NameScope::Free, Some(s)) => (
                match ctx {
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                },
                s as u32,
            ),
            (NameScope::Name, _) => (
                match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                },
                self.name_index(name),
            ),
            (NameScope::GlobalExplicit | NameScope::GlobalImplicit, _) => (
                match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                },
                self.name_index(name),
            ),
            _ => {
                return Err(err(
                    format!("internal compiler error: no slot for '{name}'"),
                    line,
                ))
            }
        };
        self.emit(op, arg);
        Ok(())
    }

    /// Starts generating the code of scope `scope` (found by the symbol table).
    pub fn enter_scope(
        &mut self,
        scope: usize,
        name: &str,
        first_line: u32,
        args: Option<&ast::Arguments>,
    ) -> CResult<()> {
        let sc = &self.st.scopes[scope];
        let qualname = match self.units.last() {
            None => name.to_string(),
            Some(parent) => {
                let psc = &self.st.scopes[parent.scope];
                match psc.kind {
                    ScopeKind::Module => name.to_string(),
                    _ if psc.lookup(name) == NameScope::GlobalExplicit => name.to_string(),
                    ScopeKind::Class => format!("{}.{}", parent.code.qualname, name),
                    _ => format!("{}.<locals>.{}", parent.code.qualname, name),
                }
            }
        };
        let mut code = Code {
            name: name.to_string(),
            qualname,
            filename: self.filename.to_string(),
            first_line,
            ..Code::default()
        };
        let mut varnames: Vec<String> = Vec::new();
        match sc.kind {
            ScopeKind::Module => code.flags |= CO_NAME_DICT,
            ScopeKind::Class => {
                code.flags |= CO_NAME_DICT;
                if sc.class_cell {
                    varnames.push("__class__".to_string());
                    code.cellvars.push(0);
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                varnames.extend(sc.params.iter().cloned());
                for n in &sc.order {
                    let local =
                        matches!(sc.resolved.get(n), Some(NameScope::Local | NameScope::Cell));
                    if local && !sc.params.contains(n) {
                        varnames.push(n.clone());
                    }
                }
                if sc.generator {
                    code.flags |= CO_GENERATOR;
                }
                if let Some(a) = args {
                    code.argcount = (a.posonlyargs.len() + a.args.len()) as u16;
                    code.posonlyargcount = a.posonlyargs.len() as u16;
                    code.kwonlyargcount = a.kwonlyargs.len() as u16;
                    if a.vararg.is_some() {
                        code.flags |= CO_VARARGS;
                    }
                    if a.kwarg.is_some() {
                        code.flags |= CO_VARKEYWORDS;
                    }
                } else if sc.kind == ScopeKind::Comprehension {
                    code.argcount = 1;
                }
                for (i, n) in varnames.iter().enumerate() {
                    if sc.cells.contains(n) {
                        code.cellvars.push(i as u16);
                    }
                }
            }
        }
        varnames.extend(sc.freevars.iter().cloned());
        code.nfreevars = sc.freevars.len() as u16;
        if varnames.len() > u16::MAX as usize {
            return Err(err("too many local variables".to_string(), first_line));
        }
        let slots = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u16))
            .collect();
        code.varnames = varnames;
        self.units.push(Unit {
            scope,
            code,
            names_map: BTreeMap::new(),
            consts_map: BTreeMap::new(),
            slots,
            instrs: Vec::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
        });
        Ok(())
    }

    /// Finishes the current unit and returns its code.
    pub fn leave_scope(&mut self) -> CResult<Code> {
        let mut u = self.units.pop().expect("no unit");
        if u.labels.contains(&u32::MAX) {
            return Err(err(
                "internal compiler error: unbound label".to_string(),
                u.code.first_line,
            ));
        }
        assemble::assemble(&mut u.instrs, &u.labels, &mut u.code)?;
        Ok(u.code)
    }

    /// The scope index of a nested function/class/lambda/comprehension node.
    pub fn scope_of(&self, key: usize, line: u32) -> CResult<usize> {
        self.st.by_node.get(&key).copied().ok_or_else(|| {
            err(
                "internal compiler error: unknown nested scope".to_string(),
                line,
            )
        })
    }

    /// `[defaults] [kwdefaults]` are on the stack (per `flags`): pushes the closure tuple,
    /// the code and `MakeFunction`.
    pub fn make_function(&mut self, code: Code, mut flags: u32) -> CResult<()> {
        let line = self.line();
        if code.nfreevars > 0 {
            let start = code.varnames.len() - code.nfreevars as usize;
            for n in &code.varnames[start..] {
                let Some(&slot) = self.ur().slots.get(n) else {
                    return Err(err(
                        format!("internal compiler error: no cell for '{n}'"),
                        line,
                    ));
                };
                self.emit(Op::LoadClosure, slot as u32);
            }
            self.emit(Op::BuildTuple, code.nfreevars as u32);
            flags |= MAKE_FN_CLOSURE;
        }
        let k = self.const_index(Const::Code(alloc::boxed::Box::new(code)));
        self.emit(Op::LoadConst, k);
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }
}
