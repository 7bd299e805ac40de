//! Golden disassemblies, scope results and error messages.

use super::*;
use crate::ast::{Expr, ExprKind, Module, Stmt, StmtKind};

/// The listing of one code object only (the part before any nested code), without header.
fn listing(code: &Code) -> String {
    let full = crate::dis::disassemble(code);
    let body: Vec<&str> = full
        .split("\n\n")
        .next()
        .unwrap_or("")
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    body.join("\n")
}

fn golden(src: &str, qualname: &str, expected: &str) {
    let code = comp(src);
    let got = listing(find(&code, qualname));
    let want: Vec<&str> = expected.lines().map(|l| l.trim()).collect();
    let got_lines: Vec<&str> = got.lines().map(|l| l.trim()).collect();
    assert_eq!(got_lines, want, "\ngot:\n{got}\n");
}

#[test]
fn golden_chained_comparison() {
    golden(
        "def f(a, b):\n    return a < b < 3\n",
        "f",
        "\
   2      0 LoadFast             0 (a)
          2 LoadFast             1 (b)
          4 Dup
          5 Rot3
          6 CompareOp            0 (<)
          8 JumpIfFalseOrPop     16 (to 16)
         10 LoadSmallInt         6 (3)
         12 CompareOp            0 (<)
         14 Jump                 18 (to 18)
         16 Rot2
         17 Pop
         18 ReturnValue
         19 LoadNone
         20 ReturnValue",
    );
}

#[test]
fn golden_for_loop_break() {
    golden(
        "def f(xs):\n    for x in xs:\n        if x:\n            break\n    return x\n",
        "f",
        "\
   2      0 LoadFast             0 (xs)
          2 GetIter
          3 ForIter              16 (to 16)
          5 StoreFast            1 (x)
   3      7 LoadFast             1 (x)
          9 PopJumpIfFalse       14 (to 14)
   4     11 Pop
         12 Jump                 16 (to 16)
         14 Jump                 3 (to 3)
   5     16 LoadFast             1 (x)
         18 ReturnValue
         19 LoadNone
         20 ReturnValue",
    );
}

#[test]
fn golden_try_except_as() {
    golden(
        "def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n",
        "f",
        "\
   2      0 SetupFinally         10 (to 10)
   3      2 LoadGlobal           0 (g)
          4 CallFunction         0
          6 Pop
   2      7 PopBlock
          8 Jump                 42 (to 42)
   4     10 LoadGlobal           1 (E)
         12 ExcMatch
         13 PopJumpIfFalse       41 (to 41)
         15 StoreFast            0 (e)
         17 SetupFinally         35 (to 35)
   5     19 LoadGlobal           2 (h)
         21 LoadFast             0 (e)
         23 CallFunction         1
         25 Pop
   4     26 PopBlock
         27 PopExcept
         28 LoadNone
         29 StoreFast            0 (e)
         31 DeleteFast           0 (e)
         33 Jump                 42 (to 42)
         35 LoadNone
         36 StoreFast            0 (e)
         38 DeleteFast           0 (e)
         40 Reraise
         41 Reraise
         42 LoadNone
         43 ReturnValue",
    );
}

#[test]
fn golden_with_return() {
    golden(
        "def f(m):\n    with m as x:\n        return x\n",
        "f",
        "\
   2      0 LoadFast             0 (m)
          2 SetupWith            26 (to 26)
          4 StoreFast            1 (x)
   3      6 LoadFast             1 (x)
          8 PopBlock
          9 Rot2
         10 LoadNone
         11 Dup
         12 Dup
         13 CallFunction         3
         15 Pop
         16 ReturnValue
   2     17 PopBlock
         18 LoadNone
         19 Dup
         20 Dup
         21 CallFunction         3
         23 Pop
         24 Jump                 33 (to 33)
         26 WithExceptStart
         27 PopJumpIfTrue        30 (to 30)
         29 Reraise
         30 Pop
         31 PopExcept
         32 Pop
         33 LoadNone
         34 ReturnValue",
    );
}

#[test]
fn golden_method_call_augassign() {
    golden(
        "def f(o, k):\n    o.a[k] += o.m(1, x=2)\n",
        "f",
        "\
   2      0 LoadFast             0 (o)
          2 LoadAttr             0 (a)
          4 LoadFast             1 (k)
          6 Dup2
          7 LoadSubscr
          8 LoadFast             0 (o)
         10 LoadMethod           1 (m)
         12 LoadSmallInt         2 (1)
         14 LoadSmallInt         4 (2)
         16 LoadConst            0 (('x',))
         18 CallMethodKw         2
         20 InplaceOp            0 (+)
         22 Rot3
         23 StoreSubscr
         24 LoadNone
         25 ReturnValue",
    );
}

#[test]
fn golden_class_body_with_class_cell() {
    golden(
        "class A(B):\n    def m(self):\n        return super().m()\n",
        "A",
        "\
   1      0 LoadName             0 (__name__)
          2 StoreName            1 (__module__)
          4 LoadConst            0 ('A')
          6 StoreName            2 (__qualname__)
   2      8 LoadClosure          0 (__class__)
         10 BuildTuple           1
         12 LoadConst            1 (<code A.m>)
         14 MakeFunction         8 (closure)
         16 StoreName            3 (m)
         18 LoadClosure          0 (__class__)
         20 ReturnValue",
    );
}

#[test]
fn golden_zero_arg_super() {
    golden(
        "class A(B):\n    def m(self):\n        return super().m()\n",
        "A.m",
        "\
   3      0 LoadGlobal           0 (super)
          2 LoadDeref            1 (__class__)
          4 LoadFast             0 (self)
          6 CallFunction         2
          8 LoadMethod           1 (m)
         10 CallMethod           0
         12 ReturnValue
         13 LoadNone
         14 ReturnValue",
    );
}

#[test]
fn golden_try_finally_return() {
    golden(
        "def f():\n    try:\n        return 1\n    finally:\n        g()\n",
        "f",
        "\
   2      0 SetupFinally         19 (to 19)
   3      2 LoadSmallInt         2 (1)
          4 PopBlock
   5      5 LoadGlobal           0 (g)
          7 CallFunction         0
          9 Pop
   3     10 ReturnValue
   2     11 PopBlock
   5     12 LoadGlobal           0 (g)
         14 CallFunction         0
         16 Pop
   2     17 Jump                 25 (to 25)
   5     19 LoadGlobal           0 (g)
         21 CallFunction         0
         23 Pop
   2     24 Reraise
         25 LoadNone
         26 ReturnValue",
    );
}

#[test]
fn golden_listcomp_outer() {
    golden(
        "def f(a):\n    return [x for x in a if x]\n",
        "f",
        "\
   2      0 LoadConst            0 (<code f.<locals>.<listcomp>>)
          2 MakeFunction         0
          4 LoadFast             0 (a)
          6 GetIter
          7 CallFunction         1
          9 ReturnValue
         10 LoadNone
         11 ReturnValue",
    );
}

#[test]
fn golden_listcomp_inner() {
    golden(
        "def f(a):\n    return [x for x in a if x]\n",
        "f.<locals>.<listcomp>",
        "\
   2      0 BuildList            0
          2 LoadFast             0 (.0)
          4 ForIter              18 (to 18)
          6 StoreFast            1 (x)
          8 LoadFast             1 (x)
         10 PopJumpIfFalse       4 (to 4)
         12 LoadFast             1 (x)
         14 ListAppend           2
         16 Jump                 4 (to 4)
         18 ReturnValue",
    );
}

#[test]
fn golden_star_call() {
    golden(
        "def f(*a, **k):\n    return g(1, *a, x=1, **k)\n",
        "f",
        "\
   2      0 LoadGlobal           0 (g)
          2 LoadSmallInt         2 (1)
          4 BuildList            1
          6 LoadFast             0 (a)
          8 ListExtend           1
         10 ListToTuple
         11 LoadConst            0 ('x')
         13 LoadSmallInt         2 (1)
         15 BuildMap             1
         17 LoadFast             1 (k)
         19 DictMerge            1
         21 CallFunctionEx       1 (kwargs)
         23 ReturnValue
         24 LoadNone
         25 ReturnValue",
    );
}

#[test]
fn golden_imports() {
    golden(
        "import a.b.c as d\nfrom .m import x as y\n",
        "<module>",
        "\
   1      0 LoadSmallInt         0 (0)
          2 LoadNone
          3 ImportName           0 (a.b.c)
          5 ImportFrom           1 (b)
          7 Rot2
          8 Pop
          9 ImportFrom           2 (c)
         11 Rot2
         12 Pop
         13 StoreName            3 (d)
   2     15 LoadSmallInt         2 (1)
         17 LoadConst            0 (('x',))
         19 ImportName           4 (m)
         21 ImportFrom           5 (x)
         23 StoreName            6 (y)
         25 Pop
         26 LoadNone
         27 ReturnValue",
    );
}

// ---------------------------------------------------------------------------------------------
// Scopes

#[test]
fn scope_cells_and_free_variables() {
    let src = "def outer(p):\n    x = 1\n    y = 2\n    z = 3\n    def inner():\n        nonlocal y\n        y = x + p\n        return z\n    def other():\n        return x\n    return inner\n";
    let code = comp(src);
    let outer = find(&code, "outer");
    assert_eq!(cells(outer), ["p", "x", "y", "z"]);
    assert_eq!(outer.nfreevars, 0);
    let inner = find(&code, "outer.<locals>.inner");
    assert_eq!(freevars(inner), ["p", "x", "y", "z"]);
    assert!(has_seq(inner, &[Op::BinaryOp, Op::StoreDeref]));
    assert_eq!(freevars(find(&code, "outer.<locals>.other")), ["x"]);
}

#[test]
fn scope_class_names_do_not_leak_into_methods() {
    let src = "def f():\n    a = 1\n    class C:\n        a = 2\n        b = a\n        c = d\n        def m(self):\n            return a\n    return C\n";
    let code = comp(src);
    assert_eq!(cells(find(&code, "f")), ["a"]);
    let c = find(&code, "f.<locals>.C");
    // `a` is passed through the class body to the method, but the class reads its own `a`.
    assert_eq!(freevars(c), ["a"]);
    let o = ops(c);
    assert!(o.contains(&(
        Op::StoreName,
        c.names.iter().position(|n| n == "b").unwrap() as u32
    )));
    assert!(!o.iter().any(|x| x.0 == Op::LoadDeref));
    assert!(o.iter().any(|x| x.0 == Op::LoadName));
    let m = find(&code, "f.<locals>.C.m");
    assert_eq!(freevars(m), ["a"]);
    assert_eq!(ops(m)[0].0, Op::LoadDeref);
}

#[test]
fn scope_class_reads_enclosing_function_variable() {
    let code = comp("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let c = find(&code, "f.<locals>.C");
    assert_eq!(freevars(c), ["x"]);
    assert!(has_seq(c, &[Op::LoadDeref, Op::StoreName]));
}

#[test]
fn scope_globals() {
    let code = comp("x = 1\ndef f():\n    global x\n    x = 2\n    y = x\n    return len(y)\n");
    let f = find(&code, "f");
    let o = ops(f);
    assert!(o.iter().any(|x| x.0 == Op::StoreGlobal));
    assert!(o.iter().any(|x| x.0 == Op::LoadGlobal));
    assert_eq!(f.varnames, ["y"]);
    // Module level: names in the dict, `global` there uses the global ops.
    let code = comp("global z\nz = 1\nw = 2\n");
    let o = ops(&code);
    assert!(o.iter().any(|x| x.0 == Op::StoreGlobal));
    assert!(o.iter().any(|x| x.0 == Op::StoreName));
    assert_eq!(code.flags & CO_NAME_DICT, CO_NAME_DICT);
}

#[test]
fn scope_global_in_outer_function_hides_from_inner() {
    let code =
        comp("def f():\n    global g\n    g = 1\n    def h():\n        return g\n    return h\n");
    assert!(cells(find(&code, "f")).is_empty());
    assert_eq!(find(&code, "f.<locals>.h").nfreevars, 0);
    assert_eq!(ops(find(&code, "f.<locals>.h"))[0].0, Op::LoadGlobal);
}

#[test]
fn scope_comprehensions() {
    let code = comp("def f(xs, k):\n    return [x * k for x in xs for y in range(x)]\n");
    let f = find(&code, "f");
    assert_eq!(cells(f), ["k"]);
    let lc = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(lc.varnames, [".0", "x", "y", "k"]);
    assert_eq!(freevars(lc), ["k"]);
    // Only the first iterable is evaluated outside; `range` is looked up inside.
    assert!(has_seq(f, &[Op::LoadFast, Op::GetIter, Op::CallFunction]));
    assert!(lc.names.iter().any(|n| n == "range"));
    let g = comp("g = (i for i in x)\n");
    let ge = find(&g, "<genexpr>");
    assert_eq!(ge.flags & CO_GENERATOR, CO_GENERATOR);
    assert!(has_seq(ge, &[Op::YieldValue, Op::Pop]));
}

#[test]
fn scope_class_level_comprehension_cannot_see_class_names() {
    let code = comp("class C:\n    a = 1\n    b = [a for _ in range(3)]\n");
    let lc = find(&code, "C.<listcomp>");
    assert!(ops(lc).iter().any(|x| x.0 == Op::LoadGlobal));
}

#[test]
fn scope_walrus_binds_in_enclosing_function() {
    let code = comp("def f(xs):\n    if any((y := x) for x in xs):\n        return y\n");
    assert_eq!(cells(find(&code, "f")), ["y"]);
    let ge = find(&code, "f.<locals>.<genexpr>");
    assert_eq!(freevars(ge), ["y"]);
    assert!(has_seq(ge, &[Op::Dup, Op::StoreDeref]));
    let code = comp("[y := x for x in z]\n");
    let lc = find(&code, "<listcomp>");
    assert!(has_seq(lc, &[Op::Dup, Op::StoreGlobal]));
}

#[test]
fn scope_super_and_class_cell() {
    let src = "class A(B):\n    def m(self, x):\n        def g():\n            return __class__\n        return super().m(x), g\n";
    let code = comp(src);
    let a = find(&code, "A");
    assert_eq!(cells(a), ["__class__"]);
    assert!(has_seq(a, &[Op::LoadClosure, Op::ReturnValue]));
    let m = find(&code, "A.m");
    assert_eq!(freevars(m), ["__class__"]);
    let g = find(&code, "A.m.<locals>.g");
    assert_eq!(freevars(g), ["__class__"]);
    // Without super/__class__ there is no cell and the body returns None.
    let code = comp("class A:\n    def m(self):\n        return 1\n");
    let a = find(&code, "A");
    assert!(a.cellvars.is_empty());
    assert!(has_seq(a, &[Op::LoadNone, Op::ReturnValue]));
    // A cell parameter is loaded through LoadDeref as super's second argument.
    let code =
        comp("class A:\n    def m(self):\n        f = lambda: self\n        return super()\n");
    assert!(has_seq(
        find(&code, "A.m"),
        &[
            Op::LoadGlobal,
            Op::LoadDeref,
            Op::LoadDeref,
            Op::CallFunction
        ]
    ));
}

#[test]
fn function_flags_and_layout() {
    let code = comp("def f(a, b, /, c, *args, d, e=1, **kw):\n    yield a\n");
    let f = find(&code, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(f.varnames, ["a", "b", "c", "d", "e", "args", "kw"]);
    assert_eq!(f.flags, CO_GENERATOR | CO_VARARGS | CO_VARKEYWORDS);
    // kwdefaults dict, MakeFunction flag 2.
    assert!(ops(&code).contains(&(Op::MakeFunction, MAKE_FN_KWDEFAULTS)));
    let code = comp("def f(a=1, b=x):\n    pass\n");
    assert!(has_seq(
        &code,
        &[Op::BuildTuple, Op::LoadConst, Op::MakeFunction]
    ));
    let code = comp("def f(a=1, b=2):\n    pass\n");
    assert_eq!(
        code.consts[0],
        Const::Tuple(vec![Const::Int(1), Const::Int(2)])
    );
}

#[test]
fn micropython_decorators_become_flags() {
    let src = "@micropython.viper\ndef f(a: int, b, c: ptr8) -> uint:\n    return a\n@dec\n@micropython.native\ndef g():\n    pass\n@micropython.asm_xtensa\ndef h():\n    pass\n";
    let code = comp(src);
    let f = find(&code, "f");
    assert_eq!(f.flags & CO_VIPER, CO_VIPER);
    assert_eq!(f.viper_types, ["int", "", "ptr8", "uint"]);
    assert_eq!(find(&code, "g").flags & CO_NATIVE, CO_NATIVE);
    assert!(find(&code, "g").viper_types.is_empty());
    assert_eq!(find(&code, "h").flags & CO_ASM_XTENSA, CO_ASM_XTENSA);
    // Only `dec` is applied; `micropython` is never loaded.
    let calls = ops(&code)
        .iter()
        .filter(|x| **x == (Op::CallFunction, 1))
        .count();
    assert_eq!(calls, 1);
    assert!(!code.names.iter().any(|n| n == "micropython"));
}

#[test]
fn constants_are_deduplicated_by_type() {
    let code = comp("a = (1.0, 1, True, 0.0, -0.0, 'x')\nb = [1.0, 1, True, 0.0, -0.0, 1.0, 'x', 'x', -0.0]\nd = 1099511627776\ne = 1099511627776\n");
    let floats: Vec<&Const> = code
        .consts
        .iter()
        .filter(|c| matches!(c, Const::Float(_)))
        .collect();
    assert_eq!(floats.len(), 3, "{:?}", code.consts);
    assert_eq!(
        code.consts
            .iter()
            .filter(|c| **c == Const::Int(1099511627776))
            .count(),
        1
    );
    let t = code
        .consts
        .iter()
        .find(|c| matches!(c, Const::Tuple(_)))
        .expect("tuple");
    if let Const::Tuple(items) = t {
        assert_eq!(items[0], Const::Float(1.0));
        assert_eq!(items[1], Const::Int(1));
        assert_eq!(items[2], Const::True);
        assert!(matches!(items[4], Const::Float(f) if f.is_sign_negative()));
    }
    // Small ints (31-bit, the range every target holds in a word) need no constant at all.
    let code = comp("x = -5\ny = 1073741823\nz = 1073741824\n");
    assert_eq!(ops(&code)[0], (Op::LoadSmallInt, zigzag_encode(-5)));
    assert_eq!(code.consts, [Const::Int(1073741824)]);
}

#[test]
fn modes() {
    let code = comp_mode("1 + 2\nx\n", Mode::Single).unwrap();
    assert_eq!(
        ops(&code).iter().filter(|x| x.0 == Op::PrintExpr).count(),
        2
    );
    let code = comp_mode("a + 1\n", Mode::Eval).unwrap();
    verify(&code).unwrap();
    assert_eq!(ops(&code).last(), Some(&(Op::ReturnValue, 0)));
    assert!(!ops(&code).iter().any(|x| x.0 == Op::LoadNone));
    let code = comp("f()\n");
    assert!(has_seq(&code, &[Op::Pop, Op::LoadNone, Op::ReturnValue]));
    assert!(comp_mode("x = 1\n", Mode::Eval).is_err());
}

#[test]
fn line_numbers() {
    let code = comp("x = 1\n\ny = (2 +\n     z)\ndef f():\n    pass\n");
    let ins = decode(&code.code);
    let line_of = |op: Op, arg: u32| {
        let pc = ins.iter().find(|x| x.1 == op && x.2 == arg).unwrap().0;
        code.line_for_pc(pc)
    };
    assert_eq!(code.line_for_pc(0), 1);
    assert_eq!(line_of(Op::StoreName, 0), 1);
    assert_eq!(line_of(Op::LoadName, 1), 4);
    assert_eq!(line_of(Op::StoreName, 2), 3);
    assert_eq!(find(&code, "f").first_line, 5);
    assert_eq!(find(&code, "f").line_for_pc(0), 6);
}

// ---------------------------------------------------------------------------------------------
// Errors

#[test]
fn syntax_errors_with_lines() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "x = 1\ndef f():\n    x = 2\n    global x\n",
            "name 'x' is assigned to before global declaration",
            4,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        (
            "x = 1\ndef f():\n    def g():\n        nonlocal x\n",
            "no binding for nonlocal 'x' found",
            4,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        ("x = 1\nreturn x\n", "'return' outside function", 2),
        ("class C:\n    return 1\n", "'return' outside function", 2),
        ("yield 1\n", "'yield' outside function", 1),
        ("class C:\n    x = yield\n", "'yield' outside function", 2),
        (
            "def f():\n    return [(yield x) for x in y]\n",
            "'yield' inside list comprehension",
            2,
        ),
        ("break\n", "'break' outside loop", 1),
        (
            "while x:\n    def f():\n        continue\n",
            "'continue' not properly in loop",
            3,
        ),
        (
            "for x in y:\n    class C:\n        break\n",
            "'break' outside loop",
            3,
        ),
        (
            "def f():\n    from m import *\n",
            "import * only allowed at module level",
            2,
        ),
        (
            "class C:\n    [y := 1 for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
        ),
        (
            "[x := 1 for x in z]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            1,
        ),
    ];
    let mut bad = Vec::new();
    for (src, msg, line) in cases {
        if let Err(e) = crate::parser::parse(src, "t.py") {
            bad.push(format!("PARSER {src:?}: {e:?}"));
            continue;
        }
        let e = comp_err(src);
        if e.msg != *msg || e.line != *line {
            bad.push(format!(
                "{src:?}: got {:?} line {}, want {msg:?} line {line}",
                e.msg, e.line
            ));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

fn name(n: &str) -> Expr {
    Expr {
        line: 1,
        kind: ExprKind::Name(n.to_string()),
    }
}

fn module_of(kind: StmtKind) -> Module {
    Module {
        body: vec![Stmt { line: 7, kind }],
    }
}

fn ast_err(m: &Module) -> String {
    match compile(m, "t.py", Mode::File) {
        Ok(_) => String::from("<no error>"),
        Err(e) => {
            assert_eq!(e.line, 7);
            e.msg
        }
    }
}

#[test]
fn invalid_targets_from_hand_built_asts() {
    let call = Expr {
        line: 7,
        kind: ExprKind::Call {
            func: alloc::boxed::Box::new(name("f")),
            args: vec![],
            keywords: vec![],
        },
    };
    let lit = Expr {
        line: 7,
        kind: ExprKind::Constant(crate::ast::Constant::Int(1)),
    };
    let none = Expr {
        line: 7,
        kind: ExprKind::Constant(crate::ast::Constant::None),
    };
    let starred = Expr {
        line: 7,
        kind: ExprKind::Starred(alloc::boxed::Box::new(name("a"))),
    };
    let assign = |t: &Expr| {
        module_of(StmtKind::Assign {
            targets: vec![t.clone()],
            value: name("v"),
        })
    };
    assert_eq!(ast_err(&assign(&call)), "cannot assign to function call");
    assert_eq!(ast_err(&assign(&lit)), "cannot assign to literal");
    assert_eq!(ast_err(&assign(&none)), "cannot assign to None");
    assert_eq!(
        ast_err(&assign(&starred)),
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        ast_err(&module_of(StmtKind::Delete(vec![call.clone()]))),
        "cannot delete function call"
    );
    assert_eq!(
        ast_err(&module_of(StmtKind::Delete(vec![lit.clone()]))),
        "cannot delete literal"
    );
    let tup = Expr {
        line: 7,
        kind: ExprKind::Tuple(vec![name("a"), name("b")]),
    };
    assert_eq!(
        ast_err(&module_of(StmtKind::AugAssign {
            target: tup,
            op: crate::ast::BinOp::Add,
            value: name("v")
        })),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        ast_err(&module_of(StmtKind::Expr(starred))),
        "can't use starred expression here"
    );
    // Errors the parser reports too, checked again by the compiler.
    let st = |a: Expr| Expr {
        line: 7,
        kind: ExprKind::Starred(alloc::boxed::Box::new(a)),
    };
    let two_stars = Expr {
        line: 7,
        kind: ExprKind::Tuple(vec![st(name("a")), st(name("b"))]),
    };
    assert_eq!(
        ast_err(&assign(&two_stars)),
        "multiple starred expressions in assignment"
    );
    let kw = |n: &str| crate::ast::Keyword {
        arg: Some(n.to_string()),
        value: name("v"),
    };
    let call2 = Expr {
        line: 7,
        kind: ExprKind::Call {
            func: alloc::boxed::Box::new(name("f")),
            args: vec![],
            keywords: vec![kw("a"), kw("b"), kw("a")],
        },
    };
    assert_eq!(
        ast_err(&module_of(StmtKind::Expr(call2))),
        "keyword argument repeated: a"
    );
    let arg = |n: &str| crate::ast::Arg {
        name: n.to_string(),
        annotation: None,
        line: 7,
    };
    let fd = crate::ast::FunctionDef {
        is_async: false,
        name: "f".to_string(),
        args: crate::ast::Arguments {
            args: vec![arg("a"), arg("a")],
            ..Default::default()
        },
        body: vec![Stmt {
            line: 7,
            kind: StmtKind::Pass,
        }],
        decorators: vec![],
        returns: None,
    };
    assert_eq!(
        ast_err(&module_of(StmtKind::FunctionDef(alloc::boxed::Box::new(
            fd
        )))),
        "duplicate argument 'a' in function definition"
    );
    let debug = Expr {
        line: 7,
        kind: ExprKind::Name("__debug__".to_string()),
    };
    assert_eq!(ast_err(&assign(&debug)), "cannot assign to __debug__");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // 1000 nested unary minus operators, built by hand (the parser may cap it itself).
    let mut e = name("x");
    for _ in 0..1000 {
        e = Expr {
            line: 7,
            kind: ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Invert,
                operand: alloc::boxed::Box::new(e),
            },
        };
    }
    assert_eq!(
        ast_err(&module_of(StmtKind::Expr(e))),
        "too many nested parentheses"
    );
    // Just below the limit it compiles.
    let mut e = name("x");
    for _ in 0..150 {
        e = Expr {
            line: 7,
            kind: ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Invert,
                operand: alloc::boxed::Box::new(e),
            },
        };
    }
    let code = compile(&module_of(StmtKind::Expr(e)), "t.py", Mode::File).unwrap();
    verify(&code).unwrap();
    // Too many nested loops.
    let nested = |n: usize| {
        let mut src = String::new();
        for i in 0..n {
            src.push_str(&" ".repeat(i * 2));
            src.push_str(&format!("for x{i} in y:\n"));
        }
        src.push_str(&" ".repeat(n * 2));
        src.push_str("pass\n");
        src
    };
    assert_eq!(
        comp_err(&nested(21)).msg,
        "too many statically nested blocks"
    );
    comp(&nested(20));
}

#[test]
fn disassembler_recurses_and_survives_garbage() {
    let code =
        comp("def f():\n    def g():\n        return 'a\\'b', 1.5, b'\\x00'\n    return g\n");
    let text = crate::dis::disassemble(&code);
    assert!(text.contains("Disassembly of f.<locals>.g"), "{text}");
    assert!(
        text.contains("LoadConst            0 ((\"a'b\", 1.5, b'\\x00'))"),
        "{text}"
    );
    let mut bad = code.clone();
    bad.code = vec![Op::LoadConst as u8, 0x80, 0x80];
    assert!(crate::dis::disassemble(&bad).contains("<truncated argument>"));
    bad.code = vec![Op::LoadConst as u8, 9, 250];
    let text = crate::dis::disassemble(&bad);
    assert!(
        text.contains("<bad const 9>") && text.contains("<invalid opcode 250>"),
        "{text}"
    );
}
