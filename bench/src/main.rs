//! `upy-bench`: runs the Python benchmarks in `bench/python/` on upy's emit modes and on peer
//! interpreters, checks every run's output against CPython's, and reports median times,
//! spread, ratios to a baseline column and peak memory as a table, JSON, markdown and SVG.

mod exec;
mod progress;
mod report;
mod stats;
mod suite;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use report::{BenchResult, Cell, ColumnInfo, Results, Status};
use suite::{Bench, Column, Kind};

const USAGE: &str = "usage: upy-bench [options]
  --bench a,b,...      benchmarks to run (default: every bench/python/*.py)
  --modes m,...        upy emit modes (default: bytecode,native,viper; modes the upy binary
                       rejects are reported as unavailable)
  --peer NAME          a peer interpreter (on PATH or a path); repeatable. Default: whichever
                       of python3, micropython, pypy3 are on PATH
  --no-peers           run upy only (CPython still computes the expected outputs)
  --size S             small | medium | large (default: medium)
  --repeat N           runs per benchmark and column (default: 3)
  --baseline NAME      column the ratios are relative to (default: python3)
  --upy PATH           the upy binary (default: the release build next to this program,
                       rebuilt first when run through cargo; then upy on PATH)
  --upy-heap SIZE      heap size for upy (-X heapsize=SIZE, e.g. 256M; default: upy's own)
  --timeout SECS       time limit of one run (default: 300)
  --json FILE          write the results as JSON
  --markdown FILE      write the results as a markdown table
  --svg FILE           write a bar chart of the ratios
  --smoke              every benchmark, every available upy mode, size small, one run,
                       outputs checked against CPython; exits non-zero on any difference
  --update-readme      run at size medium and put the table into README.md (between its
                       bench-results markers), with bench/report/{results.json,results.svg}
  --list               list the benchmarks and exit
Every run's output must equal CPython's for the same benchmark and size; any difference or
failure in a upy column makes the exit status non-zero (peers' failures are only reported).";

struct Options {
    benches: Option<Vec<String>>,
    modes: Vec<String>,
    peers: Option<Vec<String>>,
    size: Option<String>,
    repeat: Option<usize>,
    baseline: Option<String>,
    upy: Option<PathBuf>,
    upy_heap: Option<String>,
    timeout: Option<u64>,
    json: Option<PathBuf>,
    markdown: Option<PathBuf>,
    svg: Option<PathBuf>,
    smoke: bool,
    update_readme: bool,
    list: bool,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        benches: None,
        modes: vec!["bytecode".into(), "native".into(), "viper".into()],
        peers: None,
        size: None,
        repeat: None,
        baseline: None,
        upy: None,
        upy_heap: None,
        timeout: None,
        json: None,
        markdown: None,
        svg: None,
        smoke: false,
        update_readme: false,
        list: false,
    };
    let mut it = args.iter();
    let list = |s: &str| -> Vec<String> {
        s.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect()
    };
    while let Some(a) = it.next() {
        // `--flag=value` or `--flag value`.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = || -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag {
            "--bench" => o.benches = Some(list(&value()?)),
            "--modes" => o.modes = list(&value()?),
            "--peer" => o.peers.get_or_insert_with(Vec::new).push(value()?),
            "--no-peers" => o.peers = Some(Vec::new()),
            "--size" => {
                let s = value()?;
                if !["small", "medium", "large"].contains(&s.as_str()) {
                    return Err(format!("--size: '{s}' is not small, medium or large"));
                }
                o.size = Some(s);
            }
            "--repeat" => {
                let n: usize = value()?.parse().map_err(|_| "--repeat needs a number")?;
                o.repeat = Some(n.max(1));
            }
            "--baseline" => o.baseline = Some(value()?),
            "--upy" => o.upy = Some(PathBuf::from(value()?)),
            "--upy-heap" => o.upy_heap = Some(value()?),
            "--timeout" => {
                o.timeout = Some(value()?.parse().map_err(|_| "--timeout needs seconds")?)
            }
            "--json" => o.json = Some(PathBuf::from(value()?)),
            "--markdown" => o.markdown = Some(PathBuf::from(value()?)),
            "--svg" => o.svg = Some(PathBuf::from(value()?)),
            "--smoke" => o.smoke = true,
            "--update-readme" => o.update_readme = true,
            "--list" => o.list = true,
            "-h" | "--help" => return Err(String::new()),
            _ => return Err(format!("unknown argument '{a}'")),
        }
    }
    Ok(o)
}

/// The repository root (this crate is `bench/` in it).
fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The upy binary: `--upy`, else the one built next to this program (rebuilt first when
/// cargo started us, so that it is never stale), else the workspace's release build, else
/// `upy` on PATH.
fn find_upy(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return exec::which(&p.to_string_lossy())
            .ok_or_else(|| format!("--upy: {} is not a program", p.display()));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        let sibling = dir.join("upy");
        if let (Some(cargo), Some(profile), Some(target)) = (
            std::env::var_os("CARGO"),
            dir.file_name().map(|s| s.to_string_lossy().into_owned()),
            dir.parent(),
        ) {
            if profile == "release" || profile == "debug" {
                eprintln!("upy-bench: building upy ({profile})");
                let mut cmd = std::process::Command::new(cargo);
                cmd.args(["build", "--quiet", "-p", "upy", "--bin", "upy"])
                    .env("CARGO_TARGET_DIR", target)
                    .current_dir(root());
                if profile == "release" {
                    cmd.arg("--release");
                }
                let ok = cmd.status().map(|s| s.success()).unwrap_or(false);
                if !ok {
                    return Err("building upy failed".into());
                }
            }
        }
        if sibling.is_file() {
            return Ok(sibling);
        }
    }
    let workspace = root().join("target/release/upy");
    if workspace.is_file() {
        return Ok(workspace);
    }
    exec::which("upy").ok_or_else(|| "no upy binary: build it or pass --upy PATH".into())
}

fn machine_description() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{cpu}, {cores} cores, {}", std::env::consts::OS)
}

/// CPython's output for `bench` at `size`: cached under the target folder, keyed by the
/// program's source, the stub module and CPython's version.
struct Reference {
    python: Column,
    cache_dir: Option<PathBuf>,
    timeout: Duration,
}

impl Reference {
    fn key(&self, bench: &Bench, size: &str, lib: &Path) -> Option<String> {
        let src = std::fs::read(&bench.path).ok()?;
        let stub = std::fs::read(lib.join("micropython.py")).unwrap_or_default();
        let mut h = DefaultHasher::new();
        (src, stub, size, &self.python.version).hash(&mut h);
        Some(format!("{}-{size}-{:016x}.out", bench.name, h.finish()))
    }

    fn expected(&self, bench: &Bench, size: &str, lib: &Path) -> Result<String, String> {
        if let Some(why) = &self.python.unavailable {
            return Err(format!("no CPython to compute the expected output: {why}"));
        }
        let cached = match (&self.cache_dir, self.key(bench, size, lib)) {
            (Some(d), Some(k)) => Some(d.join(k)),
            _ => None,
        };
        if let Some(Ok(s)) = cached.as_ref().map(std::fs::read_to_string) {
            return Ok(s);
        }
        let args = self.python.args_for(bench, size);
        let o = exec::run(&exec::Job {
            program: &self.python.program,
            args: &args,
            env: &self.python.env,
            timeout: self.timeout,
        })?;
        if !o.exit.success() {
            return Err(format!(
                "CPython fails on {} ({}): {}",
                bench.name,
                o.exit.describe(),
                last_line(&o.stderr)
            ));
        }
        self.store(bench, size, lib, &o.stdout);
        Ok(o.stdout)
    }

    fn store(&self, bench: &Bench, size: &str, lib: &Path, out: &str) {
        if let (Some(d), Some(k)) = (&self.cache_dir, self.key(bench, size, lib)) {
            let _ = std::fs::create_dir_all(d);
            let _ = std::fs::write(d.join(k), out);
        }
    }
}

fn last_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            if e.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("upy-bench: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(opts) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("upy-bench: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs everything asked for; Ok(false) when some upy run failed or printed a wrong answer.
fn run(opts: Options) -> Result<bool, String> {
    let root = root();
    let py_dir = root.join("bench/python");
    let lib_dir = py_dir.join("lib");
    let all = suite::discover(&py_dir)?;
    if opts.list {
        for b in &all {
            println!("{}", b.name);
        }
        return Ok(true);
    }
    let benches: Vec<Bench> = match &opts.benches {
        None => all,
        Some(names) => {
            let mut all = all;
            let mut v = Vec::new();
            for n in names {
                let i = all
                    .iter()
                    .position(|b| &b.name == n)
                    .ok_or_else(|| format!("no benchmark '{n}' (see --list)"))?;
                v.push(all.remove(i));
            }
            v
        }
    };
    let size = opts
        .size
        .clone()
        .unwrap_or_else(|| if opts.smoke { "small" } else { "medium" }.to_string());
    let repeat = opts.repeat.unwrap_or(if opts.smoke { 1 } else { 3 });
    let timeout = Duration::from_secs(opts.timeout.unwrap_or(if opts.smoke { 60 } else { 300 }));

    let upy = find_upy(opts.upy.as_deref())?;
    let mut columns: Vec<Column> = Vec::new();
    let peers: Vec<String> = match &opts.peers {
        Some(p) if !opts.smoke => p.clone(),
        Some(_) => Vec::new(),
        None if opts.smoke => Vec::new(),
        None => ["python3", "micropython", "pypy3"]
            .iter()
            .filter(|p| exec::which(p).is_some())
            .map(|p| p.to_string())
            .collect(),
    };
    for p in &peers {
        columns.push(suite::peer_column(p, &lib_dir));
    }
    for m in &opts.modes {
        columns.push(suite::upy_column(&upy, m, opts.upy_heap.as_deref()));
    }
    let python_col = columns.iter().position(|c| {
        c.kind == Kind::CPythonLike && c.name.starts_with("python3") && c.unavailable.is_none()
    });
    let reference = Reference {
        python: suite::peer_column("python3", &lib_dir),
        cache_dir: std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(|d| d.join("upy-bench-cache"))),
        timeout,
    };
    let baseline = match &opts.baseline {
        Some(b) => Some(
            columns
                .iter()
                .position(|c| &c.name == b)
                .ok_or_else(|| format!("--baseline: no column '{b}'"))?,
        ),
        None => python_col.or_else(|| columns.iter().position(|c| c.unavailable.is_none())),
    };

    let runnable: Vec<usize> = (0..columns.len())
        .filter(|&c| columns[c].unavailable.is_none())
        .collect();
    for c in &columns {
        if let Some(why) = &c.unavailable {
            eprintln!("upy-bench: {} is unavailable: {why}", c.name);
        }
    }
    if runnable.is_empty() {
        return Err("nothing can run".into());
    }
    let names: Vec<&str> = runnable.iter().map(|&c| columns[c].name.as_str()).collect();
    eprintln!(
        "upy-bench: {} benchmarks × {} (size {size}, {repeat} run{})",
        benches.len(),
        names.join(", "),
        if repeat == 1 { "" } else { "s" }
    );

    let mut progress = progress::Bar::new(benches.len() * runnable.len() * repeat);
    let mut results = Results {
        size: size.clone(),
        repeat,
        columns: columns
            .iter()
            .map(|c| ColumnInfo {
                name: c.name.clone(),
                command: c.command_line(),
                version: c.version.clone(),
                unavailable: c.unavailable.clone(),
                strict: c.kind == Kind::Upy,
            })
            .collect(),
        baseline,
        benches: Vec::new(),
        machine: machine_description(),
    };

    for bench in &benches {
        let mut cells: Vec<Cell> = columns
            .iter()
            .map(|c| {
                let mut cell = Cell::new();
                if c.unavailable.is_some() {
                    cell.status = Status::Unavailable;
                }
                cell
            })
            .collect();
        // The expected output: CPython's, from the python3 column's first run when there is
        // one (checked below like any other), else from a reference run (cached).
        let mut expected: Option<String> = None;
        let mut reference_error: Option<String> = None;
        if python_col.is_none() {
            match reference.expected(bench, &size, &lib_dir) {
                Ok(s) => expected = Some(s),
                Err(e) => reference_error = Some(e),
            }
        }
        for r in 0..repeat {
            for &c in &runnable {
                let col = &columns[c];
                progress.step(&format!("{} {}", bench.name, col.name));
                if !matches!(cells[c].status, Status::Ok) {
                    continue;
                }
                let args = col.args_for(bench, &size);
                let o = exec::run(&exec::Job {
                    program: &col.program,
                    args: &args,
                    env: &col.env,
                    timeout,
                });
                let cell = &mut cells[c];
                let o = match o {
                    Ok(o) => o,
                    Err(e) => {
                        cell.status = Status::Failed { why: e };
                        continue;
                    }
                };
                if !o.exit.success() {
                    let mut why = o.exit.describe();
                    let tail = last_line(&o.stderr);
                    if !tail.is_empty() {
                        why = format!("{why}: {tail}");
                    }
                    cell.status = Status::Failed { why };
                    continue;
                }
                if Some(c) == python_col && r == 0 {
                    reference.store(bench, &size, &lib_dir, &o.stdout);
                    expected = Some(o.stdout.clone());
                }
                cell.times.push(o.wall.as_secs_f64());
                cell.rss_kb.push(o.max_rss_kb);
                match &expected {
                    Some(e) if *e == o.stdout => {}
                    Some(_) => cell.status = Status::Mismatch { got: o.stdout },
                    None => {
                        cell.status = Status::Failed {
                            why: reference_error
                                .clone()
                                .unwrap_or_else(|| "CPython gave no expected output".into()),
                        }
                    }
                }
            }
        }
        results.benches.push(BenchResult {
            name: bench.name.clone(),
            expected,
            cells,
        });
    }
    progress.finish();

    print!("{}", results.text_table());
    let write = |path: &Path, text: String| -> Result<(), String> {
        if let Some(d) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    if let Some(p) = &opts.json {
        write(p, results.json())?;
    }
    if let Some(p) = &opts.markdown {
        write(p, results.markdown())?;
    }
    if let Some(p) = &opts.svg {
        write(p, results.svg())?;
    }
    let failures = results.failures();
    let mut ok = true;
    for (strict, msg) in &failures {
        if *strict {
            ok = false;
            eprintln!("FAIL {msg}");
        } else {
            eprintln!("warning (peer) {msg}");
        }
    }
    if opts.update_readme {
        if !ok {
            return Err("not updating README.md: some upy runs failed".into());
        }
        let out = root.join("bench/report");
        write(&out.join("results.json"), results.json())?;
        write(&out.join("results.svg"), results.svg())?;
        update_readme(&root.join("README.md"), &results.markdown())?;
        eprintln!("upy-bench: README.md and bench/report/ updated");
    }
    let strict_failures = failures.iter().filter(|f| f.0).count();
    if strict_failures > 0 {
        eprintln!("upy-bench: {strict_failures} upy run(s) failed or printed a wrong answer");
    } else {
        eprintln!("upy-bench: every upy output matched CPython's");
    }
    Ok(ok)
}

const START: &str = "<!-- bench-results:start (generated by `cargo run --release -p upy-bench -- --update-readme`) -->";
const END: &str = "<!-- bench-results:end -->";

/// Replaces the text between the README's result markers.
fn update_readme(path: &Path, table: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let new = splice(&text, table).ok_or_else(|| {
        format!(
            "{} has no results markers ({START} ... {END})",
            path.display()
        )
    })?;
    std::fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}

fn splice(text: &str, table: &str) -> Option<String> {
    let a = text.find("<!-- bench-results:start")?;
    let a_end = a + text[a..].find("-->")? + 3;
    let b = a_end + text[a_end..].find(END)?;
    Some(format!(
        "{}{START}\n{}\n{}",
        &text[..a],
        table.trim_end(),
        &text[b..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_options() {
        let o = parse_args(&strs(&[
            "--bench=fib,nqueens",
            "--modes",
            "bytecode",
            "--peer",
            "python3",
            "--peer",
            "pypy3",
            "--size",
            "small",
            "--repeat",
            "5",
        ]))
        .unwrap();
        assert_eq!(o.benches.unwrap(), strs(&["fib", "nqueens"]));
        assert_eq!(o.modes, strs(&["bytecode"]));
        assert_eq!(o.peers.unwrap(), strs(&["python3", "pypy3"]));
        assert_eq!(o.size.as_deref(), Some("small"));
        assert_eq!(o.repeat, Some(5));
        assert!(parse_args(&strs(&["--size", "huge"])).is_err());
        assert!(parse_args(&strs(&["--bogus"])).is_err());
        assert!(parse_args(&strs(&["--json"])).is_err());
    }

    #[test]
    fn splices_the_readme_table() {
        let t = format!("# x\n\n{START}\nold\n{END}\nafter\n");
        let s = splice(&t, "new table\n").unwrap();
        assert_eq!(s, format!("# x\n\n{START}\nnew table\n{END}\nafter\n"));
        assert!(splice("no markers", "t").is_none());
    }

    #[test]
    fn every_benchmark_is_discovered() {
        let all = suite::discover(&root().join("bench/python")).unwrap();
        let names: Vec<&str> = all.iter().map(|b| b.name.as_str()).collect();
        for n in ["fib", "nqueens", "pystone", "pidigits", "sum_loop", "json"] {
            assert!(names.contains(&n), "{n} missing from {names:?}");
        }
        assert!(!names.contains(&"micropython"));
    }
}
