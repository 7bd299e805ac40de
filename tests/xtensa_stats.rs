//! `micropython.xtensa_stats()`: the simulator's counts for the last `asm_xtensa` call.

use std::process::Command;

#[test]
fn instruction_counts_follow_the_loop_trip_count() {
    let src = "import micropython\n\
               @micropython.asm_xtensa\n\
               def count(a2):\n    movi(a3, 0)\n    label(loop)\n    beqz(a2, done)\n    \
               addi(a3, a3, 1)\n    addi(a2, a2, -1)\n    j(loop)\n    label(done)\n    mov(a2, a3)\n\
               for n in (10, 110):\n    r = count(n)\n    i, c = micropython.xtensa_stats()\n    \
               print(r, i, c >= i)\n";
    let out = Command::new(env!("CARGO_BIN_EXE_upy"))
        .arg("-c")
        .arg(src)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split(' ').collect()).collect();
    assert_eq!(rows[0][0], "10");
    assert_eq!(rows[1][0], "110");
    assert_eq!(rows[0][2], "True");
    let (a, b): (u64, u64) = (rows[0][1].parse().unwrap(), rows[1][1].parse().unwrap());
    // Four instructions per trip (beqz, addi, addi, j); the rest is the same for both calls.
    assert_eq!(b - a, 4 * 100);
}
