//! Criterion benchmarks of the VM's internals: the front end (lexing, parsing, compiling a
//! generated 1000-line file), the interpreter's dispatch loop, hot operations on dicts, strings
//! and lists, a full collection of a large heap, and the x86-64 native code generator.
//!
//! Run with `cargo bench -p upy-bench` (add a filter: `cargo bench -p upy-bench -- gc`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use upy_vm::compiler::{self, Mode};
use upy_vm::native::NativeCompiler;
use upy_vm::obj::Obj;
use upy_vm::objects::func::CodeObj;
use upy_vm::objects::tuple;
use upy_vm::vm::{Config, Port, Vm};

/// A port that discards output and has no files.
struct NullPort;

impl Port for NullPort {
    fn write_stdout(&mut self, _: &[u8]) {}
    fn write_stderr(&mut self, _: &[u8]) {}
    fn read_file(&mut self, _: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _: &str) -> bool {
        false
    }
}

fn new_vm(heap_bytes: usize) -> Box<Vm> {
    Vm::new(
        Config {
            heap_bytes,
            ..Config::default()
        },
        Box::new(NullPort),
    )
}

/// Runs `src` as `__main__`, panicking with the exception's repr if it raises.
fn run(vm: &mut Vm, src: &str) {
    if let Err(e) = vm.run_main(src, "<bench>") {
        let msg = vm.repr(e).map(|s| vm.str_of(s).to_string());
        panic!("benchmark program raised: {msg:?}");
    }
}

/// About 1000 lines of varied Python: functions, classes, loops, comprehensions, literals.
fn generated_source() -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.lines().count() < 1000 {
        s.push_str(&format!(
            "def func_{i}(a, b=2, *args, key=None, **kw):
    \"\"\"Docstring {i}.\"\"\"
    total = 0
    for x in range(a):
        if x % 3 == 0 and x != b:
            total += x * {i} - (b << 2)
        elif x in (1, 2, 3):
            total -= len(args) or 1
        else:
            total ^= x
    data = {{'k{i}': [y ** 2 for y in range(b) if y], 'name': f'func {{a}}-{{b}}'}}
    try:
        value = data['k{i}'][0]
    except (IndexError, KeyError) as exc:
        value = None
    finally:
        total += 1
    return total, value, lambda q: q + {i}


class Class{i}(object):
    attr = {i}.5

    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, 'str{i}', b'bytes', None, True]

    def method(self, y=1):
        with open('f') if y > 100 else nullcontext() as f:
            while y < self.x:
                y = y * 2 if y else 1
        return [a + b for a, b in zip(self.items, self.items[1:]) if a is not None]


"
        ));
        i += 1;
    }
    s
}

fn front_end(c: &mut Criterion) {
    let src = generated_source();
    let lines = src.lines().count();
    c.bench_function(&format!("parse+compile {lines} lines"), |b| {
        b.iter(|| {
            let m = upy_vm::parser::parse(black_box(&src), "gen.py").expect("parses");
            compiler::compile(&m, "gen.py", Mode::File).expect("compiles")
        })
    });
    c.bench_function(&format!("parse {lines} lines"), |b| {
        b.iter(|| upy_vm::parser::parse(black_box(&src), "gen.py").expect("parses"))
    });
}

fn dispatch(c: &mut Criterion) {
    let src = "
def loop(n):
    s = 0
    i = 0
    while i < n:
        s += i & 7
        i += 1
    return s
loop(20000)
";
    let mut vm = new_vm(8 << 20);
    c.bench_function("dispatch: while loop, 20k iterations", |b| {
        b.iter(|| run(&mut vm, black_box(src)))
    });
}

fn hot_ops(c: &mut Criterion) {
    let cases = [
        (
            "dict: 2000 int keys set, get, update",
            "d = {}
for i in range(2000):
    d[i] = i
for i in range(2000):
    d[i] = d.get(i, 0) + 1
",
        ),
        (
            "dict: 1000 str keys",
            "d = {}
for i in range(1000):
    d['key%d' % i] = i
t = 0
for k in d:
    t += d[k]
",
        ),
        (
            "str: split, join, replace, find",
            "s = ' '.join(['word%d' % i for i in range(300)])
for _ in range(20):
    p = s.split()
    t = '-'.join(p).replace('word', 'w')
    n = t.find('w299')
",
        ),
        (
            "list: append, index, slice, sort",
            "l = []
for i in range(2000):
    l.append((i * 7919) % 2003)
m = l[100:1900]
m.sort()
x = l[500] + m[-1] + len(l[::3])
",
        ),
    ];
    let mut vm = new_vm(16 << 20);
    for (name, src) in cases {
        c.bench_function(name, |b| b.iter(|| run(&mut vm, black_box(src))));
    }
}

fn gc(c: &mut Criterion) {
    let mut vm = new_vm(64 << 20);
    // About 200k live objects held by the main module.
    run(
        &mut vm,
        "keep = [[i, str(i), (i, i + 1.5)] for i in range(50000)]",
    );
    c.bench_function("gc: collect a heap of ~200k live objects", |b| {
        b.iter(|| vm.collect())
    });
    let mut vm = new_vm(64 << 20);
    c.bench_function("gc: allocate 100k short-lived lists then collect", |b| {
        b.iter_batched(
            || (),
            |_| {
                run(&mut vm, "for i in range(100000):\n    x = [i, i]\n");
                vm.collect()
            },
            BatchSize::PerIteration,
        )
    });
}

fn native_compile(c: &mut Criterion) {
    // Twenty functions of about twenty lines each, compiled to x86-64 one after another.
    let mut src = String::new();
    for i in 0..20 {
        src.push_str(&format!(
            "def f{i}(a, b):
    s = 0
    for x in range(a):
        if x % 3 == 0:
            s += x * b
        elif x & 1:
            s -= {i}
        else:
            s ^= x
    l = [a, b, s]
    d = {{'a': a, 'b': b}}
    try:
        s += d['c']
    except KeyError:
        s += 1
    while b > 0:
        b -= 1
        s += l[b % 3]
    return s
"
        ));
    }
    let mut vm = new_vm(8 << 20);
    vm.enter();
    let module = vm
        .compile_source(&src, "native.py", Mode::File)
        .expect("compiles");
    // Keep the code reachable from the heap's roots while the benchmark runs.
    vm.extra_roots.push(module);
    // SAFETY: compile_source returns a code object.
    let module_code: &CodeObj = unsafe { module.as_ref::<CodeObj>() };
    let functions: Vec<Obj> = tuple::items(module_code.consts)
        .iter()
        .copied()
        .filter(|o| o.is_ptr() && o.type_of().name == "code")
        .collect();
    assert_eq!(functions.len(), 20, "expected 20 function code objects");
    let mut compiler = upy_emitter_x64::X64Compiler::default();
    c.bench_function("native: compile 20 functions to x86-64", |b| {
        b.iter(|| {
            for &f in &functions {
                // SAFETY: filtered to code objects above.
                let co: &CodeObj = unsafe { f.as_ref::<CodeObj>() };
                black_box(compiler.compile(co).expect("native compile"));
            }
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = front_end, dispatch, hot_ops, gc, native_compile
}
criterion_main!(benches);
