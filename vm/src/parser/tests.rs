//! Parser tests. Expected dumps use a compact format produced identically by `dump` below
//! and by a small Python script over CPython 3.11's `ast` module, so the expectations are
//! CPython's own.

use super::*;
use alloc::string::ToString;

struct D {
    lines: bool,
    out: String,
}

impl D {
    fn s(&mut self, v: &str) {
        self.out.push('"');
        for ch in v.chars() {
            if (ch.is_ascii_alphanumeric()) || " _.,:;!?+-*/=<>()[]{}%#@^&|~$".contains(ch) {
                self.out.push(ch);
            } else {
                self.out.push_str(&format!("\\u{{{:x}}}", ch as u32));
            }
        }
        self.out.push('"');
    }
    fn p(&mut self, s: &str) {
        self.out.push_str(s);
    }
    fn opt(&mut self, e: &Option<Expr>) {
        match e {
            Some(e) => self.e(e),
            None => self.p("-"),
        }
    }
    fn optb(&mut self, e: &Option<Box<Expr>>) {
        match e {
            Some(e) => self.e(e),
            None => self.p("-"),
        }
    }
    fn list<T>(&mut self, xs: &[T], f: impl Fn(&mut D, &T)) {
        self.p("[");
        for (i, x) in xs.iter().enumerate() {
            if i > 0 {
                self.p(", ");
            }
            f(self, x);
        }
        self.p("]");
    }
    fn es(&mut self, xs: &[Expr]) {
        self.list(xs, |d, e| d.e(e));
    }
    fn ss(&mut self, xs: &[Stmt]) {
        self.list(xs, |d, s| d.st(s));
    }
    fn arg(&mut self, a: &Arg) {
        self.p(&format!("Arg({}, ", a.name));
        self.opt(&a.annotation);
        self.p(")");
    }
    fn optarg(&mut self, a: &Option<Arg>) {
        match a {
            Some(a) => self.arg(a),
            None => self.p("-"),
        }
    }
    fn args(&mut self, a: &Arguments) {
        self.p("Args(");
        self.list(&a.posonlyargs, |d, a| d.arg(a));
        self.p(", ");
        self.list(&a.args, |d, a| d.arg(a));
        self.p(", ");
        self.optarg(&a.vararg);
        self.p(", ");
        self.list(&a.kwonlyargs, |d, a| d.arg(a));
        self.p(", ");
        self.list(&a.kw_defaults, |d, e| d.opt(e));
        self.p(", ");
        self.optarg(&a.kwarg);
        self.p(", ");
        self.es(&a.defaults);
        self.p(")");
    }
    fn kws(&mut self, k: &[Keyword]) {
        self.list(k, |d, k| {
            d.p(&format!("Kw({}, ", k.arg.as_deref().unwrap_or("-")));
            d.e(&k.value);
            d.p(")");
        });
    }
    fn gens(&mut self, g: &[Comprehension]) {
        self.list(g, |d, c| {
            d.p("Comp(");
            d.e(&c.target);
            d.p(", ");
            d.e(&c.iter);
            d.p(", ");
            d.es(&c.ifs);
            d.p(")");
        });
    }
    fn aliases(&mut self, a: &[Alias]) {
        self.list(a, |d, a| {
            d.p(&format!(
                "Alias({}, {})",
                a.name,
                a.asname.as_deref().unwrap_or("-")
            ))
        });
    }
    fn st(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.p(&format!("Def({}, ", f.name));
                self.args(&f.args);
                self.p(", ");
                self.ss(&f.body);
                self.p(", ");
                self.es(&f.decorators);
                self.p(", ");
                self.opt(&f.returns);
                self.p(")");
            }
            StmtKind::ClassDef(c) => {
                self.p(&format!("Class({}, ", c.name));
                self.es(&c.bases);
                self.p(", ");
                self.kws(&c.keywords);
                self.p(", ");
                self.ss(&c.body);
                self.p(", ");
                self.es(&c.decorators);
                self.p(")");
            }
            StmtKind::Return(v) => {
                self.p("Return(");
                self.opt(v);
                self.p(")");
            }
            StmtKind::Delete(t) => {
                self.p("Del(");
                self.es(t);
                self.p(")");
            }
            StmtKind::Assign { targets, value } => {
                self.p("Assign(");
                self.es(targets);
                self.p(", ");
                self.e(value);
                self.p(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.p("Aug(");
                self.e(target);
                self.p(&format!(", {:?}, ", op));
                self.e(value);
                self.p(")");
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.p("Ann(");
                self.e(target);
                self.p(", ");
                self.e(annotation);
                self.p(", ");
                self.opt(value);
                self.p(&format!(", {})", *simple as u8));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.p("For(");
                self.e(target);
                self.p(", ");
                self.e(iter);
                self.p(", ");
                self.ss(body);
                self.p(", ");
                self.ss(orelse);
                self.p(")");
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.p(if matches!(s.kind, StmtKind::If { .. }) {
                    "If("
                } else {
                    "While("
                });
                self.e(test);
                self.p(", ");
                self.ss(body);
                self.p(", ");
                self.ss(orelse);
                self.p(")");
            }
            StmtKind::With { items, body } => {
                self.p("With(");
                self.list(items, |d, i| {
                    d.p("Item(");
                    d.e(&i.context_expr);
                    d.p(", ");
                    d.opt(&i.optional_vars);
                    d.p(")");
                });
                self.p(", ");
                self.ss(body);
                self.p(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.p("Raise(");
                self.opt(exc);
                self.p(", ");
                self.opt(cause);
                self.p(")");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.p("Try(");
                self.ss(body);
                self.p(", ");
                self.list(handlers, |d, h| {
                    d.p("Handler(");
                    d.opt(&h.typ);
                    d.p(&format!(", {}, ", h.name.as_deref().unwrap_or("-")));
                    d.ss(&h.body);
                    d.p(&format!(")@{}", h.line));
                });
                self.p(", ");
                self.ss(orelse);
                self.p(", ");
                self.ss(finalbody);
                self.p(")");
            }
            StmtKind::Assert { test, msg } => {
                self.p("Assert(");
                self.e(test);
                self.p(", ");
                self.opt(msg);
                self.p(")");
            }
            StmtKind::Import(a) => {
                self.p("Import(");
                self.aliases(a);
                self.p(")");
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.p(&format!("From({}, ", module.as_deref().unwrap_or("-")));
                self.aliases(names);
                self.p(&format!(", {})", level));
            }
            StmtKind::Global(n) => self.p(&format!("Global([{}])", n.join(", "))),
            StmtKind::Nonlocal(n) => self.p(&format!("Nonlocal([{}])", n.join(", "))),
            StmtKind::Expr(e) => {
                self.p("Expr(");
                self.e(e);
                self.p(")");
            }
            StmtKind::Pass => self.p("Pass"),
            StmtKind::Break => self.p("Break"),
            StmtKind::Continue => self.p("Continue"),
        }
        self.p(&format!("@{}", s.line));
    }
    fn c(&mut self, c: &Constant) {
        match c {
            Constant::None => self.p("None"),
            Constant::True => self.p("True"),
            Constant::False => self.p("False"),
            Constant::Ellipsis => self.p("..."),
            Constant::Int(i) => self.p(&i.to_string()),
            Constant::BigInt { digits, radix } => self.p(&format!("Big({},{})", digits, radix)),
            Constant::Float(f) => self.p(&format!("F{:?}", f)),
            Constant::Imag(f) => self.p(&format!("Imag{:?}", f)),
            Constant::Str(s) => self.s(s),
            Constant::Bytes(b) => {
                self.p("B[");
                let v: Vec<String> = b.iter().map(|x| x.to_string()).collect();
                self.p(&v.join(","));
                self.p("]");
            }
        }
    }
    fn e(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.p(&format!("BoolOp({:?}, ", op));
                self.es(values);
                self.p(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.p(&format!("Named({}, ", target));
                self.e(value);
                self.p(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.p("BinOp(");
                self.e(left);
                self.p(&format!(", {:?}, ", op));
                self.e(right);
                self.p(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                self.p(&format!("Unary({:?}, ", op));
                self.e(operand);
                self.p(")");
            }
            ExprKind::Lambda { args, body } => {
                self.p("Lambda(");
                self.args(args);
                self.p(", ");
                self.e(body);
                self.p(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.p("IfExp(");
                self.e(test);
                self.p(", ");
                self.e(body);
                self.p(", ");
                self.e(orelse);
                self.p(")");
            }
            ExprKind::Dict { keys, values } => {
                self.p("Dict(");
                self.list(keys, |d, k| d.opt(k));
                self.p(", ");
                self.es(values);
                self.p(")");
            }
            ExprKind::Set(v) => {
                self.p("Set(");
                self.es(v);
                self.p(")");
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.p(match e.kind {
                    ExprKind::ListComp { .. } => "ListComp(",
                    ExprKind::SetComp { .. } => "SetComp(",
                    _ => "GeneratorExp(",
                });
                self.e(elt);
                self.p(", ");
                self.gens(generators);
                self.p(")");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.p("DictComp(");
                self.e(key);
                self.p(", ");
                self.e(value);
                self.p(", ");
                self.gens(generators);
                self.p(")");
            }
            ExprKind::Yield(v) => {
                self.p("Yield(");
                self.optb(v);
                self.p(")");
            }
            ExprKind::YieldFrom(v) => {
                self.p("YieldFrom(");
                self.e(v);
                self.p(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.p("Compare(");
                self.e(left);
                self.p(", ");
                self.list(ops, |d, o| d.p(&format!("{:?}", o)));
                self.p(", ");
                self.es(comparators);
                self.p(")");
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.p("Call(");
                self.e(func);
                self.p(", ");
                self.es(args);
                self.p(", ");
                self.kws(keywords);
                self.p(")");
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.p("FV(");
                self.e(value);
                match conversion {
                    Some(c) => self.p(&format!(", {}, ", c)),
                    None => self.p(", -, "),
                }
                self.optb(format_spec);
                self.p(")");
            }
            ExprKind::JoinedStr(v) => {
                self.p("JS(");
                self.es(v);
                self.p(")");
            }
            ExprKind::Constant(c) => {
                self.p("C(");
                self.c(c);
                self.p(")");
            }
            ExprKind::Attribute { value, attr } => {
                self.p("Attr(");
                self.e(value);
                self.p(&format!(", {})", attr));
            }
            ExprKind::Subscript { value, slice } => {
                self.p("Sub(");
                self.e(value);
                self.p(", ");
                self.e(slice);
                self.p(")");
            }
            ExprKind::Starred(v) => {
                self.p("Star(");
                self.e(v);
                self.p(")");
            }
            ExprKind::Name(n) => self.p(&format!("N({})", n)),
            ExprKind::List(v) => {
                self.p("List(");
                self.es(v);
                self.p(")");
            }
            ExprKind::Tuple(v) => {
                self.p("Tuple(");
                self.es(v);
                self.p(")");
            }
            ExprKind::Slice { lower, upper, step } => {
                self.p("Slice(");
                self.optb(lower);
                self.p(", ");
                self.optb(upper);
                self.p(", ");
                self.optb(step);
                self.p(")");
            }
        }
        if self.lines {
            self.p(&format!("@{}", e.line));
        }
    }
}

fn dump_with(src: &str, lines: bool) -> String {
    match parse(src, "<test>") {
        Ok(m) => {
            let mut d = D {
                lines,
                out: String::new(),
            };
            for (i, s) in m.body.iter().enumerate() {
                if i > 0 {
                    d.p("; ");
                }
                d.st(s);
            }
            d.out
        }
        Err(e) => {
            let kind = match e.kind {
                SyntaxErrorKind::SyntaxError => "SyntaxError",
                SyntaxErrorKind::IndentationError => "IndentationError",
            };
            format!("ERR {}: {} @{}", kind, e.msg, e.line)
        }
    }
}

fn dump(src: &str) -> String {
    dump_with(src, false)
}

/// Differential check against CPython: reads cases separated by "\n----\n" from the file
/// named by `$UPY_PARSER_CASES` and writes one dump per line to `$UPY_PARSER_OUT`.
#[test]
#[ignore]
fn dump_cases_from_file() {
    extern crate std;
    let cases_path = std::env::var("UPY_PARSER_CASES").unwrap();
    let out_path = std::env::var("UPY_PARSER_OUT").unwrap();
    let lines = std::env::var("UPY_PARSER_LINES").is_ok();
    let text = std::fs::read_to_string(cases_path).unwrap();
    let mut out = String::new();
    for case in text.split("\n----\n") {
        out.push_str(&dump_with(case, lines));
        out.push('\n');
    }
    std::fs::write(out_path, out).unwrap();
}
