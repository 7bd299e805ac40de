//! Float to decimal conversion with CPython's exact semantics: shortest round-trip digits
//! (`repr`), correctly rounded digits (round-half-even on the exact binary value) for a given
//! number of significant digits or digits after the point, and `format_float_short`, the
//! layout routine behind `repr(float)`, `format(float, spec)` and `'%f' % x`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Flags for [`double_to_string`] (the `Py_DTSF_*` flags of CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` to integral values written without an exponent.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep trailing zeros for `g` and a trailing decimal point.
    pub alt: bool,
    /// Turn a negative zero result into a positive zero (the `z` option).
    pub no_neg_0: bool,
}

const LIMB: u64 = 1_000_000_000;

/// Multiplies a little-endian base-1e9 number by `f` (< 2^32) in place.
fn mul_small(limbs: &mut Vec<u32>, f: u64) {
    let mut carry: u64 = 0;
    for l in limbs.iter_mut() {
        let t = u64::from(*l) * f + carry;
        *l = (t % LIMB) as u32;
        carry = t / LIMB;
    }
    while carry > 0 {
        limbs.push((carry % LIMB) as u32);
        carry /= LIMB;
    }
}

/// The exact decimal expansion of a finite, nonzero `x` (sign ignored): ASCII digits without
/// leading or trailing zeros, and `decpt` such that |x| = 0.d1d2d3... * 10^decpt.
pub fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    debug_assert!(m != 0);
    // Remove factors of two from the mantissa to keep the numbers small.
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    let mut limbs: Vec<u32> = Vec::new();
    let mut t = m;
    while t > 0 {
        limbs.push((t % LIMB) as u32);
        t /= LIMB;
    }
    let mut dexp: i32 = 0;
    if e > 0 {
        let mut k = e;
        while k > 0 {
            let s = k.min(29);
            mul_small(&mut limbs, 1u64 << s);
            k -= s;
        }
    } else if e < 0 {
        let mut k = -e;
        while k > 0 {
            let s = k.min(13);
            mul_small(&mut limbs, 5u64.pow(s as u32));
            k -= s;
        }
        dexp = e;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(limbs.len() * 9);
    let top = limbs.len() - 1;
    let head = format!("{}", limbs[top]);
    digits.extend_from_slice(head.as_bytes());
    for i in (0..top).rev() {
        let mut chunk = [b'0'; 9];
        let mut v = limbs[i];
        for j in (0..9).rev() {
            chunk[j] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        digits.extend_from_slice(&chunk);
    }
    let decpt = digits.len() as i32 + dexp;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Rounds the digit string (no trailing zeros) to its first `keep` digits, half to even.
/// `keep` may be zero or negative (everything is dropped). Returns the new digits (no trailing
/// zeros, possibly empty for zero) and decimal point position.
fn round_digits(d: &[u8], decpt: i32, keep: i64) -> (Vec<u8>, i32) {
    if keep >= d.len() as i64 {
        return (d.to_vec(), decpt);
    }
    if keep < 0 {
        return (Vec::new(), decpt);
    }
    let keep = keep as usize;
    let first = d[keep];
    let rest_nonzero = keep + 1 < d.len();
    let prev_odd = keep > 0 && (d[keep - 1] - b'0') % 2 == 1;
    let up = first > b'5' || (first == b'5' && (rest_nonzero || prev_odd));
    let mut out = d[..keep].to_vec();
    if up {
        loop {
            match out.last_mut() {
                None => return (vec![b'1'], decpt + 1),
                Some(c) if *c == b'9' => {
                    out.pop();
                }
                Some(c) => {
                    *c += 1;
                    break;
                }
            }
        }
    }
    while out.last() == Some(&b'0') {
        out.pop();
    }
    (out, decpt)
}

/// The shortest digits that round-trip, as `_Py_dg_dtoa` mode 0 (x finite and nonzero).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    // Rust's `{:e}` gives the shortest round-trip representation, e.g. "1.2345e-7".
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let decpt = exp + 1;
    // Among several shortest candidates dtoa returns the one nearest to x, breaking an exact
    // tie toward an even last digit, where Rust rounds the tie up. Two distinct candidates
    // can only exist with 16 or 17 digits, so only those are checked against the
    // correctly rounded (half-even) digits of the exact value.
    if digits.len() >= 16 {
        let (exact, edp) = exact_decimal(x);
        let (r, rdp) = round_digits(&exact, edp, digits.len() as i64);
        if (r != digits || rdp != decpt) && digits_value(&r, rdp) == x.abs() {
            return (r, rdp);
        }
    }
    (digits, decpt)
}

/// The float nearest to 0.d1d2... * 10^decpt.
fn digits_value(d: &[u8], decpt: i32) -> f64 {
    let s = format!("0.{}e{}", core::str::from_utf8(d).unwrap_or("0"), decpt);
    s.parse().unwrap_or(f64::NAN)
}

/// `_Py_dg_dtoa(x, mode, ndigits)` for finite x: (negative, digits, decpt). Mode 0 is the
/// shortest round-trip string, mode 2 gives max(1, ndigits) significant digits and mode 3
/// gives digits through the 10^-ndigits place; trailing zeros are removed. Zero is "0" with
/// decpt 1; a value that rounds to nothing in mode 3 gives no digits and decpt = -ndigits.
pub fn dtoa(x: f64, mode: u8, ndigits: i64) -> (bool, Vec<u8>, i32) {
    let neg = x.is_sign_negative();
    if x == 0.0 {
        return (neg, vec![b'0'], 1);
    }
    match mode {
        0 => {
            let (d, p) = shortest_digits(x);
            (neg, d, p)
        }
        2 => {
            let (d, p) = exact_decimal(x);
            let (d, p) = round_digits(&d, p, ndigits.max(1));
            (neg, d, p)
        }
        _ => {
            let (d, p) = exact_decimal(x);
            let keep = i64::from(p).saturating_add(ndigits);
            let (d, p) = round_digits(&d, p, keep);
            if d.is_empty() {
                let dp = (-ndigits).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
                (neg, d, dp)
            } else {
                (neg, d, p)
            }
        }
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` ('r' = repr; precision must then be 0).
pub fn double_to_string(x: f64, code: char, precision: i64, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let mut code = code.to_ascii_lowercase();
    let mut precision = precision;
    let mode;
    match code {
        'e' => {
            mode = 2;
            precision += 1;
        }
        'f' => mode = 3,
        'g' => {
            mode = 2;
            if precision == 0 {
                precision = 1;
            }
        }
        _ => {
            code = 'r';
            mode = 0;
        }
    }
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (mut neg, digits, decpt) = dtoa(x, mode, precision);
    if neg && flags.no_neg_0 && (digits.is_empty() || digits == b"0") {
        neg = false;
    }
    if neg {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let digits_len = digits.len() as i64;
    let mut decpt = i64::from(decpt);
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let lim = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digits_str = core::str::from_utf8(&digits).unwrap_or("");
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits_str[..decpt as usize]);
        out.push('.');
        out.push_str(&digits_str[decpt as usize..]);
    } else {
        out.push_str(digits_str);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&format!("{a}"));
    }
    out
}

/// `repr(x)` / `str(x)` for a Python float, exactly as CPython prints it.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// CPython's `round(x, ndigits)` for a float: the exact binary value rounded half-to-even at
/// the 10^-ndigits place, then converted back to the nearest float. The error is CPython's
/// OverflowError message.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() {
        return Ok(x);
    }
    // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (neg, digits, decpt) = dtoa(x, 3, ndigits);
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push('0');
    s.push_str(core::str::from_utf8(&digits).unwrap_or(""));
    s.push('e');
    s.push_str(&format!("{}", i64::from(decpt) - digits.len() as i64));
    let r: f64 = s.parse().unwrap_or(0.0);
    if r.is_infinite() {
        return Err(String::from("rounded value too large to represent"));
    }
    Ok(r)
}

/// Truncation toward zero for finite values (`C trunc`).
fn trunc(x: f64) -> f64 {
    if x.abs() >= 4_503_599_627_370_496.0 {
        return x; // 2^52: already integral
    }
    let t = (x as i64) as f64;
    if t == 0.0 && x.is_sign_negative() {
        -0.0
    } else {
        t
    }
}

/// `round(x)` with no ndigits: nearest integer, ties to even (as a float; the caller converts
/// it to an int and raises for inf/nan). The sign of zero is preserved.
pub fn round_half_even(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let t = trunc(x);
    let diff = (x - t).abs();
    let away = if x < 0.0 { t - 1.0 } else { t + 1.0 };
    if diff > 0.5 {
        away
    } else if diff == 0.5 {
        // Tie: pick the even neighbour.
        let half = trunc(t / 2.0);
        if half * 2.0 == t {
            t
        } else {
            away
        }
    } else {
        t
    }
}
