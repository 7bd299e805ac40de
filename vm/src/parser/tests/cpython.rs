//! Expectations generated from CPython 3.11 (`ast.parse` dumped in the same compact format
//! as `super::dump`), one test per grammar area.

use super::*;

#[test]
fn precedence_arith() {
    assert_eq!(
        dump("x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8"),
        "Assign([N(x)], BinOp(BinOp(C(1), Add, BinOp(C(2), Mult, C(3))), Sub, BinOp(BinOp(BinOp(BinOp(C(4), Div, C(5)), FloorDiv, C(6)), Mod, C(7)), MatMult, C(8))))@1"
    );
    assert_eq!(
        dump("a | b ^ c & d << e >> f + g"),
        "Expr(BinOp(N(a), BitOr, BinOp(N(b), BitXor, BinOp(N(c), BitAnd, BinOp(BinOp(N(d), LShift, N(e)), RShift, BinOp(N(f), Add, N(g)))))))@1"
    );
    assert_eq!(
        dump("a - b - c"),
        "Expr(BinOp(BinOp(N(a), Sub, N(b)), Sub, N(c)))@1"
    );
    assert_eq!(
        dump("a @ b @ c"),
        "Expr(BinOp(BinOp(N(a), MatMult, N(b)), MatMult, N(c)))@1"
    );
}

#[test]
fn precedence_power_unary() {
    assert_eq!(dump("-2**2"), "Expr(Unary(USub, BinOp(C(2), Pow, C(2))))@1");
    assert_eq!(dump("2**-1"), "Expr(BinOp(C(2), Pow, Unary(USub, C(1))))@1");
    assert_eq!(
        dump("2**3**4"),
        "Expr(BinOp(C(2), Pow, BinOp(C(3), Pow, C(4))))@1"
    );
    assert_eq!(
        dump("-x.y**-z"),
        "Expr(Unary(USub, BinOp(Attr(N(x), y), Pow, Unary(USub, N(z)))))@1"
    );
    assert_eq!(
        dump("~a + +b"),
        "Expr(BinOp(Unary(Invert, N(a)), Add, Unary(UAdd, N(b))))@1"
    );
    assert_eq!(
        dump("x = - - - 2"),
        "Assign([N(x)], Unary(USub, Unary(USub, Unary(USub, C(2)))))@1"
    );
    assert_eq!(
        dump("x = a ** -b ** c"),
        "Assign([N(x)], BinOp(N(a), Pow, Unary(USub, BinOp(N(b), Pow, N(c)))))@1"
    );
}

#[test]
fn precedence_bool_compare() {
    assert_eq!(
        dump("a or b and not c or d"),
        "Expr(BoolOp(Or, [N(a), BoolOp(And, [N(b), Unary(Not, N(c))]), N(d)]))@1"
    );
    assert_eq!(
        dump("not a == b"),
        "Expr(Unary(Not, Compare(N(a), [Eq], [N(b)])))@1"
    );
    assert_eq!(
        dump("a < b <= c != d is not e not in f in g is h > i >= j == k"),
        "Expr(Compare(N(a), [Lt, LtE, NotEq, IsNot, NotIn, In, Is, Gt, GtE, Eq], [N(b), N(c), N(d), N(e), N(f), N(g), N(h), N(i), N(j), N(k)]))@1"
    );
    assert_eq!(
        dump("x = not 1 in 2"),
        "Assign([N(x)], Unary(Not, Compare(C(1), [In], [C(2)])))@1"
    );
    assert_eq!(dump("not not a"), "Expr(Unary(Not, Unary(Not, N(a))))@1");
}

#[test]
fn lambda_and_ternary() {
    assert_eq!(
        dump("lambda: 0"),
        "Expr(Lambda(Args([], [], -, [], [], -, []), C(0)))@1"
    );
    assert_eq!(
        dump("lambda x, y=1, *a, z, w=2, **k: x"),
        "Expr(Lambda(Args([], [Arg(x, -), Arg(y, -)], Arg(a, -), [Arg(z, -), Arg(w, -)], [-, C(2)], Arg(k, -), [C(1)]), N(x)))@1"
    );
    assert_eq!(
        dump("lambda *, a: a"),
        "Expr(Lambda(Args([], [], -, [Arg(a, -)], [-], -, []), N(a)))@1"
    );
    assert_eq!(
        dump("lambda a, /, b: b"),
        "Expr(Lambda(Args([Arg(a, -)], [Arg(b, -)], -, [], [], -, []), N(b)))@1"
    );
    assert_eq!(
        dump("x if y else z if w else v"),
        "Expr(IfExp(N(y), N(x), IfExp(N(w), N(z), N(v))))@1"
    );
    assert_eq!(
        dump("a if b else lambda: c"),
        "Expr(IfExp(N(b), N(a), Lambda(Args([], [], -, [], [], -, []), N(c))))@1"
    );
    assert_eq!(
        dump("lambda x: (yield)"),
        "Expr(Lambda(Args([], [Arg(x, -)], -, [], [], -, []), Yield(-)))@1"
    );
}

#[test]
fn calls() {
    assert_eq!(
        dump("f(a, *b, c=1, **d)"),
        "Expr(Call(N(f), [N(a), Star(N(b))], [Kw(c, C(1)), Kw(-, N(d))]))@1"
    );
    assert_eq!(
        dump("f(x for x in y)"),
        "Expr(Call(N(f), [GeneratorExp(N(x), [Comp(N(x), N(y), [])])], []))@1"
    );
    assert_eq!(dump("f()"), "Expr(Call(N(f), [], []))@1");
    assert_eq!(
        dump("f(a,)(b)[c].d"),
        "Expr(Attr(Sub(Call(Call(N(f), [N(a)], []), [N(b)], []), N(c)), d))@1"
    );
    assert_eq!(
        dump("print(*a, *b, **c, **d)"),
        "Expr(Call(N(print), [Star(N(a)), Star(N(b))], [Kw(-, N(c)), Kw(-, N(d))]))@1"
    );
    assert_eq!(
        dump("f((a for a in b), c)"),
        "Expr(Call(N(f), [GeneratorExp(N(a), [Comp(N(a), N(b), [])]), N(c)], []))@1"
    );
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(dump("a[1]"), "Expr(Sub(N(a), C(1)))@1");
    assert_eq!(dump("a[1:2]"), "Expr(Sub(N(a), Slice(C(1), C(2), -)))@1");
    assert_eq!(dump("a[::3]"), "Expr(Sub(N(a), Slice(-, -, C(3))))@1");
    assert_eq!(
        dump("a[1:2, ::3]"),
        "Expr(Sub(N(a), Tuple([Slice(C(1), C(2), -), Slice(-, -, C(3))])))@1"
    );
    assert_eq!(
        dump("a[:, 1]"),
        "Expr(Sub(N(a), Tuple([Slice(-, -, -), C(1)])))@1"
    );
    assert_eq!(dump("a[1,]"), "Expr(Sub(N(a), Tuple([C(1)])))@1");
    assert_eq!(dump("a[x:=1]"), "Expr(Sub(N(a), Named(x, C(1))))@1");
    assert_eq!(
        dump("a[1:2:3, ...]"),
        "Expr(Sub(N(a), Tuple([Slice(C(1), C(2), C(3)), C(...)])))@1"
    );
    assert_eq!(
        dump("a[b, *c]"),
        "Expr(Sub(N(a), Tuple([N(b), Star(N(c))])))@1"
    );
}

#[test]
fn displays() {
    assert_eq!(dump("()"), "Expr(Tuple([]))@1");
    assert_eq!(dump("(x,)"), "Expr(Tuple([N(x)]))@1");
    assert_eq!(dump("(x)"), "Expr(N(x))@1");
    assert_eq!(dump("(x, y)"), "Expr(Tuple([N(x), N(y)]))@1");
    assert_eq!(dump("[1, 2,]"), "Expr(List([C(1), C(2)]))@1");
    assert_eq!(dump("[]"), "Expr(List([]))@1");
    assert_eq!(dump("{}"), "Expr(Dict([], []))@1");
    assert_eq!(dump("{1}"), "Expr(Set([C(1)]))@1");
    assert_eq!(dump("{1, 2,}"), "Expr(Set([C(1), C(2)]))@1");
    assert_eq!(
        dump("{'a': 1, **b, 'c': 2}"),
        "Expr(Dict([C(\"a\"), -, C(\"c\")], [C(1), N(b), C(2)]))@1"
    );
    assert_eq!(dump("{**a}"), "Expr(Dict([-], [N(a)]))@1");
    assert_eq!(dump("[*a, *b]"), "Expr(List([Star(N(a)), Star(N(b))]))@1");
    assert_eq!(dump("{*a, *b}"), "Expr(Set([Star(N(a)), Star(N(b))]))@1");
    assert_eq!(
        dump("x = *a, *b"),
        "Assign([N(x)], Tuple([Star(N(a)), Star(N(b))]))@1"
    );
}

#[test]
fn comprehensions() {
    assert_eq!(
        dump("[x for x in y]"),
        "Expr(ListComp(N(x), [Comp(N(x), N(y), [])]))@1"
    );
    assert_eq!(
        dump("{x for x in y if x if z}"),
        "Expr(SetComp(N(x), [Comp(N(x), N(y), [N(x), N(z)])]))@1"
    );
    assert_eq!(
        dump("{k: v for k, v in d.items()}"),
        "Expr(DictComp(N(k), N(v), [Comp(Tuple([N(k), N(v)]), Call(Attr(N(d), items), [], []), [])]))@1"
    );
    assert_eq!(
        dump("(x for x in y for z in x if z)"),
        "Expr(GeneratorExp(N(x), [Comp(N(x), N(y), []), Comp(N(z), N(x), [N(z)])]))@1"
    );
    assert_eq!(
        dump("[x*y for x in range(3) for y in range(x) if x if y]"),
        "Expr(ListComp(BinOp(N(x), Mult, N(y)), [Comp(N(x), Call(N(range), [C(3)], []), []), Comp(N(y), Call(N(range), [N(x)], []), [N(x), N(y)])]))@1"
    );
    assert_eq!(
        dump("[(a, b) for a, *b in c]"),
        "Expr(ListComp(Tuple([N(a), N(b)]), [Comp(Tuple([N(a), Star(N(b))]), N(c), [])]))@1"
    );
}

#[test]
fn yield_forms() {
    assert_eq!(
        dump("def f(): x = yield; y = yield 1; z = yield from g(); yield a, b"),
        "Def(f, Args([], [], -, [], [], -, []), [Assign([N(x)], Yield(-))@1, Assign([N(y)], Yield(C(1)))@1, Assign([N(z)], YieldFrom(Call(N(g), [], [])))@1, Expr(Yield(Tuple([N(a), N(b)])))@1], [], -)@1"
    );
    assert_eq!(dump("x = (yield)"), "Assign([N(x)], Yield(-))@1");
    assert_eq!(dump("a = yield b"), "Assign([N(a)], Yield(N(b)))@1");
    assert_eq!(dump("x += yield 1"), "Aug(N(x), Add, Yield(C(1)))@1");
}

#[test]
fn walrus() {
    assert_eq!(
        dump("if (n := len(a)) > 10: pass"),
        "If(Compare(Named(n, Call(N(len), [N(a)], [])), [Gt], [C(10)]), [Pass@1], [])@1"
    );
    assert_eq!(
        dump("[y := f(x), y**2]"),
        "Expr(List([Named(y, Call(N(f), [N(x)], [])), BinOp(N(y), Pow, C(2))]))@1"
    );
    assert_eq!(
        dump("while chunk := read(): pass"),
        "While(Named(chunk, Call(N(read), [], [])), [Pass@1], [])@1"
    );
}

#[test]
fn function_defs() {
    assert_eq!(
        dump("@dec\n@dec2(1)\ndef f(a, b: int = 3, *args: str, c, d=4, **kw) -> bool:\n    \"\"\"doc\"\"\"\n    return a"),
        "Def(f, Args([], [Arg(a, -), Arg(b, N(int))], Arg(args, N(str)), [Arg(c, -), Arg(d, -)], [-, C(4)], Arg(kw, -), [C(3)]), [Expr(C(\"doc\"))@4, Return(N(a))@5], [N(dec), Call(N(dec2), [C(1)], [])], N(bool))@3"
    );
    assert_eq!(
        dump("def g(a, b, /, c, *, d): pass"),
        "Def(g, Args([Arg(a, -), Arg(b, -)], [Arg(c, -)], -, [Arg(d, -)], [-], -, []), [Pass@1], [], -)@1"
    );
    assert_eq!(
        dump("def h(a=1, /, b=2, *c, d, e=5, **f): pass"),
        "Def(h, Args([Arg(a, -)], [Arg(b, -)], Arg(c, -), [Arg(d, -), Arg(e, -)], [-, C(5)], Arg(f, -), [C(1), C(2)]), [Pass@1], [], -)@1"
    );
    assert_eq!(
        dump("def f(*, a=1, b): pass"),
        "Def(f, Args([], [], -, [Arg(a, -), Arg(b, -)], [C(1), -], -, []), [Pass@1], [], -)@1"
    );
    assert_eq!(
        dump("def f(**kw,): pass"),
        "Def(f, Args([], [], -, [], [], Arg(kw, -), []), [Pass@1], [], -)@1"
    );
    assert_eq!(
        dump("def f(\n    a,\n    b,\n):\n    pass"),
        "Def(f, Args([], [Arg(a, -), Arg(b, -)], -, [], [], -, []), [Pass@5], [], -)@1"
    );
}

#[test]
fn class_defs() {
    assert_eq!(
        dump("class A(B, C, metaclass=M, **kw):\n    x: int = 1\n    def m(self): pass"),
        "Class(A, [N(B), N(C)], [Kw(metaclass, N(M)), Kw(-, N(kw))], [Ann(N(x), N(int), C(1), 1)@2, Def(m, Args([], [Arg(self, -)], -, [], [], -, []), [Pass@3], [], -)@3], [])@1"
    );
    assert_eq!(dump("class A: pass"), "Class(A, [], [], [Pass@1], [])@1");
    assert_eq!(dump("class A(): pass"), "Class(A, [], [], [Pass@1], [])@1");
    assert_eq!(
        dump("class C(object):\n    @staticmethod\n    def f(): pass\n    @property\n    def g(self): return 1"),
        "Class(C, [N(object)], [], [Def(f, Args([], [], -, [], [], -, []), [Pass@3], [N(staticmethod)], -)@3, Def(g, Args([], [Arg(self, -)], -, [], [], -, []), [Return(C(1))@5], [N(property)], -)@5], [])@1"
    );
}

#[test]
fn if_elif_else() {
    assert_eq!(
        dump("if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g"),
        "If(N(a), [Expr(N(b))@2], [If(N(c), [Expr(N(d))@4], [If(N(e), [Expr(N(f))@6], [Expr(N(g))@8])@5])@3])@1"
    );
    assert_eq!(
        dump("if x: y; z"),
        "If(N(x), [Expr(N(y))@1, Expr(N(z))@1], [])@1"
    );
    assert_eq!(
        dump("if a:\n  pass\n# comment\n\n    # indented comment\nelse:\n  pass"),
        "If(N(a), [Pass@2], [Pass@7])@1"
    );
}

#[test]
fn loops() {
    assert_eq!(
        dump("while x:\n    break\nelse:\n    continue"),
        "While(N(x), [Break@2], [Continue@4])@1"
    );
    assert_eq!(
        dump("for x, *y in z:\n    pass\nelse:\n    pass"),
        "For(Tuple([N(x), Star(N(y))]), N(z), [Pass@2], [Pass@4])@1"
    );
    assert_eq!(
        dump("for x in 1, 2, *a: pass"),
        "For(N(x), Tuple([C(1), C(2), Star(N(a))]), [Pass@1], [])@1"
    );
    assert_eq!(
        dump("for i in range(10): print(i)"),
        "For(N(i), Call(N(range), [C(10)], []), [Expr(Call(N(print), [N(i)], []))@1], [])@1"
    );
    assert_eq!(
        dump("for x, in y: pass"),
        "For(Tuple([N(x)]), N(y), [Pass@1], [])@1"
    );
}

#[test]
fn try_statements() {
    assert_eq!(
        dump("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f"),
        "Try([Expr(N(a))@2], [Handler(Tuple([N(A), N(B)]), e, [Expr(N(b))@4])@3, Handler(N(C), -, [Expr(N(c))@6])@5, Handler(-, -, [Expr(N(d))@8])@7], [Expr(N(e))@10], [Expr(N(f))@12])@1"
    );
    assert_eq!(
        dump("try:\n    pass\nfinally:\n    pass"),
        "Try([Pass@2], [], [], [Pass@4])@1"
    );
}

#[test]
fn with_statements() {
    assert_eq!(
        dump("with a as b, c as (d, e), f: pass"),
        "With([Item(N(a), N(b)), Item(N(c), Tuple([N(d), N(e)])), Item(N(f), -)], [Pass@1])@1"
    );
    assert_eq!(
        dump("with (a as b, c as d,): pass"),
        "With([Item(N(a), N(b)), Item(N(c), N(d))], [Pass@1])@1"
    );
    assert_eq!(
        dump("with (a, b): pass"),
        "With([Item(N(a), -), Item(N(b), -)], [Pass@1])@1"
    );
    assert_eq!(
        dump("with (a, b) as c: pass"),
        "With([Item(Tuple([N(a), N(b)]), N(c))], [Pass@1])@1"
    );
    assert_eq!(
        dump("with (a) as b: pass"),
        "With([Item(N(a), N(b))], [Pass@1])@1"
    );
    assert_eq!(
        dump("with (yield x) as y: pass"),
        "With([Item(Yield(N(x)), N(y))], [Pass@1])@1"
    );
    assert_eq!(dump("with a: pass"), "With([Item(N(a), -)], [Pass@1])@1");
}

#[test]
fn simple_statements() {
    assert_eq!(
        dump("raise; raise E; raise E from F"),
        "Raise(-, -)@1; Raise(N(E), -)@1; Raise(N(E), N(F))@1"
    );
    assert_eq!(
        dump("def f(): return; return 1; return *a, b"),
        "Def(f, Args([], [], -, [], [], -, []), [Return(-)@1, Return(C(1))@1, Return(Tuple([Star(N(a)), N(b)]))@1], [], -)@1"
    );
    assert_eq!(
        dump("del a, b[0], c.d; del (a, b); del [a]"),
        "Del([N(a), Sub(N(b), C(0)), Attr(N(c), d)])@1; Del([Tuple([N(a), N(b)])])@1; Del([List([N(a)])])@1"
    );
    assert_eq!(
        dump("global a, b; nonlocal c"),
        "Global([a, b])@1; Nonlocal([c])@1"
    );
    assert_eq!(
        dump("assert x; assert x, \"msg\""),
        "Assert(N(x), -)@1; Assert(N(x), C(\"msg\"))@1"
    );
    assert_eq!(
        dump("x = 1; y = 2;"),
        "Assign([N(x)], C(1))@1; Assign([N(y)], C(2))@1"
    );
    assert_eq!(dump("pass; break; continue"), "Pass@1; Break@1; Continue@1");
}

#[test]
fn imports() {
    assert_eq!(
        dump("import a.b.c as d, e"),
        "Import([Alias(a.b.c, d), Alias(e, -)])@1"
    );
    assert_eq!(
        dump("from . import x; from .. import y; from ...a.b import c as d, e; from .... import z"),
        "From(-, [Alias(x, -)], 1)@1; From(-, [Alias(y, -)], 2)@1; From(a.b, [Alias(c, d), Alias(e, -)], 3)@1; From(-, [Alias(z, -)], 4)@1"
    );
    assert_eq!(
        dump("from a import (b, c as d,)"),
        "From(a, [Alias(b, -), Alias(c, d)], 0)@1"
    );
    assert_eq!(dump("from a import *"), "From(a, [Alias(*, -)], 0)@1");
}

#[test]
fn assignments() {
    assert_eq!(dump("a = b = c = 1"), "Assign([N(a), N(b), N(c)], C(1))@1");
    assert_eq!(
        dump("a, *b = c"),
        "Assign([Tuple([N(a), Star(N(b))])], N(c))@1"
    );
    assert_eq!(
        dump("a = b, c = d"),
        "Assign([N(a), Tuple([N(b), N(c)])], N(d))@1"
    );
    assert_eq!(
        dump("(a, b), c = d"),
        "Assign([Tuple([Tuple([N(a), N(b)]), N(c)])], N(d))@1"
    );
    assert_eq!(dump("[a, b] = c"), "Assign([List([N(a), N(b)])], N(c))@1");
    assert_eq!(
        dump("a.b.c = d[e][f] = g"),
        "Assign([Attr(Attr(N(a), b), c), Sub(Sub(N(d), N(e)), N(f))], N(g))@1"
    );
    assert_eq!(dump("x: int"), "Ann(N(x), N(int), -, 1)@1");
    assert_eq!(dump("(x): int = 3"), "Ann(N(x), N(int), C(3), 0)@1");
    assert_eq!(dump("a.b: int"), "Ann(Attr(N(a), b), N(int), -, 0)@1");
    assert_eq!(
        dump("a[0]: int = yield"),
        "Ann(Sub(N(a), C(0)), N(int), Yield(-), 0)@1"
    );
}

#[test]
fn augmented_assignments() {
    assert_eq!(
        dump("a += 1; a.b -= 2; a[c] **= 3; a //= 4; a @= 5; a >>= 6; a <<= 7; a &= 8; a |= 9; a ^= 10; a %= 11; a /= 12; a *= 13"),
        "Aug(N(a), Add, C(1))@1; Aug(Attr(N(a), b), Sub, C(2))@1; Aug(Sub(N(a), N(c)), Pow, C(3))@1; Aug(N(a), FloorDiv, C(4))@1; Aug(N(a), MatMult, C(5))@1; Aug(N(a), RShift, C(6))@1; Aug(N(a), LShift, C(7))@1; Aug(N(a), BitAnd, C(8))@1; Aug(N(a), BitOr, C(9))@1; Aug(N(a), BitXor, C(10))@1; Aug(N(a), Mod, C(11))@1; Aug(N(a), Div, C(12))@1; Aug(N(a), Mult, C(13))@1"
    );
}

#[test]
fn string_concatenation() {
    assert_eq!(dump("'a' 'b'"), "Expr(C(\"ab\"))@1");
    assert_eq!(dump("b'a' b'b'"), "Expr(C(B[97,98]))@1");
    assert_eq!(
        dump("'a' f'{b}' 'c'"),
        "Expr(JS([C(\"a\"), FV(N(b), -, -), C(\"c\")]))@1"
    );
    assert_eq!(
        dump("x = 'a' 'b' f'c'"),
        "Assign([N(x)], JS([C(\"abc\")]))@1"
    );
    assert_eq!(dump("u'abc' U'def'"), "Expr(C(\"abcdef\"))@1");
    assert_eq!(dump("RB'\\x' Br'y' bR'z'"), "Expr(C(B[92,120,121,122]))@1");
}

#[test]
fn fstring_fields() {
    assert_eq!(
        dump("f'{x!r:>10}'"),
        "Expr(JS([FV(N(x), r, JS([C(\">10\")]))]))@1"
    );
    assert_eq!(dump("f'{x=}'"), "Expr(JS([C(\"x=\"), FV(N(x), r, -)]))@1");
    assert_eq!(
        dump("f'{x = }'"),
        "Expr(JS([C(\"x = \"), FV(N(x), r, -)]))@1"
    );
    assert_eq!(dump("f'{x=!s}'"), "Expr(JS([C(\"x=\"), FV(N(x), s, -)]))@1");
    assert_eq!(
        dump("f'{x=:>3}'"),
        "Expr(JS([C(\"x=\"), FV(N(x), -, JS([C(\">3\")]))]))@1"
    );
    assert_eq!(
        dump("f'{{}}{x}{{'"),
        "Expr(JS([C(\"{}\"), FV(N(x), -, -), C(\"{\")]))@1"
    );
    assert_eq!(dump("f''"), "Expr(JS([]))@1");
    assert_eq!(
        dump("f'{x!r}'; f'{x!s}'; f'{x!a}'"),
        "Expr(JS([FV(N(x), r, -)]))@1; Expr(JS([FV(N(x), s, -)]))@1; Expr(JS([FV(N(x), a, -)]))@1"
    );
    assert_eq!(
        dump("f'{x:%H:%M}'"),
        "Expr(JS([FV(N(x), -, JS([C(\"%H:%M\")]))]))@1"
    );
}

#[test]
fn fstring_nested() {
    assert_eq!(
        dump("f'{x:{w}.{p}}'"),
        "Expr(JS([FV(N(x), -, JS([FV(N(w), -, -), C(\".\"), FV(N(p), -, -)]))]))@1"
    );
    assert_eq!(
        dump("f'{3!r:{w}}'"),
        "Expr(JS([FV(C(3), r, JS([FV(N(w), -, -)]))]))@1"
    );
    assert_eq!(
        dump("f'a{b}c{d}e'"),
        "Expr(JS([C(\"a\"), FV(N(b), -, -), C(\"c\"), FV(N(d), -, -), C(\"e\")]))@1"
    );
    assert_eq!(dump("f'{x:}'"), "Expr(JS([FV(N(x), -, JS([]))]))@1");
    assert_eq!(
        dump("f'{a:{b:{c}}}'"),
        "ERR SyntaxError: f-string: expressions nested too deeply @1"
    );
    assert_eq!(
        dump("print(f\"{x:>{width}}\")"),
        "Expr(Call(N(print), [JS([FV(N(x), -, JS([C(\">\"), FV(N(width), -, -)]))])], []))@1"
    );
}

#[test]
fn fstring_expressions() {
    assert_eq!(dump("f\"{'a' 'b'}\""), "Expr(JS([FV(C(\"ab\"), -, -)]))@1");
    assert_eq!(
        dump("f'{a[\"k\"]}'"),
        "Expr(JS([FV(Sub(N(a), C(\"k\")), -, -)]))@1"
    );
    assert_eq!(
        dump("f\"{x, y}\""),
        "Expr(JS([FV(Tuple([N(x), N(y)]), -, -)]))@1"
    );
    assert_eq!(
        dump("f'{a!=b}'"),
        "Expr(JS([FV(Compare(N(a), [NotEq], [N(b)]), -, -)]))@1"
    );
    assert_eq!(
        dump("f'{a<=b}'"),
        "Expr(JS([FV(Compare(N(a), [LtE], [N(b)]), -, -)]))@1"
    );
    assert_eq!(
        dump("f'{a==b=}'"),
        "Expr(JS([C(\"a==b=\"), FV(Compare(N(a), [Eq], [N(b)]), r, -)]))@1"
    );
    assert_eq!(
        dump("f'{\"a\"}' f\"{'b'}\""),
        "Expr(JS([FV(C(\"a\"), -, -), FV(C(\"b\"), -, -)]))@1"
    );
    assert_eq!(dump("f\"\"\"{\nx\n}\"\"\""), "Expr(JS([FV(N(x), -, -)]))@1");
}

#[test]
fn fstring_escapes() {
    assert_eq!(
        dump("rf'\\n{x}\\d'"),
        "Expr(JS([C(\"\\u{5c}n\"), FV(N(x), -, -), C(\"\\u{5c}d\")]))@1"
    );
    assert_eq!(
        dump("f'\\n{x}\\t'"),
        "Expr(JS([C(\"\\u{a}\"), FV(N(x), -, -), C(\"\\u{9}\")]))@1"
    );
    assert_eq!(
        dump("f'\\{x}'"),
        "Expr(JS([C(\"\\u{5c}\"), FV(N(x), -, -)]))@1"
    );
    assert_eq!(
        dump("fR'{x}\\n' Rf'\\t' FR'x'"),
        "Expr(JS([FV(N(x), -, -), C(\"\\u{5c}n\\u{5c}tx\")]))@1"
    );
}

#[test]
fn numbers() {
    assert_eq!(
        dump("1; 1.5; 1.; .5; 1e3; 1E-3; 2j; 0x1f; 0o17; 0b101; 1_000; 0xdead_beef; 1_0.0_1"),
        "Expr(C(1))@1; Expr(C(F1.5))@1; Expr(C(F1.0))@1; Expr(C(F0.5))@1; Expr(C(F1000.0))@1; Expr(C(F0.001))@1; Expr(C(Imag2.0))@1; Expr(C(31))@1; Expr(C(15))@1; Expr(C(5))@1; Expr(C(1000))@1; Expr(C(3735928559))@1; Expr(C(F10.01))@1"
    );
    assert_eq!(
        dump("1.5j + 2J"),
        "Expr(BinOp(C(Imag1.5), Add, C(Imag2.0)))@1"
    );
    assert_eq!(dump("1e+5"), "Expr(C(F100000.0))@1");
    assert_eq!(dump("1.e5"), "Expr(C(F100000.0))@1");
    assert_eq!(dump("00"), "Expr(C(0))@1");
    assert_eq!(dump("0_0"), "Expr(C(0))@1");
    assert_eq!(
        dump("x = 1if 2else 3"),
        "Assign([N(x)], IfExp(C(2), C(1), C(3)))@1"
    );
}

#[test]
fn string_escapes() {
    assert_eq!(
        dump("'\\x41\\u00e9\\U0001F600\\101\\0\\n\\\\\\'' ; r'\\n' ; b'\\x00\\xff' ; rb'\\x' ; '\\q'"),
        "Expr(C(\"A\\u{e9}\\u{1f600}A\\u{0}\\u{a}\\u{5c}\\u{27}\"))@1; Expr(C(\"\\u{5c}n\"))@1; Expr(C(B[0,255]))@1; Expr(C(B[92,120]))@1; Expr(C(\"\\u{5c}q\"))@1"
    );
    assert_eq!(dump("'''a\nb'''"), "Expr(C(\"a\\u{a}b\"))@1");
    assert_eq!(dump("'abc\\\ndef'"), "Expr(C(\"abcdef\"))@1");
    assert_eq!(
        dump("b'\\a\\b\\f\\v\\r\\t\\7\\777'"),
        "Expr(C(B[7,8,12,11,13,9,7,255]))@1"
    );
    assert_eq!(
        dump("'\\a\\b\\f\\v\\r\\t\\7\\777'"),
        "Expr(C(\"\\u{7}\\u{8}\\u{c}\\u{b}\\u{d}\\u{9}\\u{7}\\u{1ff}\"))@1"
    );
}

#[test]
fn line_numbers() {
    assert_eq!(
        dump_with("x = [1,\n     2,\n     3]\ny = 4", true),
        "Assign([N(x)@1], List([C(1)@1, C(2)@2, C(3)@3])@1)@1; Assign([N(y)@4], C(4)@4)@4"
    );
    assert_eq!(
        dump_with("x = 1 \\\n    + 2\nz = 3", true),
        "Assign([N(x)@1], BinOp(C(1)@1, Add, C(2)@2)@1)@1; Assign([N(z)@3], C(3)@3)@3"
    );
    assert_eq!(
        dump_with("a = (1 +\n  2) * 3", true),
        "Assign([N(a)@1], BinOp(BinOp(C(1)@1, Add, C(2)@2)@1, Mult, C(3)@2)@1)@1"
    );
    assert_eq!(
        dump_with("x = \"\"\"\na\"\"\" + 'b'", true),
        "Assign([N(x)@1], BinOp(C(\"\\u{a}a\")@1, Add, C(\"b\")@2)@1)@1"
    );
    assert_eq!(
        dump_with("def f(\n    a,\n):\n    return (a,\n  b)", true),
        "Def(f, Args([], [Arg(a, -)], -, [], [], -, []), [Return(Tuple([N(a)@4, N(b)@5])@4)@4], [], -)@1"
    );
    assert_eq!(
        dump_with("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = [y for y in\n z]", true),
        "If(N(a)@1, [Pass@2], [If(N(b)@3, [Pass@4], [Assign([N(x)@6], ListComp(N(y)@6, [Comp(N(y)@6, N(z)@7, [])])@6)@6])@3])@1"
    );
    assert_eq!(
        dump_with("f(a,\n  b)(c,\n d)", true),
        "Expr(Call(Call(N(f)@1, [N(a)@1, N(b)@2], [])@1, [N(c)@2, N(d)@3], [])@1)@1"
    );
}

#[test]
fn errors_assignment_targets() {
    assert_eq!(
        dump("1 = x"),
        "ERR SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("f() = 1"),
        "ERR SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(dump("del 1"), "ERR SyntaxError: cannot delete literal @1");
    assert_eq!(
        dump("for 1 in x: pass"),
        "ERR SyntaxError: cannot assign to literal @1"
    );
    assert_eq!(
        dump("1 += 1"),
        "ERR SyntaxError: 'literal' is an illegal expression for augmented assignment @1"
    );
    assert_eq!(
        dump("(a, b) += 1"),
        "ERR SyntaxError: 'tuple' is an illegal expression for augmented assignment @1"
    );
    assert_eq!(
        dump("x = yield = 1"),
        "ERR SyntaxError: assignment to yield expression not possible @1"
    );
    assert_eq!(
        dump("(a, 1) = x"),
        "ERR SyntaxError: cannot assign to literal @1"
    );
    assert_eq!(
        dump("[a, b()] = x"),
        "ERR SyntaxError: cannot assign to function call @1"
    );
    assert_eq!(
        dump("a < b = c"),
        "ERR SyntaxError: cannot assign to comparison @1"
    );
    assert_eq!(
        dump("lambda x: x = 1"),
        "ERR SyntaxError: cannot assign to lambda @1"
    );
    assert_eq!(
        dump("a if b else c = 1"),
        "ERR SyntaxError: cannot assign to conditional expression @1"
    );
    assert_eq!(
        dump("{a: b} = c"),
        "ERR SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("(x for x in y) = 1"),
        "ERR SyntaxError: cannot assign to generator expression @1"
    );
    assert_eq!(
        dump("None = 1"),
        "ERR SyntaxError: cannot assign to None @1"
    );
    assert_eq!(
        dump("... = 1"),
        "ERR SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("f'{x}' = 1"),
        "ERR SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("a and b = 1"),
        "ERR SyntaxError: cannot assign to expression @1"
    );
    assert_eq!(
        dump("-a = 1"),
        "ERR SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("not a = 1"),
        "ERR SyntaxError: cannot assign to expression @1"
    );
    assert_eq!(
        dump("del f()"),
        "ERR SyntaxError: cannot delete function call @1"
    );
    assert_eq!(dump("del *a"), "ERR SyntaxError: cannot delete starred @1");
    assert_eq!(
        dump("[x for x in y] = 1"),
        "ERR SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? @1"
    );
    assert_eq!(
        dump("a, b: int"),
        "ERR SyntaxError: only single target (not tuple) can be annotated @1"
    );
}

#[test]
fn errors_lexical() {
    assert_eq!(
        dump("x = (1,\n2"),
        "ERR SyntaxError: '(' was never closed @1"
    );
    assert_eq!(
        dump("x = 'abc"),
        "ERR SyntaxError: unterminated string literal (detected at line 1) @1"
    );
    assert_eq!(
        dump("x = \"\"\"abc\n"),
        "ERR SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1"
    );
    assert_eq!(
        dump("x = '''abc\n\n"),
        "ERR SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1"
    );
    assert_eq!(dump("1abc"), "ERR SyntaxError: invalid decimal literal @1");
    assert_eq!(dump("a $ b"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("x = [1,\n2]]"), "ERR SyntaxError: unmatched ']' @2");
    assert_eq!(
        dump("x = (1]"),
        "ERR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1"
    );
    assert_eq!(dump("x("), "ERR SyntaxError: '(' was never closed @1");
    assert_eq!(dump("def f("), "ERR SyntaxError: '(' was never closed @1");
    assert_eq!(
        dump("0777"),
        "ERR SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1"
    );
    assert_eq!(dump("1__0"), "ERR SyntaxError: invalid decimal literal @1");
    assert_eq!(dump("0x_1"), "Expr(C(1))@1");
    assert_eq!(dump("0b_"), "ERR SyntaxError: invalid binary literal @1");
    assert_eq!(dump("1_e5"), "ERR SyntaxError: invalid decimal literal @1");
    assert_eq!(
        dump("'a' b'c'"),
        "ERR SyntaxError: cannot mix bytes and nonbytes literals @1"
    );
    assert_eq!(
        dump("b'\\xe9'.decode() + b'é'"),
        "ERR SyntaxError: bytes can only contain ASCII literal characters @1"
    );
    assert_eq!(dump("ur''"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("a = €"),
        "ERR SyntaxError: invalid character '€' (U+20AC) @1"
    );
}

#[test]
fn errors_indentation() {
    assert_eq!(
        dump("if x:\npass"),
        "ERR IndentationError: expected an indented block after 'if' statement on line 1 @2"
    );
    assert_eq!(
        dump("if x:\n  a\n b"),
        "ERR IndentationError: unindent does not match any outer indentation level @3"
    );
    assert_eq!(dump("  a"), "ERR IndentationError: unexpected indent @1");
    assert_eq!(
        dump("def f():\n    pass\n  x = 1"),
        "ERR IndentationError: unindent does not match any outer indentation level @3"
    );
    assert_eq!(
        dump("for x in y:\n    pass\n  else:\n    pass"),
        "ERR IndentationError: unindent does not match any outer indentation level @3"
    );
    assert_eq!(
        dump("if x:\n    pass\n    else:\n        pass"),
        "ERR SyntaxError: invalid syntax @3"
    );
    assert_eq!(
        dump("class A:\n\nx = 1"),
        "ERR IndentationError: expected an indented block after class definition on line 1 @3"
    );
    assert_eq!(
        dump("try:\n    pass\nexcept:\nx"),
        "ERR IndentationError: expected an indented block after 'except' statement on line 3 @4"
    );
}

#[test]
fn errors_grammar() {
    assert_eq!(
        dump("f(x=1, y)"),
        "ERR SyntaxError: positional argument follows keyword argument @1"
    );
    assert_eq!(
        dump("def f(a=1, b): pass"),
        "ERR SyntaxError: non-default argument follows default argument @1"
    );
    assert_eq!(
        dump("f(*a, **b, *c)"),
        "ERR SyntaxError: iterable argument unpacking follows keyword argument unpacking @1"
    );
    assert_eq!(
        dump("f(**b, a)"),
        "ERR SyntaxError: positional argument follows keyword argument unpacking @1"
    );
    assert_eq!(
        dump("f(x for x in y, 1)"),
        "ERR SyntaxError: Generator expression must be parenthesized @1"
    );
    assert_eq!(
        dump("def f(*): pass"),
        "ERR SyntaxError: named arguments must follow bare * @1"
    );
    assert_eq!(dump("x = 1 +"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("if x\n    pass"), "ERR SyntaxError: expected ':' @1");
    assert_eq!(
        dump("try:\n    pass"),
        "ERR SyntaxError: expected 'except' or 'finally' block @2"
    );
    assert_eq!(
        dump("try:\n    pass\nelse:\n    pass"),
        "ERR SyntaxError: expected 'except' or 'finally' block @3"
    );
    assert_eq!(dump("except: pass"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("else: pass"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("a = 1 if 2"),
        "ERR SyntaxError: expected 'else' after 'if' expression @1"
    );
    assert_eq!(
        dump("f(a.b=1)"),
        "ERR SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @1"
    );
    assert_eq!(dump("x := 1"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("from a import b,"),
        "ERR SyntaxError: trailing comma not allowed without surrounding parentheses @1"
    );
    assert_eq!(dump("import"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("def f(**a, b): pass"),
        "ERR SyntaxError: arguments cannot follow var-keyword argument @1"
    );
    assert_eq!(
        dump("def f(*a, *b): pass"),
        "ERR SyntaxError: * argument may appear only once @1"
    );
    assert_eq!(
        dump("def f(a, /, b, /): pass"),
        "ERR SyntaxError: / may appear only once @1"
    );
    assert_eq!(dump("class"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("@dec\nx = 1"), "ERR SyntaxError: invalid syntax @2");
    assert_eq!(
        dump("[*a for a in b]"),
        "ERR SyntaxError: iterable unpacking cannot be used in comprehension @1"
    );
    assert_eq!(
        dump("{**a for a in b}"),
        "ERR SyntaxError: dict unpacking cannot be used in dict comprehension @1"
    );
    assert_eq!(dump("x = 1;;"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump(";"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("a.1"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("f(,)"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("x = 1 2"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("print 1"),
        "ERR SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1"
    );
    assert_eq!(dump("global"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(dump("nonlocal a,"), "ERR SyntaxError: invalid syntax @1");
    assert_eq!(
        dump("[x for x in *a]"),
        "ERR SyntaxError: invalid syntax @1"
    );
}

#[test]
fn errors_fstrings() {
    assert_eq!(
        dump("f'{}'"),
        "ERR SyntaxError: f-string: empty expression not allowed @1"
    );
    assert_eq!(
        dump("f'}'"),
        "ERR SyntaxError: f-string: single '}' is not allowed @1"
    );
    assert_eq!(
        dump("f'{x!z}'"),
        "ERR SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1"
    );
    assert_eq!(
        dump("f'{x}}'"),
        "ERR SyntaxError: f-string: single '}' is not allowed @1"
    );
    assert_eq!(dump("f'{x'"), "ERR SyntaxError: f-string: expecting '}' @1");
    assert_eq!(
        dump("f'{x!}'"),
        "ERR SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1"
    );
    assert_eq!(
        dump("f'{lambda x: 1}'"),
        "ERR SyntaxError: f-string: invalid syntax @1"
    );
    assert_eq!(
        dump("f'{*a}'"),
        "ERR SyntaxError: f-string: cannot use starred expression here @1"
    );
    assert_eq!(
        dump("f'{a:{b:{c:{d}}}}'"),
        "ERR SyntaxError: f-string: expressions nested too deeply @1"
    );
    assert_eq!(
        dump("f'{a\\n}'"),
        "ERR SyntaxError: f-string expression part cannot include a backslash @1"
    );
    assert_eq!(
        dump("f'{a#}'"),
        "ERR SyntaxError: f-string expression part cannot include '#' @1"
    );
}

/// Stack-usage probe (run manually): parses worst-case nesting in a thread whose stack size
/// is `$UPY_STACK` bytes.
#[test]
#[ignore]
fn stack_probe() {
    extern crate std;
    let size: usize = std::env::var("UPY_STACK").unwrap().parse().unwrap();
    let h = std::thread::Builder::new()
        .stack_size(size)
        .spawn(|| {
            let mut src = String::new();
            for _ in 0..199 {
                src.push_str("1 | 1 ^ 1 & 1 << 1 + 1 * (");
            }
            src.push('1');
            for _ in 0..199 {
                src.push(')');
            }
            let r = parse(&src, "x");
            std::println!("{:?}", r.err());
            let r = parse(
                &(String::from("x = ") + &"(".repeat(199) + &")".repeat(199)),
                "x",
            );
            std::println!("{:?}", r.err());
        })
        .unwrap();
    h.join().unwrap();
}
