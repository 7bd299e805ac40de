//! A one-line progress bar on stderr, drawn only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::Instant;

pub struct Bar {
    total: usize,
    done: usize,
    start: Instant,
    tty: bool,
}

impl Bar {
    pub fn new(total: usize) -> Bar {
        Bar {
            total: total.max(1),
            done: 0,
            start: Instant::now(),
            tty: std::io::stderr().is_terminal(),
        }
    }

    /// Counts one step and shows what runs now.
    pub fn step(&mut self, what: &str) {
        self.done += 1;
        if !self.tty {
            return;
        }
        const WIDTH: usize = 30;
        let filled = (self.done - 1) * WIDTH / self.total;
        let mut label: String = what.chars().take(32).collect();
        while label.chars().count() < 32 {
            label.push(' ');
        }
        eprint!(
            "\r[{}{}] {:>4}/{} {:>5.0}s {label}",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            self.done,
            self.total,
            self.start.elapsed().as_secs_f64()
        );
        let _ = std::io::stderr().flush();
    }

    pub fn finish(&mut self) {
        if self.tty {
            eprint!("\r{}\r", " ".repeat(90));
            let _ = std::io::stderr().flush();
        }
    }
}
