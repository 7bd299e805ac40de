//! Instruction encoding and decoding driven by [`crate::table`].

use core::fmt;

use crate::reg::Reg;
use crate::table::{Kind, Op, SpecialReg, B4CONST, B4CONSTU, TABLE};

/// One machine instruction: an opcode and its operands in assembly order.
///
/// Operand values: register numbers for register operands, the
/// assembly-level value for immediates (e.g. `l32i a2, a1, 8` has 8, not
/// 2), and for label operands the displacement in bytes from the address
/// of this instruction to the target.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Inst {
    pub op: Op,
    pub args: [i32; 4],
}

impl Inst {
    /// An instruction from an opcode and up to four operand values
    /// (missing ones are zero).
    pub fn new(op: Op, args: &[i32]) -> Inst {
        let mut a = [0; 4];
        for (d, s) in a.iter_mut().zip(args) {
            *d = *s;
        }
        Inst { op, args: a }
    }

    /// Number of operands.
    pub fn arity(&self) -> usize {
        self.op.row().operands.len()
    }

    /// Length in bytes.
    pub fn size(&self) -> usize {
        self.op.size()
    }

    /// Encode at address `pc` (only `call0` and `l32r` depend on it beyond
    /// the displacement).
    pub fn encode(&self, pc: u32) -> Result<Encoded, EncodeError> {
        encode(self, pc)
    }

    /// The GNU objdump rendering (`mnemonic\toperands`) of this instruction
    /// at address `pc`; label operands print as absolute `0x` addresses.
    pub fn display(&self, pc: u32) -> Display<'_> {
        Display { inst: self, pc }
    }
}

/// Encoded bytes of one instruction (2 or 3 bytes, little-endian).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Encoded {
    bytes: [u8; 3],
    len: u8,
}

impl Encoded {
    fn from_word(word: u32, len: usize) -> Encoded {
        Encoded {
            bytes: [word as u8, (word >> 8) as u8, (word >> 16) as u8],
            len: len as u8,
        }
    }

    /// The instruction bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// The instruction word (op0 in bits 3:0).
    pub fn word(&self) -> u32 {
        u32::from(self.bytes[0]) | u32::from(self.bytes[1]) << 8 | u32::from(self.bytes[2]) << 16
    }
}

/// Why an instruction cannot be encoded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EncodeError {
    /// A register operand outside a0..a15.
    BadRegister(i32),
    /// An immediate outside its range.
    ImmRange { value: i64, min: i32, max: i32 },
    /// An immediate that must be a multiple of `align`.
    ImmAlign { value: i64, align: i32 },
    /// A `beqi`-style immediate that is not in the b4const table.
    NotB4Const { value: i64, unsigned: bool },
    /// `extui` shift + mask width greater than 32.
    ExtuiWidth { shift: i32, mask: i32 },
    /// A special register this instruction cannot access.
    BadSpecialReg { num: i64, op: Op },
    /// A label operand too far away: displacement and allowed range from
    /// the instruction address.
    BranchRange {
        op: Op,
        disp: i64,
        min: i64,
        max: i64,
    },
    /// A `call0` or `l32r` target that is not 4-byte aligned.
    TargetAlign { op: Op, target: u32 },
    /// An operand that is not one of the allowed values.
    BadValue { value: i64, what: &'static str },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EncodeError::BadRegister(n) => write!(f, "invalid register 'a{n}'"),
            EncodeError::ImmRange { value, min, max } => {
                write!(f, "immediate {value} out of range {min}..{max}")
            }
            EncodeError::ImmAlign { value, align } => {
                write!(f, "immediate {value} is not a multiple of {align}")
            }
            EncodeError::NotB4Const { value, unsigned } => {
                let (name, t) = if unsigned {
                    ("b4constu", &B4CONSTU)
                } else {
                    ("b4const", &B4CONST)
                };
                write!(f, "immediate {value} is not a {name} value (one of ")?;
                for (i, v) in t.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str(")")
            }
            EncodeError::ExtuiWidth { shift, mask } => write!(
                f,
                "extui shift {shift} plus mask width {mask} is greater than 32"
            ),
            EncodeError::BadSpecialReg { num, op } => {
                write!(f, "invalid special register {num} for '{}'", op.mnemonic())
            }
            EncodeError::BranchRange { op, disp, min, max } => write!(
                f,
                "branch out of range: '{}' target is {disp} bytes away, allowed {min}..{max}",
                op.mnemonic()
            ),
            EncodeError::TargetAlign { op, target } => write!(
                f,
                "'{}' target 0x{target:x} is not 4-byte aligned",
                op.mnemonic()
            ),
            EncodeError::BadValue { value, what } => write!(f, "invalid {what} {value}"),
        }
    }
}

fn range(value: i32, min: i32, max: i32) -> Result<u32, EncodeError> {
    if value < min || value > max {
        Err(EncodeError::ImmRange {
            value: value.into(),
            min,
            max,
        })
    } else {
        Ok(value as u32)
    }
}

fn scaled(value: i32, max: i32, scale: i32) -> Result<u32, EncodeError> {
    range(value, 0, max)?;
    if value % scale != 0 {
        return Err(EncodeError::ImmAlign {
            value: value.into(),
            align: scale,
        });
    }
    Ok((value / scale) as u32)
}

/// The displacement range (from the instruction address) of a PC-relative
/// operand kind, for the non-aligned kinds.
pub fn pcrel_range(kind: Kind) -> (i64, i64) {
    match kind {
        Kind::Rel8 => (-128 + 4, 127 + 4),
        Kind::Rel12 => (-2048 + 4, 2047 + 4),
        Kind::Rel18 => (-131072 + 4, 131071 + 4),
        Kind::Rel6N => (4, 67),
        Kind::Call18 => (-524284, 524288),
        Kind::L32r => (-262144, -1),
        _ => (0, 0),
    }
}

fn branch(op: Op, kind: Kind, disp: i32) -> Result<i32, EncodeError> {
    let (min, max) = pcrel_range(kind);
    let d = i64::from(disp);
    if d < min || d > max {
        return Err(EncodeError::BranchRange {
            op,
            disp: d,
            min,
            max,
        });
    }
    Ok(disp - 4)
}

fn encode_operand(op: Op, kind: Kind, v: i32, pc: u32) -> Result<u32, EncodeError> {
    let reg = |v: i32| -> Result<u32, EncodeError> {
        if (0..16).contains(&v) {
            Ok(v as u32)
        } else {
            Err(EncodeError::BadRegister(v))
        }
    };
    Ok(match kind {
        Kind::R => reg(v)? << 12,
        Kind::S => reg(v)? << 8,
        Kind::T => reg(v)? << 4,
        Kind::St => reg(v)? * 0x110,
        Kind::Simm8 => (range(v, -128, 127)? & 0xFF) << 16,
        Kind::Simm8x256 => {
            range(v, -32768, 32512)?;
            if v % 256 != 0 {
                return Err(EncodeError::ImmAlign {
                    value: v.into(),
                    align: 256,
                });
            }
            (((v >> 8) as u32) & 0xFF) << 16
        }
        Kind::Uimm8 => range(v, 0, 255)? << 16,
        Kind::Uimm8x2 => scaled(v, 510, 2)? << 16,
        Kind::Uimm8x4 => scaled(v, 1020, 4)? << 16,
        Kind::Simm12 => {
            let u = range(v, -2048, 2047)?;
            (u & 0xFF) << 16 | ((u >> 8) & 0xF) << 8
        }
        Kind::Uimm4x4N => scaled(v, 60, 4)? << 12,
        Kind::AddiN => {
            if v == 0 {
                return Err(EncodeError::BadValue {
                    value: 0,
                    what: "addi.n immediate (must be -1 or 1..15)",
                });
            }
            range(v, -1, 15)?;
            // -1 is encoded as 0 (0 itself is not a legal immediate).
            (if v == -1 { 0 } else { v as u32 }) << 4
        }
        Kind::MoviN => {
            let u = range(v, -32, 95)? & 0x7F;
            (u >> 4) << 4 | (u & 0xF) << 12
        }
        Kind::SlliSa => {
            // GNU as also accepts 32 (field 0), and objdump prints it back.
            let f = (32 - range(v, 1, 32)?) & 31;
            (f & 0xF) << 4 | (f >> 4) << 20
        }
        Kind::SraiSa => {
            let u = range(v, 0, 31)?;
            (u & 0xF) << 8 | (u >> 4) << 20
        }
        Kind::SrliSa => range(v, 0, 15)? << 8,
        Kind::SsaiSa => {
            let u = range(v, 0, 31)?;
            (u & 0xF) << 8 | (u >> 4) << 4
        }
        Kind::ExtShift => {
            let u = range(v, 0, 31)?;
            (u & 0xF) << 8 | (u >> 4) << 16
        }
        Kind::ExtMask => (range(v, 1, 16)? - 1) << 20,
        Kind::Sr(access) => {
            let ok = (0..256).contains(&v)
                && SpecialReg::by_num(v as u8).is_some_and(|r| r.allows(access));
            if !ok {
                return Err(EncodeError::BadSpecialReg { num: v.into(), op });
            }
            (v as u32) << 8
        }
        Kind::ImmS => range(v, 0, 15)? << 8,
        Kind::ImmT => range(v, 0, 15)? << 4,
        Kind::BBit => {
            let u = range(v, 0, 31)?;
            (u & 0xF) << 4 | (u >> 4) << 12
        }
        Kind::B4Const | Kind::B4ConstU => {
            let (t, unsigned) = if kind == Kind::B4Const {
                (&B4CONST, false)
            } else {
                (&B4CONSTU, true)
            };
            match t.iter().position(|&c| c == v) {
                Some(i) => (i as u32) << 12,
                None => {
                    return Err(EncodeError::NotB4Const {
                        value: v.into(),
                        unsigned,
                    })
                }
            }
        }
        Kind::Rel8 => ((branch(op, kind, v)? as u32) & 0xFF) << 16,
        Kind::Rel12 => ((branch(op, kind, v)? as u32) & 0xFFF) << 12,
        Kind::Rel18 => ((branch(op, kind, v)? as u32) & 0x3FFFF) << 6,
        Kind::Rel6N => {
            let u = branch(op, kind, v)? as u32;
            (u >> 4) << 4 | (u & 0xF) << 12
        }
        Kind::Call18 => {
            let target = pc.wrapping_add(v as u32);
            if target & 3 != 0 {
                return Err(EncodeError::TargetAlign { op, target });
            }
            let base = (pc & !3).wrapping_add(4);
            let off = i64::from(target.wrapping_sub(base) as i32) >> 2;
            if !(-(1 << 17)..(1 << 17)).contains(&off) {
                let d = i64::from(v);
                let (min, max) = pcrel_range(kind);
                return Err(EncodeError::BranchRange {
                    op,
                    disp: d,
                    min,
                    max,
                });
            }
            ((off as u32) & 0x3FFFF) << 6
        }
        Kind::L32r => {
            let target = pc.wrapping_add(v as u32);
            if target & 3 != 0 {
                return Err(EncodeError::TargetAlign { op, target });
            }
            let base = pc.wrapping_add(3) & !3;
            let off = i64::from(target.wrapping_sub(base) as i32) >> 2;
            if !(-65536..0).contains(&off) {
                let (min, max) = pcrel_range(kind);
                return Err(EncodeError::BranchRange {
                    op,
                    disp: v.into(),
                    min,
                    max,
                });
            }
            ((off as u32) & 0xFFFF) << 8
        }
    })
}

/// Encode `inst` placed at address `pc`.
pub fn encode(inst: &Inst, pc: u32) -> Result<Encoded, EncodeError> {
    let row = inst.op.row();
    let mut word = row.bits;
    for (kind, &v) in row.operands.iter().zip(&inst.args) {
        word |= encode_operand(inst.op, *kind, v, pc)?;
    }
    if inst.op == Op::Extui && inst.args[2] + inst.args[3] > 32 {
        return Err(EncodeError::ExtuiWidth {
            shift: inst.args[2],
            mask: inst.args[3],
        });
    }
    Ok(Encoded::from_word(word, row.size()))
}

fn sext(v: u32, bits: u32) -> i32 {
    ((v << (32 - bits)) as i32) >> (32 - bits)
}

fn decode_operand(op: Op, kind: Kind, w: u32, pc: u32) -> Option<i32> {
    let r = (w >> 12) & 0xF;
    let s = (w >> 8) & 0xF;
    let t = (w >> 4) & 0xF;
    let imm8 = (w >> 16) & 0xFF;
    Some(match kind {
        Kind::R => r as i32,
        Kind::S | Kind::ImmS => s as i32,
        Kind::T | Kind::ImmT => t as i32,
        Kind::St => {
            if s != t {
                return None;
            }
            s as i32
        }
        Kind::Simm8 => sext(imm8, 8),
        Kind::Simm8x256 => sext(imm8, 8) * 256,
        Kind::Uimm8 => imm8 as i32,
        Kind::Uimm8x2 => imm8 as i32 * 2,
        Kind::Uimm8x4 => imm8 as i32 * 4,
        Kind::Simm12 => sext(s << 8 | imm8, 12),
        Kind::Uimm4x4N => r as i32 * 4,
        Kind::AddiN => {
            if t == 0 {
                -1
            } else {
                t as i32
            }
        }
        Kind::MoviN => {
            let u = (w >> 4 & 7) << 4 | r;
            if u >= 96 {
                u as i32 - 128
            } else {
                u as i32
            }
        }
        Kind::SlliSa => {
            let f = (w >> 20 & 1) << 4 | t;
            32 - f as i32
        }
        Kind::SraiSa => ((w >> 20 & 1) << 4 | s) as i32,
        Kind::SrliSa => s as i32,
        Kind::SsaiSa => ((t & 1) << 4 | s) as i32,
        Kind::ExtShift => ((w >> 16 & 1) << 4 | s) as i32,
        Kind::ExtMask => (w >> 20) as i32 + 1,
        Kind::Sr(access) => {
            let n = (w >> 8) & 0xFF;
            SpecialReg::by_num(n as u8).filter(|r| r.allows(access))?;
            n as i32
        }
        Kind::BBit => ((r & 1) << 4 | t) as i32,
        Kind::B4Const => B4CONST[r as usize],
        Kind::B4ConstU => B4CONSTU[r as usize],
        Kind::Rel8 => sext(imm8, 8) + 4,
        Kind::Rel12 => sext(w >> 12, 12) + 4,
        Kind::Rel18 => sext(w >> 6, 18) + 4,
        Kind::Rel6N => ((w >> 4 & 3) << 4 | r) as i32 + 4,
        Kind::Call18 => {
            let target = (pc & !3)
                .wrapping_add(4)
                .wrapping_add((sext(w >> 6, 18) << 2) as u32);
            target.wrapping_sub(pc) as i32
        }
        Kind::L32r => {
            let off = (0xFFFF_0000 | (w >> 8)) << 2;
            let target = (pc.wrapping_add(3) & !3).wrapping_add(off);
            let _ = op;
            target.wrapping_sub(pc) as i32
        }
    })
}

/// Decode one instruction at the start of `bytes`, as if located at
/// address 0. Returns the instruction and its length.
pub fn decode(bytes: &[u8]) -> Option<(Inst, usize)> {
    decode_at(bytes, 0)
}

/// Decode one instruction at the start of `bytes` located at address `pc`
/// (this matters for `call0` and `l32r`, whose targets depend on `pc`
/// alignment).
pub fn decode_at(bytes: &[u8], pc: u32) -> Option<(Inst, usize)> {
    let b0 = *bytes.first()?;
    let len = if b0 & 0xF >= 8 { 2 } else { 3 };
    if bytes.len() < len {
        return None;
    }
    let mut w = 0u32;
    for (i, b) in bytes[..len].iter().enumerate() {
        w |= u32::from(*b) << (8 * i);
    }
    'rows: for row in TABLE {
        if row.size() != len || row.op == Op::Mov || w & row.fixed_mask() != row.bits {
            continue;
        }
        let mut inst = Inst {
            op: row.op,
            args: [0; 4],
        };
        for (i, kind) in row.operands.iter().enumerate() {
            match decode_operand(row.op, *kind, w, pc) {
                Some(v) => inst.args[i] = v,
                None => continue 'rows,
            }
        }
        if row.op == Op::Extui && inst.args[2] + inst.args[3] > 32 {
            return None;
        }
        return Some((inst, len));
    }
    None
}

/// objdump-style rendering of an [`Inst`]; see [`Inst::display`].
pub struct Display<'a> {
    inst: &'a Inst,
    pc: u32,
}

fn num(f: &mut fmt::Formatter<'_>, v: i32) -> fmt::Result {
    if v > -256 && v < 256 {
        write!(f, "{v}")
    } else {
        write!(f, "0x{:x}", v as u32)
    }
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = self.inst.op.row();
        f.write_str(row.mnemonic)?;
        for (kind, &v) in row.operands.iter().zip(&self.inst.args) {
            if let Kind::Sr(access) = kind {
                match SpecialReg::by_num(v as u8).and_then(|r| r.display_name(*access)) {
                    Some(name) => write!(f, ".{name}")?,
                    None => write!(f, ".{v}")?,
                }
            }
        }
        let mut first = true;
        for (kind, &v) in row.operands.iter().zip(&self.inst.args) {
            if let Kind::Sr(_) = kind {
                continue;
            }
            f.write_str(if first { "\t" } else { ", " })?;
            first = false;
            if kind.is_reg() {
                write!(f, "{}", Reg::new(v as u8).unwrap_or(Reg::A0))?;
            } else if kind.is_pcrel() {
                write!(f, "0x{:x}", self.pc.wrapping_add(v as u32))?;
            } else {
                num(f, v)?;
            }
        }
        Ok(())
    }
}
