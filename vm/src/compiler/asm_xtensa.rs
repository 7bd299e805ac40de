//! The `@micropython.asm_xtensa` inline assembler: translates a decorated function's body
//! (calls like `addi(a2, a2, 1)`, `label(loop)`, `data(4, 0x1234)`) into LX106 machine code
//! with `upy_asm`.
//!
//! The source syntax is MicroPython's, with these differences (all fixes or extensions):
//! * `movi(r, v)` takes any 32-bit value and uses `movi` when it fits in 12 bits, else an
//!   `l32r` from a literal pool placed before the code (the code then starts with a `j`
//!   over the pool, as MicroPython's constant table does);
//! * `addi_n` encodes -1 correctly; `beqz_n`/`bnez_n` emit the narrow forms (widened when
//!   the target is out of their range);
//! * conditional branches out of range are relaxed into an inverted branch over a `j`, and
//!   labels always agree with the final layout;
//! * every other LX106 instruction of the `upy_asm` table is available, spelt with `_` for
//!   `.` and a trailing `_` allowed for Python keywords (`extui`, `moveqz`, `beqi`,
//!   `mul16u`, `break_`).
//!
//! The body is wrapped in a prologue reserving a 32-byte frame that saves a0 and a12..a15
//! and an epilogue restoring them, so user code may clobber a12..a15 and use `call0`.
//! The code is assembled for [`CODE_BASE`] (the ESP8266 IRAM start); it is position
//! independent as long as it is loaded at an address that is 0 modulo 4.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use upy_asm::assembler::AsmErrorKind;
use upy_asm::{Assembler, EncodeError, Inst, Kind, Label, Op};

use super::{err, CResult};
use crate::ast::{BinOp, Constant, Expr, ExprKind, FunctionDef, Stmt, StmtKind, UnaryOp};
use crate::bytecode::AsmCode;

/// The address the code is assembled for (any 4-byte aligned address gives the same bytes).
pub const CODE_BASE: u32 = 0x4010_0000;
/// Size of the frame the prologue reserves.
const FRAME: i32 = 32;

/// Assembles the body of an `asm_xtensa` function defined at `line`.
pub(crate) fn assemble(fd: &FunctionDef, line: u32) -> CResult<AsmCode> {
    let a = &fd.args;
    let params: Vec<&str> = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .map(|p| p.name.as_str())
        .collect();
    let ok = params.len() <= 4
        && a.vararg.is_none()
        && a.kwarg.is_none()
        && a.kwonlyargs.is_empty()
        && params
            .iter()
            .enumerate()
            .all(|(i, p)| reg_num(p) == Some(i as i32 + 2));
    if !ok {
        return Err(err(
            "parameters must be registers in sequence a2 to a5".to_string(),
            line,
        ));
    }
    let ret = match &fd.returns {
        None => "int",
        Some(Expr {
            kind: ExprKind::Name(n),
            ..
        }) if matches!(n.as_str(), "int" | "uint" | "bool" | "object") => n.as_str(),
        Some(e) => return Err(err("unknown type".to_string(), e.line)),
    };
    let mut t = Translator {
        asm: Assembler::new(CODE_BASE),
        labels: BTreeMap::new(),
    };
    let needs_pool = fd.body.iter().any(needs_literal);
    let entry = t.asm.new_label();
    t.asm.set_tag(line);
    if needs_pool {
        t.asm.j(entry);
        t.asm.pool_here();
    }
    t.asm.bind(entry);
    t.prologue();
    t.asm.set_relax(true);
    for s in &fd.body {
        t.asm.set_tag(s.line);
        t.stmt(s)?;
    }
    for (name, info) in &t.labels {
        if !info.defined {
            return Err(err(format!("label '{name}' not defined"), info.first_use));
        }
    }
    t.asm.set_tag(line);
    t.epilogue();
    match t.asm.finish() {
        Ok(code) => Ok(AsmCode {
            bytes: code.bytes,
            nargs: params.len() as u16,
            ret: ret.to_string(),
        }),
        Err(e) => Err(err(finish_message(&e.kind), e.tag)),
    }
}

/// The register number of `a0`..`a15`.
fn reg_num(s: &str) -> Option<i32> {
    let n = s.strip_prefix('a')?;
    if n.is_empty() || n.len() > 2 || (n.len() == 2 && n.starts_with('0')) {
        return None;
    }
    let v: i32 = n.parse().ok()?;
    (v < 16).then_some(v)
}

/// Whether the statement is a `movi` whose constant needs a literal.
fn needs_literal(s: &Stmt) -> bool {
    let StmtKind::Expr(Expr {
        kind: ExprKind::Call { func, args, .. },
        ..
    }) = &s.kind
    else {
        return false;
    };
    matches!(&func.kind, ExprKind::Name(n) if n == "movi")
        && args.len() == 2
        && const_int(&args[1]).is_some_and(|v| !(-2048..=2047).contains(&v))
}

/// Evaluates an integer constant expression (literals, unary and binary arithmetic).
fn const_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(v)) => Some(*v),
        ExprKind::Constant(Constant::BigInt { digits, radix }) => {
            let v = u64::from_str_radix(digits, *radix).ok()?;
            i64::try_from(v).ok()
        }
        ExprKind::UnaryOp { op, operand } => {
            let v = const_int(operand)?;
            match op {
                UnaryOp::USub => v.checked_neg(),
                UnaryOp::UAdd => Some(v),
                UnaryOp::Invert => Some(!v),
                UnaryOp::Not => None,
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (a, b) = (const_int(left)?, const_int(right)?);
            match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mult => a.checked_mul(b),
                BinOp::FloorDiv if b != 0 => Some(floor_div(a, b)),
                BinOp::Mod if b != 0 => Some(a - b * floor_div(a, b)),
                BinOp::LShift if (0..63).contains(&b) => a.checked_mul(1i64 << b),
                BinOp::RShift if b >= 0 => Some(a >> b.min(63)),
                BinOp::BitAnd => Some(a & b),
                BinOp::BitOr => Some(a | b),
                BinOp::BitXor => Some(a ^ b),
                BinOp::Pow if (0..64).contains(&b) => a.checked_pow(b as u32),
                _ => None,
            }
        }
        _ => None,
    }
}

fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// The message for a layout-time error.
fn finish_message(k: &AsmErrorKind) -> String {
    match k {
        AsmErrorKind::Encode(EncodeError::BranchRange { op, .. }) => {
            format!("'{}' label out of range ({})", py_name(*op), k)
        }
        _ => k.to_string(),
    }
}

/// The Python spelling of an instruction (`.` becomes `_`).
fn py_name(op: Op) -> String {
    let m = op.mnemonic().replace('.', "_");
    match m.as_str() {
        "abs" | "and" | "or" | "break" => m + "_",
        _ => m,
    }
}

struct LabelInfo {
    label: Label,
    defined: bool,
    first_use: u32,
}

struct Translator {
    asm: Assembler,
    labels: BTreeMap<String, LabelInfo>,
}

/// An instruction operand as written.
enum Arg<'e> {
    Reg(i32),
    Int(i64),
    Name(&'e str),
    Other,
}

impl Translator {
    fn prologue(&mut self) {
        self.asm.emit(Op::Addi, &[1, 1, -FRAME]);
        for (i, r) in [0, 12, 13, 14, 15].into_iter().enumerate() {
            self.asm.emit(Op::S32iN, &[r, 1, 4 * i as i32]);
        }
    }

    fn epilogue(&mut self) {
        for (i, r) in [0, 12, 13, 14, 15].into_iter().enumerate().rev() {
            self.asm.emit(Op::L32iN, &[r, 1, 4 * i as i32]);
        }
        self.asm.emit(Op::Addi, &[1, 1, FRAME]);
        self.asm.emit(Op::RetN, &[]);
    }

    fn label_use(&mut self, name: &str, line: u32) -> Label {
        if let Some(info) = self.labels.get(name) {
            return info.label;
        }
        let label = self.asm.new_label();
        self.labels.insert(
            name.to_string(),
            LabelInfo {
                label,
                defined: false,
                first_use: line,
            },
        );
        label
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        let line = s.line;
        let e = match &s.kind {
            StmtKind::Pass => return Ok(()),
            StmtKind::Expr(e) => e,
            _ => return Err(err("expecting an assembler instruction".to_string(), line)),
        };
        let (func, args, keywords) = match &e.kind {
            ExprKind::Constant(Constant::Str(_)) => return Ok(()),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (func, args, keywords),
            _ => return Err(err("expecting an assembler instruction".to_string(), line)),
        };
        let ExprKind::Name(name) = &func.kind else {
            return Err(err("expecting an assembler instruction".to_string(), line));
        };
        if !keywords.is_empty() || args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            return Err(err(
                format!("'{name}' does not take keyword or starred arguments"),
                line,
            ));
        }
        let args: Vec<Arg> = args.iter().map(classify).collect();
        match name.as_str() {
            "label" => self.directive_label(&args, line),
            "align" => self.directive_align(&args, line),
            "data" => self.directive_data(&args, line),
            _ => self.instruction(name, &args, line),
        }
    }

    fn directive_label(&mut self, args: &[Arg], line: u32) -> CResult<()> {
        let [Arg::Name(n)] = args else {
            return Err(err(
                "label() requires 1 argument, a label name".to_string(),
                line,
            ));
        };
        let l = self.label_use(n, line);
        let info = self.labels.get_mut(*n).expect("just added");
        if info.defined {
            return Err(err(format!("label '{n}' redefined"), line));
        }
        info.defined = true;
        self.asm.bind(l);
        Ok(())
    }

    fn directive_align(&mut self, args: &[Arg], line: u32) -> CResult<()> {
        match args {
            [Arg::Int(n)] if *n > 0 && *n <= 1 << 16 && (*n as u32).is_power_of_two() => {
                self.asm.align(*n as u32);
                Ok(())
            }
            _ => Err(err(
                "align() requires 1 argument, a power of 2 up to 65536".to_string(),
                line,
            )),
        }
    }

    fn directive_data(&mut self, args: &[Arg], line: u32) -> CResult<()> {
        let size = match args.first() {
            Some(Arg::Int(s @ (1 | 2 | 4))) if args.len() >= 2 => *s as u8,
            _ => {
                return Err(err(
                    "data() requires a size (1, 2 or 4) and at least one value".to_string(),
                    line,
                ))
            }
        };
        let bits = 8 * u32::from(size);
        let (min, max) = (-(1i64 << (bits - 1)), (1i64 << bits) - 1);
        for a in &args[1..] {
            match a {
                Arg::Int(v) if (min..=max).contains(v) => {
                    let v = (*v as u64) & ((1u64 << bits) - 1);
                    self.asm.data(size, upy_asm::Expr::constant(v as i64));
                }
                Arg::Int(v) => {
                    return Err(err(
                        format!("'data' integer {v} isn't within range {min}..{max}"),
                        line,
                    ))
                }
                _ => return Err(err("'data' expects an integer".to_string(), line)),
            }
        }
        Ok(())
    }

    fn instruction(&mut self, name: &str, args: &[Arg], line: u32) -> CResult<()> {
        let unsupported = || {
            err(
                format!(
                    "unsupported Xtensa instruction '{name}' with {} arguments",
                    args.len()
                ),
                line,
            )
        };
        let op = match name {
            // MicroPython emits the narrow forms for these.
            "mov" | "mov_n" => Op::MovN,
            "ret" | "ret_n" => Op::RetN,
            "movi" if args.len() == 2 => return self.movi(args, line),
            _ => lookup(name).ok_or_else(unsupported)?,
        };
        let kinds = op.row().operands;
        if kinds.len() != args.len() {
            return Err(unsupported());
        }
        let mut vals = [0i32; 4];
        let mut target = None;
        for (i, (k, a)) in kinds.iter().zip(args).enumerate() {
            if k.is_reg() {
                let Arg::Reg(r) = a else {
                    return Err(err(format!("'{name}' expects a register"), line));
                };
                vals[i] = *r;
            } else if k.is_pcrel() {
                let Arg::Name(n) = a else {
                    return Err(err(format!("'{name}' expects a label"), line));
                };
                target = Some((i, self.label_use(n, line)));
                vals[i] = placeholder_disp(*k);
            } else {
                let Arg::Int(v) = a else {
                    return Err(err(format!("'{name}' expects an integer"), line));
                };
                vals[i] = i32::try_from(*v)
                    .map_err(|_| err(format!("'{name}' integer {v} isn't within range"), line))?;
            }
        }
        // Check the operands now so that errors name the instruction and the statement.
        if let Err(e) = Inst::new(op, &vals).encode(0) {
            return Err(err(operand_message(name, &e), line));
        }
        match target {
            Some((slot, l)) => {
                // The branch is relaxed by the assembler when out of range.
                self.asm
                    .emit_fix(op, &vals[..kinds.len()], slot, upy_asm::Expr::label(l, 0));
            }
            None => self.asm.emit(op, &vals[..kinds.len()]),
        }
        Ok(())
    }

    fn movi(&mut self, args: &[Arg], line: u32) -> CResult<()> {
        let Arg::Reg(r) = args[0] else {
            return Err(err("'movi' expects a register".to_string(), line));
        };
        let Arg::Int(v) = args[1] else {
            return Err(err("'movi' expects an integer".to_string(), line));
        };
        if !(-(1i64 << 31)..1i64 << 32).contains(&v) {
            return Err(err(
                format!("'movi' integer {v} isn't within range -2147483648..4294967295"),
                line,
            ));
        }
        let v = v as u32;
        if (-2048..=2047).contains(&(v as i32)) {
            self.asm.emit(Op::Movi, &[r, v as i32]);
        } else {
            let l = self.asm.literal(upy_asm::Expr::constant(i64::from(v)));
            self.asm
                .emit_fix(Op::L32r, &[r, 0], 1, upy_asm::Expr::label(l, 0));
        }
        Ok(())
    }
}

/// The instruction named `name` in Python spelling.
fn lookup(name: &str) -> Option<Op> {
    let base = name.strip_suffix('_').unwrap_or(name);
    if base.is_empty() || base.contains('.') {
        return None;
    }
    Op::from_mnemonic(&base.replace('_', "."))
}

/// A displacement that any label operand of kind `k` accepts, for checking the other
/// operands before layout.
fn placeholder_disp(k: Kind) -> i32 {
    match k {
        Kind::L32r => -4,
        _ => 4,
    }
}

fn operand_message(name: &str, e: &EncodeError) -> String {
    match e {
        EncodeError::ImmRange { value, min, max } => {
            format!("'{name}' integer {value} isn't within range {min}..{max}")
        }
        EncodeError::ImmAlign { value, align } => {
            format!("'{name}' integer {value} isn't a multiple of {align}")
        }
        EncodeError::BadRegister(_) => format!("'{name}' expects a register"),
        EncodeError::BadValue { value, what } => {
            format!("'{name}' integer {value} isn't a valid {what}")
        }
        _ => format!("'{name}' {e}"),
    }
}

fn classify(e: &Expr) -> Arg<'_> {
    if let ExprKind::Name(n) = &e.kind {
        return match reg_num(n) {
            Some(r) => Arg::Reg(r),
            None => Arg::Name(n),
        };
    }
    match const_int(e) {
        Some(v) => Arg::Int(v),
        None => Arg::Other,
    }
}

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::*;
    use crate::bytecode::Const;
    use crate::compiler::{compile, Mode};
    use upy_asm::decode;

    /// Compiles `def f(params): body` and returns its machine code (or the error as
    /// "msg @line").
    fn asm(params: &str, body: &str) -> Result<AsmCode, String> {
        let mut src = format!("@micropython.asm_xtensa\ndef f({params}):\n");
        for l in body.lines() {
            src.push_str("    ");
            src.push_str(l.trim());
            src.push('\n');
        }
        let m = crate::parser::parse(&src, "t.py").map_err(|e| format!("parse {e:?}"))?;
        let code = compile(&m, "t.py", Mode::File).map_err(|e| format!("{} @{}", e.msg, e.line))?;
        for c in &code.consts {
            if let Const::Code(f) = c {
                return Ok(f.asm_xtensa.clone().expect("asm code"));
            }
        }
        panic!("no function")
    }

    /// The mnemonics of the user part of the code (between prologue and epilogue).
    fn body_ops(code: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        let mut pc = 0;
        while pc < code.len() {
            let (inst, n) = decode(&code[pc..]).expect("decodes");
            out.push(String::from(inst.op.mnemonic()));
            pc += n;
        }
        out
    }

    const PROLOGUE: [&str; 6] = ["addi", "s32i.n", "s32i.n", "s32i.n", "s32i.n", "s32i.n"];
    const EPILOGUE: [&str; 7] = [
        "l32i.n", "l32i.n", "l32i.n", "l32i.n", "l32i.n", "addi", "ret.n",
    ];

    #[test]
    fn frame_wraps_body() {
        let c = asm("a2, a3", "add(a2, a2, a3)").unwrap();
        assert_eq!(c.nargs, 2);
        assert_eq!(c.ret, "int");
        let ops = body_ops(&c.bytes);
        assert_eq!(ops[..6], PROLOGUE);
        assert_eq!(ops[6], "add");
        assert_eq!(ops[7..], EPILOGUE);
        // addi a1, a1, -32 / s32i.n a0, a1, 0
        assert_eq!(&c.bytes[..5], &[0x12, 0xc1, 0xe0, 0x09, 0x01]);
    }

    #[test]
    fn addi_n_minus_one_is_correct() {
        // MicroPython encodes this as addi.n a15, a15, 15; the right encoding is t=0.
        let c = asm("a2", "addi_n(a2, a2, -1)").unwrap();
        let (inst, n) = decode(&c.bytes[13..]).unwrap();
        assert_eq!((inst.op, n), (Op::AddiN, 2));
        assert_eq!(inst.args[..3], [2, 2, -1]);
        assert_eq!(&c.bytes[13..15], &[0x0b, 0x22]);
    }

    #[test]
    fn mov_and_ret_are_narrow() {
        let c = asm("a2", "mov(a3, a2)\nmov_n(a4, a3)\nret()\nret_n()").unwrap();
        let ops = body_ops(&c.bytes);
        assert_eq!(ops[6..10], ["mov.n", "mov.n", "ret.n", "ret.n"]);
    }

    #[test]
    fn movi_uses_pool_only_for_large_values() {
        let c = asm("", "movi(a2, 2047)\nmovi(a3, -2048)").unwrap();
        assert_eq!(body_ops(&c.bytes)[6..8], ["movi", "movi"]);
        let c = asm(
            "",
            "movi(a2, 0x12345678)\nmovi(a3, 0x12345678)\nmovi(a4, 5)",
        )
        .unwrap();
        // j over the pool, then the pool (one shared literal, 4-aligned), then the code.
        let (j, _) = decode(&c.bytes).unwrap();
        assert_eq!(j.op, Op::J);
        assert_eq!(&c.bytes[4..8], &0x1234_5678u32.to_le_bytes());
        let ops = body_ops(&c.bytes[8..]);
        assert_eq!(ops[..6], PROLOGUE);
        assert_eq!(ops[6..9], ["l32r", "l32r", "movi"]);
    }

    #[test]
    fn far_forward_branch_is_relaxed() {
        let c = asm(
            "a2",
            "label(loop)\nbeqz(a2, done)\naddi(a2, a2, -1)\nj(loop)\nalign(4096)\nlabel(done)",
        )
        .unwrap();
        let (b, _) = decode(&c.bytes[13..]).unwrap();
        assert_eq!(b.op, Op::Bnez, "inverted branch");
        let (j, _) = decode(&c.bytes[16..]).unwrap();
        assert_eq!(j.op, Op::J);
        assert_eq!(16 + j.args[0] as usize, 4096);
    }

    #[test]
    fn near_branches_stay_short() {
        let c = asm(
            "a2",
            "label(l)\nbeqz(a2, d)\naddi(a2, a2, -1)\nj(l)\nlabel(d)",
        )
        .unwrap();
        let ops = body_ops(&c.bytes);
        assert_eq!(ops[6..9], ["beqz", "addi", "j"]);
        assert_eq!(c.bytes.len(), 13 + 9 + 15);
    }

    #[test]
    fn upy_extras_and_python_names() {
        let c = asm(
            "a2, a3",
            "extui(a2, a3, 4, 8)\nmoveqz(a2, a3, a2)\nmul16u(a2, a2, a3)\nabs_(a2, a2)\n\
             and_(a2, a2, a3)\nor_(a2, a2, a3)\nl32i_n(a2, a2, 4)\nbeqi(a2, -1, x)\nlabel(x)",
        )
        .unwrap();
        let ops = body_ops(&c.bytes);
        assert_eq!(
            ops[6..14],
            ["extui", "moveqz", "mul16u", "abs", "and", "or", "l32i.n", "beqi"]
        );
    }

    #[test]
    fn return_types() {
        for (ann, ret) in [("", "int"), (" -> uint", "uint"), (" -> bool", "bool")] {
            let src = format!("@micropython.asm_xtensa\ndef f(a2){ann}:\n    pass\n");
            let m = crate::parser::parse(&src, "t.py").unwrap();
            let code = compile(&m, "t.py", Mode::File).unwrap();
            let f = code.consts.iter().find_map(|c| match c {
                Const::Code(f) => Some(f),
                _ => None,
            });
            assert_eq!(f.unwrap().asm_xtensa.as_ref().unwrap().ret, ret);
        }
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str, &str)] = &[
            ("a2", "foo(a2)", "unsupported Xtensa instruction 'foo' with 1 arguments @3"),
            ("a2", "nop()\nadd(a2, a2)", "unsupported Xtensa instruction 'add' with 2 arguments @4"),
            ("a2", "addi(a2, 1, 1)", "'addi' expects a register @3"),
            ("a2", "addi(a2, a2, x)", "'addi' expects an integer @3"),
            ("a2", "j(a2)", "'j' expects a label @3"),
            ("a2", "addi(a2, a2, 300)", "'addi' integer 300 isn't within range -128..127 @3"),
            ("a2", "addi(a2, a2, -129)", "'addi' integer -129 isn't within range -128..127 @3"),
            ("a2", "l32i(a2, a2, 2)", "'l32i' integer 2 isn't a multiple of 4 @3"),
            ("a2", "addmi(a2, a2, 100)", "'addmi' integer 100 isn't a multiple of 256 @3"),
            ("a2", "nop()\nj(nowhere)", "label 'nowhere' not defined @4"),
            ("a2", "label(x)\nlabel(x)", "label 'x' redefined @4"),
            ("a2", "x = 1", "expecting an assembler instruction @3"),
            ("a2", "f.g(a2)", "expecting an assembler instruction @3"),
            ("a2", "add(a2, a2, a3, a4=1)", "'add' does not take keyword or starred arguments @3"),
            ("a3", "pass", "parameters must be registers in sequence a2 to a5 @2"),
            ("a2, a3, a4, a5, a6", "pass", "parameters must be registers in sequence a2 to a5 @2"),
            ("*a2", "pass", "parameters must be registers in sequence a2 to a5 @2"),
            ("a2", "movi(a2, 1 << 32)", "'movi' integer 4294967296 isn't within range -2147483648..4294967295 @3"),
            ("a2", "data(4)", "data() requires a size (1, 2 or 4) and at least one value @3"),
            ("a2", "data(1, 256)", "'data' integer 256 isn't within range -128..255 @3"),
            ("a2", "align(3)", "align() requires 1 argument, a power of 2 up to 65536 @3"),
            ("a2", "nop()\ncall0(s)\nlabel(s)", "'call0' target 0x40100013 is not 4-byte aligned @4"),
            ("a2", "bbci(a2, 32, x)\nlabel(x)", "'bbci' integer 32 isn't within range 0..31 @3"),
            ("a2", "beqi(a2, 9, x)\nlabel(x)", "'beqi' immediate 9 is not a b4const value (one of -1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256) @3"),
        ];
        for (params, body, want) in cases {
            let got = asm(params, body).err().unwrap_or_default();
            assert_eq!(&got, want, "for {body:?}");
        }
    }

    #[test]
    fn j_out_of_range_is_an_error() {
        let e = asm(
            "a2",
            "j(x)\nalign(65536)\nnop()\nalign(65536)\nnop()\nalign(65536)\nlabel(x)",
        )
        .err()
        .unwrap();
        assert!(e.starts_with("'j' label out of range"), "{e}");
        assert!(e.ends_with("@3"), "{e}");
    }

    #[test]
    fn constant_expressions() {
        assert_eq!(
            asm("a2", "addi(a2, a2, -(3 * 4) + 2 ** 3 - 10 // 3 % 7)")
                .map(|c| c.bytes[13..16].to_vec()),
            asm("a2", "addi(a2, a2, -7)").map(|c| c.bytes[13..16].to_vec())
        );
    }
}
