//! Structural tests over many programs: every code object passes the verifier (exact stack
//! and block sizes, jumps on instruction boundaries, consistent depths at joins).

use super::*;

const PROGRAMS: &[&str] = &[
    "x = 1\ny = x + 2 * 3 - -4\n",
    "a, b = b, a\n[c, (d, e)] = f\n",
    "a, *b, c = range(10)\n*d, = x\n",
    "x = y = z = [1, 2, 3]\nx[0] = y.attr = 5\n",
    "a[1:2] = b[::2]\nc = d[1:2, ..., 3]\ndel e[0], f.g, (h, i)\n",
    "x += 1\na.b -= 2\nc[d] *= 3\ne[f:g] **= 4\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "while a < b:\n    a += 1\n    if a == 5:\n        break\n    continue\nelse:\n    c = 1\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    print(i)\nelse:\n    print('done')\n",
    "for i, (j, k) in enumerate(x):\n    for m in j:\n        if m:\n            break\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b + c + d\n",
    "def f(a, /, b, *, c):\n    return a, b, c\n",
    "f = lambda x, y=2: x * y\ng = lambda: (yield)\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def gen(n):\n    for i in range(n):\n        yield i\n    yield from range(3)\n    return 5\n",
    "class A:\n    x = 1\n    def m(self):\n        return self.x\n",
    "class B(A, metaclass=M, flag=True):\n    def m(self):\n        return super().m() + 1\n",
    "@dec\n@dec2(1)\ndef f():\n    pass\n@cdec\nclass C:\n    pass\n",
    "try:\n    a()\nexcept ValueError:\n    b()\nexcept (TypeError, KeyError) as e:\n    c(e)\nexcept:\n    d()\nelse:\n    e()\nfinally:\n    f()\n",
    "try:\n    a()\nfinally:\n    b()\n",
    "try:\n    raise X\nexcept X as e:\n    raise Y from e\n",
    "def f():\n    try:\n        return 1\n    finally:\n        print('x')\n",
    "def f():\n    for x in y:\n        try:\n            if x:\n                break\n            continue\n        finally:\n            g()\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        except E as e:\n            return e\n        finally:\n            break\n",
    "def f():\n    while 1:\n        try:\n            pass\n        except:\n            break\n        else:\n            continue\n",
    "with open(f) as g:\n    g.read()\n",
    "with a as (b, c), d, e as f.g:\n    pass\n",
    "def f():\n    for x in y:\n        with a() as b:\n            if b:\n                return b\n            break\n",
    "def f():\n    with a:\n        try:\n            return 1\n        finally:\n            with b:\n                return 2\n",
    "assert x\nassert x, 'message'\n",
    "import os\nimport os.path\nimport a.b.c as d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom q import *\n",
    "def f():\n    global g\n    g = 1\n    del g\n",
    "print(*a, *b, c, **d, e=1, **f)\nf(1, *x)\ng(a=1, **k)\nh(**k, a=1)\n",
    "o.m(1, 2, k=3)\no.n(*a)\no.p(**k)\no.q()\n",
    "x = [*a, 1, *b]\ny = (*a,)\nz = {*a, 2}\nw = {**a, 'k': 1, **b}\n",
    "x = [i * j for i in range(3) for j in range(i) if j if i]\n",
    "x = {i: j for i, j in d.items()}\ny = {i for i in s}\nz = (i for i in s)\n",
    "def f(xs):\n    return [x + y for x in xs for y in [x]]\n",
    "def f(xs):\n    if any((y := x) > 2 for x in xs):\n        return y\n",
    "x = f'{a} and {b!r:>{width}} {c:.2f} {d!s}'\n",
    "x = a < b < c <= d\ny = a if b else c\nz = not a and (b or c)\n",
    "x = 1 if a and not b or c else 2\nif not (a or b) and c:\n    pass\n",
    "x = ['str', b'bytes', 1.5, -0.0, 0.0, 1, 1.0, True, None, ..., 1 == 1.0]\n",
    "x = (1, 2.0, 'a', b'b', None, (True, ...))\ny = -5\nz = 10**30\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n",
    "def f():\n    yield 1\n    x = yield\n    y = yield from g()\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        def g():\n            return e\n",
    "async_ = 1\nnonlocal_ = 2\nx: int = 3\ny: list\na.b: int = 4\n",
    "def f(a):\n    x: int = a\n    y: str\n    return x\n",
    "while True:\n    pass\n",
    "for x in y:\n    pass\nelse:\n    pass\nwhile a:\n    break\nelse:\n    pass\n",
    "def f():\n    try:\n        try:\n            a()\n        except A:\n            return 1\n        finally:\n            b()\n    except B as e:\n        return e\n",
    "class A(*bases, **kw):\n    pass\n",
    "raise\n",
    "def f(*, a=1, b):\n    return a\n",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 1\n        except:\n            pass\n",
    "for a in b:\n    try:\n        pass\n    finally:\n        for c in d:\n            continue\n        break\n",
];

#[test]
fn corpus_of_programs_verifies() {
    assert!(PROGRAMS.len() >= 50);
    for src in PROGRAMS {
        comp(src);
    }
}

#[test]
fn programs_verify_in_single_mode() {
    for src in PROGRAMS {
        if let Ok(c) = comp_mode(src, Mode::Single) {
            verify(&c).unwrap_or_else(|e| panic!("{e}\n{src}"));
        }
    }
}

/// Every Python file of the project's test corpus that the parser accepts must compile and
/// verify.
#[test]
fn project_corpus_verifies() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut failures = Vec::new();
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(m) = crate::parser::parse(&src, "t.py") else {
            continue;
        };
        n += 1;
        match compile(&m, "t.py", Mode::File) {
            Ok(c) => {
                if let Err(msg) = verify(&c) {
                    failures.push(format!("{}: {msg}", path.display()));
                }
            }
            Err(err) => failures.push(format!("{}: {err:?}", path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{n} files, failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn huge_function_has_correct_jumps() {
    let mut src = String::from("def f(x):\n    while x:\n");
    for i in 0..5000 {
        src.push_str(&format!("        if x == {i}:\n            y = {i}\n"));
    }
    src.push_str("        break\n    return y\n");
    let code = comp(&src);
    let f = find(&code, "f");
    assert!(f.code.len() > 65536, "only {} bytes", f.code.len());
    let ins = decode(&f.code);
    // Each `if` jumps over its own assignment to the next test, i.e. the instruction after
    // the StoreFast that follows it.
    let mut checked = 0;
    for (k, &(_, op, arg)) in ins.iter().enumerate().skip(2) {
        if op == Op::PopJumpIfFalse {
            assert_eq!(ins[k + 2].1, Op::StoreFast);
            assert_eq!(arg as usize, ins[k + 3].0);
            checked += 1;
        }
    }
    assert_eq!(checked, 5000);
    let last_jump = ins
        .iter()
        .rev()
        .find(|x| x.1 == Op::Jump)
        .expect("loop jump");
    assert_eq!(last_jump.2, 0, "the loop jumps back to its test");
}

#[test]
fn many_locals_and_constants() {
    let mut src = String::from("def f():\n");
    for i in 0..400 {
        src.push_str(&format!("    v{i} = 's{i}'\n"));
    }
    src.push_str("    return v399\n");
    let code = comp(&src);
    let f = find(&code, "f");
    assert_eq!(f.varnames.len(), 400);
    assert_eq!(f.consts.len(), 400);
    let ins = ops(f);
    assert_eq!(ins[ins.len() - 4], (Op::LoadFast, 399));
    assert_eq!(ins[2 * 399 + 1], (Op::StoreFast, 399));
    assert_eq!(f.consts[399], Const::Str("s399".to_string()));
}

#[test]
fn long_displays_keep_the_stack_small() {
    let items: Vec<String> = (0..1000).map(|i| format!("x{i}")).collect();
    let pairs: Vec<String> = (0..1000).map(|i| format!("x{i}: {i}")).collect();
    let src = format!(
        "a = [{0}]\nb = ({0},)\nc = {{{0}}}\nd = {{{1}}}\ne = f({0})\n",
        items.join(", "),
        pairs.join(", ")
    );
    let code = comp(&src);
    assert!(code.stacksize < 1010, "stack {}", code.stacksize);
    let src = format!(
        "a = [{0}]\nb = {{{1}}}\n",
        items.join(", "),
        pairs.join(", ")
    );
    let code = comp(&src);
    assert!(code.stacksize <= 40, "stack {}", code.stacksize);
}
