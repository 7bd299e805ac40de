//! What is measured: the benchmark programs, and the interpreters (columns) that run them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::exec::{self, Job};

/// A benchmark: `bench/python/NAME.py`, run as `PROGRAM NAME.py SIZE MODE`.
pub struct Bench {
    pub name: String,
    pub path: PathBuf,
}

/// Every `.py` file directly in `dir` (helpers live in its subfolders), sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<Bench>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut v: Vec<Bench> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "py"))
        .map(|p| Bench {
            name: p.file_stem().unwrap().to_string_lossy().into_owned(),
            path: p,
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(v)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// upy itself: `-X emit=MODE`.
    Upy,
    /// MicroPython's unix port: has the `micropython` module built in.
    MicroPython,
    /// CPython, PyPy and friends: get the stub `micropython` module on PYTHONPATH.
    CPythonLike,
}

impl Kind {
    pub fn of_peer(name: &str) -> Kind {
        let base = Path::new(name)
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if base.starts_with("micropython") {
            Kind::MicroPython
        } else if base.starts_with("upy") {
            Kind::Upy
        } else {
            Kind::CPythonLike
        }
    }
}

/// One column of the results: an interpreter in one mode.
pub struct Column {
    pub name: String,
    pub kind: Kind,
    pub program: PathBuf,
    /// Arguments before the program file (`-X emit=native`).
    pub pre_args: Vec<String>,
    /// Passed to each benchmark as its second argument (kernels pick their variant by it).
    pub mode: String,
    pub env: Vec<(String, String)>,
    /// A version string for the report, when known.
    pub version: String,
    /// Why the column cannot run (mode rejected, program missing), if so.
    pub unavailable: Option<String>,
}

impl Column {
    pub fn args_for(&self, bench: &Bench, size: &str) -> Vec<String> {
        let mut a = self.pre_args.clone();
        a.push(bench.path.to_string_lossy().into_owned());
        a.push(size.to_string());
        a.push(self.mode.clone());
        a
    }

    pub fn command_line(&self) -> String {
        let mut s = self.program.display().to_string();
        for a in &self.pre_args {
            s.push(' ');
            s.push_str(a);
        }
        s
    }
}

/// upy in `mode` (with a heap of `heap` bytes, K/M suffixes, if given); unavailable when the binary rejects `-X emit=MODE`.
pub fn upy_column(upy: &Path, mode: &str, heap: Option<&str>) -> Column {
    let name = if mode == "bytecode" {
        "upy".to_string()
    } else {
        format!("upy-{mode}")
    };
    let mut pre_args = vec!["-X".to_string(), format!("emit={mode}")];
    if let Some(h) = heap {
        pre_args.extend(["-X".to_string(), format!("heapsize={h}")]);
    }
    let mut probe_args = pre_args.clone();
    probe_args.extend(["-c".to_string(), "pass".to_string()]);
    let unavailable = match exec::run(&Job {
        program: upy,
        args: &probe_args,
        env: &[],
        timeout: Duration::from_secs(30),
    }) {
        Ok(o) if o.exit.success() => None,
        Ok(o) => Some(
            o.stderr
                .lines()
                .next()
                .unwrap_or("rejected")
                .trim_start_matches("upy: ")
                .to_string(),
        ),
        Err(e) => Some(e),
    };
    Column {
        name,
        kind: Kind::Upy,
        program: upy.to_path_buf(),
        pre_args,
        mode: mode.to_string(),
        env: Vec::new(),
        version: String::new(),
        unavailable,
    }
}

/// A peer interpreter named `name` (found on PATH, or a path). CPython-like peers are
/// resolved through `sys.executable`, which skips version-manager shims (pyenv's cost a
/// second per start) so that the column measures the interpreter.
pub fn peer_column(name: &str, lib_dir: &Path) -> Column {
    let kind = Kind::of_peer(name);
    let label = Path::new(name)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string());
    let mut col = Column {
        name: label,
        kind,
        program: PathBuf::from(name),
        pre_args: Vec::new(),
        mode: "bytecode".to_string(),
        env: Vec::new(),
        version: String::new(),
        unavailable: None,
    };
    let Some(found) = exec::which(name) else {
        col.unavailable = Some(format!("{name} not found on PATH"));
        return col;
    };
    col.program = found;
    if kind == Kind::CPythonLike {
        col.env.push((
            "PYTHONPATH".to_string(),
            lib_dir.to_string_lossy().into_owned(),
        ));
    }
    let probe = "import sys; print(sys.version.split()[0]); print(getattr(sys, 'executable', ''))";
    let args = vec!["-c".to_string(), probe.to_string()];
    match exec::run(&Job {
        program: &col.program,
        args: &args,
        env: &[],
        timeout: Duration::from_secs(30),
    }) {
        Ok(o) if o.exit.success() => {
            let mut lines = o.stdout.lines();
            col.version = lines.next().unwrap_or("").trim().to_string();
            let exe = lines.next().unwrap_or("").trim();
            if kind == Kind::CPythonLike && !exe.is_empty() && Path::new(exe).is_file() {
                col.program = PathBuf::from(exe);
            }
        }
        Ok(o) => col.unavailable = Some(format!("{name} does not start: {}", o.exit.describe())),
        Err(e) => col.unavailable = Some(e),
    }
    col
}
