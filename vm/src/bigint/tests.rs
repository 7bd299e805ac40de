//! Unit tests against CPython 3.11 expectation tables (see `tests/tables.rs`) plus
//! property tests.

mod tables;

use super::*;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use tables::*;

fn n(s: &str) -> BigInt {
    parse_int_literal(s, 10).unwrap_or_else(|| panic!("bad test literal {s}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| alloc::format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

#[test]
fn small_conversions() {
    for v in [
        0i64,
        1,
        -1,
        42,
        -42,
        i64::MAX,
        i64::MIN,
        u32::MAX as i64,
        -(u32::MAX as i64) - 1,
    ] {
        let b = BigInt::from_i64(v);
        assert_eq!(b.to_i64(), Some(v));
        assert_eq!(b.to_string(), v.to_string());
    }
    assert_eq!(BigInt::from_u64(u64::MAX).to_u64(), Some(u64::MAX));
    assert_eq!(BigInt::from_u64(u64::MAX).to_i64(), None);
    assert_eq!(n("-9223372036854775809").to_i64(), None);
    assert_eq!(n("9223372036854775808").to_i64(), None);
    assert_eq!(BigInt::from_i128(i128::MIN).to_i128(), Some(i128::MIN));
    assert_eq!(
        BigInt::from_i128(i128::MIN).to_string(),
        i128::MIN.to_string()
    );
    let z = BigInt::from_parts(true, &[0, 0]);
    assert!(z.is_zero() && !z.is_negative() && z.limbs().is_empty());
    let v = BigInt::from_parts(true, &[5, 0, 0]);
    assert_eq!(v.limbs(), &[5]);
    assert_eq!(v.to_i64(), Some(-5));
    assert_eq!(BigInt::zero().bit_length(), 0);
    assert_eq!(n("-256").bit_length(), 9);
    assert_eq!(BigInt::from_u64(1 << 40).bit_length(), 41);
    assert_eq!(BigInt::from(7u8), BigInt::from(7i32));
}

#[test]
fn divmod_table() {
    for &(a, b, q, r) in DIVMOD {
        let (a, b) = (n(a), n(b));
        let (gq, gr) = a.divmod_floor(&b).unwrap();
        assert_eq!(
            (gq.to_string(), gr.to_string()),
            (q.to_string(), r.to_string()),
            "{a} divmod {b}"
        );
        assert_eq!((&a / &b).to_string(), q);
        assert_eq!((&a % &b).to_string(), r);
        assert_eq!(a.modulo(&b).unwrap().to_string(), r);
    }
    assert!(n("5").divmod_floor(&BigInt::zero()).is_none());
    assert!(n("5").modulo(&BigInt::zero()).is_none());
}

#[test]
fn bitwise_table() {
    for &(a, b, and, or, xor) in BITWISE {
        let (a, b) = (n(a), n(b));
        assert_eq!((&a & &b).to_string(), and, "{a} & {b}");
        assert_eq!((&a | &b).to_string(), or, "{a} | {b}");
        assert_eq!((&a ^ &b).to_string(), xor, "{a} ^ {b}");
    }
    for &(a, inv) in INVERT {
        assert_eq!((!n(a)).to_string(), inv);
    }
}

#[test]
fn shift_table() {
    for &(a, k, l, r) in SHIFTS {
        let a = n(a);
        assert_eq!((&a << k).to_string(), l, "{a} << {k}");
        assert_eq!((&a >> k).to_string(), r, "{a} >> {k}");
    }
    assert_eq!(n("-5").shr(1000), n("-1"));
    assert_eq!(n("5").shr(u64::MAX), BigInt::zero());
}

#[test]
fn pow_tables() {
    for &(b, e, r) in POW {
        assert_eq!(n(b).pow(e).to_string(), r, "{b} ** {e}");
    }
    for &(b, e, m, r) in POWMOD {
        let got = n(b).pow_mod(&n(e), &n(m));
        match got {
            Ok(v) => assert_eq!(v.to_string(), r, "pow({b}, {e}, {m})"),
            Err(err) => {
                assert_eq!(r, "ValueError", "pow({b}, {e}, {m})");
                assert_eq!(
                    err,
                    BigIntError::ValueError("base is not invertible for the given modulus")
                );
            }
        }
    }
    // pow(2, -1, 1) == pow(0, -1, 1) == 0 in CPython 3.11.
    assert_eq!(n("2").pow_mod(&n("-1"), &n("1")), Ok(BigInt::zero()));
    assert_eq!(n("0").pow_mod(&n("-1"), &n("1")), Ok(BigInt::zero()));
    assert_eq!(n("0").pow_mod(&n("-1"), &n("-1")), Ok(BigInt::zero()));
    assert_eq!(
        n("3").pow_mod(&n("2"), &BigInt::zero()),
        Err(BigIntError::ValueError("pow() 3rd argument cannot be 0"))
    );
}

#[test]
fn bytes_tables() {
    for &(v, len, little, signed, expect) in TO_BYTES {
        match n(v).to_bytes(len, little, signed) {
            Ok(b) => assert_eq!(hex(&b), expect, "{v}.to_bytes({len}, {little}, {signed})"),
            Err(BigIntError::Overflow(_)) => assert_eq!(expect, "OverflowError", "{v}.to_bytes"),
            Err(e) => panic!("unexpected {e}"),
        }
    }
    for &(h, little, signed, expect) in FROM_BYTES {
        assert_eq!(
            BigInt::from_bytes(&unhex(h), little, signed).to_string(),
            expect,
            "{h} {little} {signed}"
        );
    }
}

#[test]
fn hash_table() {
    for &(v, h) in HASHES {
        assert_eq!(n(v).py_hash(), h, "hash({v})");
    }
}

#[test]
fn float_tables() {
    for &(v, ok, bits) in TO_F64 {
        let b = n(v);
        match b.to_f64_checked() {
            Ok(f) => {
                assert!(ok, "float({v}) should overflow");
                assert_eq!(f.to_bits(), bits, "float({v})");
            }
            Err(e) => {
                assert!(!ok, "float({v}) overflowed");
                assert_eq!(
                    e,
                    BigIntError::Overflow("int too large to convert to float")
                );
                assert!(b.to_f64().is_infinite());
            }
        }
    }
    for &(a, b, ok, bits) in DIV_F64 {
        match n(a).div_to_f64(&n(b)) {
            Ok(f) => {
                assert!(ok, "{a} / {b} should overflow");
                assert_eq!(f.to_bits(), bits, "{a} / {b} = {f}");
            }
            Err(e) => {
                assert!(!ok, "{a} / {b} overflowed");
                assert_eq!(
                    e,
                    BigIntError::Overflow("integer division result too large for a float")
                );
            }
        }
    }
    assert_eq!(
        n("1").div_to_f64(&BigInt::zero()),
        Err(BigIntError::DivByZero)
    );
    for &(bits, expect) in FROM_F64 {
        let f = f64::from_bits(bits);
        assert_eq!(BigInt::from_f64(f).unwrap().to_string(), expect, "int({f})");
    }
    assert!(BigInt::from_f64(f64::NAN).is_none());
    assert!(BigInt::from_f64(f64::NEG_INFINITY).is_none());
}

#[test]
fn radix_table() {
    for &(v, radix, s) in RADIX {
        let b = n(v);
        assert_eq!(b.to_str_radix(radix), s, "{v} in base {radix}");
        let (neg, digits) = match s.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, s),
        };
        let p = BigInt::parse(digits, radix).unwrap();
        assert_eq!(if neg { -p } else { p }, b);
        assert_eq!(
            BigInt::parse(&digits.to_uppercase(), radix).unwrap(),
            b.abs()
        );
    }
    assert!(BigInt::parse("", 10).is_none());
    assert!(BigInt::parse("12", 2).is_none());
    assert!(BigInt::parse("-1", 10).is_none());
    assert!(BigInt::parse("1_0", 10).is_none());
    assert_eq!(
        BigInt::parse("000000000000000000000000000001", 10).unwrap(),
        BigInt::one()
    );
}

#[test]
fn literal_table() {
    for &(s, base, ok, v) in LITERALS {
        let got = parse_int_literal(s, base);
        if ok {
            assert_eq!(
                got.map(|g| g.to_string()).as_deref(),
                Some(v),
                "int({s:?}, {base})"
            );
        } else {
            assert!(got.is_none(), "int({s:?}, {base}) should fail");
        }
    }
    assert!(parse_int_literal("1", 1).is_none());
    assert!(parse_int_literal("1", 37).is_none());
}

fn check_fp(v: &BigInt, fp: (usize, &str, &str, i64)) {
    let s = v.to_string();
    assert_eq!(s.len(), fp.0);
    assert_eq!(&s[..20], fp.1);
    assert_eq!(&s[s.len() - 20..], fp.2);
    assert_eq!(v.py_hash(), fp.3);
    assert_eq!(&parse_int_literal(&s, 10).unwrap(), v);
}

#[test]
fn big_fingerprints() {
    check_fp(&BigInt::from_i64(2).pow(10000), FP_POW2_10000);
    check_fp(&BigInt::one().shl(10000), FP_POW2_10000);
    let mut p = BigInt::one();
    for _ in 0..10000 {
        p = p.mul_small(2);
    }
    check_fp(&p, FP_POW2_10000);
    let mut f = BigInt::one();
    for i in 2..=1000u32 {
        f = f.mul_small(i);
    }
    check_fp(&f, FP_FACT_1000);
    let mut g = BigInt::one();
    for i in 2..=1000i64 {
        g = &g * &BigInt::from_i64(i);
    }
    assert_eq!(f, g);
    let a = BigInt::from_i64(3).pow(5000) + BigInt::one();
    let b = BigInt::from_i64(7).pow(3000) - BigInt::from_i64(5);
    check_fp(&(&a * &b), FP_KARA);
    let c = BigInt::from_i64(10).pow(2000) + BigInt::from_i64(12345);
    check_fp(&c.square(), FP_SQR);
    check_fp(&(&c * &c), FP_SQR);
    check_fp(&(&c * &c.clone()), FP_SQR);
    let x = BigInt::from_i64(7).pow(4000) + BigInt::from_i64(11);
    let y = BigInt::from_i64(3).pow(1500) - BigInt::from_i64(2);
    check_fp(&(&x / &y), FP_DIV);
    check_fp(&(&x % &y), FP_MOD);
    let nx = -BigInt::from_i64(7).pow(4000) + BigInt::from_i64(11);
    check_fp(&(&nx / &y), FP_NEG_DIV);
}

/// Deterministic xorshift generator for the non-proptest randomized checks.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn big(&mut self, limbs: usize) -> BigInt {
        let v: Vec<u32> = (0..limbs).map(|_| self.next() as u32).collect();
        BigInt::from_parts(self.next() & 1 == 1, &v)
    }
}

/// Plain schoolbook reference product.
fn ref_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = alloc::vec![0u32; a.len() + b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    mag::trim(&mut out);
    out
}

#[test]
fn karatsuba_matches_schoolbook() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for &(la, lb) in &[
        (32, 32),
        (33, 40),
        (64, 64),
        (100, 37),
        (200, 199),
        (300, 70),
        (517, 515),
        (1000, 33),
    ] {
        let a = rng.big(la);
        let b = rng.big(lb);
        let p = &a * &b;
        assert_eq!(
            p.limbs(),
            ref_mul(a.limbs(), b.limbs()).as_slice(),
            "{la}x{lb}"
        );
        assert_eq!(p.is_negative(), a.is_negative() != b.is_negative());
        assert_eq!(a.square().limbs(), ref_mul(a.limbs(), a.limbs()).as_slice());
        // Operands with zero limbs in the middle exercise trimming of the split halves.
        let mut z = alloc::vec![0u32; la];
        z[0] = 1;
        z[la - 1] = 7;
        let zb = BigInt::from_parts(false, &z);
        assert_eq!((&zb * &b).limbs(), ref_mul(&z, b.limbs()).as_slice());
        assert_eq!(zb.square().limbs(), ref_mul(&z, &z).as_slice());
    }
}

#[test]
fn division_identity_random() {
    let mut rng = Rng(42);
    for i in 0..300 {
        let la = 1 + (rng.next() % 60) as usize;
        let lb = 1 + (rng.next() % 40) as usize;
        let a = rng.big(la);
        let mut b = rng.big(lb);
        if i % 3 == 0 {
            // Divisors with a top limb of all ones / a single high bit stress qhat correction.
            let mut l = b.limbs().to_vec();
            if let Some(t) = l.last_mut() {
                *t = if i % 2 == 0 { u32::MAX } else { 1 << 31 };
            }
            b = BigInt::from_parts(b.is_negative(), &l);
        }
        if b.is_zero() {
            continue;
        }
        let (q, r) = a.divmod_floor(&b).unwrap();
        assert_eq!(&(&q * &b) + &r, a);
        assert!(r.is_zero() || r.is_negative() == b.is_negative());
        assert!(r.abs() < b.abs());
    }
}

#[test]
fn string_roundtrip_random() {
    let mut rng = Rng(7);
    for _ in 0..50 {
        let la = (rng.next() % 80) as usize;
        let a = rng.big(la);
        for radix in [2, 3, 8, 10, 16, 36] {
            let s = a.to_str_radix(radix);
            let back = parse_int_literal(&s, radix).unwrap();
            assert_eq!(back, a);
        }
    }
}

#[test]
fn misc_api() {
    assert_eq!(n("12").gcd(&n("-18")), n("6"));
    assert_eq!(n("-7").signum(), -1);
    assert_eq!(n("0").signum(), 0);
    assert_eq!(n("96").trailing_zeros(), Some(5));
    assert_eq!(BigInt::zero().trailing_zeros(), None);
    let (q, r) = n("-100").divmod_small(7).unwrap();
    assert_eq!((q, r), (n("-14"), 2));
    assert!(n("1").divmod_small(0).is_none());
    assert_eq!(n("-100").modulo_small(7), Some(5));
    assert_eq!(n("-98").modulo_small(7), Some(0));
    assert_eq!(n("100000000000000000000001").modulo_small(10), Some(1));
    assert_eq!(n("1").modulo_small(0), None);
    assert_eq!(n("-100").add_small(150), n("50"));
    let (q, r) = n("-7").divrem_trunc(&n("2")).unwrap();
    assert_eq!((q, r), (n("-3"), n("-1")));
    let mut x = n("10");
    x += n("5");
    x *= &n("-2");
    x -= n("1");
    x /= n("4");
    assert_eq!(x, n("-8"));
    x %= n("3");
    assert_eq!(x, n("1"));
    assert!(n("-3") < n("2") && n("-3") > n("-4") && n("100000000000000000000") > n("99"));
    assert_eq!(alloc::format!("{:?}", n("-12")), "-12");
    assert_eq!(" -1_000 ".parse::<BigInt>(), Ok(n("-1000")));
    assert!("1.5".parse::<BigInt>().is_err());
    let (neg, limbs) = n("-4294967296").into_parts();
    assert!(neg);
    assert_eq!(limbs, [0, 1]);
}

mod props {
    use super::super::*;
    use alloc::string::ToString;
    use proptest::prelude::*;

    fn big() -> impl Strategy<Value = BigInt> {
        (
            any::<bool>(),
            proptest::collection::vec(any::<u32>(), 0..40),
        )
            .prop_map(|(neg, limbs)| BigInt::from_parts(neg, &limbs))
    }

    fn floor_div(a: i128, b: i128) -> i128 {
        let q = a / b;
        if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }

    proptest! {
        #[test]
        fn arith_matches_i128(a in any::<i64>(), b in any::<i64>()) {
            let (x, y) = (BigInt::from_i64(a), BigInt::from_i64(b));
            let (a, b) = (a as i128, b as i128);
            prop_assert_eq!((&x + &y).to_i128(), Some(a + b));
            prop_assert_eq!((&x - &y).to_i128(), Some(a - b));
            prop_assert_eq!((&x * &y).to_i128(), Some(a * b));
            prop_assert_eq!((&x & &y).to_i128(), Some(a & b));
            prop_assert_eq!((&x | &y).to_i128(), Some(a | b));
            prop_assert_eq!((&x ^ &y).to_i128(), Some(a ^ b));
            prop_assert_eq!((!&x).to_i128(), Some(!a));
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
            prop_assert_eq!(x.to_string(), a.to_string());
            if b != 0 {
                let (q, r) = x.divmod_floor(&y).unwrap();
                let fq = floor_div(a, b);
                prop_assert_eq!(q.to_i128(), Some(fq));
                prop_assert_eq!(r.to_i128(), Some(a - fq * b));
            }
        }

        #[test]
        fn shifts_match_i128(a in any::<i64>(), k in 0u64..60) {
            let x = BigInt::from_i64(a);
            prop_assert_eq!(x.shl(k).to_i128(), Some((a as i128) << k));
            prop_assert_eq!(x.shr(k).to_i128(), Some((a as i128) >> k));
        }

        #[test]
        fn float_matches_i64(a in any::<i64>()) {
            prop_assert_eq!(BigInt::from_i64(a).to_f64().to_bits(), (a as f64).to_bits());
        }

        #[test]
        fn divmod_identity_big(a in big(), b in big()) {
            prop_assume!(!b.is_zero());
            let q = &a / &b;
            let r = &a % &b;
            prop_assert_eq!(&(&q * &b) + &r, a.clone());
            prop_assert!(r.is_zero() || r.is_negative() == b.is_negative());
            prop_assert!(r.abs() < b.abs());
        }

        #[test]
        fn ring_identities_big(a in big(), b in big(), c in big()) {
            prop_assert_eq!(&(&a + &b) - &b, a.clone());
            prop_assert_eq!(&a * &(&b + &c), &(&a * &b) + &(&a * &c));
            prop_assert_eq!(&(&a ^ &b) ^ &b, a.clone());
            prop_assert_eq!(&(&a & &b) + &(&a | &b), &a + &b);
            prop_assert_eq!(a.shl(37).shr(37), a.clone());
            prop_assert_eq!(parse_int_literal(&a.to_string(), 10), Some(a.clone()));
            let bytes = a.to_bytes(4 * a.limbs().len() + 1, false, true).unwrap();
            prop_assert_eq!(BigInt::from_bytes(&bytes, false, true), a);
        }
    }
}

/// Timing report; run with
/// `cargo test --release -p upy-vm --lib bigint::tests::perf -- --ignored --nocapture`.
#[test]
#[ignore]
fn perf() {
    extern crate std;
    use std::time::Instant;
    fn time<T>(label: &str, reps: u32, mut f: impl FnMut() -> T) -> T {
        let start = Instant::now();
        let mut r = f();
        for _ in 1..reps {
            r = f();
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / reps as f64;
        std::println!("{label:<40} {us:>12.1} us");
        r
    }
    let p = time("2**100000", 10, || BigInt::from_i64(2).pow(100000));
    let s = time("str(2**100000) (30103 digits)", 3, || p.to_string());
    time("int(30103-digit str)", 3, || {
        parse_int_literal(&s, 10).unwrap()
    });
    let ten_k = BigInt::from_i64(7).pow(11834); // ~10,000 digits
    time("str(10,000-digit int)", 10, || ten_k.to_string());
    let a = BigInt::from_i64(3).pow(2096) + BigInt::one(); // 1000 digits
    let b = BigInt::from_i64(7).pow(1183) - BigInt::one(); // 1000 digits
    time("1000-digit x 1000-digit mul", 1000, || &a * &b);
    let c = BigInt::from_i64(3).pow(20960);
    let d = BigInt::from_i64(7).pow(11830);
    time("10000-digit x 10000-digit mul", 50, || &c * &d);
    let e = BigInt::from_i64(3).pow(209600);
    let f = BigInt::from_i64(7).pow(118300);
    time("100000-digit x 100000-digit mul", 3, || &e * &f);
    let big = &c * &d;
    time("20000-digit / 10000-digit divmod", 20, || {
        big.divmod_floor(&d)
    });
    time("3**100000", 5, || BigInt::from_i64(3).pow(100000));
    let m = BigInt::from_i64(2).pow(521) - BigInt::one();
    time("pow_mod 521-bit", 20, || {
        BigInt::from_i64(3)
            .pow_mod(&(&m - &BigInt::one()), &m)
            .unwrap()
    });
    let _ = time("10**400 / 10**399 true div", 1000, || {
        BigInt::from_i64(10)
            .pow(400)
            .div_to_f64(&BigInt::from_i64(10).pow(399))
    });
}

#[test]
fn divide_and_conquer_formatting() {
    // Compare the divide-and-conquer formatter against plain chunked conversion, with values
    // whose digit strings contain long zero and nine runs (padding of the low halves).
    let mut rng = Rng(99);
    for radix in [3u32, 7, 10, 36] {
        let (chunk, per) = convert::chunk_for_radix(radix);
        let r = BigInt::from(radix);
        let mut vals = Vec::new();
        for e in [300u64, 777, 1500, 4000] {
            let p = r.pow(e);
            vals.push(p.clone());
            vals.push(&p - &BigInt::one());
            vals.push(&p + &BigInt::one());
            vals.push(&(&p * &p) + &BigInt::from(12345));
        }
        for len in [41usize, 80, 200, 513] {
            vals.push(rng.big(len));
        }
        for v in vals {
            let mut plain = Vec::new();
            convert::format_chunked(v.limbs(), radix, chunk, per, None, &mut plain);
            let s = v.abs().to_str_radix(radix);
            assert_eq!(s.as_bytes(), plain.as_slice(), "radix {radix}");
            assert_eq!(BigInt::parse(&s, radix).unwrap(), v.abs());
        }
    }
}
