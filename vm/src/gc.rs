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
//! mark and noscan flags. Allocation is first fit, which keeps live data packed at low
//! addresses and leaves large free runs for large buffers; a summary per chunk of 64 blocks
//! (its longest free run) lets the search skip full and fragmented chunks without reading them.

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
/// Blocks per summary chunk.
const CHUNK: usize = 64;

/// The free blocks of one chunk: the runs at its start and end, and its longest run.
#[derive(Clone, Copy, Default)]
struct Summary {
    prefix: u8,
    suffix: u8,
    longest: u8,
}

pub struct Heap {
    mem: Vec<usize>,
    start: usize,
    end: usize,
    table: Vec<u8>,
    /// The lowest free block (the table's length when none is free).
    first_free: usize,
    /// For each chunk of `CHUNK` blocks, its free runs (valid unless the chunk is marked dirty;
    /// recomputed when a search needs it).
    chunks: Vec<Summary>,
    chunk_dirty: Vec<bool>,
    /// One bit per chunk: set when a block of the chunk is claimed, cleared by a sweep that
    /// finds the chunk empty. Sweeps visit only these chunks, so a collection costs in
    /// proportion to the memory in use, not to the size of the heap.
    chunk_used: Vec<u64>,
    /// For each run length below `CHUNK`, a chunk below which no such run starts.
    hint: [usize; CHUNK],
    /// Searches from the top start below this chunk: the ones above were used or found full
    /// since the last collection (reset by collections and frees).
    top_chunk: usize,
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
            chunks: vec![Summary::default(); nblocks.div_ceil(CHUNK)],
            chunk_dirty: vec![true; nblocks.div_ceil(CHUNK)],
            chunk_used: vec![0; nblocks.div_ceil(CHUNK).div_ceil(64)],
            hint: [0; CHUNK],
            top_chunk: nblocks.div_ceil(CHUNK),
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

    /// The heap region: its first address and the address after it.
    pub fn bounds(&self) -> (usize, usize) {
        (self.start, self.end)
    }

    /// Whether `addr` lies inside the heap region.
    #[inline(always)]
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.start && addr < self.end
    }

    /// Allocates `bytes` zeroed bytes, or None when no run of free blocks is long enough
    /// (the caller collects and retries, then raises MemoryError).
    #[inline]
    pub fn alloc(&mut self, bytes: usize, noscan: bool) -> Option<*mut u8> {
        if bytes <= BLOCK {
            return self.alloc_one(noscan);
        }
        let n = bytes.div_ceil(BLOCK);
        let p = self.alloc_blocks(n, noscan)?;
        // SAFETY: the run lies inside `mem`, which we own.
        unsafe { core::ptr::write_bytes(p, 0, n * BLOCK) };
        Some(p)
    }

    /// One zeroed block: the lowest free one. The fast path of every float, small tuple,
    /// bound method and short string.
    #[inline(always)]
    fn alloc_one(&mut self, noscan: bool) -> Option<*mut u8> {
        let b = self.first_free;
        let cell = self.table.get_mut(b)?;
        *cell = HEAD | if noscan { NOSCAN } else { 0 };
        let c = b / CHUNK;
        self.chunk_dirty[c] = true;
        self.chunk_used[c / 64] |= 1 << (c % 64);
        self.used_blocks += 1;
        if self.table.get(b + 1) == Some(&FREE) {
            self.first_free = b + 1;
        } else {
            self.advance_first_free(b + 1);
        }
        let p = (self.start + b * BLOCK) as *mut [usize; BLOCK / WORD];
        // SAFETY: one whole block of ours (a fixed-size store, no call to memset).
        unsafe { p.write([0; BLOCK / WORD]) };
        Some(p as *mut u8)
    }

    /// Allocates `bytes` raw bytes that the collector never scans, left as they were: for
    /// text the caller writes in full at once.
    pub fn alloc_noscan_uninit(&mut self, bytes: usize) -> Option<*mut u8> {
        self.alloc_blocks(bytes.div_ceil(BLOCK).max(1), true)
    }

    fn alloc_blocks(&mut self, n: usize, noscan: bool) -> Option<*mut u8> {
        // Large buffers come from the top of the heap, so that the small objects packed at the
        // bottom do not leave them without a long enough run of free blocks.
        let first = match n {
            1 => (self.first_free < self.table.len()).then_some(self.first_free)?,
            _ if n < CHUNK => self.find_run(n)?,
            _ => match self.find_run_from_top(n) {
                Some(b) => b,
                // Runs above the cursor were skipped: look at the whole heap once more
                // before the caller resorts to a collection.
                None => {
                    self.top_chunk = self.chunks.len();
                    self.find_run_from_top(n)?
                }
            },
        };
        Some(self.claim(first, n, noscan))
    }

    fn chunk_len(&self, c: usize) -> usize {
        (self.table.len() - c * CHUNK).min(CHUNK)
    }

    /// The summary of chunk `c`, recomputed first if stale.
    fn summary(&mut self, c: usize) -> Summary {
        if self.chunk_dirty[c] {
            let cells = &self.table[c * CHUNK..c * CHUNK + self.chunk_len(c)];
            // Wholly free and wholly used chunks are the common cases.
            let (mut any_free, mut any_used) = (false, false);
            for g in cells.chunks_exact(8) {
                let w = group(g, 0);
                any_used |= w != 0;
                any_free |= first_zero_byte(w).is_some();
            }
            if cells.len() == CHUNK && !(any_free && any_used) {
                let n = if any_free { CHUNK as u8 } else { 0 };
                self.chunks[c] = Summary {
                    prefix: n,
                    suffix: n,
                    longest: n,
                };
                self.chunk_dirty[c] = false;
                return self.chunks[c];
            }
            let (mut prefix, mut longest, mut run) = (None, 0u8, 0u8);
            for (i, &t) in cells.iter().enumerate() {
                if t == FREE {
                    run += 1;
                    longest = longest.max(run);
                } else {
                    prefix.get_or_insert(i as u8);
                    run = 0;
                }
            }
            let prefix = prefix.unwrap_or(cells.len() as u8);
            self.chunks[c] = Summary {
                prefix,
                suffix: run,
                longest,
            };
            self.chunk_dirty[c] = false;
        }
        self.chunks[c]
    }

    /// The lowest run of `n` free blocks, `1 < n < CHUNK`.
    fn find_run(&mut self, n: usize) -> Option<usize> {
        let nchunks = self.chunks.len();
        let mut c = self.hint[n].max(self.first_free / CHUNK);
        while c < nchunks {
            // A stale chunk is searched directly: the run is usually found early in it.
            if self.chunk_dirty[c] {
                let base = c * CHUNK;
                let mut run = 0;
                for (i, &t) in self.table[base..base + self.chunk_len(c)]
                    .iter()
                    .enumerate()
                {
                    run = if t == FREE { run + 1 } else { 0 };
                    if run == n {
                        self.hint[n] = c;
                        return Some(base + i + 1 - n);
                    }
                }
            }
            let s = self.summary(c);
            if s.longest as usize >= n {
                // A run inside the chunk starts before its free suffix does.
                let base = c * CHUNK;
                let cells = &self.table[base..base + self.chunk_len(c)];
                let mut run = 0;
                for (i, &t) in cells.iter().enumerate() {
                    run = if t == FREE { run + 1 } else { 0 };
                    if run == n {
                        self.hint[n] = c;
                        return Some(base + i + 1 - n);
                    }
                }
            }
            if s.suffix > 0 {
                // A run that starts in the suffix and continues into the following chunks.
                let mut run = s.suffix as usize;
                let mut d = c + 1;
                while run < n && d < nchunks {
                    let t = self.summary(d);
                    run += t.prefix as usize;
                    if t.prefix as usize != self.chunk_len(d) {
                        break;
                    }
                    d += 1;
                }
                if run >= n {
                    self.hint[n] = c;
                    return Some(c * CHUNK + self.chunk_len(c) - s.suffix as usize);
                }
            }
            c += 1;
        }
        self.hint[n] = nchunks;
        None
    }

    /// The highest run of `n` free blocks, `n >= CHUNK`.
    fn find_run_from_top(&mut self, n: usize) -> Option<usize> {
        // The free stretch being measured ends (exclusive) at `end` and holds `run` blocks.
        let mut c = self.top_chunk;
        let (mut run, mut end) = (0usize, (c * CHUNK).min(self.table.len()));
        while c > self.first_free / CHUNK {
            c -= 1;
            let s = self.summary(c);
            let len = self.chunk_len(c);
            if s.prefix as usize == len {
                run += len;
            } else {
                run += s.suffix as usize;
                if run >= n {
                    self.top_chunk = end.div_ceil(CHUNK);
                    return Some(end - n);
                }
                run = s.prefix as usize;
                end = c * CHUNK + run;
                continue;
            }
            if run >= n {
                self.top_chunk = end.div_ceil(CHUNK);
                return Some(end - n);
            }
        }
        None
    }

    /// Marks the summaries of the chunks covering blocks `[from, to)` as stale.
    fn touch_chunks(&mut self, from: usize, to: usize) {
        let (a, b) = (from / CHUNK, to.div_ceil(CHUNK));
        if b == a + 1 {
            // The common case, without a call to memset.
            self.chunk_dirty[a] = true;
        } else {
            self.chunk_dirty[a..b].fill(true);
        }
    }

    /// Records that blocks `[from, to)` became free: searches for runs that now fit there
    /// must look at this chunk again (and only those: a small hole must not send every later
    /// search of a larger size back over the whole heap).
    fn freed(&mut self, from: usize, to: usize) {
        self.touch_chunks(from, to);
        self.first_free = self.first_free.min(from);
        let (mut start, mut end) = (from, to);
        while start > 0 && from - start < CHUNK && self.table[start - 1] == FREE {
            start -= 1;
        }
        while end < self.table.len() && end - to < CHUNK && self.table[end] == FREE {
            end += 1;
        }
        self.top_chunk = self.top_chunk.max(end.div_ceil(CHUNK));
        let longest = (end - start).min(CHUNK - 1);
        let c = start / CHUNK;
        for h in &mut self.hint[..=longest] {
            *h = (*h).min(c);
        }
    }

    /// Moves `first_free` up to the next free block at or after `from`.
    fn advance_first_free(&mut self, from: usize) {
        let mut j = from;
        while j + 8 <= self.table.len() {
            if let Some(k) = first_zero_byte(group(&self.table, j)) {
                self.first_free = j + k;
                return;
            }
            j += 8;
        }
        while j < self.table.len() && self.table[j] != FREE {
            j += 1;
        }
        self.first_free = j;
    }

    fn claim(&mut self, first: usize, n: usize, noscan: bool) -> *mut u8 {
        self.table[first] = HEAD | if noscan { NOSCAN } else { 0 };
        for t in &mut self.table[first + 1..first + n] {
            *t = TAIL;
        }
        if first == self.first_free {
            self.advance_first_free(first + n);
        }
        self.touch_chunks(first, first + n);
        self.use_chunks(first, first + n);
        self.used_blocks += n;
        (self.start + first * BLOCK) as *mut u8
    }

    /// Records that the chunks covering blocks `[from, to)` hold allocations.
    #[inline]
    fn use_chunks(&mut self, from: usize, to: usize) {
        for c in from / CHUNK..to.div_ceil(CHUNK) {
            self.chunk_used[c / 64] |= 1 << (c % 64);
        }
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
        self.freed(head, head + n);
        self.used_blocks -= n;
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
            self.freed(head + want, head + have);
            return Some(p);
        }
        let end = head + want;
        if end <= self.table.len() && self.table[head + have..end].iter().all(|&t| t == FREE) {
            for t in &mut self.table[head + have..end] {
                *t = TAIL;
            }
            self.used_blocks += want - have;
            if self.first_free >= head + have && self.first_free < end {
                self.advance_first_free(end);
            }
            self.touch_chunks(head + have, end);
            self.use_chunks(head + have, end);
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
        let nchunks = self.chunks.len();
        let mut used = 0;
        let mut first_free = self.table.len();
        // The end of the chunks visited so far: a gap between it and the next used chunk is
        // free.
        let mut visited = 0;
        for w in 0..self.chunk_used.len() {
            let mut bits = self.chunk_used[w];
            while bits != 0 {
                let c = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if c > visited {
                    first_free = first_free.min(visited * CHUNK);
                }
                let (live, free_at) = self.sweep_chunk(c);
                used += live;
                if let Some(f) = free_at {
                    first_free = first_free.min(f);
                }
                if live == 0 {
                    self.chunk_used[w] &= !(1 << (c % 64));
                }
                self.chunk_dirty[c] = true;
                visited = c + 1;
            }
        }
        if visited < nchunks {
            first_free = first_free.min(visited * CHUNK);
        }
        self.used_blocks = used;
        self.first_free = first_free;
        self.hint = [0; CHUNK];
        self.top_chunk = nchunks;
        self.collections += 1;
    }

    /// Sweeps chunk `c`: frees its unmarked allocations (and the tails of one that began
    /// before it, if that one was freed) and clears the marks of the rest. Returns the
    /// number of blocks still in use and the first free block.
    fn sweep_chunk(&mut self, c: usize) -> (usize, Option<usize>) {
        let base = c * CHUNK;
        let len = self.chunk_len(c);
        // Tails at the start belong to an allocation headed in an earlier (already swept)
        // chunk: it was freed if its blocks there are free now.
        let mut freeing = c > 0 && self.table[base - 1] == FREE;
        let (mut used, mut first_free) = (0, None);
        let cells = &mut self.table[base..base + len];
        let mut i = 0;
        while i < len {
            // Eight blocks at a time when none of them is a tail: each is then free or a whole
            // one-block allocation, kept (mark cleared) if marked and freed if not.
            if i + 8 <= len {
                let w = group(cells, i);
                if w == ONES * u64::from(TAIL) {
                    // Eight tails of one allocation, freed or kept with it.
                    if freeing {
                        cells[i..i + 8].fill(FREE);
                        first_free.get_or_insert(base + i);
                    } else {
                        used += 8;
                    }
                    i += 8;
                    continue;
                }
                if (w >> 1) & !w & ONES == 0 {
                    let marked = (w >> 2) & ONES;
                    let kept = w & (marked * 0xff) & !(ONES * u64::from(MARK));
                    cells[i..i + 8].copy_from_slice(&kept.to_le_bytes());
                    used += marked.count_ones() as usize;
                    if let Some(k) = first_zero_byte(kept) {
                        first_free.get_or_insert(base + i + k);
                    }
                    // Tails that follow belong to the last block's allocation, if it has any.
                    let last = (w >> 56) as u8;
                    freeing = last & STATE == HEAD && last & MARK == 0;
                    i += 8;
                    continue;
                }
            }
            let t = &mut cells[i];
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
            if *t == FREE {
                first_free.get_or_insert(base + i);
            }
            i += 1;
        }
        (used, first_free)
    }
}

/// A byte with the low bit of every byte set: for handling eight table cells as one word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Table cells `i..i + 8` as one little-endian word.
#[inline]
fn group(cells: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&cells[i..i + 8]);
    u64::from_le_bytes(b)
}

/// The position of the first zero byte of `w` (cells are below 0x80, so the borrow trick
/// finds exactly the lowest one).
#[inline]
fn first_zero_byte(w: u64) -> Option<usize> {
    let z = w.wrapping_sub(ONES) & !w & (ONES << 7);
    (z != 0).then(|| z.trailing_zeros() as usize / 8)
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

    /// A reproducible `rand(m)` in `0..m`.
    fn xorshift(mut seed: u64) -> impl FnMut(u64) -> u64 {
        move |m| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        }
    }

    #[test]
    fn alloc_free_and_reuse() {
        let mut h = Heap::new(64 * BLOCK);
        let a = h.alloc(1, false).unwrap();
        let b = h.alloc(BLOCK + 1, false).unwrap();
        assert_eq!(h.used_bytes(), 3 * BLOCK);
        assert_eq!(h.size_of(b), 2 * BLOCK);
        h.free(a);
        assert_eq!(h.used_bytes(), 2 * BLOCK);
        let c = h.alloc(BLOCK, false).unwrap();
        assert_eq!(c, a, "first fit reuses the lowest free block");
    }

    #[test]
    fn large_allocations_find_the_free_tail_past_fragmented_chunks() {
        let mut h = Heap::new(1024 * BLOCK);
        // Fill the first half with single blocks, then free every other one: lots of holes,
        // none longer than one block.
        let small: Vec<_> = (0..512).map(|_| h.alloc(BLOCK, false).unwrap()).collect();
        for p in small.iter().step_by(2) {
            h.free(*p);
        }
        let big = h.alloc(400 * BLOCK, false).unwrap();
        assert_eq!(
            big as usize,
            h.start + 624 * BLOCK,
            "large buffers come from the top"
        );
        let big2 = h.alloc(100 * BLOCK, false).unwrap();
        assert_eq!(big2 as usize, h.start + 524 * BLOCK);
        assert!(
            h.alloc(100 * BLOCK, false).is_none(),
            "only 12 free blocks are left in a row"
        );
        // Single blocks still go into the lowest holes.
        assert_eq!(h.alloc(BLOCK, false).unwrap(), small[0]);
        // A run crossing a chunk boundary is found too.
        let mut h = Heap::new(256 * BLOCK);
        let all: Vec<_> = (0..256).map(|_| h.alloc(BLOCK, false).unwrap()).collect();
        for p in &all[60..70] {
            h.free(*p);
        }
        assert_eq!(h.alloc(10 * BLOCK, false).unwrap(), all[60]);
        assert!(h.alloc(BLOCK, false).is_none());
    }

    #[test]
    fn searches_agree_with_a_naive_scan() {
        // Random allocations and frees; every small request must get the lowest run, as a
        // plain scan of the table finds it; a large one a free run from the top region (not
        // always the highest: runs above the last large allocation are only looked at again
        // after a free or a collection).
        let mut h = Heap::new(700 * BLOCK);
        let mut live: Vec<*mut u8> = Vec::new();
        let mut rand = xorshift(0x2545_f491_4f6c_dd1du64);
        let runs = |h: &Heap, n: usize| -> Vec<usize> {
            (0..=h.table.len().saturating_sub(n))
                .filter(|&i| h.table[i..i + n].iter().all(|&t| t == FREE))
                .collect()
        };
        for _ in 0..3000 {
            if !live.is_empty() && rand(3) == 0 {
                let p = live.swap_remove(rand(live.len() as u64) as usize);
                h.free(p);
                continue;
            }
            let n = if rand(10) == 0 {
                64 + rand(150) as usize
            } else {
                1 + rand(8) as usize
            };
            let free_runs = runs(&h, n);
            let got = h
                .alloc(n * BLOCK, false)
                .map(|p| (p as usize - h.start) / BLOCK);
            if n < CHUNK {
                assert_eq!(got, free_runs.first().copied(), "request of {n} blocks");
            } else if let Some(b) = got {
                assert!(free_runs.contains(&b), "{n} blocks placed on used ones");
            }
            if let Some(b) = got {
                live.push((h.start + b * BLOCK) as *mut u8);
            }
        }
    }

    #[test]
    fn sweeps_of_used_chunks_agree_with_a_naive_model() {
        // Allocations of every size, some spanning several chunks, some left in far-apart
        // chunks; collections keep a random subset. Only chunks that held allocations are
        // swept: the survivors, the freed blocks and the lowest free block must be exactly
        // what a full scan would give.
        let mut h = Heap::new(4000 * BLOCK);
        let mut rand = xorshift(0x9e37_79b9_7f4a_7c15u64);
        let mut live: Vec<(usize, usize)> = Vec::new();
        for round in 0..40 {
            for _ in 0..60 {
                let n = match rand(8) {
                    0 => 64 + rand(200) as usize,
                    1 => 2 + rand(40) as usize,
                    _ => 1,
                };
                if let Some(p) = h.alloc(n * BLOCK, rand(2) == 0) {
                    live.push(((p as usize - h.start) / BLOCK, n));
                }
            }
            live.retain(|_| rand(3) == 0);
            for &(b, n) in &live {
                // Interior pointers keep an allocation alive too.
                h.mark_word(h.start + (b + rand(n as u64) as usize) * BLOCK);
            }
            h.sweep();
            let mut expect = vec![FREE; h.table.len()];
            for &(b, n) in &live {
                expect[b] = HEAD;
                for t in &mut expect[b + 1..b + n] {
                    *t = TAIL;
                }
            }
            let states: Vec<u8> = h.table.iter().map(|t| t & STATE).collect();
            assert!(
                states == expect,
                "round {round}: table differs from the model"
            );
            let used: usize = live.iter().map(|&(_, n)| n).sum();
            assert_eq!(h.used_bytes(), used * BLOCK, "round {round}");
            let lowest = expect
                .iter()
                .position(|&t| t == FREE)
                .unwrap_or(expect.len());
            assert_eq!(h.first_free, lowest, "round {round}");
        }
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
