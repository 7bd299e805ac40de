//! Per-instruction-group tests of the LX106 simulator. Encodings come from
//! `xtensa-lx106-elf-as --no-transform` at test time (Debian package
//! `binutils-xtensa-lx106`); expected values are computed by hand.

mod common;

use upy_emitter_xtensa::sim::{cause, Cpu, SimError, DRAM_BASE, IRAM_BASE};

/// Assemble `src` into IRAM and return a CPU ready to call it.
fn cpu_with(src: &str) -> Cpu {
    let code = common::assemble_at(src, IRAM_BASE);
    let mut cpu = Cpu::new_esp8266();
    cpu.load_code(IRAM_BASE, &code);
    cpu.step_limit = 100_000;
    cpu
}

fn call(src: &str, args: &[u32]) -> Result<u32, SimError> {
    cpu_with(src).call(IRAM_BASE, args)
}

fn ok(src: &str, args: &[u32]) -> u32 {
    call(src, args).unwrap_or_else(|e| panic!("{src}: {e}"))
}

/// Run a one-instruction body `insn` computing a2 from a3, a4 (and SAR = sar).
fn op3(insn: &str, a3: u32, a4: u32) -> u32 {
    ok(&format!("{insn}\nret"), &[0, a3, a4])
}

#[test]
fn arithmetic_and_logic() {
    assert_eq!(op3("add a2, a3, a4", 5, 7), 12);
    assert_eq!(op3("add a2, a3, a4", 0xffff_ffff, 2), 1);
    assert_eq!(op3("add.n a2, a3, a4", 40, 2), 42);
    assert_eq!(op3("sub a2, a3, a4", 5, 7), -2i32 as u32);
    assert_eq!(op3("addx2 a2, a3, a4", 5, 7), 17);
    assert_eq!(op3("addx4 a2, a3, a4", 5, 7), 27);
    assert_eq!(op3("addx8 a2, a3, a4", 5, 7), 47);
    assert_eq!(op3("subx2 a2, a3, a4", 5, 7), 3);
    assert_eq!(op3("subx4 a2, a3, a4", 5, 7), 13);
    assert_eq!(op3("subx8 a2, a3, a4", 5, 7), 33);
    assert_eq!(op3("and a2, a3, a4", 0xf0f0, 0xff00), 0xf000);
    assert_eq!(op3("or a2, a3, a4", 0xf0f0, 0xff00), 0xfff0);
    assert_eq!(op3("xor a2, a3, a4", 0xf0f0, 0xff00), 0x0ff0);
    assert_eq!(op3("neg a2, a3", 5, 0), -5i32 as u32);
    assert_eq!(op3("abs a2, a3", -5i32 as u32, 0), 5);
    assert_eq!(op3("abs a2, a3", 0x8000_0000, 0), 0x8000_0000);
    assert_eq!(op3("addi a2, a3, -128", 1000, 0), 872);
    assert_eq!(op3("addi a2, a3, 127", 1000, 0), 1127);
    assert_eq!(op3("addmi a2, a3, -32768", 0, 0), -32768i32 as u32);
    assert_eq!(op3("addmi a2, a3, 0x7f00", 1, 0), 0x7f01);
    assert_eq!(op3("addi.n a2, a3, -1", 10, 0), 9);
    assert_eq!(op3("addi.n a2, a3, 15", 10, 0), 25);
    assert_eq!(op3("movi a2, -2048", 0, 0), -2048i32 as u32);
    assert_eq!(op3("movi a2, 2047", 0, 0), 2047);
    assert_eq!(op3("movi.n a2, -32", 0, 0), -32i32 as u32);
    assert_eq!(op3("movi.n a2, 95", 0, 0), 95);
    assert_eq!(op3("mov.n a2, a4", 1, 77), 77);
    assert_eq!(op3("mov a2, a4", 1, 78), 78); // or a2, a4, a4
}

#[test]
fn shifts_and_sar() {
    assert_eq!(op3("slli a2, a3, 1", 0x8000_0001, 0), 2);
    assert_eq!(op3("slli a2, a3, 31", 3, 0), 0x8000_0000);
    assert_eq!(op3("srli a2, a3, 15", 0xffff_ffff, 0), 0x1_ffff);
    assert_eq!(op3("srai a2, a3, 31", 0x8000_0000, 0), 0xffff_ffff);
    assert_eq!(op3("srai a2, a3, 4", 0x7000_0000, 0), 0x0700_0000);
    assert_eq!(op3("extui a2, a3, 4, 8", 0x1234_5678, 0), 0x67);
    assert_eq!(op3("extui a2, a3, 16, 16", 0x1234_5678, 0), 0x1234);
    assert_eq!(op3("extui a2, a3, 31, 1", 0x8000_0000, 0), 1);
    // ssl + sll: shift left by a4
    assert_eq!(op3("ssl a4\nsll a2, a3", 0x8000_0003, 4), 0x30);
    assert_eq!(op3("ssl a4\nsll a2, a3", 0x1234, 0), 0x1234);
    assert_eq!(op3("ssr a4\nsrl a2, a3", 0x8000_0000, 31), 1);
    assert_eq!(op3("ssr a4\nsra a2, a3", 0x8000_0000, 31), 0xffff_ffff);
    assert_eq!(op3("ssr a4\nsra a2, a3", 0x8000_0000, 33), 0xc000_0000); // SAR = 33 & 31 = 1
    assert_eq!(
        op3("ssai 8\nsrc a2, a3, a4", 0x1122_3344, 0x5566_7788),
        0x4455_6677
    );
    assert_eq!(
        op3("ssa8l a4\nsrc a2, a3, a4", 0x1122_3344, 0x5566_7789),
        0x4455_6677
    ); // SAR = 8
    assert_eq!(
        op3("ssa8b a4\nsrc a2, a3, a4", 0x1122_3344, 0x5566_7781),
        0x2233_4455
    ); // SAR = 32-8
    assert_eq!(op3("ssai 0\nsrc a2, a3, a4", 1, 2), 2);
    // SAR read back, wsr masks to 6 bits, xsr swaps
    assert_eq!(op3("ssl a3\nrsr a2, sar", 5, 0), 27);
    assert_eq!(op3("ssa8b a3\nrsr.sar a2", 1, 0), 24);
    assert_eq!(op3("wsr a3, sar\nrsr a2, sar", 0xffff, 0), 63);
    assert_eq!(
        op3("ssai 7\nxsr a3, sar\nrsr a2, sar\nadd a2, a2, a3", 9, 0),
        16
    );
    // ssl 0 / ssa8b 0 give SAR = 32: srl/sra shift everything out (QEMU gets
    // this wrong when ssl and srl share a translation block; see qemu_diff.rs)
    assert_eq!(op3("ssl a4\nsrl a2, a3", 0x1234, 0), 0);
    assert_eq!(op3("ssl a4\nsra a2, a3", 0x8000_1234, 0), 0xffff_ffff);
    assert_eq!(op3("ssa8b a4\nsra a2, a3", 0x7000_1234, 4), 0);
    // SAR = 0 means sll shifts by 32 (result 0) and srl by 0
    assert_eq!(op3("ssr a4\nsll a2, a3", 0x1234, 0), 0);
    assert_eq!(op3("ssr a4\nsrl a2, a3", 0x1234, 0), 0x1234);
}

#[test]
fn multiply_and_nsa() {
    assert_eq!(
        op3("mull a2, a3, a4", 0x1234_5678, 0x9abc_def0),
        0x1234_5678u32.wrapping_mul(0x9abc_def0)
    );
    assert_eq!(op3("mull a2, a3, a4", -3i32 as u32, 7), -21i32 as u32);
    assert_eq!(op3("mul16u a2, a3, a4", 0x1_ffff, 0x2_ffff), 0xfffe_0001);
    assert_eq!(op3("mul16s a2, a3, a4", 0x1_ffff, 0x2_0003), -3i32 as u32);
    assert_eq!(op3("mul16s a2, a3, a4", 0x8000, 0x8000), 0x4000_0000);
    assert_eq!(op3("nsau a2, a3", 0, 0), 32);
    assert_eq!(op3("nsau a2, a3", 1, 0), 31);
    assert_eq!(op3("nsau a2, a3", 0x8000_0000, 0), 0);
    assert_eq!(op3("nsa a2, a3", 0, 0), 31);
    assert_eq!(op3("nsa a2, a3", 0xffff_ffff, 0), 31);
    assert_eq!(op3("nsa a2, a3", 1, 0), 30);
    assert_eq!(op3("nsa a2, a3", 0x4000_0000, 0), 0);
    assert_eq!(op3("nsa a2, a3", 0x8000_0000, 0), 0);
    assert_eq!(op3("nsa a2, a3", 0xffff_fffe, 0), 30);
}

#[test]
fn conditional_moves() {
    let f = |insn: &str, cond: u32| {
        ok(
            &format!("movi a2, 1\n{insn} a2, a3, a4\nret"),
            &[0, 99, cond],
        )
    };
    assert_eq!(f("moveqz", 0), 99);
    assert_eq!(f("moveqz", 5), 1);
    assert_eq!(f("movnez", 0), 1);
    assert_eq!(f("movnez", 5), 99);
    assert_eq!(f("movltz", -1i32 as u32), 99);
    assert_eq!(f("movltz", 0), 1);
    assert_eq!(f("movgez", 0), 99);
    assert_eq!(f("movgez", 0x8000_0000), 1);
}

fn data_cpu(src: &str, data: &[u8]) -> (Cpu, u32) {
    let mut cpu = cpu_with(src);
    let buf = cpu.map_host_buffer(data);
    (cpu, buf)
}

#[test]
fn loads_and_stores() {
    let data: Vec<u8> = (0x80..0xa0).collect();
    let ld = |insn: &str| {
        let (mut cpu, buf) = data_cpu(&format!("{insn}\nret"), &data);
        cpu.call(IRAM_BASE, &[0, buf]).unwrap()
    };
    assert_eq!(ld("l8ui a2, a3, 1"), 0x81);
    assert_eq!(ld("l8ui a2, a3, 255 - 224"), 0x9f);
    assert_eq!(ld("l16ui a2, a3, 2"), 0x8382);
    assert_eq!(ld("l16si a2, a3, 2"), 0xffff_8382);
    assert_eq!(ld("l32i a2, a3, 4"), 0x8786_8584);
    assert_eq!(ld("l32i.n a2, a3, 28"), 0x9f9e_9d9c);
    // stores, then read back by the host
    let src = "movi a4, 0x1ab\ns8i a4, a3, 0\nmovi a4, -2\ns16i a4, a3, 2\n\
               l32r a4, lit\ns32i a4, a3, 4\ns32i.n a4, a3, 8\nret\n.align 4\nlit: .word 0xdeadbeef";
    // l32r needs a backward literal: put it first and jump over it
    let src = format!(
        "j start\n.align 4\nlit: .word 0xdeadbeef\nstart:\n{}",
        src.replace("\n.align 4\nlit: .word 0xdeadbeef", "")
    );
    let (mut cpu, buf) = data_cpu(&src, &[0; 16]);
    cpu.call(IRAM_BASE, &[0, buf]).unwrap();
    let mut out = [0u8; 12];
    assert!(cpu.mem.read_bytes(buf, &mut out));
    assert_eq!(
        out,
        [0xab, 0, 0xfe, 0xff, 0xef, 0xbe, 0xad, 0xde, 0xef, 0xbe, 0xad, 0xde]
    );
    // the buffer can be unmapped and taken back
    let v = cpu.mem.unmap(buf).unwrap();
    assert_eq!(&v[..4], &[0xab, 0, 0xfe, 0xff]);
}

#[test]
fn l32r_literal_is_backward_pc_relative() {
    // Literal at IRAM_BASE+4, l32r at +8 (pc+3 rounded down to 4, minus 4... ).
    let src = "j 1f\n.align 4\nlit1: .word 0x11223344\nlit2: .word 0x55667788\n1: l32r a2, lit1\nl32r a3, lit2\nadd a2, a2, a3\nret";
    assert_eq!(ok(src, &[]), 0x11223344u32.wrapping_add(0x55667788));
    // at an odd address too
    let src = "j 1f\n.align 4\nlit1: .word 7\n1: nop.n\nl32r a2, lit1\nret";
    assert_eq!(ok(src, &[]), 7);
}

#[test]
fn branches() {
    // (condition, a3, a4, taken?)
    let cases: &[(&str, u32, u32, bool)] = &[
        ("beq a3, a4", 5, 5, true),
        ("beq a3, a4", 5, 6, false),
        ("bne a3, a4", 5, 6, true),
        ("blt a3, a4", -1i32 as u32, 0, true),
        ("blt a3, a4", 0, -1i32 as u32, false),
        ("bge a3, a4", 0, -1i32 as u32, true),
        ("bltu a3, a4", 0, -1i32 as u32, true),
        ("bgeu a3, a4", 0, -1i32 as u32, false),
        ("bany a3, a4", 6, 2, true),
        ("bany a3, a4", 4, 2, false),
        ("bnone a3, a4", 4, 2, true),
        ("ball a3, a4", 7, 6, true),
        ("ball a3, a4", 5, 6, false),
        ("bnall a3, a4", 5, 6, true),
        ("bbc a3, a4", 0x10, 4, false),
        ("bbc a3, a4", 0x10, 36, false), // bit number is a4 & 31
        ("bbs a3, a4", 0x10, 4, true),
        ("bbci a3, 31", 0x7fff_ffff, 0, true),
        ("bbsi a3, 31", 0x8000_0000, 0, true),
        ("bbsi a3, 0", 2, 0, false),
        ("beqi a3, -1", -1i32 as u32, 0, true),
        ("beqi a3, 256", 256, 0, true),
        ("bnei a3, 10", 10, 0, false),
        ("blti a3, 12", 11, 0, true),
        ("blti a3, 1", -5i32 as u32, 0, true),
        ("bgei a3, 32", 31, 0, false),
        ("bltui a3, 32768", 32767, 0, true),
        ("bltui a3, 65536", -1i32 as u32, 0, false),
        ("bgeui a3, 2", 2, 0, true),
        ("beqz a3", 0, 0, true),
        ("bnez a3", 0, 0, false),
        ("bltz a3", -1i32 as u32, 0, true),
        ("bgez a3", -1i32 as u32, 0, false),
        ("beqz.n a3", 0, 0, true),
        ("bnez.n a3", 3, 0, true),
    ];
    for &(cond, a3, a4, taken) in cases {
        let src = format!("movi a2, 1\n{cond}, 1f\nmovi a2, 0\n1: ret");
        assert_eq!(
            ok(&src, &[0, a3, a4]) == 1,
            taken,
            "{cond} with a3={a3:#x} a4={a4:#x}"
        );
    }
    // a backward loop: sum 1..=10
    let src = "movi a2, 0\n1: add a2, a2, a3\naddi a3, a3, -1\nbnez a3, 1b\nret";
    assert_eq!(ok(src, &[0, 10]), 55);
}

#[test]
fn jumps_and_calls() {
    let src = "mov a12, a0\nmovi a2, 1\ncall0 f\naddi a2, a2, 100\nmov a0, a12\nret\n\
               .align 4\nf: addi a2, a2, 10\nret";
    assert_eq!(ok(src, &[]), 111);
    let src = "mov a12, a0\nmovi a2, 1\nmovi a5, 0\nj 1f\nmovi a2, 99\n.align 4\ng: addi a2, a2, 20\nret.n\n\
               1: l32r a5, gl\ncallx0 a5\nmov a0, a12\nret\n.align 4\n";
    // l32r needs a backward literal
    let src = format!("j start\n.align 4\ngl: .word g\nstart:\n{src}");
    assert_eq!(ok(&src, &[]), 21);
    // jx
    let src = "j start\n.align 4\ntl: .word t\nstart: l32r a3, tl\njx a3\nmovi a2, 5\nret\nt: movi a2, 6\nret";
    assert_eq!(ok(src, &[]), 6);
}

#[test]
fn nops_and_syncs() {
    assert_eq!(
        op3(
            "nop\nnop.n\nmemw\nisync\nrsync\nesync\ndsync\nextw\nexcw\nmov a2, a3",
            3,
            0
        ),
        3
    );
}

#[test]
fn ccount_counts_cycles() {
    let mut cpu = cpu_with("rsr a3, ccount\nnop\nnop\nrsr a2, ccount\nsub a2, a2, a3\nret");
    let d = cpu.call(IRAM_BASE, &[]).unwrap();
    assert_eq!(d, 3);
    assert_eq!(cpu.insns, 6);
    // wsr.ccount sets the counter
    let mut cpu = cpu_with("movi a3, 1000\nwsr a3, ccount\nrsr a2, ccount\nret");
    assert_eq!(cpu.call(IRAM_BASE, &[]).unwrap(), 1001);
}

fn exc(r: Result<u32, SimError>) -> (u32, u32, u32) {
    match r {
        Err(SimError::Exception { cause, pc, vaddr }) => (cause, pc, vaddr),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn illegal_instructions_raise_cause_0() {
    // Encodings of instructions `as` refuses for lx106, built from the ISA
    // manual's opcode tables (little-endian bytes).
    let missing = [
        ("quou a2, a3, a4", [0x40, 0x23, 0xc2]),
        ("quos", [0x40, 0x23, 0xd2]),
        ("remu", [0x40, 0x23, 0xe2]),
        ("rems", [0x40, 0x23, 0xf2]),
        ("muluh", [0x40, 0x23, 0xa2]),
        ("min a2, a3, a4", [0x40, 0x23, 0x43]),
        ("maxu", [0x40, 0x23, 0x73]),
        ("sext a2, a3, 7", [0x30, 0x23, 0x23]),
        ("clamps", [0x30, 0x23, 0x33]),
        ("entry a1, 32", [0x36, 0x41, 0x00]),
        ("retw", [0x90, 0x00, 0x00]),
        ("callx8 a3", [0xe0, 0x03, 0x00]),
        ("call4", [0x15, 0x00, 0x00]),
        ("loop a3, x", [0x76, 0x83, 0x00]),
        ("s32c1i", [0x22, 0xe3, 0x00]),
        ("l32ai", [0x22, 0xb3, 0x00]),
        ("rsr.lbeg a2", [0x20, 0x00, 0x03]),
        ("add.s f0, f1, f2", [0x20, 0x01, 0x0a]),
        ("lsi f0, a1, 0", [0x03, 0x01, 0x00]),
        ("mul.aa.ll", [0x04, 0x03, 0x74]),
        ("ill", [0x00, 0x00, 0x00]),
    ];
    for (name, bytes) in missing {
        let src = format!("nop\n.byte {}, {}, {}\nret", bytes[0], bytes[1], bytes[2]);
        let (cause, pc, _) = exc(call(&src, &[]));
        assert_eq!((cause, pc), (0, IRAM_BASE + 3), "{name}");
    }
    let (cause, _, _) = exc(call("ill.n\nret", &[]));
    assert_eq!(cause, cause::ILLEGAL_INSTRUCTION);
    let (cause, _, _) = exc(call("syscall\nret", &[]));
    assert_eq!(cause, cause::SYSCALL);
}

#[test]
fn unaligned_access_raises_cause_9() {
    let data = [0u8; 16];
    for insn in [
        "l32i a2, a3, 0",
        "l16ui a2, a3, 0",
        "l16si a2, a3, 0",
        "s32i a2, a3, 0",
        "s16i a2, a3, 0",
    ] {
        let (mut cpu, buf) = data_cpu(&format!("{insn}\nret"), &data);
        let (cause, pc, vaddr) = exc(cpu.call(IRAM_BASE, &[0, buf + 1]));
        assert_eq!(
            (cause, pc, vaddr),
            (cause::LOAD_STORE_ALIGNMENT, IRAM_BASE, buf + 1),
            "{insn}"
        );
        assert_eq!(cpu.read_sr(232), Some(9)); // EXCCAUSE
        assert_eq!(cpu.read_sr(238), Some(buf + 1)); // EXCVADDR
    }
    // byte access is never misaligned
    let (mut cpu, buf) = data_cpu("l8ui a2, a3, 0\nret", &data);
    assert_eq!(cpu.call(IRAM_BASE, &[0, buf + 1]), Ok(0));
}

/// QEMU's lx106 core does not model this (8/16-bit IRAM access works
/// there), but the ESP8266 raises LoadStoreError (EXCCAUSE 3).
#[test]
fn iram_byte_and_halfword_access_raise_cause_3() {
    let target = IRAM_BASE + 0x100;
    for insn in [
        "l8ui a2, a3, 0",
        "l16ui a2, a3, 0",
        "l16si a2, a3, 0",
        "s8i a2, a3, 0",
        "s16i a2, a3, 0",
    ] {
        let (cause, pc, vaddr) = exc(call(&format!("{insn}\nret"), &[0, target]));
        assert_eq!(
            (cause, pc, vaddr),
            (cause::LOAD_STORE_ERROR, IRAM_BASE, target),
            "{insn}"
        );
    }
    // aligned 32-bit access to IRAM is fine
    assert_eq!(
        ok(
            "movi a2, 77\ns32i a2, a3, 0\nmovi a2, 0\nl32i a2, a3, 0\nret",
            &[0, target]
        ),
        77
    );
    // unaligned 32-bit IRAM access is an alignment error first
    let (cause, _, _) = exc(call("l32i a2, a3, 0\nret", &[0, target + 2]));
    assert_eq!(cause, cause::LOAD_STORE_ALIGNMENT);
    // DRAM allows byte access
    assert_eq!(
        ok(
            "movi a2, 5\ns8i a2, a3, 1\nl8ui a2, a3, 1\nret",
            &[0, DRAM_BASE]
        ),
        5
    );
}

#[test]
fn unmapped_and_non_executable_memory() {
    let (cause, _, vaddr) = exc(call("l32i a2, a3, 0\nret", &[0, 0x1000]));
    assert_eq!((cause, vaddr), (cause::LOAD_STORE_ERROR, 0x1000));
    let (cause, _, _) = exc(call("s32i a2, a3, 0\nret", &[0, 0x1000]));
    assert_eq!(cause, cause::LOAD_STORE_ERROR);
    // jumping into DRAM (data only) or unmapped memory: InstructionFetchError
    let (cause, pc, _) = exc(call("jx a3", &[0, DRAM_BASE]));
    assert_eq!((cause, pc), (cause::INSTRUCTION_FETCH_ERROR, DRAM_BASE));
    let (cause, pc, _) = exc(call("jx a3", &[0, 0x100]));
    // unmapped: InstrPIFAddrError (14), the cause QEMU's lx106 reports
    assert_eq!((cause, pc), (cause::INSTR_PIF_ADDR_ERROR, 0x100));
}

#[test]
fn self_modifying_code_invalidates_predecode() {
    // Call f (returns 40), overwrite its first word with a guest s32i, call
    // it again (now returns 2).
    let patch = common::assemble_at("movi.n a2, 2\nnop.n", 0);
    let word = u32::from_le_bytes(patch[..4].try_into().unwrap());
    let src = format!(
        "j start\n.align 4\nfl: .word f\nnl: .word 0x{word:08x}\nstart: mov a12, a0\nl32r a5, fl\n\
         callx0 a5\nmov a6, a2\nl32r a7, nl\ns32i a7, a5, 0\ncallx0 a5\nadd a2, a2, a6\nmov a0, a12\nret\n\
         .align 4\nf: movi.n a2, 40\nnop.n\nret\n"
    );
    assert_eq!(ok(&src, &[]), 42);
}

#[test]
fn host_call_via_callx0() {
    let mut cpu = cpu_with(
        "j start\n.align 4\nhl: .word 0\nstart: mov a12, a0\nl32r a8, hl\nmovi a2, 6\nmovi a3, 7\n\
         callx0 a8\naddi a2, a2, 1\nmov a0, a12\nret",
    );
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let s2 = seen.clone();
    let mul = cpu.register_host_fn(move |_cpu, args| {
        s2.borrow_mut().push(args);
        Ok(args[0] * args[1])
    });
    assert!(cpu.mem.write_u32(IRAM_BASE + 4, mul)); // patch the literal
    assert_eq!(cpu.call(IRAM_BASE, &[]), Ok(43));
    assert_eq!(seen.borrow()[0][..2], [6, 7]);
    // a host function error stops the run
    let mut cpu2 = cpu_with("j start\n.align 4\nhl: .word 0\nstart: l32r a8, hl\ncallx0 a8\nret");
    let f = cpu2.register_host_fn(|_, _| Err(SimError::Host("boom".into())));
    cpu2.mem.write_u32(IRAM_BASE + 4, f);
    assert_eq!(
        cpu2.call(IRAM_BASE, &[]),
        Err(SimError::Host("boom".into()))
    );
}

#[test]
fn host_function_can_call_back_into_guest() {
    // guest main(x) = host(x) + 1 ; host(x) = guest double(x) * 10
    let src =
        "j start\n.align 4\nhl: .word 0\ndl: .word dbl\nstart: addi a1, a1, -16\ns32i a0, a1, 0\n\
               l32r a8, hl\ncallx0 a8\naddi a2, a2, 1\nl32i a0, a1, 0\naddi a1, a1, 16\nret\n\
               .align 4\ndbl: add a2, a2, a2\nret";
    let mut cpu = cpu_with(src);
    let dbl = cpu.mem.read_u32(IRAM_BASE + 8).unwrap();
    let h = cpu.register_host_fn(move |cpu, args| Ok(cpu.call(dbl, &[args[0]])? * 10));
    cpu.mem.write_u32(IRAM_BASE + 4, h);
    assert_eq!(cpu.call(IRAM_BASE, &[4]), Ok(81));
}

#[test]
fn many_arguments_go_on_the_stack() {
    let src = "l32i a8, a1, 0\nl32i a9, a1, 4\nadd a2, a2, a7\nadd a2, a2, a8\nadd a2, a2, a9\nret";
    assert_eq!(ok(src, &[1, 0, 0, 0, 0, 20, 300, 4000]), 4321);
}

#[test]
fn step_limit_and_break_and_simcall() {
    let mut cpu = cpu_with("1: j 1b");
    cpu.step_limit = 1000;
    assert!(matches!(
        cpu.call(IRAM_BASE, &[]),
        Err(SimError::StepLimit { .. })
    ));
    assert!(matches!(
        call("break 1, 2\nret", &[]),
        Err(SimError::Break {
            imm_s: 1,
            imm_t: 2,
            ..
        })
    ));
    assert!(matches!(
        call("break.n 3\nret", &[]),
        Err(SimError::Break { imm_s: 3, .. })
    ));
    // semihosting: write(1, buf, 3) then exit(7)
    let src = "j start\n.align 4\nmsg: .ascii \"hi\\n\\0\"\nml: .word msg\n\
               start: movi a2, 4\nmovi a3, 1\nl32r a4, ml\nmovi a5, 3\nsimcall\nmovi a2, 1\nmovi a3, 7\nsimcall\nret";
    let mut cpu = cpu_with(src);
    // IRAM is word-only for guest data access; the host-side read in the
    // simcall handler is not an architectural access.
    assert_eq!(cpu.call(IRAM_BASE, &[]), Err(SimError::Exit(7)));
    assert_eq!(cpu.semihost_out, b"hi\n");
    // custom simcall handler
    let mut cpu = cpu_with("movi a2, 9\nsimcall\nret");
    cpu.set_simcall_handler(Box::new(|cpu: &mut Cpu| {
        cpu.ar[2] += 1;
        Ok(())
    }));
    assert_eq!(cpu.call(IRAM_BASE, &[]), Ok(10));
}

#[test]
fn counters_and_cycle_estimate() {
    let mut cpu = cpu_with("movi a2, 0\n1: addi a2, a2, 1\nbnei a2, 10, 1b\nret");
    assert_eq!(cpu.call(IRAM_BASE, &[]), Ok(10));
    assert_eq!(cpu.insns, 1 + 20 + 1);
    // 22 instructions + 9 taken branches * 2 + ret * 2
    assert_eq!(cpu.cycles, 22 + 9 * 2 + 2);
    cpu.reset_counters();
    assert_eq!((cpu.insns, cpu.cycles), (0, 0));
}

#[test]
fn error_messages_are_readable() {
    let e = call("l32i a2, a3, 0\nret", &[0, DRAM_BASE + 2]).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("LoadStoreAlignment") && msg.contains("EXCCAUSE 9"),
        "{msg}"
    );
}

#[test]
fn throughput() {
    // A 3-instruction loop; prints the simulated MIPS (meaningful in --release).
    let mut cpu = cpu_with("1: addi a3, a3, -1\nadd a2, a2, a3\nbnez a3, 1b\nret");
    cpu.step_limit = u64::MAX;
    let n = if cfg!(debug_assertions) {
        300_000
    } else {
        10_000_000
    };
    let t = std::time::Instant::now();
    cpu.call(IRAM_BASE, &[0, n]).unwrap();
    let dt = t.elapsed().as_secs_f64();
    eprintln!(
        "simulated {} instructions in {dt:.3}s: {:.1} MIPS",
        cpu.insns,
        cpu.insns as f64 / dt / 1e6
    );
}
