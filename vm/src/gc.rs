//! The garbage-collected heap: one region of fixed size, chosen at start, carved into blocks
//! of four machine words, with mark-sweep collection that frees cycles.
//!
//! Invariant: every Python object lives in this heap (or in static memory), and everything
//! reachable from a root is kept: roots are the VM's own fields, the machine registers and the
//! native stack between the current stack pointer and the base recorded when the VM was
//! entered. Both the native stack and the heap are scanned *conservatively*: any word that
//! points into an allocated block (at its start or inside it) keeps that block alive, and every
//! word of a live block is scanned unless the block was allocated as `noscan` (raw bytes).
//! This is MicroPython's design; it lets the collector run at any allocation, including one
//! made by machine code in the middle of an operation, with no handle discipline in Rust code.
//!
//! One byte per block, outside the heap, holds the block's state (free / head / tail) and its
//! mark and noscan flags.

use alloc::vec;
use alloc::vec::Vec;
use core::mem::size_of;

pub const WORD: usize = size_of::<usize>();
/// Bytes per allocation block.
pub const BLOCK: usize = 4 * WORD;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const STATE: u8 = 3;
const MARK: u8 = 4;
const NOSCAN: u8 = 8;

pub struct Heap {
    mem: Vec<usize>,
    start: usize,
    end: usize,
    table: Vec<u8>,
    /// No free block lies below this index.
    first_free: usize,
    /// Where the next search for free blocks starts (next fit: just after the last
    /// allocation, so a heap full of small live objects is not rescanned every time).
    cursor: usize,
    used_blocks: usize,
    mark_stack: Vec<usize>,
    pub collections: usize,
}

impl Heap {
    /// A heap of `bytes` bytes (rounded down to whole blocks, at least one).
    pub fn new(bytes: usize) -> Heap {
        let nblocks = (bytes / BLOCK).max(1);
        let mem = vec![0usize; nblocks * BLOCK / WORD];
        let start = mem.as_ptr() as usize;
        Heap {
            start,
            end: start + nblocks * BLOCK,
            mem,
            table: vec![FREE; nblocks],
            first_free: 0,
            cursor: 0,
            used_blocks: 0,
            mark_stack: Vec::new(),
            collections: 0,
        }
    }

    pub fn total_bytes(&self) -> usize {
        self.table.len() * BLOCK
    }

    pub fn used_bytes(&self) -> usize {
        self.used_blocks * BLOCK
    }

    pub fn free_bytes(&self) -> usize {
        self.total_bytes() - self.used_bytes()
    }

    /// Whether `addr` lies inside the heap region.
    #[inline(always)]
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.start && addr < self.end
    }

    /// Allocates `bytes` zeroed bytes, or None when no run of free blocks is long enough
    /// (the caller collects and retries, then raises MemoryError).
    pub fn alloc(&mut self, bytes: usize, noscan: bool) -> Option<*mut u8> {
        let n = bytes.div_ceil(BLOCK).max(1);
        let from = self.cursor.max(self.first_free);
        let first = self
            .find_run(from, self.table.len(), n)
            .or_else(|| self.find_run(self.first_free, from, n))?;
        Some(self.claim(first, n, noscan))
    }

    /// The first run of `n` free blocks that starts in `[from, to)`.
    fn find_run(&self, from: usize, to: usize, n: usize) -> Option<usize> {
        let mut i = from;
        while i < to && i + n <= self.table.len() {
            if self.table[i] != FREE {
                i += 1;
                continue;
            }
            let run_start = i;
            while i < run_start + n && self.table[i] == FREE {
                i += 1;
            }
            if i == run_start + n {
                return Some(run_start);
            }
        }
        None
    }

    fn claim(&mut self, first: usize, n: usize, noscan: bool) -> *mut u8 {
        self.table[first] = HEAD | if noscan { NOSCAN } else { 0 };
        for t in &mut self.table[first + 1..first + n] {
            *t = TAIL;
        }
        if first == self.first_free {
            self.first_free = first + n;
        }
        self.cursor = first + n;
        self.used_blocks += n;
        let p = (self.start + first * BLOCK) as *mut u8;
        // SAFETY: the run lies inside `mem`, which we own.
        unsafe { core::ptr::write_bytes(p, 0, n * BLOCK) };
        p
    }

    fn block_of(&self, p: *mut u8) -> usize {
        (p as usize - self.start) / BLOCK
    }

    /// Number of blocks in the allocation starting at block `head`.
    fn run_len(&self, head: usize) -> usize {
        let mut n = 1;
        while head + n < self.table.len() && self.table[head + n] & STATE == TAIL {
            n += 1;
        }
        n
    }

    /// The usable size in bytes of the allocation at `p`.
    pub fn size_of(&self, p: *mut u8) -> usize {
        self.run_len(self.block_of(p)) * BLOCK
    }

    /// Frees the allocation at `p` now (for buffers the runtime knows are unreferenced).
    pub fn free(&mut self, p: *mut u8) {
        if !self.contains(p as usize) {
            return;
        }
        let head = self.block_of(p);
        if self.table[head] & STATE != HEAD {
            return;
        }
        let n = self.run_len(head);
        for t in &mut self.table[head..head + n] {
            *t = FREE;
        }
        self.used_blocks -= n;
        self.first_free = self.first_free.min(head);
    }

    /// Grows or shrinks the allocation at `p` to `bytes`, in place when the following blocks
    /// are free, else by moving it. New bytes are zero. None when out of memory (`p` is kept)
    /// or when `p` is not the start of an allocation of this heap.
    #[allow(clippy::not_unsafe_ptr_arg_deref)] // `p` is checked to be one of our allocations
    pub fn realloc(&mut self, p: *mut u8, bytes: usize) -> Option<*mut u8> {
        if !self.contains(p as usize) || !(p as usize - self.start).is_multiple_of(BLOCK) {
            return None;
        }
        let head = self.block_of(p);
        if self.table[head] & STATE != HEAD {
            return None;
        }
        let have = self.run_len(head);
        let want = bytes.div_ceil(BLOCK).max(1);
        if want <= have {
            for t in &mut self.table[head + want..head + have] {
                *t = FREE;
            }
            self.used_blocks -= have - want;
            self.first_free = self.first_free.min(head + want);
            return Some(p);
        }
        let end = head + want;
        if end <= self.table.len() && self.table[head + have..end].iter().all(|&t| t == FREE) {
            for t in &mut self.table[head + have..end] {
                *t = TAIL;
            }
            self.used_blocks += want - have;
            if self.first_free >= head + have && self.first_free < end {
                self.first_free = end;
            }
            // SAFETY: the new blocks are inside the heap and were free.
            unsafe {
                core::ptr::write_bytes(p.add(have * BLOCK), 0, (want - have) * BLOCK);
            }
            return Some(p);
        }
        let noscan = self.table[head] & NOSCAN != 0;
        let q = self.alloc(bytes, noscan)?;
        // SAFETY: both runs are live heap memory and do not overlap.
        unsafe { core::ptr::copy_nonoverlapping(p, q, have * BLOCK) };
        self.free(p);
        Some(q)
    }

    /// Marks the allocation `word` points into, if any (a conservative root or heap word).
    #[inline]
    pub fn mark_word(&mut self, word: usize) {
        if word < self.start || word >= self.end || !word.is_multiple_of(WORD) {
            return;
        }
        let mut b = (word - self.start) / BLOCK;
        loop {
            match self.table[b] & STATE {
                FREE => return,
                TAIL => b -= 1,
                _ => break,
            }
        }
        if self.table[b] & MARK == 0 {
            self.table[b] |= MARK;
            self.mark_stack.push(b);
            if self.mark_stack.len() > 64 {
                self.drain();
            }
        }
    }

    /// Marks every word of `words` conservatively.
    pub fn mark_slice(&mut self, words: &[usize]) {
        for &w in words {
            self.mark_word(w);
        }
    }

    fn drain(&mut self) {
        while let Some(b) = self.mark_stack.pop() {
            if self.table[b] & NOSCAN != 0 {
                continue;
            }
            let n = self.run_len(b);
            let first = b * BLOCK / WORD;
            for i in first..first + n * BLOCK / WORD {
                let w = self.mem[i];
                self.mark_word(w);
            }
        }
    }

    /// Finishes marking and frees every unmarked allocation.
    pub fn sweep(&mut self) {
        self.drain();
        let mut freeing = false;
        let mut used = 0;
        for t in self.table.iter_mut() {
            match *t & STATE {
                HEAD if *t & MARK != 0 => {
                    *t &= !MARK;
                    freeing = false;
                    used += 1;
                }
                HEAD => {
                    *t = FREE;
                    freeing = true;
                }
                TAIL if freeing => *t = FREE,
                TAIL => used += 1,
                _ => freeing = false,
            }
        }
        self.used_blocks = used;
        self.first_free = self
            .table
            .iter()
            .position(|&t| t == FREE)
            .unwrap_or(self.table.len());
        self.collections += 1;
    }
}

/// Marks the machine registers and the native stack from here up to `stack_base`
/// conservatively: callee-saved registers may hold the only reference to an object a caller
/// is using, so they are spilled to memory first.
#[inline(never)]
pub fn mark_native_stack(heap: &mut Heap, stack_base: usize) {
    let regs = capture_registers();
    heap.mark_slice(&regs);
    let here = &regs as *const _ as usize;
    if stack_base > here {
        let mut p = here & !(WORD - 1);
        while p < stack_base {
            // SAFETY: [here, stack_base) is this thread's live stack, above our own frame.
            let w = unsafe { core::ptr::read_volatile(p as *const usize) };
            heap.mark_word(w);
            p += WORD;
        }
    }
}

#[inline(never)]
fn capture_registers() -> [usize; 8] {
    let mut regs = [0usize; 8];
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only stores the callee-saved registers into our own array.
    unsafe {
        core::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "x86")]
    // SAFETY: as above.
    unsafe {
        core::arch::asm!(
            "mov [{0}], ebx", "mov [{0} + 4], esi", "mov [{0} + 8], edi", "mov [{0} + 12], ebp",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "arm")]
    // SAFETY: as above.
    unsafe {
        core::arch::asm!(
            "str r4, [{0}]", "str r5, [{0}, #4]", "str r6, [{0}, #8]", "str r8, [{0}, #12]",
            "str r9, [{0}, #16]", "str r10, [{0}, #20]", "str r11, [{0}, #24]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    core::hint::black_box(regs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alloc_free_and_reuse() {
        let mut h = Heap::new(64 * BLOCK);
        let a = h.alloc(1, false).unwrap();
        let b = h.alloc(BLOCK + 1, false).unwrap();
        assert_eq!(h.used_bytes(), 3 * BLOCK);
        assert_eq!(h.size_of(b), 2 * BLOCK);
        h.free(a);
        assert_eq!(h.used_bytes(), 2 * BLOCK);
        // Next fit: allocation continues after the last one, and wraps round to reuse `a`.
        let c = h.alloc(BLOCK, false).unwrap();
        assert_eq!(c as usize, b as usize + 2 * BLOCK);
        while h.alloc(BLOCK, false).unwrap() != a {}
        assert_eq!(h.free_bytes(), 0);
    }

    #[test]
    fn exhaustion_returns_none() {
        let mut h = Heap::new(4 * BLOCK);
        assert!(h.alloc(4 * BLOCK, false).is_some());
        assert!(h.alloc(1, false).is_none());
    }

    #[test]
    fn sweep_frees_unreachable_and_cycles_keeps_reachable() {
        let mut h = Heap::new(4 * BLOCK);
        let root = h.alloc(BLOCK, false).unwrap() as *mut usize;
        let child = h.alloc(BLOCK, false).unwrap() as *mut usize;
        let cyc_a = h.alloc(BLOCK, false).unwrap() as *mut usize;
        let cyc_b = h.alloc(BLOCK, false).unwrap() as *mut usize;
        unsafe {
            // root -> interior of child; a <-> b is an unreachable cycle.
            *root = child as usize + WORD;
            *cyc_a = cyc_b as usize;
            *cyc_b = cyc_a as usize;
        }
        h.mark_word(root as usize);
        h.sweep();
        assert_eq!(h.used_bytes(), 2 * BLOCK);
        // The freed blocks are handed out again.
        let again = h.alloc(BLOCK, false).unwrap();
        assert!(core::ptr::eq(again, cyc_a as *mut u8) || core::ptr::eq(again, cyc_b as *mut u8));
    }

    #[test]
    fn noscan_blocks_do_not_keep_others_alive() {
        let mut h = Heap::new(16 * BLOCK);
        let raw = h.alloc(BLOCK, true).unwrap() as *mut usize;
        let other = h.alloc(BLOCK, false).unwrap();
        unsafe { *raw = other as usize };
        h.mark_word(raw as usize);
        h.sweep();
        assert_eq!(h.used_bytes(), BLOCK);
    }

    #[test]
    fn realloc_grows_in_place_then_moves() {
        let mut h = Heap::new(16 * BLOCK);
        let a = h.alloc(BLOCK, false).unwrap();
        unsafe { *a = 7 };
        let a2 = h.realloc(a, 3 * BLOCK).unwrap();
        assert_eq!(a, a2);
        let _blocker = h.alloc(BLOCK, false).unwrap();
        let a3 = h.realloc(a2, 5 * BLOCK).unwrap();
        assert_ne!(a3, a2);
        assert_eq!(unsafe { *a3 }, 7);
        assert_eq!(h.used_bytes(), 6 * BLOCK);
    }
}
