//! Running one interpreter process: wall time, peak resident memory (from `wait4`'s rusage
//! for that child alone), captured output, and a time limit.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What one process did.
pub struct Outcome {
    pub wall: Duration,
    /// Peak resident set size in KiB (`ru_maxrss`).
    pub max_rss_kb: u64,
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

impl Exit {
    pub fn success(&self) -> bool {
        *self == Exit::Code(0)
    }

    pub fn describe(&self) -> String {
        match self {
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::TimedOut => "timed out".to_string(),
        }
    }
}

/// One program to start: executable, arguments, extra environment.
pub struct Job<'a> {
    pub program: &'a Path,
    pub args: &'a [String],
    pub env: &'a [(String, String)],
    pub timeout: Duration,
}

fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Runs `job` to completion (or kills it at its time limit).
pub fn run(job: &Job) -> Result<Outcome, String> {
    let mut cmd = Command::new(job.program);
    cmd.args(job.args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that a time-out kills whatever it started too.
        .process_group(0);
    for (k, v) in job.env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", job.program.display()))?;
    let pid = child.id() as libc::pid_t;
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));

    // A watchdog kills the child at the time limit unless told that it has ended.
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let timeout = job.timeout;
    let watchdog = thread::spawn(move || {
        if done_rx.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: plain syscall; the child has not been reaped yet (the waiting thread
            // reaps it only after this kill or after `done` is sent).
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            true
        } else {
            false
        }
    });

    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = loop {
        // SAFETY: pid is our child; status and usage point to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break r;
    };
    let wall = start.elapsed();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    // The child is reaped: keep std from waiting for it again.
    std::mem::forget(child);
    if r == -1 {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    Ok(Outcome {
        wall,
        max_rss_kb: usage.ru_maxrss.max(0) as u64,
        exit,
        stdout,
        stderr,
    })
}

/// The full path of `name` found on PATH (or `name` itself when it has a slash).
pub fn which(name: &str) -> Option<std::path::PathBuf> {
    if name.contains('/') {
        let p = std::path::PathBuf::from(name);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Outcome {
        let args = vec!["-c".to_string(), script.to_string()];
        run(&Job {
            program: Path::new("/bin/sh"),
            args: &args,
            env: &[],
            timeout,
        })
        .unwrap()
    }

    #[test]
    fn captures_output_and_status() {
        let o = sh("echo out; echo err >&2; exit 3", Duration::from_secs(10));
        assert_eq!(o.stdout, "out\n");
        assert_eq!(o.stderr, "err\n");
        assert_eq!(o.exit, Exit::Code(3));
        assert!(o.max_rss_kb > 0);
    }

    #[test]
    fn kills_at_the_time_limit() {
        let t = Instant::now();
        let o = sh("sleep 20", Duration::from_millis(200));
        assert_eq!(o.exit, Exit::TimedOut);
        assert!(t.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn finds_sh_on_path() {
        assert!(which("sh").is_some());
        assert!(which("no-such-program-upy-bench").is_none());
    }
}
