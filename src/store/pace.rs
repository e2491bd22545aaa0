//! A pace for destructive commands that come from the window (restore a backup, delete a
//! review for good). The window already asks the user to confirm; this is enforced in Rust
//! so that a compromised webview, which can skip its own confirmation, still cannot restore
//! or purge in a burst.

use crate::error::{Error, Result, Words};
use crate::i18n::{Key, msg};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Pace {
    field: &'static str,
    label: Key,
    /// What is counted, a message of `$n`: "3 restores".
    what: Key,
    max: usize,
    window: Duration,
    recent: VecDeque<Instant>,
}

impl Pace {
    /// Restores: 3 in any 10 minutes. A person trying two or three backups in turn is never
    /// stopped; each restore keeps a copy of what it replaced anyway.
    pub fn restores() -> Pace {
        Pace::new(
            "backup",
            msg::ERROR_LABEL_RESTORE,
            msg::ERROR_PACE_RESTORES,
            3,
            Duration::from_secs(600),
        )
    }

    /// Deleting reviews for good: 10 in any minute, one click each in the trash.
    pub fn purges() -> Pace {
        Pace::new(
            "id",
            msg::ERROR_LABEL_PURGE,
            msg::ERROR_PACE_PURGES,
            10,
            Duration::from_secs(60),
        )
    }

    pub fn new(field: &'static str, label: Key, what: Key, max: usize, window: Duration) -> Pace {
        Pace {
            field,
            label,
            what,
            max,
            window,
            recent: VecDeque::with_capacity(max),
        }
    }

    /// Counts one more action at `now`, or refuses it with how long to wait.
    pub fn allow(&mut self, now: Instant) -> Result<()> {
        while self
            .recent
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= self.window)
        {
            self.recent.pop_front();
        }
        if self.recent.len() >= self.max {
            let oldest = self.recent.front().copied().unwrap_or(now);
            let wait = self
                .window
                .saturating_sub(now.saturating_duration_since(oldest));
            return Err(Error::invalid(
                self.field,
                self.label,
                Words::msg_with(
                    msg::ERROR_RULE_PACE,
                    vec![
                        ("count", counted(self.what, self.max as u64)),
                        ("window", span(self.window)),
                        ("wait", span(wait)),
                    ],
                ),
            ));
        }
        self.recent.push_back(now);
        Ok(())
    }
}

/// A wait or a window in words, rounded up to what a person would count: "45 seconds",
/// "1 minute", "7 minutes". Part of a second or minute counts as a whole one, so the user is
/// never told to try again too early.
fn span(duration: Duration) -> Words {
    let seconds = duration.as_secs() + u64::from(duration.subsec_nanos() > 0);
    if seconds < 60 {
        return counted(msg::ERROR_SPAN_SECONDS, seconds);
    }
    counted(msg::ERROR_SPAN_MINUTES, seconds.div_ceil(60))
}

/// A message of one number `$n` ("7 minutes", "3 restores").
fn counted(key: Key, n: u64) -> Words {
    Words::msg_with(
        key,
        vec![("n", Words::Count(i64::try_from(n).unwrap_or(i64::MAX)))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fourth_restore_in_ten_minutes_waits_for_the_first_to_age_out() {
        let mut pace = Pace::restores();
        let t0 = Instant::now();
        // Restores at 0 s, 60 s and 120 s are allowed; one at 180 s is the 4th in 600 s.
        for at in [0, 60, 120] {
            pace.allow(t0 + Duration::from_secs(at)).unwrap();
        }
        let err = pace.allow(t0 + Duration::from_secs(180)).unwrap_err();
        // The first ages out at 600 s: 600 − 180 = 420 s = 7 minutes to wait.
        assert_eq!(
            err.to_string(),
            "Restore: at most 3 restores in 10 minutes, to protect your data; try again in 7 minutes"
        );
        // A refused attempt is not counted: at 600 s the first has aged out, one slot is free.
        pace.allow(t0 + Duration::from_secs(600)).unwrap();
        assert!(pace.allow(t0 + Duration::from_secs(601)).is_err());
    }

    #[test]
    fn purges_allow_ten_a_minute() {
        let mut pace = Pace::purges();
        let t0 = Instant::now();
        for i in 0..10 {
            pace.allow(t0 + Duration::from_secs(i)).unwrap();
        }
        let err = pace.allow(t0 + Duration::from_secs(10)).unwrap_err();
        // The first (at 0 s) ages out at 60 s: 60 − 10 = 50 s to wait; the window is one minute.
        assert_eq!(
            err.to_string(),
            "Delete for good: at most 10 reviews deleted for good in 1 minute, to protect your data; try again in 50 seconds"
        );
        pace.allow(t0 + Duration::from_secs(60)).unwrap();
    }

    #[test]
    fn waits_are_counted_in_whole_units_rounded_up() {
        // 1 s, 61 s (1 min 1 s → 2 minutes), 0.5 s (a part counts as 1 second), 60 s exactly.
        assert_eq!(span(Duration::from_secs(1)).to_string(), "1 second");
        assert_eq!(span(Duration::from_millis(500)).to_string(), "1 second");
        assert_eq!(span(Duration::from_secs(59)).to_string(), "59 seconds");
        assert_eq!(span(Duration::from_secs(60)).to_string(), "1 minute");
        assert_eq!(span(Duration::from_secs(61)).to_string(), "2 minutes");
    }

    #[test]
    fn the_pace_refusal_reads_in_chinese() {
        use crate::i18n::Lang;
        let mut pace = Pace::restores();
        let t0 = Instant::now();
        for at in [0, 60, 120] {
            pace.allow(t0 + Duration::from_secs(at)).unwrap();
        }
        // As in the English test: 600 − 180 = 420 s = 7 minutes to wait.
        let err = pace.allow(t0 + Duration::from_secs(180)).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "恢复：为保护你的数据，10 分钟内最多恢复 3 次；请 7 分钟后重试"
        );
    }
}
