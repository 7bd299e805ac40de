//! `gc.disable()`/`enable()`/`isenabled()`/`threshold()`, MicroPython's automatic-collection
//! controls, on a small heap: while disabled, only `gc.collect()` collects and a full heap is a
//! MemoryError; a threshold bounds how much garbage piles up between collections. (CPython's
//! gc module has no such controls over its allocator, so the expectation is MicroPython's
//! documented behaviour, written here.)

use std::process::Command;

const PROGRAM: &str = r#"
import gc
print(gc.isenabled(), gc.threshold())
gc.disable()
print(gc.isenabled())
x = [bytearray(1000) for _ in range(50)]
del x
before = gc.mem_alloc()
gc.collect()
print(gc.mem_alloc() < before)
# 10 MB of garbage through a 512 KB heap: only automatic collection gets it through.
try:
    for i in range(1000):
        bytearray(10000)
    print("no MemoryError")
except MemoryError:
    print("MemoryError while disabled")
gc.enable()
for i in range(1000):
    bytearray(10000)
print(gc.isenabled())
gc.threshold(20000)
print(gc.threshold())
gc.collect()
base = gc.mem_alloc()
peak = 0
for i in range(200):
    b = bytearray(1000)
    peak = max(peak, gc.mem_alloc() - base)
print(peak < 40000)
gc.threshold(-1)
print(gc.threshold())
y = [bytearray(100) for _ in range(1000)]
print(len(y))
"#;

#[test]
fn automatic_collection_can_be_disabled_and_bounded() {
    let out = Command::new(env!("CARGO_BIN_EXE_upy"))
        .args(["-X", "heapsize=512K", "-c", PROGRAM])
        .output()
        .expect("upy runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "True -1\nFalse\nTrue\nMemoryError while disabled\nTrue\n20000\nTrue\n-1\n1000\n"
    );
}
