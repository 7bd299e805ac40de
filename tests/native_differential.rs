//! Differential tests: each program runs in-process under the interpreter and again with every
//! function compiled by the host's code generator (`-X emit=native`: x86-64 code, or Xtensa
//! code on the LX106 simulator on 32-bit hosts); stdout, stderr (tracebacks) and the result
//! must be identical. The programs aim at the generator's bad cases: hundreds of locals, long
//! bodies, constants of every size, small-int overflow edges, deep recursion, exceptions
//! crossing native and bytecode frames, generators driven by send/throw/close.

#[path = "native/harness.rs"]
mod common;

use upy_vm::vm::Config;

/// Output of `src` (stdout, stderr, exit status), and the native compiler's statistics.
fn run(src: &str, native: bool) -> (String, usize, Vec<(String, String)>) {
    let (out, vm) = common::run(src, native, Config::default().heap_bytes);
    let s = &vm.native_stats;
    (out, s.compiled, s.fallbacks.clone())
}

/// Runs `src` both ways on a thread with a large stack; returns the common output and the
/// functions left to bytecode.
fn both_ways(src: &str) -> (String, Vec<(String, String)>) {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let (b, _, _) = run(&src, false);
            let (n, compiled, fallbacks) = run(&src, true);
            assert_eq!(b, n, "bytecode and native differ for:\n{src}");
            assert!(compiled > 0, "nothing was compiled");
            (n, fallbacks)
        })
        .unwrap()
        .join()
        .unwrap()
}

/// `both_ways` where every function compiles; returns the common output.
fn same(src: &str) -> String {
    let (out, fallbacks) = both_ways(src);
    assert!(fallbacks.is_empty(), "fell back: {fallbacks:?}");
    out
}

/// A function whose loop body is `lines` statements long, and a call of it.
fn long_function(lines: usize) -> String {
    let mut src =
        String::from("def f(n):\n    t = 0\n    for i in range(n):\n        if i % 2 == 0:\n");
    for i in 0..lines {
        src.push_str(&format!("            t = t + {i} - (i & 3)\n"));
    }
    src.push_str("        else:\n            t -= 1\n    return t\nprint(f(20))\ndef g():\n    return 1\nprint(g())\n");
    src
}

#[test]
fn arithmetic_and_small_int_edges() {
    let out = same(
        "
def f(a, b):
    return (a + b, a - b, a & b, a | b, a ^ b, a * b, a // b if b else 0, a < b, a >= b, a == b, a is b)
M = 2**62 - 1
m = -2**62
for a, b in [(1, 2), (M, 1), (m, -1), (m, 1), (M, -1), (M, M), (m, m), (0, m), (-1, M), (3, 2.5), ('a', 'b'), (2**100, 1)]:
    try:
        print(f(a, b))
    except TypeError as e:
        print('TypeError', e)
print(f(M, 0)[0] + 1, f(m, 0)[0] - 1)
",
    );
    assert!(out.contains("4611686018427387904"), "{out}");
}

#[test]
fn constants_of_every_size() {
    same(
        "
def f():
    return (0, 1, -1, 63, 64, -64, 127, 128, 2**31 - 1, 2**31, -2**31, 2**32, 2**62 - 1, -2**62,
            2**62, 2**63, -2**63 - 1, 2**64, 10**40, 1.5, -0.0, 1e300, 'x', 'a long string constant ' * 3,
            b'bytes', (1, (2, 3)), None, True, False, ...)
print(f())
",
    );
}

#[test]
fn hundreds_of_locals() {
    let n = 400;
    let mut src = String::from("def f(p):\n");
    for i in 0..n {
        src.push_str(&format!("    v{i} = p + {i}\n"));
    }
    src.push_str("    s = 0\n");
    for i in (0..n).step_by(7) {
        src.push_str(&format!("    s += v{i}\n"));
    }
    src.push_str(&format!("    del v{}\n    return s, v{}\n", n - 1, n - 2));
    src.push_str("print(f(1))\ndef g():\n    return f\n");
    src.push_str(
        "def h():\n    del_me = 1\n    del del_me\n    return del_me\ntry:\n    h()\nexcept UnboundLocalError as e:\n    print(e)\n",
    );
    same(&src);
}

/// Xtensa's `j` reaches ±128 KiB (more than the ESP8266's 32 KiB of IRAM could hold), about
/// 600 lines of this body; x86-64 branches reach anywhere.
const FAR_LINES: usize = if cfg!(target_pointer_width = "32") {
    400
} else {
    3000
};

#[test]
fn very_long_bodies_and_far_branches() {
    same(&long_function(FAR_LINES));
}

/// (x86-64 code has no such limit.)
#[cfg(target_pointer_width = "32")]
#[test]
fn a_function_too_long_for_its_branches_stays_bytecode() {
    let (_, fallbacks) = both_ways(&long_function(1000));
    assert_eq!(fallbacks.len(), 1, "{fallbacks:?}");
    assert_eq!(fallbacks[0].0, "f");
    assert!(fallbacks[0].1.contains("out of range"), "{fallbacks:?}");
}

#[test]
fn deep_recursion_is_a_runtime_error() {
    let out = same(
        "
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RuntimeError as e:
    print('caught', e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(1500))
",
    );
    assert!(
        out.contains("caught maximum recursion depth exceeded"),
        "{out}"
    );
}

#[test]
fn exceptions_through_native_and_bytecode_frames() {
    // Under emit=bytecode only the decorated functions are native: a mixed stack.
    let out = same(
        "
import micropython
@micropython.native
def a(n):
    return b(n) + 1
def b(n):
    try:
        return c(n)
    finally:
        print('finally in b', n)
@micropython.native
def c(n):
    if n > 2:
        raise ValueError('deep %d' % n)
    return d(n + 1)
def d(n):
    return a(n)
try:
    a(0)
except ValueError as e:
    print('caught', e)
def handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k')
    except KeyError as e:
        print('ctx', repr(e.__context__))
    try:
        raise TypeError('t') from ValueError('v')
    except TypeError as e:
        print('cause', repr(e.__cause__))
    try:
        try:
            raise OSError('o')
        except OSError:
            raise
    except OSError as e:
        print('reraised', e)
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(handler())
a(0)
",
    );
    assert!(out.contains("line 14, in c"), "{out}");
}

#[test]
fn generators_send_throw_close() {
    same(
        "
def g():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print('thrown', e)
                x = 100
            if x is None:
                break
            total += x
    finally:
        print('closing', total)
    return total
it = g()
print(next(it), it.send(5), it.send(7), it.throw(ValueError('v')))
it.close()
def sub():
    r = yield 1
    print('sub got', r)
    try:
        yield 2
    except KeyError:
        print('sub caught')
        yield 3
    return 'subret'
def outer():
    v = yield from sub()
    print('outer got', v)
    yield v
o = outer()
print(next(o), o.send('s'), o.throw(KeyError('k')), next(o))
print(list(x * x for x in range(5)), [y for y in outer()])
def early():
    yield 1
    raise StopIteration
try:
    list(early())
except RuntimeError as e:
    print('RuntimeError', e)
",
    );
}

#[test]
fn closures_classes_calls() {
    same(
        "
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
print(c(), c(5), c(k=10))
class P:
    cls_attr = 3
    def __init__(self, x, *rest, sep='-', **kw):
        self.x = x
        self.rest = rest
        self.sep = sep
        self.kw = kw
    def show(self):
        return self.sep.join(str(v) for v in (self.x,) + self.rest) + str(sorted(self.kw.items()))
    @property
    def double(self):
        return self.x * 2
    @staticmethod
    def s(a, b=2):
        return a * b
print(P(1, 2, 3, sep='+', z=1).show(), P(4).double, P.s(3), P.s(b=4, a=1))
args = (1, 2)
kw = {'sep': ':'}
print(P(*args, **kw).show())
def unpack(seq):
    a, *b, c = seq
    x, y = b[:2] if len(b) >= 2 else (0, 0)
    return a, b, c, x, y, f'{a}-{c!r}:{x:>4}'
print(unpack(range(6)), unpack('abc'))
def comp(n):
    return [i for i in range(n) if i % 2], {i: i * i for i in range(n)}, {i % 3 for i in range(n)}
print(comp(7))
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        print(e)
    w = 2
free()
g = 5
def glob():
    global g
    g += 1
    del g
    try:
        return g
    except NameError as e:
        return str(e)
print(glob())
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return t is KeyError
def with_test():
    with Ctx() as c:
        print('inside')
    with Ctx():
        raise KeyError('swallowed')
    with Ctx():
        raise ValueError('escapes')
try:
    with_test()
except ValueError as e:
    print('escaped', e)
def slicing(l):
    l[1:3] = ['x']
    del l[0]
    return l[::-1], l[-1], l[:], len(l)
print(slicing(list(range(6))))
",
    );
}

/// Xtensa native code counts what it executes: a loop of n iterations runs at least n
/// instructions more than one of none.
#[cfg(target_pointer_width = "32")]
#[test]
fn xtensa_code_counts_what_it_executes() {
    let executed = |n: u32| {
        let before = upy_emitter_xtensa::host::executed();
        let src = format!("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f({n}))\n");
        run(&src, true);
        let after = upy_emitter_xtensa::host::executed();
        (after.0 - before.0, after.1 - before.1)
    };
    let (none, many) = (executed(0), executed(1000));
    assert!(many.0 >= none.0 + 1000, "{none:?} {many:?}");
    assert!(
        many.1 > many.0,
        "cycles estimate at least one per instruction: {many:?}"
    );
}
