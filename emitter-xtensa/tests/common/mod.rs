//! Shared helpers: run the Debian Xtensa LX106 toolchain at test time.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Find a tool on PATH or fail the test naming the Debian package.
pub fn tool(name: &str, package: &str) -> PathBuf {
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let p = dir.join(name);
            if p.is_file() {
                return p;
            }
        }
    }
    panic!("`{name}` not found on PATH: install the Debian package `{package}` (apt-get install {package})");
}

pub fn as_() -> PathBuf {
    tool("xtensa-lx106-elf-as", "binutils-xtensa-lx106")
}
pub fn ld() -> PathBuf {
    tool("xtensa-lx106-elf-ld", "binutils-xtensa-lx106")
}
pub fn objcopy() -> PathBuf {
    tool("xtensa-lx106-elf-objcopy", "binutils-xtensa-lx106")
}
pub fn nm() -> PathBuf {
    tool("xtensa-lx106-elf-nm", "binutils-xtensa-lx106")
}
pub fn gcc() -> PathBuf {
    tool("xtensa-lx106-elf-gcc", "gcc-xtensa-lx106")
}
pub fn qemu() -> PathBuf {
    tool("qemu-system-xtensa", "qemu-system-misc")
}

/// A fresh scratch directory (removed by the caller via `TempDir` drop).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let p = std::env::temp_dir().join(format!("upy-xt-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("UPY_KEEP_TMP").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

pub fn run(cmd: &mut Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{cmd:?} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Assemble `src` with `xtensa-lx106-elf-as --no-transform`, link its `.text`
/// at `base`, and return the bytes.
pub fn assemble_at(src: &str, base: u32) -> Vec<u8> {
    let dir = TempDir::new("asm");
    let s = dir.path().join("t.s");
    std::fs::write(&s, format!("\t.text\n{src}\n")).unwrap();
    let o = dir.path().join("t.o");
    let elf = dir.path().join("t.elf");
    let bin = dir.path().join("t.bin");
    run(Command::new(as_())
        .arg("--no-transform")
        .arg(&s)
        .arg("-o")
        .arg(&o));
    run(Command::new(ld())
        .arg(format!("-Ttext=0x{base:x}"))
        .arg("-e")
        .arg(format!("0x{base:x}"))
        .arg(&o)
        .arg("-o")
        .arg(&elf));
    run(Command::new(objcopy())
        .args(["-O", "binary", "-j", ".text"])
        .arg(&elf)
        .arg(&bin));
    std::fs::read(&bin).unwrap()
}
