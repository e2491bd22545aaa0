//! Numbers as contracts write them, made plain for the finder's patterns: "sixty (60) days" →
//! "60 days", "thirty-six months" → "36 months", "ten percent (10%)" → "10%",
//! "twenty-five dollars ($25.00)" → "$25.00", "one-year" → "1-year". The lowercased result is
//! only matched against; quotes always come from the original text.

use regex::Regex;
use std::sync::LazyLock;

fn unit_value(word: &str) -> Option<u64> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[a-z]+").expect("valid"));
static DUPLICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d+(?:\.\d+)?)(\s*%)?\s*\(\s*(\d+(?:\.\d+)?)\s*(%)?\s*\)").expect("valid")
});
static DOLLARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b\d+(?:\.\d+)?\s+(?:u\.?s\.?\s+)?dollars\s*\(\s*((?:us)?\$\s?[\d,]+(?:\.\d+)?)\s*\)",
    )
    .expect("valid")
});
static PERCENT_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\b(?:percent|per cent)\b").expect("valid"));
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid"));

/// Number words replaced by digits: "thirty-six" → "36", "one hundred twenty" → "120".
fn words_to_digits(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut matches = WORD.find_iter(text).peekable();
    while let Some(m) = matches.next() {
        let Some(first) = unit_value(m.as_str()) else {
            continue;
        };
        // Gather "thirty-six", "one hundred and twenty", "two thousand".
        let mut total = 0u64;
        let mut current = first;
        let mut end = m.end();
        while let Some(next) = matches.peek() {
            let between = &text[end..next.start()];
            if !(between == "-" || between == " " || between == " and ") {
                break;
            }
            let word = next.as_str();
            if let Some(v) = unit_value(word) {
                // "twenty five" but not "five twenty".
                let after_hundred = current >= 100 && current % 100 == 0 && v < 100;
                let after_tens = current % 10 == 0 && current >= 20 && v < 10 && between != " and ";
                if after_hundred || after_tens {
                    current += v;
                } else {
                    break;
                }
            } else if word == "hundred" && between != " and " {
                current *= 100;
            } else if word == "thousand" && between != " and " {
                total += current * 1000;
                current = 0;
            } else {
                break;
            }
            end = next.end();
            matches.next();
        }
        total += current;
        out.push_str(&text[last..m.start()]);
        out.push_str(&total.to_string());
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// The text lowercased, with numbers in digits and doubled numbers written once.
pub fn plain(text: &str) -> String {
    let lower = text
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .replace(['–', '—'], "-");
    let digits = words_to_digits(&lower);
    let percent = PERCENT_WORD.replace_all(&digits, "%");
    let dollars = DOLLARS.replace_all(&percent, "$1");
    let once = DUPLICATE.replace_all(&dollars, |c: &regex::Captures| {
        let percent = c.get(2).is_some() || c.get(4).is_some();
        format!("{}{}", &c[3], if percent { "%" } else { "" })
    });
    SPACES.replace_all(&once, " ").into_owned()
}

/// "$1,234.50" → 123450 minor units (two-decimal currencies).
pub fn money_minor(amount: &str) -> Option<i64> {
    let clean: String = amount
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let (whole, cents) = match clean.split_once('.') {
        Some((w, c)) if c.len() <= 2 => (w, format!("{c:0<2}")),
        Some(_) => return None,
        None => (clean.as_str(), "00".to_owned()),
    };
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = cents.parse().ok()?;
    whole.checked_mul(100)?.checked_add(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words_and_doubled_numbers_read_once() {
        assert_eq!(plain("sixty (60) days"), "60 days");
        assert_eq!(plain("Thirty-Six (36) months"), "36 months");
        assert_eq!(plain("thirty-six months"), "36 months");
        assert_eq!(plain("one hundred twenty (120) days"), "120 days");
        assert_eq!(plain("ten percent (10%)"), "10%");
        assert_eq!(plain("fifty percent (50 %) of"), "50% of");
        assert_eq!(
            plain("twenty-five dollars ($25.00) per line"),
            "$25.00 per line"
        );
        assert_eq!(plain("a one-year renewal"), "a 1-year renewal");
        assert_eq!(plain("3 years"), "3 years");
        assert_eq!(plain("no one may"), "no 1 may");
    }

    #[test]
    fn money_reads_in_cents() {
        assert_eq!(money_minor("$1,234.50"), Some(123_450));
        assert_eq!(money_minor("$25"), Some(2_500));
        assert_eq!(money_minor("$0.5"), Some(50));
        assert_eq!(money_minor("$1.234"), None);
    }
}
