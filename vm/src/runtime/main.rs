//! What every port does to run a program: execute `__main__`, print uncaught exceptions the
//! way MicroPython does, and turn `SystemExit` into an exit status.

use alloc::string::String;
use core::fmt::Write;

use crate::compiler::Mode;
use crate::obj::Obj;
use crate::objects::{exc, module, tuple};
use crate::qstr::q;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Runs `src` as the `__main__` module.
    pub fn run_main(&mut self, src: &str, filename: &str) -> PyResult<()> {
        self.enter();
        let m = self.main_module()?;
        let f = self.new_str(filename)?;
        self.dict_set(module::dict(m), Obj::qstr(q::__file__), f)?;
        let code = self.compile_source(src, filename, Mode::File)?;
        self.exec_in_module(code, m)?;
        Ok(())
    }

    /// The `__main__` module, made on first use.
    pub fn main_module(&mut self) -> PyResult {
        let k = Obj::qstr(q::__main__);
        let mods = self.modules;
        if let Some(m) = self.dict_get(mods, k)? {
            return Ok(m);
        }
        self.new_module("__main__")
    }

    /// Compiles and runs one REPL input in `__main__`, echoing expression values.
    pub fn run_repl_input(&mut self, src: &str) -> PyResult<()> {
        self.enter();
        let m = self.main_module()?;
        let code = self.compile_source(src, "<stdin>", Mode::Single)?;
        self.exec_in_module(code, m)?;
        Ok(())
    }

    /// The exit status for an uncaught exception, printing it (or SystemExit's message).
    pub fn report_uncaught(&mut self, e: Obj) -> i32 {
        if exc::is_exception(e) && exc::matches(e, &exc::SYSTEM_EXIT) {
            let args = tuple::items(exc::fields(e).args);
            return match args.first() {
                None => 0,
                Some(&Obj::NONE) => 0,
                Some(&v) => match crate::objects::int::to_i64(v) {
                    Some(code) => code as i32,
                    None => {
                        let mut s = String::new();
                        let _ = self.str_into(v, &mut s);
                        s.push('\n');
                        self.eprint_str(&s);
                        1
                    }
                },
            };
        }
        let text = self.format_exception(e);
        self.eprint_str(&text);
        1
    }

    /// The traceback and message of `e`, as MicroPython prints them.
    pub fn format_exception(&mut self, e: Obj) -> String {
        let mut out = String::new();
        if exc::is_exception(e) {
            let f = exc::fields(e);
            let (cause, context, suppress) = (f.cause, f.context, f.suppress_context != 0);
            if cause != Obj::NONE && exc::is_exception(cause) {
                out.push_str(&self.format_exception(cause));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress
                && context != Obj::NONE
                && exc::is_exception(context)
                && context != e
            {
                out.push_str(&self.format_exception(context));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            let entries = exc::traceback_entries(e);
            if !entries.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for t in entries {
                    let it = tuple::items(t);
                    let line = it[1].small_int_value();
                    let _ = writeln!(
                        out,
                        "  File \"{}\", line {}, in {}",
                        self.str_of(it[0]),
                        line,
                        self.str_of(it[2])
                    );
                }
            }
            if exc::matches(e, &exc::SYNTAX_ERROR) {
                let file = self.getattr_opt(e, q::filename).ok().flatten();
                let line = self.getattr_opt(e, q::lineno).ok().flatten();
                if let (Some(fl), Some(ln)) = (file, line) {
                    let _ = writeln!(
                        out,
                        "  File \"{}\", line {}",
                        self.str_of(fl),
                        ln.small_int_value()
                    );
                }
            }
        }
        out.push_str(e.type_of().name);
        let mut msg = String::new();
        if self.str_into(e, &mut msg).is_err() {
            msg.clear();
        }
        if !msg.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
        }
        out.push('\n');
        out
    }
}
