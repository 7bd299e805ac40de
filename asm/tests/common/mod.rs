//! Helpers for running GNU binutils for xtensa-lx106 from tests.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

pub const AS: &str = "xtensa-lx106-elf-as";
pub const OBJCOPY: &str = "xtensa-lx106-elf-objcopy";
pub const OBJDUMP: &str = "xtensa-lx106-elf-objdump";

/// Panic (never silently pass) when the GNU tools are missing.
pub fn require_tools() {
    for tool in [AS, OBJCOPY, OBJDUMP] {
        let ok = Command::new(tool)
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(
            ok,
            "`{tool}` not found: install the Debian package binutils-xtensa-lx106 \
             (apt-get install binutils-xtensa-lx106); these tests compare against GNU as"
        );
    }
}

/// A fresh scratch directory.
pub fn scratch() -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let d = std::env::temp_dir().join(format!(
        "upy-asm-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Assemble `src` with GNU as (`--no-transform --text-section-literals`)
/// and return the `.text` bytes, or the assembler's messages.
pub fn gnu_as(src: &str) -> Result<Vec<u8>, String> {
    let d = scratch();
    let (s, o, b) = (d.join("t.s"), d.join("t.o"), d.join("t.bin"));
    std::fs::write(&s, src).unwrap();
    let out = Command::new(AS)
        .args(["--no-transform", "--text-section-literals"])
        .arg(&s)
        .arg("-o")
        .arg(&o)
        .output()
        .expect("run as");
    if !out.status.success() {
        let _ = std::fs::remove_dir_all(&d);
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let st = Command::new(OBJCOPY)
        .args(["-O", "binary", "-j", ".text"])
        .arg(&o)
        .arg(&b)
        .status()
        .expect("run objcopy");
    assert!(st.success());
    let bytes = std::fs::read(&b).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&d);
    Ok(bytes)
}

/// `objdump -D` of raw bytes (loaded at address 0) from `start`: a list
/// of (address, "mnemonic\toperands") with l32r literal values removed.
pub fn objdump(bytes: &[u8], start: usize) -> Vec<(usize, String)> {
    let d = scratch();
    let b = d.join("t.bin");
    std::fs::write(&b, bytes).unwrap();
    let out = Command::new(OBJDUMP)
        .args(["-b", "binary", "-m", "xtensa", "-D", "-z"])
        .arg(format!("--start-address=0x{start:x}"))
        .arg(&b)
        .output()
        .expect("run objdump");
    let _ = std::fs::remove_dir_all(&d);
    let text = String::from_utf8_lossy(&out.stdout);
    let mut v = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(addr), Some(_bytes), Some(rest)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(addr) = addr.trim().strip_suffix(':') else {
            continue;
        };
        let Ok(addr) = usize::from_str_radix(addr, 16) else {
            continue;
        };
        let mut rest = rest.trim_end().to_string();
        if let Some(i) = rest.find(" (0x") {
            rest.truncate(i);
        }
        v.push((addr, rest));
    }
    v
}
