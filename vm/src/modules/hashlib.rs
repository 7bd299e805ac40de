//! The `hashlib` module: `sha256`, `sha1` and `md5` objects with `update`, `digest`,
//! `hexdigest` and `copy` (MicroPython's have no `hexdigest`; CPython's do). The compression
//! functions follow FIPS 180-4 and RFC 1321; all three share the 64-byte block buffering.

use alloc::string::String;
use core::fmt::Write;

use crate::obj::{Obj, ObjHeader};
use crate::objects::instance::native_value;
use crate::objects::module;
use crate::qstr::Qstr;
use crate::types::{builtin, Kind, Slots, TypeObj};
use crate::vm::{PyResult, Vm};
use crate::{function, method, methods};

#[derive(Clone, Copy, PartialEq)]
#[repr(usize)]
enum Algo {
    Sha256,
    Sha1,
    Md5,
}

impl Algo {
    fn name(self) -> &'static str {
        ["sha256", "sha1", "md5"][self as usize]
    }

    fn digest_size(self) -> usize {
        [32, 20, 16][self as usize]
    }

    fn initial(self) -> [u32; 8] {
        match self {
            Algo::Sha256 => [
                0x6a09_e667,
                0xbb67_ae85,
                0x3c6e_f372,
                0xa54f_f53a,
                0x510e_527f,
                0x9b05_688c,
                0x1f83_d9ab,
                0x5be0_cd19,
            ],
            Algo::Sha1 => [
                0x6745_2301,
                0xefcd_ab89,
                0x98ba_dcfe,
                0x1032_5476,
                0xc3d2_e1f0,
                0,
                0,
                0,
            ],
            Algo::Md5 => [
                0x6745_2301,
                0xefcd_ab89,
                0x98ba_dcfe,
                0x1032_5476,
                0,
                0,
                0,
                0,
            ],
        }
    }
}

/// A hash in progress: the chaining state, the bytes hashed so far and the partial block.
#[repr(C)]
struct HashObj {
    header: ObjHeader,
    algo: Algo,
    state: [u32; 8],
    len: u64,
    buf: [u8; 64],
    buf_len: usize,
}

static HASH: TypeObj = TypeObj::builtin(
    "hash",
    Kind::Object,
    Some(&builtin::OBJECT),
    &[&UPDATE, &DIGEST, &HEXDIGEST, &COPY],
    &HASH_SLOTS,
);

static HASH_SLOTS: Slots = Slots {
    getattr: Some(getattr),
    ..Slots::NONE
};

method!(UPDATE, "update", update);
method!(DIGEST, "digest", digest);
method!(HEXDIGEST, "hexdigest", hexdigest);
method!(COPY, "copy", copy);
function!(SHA256, "sha256", sha256);
function!(SHA1, "sha1", sha1);
function!(MD5, "md5", md5);

pub fn make(vm: &mut Vm) -> PyResult {
    let m = vm.new_module("hashlib")?;
    for f in [&SHA256, &SHA1, &MD5] {
        vm.dict_set_str(module::dict(m), f.name, Obj::from_static(f))?;
    }
    Ok(m)
}

fn sha256(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    construct(vm, Algo::Sha256, args, kw)
}

fn sha1(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    construct(vm, Algo::Sha1, args, kw)
}

fn md5(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    construct(vm, Algo::Md5, args, kw)
}

fn construct(vm: &mut Vm, algo: Algo, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, algo.name(), args, kw, 0, 1)?;
    let p: *mut HashObj = vm.alloc_obj_noscan(&HASH, 0)?;
    // SAFETY: fresh allocation of a HashObj.
    unsafe {
        (*p).algo = algo;
        (*p).state = algo.initial();
        (*p).len = 0;
        (*p).buf_len = 0;
    }
    let o = Obj::from_ptr(p);
    if let Some(&data) = a.first() {
        let d = bytes_arg(vm, data)?;
        absorb(fields(o), &d);
    }
    Ok(o)
}

fn fields<'a>(o: Obj) -> &'a mut HashObj {
    // SAFETY: callers pass hash objects.
    unsafe { o.as_mut::<HashObj>() }
}

fn hash_self(vm: &mut Vm, o: Obj) -> PyResult<Obj> {
    if o.is_ptr() && core::ptr::eq(o.type_of(), &HASH) {
        Ok(o)
    } else {
        Err(vm.type_error("descriptor requires a hash object"))
    }
}

fn bytes_arg(vm: &mut Vm, o: Obj) -> PyResult<alloc::vec::Vec<u8>> {
    if crate::objects::str::as_str(vm, native_value(o)).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match crate::objects::bytes::raw_buffer(native_value(o)) {
        Some(b) => Ok(alloc::vec::Vec::from(&*b)),
        None => {
            let msg = alloc::format!(
                "object supporting the buffer API required, not '{}'",
                o.type_of().name
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn absorb(h: &mut HashObj, mut data: &[u8]) {
    h.len = h.len.wrapping_add(data.len() as u64);
    while !data.is_empty() {
        let take = (64 - h.buf_len).min(data.len());
        h.buf[h.buf_len..h.buf_len + take].copy_from_slice(&data[..take]);
        h.buf_len += take;
        data = &data[take..];
        if h.buf_len == 64 {
            let block = h.buf;
            compress(h.algo, &mut h.state, &block);
            h.buf_len = 0;
        }
    }
}

/// The digest of what `h` has absorbed (`h` itself is left as it was).
fn finish(h: &HashObj) -> alloc::vec::Vec<u8> {
    let mut t = HashObj {
        header: ObjHeader { ty: &HASH },
        algo: h.algo,
        state: h.state,
        len: h.len,
        buf: h.buf,
        buf_len: h.buf_len,
    };
    let bits = t.len.wrapping_mul(8);
    let little = t.algo == Algo::Md5;
    let mut pad = [0u8; 72];
    pad[0] = 0x80;
    let n = if t.buf_len < 56 {
        56 - t.buf_len
    } else {
        120 - t.buf_len
    };
    let len_bytes = if little {
        bits.to_le_bytes()
    } else {
        bits.to_be_bytes()
    };
    pad[n..n + 8].copy_from_slice(&len_bytes);
    let total = t.len;
    absorb(&mut t, &pad[..n + 8]);
    t.len = total;
    let words = t.algo.digest_size() / 4;
    t.state[..words]
        .iter()
        .flat_map(|w| {
            if little {
                w.to_le_bytes()
            } else {
                w.to_be_bytes()
            }
        })
        .collect()
}

fn compress(algo: Algo, s: &mut [u32; 8], block: &[u8; 64]) {
    match algo {
        Algo::Sha256 => sha256_block(s, block),
        Algo::Sha1 => sha1_block(s, block),
        Algo::Md5 => md5_block(s, block),
    }
}

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn be_words<const N: usize>(block: &[u8; 64]) -> [u32; N] {
    let mut w = [0u32; N];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    w
}

fn sha256_block(s: &mut [u32; 8], block: &[u8; 64]) {
    let mut w: [u32; 64] = be_words(block);
    for t in 16..64 {
        let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
        let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *s;
    for t in 0..64 {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
    }
    for (x, v) in s.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *x = x.wrapping_add(v);
    }
}

fn sha1_block(s: &mut [u32; 8], block: &[u8; 64]) {
    let mut w: [u32; 80] = be_words(block);
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e, ..] = *s;
    for (t, &wt) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((b & c) | (!b & d), 0x5a82_7999),
            1 => (b ^ c ^ d, 0x6ed9_eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
            _ => (b ^ c ^ d, 0xca62_c1d6),
        };
        let temp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wt);
        (e, d, c, b, a) = (d, c, b.rotate_left(30), a, temp);
    }
    for (x, v) in s.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(v);
    }
}

/// MD5's per-round shift amounts, and its sine-derived constants (RFC 1321).
const MD5_SHIFT: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

fn md5_k(i: usize) -> u32 {
    // floor(abs(sin(i + 1)) * 2^32), computed once per call from libm's sine.
    (libm::fabs(libm::sin((i + 1) as f64)) * 4_294_967_296.0) as u32
}

fn md5_block(s: &mut [u32; 8], block: &[u8; 64]) {
    let mut m = [0u32; 16];
    for (i, c) in block.chunks_exact(4).enumerate() {
        m[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    let [mut a, mut b, mut c, mut d, ..] = *s;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(md5_k(i)).wrapping_add(m[g]);
        let rotated = sum.rotate_left(MD5_SHIFT[i / 16][i % 4]);
        (a, d, c) = (d, c, b);
        b = b.wrapping_add(rotated);
    }
    for (x, v) in s.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(v);
    }
}

fn update(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "update", args, kw, 2, 2)?;
    let o = hash_self(vm, a[0])?;
    let d = bytes_arg(vm, a[1])?;
    absorb(fields(o), &d);
    Ok(Obj::NONE)
}

fn digest(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "digest", args, kw, 1, 1)?;
    let o = hash_self(vm, a[0])?;
    let d = finish(fields(o));
    vm.new_bytes(&d)
}

fn hexdigest(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "hexdigest", args, kw, 1, 1)?;
    let o = hash_self(vm, a[0])?;
    let mut s = String::new();
    for b in finish(fields(o)) {
        let _ = write!(s, "{b:02x}");
    }
    vm.new_str(&s)
}

fn copy(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = methods::args(vm, "copy", args, kw, 1, 1)?;
    let o = hash_self(vm, a[0])?;
    let p: *mut HashObj = vm.alloc_obj_noscan(&HASH, 0)?;
    let h = fields(o);
    // SAFETY: fresh allocation of a HashObj.
    unsafe {
        (*p).algo = h.algo;
        (*p).state = h.state;
        (*p).len = h.len;
        (*p).buf = h.buf;
        (*p).buf_len = h.buf_len;
    }
    Ok(Obj::from_ptr(p))
}

fn getattr(vm: &mut Vm, o: Obj, name: Qstr) -> PyResult<Option<Obj>> {
    let algo = fields(o).algo;
    Ok(match vm.qstr_text(name) {
        "name" => Some(vm.new_str(algo.name())?),
        "digest_size" => Some(Obj::small_int(algo.digest_size() as isize)),
        "block_size" => Some(Obj::small_int(64)),
        _ => None,
    })
}
