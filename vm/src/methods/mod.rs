//! Builtin types' behaviour: their slots (operators, repr, iteration...) and the methods
//! Python code calls on them, one file per type family.

pub mod bytes;
pub mod bytes_common;
pub mod complex;
pub mod dict;
pub mod dunder;
pub mod exc;
pub mod float;
pub mod func;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod object;
pub mod range;
pub mod seq;
pub mod set;
pub mod str;
pub mod str_format;
pub mod tuple;

use crate::obj::Obj;
use crate::vm::{PyResult, Vm};

/// Checks a builtin's argument count (no keywords allowed) and returns the arguments.
pub fn args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> PyResult<&'a [Obj]> {
    if !kwnames.is_empty() {
        let msg = alloc::format!("{}() takes no keyword arguments", name);
        return Err(vm.type_error(&msg));
    }
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            alloc::format!(
                "{}() takes exactly {} argument{} ({} given)",
                name,
                min,
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            alloc::format!(
                "{}() takes at least {} argument{} ({} given)",
                name,
                min,
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            alloc::format!(
                "{}() takes at most {} argument{} ({} given)",
                name,
                max,
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(vm.type_error(&msg));
    }
    Ok(args)
}

/// Splits `args` into positional values and (keyword name, value) lookups: returns the
/// positional part and the value of each requested keyword (NULL when absent). Unknown
/// keywords are a TypeError.
pub fn kwargs<'a, const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &'a [Obj],
    kwnames: &[Obj],
    names: [&str; N],
) -> PyResult<(&'a [Obj], [Obj; N])> {
    let npos = args.len() - kwnames.len();
    let mut out = [Obj::NULL; N];
    for (i, &k) in kwnames.iter().enumerate() {
        let ks = vm.str_of(k);
        match names.iter().position(|n| *n == ks) {
            Some(j) => out[j] = args[npos + i],
            None => {
                let msg = alloc::format!("{}() got an unexpected keyword argument '{}'", fname, ks);
                return Err(vm.type_error(&msg));
            }
        }
    }
    Ok((&args[..npos], out))
}
