//! Time as the trainee sees it: the `m:ss` clock and a scenario's time limit. The play
//! screen, feedback, shift, the store and the CLI all read these, so "over time" means the
//! same everywhere.

/// Milliseconds as `m:ss`.
#[must_use]
pub fn clock(ms: u64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// A time limit given in seconds, in milliseconds.
#[must_use]
pub fn limit_ms(limit_s: u32) -> u64 {
    u64::from(limit_s) * 1000
}

/// How far `elapsed_ms` went past the limit, in milliseconds; `None` when there is no
/// limit or the time is within it.
#[must_use]
pub fn overrun_ms(elapsed_ms: u64, limit_s: Option<u32>) -> Option<u64> {
    let limit = limit_ms(limit_s?);
    (elapsed_ms > limit).then(|| elapsed_ms - limit)
}

/// A total scaled down by how far the time went over the limit (`limit / elapsed`), as
/// the speed skill counts it; unchanged within the limit.
#[must_use]
pub fn speed_scaled(total: f64, elapsed_ms: u64, limit_s: Option<u32>) -> f64 {
    match limit_s {
        Some(limit) if overrun_ms(elapsed_ms, Some(limit)).is_some() => {
            total * (limit_ms(limit) as f64 / elapsed_ms as f64)
        }
        _ => total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_pads_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(61_999), "1:01");
        assert_eq!(clock(600_000), "10:00");
    }

    #[test]
    fn over_time_is_strictly_past_the_limit() {
        assert_eq!(overrun_ms(60_000, Some(60)), None);
        assert_eq!(overrun_ms(60_001, Some(60)), Some(1));
        assert_eq!(overrun_ms(1_000_000, None), None);
        assert!((speed_scaled(80.0, 120_000, Some(60)) - 40.0).abs() < 1e-9);
        assert!((speed_scaled(80.0, 30_000, Some(60)) - 80.0).abs() < 1e-9);
    }
}
