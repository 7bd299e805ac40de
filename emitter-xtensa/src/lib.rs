//! Xtensa LX106 backend for upy's native code ([`backend`]), an LX106 instruction-set
//! simulator ([`sim`]) to run that code (and `@micropython.asm_xtensa` functions) on the
//! host, and, on 32-bit hosts, the port's compiler that runs native code on it ([`host`]).

pub mod backend;
#[cfg(target_pointer_width = "32")]
pub mod host;
pub mod sim;

/// GNU-objdump-style listing of Xtensa `bytes` loaded at `base`, the literal pool before
/// `entry` shown as data words.
pub fn disassemble(name: &str, bytes: &[u8], base: u32, entry: usize) -> String {
    let mut out = format!("xtensa code for {name}: {} bytes\n", bytes.len());
    for (k, w) in bytes[..entry].chunks(4).enumerate() {
        let v = u32::from_le_bytes(w.try_into().unwrap_or([0; 4]));
        out.push_str(&format!("  {:5x}: .word 0x{v:08x}\n", 4 * k));
    }
    let mut off = entry;
    while off < bytes.len() {
        let pc = base.wrapping_add(off as u32);
        let mark = if off == entry { "  <entry>" } else { "" };
        match upy_asm::decode_at(&bytes[off..], pc) {
            Some((inst, len)) => {
                out.push_str(&format!("  {off:5x}: {}{mark}\n", inst.display(pc)));
                off += len;
            }
            None => {
                out.push_str(&format!("  {off:5x}: .byte 0x{:02x}\n", bytes[off]));
                off += 1;
            }
        }
    }
    out
}
