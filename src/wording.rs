//! Words that depend on a number: "1 month", "24 months".

/// `n` followed by the singular or plural form, whichever reads right.
pub fn count(n: impl Into<i64>, singular: &str, plural: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// A sentence with `{value} <plural>` read right when the value printed is exactly "1":
/// "within {value} days" → "within 1 day", "{value} days' notice" → "1 day's notice". Used for
/// the playbook's reasons, whose numbers are filled in from answers.
pub fn agree_value(template: &str, value_text: &str) -> String {
    if value_text != "1" {
        return template.to_owned();
    }
    let mut text = template.to_owned();
    for (plural, singular) in UNITS {
        text = text
            .replace(
                &format!("{{value}} {plural}'"),
                &format!("{{value}} {singular}'s"),
            )
            .replace(
                &format!("{{value}} {plural}"),
                &format!("{{value}} {singular}"),
            );
    }
    text
}

/// Units a number is followed by in the product's sentences and the template: plural, singular.
const UNITS: [(&str, &str); 14] = [
    ("days", "day"),
    ("months", "month"),
    ("minutes", "minute"),
    ("hours", "hour"),
    ("seats", "seat"),
    ("calls", "call"),
    ("flags", "flag"),
    ("questions", "question"),
    ("devices", "device"),
    ("incidents", "incident"),
    ("meetings", "meeting"),
    ("numbers", "number"),
    ("quotes", "quote"),
    ("entries", "entry"),
];

/// `value` followed by `unit` (a plural from the template, or a symbol such as "Mbps"), singular
/// when the value printed is exactly "1": "1 device", "12 devices", "1 Mbps".
pub fn with_unit(value_text: &str, unit: &str) -> String {
    let unit = if value_text == "1" {
        UNITS
            .iter()
            .find(|(plural, _)| *plural == unit)
            .map_or(unit, |(_, singular)| singular)
    } else {
        unit
    };
    format!("{value_text} {unit}")
}

#[cfg(test)]
mod tests {
    use super::{agree_value, count};

    #[test]
    fn a_filled_in_one_reads_singular() {
        let reason = "Credits must be claimed within {value} days, under {threshold} days.";
        assert_eq!(
            agree_value(reason, "1"),
            "Credits must be claimed within {value} day, under {threshold} days."
        );
        assert_eq!(agree_value(reason, "10"), reason);
        assert_eq!(agree_value(reason, "1.5"), reason);
        assert_eq!(
            agree_value("change with {value} days' notice", "1"),
            "change with {value} day's notice"
        );
        assert_eq!(
            agree_value("ends {value} months before", "1"),
            "ends {value} month before"
        );
    }

    #[test]
    fn a_unit_after_one_is_singular_and_a_symbol_stays() {
        assert_eq!(super::with_unit("1", "devices"), "1 device");
        assert_eq!(super::with_unit("12", "devices"), "12 devices");
        assert_eq!(super::with_unit("1", "quotes"), "1 quote");
        assert_eq!(super::with_unit("1", "Mbps"), "1 Mbps");
        assert_eq!(super::with_unit("1.5", "hours"), "1.5 hours");
    }

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1u32, "month", "months"), "1 month");
        assert_eq!(count(0u32, "month", "months"), "0 months");
        assert_eq!(count(24u32, "month", "months"), "24 months");
        assert_eq!(count(-1i64, "day", "days"), "-1 days");
    }
}
