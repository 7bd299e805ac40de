//! `upy-asm`: assemble Xtensa LX106 GNU-syntax source into raw code bytes.
//!
//! ```text
//! upy-asm FILE.s -o FILE.bin [--base ADDR] [--hex]
//! ```
//!
//! Semantics follow `xtensa-lx106-elf-as --no-transform`: instructions are
//! assembled exactly as written (no relaxation, narrow forms only when
//! spelled `.n`). The output is the raw bytes for address `--base`
//! (default 0). Errors go to stderr as `FILE:LINE: message`, exit code 1.
//! `--hex` prints the bytes as hex (to stdout) in addition to, or instead
//! of, `-o`.

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: upy-asm FILE.s [-o FILE.bin] [--base ADDR] [--hex]";

fn parse_addr(s: &str) -> Option<u32> {
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Run the command with `args` (without the program name); returns the
/// exit code.
fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let usage = |err: &mut dyn Write, msg: &str| {
        let _ = writeln!(err, "upy-asm: {msg}\n{USAGE}");
        1
    };
    let mut input = None;
    let mut output = None;
    let mut base = 0u32;
    let mut hex = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" => match it.next() {
                Some(o) => output = Some(o.clone()),
                None => return usage(err, "-o needs a file name"),
            },
            "--base" => match it.next().and_then(|s| parse_addr(s)) {
                Some(b) => base = b,
                None => return usage(err, "--base needs an address (decimal or 0x hex)"),
            },
            "--hex" => hex = true,
            "-h" | "--help" => {
                let _ = writeln!(out, "{USAGE}");
                return 0;
            }
            _ if a.starts_with('-') => return usage(err, &format!("unknown option {a}")),
            _ if input.is_none() => input = Some(a.clone()),
            _ => return usage(err, "only one input file"),
        }
    }
    let Some(input) = input else {
        return usage(err, "no input file");
    };
    if output.is_none() && !hex {
        return usage(err, "nothing to do: give -o FILE and/or --hex");
    }
    let src = match std::fs::read(&input) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let _ = writeln!(err, "{input}: {e}");
            return 1;
        }
    };
    let code = match upy_asm::assemble_all(&src, base) {
        Ok(c) => c,
        Err(errors) => {
            for e in errors {
                let _ = writeln!(err, "{input}:{}: {}", e.line, e.msg);
            }
            return 1;
        }
    };
    if let Some(path) = output {
        if let Err(e) = std::fs::write(&path, &code.bytes) {
            let _ = writeln!(err, "{path}: {e}");
            return 1;
        }
    }
    if hex {
        for (i, chunk) in code.bytes.chunks(16).enumerate() {
            let addr = base.wrapping_add(16 * i as u32);
            let bytes: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
            let _ = writeln!(out, "{addr:08x}: {}", bytes.join(" "));
        }
    }
    0
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::run;
    use std::process::Command;

    const SRC: &str = "\
# end-to-end sample: a loop, a call, literals and data
        .text
        .literal_position
        .literal .Lbig, 0x12345678
        .align 4
        .global f
f:      addi    a1, a1, -16
        s32i    a0, a1, 0
        l32r    a3, .Lbig
        movi.n  a2, 0
loop:   add.n   a2, a2, a3
        addi    a4, a4, -1
        bnez    a4, loop
        beqz.n  a2, done
        call0   g
done:   l32i    a0, a1, 0
        addi    a1, a1, 16
        ret.n
        .align 4
g:      rsr.ccount a2
        extui   a2, a2, 4, 8
        ret
        .word   f, done - f
";

    fn run_capture(args: &[&str]) -> (u8, String, String) {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    fn tmp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("upy-asm-cli-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d.join(name)
    }

    fn tool(name: &str) -> Command {
        let ok = Command::new(name)
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(
            ok,
            "`{name}` not found: install the Debian package binutils-xtensa-lx106"
        );
        Command::new(name)
    }

    #[test]
    fn matches_gnu_as() {
        let s = tmp("e2e.s");
        let bin = tmp("e2e.bin");
        std::fs::write(&s, SRC).unwrap();
        let (code, _, err) = run_capture(&[s.to_str().unwrap(), "-o", bin.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let ours = std::fs::read(&bin).unwrap();

        let o = tmp("e2e.o");
        let gbin = tmp("e2e.gnu.bin");
        let st = tool("xtensa-lx106-elf-as")
            .args(["--no-transform", "--text-section-literals"])
            .arg(&s)
            .arg("-o")
            .arg(&o)
            .status()
            .unwrap();
        assert!(st.success());
        // Link at 0 so that `.word f` is resolved like ours.
        let elf = tmp("e2e.elf");
        let st = tool("xtensa-lx106-elf-ld")
            .args(["--no-relax", "-Ttext=0", "-e", "f", "-o"])
            .arg(&elf)
            .arg(&o)
            .status()
            .unwrap();
        assert!(st.success());
        let st = tool("xtensa-lx106-elf-objcopy")
            .args(["-O", "binary", "-j", ".text"])
            .arg(&elf)
            .arg(&gbin)
            .status()
            .unwrap();
        assert!(st.success());
        let gnu = std::fs::read(&gbin).unwrap();
        // The linker may pad the section to its alignment.
        assert!(gnu.len() >= ours.len() && gnu.len() - ours.len() < 16);
        assert_eq!(ours, gnu[..ours.len()]);
        assert!(gnu[ours.len()..].iter().all(|b| *b == 0));

        let (code, out, _) = run_capture(&[s.to_str().unwrap(), "--hex", "--base", "0x40100000"]);
        assert_eq!(code, 0);
        assert!(out.starts_with("40100000: 78 56 34 12"), "{out}");
    }

    #[test]
    fn errors_are_file_line_message() {
        let s = tmp("bad.s");
        std::fs::write(&s, "nop\n  quou a2, a3, a4\naddi a2, a2, 300\nj nowhere\n").unwrap();
        let p = s.to_str().unwrap();
        let (code, _, err) = run_capture(&[p, "-o", tmp("bad.bin").to_str().unwrap()]);
        assert_eq!(code, 1);
        let lines: Vec<&str> = err.lines().collect();
        assert!(
            lines[0].starts_with(&format!("{p}:2: unknown opcode 'quou'")),
            "{err}"
        );
        assert_eq!(
            lines[1],
            format!("{p}:3: immediate 300 out of range -128..127")
        );
        assert_eq!(lines[2], format!("{p}:4: undefined label 'nowhere'"));
    }

    #[test]
    fn usage_errors() {
        assert_eq!(run_capture(&[]).0, 1);
        assert_eq!(run_capture(&["x.s"]).0, 1);
        assert_eq!(run_capture(&["x.s", "--bogus"]).0, 1);
        assert_eq!(run_capture(&["/nonexistent/x.s", "--hex"]).0, 1);
        assert_eq!(run_capture(&["--help"]).0, 0);
    }
}
