//! The LX106 instruction table: one row per instruction.
//!
//! Each row gives the mnemonic, the instruction format, the fixed opcode
//! bits (all operand fields zero) and the operand kinds in assembly order.
//! The encoder, the decoder and the text front end are all driven by this
//! table. The set of instructions and special registers is exactly what
//! GNU `xtensa-lx106-elf-as` (binutils 2.40) accepts for this core.

/// Instruction formats of the Xtensa ISA (as named in the ISA reference).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Rrr,
    Rri4,
    Rri8,
    Ri16,
    Rsr,
    Call,
    Callx,
    Bri8,
    Bri12,
    Rrrn,
    Ri7,
    Ri6,
}

/// Which special-register instruction an [`Kind::Sr`] operand belongs to
/// (the set of valid registers differs between `rsr`, `wsr` and `xsr`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SrAccess {
    Read,
    Write,
    Exchange,
}

/// Operand kinds: how an assembly-level operand value maps onto fields.
///
/// Register kinds take a register number 0..=15. PC-relative kinds take the
/// displacement `target - address_of_instruction` in bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Register in the `r` field (bits 15:12).
    R,
    /// Register in the `s` field (bits 11:8).
    S,
    /// Register in the `t` field (bits 7:4).
    T,
    /// One register written to both `s` and `t` (`mov` = `or ar, as, as`).
    St,
    /// Signed 8-bit immediate -128..127 in imm8 (`addi`).
    Simm8,
    /// Multiple of 256 in -32768..32512, imm8 = value >> 8 (`addmi`).
    Simm8x256,
    /// Unsigned byte offset 0..255 (`l8ui`, `s8i`).
    Uimm8,
    /// Even offset 0..510 (`l16ui`, `l16si`, `s16i`).
    Uimm8x2,
    /// Multiple of 4 in 0..1020 (`l32i`, `s32i`).
    Uimm8x4,
    /// Signed 12-bit immediate -2048..2047 (`movi`).
    Simm12,
    /// Multiple of 4 in 0..60 in the `r` field (`l32i.n`, `s32i.n`).
    Uimm4x4N,
    /// -1 or 1..15 in the `t` field, -1 encoded as 0 (`addi.n`).
    AddiN,
    /// -32..95 in the RI7 immediate (`movi.n`).
    MoviN,
    /// Shift 1..32 encoded as 32-sa mod 32 (`slli`; GNU as accepts 32).
    SlliSa,
    /// Shift 0..31 in `s` plus bit 20 (`srai`).
    SraiSa,
    /// Shift 0..15 in `s` (`srli`).
    SrliSa,
    /// Shift 0..31 in `s` plus bit 4 (`ssai`).
    SsaiSa,
    /// Shift 0..31 in `s` plus bit 16 (`extui`).
    ExtShift,
    /// Mask width 1..16 in op2 as width-1 (`extui`).
    ExtMask,
    /// Special register number in bits 15:8.
    Sr(SrAccess),
    /// Unsigned 0..15 in the `s` field.
    ImmS,
    /// Unsigned 0..15 in the `t` field.
    ImmT,
    /// Bit number 0..31 in `t` plus bit 12 (`bbci`, `bbsi`).
    BBit,
    /// A value of the b4const table, encoded as its index in `r`.
    B4Const,
    /// A value of the b4constu table, encoded as its index in `r`.
    B4ConstU,
    /// 8-bit branch offset: target = pc + 4 + imm8.
    Rel8,
    /// 12-bit branch offset: target = pc + 4 + imm12.
    Rel12,
    /// 18-bit jump offset: target = pc + 4 + imm18 (`j`).
    Rel18,
    /// 6-bit unsigned forward offset: target = pc + 4 + imm6 (`beqz.n`).
    Rel6N,
    /// call0 offset: target = (pc & !3) + 4 + (imm18 << 2), 4-aligned.
    Call18,
    /// l32r offset: target = ((pc + 3) & !3) + (0xFFFF0000 | imm16) << 2.
    L32r,
}

impl Kind {
    /// The instruction bits this operand occupies.
    pub const fn field_mask(self) -> u32 {
        match self {
            Kind::R | Kind::Uimm4x4N | Kind::B4Const | Kind::B4ConstU => 0xF000,
            Kind::S | Kind::ImmS | Kind::SrliSa => 0x0F00,
            Kind::T | Kind::ImmT | Kind::AddiN => 0x00F0,
            Kind::St => 0x0FF0,
            Kind::Simm8
            | Kind::Simm8x256
            | Kind::Uimm8
            | Kind::Uimm8x2
            | Kind::Uimm8x4
            | Kind::Rel8 => 0xFF_0000,
            Kind::Simm12 => 0xFF_0F00,
            Kind::MoviN => 0xF070,
            Kind::SlliSa => 0x10_00F0,
            Kind::SraiSa => 0x10_0F00,
            Kind::SsaiSa => 0x0F10,
            Kind::ExtShift => 0x01_0F00,
            Kind::ExtMask => 0xF0_0000,
            Kind::Sr(_) => 0xFF00,
            Kind::BBit => 0x10F0,
            Kind::Rel12 => 0xFF_F000,
            Kind::Rel18 | Kind::Call18 => 0xFF_FFC0,
            Kind::L32r => 0xFF_FF00,
            Kind::Rel6N => 0xF030,
        }
    }

    /// True for register operands.
    pub const fn is_reg(self) -> bool {
        matches!(self, Kind::R | Kind::S | Kind::T | Kind::St)
    }

    /// True for PC-relative (label) operands.
    pub const fn is_pcrel(self) -> bool {
        matches!(
            self,
            Kind::Rel8 | Kind::Rel12 | Kind::Rel18 | Kind::Rel6N | Kind::Call18 | Kind::L32r
        )
    }
}

/// Immediate values of the `beqi`/`bnei`/`blti`/`bgei` table.
pub const B4CONST: [i32; 16] = [-1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256];
/// Immediate values of the `bltui`/`bgeui` table.
pub const B4CONSTU: [i32; 16] = [
    32768, 65536, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256,
];

/// One instruction of the table.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    pub op: Op,
    pub mnemonic: &'static str,
    pub format: Format,
    /// The instruction word with all operand fields zero (little-endian
    /// value: op0 in bits 3:0).
    pub bits: u32,
    /// Operand kinds in assembly order.
    pub operands: &'static [Kind],
}

impl Row {
    /// Instruction length in bytes: 2 for the code-density forms, else 3.
    pub const fn size(&self) -> usize {
        if (self.bits & 0xF) >= 8 {
            2
        } else {
            3
        }
    }

    /// Bits fixed by the opcode (everything not covered by an operand).
    pub fn fixed_mask(&self) -> u32 {
        let all = if self.size() == 2 { 0xFFFF } else { 0xFF_FFFF };
        let mut m = all;
        for k in self.operands {
            m &= !k.field_mask();
        }
        m
    }
}

macro_rules! table {
    ($( $v:ident $m:literal $fmt:ident $bits:literal [$($k:ident $(($a:ident))?),*] )*) => {
        /// Every LX106 instruction (plus the `mov` alias of `or`).
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[allow(missing_docs)]
        pub enum Op { $($v),* }

        /// The instruction table, indexed by `Op as usize`.
        pub static TABLE: &[Row] = &[
            $( Row {
                op: Op::$v,
                mnemonic: $m,
                format: Format::$fmt,
                bits: $bits,
                operands: &[$(Kind::$k $((SrAccess::$a))?),*],
            }, )*
        ];
    };
}

table! {
    // Arithmetic and logic (RRR, op0=0 op1=0).
    And "and" Rrr 0x100000 [R, S, T]
    Or "or" Rrr 0x200000 [R, S, T]
    Xor "xor" Rrr 0x300000 [R, S, T]
    Add "add" Rrr 0x800000 [R, S, T]
    Addx2 "addx2" Rrr 0x900000 [R, S, T]
    Addx4 "addx4" Rrr 0xa00000 [R, S, T]
    Addx8 "addx8" Rrr 0xb00000 [R, S, T]
    Sub "sub" Rrr 0xc00000 [R, S, T]
    Subx2 "subx2" Rrr 0xd00000 [R, S, T]
    Subx4 "subx4" Rrr 0xe00000 [R, S, T]
    Subx8 "subx8" Rrr 0xf00000 [R, S, T]
    Neg "neg" Rrr 0x600000 [R, T]
    Abs "abs" Rrr 0x600100 [R, T]
    Mov "mov" Rrr 0x200000 [R, St]
    // Immediates, loads and stores (RRI8 / RI16, op0=2 and 1).
    Addi "addi" Rri8 0x00c002 [T, S, Simm8]
    Addmi "addmi" Rri8 0x00d002 [T, S, Simm8x256]
    L8ui "l8ui" Rri8 0x000002 [T, S, Uimm8]
    L16ui "l16ui" Rri8 0x001002 [T, S, Uimm8x2]
    L16si "l16si" Rri8 0x009002 [T, S, Uimm8x2]
    L32i "l32i" Rri8 0x002002 [T, S, Uimm8x4]
    S8i "s8i" Rri8 0x004002 [T, S, Uimm8]
    S16i "s16i" Rri8 0x005002 [T, S, Uimm8x2]
    S32i "s32i" Rri8 0x006002 [T, S, Uimm8x4]
    Movi "movi" Rri8 0x00a002 [T, Simm12]
    L32r "l32r" Ri16 0x000001 [T, L32r]
    // Shifts.
    Sll "sll" Rrr 0xa10000 [R, S]
    Srl "srl" Rrr 0x910000 [R, T]
    Sra "sra" Rrr 0xb10000 [R, T]
    Src "src" Rrr 0x810000 [R, S, T]
    Slli "slli" Rrr 0x010000 [R, S, SlliSa]
    Srai "srai" Rrr 0x210000 [R, T, SraiSa]
    Srli "srli" Rrr 0x410000 [R, T, SrliSa]
    Ssr "ssr" Rrr 0x400000 [S]
    Ssl "ssl" Rrr 0x401000 [S]
    Ssa8l "ssa8l" Rrr 0x402000 [S]
    Ssa8b "ssa8b" Rrr 0x403000 [S]
    Ssai "ssai" Rrr 0x404000 [SsaiSa]
    Extui "extui" Rrr 0x040000 [R, T, ExtShift, ExtMask]
    Nsa "nsa" Rrr 0x40e000 [T, S]
    Nsau "nsau" Rrr 0x40f000 [T, S]
    // Multiplies.
    Mul16u "mul16u" Rrr 0xc10000 [R, S, T]
    Mul16s "mul16s" Rrr 0xd10000 [R, S, T]
    Mull "mull" Rrr 0x820000 [R, S, T]
    // Conditional moves.
    Moveqz "moveqz" Rrr 0x830000 [R, S, T]
    Movnez "movnez" Rrr 0x930000 [R, S, T]
    Movltz "movltz" Rrr 0xa30000 [R, S, T]
    Movgez "movgez" Rrr 0xb30000 [R, S, T]
    // Special registers and processor control.
    Rsr "rsr" Rsr 0x030000 [T, Sr(Read)]
    Wsr "wsr" Rsr 0x130000 [T, Sr(Write)]
    Xsr "xsr" Rsr 0x610000 [T, Sr(Exchange)]
    Rsil "rsil" Rrr 0x006000 [T, ImmS]
    Waiti "waiti" Rrr 0x007000 [ImmS]
    Isync "isync" Rrr 0x002000 []
    Rsync "rsync" Rrr 0x002010 []
    Esync "esync" Rrr 0x002020 []
    Dsync "dsync" Rrr 0x002030 []
    Excw "excw" Rrr 0x002080 []
    Memw "memw" Rrr 0x0020c0 []
    Extw "extw" Rrr 0x0020d0 []
    Nop "nop" Rrr 0x0020f0 []
    Rfe "rfe" Rrr 0x003000 []
    Rfde "rfde" Rrr 0x003200 []
    Rfi "rfi" Rrr 0x003010 [ImmS]
    Rfdo "rfdo" Rrr 0xf1e000 [ImmS]
    Rfdd "rfdd" Rrr 0xf1e010 []
    Break "break" Rrr 0x004000 [ImmS, ImmT]
    Syscall "syscall" Rrr 0x005000 []
    Simcall "simcall" Rrr 0x005100 []
    Ill "ill" Rrr 0x000000 []
    // Region-protection TLB access.
    Ritlb0 "ritlb0" Rrr 0x503000 [T, S]
    Iitlb "iitlb" Rrr 0x504000 [S]
    Pitlb "pitlb" Rrr 0x505000 [T, S]
    Witlb "witlb" Rrr 0x506000 [T, S]
    Ritlb1 "ritlb1" Rrr 0x507000 [T, S]
    Rdtlb0 "rdtlb0" Rrr 0x50b000 [T, S]
    Idtlb "idtlb" Rrr 0x50c000 [S]
    Pdtlb "pdtlb" Rrr 0x50d000 [T, S]
    Wdtlb "wdtlb" Rrr 0x50e000 [T, S]
    Rdtlb1 "rdtlb1" Rrr 0x50f000 [T, S]
    // Jumps and calls.
    Ret "ret" Callx 0x000080 []
    Jx "jx" Callx 0x0000a0 [S]
    Callx0 "callx0" Callx 0x0000c0 [S]
    Call0 "call0" Call 0x000005 [Call18]
    J "j" Call 0x000006 [Rel18]
    // Branches against zero (BRI12).
    Beqz "beqz" Bri12 0x000016 [S, Rel12]
    Bnez "bnez" Bri12 0x000056 [S, Rel12]
    Bltz "bltz" Bri12 0x000096 [S, Rel12]
    Bgez "bgez" Bri12 0x0000d6 [S, Rel12]
    // Branches against an immediate (BRI8).
    Beqi "beqi" Bri8 0x000026 [S, B4Const, Rel8]
    Bnei "bnei" Bri8 0x000066 [S, B4Const, Rel8]
    Blti "blti" Bri8 0x0000a6 [S, B4Const, Rel8]
    Bgei "bgei" Bri8 0x0000e6 [S, B4Const, Rel8]
    Bltui "bltui" Bri8 0x0000b6 [S, B4ConstU, Rel8]
    Bgeui "bgeui" Bri8 0x0000f6 [S, B4ConstU, Rel8]
    // Register-register branches (RRI8, op0=7).
    Bnone "bnone" Rri8 0x000007 [S, T, Rel8]
    Beq "beq" Rri8 0x001007 [S, T, Rel8]
    Blt "blt" Rri8 0x002007 [S, T, Rel8]
    Bltu "bltu" Rri8 0x003007 [S, T, Rel8]
    Ball "ball" Rri8 0x004007 [S, T, Rel8]
    Bbc "bbc" Rri8 0x005007 [S, T, Rel8]
    Bbci "bbci" Rri8 0x006007 [S, BBit, Rel8]
    Bany "bany" Rri8 0x008007 [S, T, Rel8]
    Bne "bne" Rri8 0x009007 [S, T, Rel8]
    Bge "bge" Rri8 0x00a007 [S, T, Rel8]
    Bgeu "bgeu" Rri8 0x00b007 [S, T, Rel8]
    Bnall "bnall" Rri8 0x00c007 [S, T, Rel8]
    Bbs "bbs" Rri8 0x00d007 [S, T, Rel8]
    Bbsi "bbsi" Rri8 0x00e007 [S, BBit, Rel8]
    // Code density (16-bit) forms.
    L32iN "l32i.n" Rrrn 0x0008 [T, S, Uimm4x4N]
    S32iN "s32i.n" Rrrn 0x0009 [T, S, Uimm4x4N]
    AddN "add.n" Rrrn 0x000a [R, S, T]
    AddiN "addi.n" Rrrn 0x000b [R, S, AddiN]
    MoviN "movi.n" Ri7 0x000c [S, MoviN]
    BeqzN "beqz.n" Ri6 0x008c [S, Rel6N]
    BnezN "bnez.n" Ri6 0x00cc [S, Rel6N]
    MovN "mov.n" Rrrn 0x000d [T, S]
    RetN "ret.n" Rrrn 0xf00d []
    BreakN "break.n" Rrrn 0xf02d [ImmS]
    NopN "nop.n" Rrrn 0xf03d []
    IllN "ill.n" Rrrn 0xf06d []
}

impl Op {
    /// This instruction's table row.
    pub fn row(self) -> &'static Row {
        &TABLE[self as usize]
    }

    /// The assembly mnemonic.
    pub fn mnemonic(self) -> &'static str {
        self.row().mnemonic
    }

    /// Length in bytes (2 or 3).
    pub fn size(self) -> usize {
        self.row().size()
    }

    /// Look an instruction up by mnemonic (case-insensitive, like GNU as).
    pub fn from_mnemonic(m: &str) -> Option<Op> {
        TABLE
            .iter()
            .find(|r| r.mnemonic.eq_ignore_ascii_case(m))
            .map(|r| r.op)
    }

    /// The branch with the opposite condition, for the conditional
    /// branches (used by branch relaxation).
    pub fn inverted_branch(self) -> Option<Op> {
        use Op::*;
        Some(match self {
            Beq => Bne,
            Bne => Beq,
            Blt => Bge,
            Bge => Blt,
            Bltu => Bgeu,
            Bgeu => Bltu,
            Bany => Bnone,
            Bnone => Bany,
            Ball => Bnall,
            Bnall => Ball,
            Bbc => Bbs,
            Bbs => Bbc,
            Bbci => Bbsi,
            Bbsi => Bbci,
            Beqi => Bnei,
            Bnei => Beqi,
            Blti => Bgei,
            Bgei => Blti,
            Bltui => Bgeui,
            Bgeui => Bltui,
            Beqz => Bnez,
            Bnez => Beqz,
            Bltz => Bgez,
            Bgez => Bltz,
            BeqzN => Bnez,
            BnezN => Beqz,
            _ => return None,
        })
    }
}

/// Instructions of other Xtensa configurations that the LX106 core lacks
/// (rejected with "unknown opcode", as GNU as does), with the reason.
pub fn missing_option(m: &str) -> Option<&'static str> {
    let m = m.to_ascii_lowercase_fixed();
    let m = m.as_str();
    Some(match m {
        "quou" | "quos" | "remu" | "rems" => "32-bit divide option (DIV32)",
        "muluh" | "mulsh" => "MUL32_HIGH option",
        "min" | "max" | "minu" | "maxu" => "MINMAX option",
        "sext" => "SEXT option",
        "clamps" => "CLAMPS option",
        "loop" | "loopnez" | "loopgtz" => "zero-overhead loop option",
        "entry" | "retw" | "retw.n" | "call4" | "call8" | "call12" | "callx4" | "callx8"
        | "callx12" | "rotw" | "movsp" | "rfwo" | "rfwu" | "l32e" | "s32e" => {
            "windowed register option"
        }
        "s32c1i" => "S32C1I option",
        "l32ai" | "s32ri" => "release-sync option",
        "rur" | "wur" | "rur.threadptr" | "wur.threadptr" => "user registers",
        "andb" | "andbc" | "orb" | "orbc" | "xorb" | "any4" | "all4" | "any8" | "all8" | "bf"
        | "bt" | "movf" | "movt" => "boolean option",
        _ if m.ends_with(".s") || m.starts_with("lsi") || m.starts_with("ssi") => {
            "floating-point option"
        }
        "lsx" | "lsxu" | "ssx" | "ssxu" | "rfr" | "wfr" | "float.s" | "ufloat.s" => {
            "floating-point option"
        }
        _ if m.starts_with("mul.")
            || m.starts_with("mula.")
            || m.starts_with("muls.")
            || m.starts_with("umul.")
            || m == "lddec"
            || m == "ldinc" =>
        {
            "MAC16 option"
        }
        "dhwb" | "dhwbi" | "dhi" | "dii" | "diwb" | "diwbi" | "dhu" | "diu" | "dpfr" | "dpfw"
        | "dpfro" | "dpfwo" | "dpfl" | "ihi" | "iii" | "ihu" | "iiu" | "ipf" | "ipfl" | "lict"
        | "licw" | "sict" | "sicw" | "ldct" | "sdct" => "cache option",
        "rfue" | "rfme" => "not in this configuration",
        _ => return None,
    })
}

/// A tiny fixed-capacity lower-case copy (no allocation in the table code).
trait LowerFixed {
    fn to_ascii_lowercase_fixed(&self) -> Lower;
}

struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl LowerFixed for str {
    fn to_ascii_lowercase_fixed(&self) -> Lower {
        let mut l = Lower {
            buf: [0; 16],
            len: 0,
        };
        if self.len() <= 16 {
            for (i, b) in self.bytes().enumerate() {
                l.buf[i] = b.to_ascii_lowercase();
            }
            l.len = self.len();
        }
        l
    }
}

/// A special register of the LX106 configuration.
#[derive(Clone, Copy, Debug)]
pub struct SpecialReg {
    pub num: u8,
    /// Name printed by objdump and accepted by as (`None`: numeric only).
    pub name: Option<&'static str>,
    pub read: bool,
    pub write: bool,
    pub exchange: bool,
}

const fn sr(num: u8, name: Option<&'static str>, rwx: &str) -> SpecialReg {
    let b = rwx.as_bytes();
    SpecialReg {
        num,
        name,
        read: b[0] == b'r',
        write: b[1] == b'w',
        exchange: b[2] == b'x',
    }
}

/// The special registers GNU as accepts for lx106, with the accesses it
/// allows (`rsr`/`wsr`/`xsr`), found by assembling every number 0..255.
pub static SPECIAL_REGS: &[SpecialReg] = &[
    sr(3, Some("sar"), "rwx"),
    sr(5, Some("litbase"), "rwx"),
    sr(89, Some("mmid"), "-w-"),
    sr(96, Some("ibreakenable"), "rwx"),
    sr(104, Some("ddr"), "rwx"),
    sr(128, Some("ibreaka0"), "rwx"),
    sr(144, Some("dbreaka0"), "rwx"),
    sr(160, Some("dbreakc0"), "rwx"),
    sr(176, None, "rw-"),
    sr(177, Some("epc1"), "rwx"),
    sr(178, Some("epc2"), "rwx"),
    sr(179, Some("epc3"), "rwx"),
    sr(192, Some("depc"), "rwx"),
    sr(194, Some("eps2"), "rwx"),
    sr(195, Some("eps3"), "rwx"),
    sr(208, None, "r--"),
    sr(209, Some("excsave1"), "rwx"),
    sr(210, Some("excsave2"), "rwx"),
    sr(211, Some("excsave3"), "rwx"),
    sr(226, Some("interrupt"), "rw-"),
    sr(227, Some("intclear"), "-w-"),
    sr(228, Some("intenable"), "rwx"),
    sr(230, Some("ps"), "rwx"),
    sr(231, Some("vecbase"), "rwx"),
    sr(232, Some("exccause"), "rwx"),
    sr(233, Some("debugcause"), "rwx"),
    sr(234, Some("ccount"), "rwx"),
    sr(235, Some("prid"), "r--"),
    sr(236, Some("icount"), "rwx"),
    sr(237, Some("icountlevel"), "rwx"),
    sr(238, Some("excvaddr"), "rwx"),
    sr(240, Some("ccompare0"), "rwx"),
];

impl SpecialReg {
    /// Look up by number.
    pub fn by_num(num: u8) -> Option<&'static SpecialReg> {
        SPECIAL_REGS.iter().find(|r| r.num == num)
    }

    /// Whether `access` may use this register.
    pub fn allows(&self, access: SrAccess) -> bool {
        match access {
            SrAccess::Read => self.read,
            SrAccess::Write => self.write,
            SrAccess::Exchange => self.exchange,
        }
    }

    /// The name objdump prints for this register with `access`
    /// (register 226 is `interrupt` for rsr and `intset` for wsr).
    pub fn display_name(&self, access: SrAccess) -> Option<&'static str> {
        if self.num == 226 && access == SrAccess::Write {
            Some("intset")
        } else {
            self.name
        }
    }
}

/// Special register number for a name (case-insensitive), for `access`.
pub fn sr_by_name(name: &str, access: SrAccess) -> Option<u8> {
    if name.eq_ignore_ascii_case("intset") {
        return (access == SrAccess::Write).then_some(226);
    }
    SPECIAL_REGS
        .iter()
        .find(|r| r.name.is_some_and(|n| n.eq_ignore_ascii_case(name)))
        .map(|r| r.num)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_indexed_by_op() {
        for (i, row) in TABLE.iter().enumerate() {
            assert_eq!(row.op as usize, i);
            assert_eq!(row.bits & !row.fixed_mask(), 0, "{}", row.mnemonic);
        }
    }

    #[test]
    fn fixed_bits_unique() {
        // No two rows (other than the mov alias) may decode the same word.
        for a in TABLE {
            for b in TABLE {
                if a.op == b.op || a.size() != b.size() || a.op == Op::Mov || b.op == Op::Mov {
                    continue;
                }
                let common = a.fixed_mask() & b.fixed_mask();
                assert!(
                    a.bits & common != b.bits & common,
                    "{} and {} overlap",
                    a.mnemonic,
                    b.mnemonic
                );
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(Op::from_mnemonic("ADD.N"), Some(Op::AddN));
        assert_eq!(Op::from_mnemonic("quou"), None);
        assert!(missing_option("QUOU").is_some());
        assert!(missing_option("add.s").is_some());
        assert_eq!(sr_by_name("CCOUNT", SrAccess::Read), Some(234));
        assert_eq!(sr_by_name("intset", SrAccess::Read), None);
    }
}
