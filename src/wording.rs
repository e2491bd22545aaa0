//! Words that depend on a number: "1 month", "24 months".

/// `n` followed by the singular or plural form, whichever reads right.
pub fn count(n: impl Into<i64>, singular: &str, plural: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1u32, "month", "months"), "1 month");
        assert_eq!(count(0u32, "month", "months"), "0 months");
        assert_eq!(count(24u32, "month", "months"), "24 months");
        assert_eq!(count(-1i64, "day", "days"), "-1 days");
    }
}
