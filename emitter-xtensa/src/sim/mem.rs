//! Sparse, region-based little-endian memory for the LX106 simulator.
//!
//! Memory is a sorted list of non-overlapping [`Region`]s. Each region has
//! permissions ([`RegionKind`]): readable/writable/executable and whether data
//! accesses must be aligned 32-bit words (the ESP8266 IRAM and flash rule:
//! 8/16-bit access raises LoadStoreError, EXCCAUSE 3).
//!
//! Executable regions carry a lazily built predecode cache (one [`Insn`] per
//! byte offset), invalidated by any store that overlaps a cached instruction.

use super::decode::{decode, Insn, Op};
use std::fmt;

/// Exception causes (EXCCAUSE values) used by the simulator.
pub mod cause {
    /// IllegalInstructionCause.
    pub const ILLEGAL_INSTRUCTION: u32 = 0;
    /// SyscallCause.
    pub const SYSCALL: u32 = 1;
    /// InstructionFetchErrorCause (fetch from a mapped, non-executable region).
    pub const INSTRUCTION_FETCH_ERROR: u32 = 2;
    /// InstrPIFAddrErrorCause: fetch from unmapped memory (QEMU's lx106
    /// raises this cause there too).
    pub const INSTR_PIF_ADDR_ERROR: u32 = 14;
    /// LoadStoreErrorCause (also: 8/16-bit access to IRAM, unmapped data access).
    pub const LOAD_STORE_ERROR: u32 = 3;
    /// LoadStoreAlignmentCause.
    pub const LOAD_STORE_ALIGNMENT: u32 = 9;

    /// A human-readable name for an EXCCAUSE value.
    pub fn name(cause: u32) -> &'static str {
        match cause {
            0 => "IllegalInstruction",
            1 => "Syscall",
            2 => "InstructionFetchError",
            3 => "LoadStoreError",
            4 => "Level1Interrupt",
            5 => "Alloca",
            6 => "IntegerDivideByZero",
            8 => "Privileged",
            9 => "LoadStoreAlignment",
            12 => "InstrPIFDataError",
            13 => "LoadStorePIFDataError",
            14 => "InstrPIFAddrError",
            15 => "LoadStorePIFAddrError",
            _ => "Exception",
        }
    }
}

/// Permissions of a memory region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionKind {
    /// Data loads allowed.
    pub read: bool,
    /// Data stores allowed.
    pub write: bool,
    /// Instruction fetch allowed.
    pub exec: bool,
    /// Only aligned 32-bit data accesses allowed (8/16-bit raise LoadStoreError).
    pub word_only: bool,
}

impl RegionKind {
    /// ESP8266 DRAM: read/write data, no instruction fetch.
    pub const DRAM: RegionKind = RegionKind {
        read: true,
        write: true,
        exec: false,
        word_only: false,
    };
    /// ESP8266 IRAM: executable, data access only as aligned 32-bit words.
    pub const IRAM: RegionKind = RegionKind {
        read: true,
        write: true,
        exec: true,
        word_only: true,
    };
    /// Flash/ROM: executable, read-only, word access only.
    pub const ROM: RegionKind = RegionKind {
        read: true,
        write: false,
        exec: true,
        word_only: true,
    };
    /// Unrestricted RAM (host buffers, test memory): read/write/execute, any width.
    pub const RAM: RegionKind = RegionKind {
        read: true,
        write: true,
        exec: true,
        word_only: false,
    };
}

/// Error returned by [`Memory::map`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapError {
    /// The new region overlaps an existing one.
    Overlap { base: u32, len: u32 },
    /// Zero length or the region wraps around the 32-bit address space.
    BadRange { base: u32, len: u32 },
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MapError::Overlap { base, len } => {
                write!(
                    f,
                    "region 0x{base:08x}+0x{len:x} overlaps an existing region"
                )
            }
            MapError::BadRange { base, len } => write!(f, "bad region 0x{base:08x}+0x{len:x}"),
        }
    }
}

impl std::error::Error for MapError {}

/// A data-access fault: EXCCAUSE and the faulting virtual address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    /// EXCCAUSE value.
    pub cause: u32,
    /// EXCVADDR value.
    pub vaddr: u32,
}

/// One mapped region. Its bytes are `len` bytes at `ptr`: either the buffer of `owned`, or
/// host memory the region was mapped over ([`Memory::map_host`]), in which case `owned` is
/// empty and every access goes straight to that memory.
pub struct Region {
    base: u32,
    kind: RegionKind,
    ptr: *mut u8,
    len: usize,
    owned: Vec<u8>,
    /// Predecode cache, indexed by byte offset; empty until first fetch.
    icache: Vec<Insn>,
}

// SAFETY: `ptr` points into `owned` (moved along with it) or into host memory whose mapper
// promised, in `Memory::map_host`, that it outlives the mapping and may be used from the
// thread that runs the simulator.
unsafe impl Send for Region {}

impl Region {
    /// First address.
    pub fn base(&self) -> u32 {
        self.base
    }
    /// Length in bytes.
    pub fn len(&self) -> u32 {
        self.len as u32
    }
    /// Whether the region is empty (never true for a mapped region).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Permissions.
    pub fn kind(&self) -> RegionKind {
        self.kind
    }
    /// Contents.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes at `ptr` are this region's (see the type's docs).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
    fn contains(&self, addr: u32) -> bool {
        (addr.wrapping_sub(self.base) as usize) < self.len
    }
    /// Byte `off` (< len).
    #[inline]
    fn byte(&self, off: usize) -> u8 {
        debug_assert!(off < self.len);
        // SAFETY: in bounds.
        unsafe { self.ptr.add(off).read() }
    }
    /// The little-endian value of `size` bytes at `off`, or None past the end.
    #[inline]
    fn read(&self, off: usize, size: usize) -> Option<u32> {
        if off + size > self.len {
            return None;
        }
        let mut b = [0u8; 4];
        // SAFETY: in bounds; host memory is read without forming a reference to it.
        unsafe { std::ptr::copy_nonoverlapping(self.ptr.add(off), b.as_mut_ptr(), size) };
        Some(u32::from_le_bytes(b))
    }
    /// Writes `bytes` at `off`; false past the end.
    #[inline]
    fn write(&mut self, off: usize, bytes: &[u8]) -> bool {
        if off + bytes.len() > self.len {
            return false;
        }
        // SAFETY: in bounds.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.ptr.add(off), bytes.len()) };
        self.invalidate(off, bytes.len());
        true
    }
    fn invalidate(&mut self, off: usize, len: usize) {
        if self.icache.is_empty() {
            return;
        }
        let lo = off.saturating_sub(2);
        let hi = (off + len).min(self.icache.len());
        for e in &mut self.icache[lo..hi] {
            e.op = Op::NotDecoded;
        }
    }
}

/// The simulator's address space.
#[derive(Default)]
pub struct Memory {
    regions: Vec<Region>,
    last: usize,
}

impl Memory {
    /// An empty address space.
    pub fn new() -> Memory {
        Memory::default()
    }

    /// Map a zero-filled region of `len` bytes at `base`.
    pub fn map(&mut self, base: u32, len: u32, kind: RegionKind) -> Result<(), MapError> {
        self.map_bytes(base, vec![0; len as usize], kind)
    }

    /// Map a region at `base` holding `data` (its length is the region size).
    pub fn map_bytes(
        &mut self,
        base: u32,
        data: Vec<u8>,
        kind: RegionKind,
    ) -> Result<(), MapError> {
        let mut owned = data;
        let (ptr, len) = (owned.as_mut_ptr(), owned.len());
        self.insert(Region {
            base,
            kind,
            ptr,
            len,
            owned,
            icache: Vec::new(),
        })
    }

    /// Map `len` bytes of host memory at `ptr` as the region at `base`: guest accesses read
    /// and write that memory directly (on a 32-bit host, mapping memory at its own address
    /// lets guest code follow host pointers).
    ///
    /// # Safety
    /// The memory must stay valid for reads and writes of `len` bytes until it is unmapped
    /// or this `Memory` is dropped.
    pub unsafe fn map_host(
        &mut self,
        base: u32,
        ptr: *mut u8,
        len: usize,
        kind: RegionKind,
    ) -> Result<(), MapError> {
        self.insert(Region {
            base,
            kind,
            ptr,
            len,
            owned: Vec::new(),
            icache: Vec::new(),
        })
    }

    fn insert(&mut self, region: Region) -> Result<(), MapError> {
        let (base, len) = (region.base, region.len);
        if len == 0 || len > u32::MAX as usize || base.checked_add(len as u32 - 1).is_none() {
            return Err(MapError::BadRange {
                base,
                len: len as u32,
            });
        }
        let end = base as u64 + len as u64;
        for r in &self.regions {
            let (rb, re) = (r.base as u64, r.base as u64 + r.len as u64);
            if (base as u64) < re && rb < end {
                return Err(MapError::Overlap {
                    base,
                    len: len as u32,
                });
            }
        }
        let pos = self.regions.partition_point(|r| r.base < base);
        self.regions.insert(pos, region);
        self.last = 0;
        Ok(())
    }

    /// Unmap the region starting exactly at `base`, returning its contents
    /// (use this to copy a host buffer back after a call; empty for [`Memory::map_host`]
    /// regions, whose bytes were the host's all along).
    pub fn unmap(&mut self, base: u32) -> Option<Vec<u8>> {
        let i = self.regions.iter().position(|r| r.base == base)?;
        self.last = 0;
        Some(self.regions.remove(i).owned)
    }

    /// Whether `addr` is mapped.
    pub fn is_mapped(&self, addr: u32) -> bool {
        self.find_ref(addr).is_some()
    }

    /// The mapped regions, sorted by address.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Lowest address `>= from`, aligned to `align` (a power of two), where
    /// `len` bytes are free; useful to place host buffers.
    pub fn find_free(&self, from: u32, len: u32, align: u32) -> Option<u32> {
        let mask = align.max(1) - 1;
        let mut a = (from as u64 + mask as u64) & !(mask as u64);
        for r in &self.regions {
            let (rb, re) = (r.base as u64, r.base as u64 + r.len as u64);
            if a + len as u64 <= rb {
                break;
            }
            if a < re {
                a = (re + mask as u64) & !(mask as u64);
            }
        }
        (a + len as u64 <= 1 << 32).then_some(a as u32)
    }

    #[inline]
    fn find(&mut self, addr: u32) -> Option<usize> {
        if let Some(r) = self.regions.get(self.last) {
            if r.contains(addr) {
                return Some(self.last);
            }
        }
        let i = self
            .regions
            .partition_point(|r| r.base <= addr)
            .checked_sub(1)?;
        if self.regions[i].contains(addr) {
            self.last = i;
            Some(i)
        } else {
            None
        }
    }

    fn find_ref(&self, addr: u32) -> Option<&Region> {
        let i = self
            .regions
            .partition_point(|r| r.base <= addr)
            .checked_sub(1)?;
        let r = &self.regions[i];
        r.contains(addr).then_some(r)
    }

    /// A guest data load of `size` (1, 2 or 4) bytes, zero-extended, with all
    /// architectural checks (alignment, region permissions, IRAM word rule).
    #[inline]
    pub fn load(&mut self, addr: u32, size: u32) -> Result<u32, Fault> {
        if addr & (size - 1) != 0 {
            return Err(Fault {
                cause: cause::LOAD_STORE_ALIGNMENT,
                vaddr: addr,
            });
        }
        let err = Fault {
            cause: cause::LOAD_STORE_ERROR,
            vaddr: addr,
        };
        let i = self.find(addr).ok_or(err)?;
        let r = &self.regions[i];
        if !r.kind.read || (r.kind.word_only && size != 4) {
            return Err(err);
        }
        r.read((addr - r.base) as usize, size as usize).ok_or(err)
    }

    /// A guest data store of the low `size` bytes of `val`, with all checks.
    #[inline]
    pub fn store(&mut self, addr: u32, size: u32, val: u32) -> Result<(), Fault> {
        if addr & (size - 1) != 0 {
            return Err(Fault {
                cause: cause::LOAD_STORE_ALIGNMENT,
                vaddr: addr,
            });
        }
        let err = Fault {
            cause: cause::LOAD_STORE_ERROR,
            vaddr: addr,
        };
        let i = self.find(addr).ok_or(err)?;
        let r = &mut self.regions[i];
        if !r.kind.write || (r.kind.word_only && size != 4) {
            return Err(err);
        }
        let off = (addr - r.base) as usize;
        if r.write(off, &val.to_le_bytes()[..size as usize]) {
            Ok(())
        } else {
            Err(err)
        }
    }

    /// Fetch and decode the instruction at `pc` (through the predecode cache).
    #[inline]
    pub fn fetch(&mut self, pc: u32) -> Result<Insn, Fault> {
        let err = Fault {
            cause: cause::INSTRUCTION_FETCH_ERROR,
            vaddr: pc,
        };
        let unmapped = Fault {
            cause: cause::INSTR_PIF_ADDR_ERROR,
            vaddr: pc,
        };
        let i = self.find(pc).ok_or(unmapped)?;
        let r = &mut self.regions[i];
        let off = (pc - r.base) as usize;
        if let Some(insn) = r.icache.get(off) {
            if insn.op != Op::NotDecoded {
                return Ok(*insn);
            }
        }
        if !r.kind.exec {
            return Err(err);
        }
        let b0 = r.byte(off);
        let len = if b0 & 0xf >= 8 { 2 } else { 3 };
        let word = if let Some(w) = r.read(off, len) {
            w
        } else {
            // The instruction runs past the end of this region: fetch the
            // rest byte by byte from whatever follows.
            let mut w = b0 as u32;
            for k in 1..len as u32 {
                let a = pc.wrapping_add(k);
                let b = self.find_ref(a).ok_or(unmapped)?;
                if !b.kind.exec {
                    return Err(err);
                }
                w |= (b.byte((a - b.base) as usize) as u32) << (8 * k);
            }
            return Ok(decode(w));
        };
        let insn = decode(word);
        if r.icache.is_empty() {
            r.icache = vec![Insn::default(); r.len];
        }
        r.icache[off] = insn;
        Ok(insn)
    }

    /// Host-side read (no permission or alignment checks). Returns false if
    /// any byte is unmapped.
    pub fn read_bytes(&self, addr: u32, out: &mut [u8]) -> bool {
        let mut done = 0;
        while done < out.len() {
            let a = addr.wrapping_add(done as u32);
            let Some(r) = self.find_ref(a) else {
                return false;
            };
            let off = (a - r.base) as usize;
            let n = (r.len - off).min(out.len() - done);
            // SAFETY: in bounds of the region and of `out`.
            unsafe {
                std::ptr::copy_nonoverlapping(r.ptr.add(off), out[done..].as_mut_ptr(), n);
            }
            done += n;
        }
        true
    }

    /// Host-side write (no permission or alignment checks; invalidates
    /// predecoded instructions). Returns false if any byte is unmapped
    /// (bytes before it are written).
    pub fn write_bytes(&mut self, addr: u32, data: &[u8]) -> bool {
        let mut done = 0;
        while done < data.len() {
            let a = addr.wrapping_add(done as u32);
            let Some(i) = self.find(a) else { return false };
            let r = &mut self.regions[i];
            let off = (a - r.base) as usize;
            let n = (r.len - off).min(data.len() - done);
            r.write(off, &data[done..done + n]);
            done += n;
        }
        true
    }

    /// Host-side read of a little-endian word (any alignment); None if unmapped.
    pub fn read_u32(&self, addr: u32) -> Option<u32> {
        let mut b = [0; 4];
        self.read_bytes(addr, &mut b).then(|| u32::from_le_bytes(b))
    }

    /// Host-side write of a little-endian word; false if unmapped.
    pub fn write_u32(&mut self, addr: u32, val: u32) -> bool {
        self.write_bytes(addr, &val.to_le_bytes())
    }
}
