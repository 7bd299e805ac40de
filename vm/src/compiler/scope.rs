//! Scope analysis: which names of each function, class, lambda and comprehension are local,
//! global, free or cell variables, computed before any code is generated (CPython's
//! `symtable`).
//!
//! Nested scopes are found again by the code generator through the address of their AST node
//! (the AST is borrowed, unmoved, for the whole compilation).

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{err, CResult, MAX_DEPTH};
use crate::ast::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    /// `def` and `lambda`.
    Function,
    /// The nested function of a comprehension or generator expression.
    Comprehension,
}

/// How the code refers to a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    /// A fast slot of a function.
    Local,
    /// A function local that a nested scope captures: a cell in a fast slot.
    Cell,
    /// Captured from an enclosing function: a cell in one of the last fast slots.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Neither bound here nor in an enclosing function.
    GlobalImplicit,
    /// Module and class bodies: the locals dict (`LoadName`…).
    Name,
}

pub const DEF_LOCAL: u16 = 1;
pub const DEF_PARAM: u16 = 2;
pub const DEF_GLOBAL: u16 = 4;
pub const DEF_NONLOCAL: u16 = 8;
pub const USE: u16 = 16;
/// A walrus target inside a comprehension, bound in the enclosing function.
pub const DEF_COMP_FREE: u16 = 32;

pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: BTreeMap<String, u16>,
    /// Names in order of first appearance (gives locals their slots deterministically).
    pub order: Vec<String>,
    /// Parameter names in slot order.
    pub params: Vec<String>,
    pub generator: bool,
    pub resolved: BTreeMap<String, NameScope>,
    pub cells: BTreeSet<String>,
    /// Free variables in slot order (sorted), including those only passed through to children.
    pub freevars: Vec<String>,
    /// A class body whose methods use `super()` / `__class__`.
    pub class_cell: bool,
    /// Line of each `global` / `nonlocal` declaration (for errors found later).
    pub decl_lines: BTreeMap<String, u32>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: BTreeMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            generator: false,
            resolved: BTreeMap::new(),
            cells: BTreeSet::new(),
            freevars: Vec::new(),
            class_cell: false,
            decl_lines: BTreeMap::new(),
        }
    }

    /// The resolution of `name` in this scope (names never seen are global / dict names).
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                _ => NameScope::GlobalImplicit,
            },
        }
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: BTreeMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: BTreeMap<usize, usize>,
    depth: u32,
}

pub fn build(module: &Module) -> CResult<SymTable> {
    let mut b = Builder {
        scopes: alloc::vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: BTreeMap::new(),
        depth: 0,
    };
    b.stmts(0, &module.body)?;
    analyze(&mut b.scopes, 0, &BTreeSet::new())?;
    Ok(SymTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn add(&mut self, cur: usize, name: &str, flag: u16, line: u32) -> CResult<()> {
        let sc = &mut self.scopes[cur];
        if let Some(old) = sc.symbols.get_mut(name) {
            if flag & DEF_PARAM != 0 && *old & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{name}' in function definition"),
                    line,
                ));
            }
            *old |= flag;
        } else {
            sc.symbols.insert(name.to_string(), flag);
            sc.order.push(name.to_string());
        }
        Ok(())
    }

    fn new_scope(&mut self, kind: ScopeKind, name: &str, parent: usize, key: usize) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(parent)));
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        id
    }

    fn stmts(&mut self, cur: usize, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(cur, s)?;
        }
        Ok(())
    }

    fn enter(&mut self, line: u32, msg: &str) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err(msg.to_string(), line));
        }
        Ok(())
    }

    fn stmt(&mut self, cur: usize, s: &Stmt) -> CResult<()> {
        self.enter(s.line, "too many statically nested blocks")?;
        let r = self.stmt_inner(cur, s);
        self.depth -= 1;
        r
    }

    fn args_defaults(&mut self, cur: usize, a: &Arguments) -> CResult<()> {
        for d in &a.defaults {
            self.expr(cur, d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(cur, d)?;
        }
        Ok(())
    }

    fn params(&mut self, sc: usize, a: &Arguments, line: u32) -> CResult<()> {
        let all = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.vararg.iter())
            .chain(a.kwarg.iter());
        for p in all {
            self.add(sc, &p.name, DEF_PARAM, line)?;
            self.scopes[sc].params.push(p.name.clone());
        }
        Ok(())
    }

    fn stmt_inner(&mut self, cur: usize, s: &Stmt) -> CResult<()> {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(fd) => {
                for d in &fd.decorators {
                    self.expr(cur, d)?;
                }
                self.args_defaults(cur, &fd.args)?;
                self.add(cur, &fd.name, DEF_LOCAL, line)?;
                let sc = self.new_scope(ScopeKind::Function, &fd.name, cur, node_key(&**fd));
                self.scopes[sc].generator |= fd.is_async;
                self.params(sc, &fd.args, line)?;
                self.stmts(sc, &fd.body)?;
            }
            StmtKind::ClassDef(cd) => {
                for d in &cd.decorators {
                    self.expr(cur, d)?;
                }
                for b in &cd.bases {
                    self.expr(cur, b)?;
                }
                for k in &cd.keywords {
                    self.expr(cur, &k.value)?;
                }
                self.add(cur, &cd.name, DEF_LOCAL, line)?;
                let sc = self.new_scope(ScopeKind::Class, &cd.name, cur, node_key(&**cd));
                self.stmts(sc, &cd.body)?;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(cur, v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(cur, t, true)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(cur, value)?;
                for t in targets {
                    self.target(cur, t, false)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                if let ExprKind::Name(n) = &target.kind {
                    self.add(cur, n, USE | DEF_LOCAL, target.line)?;
                } else {
                    self.expr(cur, target)?;
                }
                self.expr(cur, value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(cur, v)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    self.add(cur, n, DEF_LOCAL, target.line)?;
                } else {
                    self.target(cur, target, false)?;
                }
                let k = self.scopes[cur].kind;
                if *simple && matches!(k, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(cur, annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(cur, iter)?;
                self.target(cur, target, false)?;
                self.stmts(cur, body)?;
                self.stmts(cur, orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(cur, test)?;
                self.stmts(cur, body)?;
                self.stmts(cur, orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(cur, &it.context_expr)?;
                    if let Some(t) = &it.optional_vars {
                        self.target(cur, t, false)?;
                    }
                }
                self.stmts(cur, body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(cur, e)?;
                }
                if let Some(e) = cause {
                    self.expr(cur, e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(cur, body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(cur, t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(cur, n, DEF_LOCAL, h.line)?;
                    }
                    self.stmts(cur, &h.body)?;
                }
                self.stmts(cur, orelse)?;
                self.stmts(cur, finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(cur, test)?;
                if let Some(m) = msg {
                    self.expr(cur, m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.add(cur, bound, DEF_LOCAL, line)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(a.name.as_str());
                    self.add(cur, bound, DEF_LOCAL, line)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(cur, n, DEF_GLOBAL, line)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[cur].kind == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level".to_string(),
                        line,
                    ));
                }
                for n in names {
                    self.declare(cur, n, DEF_NONLOCAL, line)?;
                }
            }
            StmtKind::Expr(e) => self.expr(cur, e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, cur: usize, n: &str, flag: u16, line: u32) -> CResult<()> {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        if let Some(&old) = self.scopes[cur].symbols.get(n) {
            let other = (DEF_GLOBAL | DEF_NONLOCAL) & !flag;
            let msg = if old & DEF_PARAM != 0 {
                Some(format!("name '{n}' is parameter and {what}"))
            } else if old & other != 0 && old & flag == 0 {
                Some(format!("name '{n}' is nonlocal and global"))
            } else if old & USE != 0 {
                Some(format!("name '{n}' is used prior to {what} declaration"))
            } else if old & DEF_LOCAL != 0 {
                Some(format!(
                    "name '{n}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(err(msg, line));
            }
        }
        self.scopes[cur].decl_lines.insert(n.to_string(), line);
        self.add(cur, n, flag, line)
    }

    /// An assignment (or `del`) target.
    fn target(&mut self, cur: usize, t: &Expr, _del: bool) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.add(cur, n, DEF_LOCAL, t.line),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(cur, i, _del)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(cur, inner, _del),
            // Attributes, subscripts and invalid targets (reported by the code generator).
            _ => self.expr(cur, t),
        }
    }

    fn expr(&mut self, cur: usize, e: &Expr) -> CResult<()> {
        self.enter(e.line, "too many nested parentheses")?;
        let r = self.expr_inner(cur, e);
        self.depth -= 1;
        r
    }

    fn function_like(&self, cur: usize) -> bool {
        matches!(
            self.scopes[cur].kind,
            ScopeKind::Function | ScopeKind::Comprehension
        )
    }

    fn expr_inner(&mut self, cur: usize, e: &Expr) -> CResult<()> {
        let line = e.line;
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(cur, v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(cur, value)?;
                self.walrus_target(cur, target, line)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(cur, left)?;
                self.expr(cur, right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(cur, operand)?,
            ExprKind::Lambda { args, body } => {
                self.args_defaults(cur, args)?;
                let sc = self.new_scope(ScopeKind::Function, "<lambda>", cur, node_key(e));
                self.params(sc, args, line)?;
                self.expr(sc, body)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(cur, test)?;
                self.expr(cur, body)?;
                self.expr(cur, orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(cur, k)?;
                }
                for v in values {
                    self.expr(cur, v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(cur, i)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(cur, e, "<listcomp>", generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(cur, e, "<setcomp>", generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(cur, e, "<genexpr>", generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(cur, e, "<dictcomp>", generators, &[key, value])?,
            ExprKind::Yield(v) => {
                self.yield_here(cur, line)?;
                if let Some(v) = v {
                    self.expr(cur, v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(cur, line)?;
                self.expr(cur, v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(cur, left)?;
                for c in comparators {
                    self.expr(cur, c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(cur, func)?;
                for a in args {
                    self.expr(cur, a)?;
                }
                for k in keywords {
                    self.expr(cur, &k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(cur, value)?;
                if let Some(s) = format_spec {
                    self.expr(cur, s)?;
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(cur, p)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(cur, value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(cur, value)?;
                self.expr(cur, slice)?;
            }
            ExprKind::Starred(v) => self.expr(cur, v)?,
            ExprKind::Name(n) => {
                self.add(cur, n, USE, line)?;
                if n == "super" && self.function_like(cur) {
                    self.add(cur, "__class__", USE, line)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(cur, p)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, cur: usize, line: u32) -> CResult<()> {
        let sc = &mut self.scopes[cur];
        match sc.kind {
            ScopeKind::Function => {
                sc.generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match sc.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(err(format!("'yield' inside {what}"), line))
            }
            _ => Err(err("'yield' outside function".to_string(), line)),
        }
    }

    fn walrus_target(&mut self, cur: usize, name: &str, line: u32) -> CResult<()> {
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            return self.add(cur, name, DEF_LOCAL, line);
        }
        // Bind in the nearest enclosing non-comprehension scope.
        let mut s = cur;
        loop {
            let sc = &self.scopes[s];
            if let Some(&f) = sc.symbols.get(name) {
                if sc.kind == ScopeKind::Comprehension && f & DEF_LOCAL != 0 {
                    return Err(err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        line,
                    ));
                }
            }
            if sc.kind != ScopeKind::Comprehension {
                break;
            }
            s = sc.parent.unwrap_or(0);
        }
        match self.scopes[s].kind {
            ScopeKind::Class => Err(err(
                "assignment expression within a comprehension cannot be used in a class body"
                    .to_string(),
                line,
            )),
            ScopeKind::Module => self.add(cur, name, DEF_GLOBAL, line),
            _ => {
                let global = self.scopes[s]
                    .symbols
                    .get(name)
                    .is_some_and(|f| f & DEF_GLOBAL != 0);
                if global {
                    self.add(cur, name, DEF_GLOBAL, line)
                } else {
                    self.add(s, name, DEF_LOCAL, line)?;
                    self.scopes[cur].decl_lines.insert(name.to_string(), line);
                    self.add(cur, name, DEF_COMP_FREE, line)
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        cur: usize,
        e: &Expr,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return Err(err("comprehension without 'for'".to_string(), e.line));
        };
        self.expr(cur, &first.iter)?;
        let sc = self.new_scope(ScopeKind::Comprehension, name, cur, node_key(e));
        self.add(sc, ".0", DEF_PARAM, e.line)?;
        self.scopes[sc].params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(sc, &g.iter)?;
            }
            self.target(sc, &g.target, false)?;
            for c in &g.ifs {
                self.expr(sc, c)?;
            }
        }
        for x in elts {
            self.expr(sc, x)?;
        }
        if name == "<genexpr>" {
            self.scopes[sc].generator = true;
        }
        Ok(())
    }
}

/// Resolves every name of scope `s` given the names bound in enclosing function scopes;
/// returns the names free in `s` or its descendants that an enclosing scope must provide.
fn analyze(scopes: &mut [Scope], s: usize, bound: &BTreeSet<String>) -> CResult<BTreeSet<String>> {
    let kind = scopes[s].kind;
    let mut free = BTreeSet::new();
    let mut locals = BTreeSet::new();
    let mut globals = BTreeSet::new();
    let mut resolved = BTreeMap::new();
    for (name, &f) in &scopes[s].symbols {
        let r = if f & DEF_GLOBAL != 0 {
            globals.insert(name.clone());
            NameScope::GlobalExplicit
        } else if f & (DEF_NONLOCAL | DEF_COMP_FREE) != 0 {
            if !bound.contains(name) {
                let line = scopes[s].decl_lines.get(name).copied().unwrap_or(0);
                return Err(err(format!("no binding for nonlocal '{name}' found"), line));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            locals.insert(name.clone());
            match kind {
                ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                _ => NameScope::Local,
            }
        } else if bound.contains(name) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            match kind {
                ScopeKind::Module | ScopeKind::Class => NameScope::Name,
                _ => NameScope::GlobalImplicit,
            }
        };
        resolved.insert(name.clone(), r);
    }
    let child_bound: BTreeSet<String> = match kind {
        ScopeKind::Module => BTreeSet::new(),
        ScopeKind::Class => {
            let mut b: BTreeSet<String> = bound.difference(&globals).cloned().collect();
            b.insert("__class__".to_string());
            b
        }
        _ => bound
            .difference(&globals)
            .cloned()
            .chain(locals.iter().cloned())
            .collect(),
    };
    let children = scopes[s].children.clone();
    let mut cells = BTreeSet::new();
    let mut class_cell = false;
    for c in children {
        for name in analyze(scopes, c, &child_bound)? {
            match kind {
                ScopeKind::Function | ScopeKind::Comprehension
                    if matches!(
                        resolved.get(&name),
                        Some(NameScope::Local | NameScope::Cell)
                    ) =>
                {
                    cells.insert(name.clone());
                    resolved.insert(name, NameScope::Cell);
                }
                ScopeKind::Class if name == "__class__" => class_cell = true,
                ScopeKind::Module => {}
                _ => {
                    if !resolved.contains_key(&name) {
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    let sc = &mut scopes[s];
    sc.resolved = resolved;
    sc.cells = cells;
    sc.class_cell = class_cell;
    sc.freevars = free.iter().cloned().collect();
    Ok(free)
}
