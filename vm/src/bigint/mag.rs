//! Magnitude (unsigned) arithmetic on little-endian `u32` limb slices.
//!
//! Every function here works on plain slices and returns trimmed vectors (no trailing zero
//! limbs). Intermediate products use `u64`, which is available on every target, so the code
//! is 32-bit clean.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Below this many limbs (in the smaller operand) schoolbook multiplication is used.
pub const KARATSUBA_THRESHOLD: usize = 32;

/// Removes trailing zero limbs.
#[inline]
pub fn trim(v: &mut Vec<u32>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

/// Returns the slice without trailing zero limbs.
#[inline]
pub fn trimmed(v: &[u32]) -> &[u32] {
    let mut n = v.len();
    while n > 0 && v[n - 1] == 0 {
        n -= 1;
    }
    &v[..n]
}

/// Compares two trimmed magnitudes.
pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// `a + b`.
pub fn add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for i in 0..a.len() {
        let s = a[i] as u64 + if i < b.len() { b[i] as u64 } else { 0 } + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `acc += x << (32 * offset)`; grows `acc` as needed.
pub fn add_into(acc: &mut Vec<u32>, x: &[u32], offset: usize) {
    let x = trimmed(x);
    if acc.len() < offset + x.len() {
        acc.resize(offset + x.len(), 0);
    }
    let mut carry = 0u64;
    let mut i = 0;
    while i < x.len() {
        let s = acc[offset + i] as u64 + x[i] as u64 + carry;
        acc[offset + i] = s as u32;
        carry = s >> 32;
        i += 1;
    }
    let mut k = offset + i;
    while carry != 0 {
        if k == acc.len() {
            acc.push(carry as u32);
            break;
        }
        let s = acc[k] as u64 + carry;
        acc[k] = s as u32;
        carry = s >> 32;
        k += 1;
    }
}

/// `acc -= x` in place; requires `acc >= x`.
pub fn sub_into(acc: &mut Vec<u32>, x: &[u32]) {
    let x = trimmed(x);
    debug_assert!(cmp(trimmed(acc), x) != Ordering::Less);
    let mut borrow = 0u64;
    let mut i = 0;
    while i < x.len() {
        let (d1, b1) = acc[i].overflowing_sub(x[i]);
        let (d2, b2) = d1.overflowing_sub(borrow as u32);
        acc[i] = d2;
        borrow = (b1 | b2) as u64;
        i += 1;
    }
    while borrow != 0 {
        let (d, b) = acc[i].overflowing_sub(1);
        acc[i] = d;
        borrow = b as u64;
        i += 1;
    }
    trim(acc);
}

/// `a - b`; requires `a >= b`.
pub fn sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = a.to_vec();
    sub_into(&mut out, b);
    out
}

/// `acc = acc * m + add` in place.
pub fn mul_small_add_in_place(acc: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = add as u64;
    for limb in acc.iter_mut() {
        let p = *limb as u64 * m as u64 + carry;
        *limb = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        acc.push(carry as u32);
    }
    trim(acc);
}

/// `a * m`.
pub fn mul_small(a: &[u32], m: u32) -> Vec<u32> {
    let mut out = a.to_vec();
    mul_small_add_in_place(&mut out, m, 0);
    out
}

/// Divides in place by `d` (non-zero), returning the remainder.
pub fn divrem_small_in_place(a: &mut Vec<u32>, d: u32) -> u32 {
    debug_assert!(d != 0);
    let d = d as u64;
    let mut rem = 0u64;
    for limb in a.iter_mut().rev() {
        let cur = (rem << 32) | *limb as u64;
        *limb = (cur / d) as u32;
        rem = cur % d;
    }
    trim(a);
    rem as u32
}

/// `a mod d` for a small non-zero divisor, without building the quotient.
pub fn rem_small(a: &[u32], d: u32) -> u32 {
    let d = d as u64;
    let mut rem = 0u64;
    for &limb in a.iter().rev() {
        rem = ((rem << 32) | limb as u64) % d;
    }
    rem as u32
}

/// Schoolbook multiplication, accumulated into `out` (which must be zeroed and at least
/// `a.len() + b.len()` long).
fn mul_school_into(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (i, &ai) in a.iter().enumerate() {
        if ai == 0 {
            continue;
        }
        let ai = ai as u64;
        let mut carry = 0u64;
        for (j, &bj) in b.iter().enumerate() {
            let t = ai * bj as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = out[k] as u64 + carry;
            out[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
}

/// Schoolbook squaring: computes each cross product once.
fn sqr_school(a: &[u32]) -> Vec<u32> {
    let n = a.len();
    let mut out = vec![0u32; 2 * n];
    // Cross products a[i]*a[j] for i < j.
    for i in 0..n {
        let ai = a[i] as u64;
        if ai == 0 {
            continue;
        }
        let mut carry = 0u64;
        for j in i + 1..n {
            let t = ai * a[j] as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + n] = carry as u32;
    }
    // Double them.
    let mut top = 0u32;
    for limb in out.iter_mut() {
        let nt = *limb >> 31;
        *limb = (*limb << 1) | top;
        top = nt;
    }
    // Add the squares on the diagonal.
    let mut carry = 0u64;
    for i in 0..n {
        let sq = a[i] as u64 * a[i] as u64;
        let t = out[2 * i] as u64 + (sq & 0xFFFF_FFFF) + carry;
        out[2 * i] = t as u32;
        let t2 = out[2 * i + 1] as u64 + (sq >> 32) + (t >> 32);
        out[2 * i + 1] = t2 as u32;
        carry = t2 >> 32;
    }
    debug_assert!(carry == 0);
    trim(&mut out);
    out
}

/// `a * b` (Karatsuba above [`KARATSUBA_THRESHOLD`] limbs).
pub fn mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let a = trimmed(a);
    let b = trimmed(b);
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    if core::ptr::eq(a, b) {
        return sqr(a);
    }
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() == 1 {
        return mul_small(a, b[0]);
    }
    if b.len() < KARATSUBA_THRESHOLD {
        let mut out = vec![0u32; a.len() + b.len()];
        mul_school_into(&mut out, a, b);
        trim(&mut out);
        return out;
    }
    if 2 * b.len() <= a.len() {
        // Unbalanced: cut the longer operand into pieces as long as the shorter one.
        let mut out = Vec::with_capacity(a.len() + b.len());
        let mut off = 0;
        while off < a.len() {
            let end = core::cmp::min(off + b.len(), a.len());
            let p = mul(&a[off..end], b);
            add_into(&mut out, &p, off);
            off = end;
        }
        trim(&mut out);
        return out;
    }
    karatsuba(a, b)
}

/// Karatsuba step for roughly balanced operands (`a.len() >= b.len() > a.len() / 2`).
fn karatsuba(a: &[u32], b: &[u32]) -> Vec<u32> {
    let m = a.len() / 2;
    let (a0, a1) = (trimmed(&a[..m]), &a[m..]);
    let (b0, b1) = if b.len() > m {
        (trimmed(&b[..m]), &b[m..])
    } else {
        (trimmed(b), &b[b.len()..])
    };
    let z0 = mul(a0, b0);
    let z2 = mul(a1, b1);
    let sa = add(a0, a1);
    let sb = add(b0, b1);
    let mut z1 = mul(&sa, &sb);
    sub_into(&mut z1, &z0);
    sub_into(&mut z1, &z2);
    let mut out = Vec::with_capacity(a.len() + b.len() + 1);
    out.extend_from_slice(&z0);
    add_into(&mut out, &z1, m);
    add_into(&mut out, &z2, 2 * m);
    trim(&mut out);
    out
}

/// `a * a`.
pub fn sqr(a: &[u32]) -> Vec<u32> {
    let a = trimmed(a);
    if a.is_empty() {
        return Vec::new();
    }
    if a.len() < KARATSUBA_THRESHOLD {
        return sqr_school(a);
    }
    let m = a.len() / 2;
    let (a0, a1) = (trimmed(&a[..m]), &a[m..]);
    let z0 = sqr(a0);
    let z2 = sqr(a1);
    let s = add(a0, a1);
    let mut z1 = sqr(&s);
    sub_into(&mut z1, &z0);
    sub_into(&mut z1, &z2);
    let mut out = Vec::with_capacity(2 * a.len() + 1);
    out.extend_from_slice(&z0);
    add_into(&mut out, &z1, m);
    add_into(&mut out, &z2, 2 * m);
    trim(&mut out);
    out
}

/// `a << bits`.
pub fn shl(a: &[u32], bits: usize) -> Vec<u32> {
    let a = trimmed(a);
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = bits / 32;
    let sh = (bits % 32) as u32;
    let mut out = Vec::with_capacity(a.len() + limbs + 1);
    out.resize(limbs, 0);
    if sh == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << sh) | carry);
            carry = x >> (32 - sh);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

/// `a >> bits` (truncating).
pub fn shr(a: &[u32], bits: usize) -> Vec<u32> {
    let limbs = bits / 32;
    if limbs >= a.len() {
        return Vec::new();
    }
    let sh = (bits % 32) as u32;
    let src = &a[limbs..];
    let mut out = Vec::with_capacity(src.len());
    if sh == 0 {
        out.extend_from_slice(src);
    } else {
        for i in 0..src.len() {
            let hi = if i + 1 < src.len() {
                src[i + 1] << (32 - sh)
            } else {
                0
            };
            out.push((src[i] >> sh) | hi);
        }
    }
    trim(&mut out);
    out
}

/// True if any of the lowest `bits` bits of `a` is set.
pub fn low_bits_nonzero(a: &[u32], bits: usize) -> bool {
    let limbs = bits / 32;
    let sh = bits % 32;
    for (i, &x) in a.iter().enumerate() {
        if i < limbs {
            if x != 0 {
                return true;
            }
        } else if i == limbs {
            return sh != 0 && (x & ((1u32 << sh) - 1)) != 0;
        } else {
            break;
        }
    }
    false
}

/// Number of significant bits.
pub fn bit_length(a: &[u32]) -> u64 {
    match trimmed(a).last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
    }
}

/// Quotient and remainder of `u / v` (`v` non-zero), truncating.
pub fn divrem(u: &[u32], v: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let u = trimmed(u);
    let v = trimmed(v);
    assert!(!v.is_empty(), "division by zero");
    if cmp(u, v) == Ordering::Less {
        return (Vec::new(), u.to_vec());
    }
    if v.len() == 1 {
        let mut q = u.to_vec();
        let r = divrem_small_in_place(&mut q, v[0]);
        let r = if r == 0 { Vec::new() } else { vec![r] };
        return (q, r);
    }
    knuth_d(u, v)
}

/// Knuth's algorithm D (TAOCP 4.3.1) for `v.len() >= 2`, `u >= v`.
fn knuth_d(u: &[u32], v: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = v.len();
    let m = u.len() - n;
    let s = v[n - 1].leading_zeros();
    // Normalize so the top limb of the divisor has its high bit set.
    let vn: Vec<u32> = if s == 0 {
        v.to_vec()
    } else {
        (0..n)
            .map(|i| (v[i] << s) | if i > 0 { v[i - 1] >> (32 - s) } else { 0 })
            .collect()
    };
    let mut un: Vec<u32> = Vec::with_capacity(u.len() + 1);
    if s == 0 {
        un.extend_from_slice(u);
        un.push(0);
    } else {
        for i in 0..u.len() {
            un.push((u[i] << s) | if i > 0 { u[i - 1] >> (32 - s) } else { 0 });
        }
        un.push(u[u.len() - 1] >> (32 - s));
    }
    let mut q = vec![0u32; m + 1];
    let b: u64 = 1 << 32;
    let vtop = vn[n - 1] as u64;
    let vsec = vn[n - 2] as u64;
    for j in (0..=m).rev() {
        let num = ((un[j + n] as u64) << 32) | un[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= b || qhat * vsec > ((rhat << 32) | un[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= b {
                break;
            }
        }
        // Multiply and subtract.
        let mut borrow: i64 = 0;
        for i in 0..n {
            let p = qhat * vn[i] as u64;
            let t = un[i + j] as i64 - borrow - (p & 0xFFFF_FFFF) as i64;
            un[i + j] = t as u32;
            borrow = (p >> 32) as i64 - (t >> 32);
        }
        let t = un[j + n] as i64 - borrow;
        un[j + n] = t as u32;
        if t < 0 {
            // qhat was one too large: add the divisor back.
            qhat -= 1;
            let mut carry = 0u64;
            for i in 0..n {
                let t = un[i + j] as u64 + vn[i] as u64 + carry;
                un[i + j] = t as u32;
                carry = t >> 32;
            }
            un[j + n] = un[j + n].wrapping_add(carry as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // Unnormalize the remainder.
    let mut r: Vec<u32> = if s == 0 {
        un[..n].to_vec()
    } else {
        (0..n)
            .map(|i| (un[i] >> s) | (un[i + 1] << (32 - s)))
            .collect()
    };
    trim(&mut r);
    (q, r)
}
