//! Corpus runner: runs every program in `tests/corpus` and `tests/errors`
//! through the `upy` binary and compares the results with the expectations
//! generated from CPython by `tests/gen_expected.sh`.
//!
//! * `tests/corpus/NAME.py` with `NAME.exp`: stdout must equal `NAME.exp`
//!   exactly, stderr must be empty and the exit code must be 0. Files without
//!   a `.exp` (e.g. `helper_*.py` modules) are not run.
//! * `tests/errors/NAME.py` with `NAME.err`: the exit code must be 1, the last
//!   non-empty line of stderr must equal the first line of `NAME.err`, and if
//!   `NAME.err` has a second line `line N`, stderr must contain `line N` and
//!   the file name.
//! * `tests/viper/`: `@micropython.viper` programs (`.exp`) and viper errors
//!   (`.err`), checked the same ways, on hosts where upy has a code generator
//!   (x86-64, and 32-bit hosts, which run Xtensa code on the simulator); CPython
//!   runs the `.exp` programs as plain Python through `helper_viper.py`.
//!
//! Environment variables:
//! * `UPY_BIN=path`: run this binary instead of the freshly built `upy` (e.g.
//!   `UPY_BIN=python3` to validate the corpus against CPython). In that mode
//!   only the corpus is run, unless `UPY_ERRORS=1` is also set, in which case
//!   the error programs are run too, except those starting with `# upy:`
//!   (deliberate differences from CPython), which are listed as skipped.
//! * `UPY_GCSTRESS=1`: run every program with `-X gcstress` (a collection before every
//!   allocation), to catch objects the collector cannot see.
//! * `UPY_EMIT=kind`: additionally run every corpus program as
//!   `upy -X emit=kind FILE`.
//! * `UPY_CORPUS_FILTER=substr`: only run programs whose file name contains
//!   `substr`.
//! * `UPY_CORPUS_TIMEOUT=secs`: per-program timeout (default 30).
//! * `UPY_CORPUS_THREADS=n`: number of worker threads (default 3).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Corpus,
    Error,
}

struct Job {
    kind: Kind,
    path: PathBuf,
    /// Extra arguments placed before the file name (e.g. `-X emit=native`).
    extra: Vec<String>,
    /// Contents of the `.exp` or `.err` file.
    expected: String,
}

impl Job {
    fn label(&self) -> String {
        let name = self.path.file_name().unwrap().to_string_lossy();
        let dir = self
            .path
            .parent()
            .and_then(|p| p.file_name())
            .map_or(String::new(), |d| d.to_string_lossy().into_owned());
        if self.extra.is_empty() {
            format!("{dir}/{name}")
        } else {
            format!("{dir}/{name} [{}]", self.extra.join(" "))
        }
    }
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn filter() -> Option<String> {
    std::env::var("UPY_CORPUS_FILTER")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Sorted list of `(program, expectation)` pairs in `dir` whose expectation
/// file (with extension `ext`) exists.
fn programs(dir: &Path, ext: &str) -> Vec<(PathBuf, String)> {
    let filter = filter();
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(f) = &filter {
            if !name.contains(f.as_str()) {
                continue;
            }
        }
        let exp_path = path.with_extension(ext);
        if let Ok(expected) = fs::read_to_string(&exp_path) {
            out.push((path, expected));
        }
    }
    out.sort();
    out
}

fn run(bin: &str, job: &Job, timeout: Duration) -> Outcome {
    let start = Instant::now();
    let mut cmd = Command::new(bin);
    cmd.args(&job.extra)
        .arg(&job.path)
        .current_dir(job.path.parent().unwrap())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: format!("failed to spawn {bin}: {e}"),
                code: None,
                timed_out: false,
                elapsed: start.elapsed(),
            }
        }
    };
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {
                if start.elapsed() > timeout {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Outcome {
        stdout,
        stderr,
        code: status.and_then(|s| s.code()),
        timed_out,
        elapsed: start.elapsed(),
    }
}

/// Up to `n` lines of `s`, indented, for failure reports.
fn snippet(s: &str, n: usize) -> String {
    let mut lines: Vec<&str> = s.lines().collect();
    let more = lines.len().saturating_sub(n);
    lines.truncate(n);
    let mut out: String = lines.iter().map(|l| format!("      | {l}\n")).collect();
    if more > 0 {
        out.push_str(&format!("      | ... ({more} more lines)\n"));
    }
    out
}

fn first_difference(expected: &str, got: &str) -> String {
    let exp: Vec<&str> = expected.split('\n').collect();
    let got_lines: Vec<&str> = got.split('\n').collect();
    let n = exp.len().max(got_lines.len());
    for i in 0..n {
        let e = exp.get(i);
        let g = got_lines.get(i);
        if e != g {
            let show = |x: Option<&&str>| match x {
                Some(s) => format!("{s:?}"),
                None => "<end of output>".to_string(),
            };
            return format!(
                "    first difference at line {}:\n      expected: {}\n      got:      {}\n",
                i + 1,
                show(e),
                show(g)
            );
        }
    }
    "    (outputs differ only in trailing newline)\n".to_string()
}

/// Checks one outcome; returns `None` on success or a failure report.
fn check(job: &Job, o: &Outcome) -> Option<String> {
    let mut report = String::new();
    if o.timed_out {
        report.push_str(&format!(
            "    timed out after {:.1}s (killed)\n",
            o.elapsed.as_secs_f64()
        ));
    }
    match job.kind {
        Kind::Corpus => {
            if o.stdout != job.expected {
                report.push_str(&first_difference(&job.expected, &o.stdout));
            }
            if o.code != Some(0) {
                report.push_str(&format!("    exit code {:?}, expected 0\n", o.code));
            }
            if !o.stderr.is_empty() {
                report.push_str("    stderr not empty:\n");
                report.push_str(&snippet(&o.stderr, 12));
            }
        }
        Kind::Error => {
            let mut exp_lines = job.expected.lines();
            let want_last = exp_lines.next().unwrap_or("").trim_end();
            let want_line = exp_lines.next().map(str::trim).filter(|l| !l.is_empty());
            let got_last = o
                .stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim_end();
            if o.code != Some(1) {
                report.push_str(&format!("    exit code {:?}, expected 1\n", o.code));
            }
            if got_last != want_last {
                report.push_str(&format!(
                    "    last stderr line:\n      expected: {want_last:?}\n      got:      {got_last:?}\n"
                ));
            }
            if let Some(line) = want_line {
                if !o.stderr.contains(line) {
                    report.push_str(&format!("    stderr does not contain {line:?}\n"));
                }
                let fname = job.path.file_name().unwrap().to_string_lossy();
                if !o.stderr.contains(fname.as_ref()) {
                    report.push_str(&format!(
                        "    stderr does not contain file name {fname:?}\n"
                    ));
                }
            }
            if !report.is_empty() {
                report.push_str("    stderr:\n");
                report.push_str(&snippet(&o.stderr, 12));
            }
        }
    }
    if report.is_empty() {
        None
    } else {
        Some(report)
    }
}

fn is_upy_specific(path: &Path) -> bool {
    fs::read_to_string(path)
        .map(|s| s.starts_with("# upy:"))
        .unwrap_or(false)
}

#[test]
fn corpus() {
    let override_bin = std::env::var("UPY_BIN").ok().filter(|s| !s.is_empty());
    let bin = override_bin
        .clone()
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_upy").to_string());
    let emit = std::env::var("UPY_EMIT").ok().filter(|s| !s.is_empty());
    let timeout = Duration::from_secs(
        std::env::var("UPY_CORPUS_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(30),
    );
    let threads: usize = std::env::var("UPY_CORPUS_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(3);

    let mut jobs = Vec::new();
    for (path, expected) in programs(&tests_dir().join("corpus"), "exp") {
        if let Some(kind) = &emit {
            jobs.push(Job {
                kind: Kind::Corpus,
                path: path.clone(),
                extra: vec!["-X".to_string(), format!("emit={kind}")],
                expected: expected.clone(),
            });
        }
        jobs.push(Job {
            kind: Kind::Corpus,
            path,
            extra: Vec::new(),
            expected,
        });
    }

    let run_errors = override_bin.is_none() || std::env::var("UPY_ERRORS").as_deref() == Ok("1");
    let mut skipped = Vec::new();
    if run_errors {
        for (path, expected) in programs(&tests_dir().join("errors"), "err") {
            if override_bin.is_some() && is_upy_specific(&path) {
                skipped.push(path.file_name().unwrap().to_string_lossy().into_owned());
                continue;
            }
            jobs.push(Job {
                kind: Kind::Error,
                path,
                extra: Vec::new(),
                expected,
            });
        }
    }

    // Viper code needs a code generator, which upy has on x86-64 hosts (x86-64 code) and on
    // 32-bit hosts (Xtensa code on the LX106 simulator).
    let has_codegen = cfg!(any(target_arch = "x86_64", target_pointer_width = "32"));
    if has_codegen && override_bin.is_none() {
        let dir = tests_dir().join("viper");
        for (kind, ext) in [(Kind::Corpus, "exp"), (Kind::Error, "err")] {
            for (path, expected) in programs(&dir, ext) {
                jobs.push(Job {
                    kind,
                    path,
                    extra: Vec::new(),
                    expected,
                });
            }
        }
    }

    if std::env::var("UPY_GCSTRESS").as_deref() == Ok("1") {
        for job in &mut jobs {
            job.extra.extend(["-X".to_string(), "gcstress".to_string()]);
        }
    }

    println!(
        "running {} programs with {bin} on {threads} threads",
        jobs.len()
    );
    if let Some(b) = &override_bin {
        if run_errors {
            println!("UPY_BIN={b}: skipping `# upy:` error programs: {skipped:?}");
        } else {
            println!(
                "UPY_BIN={b}: running the corpus only (set UPY_ERRORS=1 to run tests/errors too)"
            );
        }
    }

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Option<String>)>> = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(i) else { break };
                let outcome = run(&bin, job, timeout);
                let failure = check(job, &outcome);
                results.lock().unwrap().push((i, failure));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);

    let mut counts = [(0usize, 0usize); 2];
    let mut failures = Vec::new();
    for (i, failure) in &results {
        let job = &jobs[*i];
        let slot = &mut counts[if job.kind == Kind::Corpus { 0 } else { 1 }];
        match failure {
            None => slot.0 += 1,
            Some(report) => {
                slot.1 += 1;
                failures.push(format!("FAIL {}\n{report}", job.label()));
            }
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!("corpus: {} passed, {} failed", counts[0].0, counts[0].1);
    if run_errors {
        println!("errors: {} passed, {} failed", counts[1].0, counts[1].1);
    } else {
        println!("errors: not run (UPY_BIN set)");
    }
    assert!(
        failures.is_empty(),
        "{} corpus program(s) failed",
        failures.len()
    );
}
