//! RFC 3339 timestamps for notes, from `SystemTime`, without a date crate.
//!
//! Stored as milliseconds since the Unix epoch; written as `2026-03-01T09:30:00.125Z` (UTC,
//! always three fractional digits, so that two timestamps also compare correctly as strings).
//! Reading accepts any RFC 3339 offset (`+02:00`) and any number of fractional digits.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A point in time, to the millisecond.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    millis: i64,
}

/// The years RFC 3339 can write with four digits.
const MIN_MILLIS: i64 = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const MAX_MILLIS: i64 = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

impl Timestamp {
    /// The current time (the epoch if the clock is before 1970).
    pub fn now() -> Timestamp {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(MAX_MILLIS))
            .unwrap_or(0);
        Timestamp::from_millis(millis)
    }

    /// A timestamp from milliseconds since the Unix epoch, clamped to years 0000..=9999.
    pub fn from_millis(millis: i64) -> Timestamp {
        Timestamp {
            millis: millis.clamp(MIN_MILLIS, MAX_MILLIS),
        }
    }

    /// The day in UTC: year, month, day.
    pub fn date(self) -> (i32, u8, u8) {
        let (year, month, day) = civil_from_days(self.millis.div_euclid(86_400_000));
        (
            i32::try_from(year).unwrap_or(1970),
            u8::try_from(month).unwrap_or(1),
            u8::try_from(day).unwrap_or(1),
        )
    }

    /// Milliseconds since the Unix epoch.
    pub fn millis(self) -> i64 {
        self.millis
    }

    /// The current time, but strictly later than `previous`: an edit made within the same
    /// millisecond as the last one must still win a merge.
    pub fn now_after(previous: Timestamp) -> Timestamp {
        let now = Timestamp::now();
        if now > previous {
            now
        } else {
            Timestamp::from_millis(previous.millis.saturating_add(1))
        }
    }

    /// Parses an RFC 3339 date-time: `2020-12-07T10:00:00Z`, `2020-12-07t10:00:00.5+01:00`,
    /// `2020-12-07 10:00:00Z`.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let b = text.trim().as_bytes();
        let num = |range: std::ops::Range<usize>| -> Option<i64> {
            let digits = b.get(range)?;
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some(
                digits
                    .iter()
                    .fold(0i64, |acc, d| acc * 10 + i64::from(d - b'0')),
            )
        };
        let sep = |i: usize, allowed: &[u8]| b.get(i).is_some_and(|c| allowed.contains(c));
        if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
            return None;
        }
        let year = num(0..4)?;
        let month = u32::try_from(num(5..7)?).ok()?;
        let day = u32::try_from(num(8..10)?).ok()?;
        let hour = num(11..13)?;
        let minute = num(14..16)?;
        let second = num(17..19)?;
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 60
        {
            return None;
        }
        let mut i = 19;
        let mut millis = 0i64;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return None;
            }
            // Milliseconds: the first three digits, padded.
            for k in 0..3 {
                let digit = b
                    .get(start + k)
                    .filter(|_| start + k < i)
                    .map_or(0, |d| d - b'0');
                millis = millis * 10 + i64::from(digit);
            }
        }
        let offset_minutes = match b.get(i) {
            Some(b'Z' | b'z') if i + 1 == b.len() => 0,
            Some(&sign @ (b'+' | b'-')) if i + 6 == b.len() && sep(i + 3, b":") => {
                let h = num(i + 1..i + 3)?;
                let m = num(i + 4..i + 6)?;
                if h > 23 || m > 59 {
                    return None;
                }
                let total = h * 60 + m;
                if sign == b'-' { -total } else { total }
            }
            _ => return None,
        };
        let days = days_from_civil(year, month, day);
        // A leap second (:60) counts as the last millisecond of :59.
        let (second, millis) = if second == 60 {
            (59, 999)
        } else {
            (second, millis)
        };
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset_minutes * 60;
        Some(Timestamp::from_millis(seconds * 1_000 + millis))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.millis.div_euclid(86_400_000);
        let in_day = self.millis.rem_euclid(86_400_000);
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
            in_day / 3_600_000,
            in_day / 60_000 % 60,
            in_day / 1_000 % 60,
            in_day % 1_000
        )
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not an RFC 3339 date and time"))
        })
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(
            Timestamp::from_millis(0).to_string(),
            "1970-01-01T00:00:00.000Z"
        );
        // 2020-12-07T15:04:05.678Z, the day 75/32 was adopted.
        assert_eq!(
            Timestamp::from_millis(1_607_353_445_678).to_string(),
            "2020-12-07T15:04:05.678Z"
        );
        assert_eq!(
            Timestamp::from_millis(951_782_400_000).to_string(),
            "2000-02-29T00:00:00.000Z"
        );
        assert_eq!(
            Timestamp::from_millis(-1).to_string(),
            "1969-12-31T23:59:59.999Z"
        );
    }

    #[test]
    fn parses_offsets_fractions_and_rejects_nonsense() {
        let t = |s| Timestamp::parse(s).map(|t| t.millis());
        assert_eq!(t("2020-12-07T15:04:05.678Z"), Some(1_607_353_445_678));
        assert_eq!(t("2020-12-07T16:04:05.678+01:00"), Some(1_607_353_445_678));
        assert_eq!(t("2020-12-07t10:04:05.6789-05:00"), Some(1_607_353_445_678));
        assert_eq!(t("2020-12-07 15:04:05Z"), Some(1_607_353_445_000));
        assert_eq!(t("2020-12-07T15:04:05.6Z"), Some(1_607_353_445_600));
        for bad in [
            "",
            "2020-12-07",
            "2020-13-07T00:00:00Z",
            "2019-02-29T00:00:00Z",
            "2020-12-07T24:00:00Z",
            "2020-12-07T15:04:05",
            "2020-12-07T15:04:05.Z",
            "2020-12-07T15:04:05Zjunk",
            "2020-12-07T15:04:05+1:00",
            "２０２０-12-07T15:04:05Z",
        ] {
            assert_eq!(t(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn round_trips_through_text_across_the_calendar() {
        let mut millis = MIN_MILLIS;
        while millis < MAX_MILLIS {
            let ts = Timestamp::from_millis(millis);
            assert_eq!(Timestamp::parse(&ts.to_string()), Some(ts), "{ts}");
            millis += 86_400_000 * 37 + 3_723_001;
        }
    }

    #[test]
    fn now_after_is_strictly_later() {
        let far = Timestamp::from_millis(Timestamp::now().millis() + 60_000);
        assert!(Timestamp::now_after(far) > far);
        let past = Timestamp::from_millis(0);
        assert!(Timestamp::now_after(past) > past);
    }

    #[test]
    fn serde_uses_the_text_form() {
        let ts = Timestamp::from_millis(1_607_353_445_678);
        let json = serde_json::to_string(&ts).unwrap();
        assert_eq!(json, "\"2020-12-07T15:04:05.678Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), ts);
        assert!(serde_json::from_str::<Timestamp>("\"yesterday\"").is_err());
    }
}
