//! `upy`: the host port's command line: run a file, a `-c` string, a module, or the REPL.

mod port;
mod xtensa;

use std::io::Write;
use std::process::ExitCode;

use upy_vm::obj::Obj;
use upy_vm::vm::{Config, Vm};

const USAGE: &str = "usage: upy [-X option] [-c cmd | -m mod | file | -] [arg] ...
options:
  -X heapsize=N[K|M]   size of the garbage-collected heap (default 64M)
  -X emit=bytecode     how functions are compiled: bytecode (the default) or native
                       (machine code for every function, as @micropython.native);
                       viper is native too (@micropython.viper functions are always
                       compiled as viper; the benchmarks pick their viper variants by it)
  -X dump-native       print the machine code of each natively compiled function
  -X native-stats      report native compilation counts and time on stderr at exit (and,
                       where native code is Xtensa code on the simulator, what it executed)
  -X dis               print the bytecode of the program instead of running it
  -X gcstress          collect garbage before every allocation (for testing the VM)
  -c CMD               run the program passed as a string
  -m MOD               run a module found on sys.path as __main__
";

struct Options {
    config: Config,
    dis: bool,
    emit_native: bool,
    dump_native: bool,
    native_stats: bool,
    what: Run,
    argv: Vec<String>,
}

enum Run {
    File(String),
    Command(String),
    Module(String),
    Repl,
}

fn parse_size(s: &str) -> Option<usize> {
    let (num, mult) = match s.as_bytes().last()? {
        b'K' | b'k' => (&s[..s.len() - 1], 1024),
        b'M' | b'm' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        config: Config::default(),
        dis: false,
        emit_native: false,
        dump_native: false,
        native_stats: false,
        what: Run::Repl,
        argv: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-X" => {
                let v = args.get(i + 1).ok_or("-X needs an option")?;
                i += 1;
                if let Some(s) = v.strip_prefix("heapsize=") {
                    o.config.heap_bytes =
                        parse_size(s).ok_or_else(|| format!("bad heap size '{s}'"))?;
                } else if let Some(e) = v.strip_prefix("emit=") {
                    match e {
                        "bytecode" => o.emit_native = false,
                        "native" | "viper" => o.emit_native = true,
                        _ => return Err(format!("emit mode '{e}' is not available in this build")),
                    }
                } else if v == "dump-native" {
                    o.dump_native = true;
                } else if v == "native-stats" {
                    o.native_stats = true;
                } else if v == "gcstress" {
                    o.config.gc_stress = true;
                } else if v == "dis" {
                    o.dis = true;
                } else {
                    return Err(format!("unknown -X option '{v}'"));
                }
            }
            "-c" => {
                let cmd = args.get(i + 1).ok_or("-c needs an argument")?;
                o.what = Run::Command(cmd.clone());
                o.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            "-m" => {
                let m = args.get(i + 1).ok_or("-m needs an argument")?;
                o.what = Run::Module(m.clone());
                o.argv = std::iter::once(m.clone())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            "-h" | "--help" => return Err(String::new()),
            "-" => {
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
            _ if a.starts_with('-') => return Err(format!("unknown option '{a}'")),
            _ => {
                o.what = Run::File(a.clone());
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
        }
        i += 1;
    }
    Ok(o)
}

fn set_list(vm: &mut Vm, list: Obj, items: &[String]) {
    for s in items {
        if let Ok(o) = vm.new_str(s) {
            let _ = vm.list_push(list, o);
        }
    }
}

fn run(opts: Options) -> i32 {
    let mut vm = Vm::new(opts.config.clone(), Box::new(port::HostPort::default()));
    // The objects made below (sys.path and sys.argv items) live in this frame until they are
    // stored: the collector must scan it.
    vm.enter();
    install_native(&mut vm, &opts);
    port::install_interrupt_handler();
    let script_dir = match &opts.what {
        Run::File(f) => std::path::Path::new(f)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut path = vec![if script_dir.is_empty() {
        ".".to_string()
    } else {
        script_dir
    }];
    if let Ok(p) = std::env::var("UPYPATH") {
        path.extend(p.split(':').map(String::from));
    }
    let (sp, argv) = (vm.sys_path, vm.sys_argv);
    set_list(&mut vm, sp, &path);
    set_list(&mut vm, argv, &opts.argv);
    let result = match &opts.what {
        Run::File(f) => match std::fs::read(f) {
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes).into_owned();
                if opts.dis {
                    return dump_bytecode(&src, f);
                }
                vm.run_main(&src, f)
            }
            Err(e) => {
                eprintln!("upy: can't open file '{f}': {e}");
                return 2;
            }
        },
        Run::Command(c) => vm.run_main(c, "<string>"),
        Run::Module(m) => {
            let src = format!("import {m}\n");
            vm.run_main(&src, "<module>")
        }
        Run::Repl => return repl(&mut vm),
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => vm.report_uncaught(e),
    };
    if opts.native_stats {
        native_stats(&mut vm);
    }
    code
}

/// Installs the port's native code generator (functions compile on their first call): x86-64
/// machine code on x86-64 hosts, Xtensa code run on the LX106 simulator on 32-bit hosts; on
/// other hosts every function stays bytecode (and viper functions raise NotImplementedError).
fn install_native(vm: &mut Vm, opts: &Options) {
    #[cfg(target_arch = "x86_64")]
    let compiler = upy_emitter_x64::X64Compiler {
        dump: opts.dump_native,
    };
    #[cfg(all(not(target_arch = "x86_64"), target_pointer_width = "32"))]
    let compiler = upy_emitter_xtensa::host::XtensaCompiler {
        dump: opts.dump_native,
    };
    #[cfg(any(target_arch = "x86_64", target_pointer_width = "32"))]
    {
        vm.native = Some(Box::new(compiler));
    }
    vm.native_all = opts.emit_native;
}

fn native_stats(vm: &mut Vm) {
    if vm.native.is_none() {
        return;
    }
    let s = &vm.native_stats;
    eprintln!(
        "native: {} functions, {} bytes, {:.1} us per function; {} left to bytecode",
        s.compiled,
        s.bytes,
        s.nanos as f64 / 1000.0 / s.compiled.max(1) as f64,
        s.fallbacks.len()
    );
    for (name, why) in &s.fallbacks {
        eprintln!("  bytecode: {name}: {why}");
    }
    #[cfg(all(not(target_arch = "x86_64"), target_pointer_width = "32"))]
    {
        let (insns, cycles) = upy_emitter_xtensa::host::executed();
        eprintln!("xtensa: {insns} instructions executed, about {cycles} LX106 cycles");
    }
}

fn dump_bytecode(src: &str, file: &str) -> i32 {
    let parsed = upy_vm::parser::parse(src, file);
    match parsed.and_then(|m| upy_vm::compiler::compile(&m, file, upy_vm::compiler::Mode::File)) {
        Ok(code) => {
            print!("{}", upy_vm::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!(
                "  File \"{}\", line {}\nSyntaxError: {}",
                file, e.line, e.msg
            );
            1
        }
    }
}

/// The next line of standard input without its newline (the lock is not held between lines:
/// the program's own `input()` reads the same stream).
fn next_line() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            let end = line.trim_end_matches(['\n', '\r']).len();
            line.truncate(end);
            Some(line)
        }
    }
}

fn repl(vm: &mut Vm) -> i32 {
    println!(
        "upy {} (MicroPython-compatible); Ctrl-D to exit",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        print!(">>> ");
        let _ = std::io::stdout().flush();
        let Some(first) = next_line() else {
            println!();
            return 0;
        };
        let mut src = first.clone();
        let compound = first.trim_end().ends_with(':');
        if compound {
            loop {
                print!("... ");
                let _ = std::io::stdout().flush();
                match next_line() {
                    Some(l) if !l.trim().is_empty() => {
                        src.push('\n');
                        src.push_str(&l);
                    }
                    _ => break,
                }
            }
        }
        src.push('\n');
        if let Err(e) = vm.run_repl_input(&src) {
            if let Some(code) = system_exit(vm, e) {
                return code;
            }
            vm.report_uncaught(e);
        }
    }
}

fn system_exit(vm: &mut Vm, e: Obj) -> Option<i32> {
    use upy_vm::objects::exc;
    if exc::is_exception(e) && exc::matches(e, &exc::SYSTEM_EXIT) {
        return Some(vm.report_uncaught(e));
    }
    None
}

/// Native stack of the interpreter thread (reserved, not committed, memory).
const STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("upy: {msg}");
            }
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Python recursion runs on the native stack: give it room.
    let code = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            upy_vm::runtime::stack::set_stack_size(STACK_BYTES);
            run(opts)
        })
        .expect("failed to start the interpreter thread")
        .join()
        .unwrap_or(70);
    std::io::stdout().flush().ok();
    ExitCode::from(code as u8)
}
