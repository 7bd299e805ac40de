//! Address registers `a0`..`a15`.

use core::fmt;

/// An address register `a0`..`a15`. `a0` holds the return address under
/// the call0 ABI and `a1` is the stack pointer.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Reg(u8);

impl Reg {
    pub const A0: Reg = Reg(0);
    pub const A1: Reg = Reg(1);
    pub const A2: Reg = Reg(2);
    pub const A3: Reg = Reg(3);
    pub const A4: Reg = Reg(4);
    pub const A5: Reg = Reg(5);
    pub const A6: Reg = Reg(6);
    pub const A7: Reg = Reg(7);
    pub const A8: Reg = Reg(8);
    pub const A9: Reg = Reg(9);
    pub const A10: Reg = Reg(10);
    pub const A11: Reg = Reg(11);
    pub const A12: Reg = Reg(12);
    pub const A13: Reg = Reg(13);
    pub const A14: Reg = Reg(14);
    pub const A15: Reg = Reg(15);
    /// The stack pointer (`a1`).
    pub const SP: Reg = Reg(1);
    /// The return-address register (`a0`).
    pub const RA: Reg = Reg(0);

    /// `Some(aN)` for `n` in 0..=15.
    pub const fn new(n: u8) -> Option<Reg> {
        if n < 16 {
            Some(Reg(n))
        } else {
            None
        }
    }

    /// Register number 0..=15.
    pub const fn num(self) -> u8 {
        self.0
    }

    /// Parse `a0`..`a15` (lower case, as GNU as requires); `sp` is accepted as `a1`.
    pub fn parse(s: &str) -> Option<Reg> {
        if s == "sp" {
            return Some(Reg::SP);
        }
        let digits = s.strip_prefix('a')?;
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if digits.len() == 2 && digits.starts_with('0') {
            return None;
        }
        let n: u8 = digits.parse().ok()?;
        Reg::new(n)
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_regs() {
        for n in 0..16u8 {
            let s = alloc::format!("a{n}");
            assert_eq!(Reg::parse(&s), Some(Reg(n)));
        }
        assert_eq!(Reg::parse("sp"), Some(Reg::A1));
        for bad in ["a16", "a", "A2", "a02", "b2", "a-1", "a99999999999"] {
            assert_eq!(Reg::parse(bad), None, "{bad}");
        }
    }
}
