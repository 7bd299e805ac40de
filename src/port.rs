//! The host port's services for the VM: standard streams, files, clocks, Ctrl-C.

use std::io::Write;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use upy_vm::vm::{FileStat, FsError, OpenFlags, Port};

/// The host's services; `files` are the open files by handle (None once closed).
#[derive(Default)]
pub struct HostPort {
    files: Vec<Option<File>>,
}

impl HostPort {
    fn file(&mut self, h: usize) -> Result<&mut File, FsError> {
        self.files
            .get_mut(h)
            .and_then(Option::as_mut)
            .ok_or(FsError::Invalid)
    }
}

/// The VM's kind of failure for an I/O error.
fn fs_error(e: std::io::Error) -> FsError {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => FsError::NotFound,
        K::AlreadyExists => FsError::Exists,
        K::PermissionDenied => FsError::Permission,
        K::IsADirectory => FsError::IsDir,
        K::NotADirectory => FsError::NotDir,
        K::DirectoryNotEmpty => FsError::NotEmpty,
        K::InvalidInput => FsError::Invalid,
        K::Unsupported => FsError::Unsupported,
        _ => FsError::Io,
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn read_line(&mut self) -> Option<Vec<u8>> {
        use std::io::BufRead;
        // A prompt written without a newline must show before the program waits.
        let _ = std::io::stdout().flush();
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn xtensa_stats(&mut self) -> Option<(u64, u64)> {
        crate::xtensa::last_stats()
    }

    fn call_xtensa(
        &mut self,
        code: &[u8],
        args: &[u32],
        buffers: &mut [upy_vm::vm::XtensaBuffer],
    ) -> Result<u32, String> {
        crate::xtensa::call(code, args, buffers)
    }

    fn time_ns(&mut self) -> u64 {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }

    fn ticks_ns(&mut self) -> u64 {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64
    }

    fn sleep_ns(&mut self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }

    fn fs_open(&mut self, path: &str, f: OpenFlags) -> Result<usize, FsError> {
        let mut o = std::fs::OpenOptions::new();
        o.read(f.read)
            .write(f.write && !f.append)
            .append(f.append)
            .truncate(f.truncate);
        if f.exclusive {
            o.create_new(true);
        } else {
            o.create(f.create);
        }
        let file = o.open(path).map_err(fs_error)?;
        // std opens directories for reading without complaint; open() must not.
        if file.metadata().map_err(fs_error)?.is_dir() {
            return Err(FsError::IsDir);
        }
        let free = self.files.iter().position(Option::is_none);
        let h = free.unwrap_or(self.files.len());
        if h == self.files.len() {
            self.files.push(None);
        }
        self.files[h] = Some(file);
        Ok(h)
    }

    fn fs_read(&mut self, h: usize, buf: &mut [u8]) -> Result<usize, FsError> {
        self.file(h)?.read(buf).map_err(fs_error)
    }

    fn fs_write(&mut self, h: usize, data: &[u8]) -> Result<usize, FsError> {
        self.file(h)?.write(data).map_err(fs_error)
    }

    fn fs_seek(&mut self, h: usize, offset: i64, whence: u8) -> Result<u64, FsError> {
        let to = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| FsError::Invalid)?),
            1 => SeekFrom::Current(offset),
            _ => SeekFrom::End(offset),
        };
        self.file(h)?.seek(to).map_err(fs_error)
    }

    fn fs_close(&mut self, h: usize) {
        if let Some(f) = self.files.get_mut(h) {
            *f = None;
        }
    }

    fn fs_remove(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_file(path).map_err(fs_error)
    }

    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        std::fs::rename(from, to).map_err(fs_error)
    }

    fn fs_mkdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::create_dir(path).map_err(fs_error)
    }

    fn fs_rmdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_dir(path).map_err(fs_error)
    }

    fn fs_listdir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let mut names = Vec::new();
        for e in std::fs::read_dir(path).map_err(fs_error)? {
            names.push(
                e.map_err(fs_error)?
                    .file_name()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
        Ok(names)
    }

    fn fs_stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        let m = std::fs::metadata(path).map_err(fs_error)?;
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as i64);
        Ok(FileStat {
            is_dir: m.is_dir(),
            size: m.len(),
            mtime,
        })
    }

    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        let p = std::env::current_dir().map_err(fs_error)?;
        Ok(p.to_string_lossy().into_owned())
    }

    fn fs_chdir(&mut self, path: &str) -> Result<(), FsError> {
        std::env::set_current_dir(path).map_err(fs_error)
    }
}

/// Makes Ctrl-C raise KeyboardInterrupt in the running program.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        upy_vm::interp::INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}
