//! The `time` module as MicroPython has it: wall-clock time (`time`, `time_ns`, `gmtime`,
//! `localtime`, `mktime`), sleeping (`sleep`, `sleep_ms`, `sleep_us`), and the tick counters
//! for measuring intervals (`ticks_ms`, `ticks_us`, `ticks_cpu`, `ticks_add`, `ticks_diff`),
//! all from the port's clocks.
//!
//! Ticks wrap at 2**30 on every port (the ESP8266's small-int range), so a program's
//! arithmetic on them behaves the same on the host and on the board; only `ticks_diff` and
//! `ticks_add` should combine them. The calendar is UTC from 1970: upy knows no time zones,
//! so `localtime` is `gmtime` (as on MicroPython's bare-metal ports).

use crate::builtins::funcs::index_obj;
use crate::function;
use crate::obj::Obj;
use crate::objects::{int, tuple};
use crate::types::BuiltinFn;
use crate::vm::{PyResult, Vm};

pub const FUNCTIONS: &[&BuiltinFn] = &[
    &TIME,
    &TIME_NS,
    &GMTIME,
    &LOCALTIME,
    &MKTIME,
    &SLEEP,
    &SLEEP_MS,
    &SLEEP_US,
    &TICKS_MS,
    &TICKS_US,
    &TICKS_CPU,
    &TICKS_ADD,
    &TICKS_DIFF,
];

function!(TIME, "time", time);
function!(TIME_NS, "time_ns", time_ns);
function!(GMTIME, "gmtime", gmtime);
function!(LOCALTIME, "localtime", localtime);
function!(MKTIME, "mktime", mktime);
function!(SLEEP, "sleep", sleep);
function!(SLEEP_MS, "sleep_ms", sleep_ms);
function!(SLEEP_US, "sleep_us", sleep_us);
function!(TICKS_MS, "ticks_ms", ticks_ms);
function!(TICKS_US, "ticks_us", ticks_us);
function!(TICKS_CPU, "ticks_cpu", ticks_cpu);
function!(TICKS_ADD, "ticks_add", ticks_add);
function!(TICKS_DIFF, "ticks_diff", ticks_diff);

const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MASK: i64 = TICKS_PERIOD - 1;

fn time(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "time", args, kw, 0, 0)?;
    let ns = vm.port.time_ns();
    vm.new_float(ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "time_ns", args, kw, 0, 0)?;
    let ns = vm.port.time_ns();
    int_result(vm, ns)
}

fn int_result(vm: &mut Vm, v: u64) -> PyResult {
    match i64::try_from(v) {
        Ok(v) => vm.new_int(v),
        Err(_) => vm.new_bigint(crate::bigint::BigInt::from_u64(v)),
    }
}

/// Ticks from the port's monotonic clock in units of `ns_per_tick`.
fn ticks(vm: &mut Vm, ns_per_tick: u64) -> Obj {
    let t = vm.port.ticks_ns() / ns_per_tick;
    Obj::small_int((t as i64 & TICKS_MASK) as isize)
}

fn ticks_ms(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "ticks_ms", args, kw, 0, 0)?;
    Ok(ticks(vm, 1_000_000))
}

fn ticks_us(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "ticks_us", args, kw, 0, 0)?;
    Ok(ticks(vm, 1_000))
}

/// The finest ticks the port has: nanoseconds of its monotonic clock.
fn ticks_cpu(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    crate::methods::args(vm, "ticks_cpu", args, kw, 0, 0)?;
    Ok(ticks(vm, 1))
}

/// An int argument as i64, wrapped to 64 bits (only its low bits matter for ticks).
fn wrapped_int(vm: &mut Vm, o: Obj) -> PyResult<i64> {
    let v = index_obj(vm, o)?;
    Ok(int::to_i64(v).unwrap_or_else(|| {
        let b = int::to_bigint(v);
        let low = b.limbs().iter().take(2).enumerate();
        let w = low.fold(0u64, |w, (k, &l)| w | (u64::from(l) << (32 * k)));
        if b.is_negative() {
            w.wrapping_neg() as i64
        } else {
            w as i64
        }
    }))
}

/// `ticks_add(ticks, delta)`: the ticks `delta` after (or before) `ticks`, wrapped.
fn ticks_add(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ticks_add", args, kw, 2, 2)?;
    let (t, d) = (wrapped_int(vm, a[0])?, wrapped_int(vm, a[1])?);
    Ok(Obj::small_int((t.wrapping_add(d) & TICKS_MASK) as isize))
}

/// `ticks_diff(end, start)`: the signed distance from `start` to `end`, correct across one
/// wrap (within half the period either way).
fn ticks_diff(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "ticks_diff", args, kw, 2, 2)?;
    let (end, start) = (wrapped_int(vm, a[0])?, wrapped_int(vm, a[1])?);
    let half = TICKS_PERIOD / 2;
    let d = (end.wrapping_sub(start).wrapping_add(half) & TICKS_MASK) - half;
    Ok(Obj::small_int(d as isize))
}

fn sleep(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "sleep", args, kw, 1, 1)?;
    let s = vm.to_f64(a[0])?;
    sleep_for(vm, s * 1e9)
}

fn sleep_ms(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "sleep_ms", args, kw, 1, 1)?;
    let ms = wrapped_int(vm, a[0])?;
    sleep_for(vm, ms as f64 * 1e6)
}

fn sleep_us(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "sleep_us", args, kw, 1, 1)?;
    let us = wrapped_int(vm, a[0])?;
    sleep_for(vm, us as f64 * 1e3)
}

/// Sleeps `ns` nanoseconds in slices, so that Ctrl-C interrupts a long sleep.
fn sleep_for(vm: &mut Vm, ns: f64) -> PyResult {
    if ns.is_nan() || ns < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if ns >= u64::MAX as f64 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    const SLICE: u64 = 10_000_000;
    let mut left = ns as u64;
    while left > 0 {
        let step = left.min(SLICE);
        vm.port.sleep_ns(step);
        left -= step;
        crate::interp::check_interrupt(vm)?;
    }
    Ok(Obj::NONE)
}

fn gmtime(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    broken_down(vm, "gmtime", args, kw)
}

fn localtime(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    broken_down(vm, "localtime", args, kw)
}

/// `gmtime([secs])` and `localtime([secs])`: `(year, month, mday, hour, minute, second,
/// weekday, yearday)`, weekday 0 being Monday, for `secs` since 1970 or now.
fn broken_down(vm: &mut Vm, name: &str, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, name, args, kw, 0, 1)?;
    let secs = match a.first() {
        Some(&o) if o != Obj::NONE => {
            let f = vm.to_f64(o)?;
            if !f.is_finite() || f.abs() > 1e16 {
                return Err(vm.overflow_error("timestamp out of range"));
            }
            libm::floor(f) as i64
        }
        _ => (vm.port.time_ns() / 1_000_000_000) as i64,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    // 1970-01-01 was a Thursday (weekday 3).
    let wday = (days + 3).rem_euclid(7);
    let fields = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, wday, yday];
    let mut items = [Obj::NONE; 8];
    for (slot, v) in items.iter_mut().zip(fields) {
        *slot = vm.new_int(v)?;
    }
    vm.new_tuple(&items)
}

/// `mktime(t)`: the seconds since 1970 of an 8- or 9-item time tuple (fields out of range
/// carry into the next, as in C's `mktime`).
fn mktime(vm: &mut Vm, args: &[Obj], kw: &[Obj]) -> PyResult {
    let a = crate::methods::args(vm, "mktime", args, kw, 1, 1)?;
    let t = a[0];
    let items = if t.is_ptr() && t.type_of().kind == crate::types::Kind::Tuple {
        tuple::items(t)
    } else {
        &[]
    };
    if !(8..=9).contains(&items.len()) {
        return Err(vm.type_error("mktime needs a tuple of 8 or 9 items"));
    }
    let mut f = [0i64; 6];
    for (slot, &o) in f.iter_mut().zip(items) {
        *slot = wrapped_int(vm, o)?;
    }
    let [y, mon, d, h, mi, s] = f;
    // Months carry into years first; days, hours, minutes and seconds add up linearly.
    let (y, mon) = (y + (mon - 1).div_euclid(12), (mon - 1).rem_euclid(12) + 1);
    let days = days_from_civil(y, mon, 1) + d - 1;
    let secs = days
        .checked_mul(86_400)
        .and_then(|v| v.checked_add(h * 3600 + mi * 60 + s))
        .ok_or_else(|| vm.overflow_error("mktime argument out of range"))?;
    vm.new_int(secs)
}

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` of a day count since 1970-01-01 (the inverse).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips_and_known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(
            days_from_civil(2024, 2, 29) + 1,
            days_from_civil(2024, 3, 1)
        );
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z, "{y}-{m}-{d}");
        }
    }
}
