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

mod cpython;

// ---- hand-written tests: robustness, limits, API details ----

fn perr(src: &str) -> SyntaxError {
    parse(src, "<test>").unwrap_err()
}

#[test]
fn deep_parentheses_give_clean_errors() {
    let src = "(".repeat(10_000);
    assert_eq!(perr(&src).msg, "too many nested parentheses");
    let src = "[".repeat(10_000) + &"]".repeat(10_000);
    assert_eq!(perr(&src).msg, "too many nested parentheses");
    // 199 levels are still fine (as in CPython)
    let src = String::from("x = ") + &"(".repeat(199) + "1" + &")".repeat(199);
    assert!(parse(&src, "<test>").is_ok());
}

#[test]
fn deep_unary_and_keyword_chains_give_clean_errors() {
    let e = perr(&("-".repeat(1000) + "1"));
    assert_eq!(e.msg, "expression nested too deeply");
    assert_eq!(e.line, 1);
    assert_eq!(
        perr(&("not ".repeat(1000) + "1")).msg,
        "expression nested too deeply"
    );
    assert_eq!(
        perr(&("lambda: ".repeat(1000) + "1")).msg,
        "expression nested too deeply"
    );
    assert_eq!(
        perr(&("1 if 2 else ".repeat(1000) + "1")).msg,
        "expression nested too deeply"
    );
    assert_eq!(
        perr(&("2 ** -".repeat(1000) + "1")).msg,
        "expression nested too deeply"
    );
    // moderate nesting is fine
    assert_eq!(
        dump(&("-".repeat(3) + "1")),
        "Expr(Unary(USub, Unary(USub, Unary(USub, C(1)))))@1"
    );
}

#[test]
fn long_chains_are_bounded() {
    let src = String::from("x = 1") + &" + 1".repeat(5000);
    assert_eq!(perr(&src).msg, "expression too complex");
    let src = String::from("x = a") + &".b".repeat(5000);
    assert_eq!(perr(&src).msg, "expression too complex");
    let src = String::from("x = 1") + &" + 1".repeat(500);
    assert!(parse(&src, "<test>").is_ok());
    // flat constructs have no limit
    let src = String::from("x = [") + &"1, ".repeat(20_000) + "]";
    assert!(parse(&src, "<test>").is_ok());
}

#[test]
fn deep_blocks() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    let e = perr(&src);
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "too many levels of indentation");
    // a long elif chain does not recurse
    let mut src = String::from("if a:\n pass\n");
    for _ in 0..5000 {
        src.push_str("elif b:\n pass\n");
    }
    let m = parse(&src, "<test>").unwrap();
    assert_eq!(m.body.len(), 1);
}

#[test]
fn never_panics_on_garbage() {
    // every prefix of a program exercising most of the grammar must parse or fail cleanly
    let src = "@d(1)\ndef f(a, /, b=2, *c: int, d, **e) -> x:\n    '''doc'''\n    x = [i for i in \
               range(3) if i]; y = {**a, 'k': f'{v!r:>{w}}'}\n    try:\n        yield from g()\n    \
               except (A, B) as e:\n        raise E from e\n    with (a as b, c):\n        \
               return lambda *a, **k: a[1:2, ::3]\nclass C(B, metaclass=M): pass\n";
    for (i, _) in src.char_indices() {
        let _ = parse(&src[..i], "<test>");
    }
    for bad in [
        "\\",
        "'",
        "\"\"\"",
        "f'{",
        "f'{'",
        "f'{x:{'",
        "(",
        ")",
        "]",
        "\t\tx",
        "0x",
        "1e",
        "1.e",
        "@",
        "def",
        "def f(",
        "lambda",
        "x[",
        "x[::",
        "with (",
        "from",
        "from .",
        "import a.",
        "\u{0}",
        "\u{feff}x",
        "x\r\ny",
        "\x0c",
        "b'\\",
        "f'{a!",
        "f'{a=",
        "0b",
        "0o",
        "1_",
        "..",
    ] {
        let _ = parse(bad, "<test>");
    }
}

#[test]
fn crlf_and_bom_sources() {
    assert_eq!(
        dump("\u{feff}if x:\r\n    y = '''a\r\nb'''\r\n"),
        "If(N(x), [Assign([N(y)], C(\"a\\u{a}b\"))@2], [])@1"
    );
    assert_eq!(
        dump("x = 1\ry = 2"),
        "Assign([N(x)], C(1))@1; Assign([N(y)], C(2))@2"
    );
}

#[test]
fn big_integers() {
    assert_eq!(
        dump("x = 0xffffffffffffffffffff"),
        "Assign([N(x)], C(Big(ffffffffffffffffffff,16)))@1"
    );
    assert_eq!(
        dump("123456789012345678901234567890"),
        "Expr(C(Big(123456789012345678901234567890,10)))@1"
    );
    assert_eq!(
        dump("0o1_000_000_000_000_000_000_000"),
        "Expr(C(Big(1000000000000000000000,8)))@1"
    );
    assert_eq!(
        dump("-9223372036854775808"),
        "Expr(Unary(USub, C(Big(9223372036854775808,10))))@1"
    );
}

#[test]
fn error_columns() {
    let e = perr("x = (1,\n2");
    assert_eq!((e.line, e.col), (1, 5));
    let e = perr("x = 1 2");
    assert_eq!((e.msg.as_str(), e.line, e.col), ("invalid syntax", 1, 7));
    let e = perr("if x:\n    pass\nelse\n    pass");
    assert_eq!((e.msg.as_str(), e.line, e.col), ("expected ':'", 3, 5));
    let e = perr("f(a=1, b)");
    assert_eq!((e.line, e.col), (1, 8));
    let e = perr("x = 1\n  y = 2");
    assert_eq!(
        (e.kind, e.line, e.col),
        (SyntaxErrorKind::IndentationError, 2, 3)
    );
}

#[test]
fn semantic_checks_done_by_the_parser() {
    // CPython reports these from its compiler; upy reports them at parse time.
    assert_eq!(
        perr("def f(a, a): pass").msg,
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(perr("f(a=1, a=2)").msg, "keyword argument repeated: a");
    assert_eq!(perr("x = *a").msg, "can't use starred expression here");
    assert_eq!(
        perr("*a = b").msg,
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        perr("a, *b, *c = d").msg,
        "multiple starred expressions in assignment"
    );
    assert_eq!(
        perr("def f(/): pass").msg,
        "at least one argument must precede /"
    );
    assert_eq!(
        perr("if 1:\n\ta\n        b").msg,
        "inconsistent use of tabs and spaces in indentation"
    );
}

#[test]
fn arguments_structure() {
    let m = parse("def f(a, b=1, /, c=2, *d, e, f=3, **g): pass", "<test>").unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("not a def")
    };
    let names = |v: &[Arg]| v.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&f.args.posonlyargs), ["a", "b"]);
    assert_eq!(names(&f.args.args), ["c"]);
    assert_eq!(f.args.vararg.as_ref().map(|a| a.name.as_str()), Some("d"));
    assert_eq!(names(&f.args.kwonlyargs), ["e", "f"]);
    assert_eq!(f.args.kw_defaults.len(), 2);
    assert!(f.args.kw_defaults[0].is_none());
    assert_eq!(f.args.defaults.len(), 2);
    assert_eq!(f.args.kwarg.as_ref().map(|a| a.name.as_str()), Some("g"));
}

#[test]
fn performance_is_linear() {
    extern crate std;
    let unit = "def f(a, b=2, *c, **d):\n    x = [i * 2 for i in range(10) if i % 3]\n    \
                y = {'k': a, **d}\n    if x and not y:\n        return f'{a!r:>10} {b}'\n    \
                return a.b(c)[1:2] + 3 ** -4\n";
    let small: String = unit.repeat(170); // ~1000 lines
    let big: String = unit.repeat(1700); // ~10000 lines
    let best = |src: &str| {
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                assert!(parse(src, "<test>").is_ok());
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let t_small = best(&small);
    let t_big = best(&big);
    // 10x the input must not take anywhere near 100x the time (quadratic behaviour); the
    // bound is loose because the machine may be busy
    assert!(
        t_big < t_small * 40 + std::time::Duration::from_millis(5),
        "{:?} vs {:?}",
        t_small,
        t_big
    );
}

/// Timing probe (run manually with --release --nocapture): best of 200 runs.
#[test]
#[ignore]
fn timing_probe() {
    extern crate std;
    let unit = "def f(a, b=2, *c, **d):\n    x = [i * 2 for i in range(10) if i % 3]\n    \
                y = {'k': a, **d}\n    if x and not y:\n        return f'{a!r:>10} {b}'\n    \
                return a.b(c)[1:2] + 3 ** -4\n";
    let src = unit.repeat(167);
    let big = unit.repeat(1670);
    let best = |f: &dyn Fn()| {
        (0..200)
            .map(|_| {
                let t = std::time::Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let p = best(&|| assert!(parse(&src, "<test>").is_ok()));
    let l = best(&|| assert!(crate::lexer::tokenize(&src).is_ok()));
    std::println!("1000 lines: parse {:?}, tokenize {:?}", p, l);
    let p = best(&|| assert!(parse(&big, "<test>").is_ok()));
    let l = best(&|| assert!(crate::lexer::tokenize(&big).is_ok()));
    std::println!("10000 lines: parse {:?}, tokenize {:?}", p, l);
}
