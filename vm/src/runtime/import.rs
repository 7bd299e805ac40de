//! `import`: builtin modules, then `.py` files and packages found along `sys.path`.
//! Running source (a file, `-c`, the REPL, `exec`) also lives here.

use alloc::string::String;

use crate::ast::SyntaxErrorKind;
use crate::compiler::{self, Mode};
use crate::obj::Obj;
use crate::objects::exc;
use crate::objects::{dict, list, module, tuple};
use crate::qstr::{q, Qstr};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Compiles source text into a code object, raising SyntaxError on bad input.
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: Mode) -> PyResult {
        let parsed = crate::parser::parse(src, filename);
        let code = parsed.and_then(|m| compiler::compile(&m, filename, mode));
        match code {
            Ok(c) => self.load_code(c),
            Err(e) => Err(self.syntax_error(&e, filename, src)),
        }
    }

    fn syntax_error(&mut self, e: &crate::ast::SyntaxError, filename: &str, src: &str) -> Obj {
        let ty = match e.kind {
            SyntaxErrorKind::SyntaxError => &exc::SYNTAX_ERROR,
            SyntaxErrorKind::IndentationError => &exc::INDENTATION_ERROR,
        };
        let x = self.new_exc(ty, &e.msg);
        if exc::is_exception(x) && x != self.memory_error {
            let text = src
                .lines()
                .nth(e.line.saturating_sub(1) as usize)
                .unwrap_or("");
            let f = self.new_str(filename);
            let t = self.new_str(text);
            if let (Ok(f), Ok(t)) = (f, t) {
                let _ = self.setattr(x, q::filename, f);
                let _ = self.setattr(x, q::lineno, Obj::small_int(e.line as isize));
                let _ = self.setattr(x, q::offset, Obj::small_int(e.col as isize));
                let _ = self.setattr(x, q::text, t);
            }
        }
        x
    }

    /// Runs a code object as the body of module `m`.
    pub fn exec_in_module(&mut self, code: Obj, m: Obj) -> PyResult {
        self.exec_code(code, module::dict(m), Obj::NULL)
    }

    /// Runs a code object with the given globals (and locals dict, or NULL).
    pub fn exec_code(&mut self, code: Obj, globals: Obj, locals: Obj) -> PyResult {
        let f = self.new_function(code, globals)?;
        self.call_function(f, &[], &[], locals)
    }

    /// `import name` as the ImportName instruction does it.
    pub fn import_name(&mut self, name: Qstr, fromlist: Obj, level: Obj, globals: Obj) -> PyResult {
        let level = crate::objects::int::to_i64(level).unwrap_or(0);
        let mut full = String::from(self.qstr_text(name));
        if level > 0 {
            let pkg = self.current_package(globals, level as usize)?;
            full = if full.is_empty() {
                pkg
            } else {
                alloc::format!("{}.{}", pkg, full)
            };
        }
        let top = self.import_dotted(&full)?;
        let has_fromlist = fromlist != Obj::NONE && !tuple::items(fromlist).is_empty();
        if has_fromlist {
            return self
                .modules_get(&full)?
                .ok_or_else(|| self.import_error(&full));
        }
        Ok(top)
    }

    fn current_package(&mut self, globals: Obj, level: usize) -> PyResult<String> {
        let pkg = dict::map(globals).get_qstr(self, q::__package__);
        let base = match pkg {
            Some(p) if p != Obj::NONE => String::from(self.str_of(p)),
            _ => {
                let n = dict::map(globals)
                    .get_qstr(self, q::__name__)
                    .unwrap_or(Obj::NONE);
                let n = String::from(self.str_of(n));
                match n.rfind('.') {
                    Some(i) => String::from(&n[..i]),
                    None => String::new(),
                }
            }
        };
        let mut parts: alloc::vec::Vec<&str> = if base.is_empty() {
            alloc::vec![]
        } else {
            base.split('.').collect()
        };
        if level - 1 > parts.len() || base.is_empty() {
            return Err(self.new_exc(
                &exc::IMPORT_ERROR,
                "attempted relative import with no known parent package",
            ));
        }
        parts.truncate(parts.len() - (level - 1));
        Ok(parts.join("."))
    }

    fn import_error(&mut self, name: &str) -> Obj {
        let msg = alloc::format!("No module named '{}'", name);
        self.new_exc(&exc::MODULE_NOT_FOUND_ERROR, &msg)
    }

    fn modules_get(&mut self, name: &str) -> PyResult<Option<Obj>> {
        let k = self.new_qstr(name);
        let m = self.modules;
        self.dict_get(m, k)
    }

    /// Imports `a.b.c` (each package in turn) and returns the top-level module `a`.
    pub fn import_dotted(&mut self, full: &str) -> PyResult {
        let mut top = Obj::NULL;
        let mut parent = Obj::NULL;
        let mut end = 0;
        for (i, part) in full.split('.').enumerate() {
            end += part.len() + usize::from(i > 0);
            let prefix = &full[..end];
            let m = match self.modules_get(prefix)? {
                Some(m) => m,
                None => self.load_module(prefix, parent)?,
            };
            if !parent.is_null() {
                let pq = self.intern(part);
                self.setattr(parent, pq, m)?;
            }
            if i == 0 {
                top = m;
            }
            parent = m;
        }
        Ok(top)
    }

    fn load_module(&mut self, name: &str, parent: Obj) -> PyResult {
        if let Some(m) = crate::modules::make(self, name) {
            return m;
        }
        if let Some(src) = crate::modules::frozen::source(name) {
            let file = alloc::format!("<frozen {name}>");
            return self.run_module_source(name, &file, src.as_bytes(), None);
        }
        let dirs: alloc::vec::Vec<String> = if parent.is_null() {
            let path = self.sys_path;
            list::items(path)
                .iter()
                .map(|&p| String::from(self.str_of(p)))
                .collect()
        } else {
            match self.getattr_opt(parent, q::__path__)? {
                Some(p) => alloc::vec![String::from(self.str_of(p))],
                None => return Err(self.import_error(name)),
            }
        };
        let leaf = name.rsplit('.').next().unwrap_or(name);
        for d in dirs {
            let base = if d.is_empty() {
                String::from(leaf)
            } else {
                alloc::format!("{}/{}", d, leaf)
            };
            let pkg_init = alloc::format!("{}/__init__.py", base);
            if self.port.is_dir(&base) {
                if let Some(src) = self.port.read_file(&pkg_init) {
                    return self.run_module_source(name, &pkg_init, &src, Some(&base));
                }
                // A namespace package: a directory without __init__.py.
                let m = self.new_module(name)?;
                let p = self.new_str(&base)?;
                self.setattr(m, q::__path__, p)?;
                return Ok(m);
            }
            let file = alloc::format!("{}.py", base);
            if let Some(src) = self.port.read_file(&file) {
                return self.run_module_source(name, &file, &src, None);
            }
        }
        Err(self.import_error(name))
    }

    fn run_module_source(
        &mut self,
        name: &str,
        file: &str,
        src: &[u8],
        pkg_path: Option<&str>,
    ) -> PyResult {
        let text = match core::str::from_utf8(src) {
            Ok(t) => t,
            Err(_) => return Err(self.new_exc(&exc::SYNTAX_ERROR, "source is not valid UTF-8")),
        };
        let m = self.new_module(name)?;
        let d = module::dict(m);
        let f = self.new_str(file)?;
        self.dict_set(d, Obj::qstr(q::__file__), f)?;
        let pkg = match pkg_path {
            Some(p) => {
                let ps = self.new_str(p)?;
                self.dict_set(d, Obj::qstr(q::__path__), ps)?;
                self.new_str(name)?
            }
            None => match name.rfind('.') {
                Some(i) => self.new_str(&name[..i])?,
                None => Obj::NONE,
            },
        };
        self.dict_set(d, Obj::qstr(q::__package__), pkg)?;
        let code = match self.compile_source(text, file, Mode::File) {
            Ok(c) => c,
            Err(e) => {
                self.forget_module(name);
                return Err(e);
            }
        };
        if let Err(e) = self.exec_in_module(code, m) {
            self.forget_module(name);
            return Err(e);
        }
        Ok(m)
    }

    fn forget_module(&mut self, name: &str) {
        let k = self.new_qstr(name);
        let mods = self.modules;
        let _ = dict::map(mods).remove(self, k);
    }

    /// `from m import name`.
    pub fn import_from(&mut self, m: Obj, name: Qstr) -> PyResult {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        if m.type_of().kind == crate::types::Kind::Module {
            let mn = String::from(self.str_of(unsafe { m.as_ref::<module::ModuleObj>() }.name));
            let sub = alloc::format!("{}.{}", mn, self.qstr_text(name));
            if self.import_dotted(&sub).is_ok() {
                if let Some(v) = self.getattr_opt(m, name)? {
                    return Ok(v);
                }
            }
            let msg = alloc::format!(
                "cannot import name '{}' from '{}'",
                self.qstr_text(name),
                mn
            );
            return Err(self.new_exc(&exc::IMPORT_ERROR, &msg));
        }
        let msg = alloc::format!("cannot import name '{}'", self.qstr_text(name));
        Err(self.new_exc(&exc::IMPORT_ERROR, &msg))
    }

    /// `from m import *`: the names in `__all__`, or every name not starting with `_`.
    pub fn import_star(&mut self, m: Obj, target: Obj) -> PyResult<()> {
        let d = module::dict(m);
        if let Some(all) = dict::map(d).get_qstr(self, q::__all__) {
            let names = self.iterate_to_list(all)?;
            for i in 0..list::len(names) {
                let n = list::items(names)[i];
                let s = self.str_arg(n)?;
                let qn = self.intern(s);
                let v = self.getattr(m, qn)?;
                self.dict_set(target, Obj::qstr(qn), v)?;
            }
            return Ok(());
        }
        let n = dict::map(d).slot_count();
        for i in 0..n {
            if let Some(e) = dict::map(d).entry_at(i) {
                if !self.str_of(e.key).starts_with('_') {
                    self.dict_set(target, e.key, e.value)?;
                }
            }
        }
        Ok(())
    }
}
