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

/// A Han character (CJK Unified Ideographs and extension A, and 〇): a unit holding one is
/// Chinese text, read by the Chinese lexicon.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

/// Whether the text is Chinese: it holds at least one Han character.
pub fn is_chinese(text: &str) -> bool {
    text.chars().any(is_han)
}

/// Full-width letters, digits and punctuation as their ASCII twins ("３０％" → "30%",
/// "（１）" → "(1)", "：" → ":"); the ideographic space as a space. 。 and 、 stay: they are
/// the sentence's and the list's own marks.
fn half_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        '￥' => '¥',
        _ => c,
    }
}

fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some()
}

/// A whole number in Chinese numerals: "三十六" → 36, "一千二百" → 1200, "十二" → 12,
/// "一千零五" → 1005, "一千二" → 1200 (the last digit counts in the unit below the one before
/// it), "二〇二六" → 2026 (digits without units are read one by one). `None` when `text` holds
/// anything else or the number does not fit.
pub fn chinese_integer(text: &str) -> Option<u64> {
    if text.is_empty() || !text.chars().all(is_chinese_numeral) {
        return None;
    }
    if text.chars().all(|c| chinese_digit(c).is_some()) {
        return text.chars().try_fold(0u64, |n, c| {
            n.checked_mul(10)?.checked_add(chinese_digit(c)?)
        });
    }
    let mut total = 0u64; // completed 万 / 亿 sections
    let mut section = 0u64; // below 万
    let mut digit: Option<u64> = None;
    // The unit just written, for "一千二" (= 1200); a 零 between resets it ("一千零二" = 1002).
    let mut last_unit = 0u64;
    for c in text.chars() {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                last_unit = 0;
            }
            digit = Some(d);
            continue;
        }
        let unit = chinese_unit(c)?;
        if unit >= 10_000 {
            section = section.checked_add(digit.take().unwrap_or(0))?;
            total = total.checked_add(section.max(1).checked_mul(unit)?)?;
            section = 0;
        } else {
            // "十二": a 十 with no digit before it is ten.
            let d = digit.take().unwrap_or(1);
            section = section.checked_add(d.checked_mul(unit)?)?;
        }
        last_unit = unit;
    }
    if let Some(d) = digit {
        let scale = if last_unit >= 100 { last_unit / 10 } else { 1 };
        let scale = if last_unit >= 10_000 {
            last_unit / 10
        } else {
            scale
        };
        section = section.checked_add(d.checked_mul(scale)?)?;
    }
    total.checked_add(section)
}

/// Characters after a Chinese numeral that say it counts something ("三十日", "两个工作日",
/// "一千二百元"); a numeral elsewhere is most often part of a word ("一方", "统一") and stays.
fn counts_something(c: char) -> bool {
    matches!(
        c,
        '日' | '天'
            | '个'
            | '月'
            | '年'
            | '周'
            | '星'
            | '小'
            | '分'
            | '秒'
            | '元'
            | '角'
            | '块'
            | '期'
            | '倍'
            | '台'
            | '部'
            | '条'
            | '座'
            | '线'
            | '路'
            | '位'
            | '名'
            | '户'
            | '项'
            | '级'
            | '页'
            | '章'
            | '节'
            | '款'
            | '工'
            | '自'
            | '季'
            | '美'
            | '%'
            | '('
            | '）'
            | ')'
    )
}

/// The financial numerals (大写) of amounts and cheques ("人民币叁佰元整"), in their simplified and
/// traditional forms, as the ordinary numerals the reader already knows.
fn financial_numeral(c: char) -> Option<char> {
    Some(match c {
        '壹' => '一',
        '贰' | '貳' => '二',
        '叁' | '參' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' | '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        '萬' => '万',
        '億' => '亿',
        _ => return None,
    })
}

/// Financial numerals as ordinary ones, in a run only: a run of two or more numerals with at
/// least one financial one ("叁佰", "壹仟零伍拾"), or one followed by 元, 圆, 角 or 分 ("伍元",
/// "伍角"). A lone
/// 伍 or 陆 elsewhere is a name or a word (陆地) and stays.
fn financial_to_ordinary(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let in_run = |c: char| financial_numeral(c).is_some() || is_chinese_numeral(c);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !in_run(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && in_run(chars[i]) {
            i += 1;
        }
        let run = &chars[start..i];
        let financial = run.iter().any(|c| financial_numeral(*c).is_some());
        let amount = matches!(chars.get(i), Some('元' | '圆' | '角' | '分'));
        let convert = financial && (run.len() > 1 || amount);
        out.extend(run.iter().map(|&c| {
            if convert {
                financial_numeral(c).unwrap_or(c)
            } else {
                c
            }
        }));
    }
    out
}

/// "1.2万元" → "12000元": amounts in ten-thousands of yuan, as contracts and quotes often write
/// them (Chinese numerals such as 三万元 are read whole already).
static TEN_THOUSAND_YUAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d[\d,]*(?:\.\d+)?)万元").expect("valid"));
/// "300元5角" → "300.5元", "300元零5分" → "300.05元", "300元整" → "300元": 角 and 分 are tenths
/// and hundredths of a yuan; 整 ("exactly") says there are none.
static JIAO_FEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+)元(?:(\d)角)?(?:零?(\d)分)?(整)?").expect("valid"));

/// `digits` ten-thousands as a plain number: "1.2" → "12000", "0.35" → "3500", "3" → "30000";
/// `None` when it has more decimals than a fen (4) or does not fit.
fn ten_thousands(digits: &str) -> Option<String> {
    let clean = digits.replace(',', "");
    let (whole, fraction) = clean.split_once('.').unwrap_or((&clean, ""));
    if fraction.len() > 6 {
        return None;
    }
    // Whole yuan and the fen: 1.2万 = 12000 yuan; 0.000001万 = 0.01 yuan.
    let padded = format!("{fraction:0<6}");
    let whole: u64 = whole.parse().ok()?;
    let (yuan_part, fen) = padded.split_at(4);
    let yuan = whole
        .checked_mul(10_000)?
        .checked_add(yuan_part.parse::<u64>().ok()?)?;
    Some(if fen == "00" {
        yuan.to_string()
    } else {
        format!("{yuan}.{fen}")
    })
}

static PERCENT_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"百分之(\d+(?:\.\d+)?)").expect("valid"));
/// "三十（30）日" once made "30(30)日": the number said twice is written once.
static DUPLICATE_ZH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d+(?:\.\d+)?)(%)?\s*\(\s*(\d+(?:\.\d+)?)\s*(%)?\s*\)").expect("valid")
});
static SPACE_BY_HAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([\p{Han}\p{Ps}\p{Pe}。，、；：？！“”])\s+|\s+([\p{Han}\p{Ps}\p{Pe}。，、；：？！“”])",
    )
    .expect("valid")
});

/// Chinese numerals that count something, as digits: "提前三十日" → "提前30日",
/// "九十九点九" → "99.9", "第五条" → "第5条", "百分之十" → "百分之10".
fn chinese_numerals_to_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !is_chinese_numeral(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_chinese_numeral(chars[i]) {
            i += 1;
        }
        let mut run: String = chars[start..i].iter().collect();
        let mut end = i;
        // "九十九点九": a decimal point between two runs of numerals.
        let mut decimals = String::new();
        if end + 1 < chars.len() && chars[end] == '点' && chinese_digit(chars[end + 1]).is_some() {
            let mut j = end + 1;
            while j < chars.len() && chinese_digit(chars[j]).is_some() {
                decimals.push(char::from(
                    b'0' + chinese_digit(chars[j]).unwrap_or(0) as u8,
                ));
                j += 1;
            }
            end = j;
        }
        let before = out.chars().last();
        let after = chars.get(end).copied();
        let is_number = !decimals.is_empty()
            || before == Some('第')
            || out.ends_with("百分之")
            || after.is_some_and(counts_something)
            // "十二", "三十六": a run with a unit in it is a number wherever it stands.
            || (run.chars().count() > 1 && run.chars().any(|c| chinese_unit(c).is_some()));
        // A lone 百 or 千 starts 百分之 or a word; "万一" is "in case". ("一次性" stays: 次 does
        // not count.)
        let is_word = run == "千" || run == "百" || run.starts_with(['万', '亿']);
        match chinese_integer(&run).filter(|_| is_number && !is_word) {
            Some(n) => {
                out.push_str(&n.to_string());
                if !decimals.is_empty() {
                    out.push('.');
                    out.push_str(&decimals);
                }
                i = end;
            }
            None => {
                out.push_str(&run);
                run.clear();
            }
        }
    }
    out
}

/// A Chinese sentence made plain for the Chinese lexicon: lowercase, full-width characters as
/// ASCII ("３０％" → "30%", "：" → ":", "，" → ","), spaces beside Chinese characters removed
/// ("36 个月" → "36个月"), numerals as digits ("三十六个月" → "36个月", "百分之九十九点九" →
/// "99.9%", "三十（30）日" → "30日").
pub fn plain_zh(text: &str) -> String {
    let wide: String = text.to_lowercase().chars().map(half_width).collect();
    let tight = SPACE_BY_HAN.replace_all(&wide, "$1$2").replace('圆', "元");
    let digits = chinese_numerals_to_digits(&financial_to_ordinary(&tight));
    let yuan = TEN_THOUSAND_YUAN.replace_all(&digits, |c: &regex::Captures| {
        ten_thousands(&c[1]).map_or_else(|| c[0].to_owned(), |n| format!("{n}元"))
    });
    let yuan = JIAO_FEN.replace_all(&yuan, |c: &regex::Captures| match (c.get(2), c.get(3)) {
        (None, None) => format!("{}元", &c[1]),
        (jiao, fen) => format!(
            "{}.{}{}元",
            &c[1],
            jiao.map_or("0", |m| m.as_str()),
            fen.map_or("0", |m| m.as_str())
        ),
    });
    let percent = PERCENT_OF.replace_all(&yuan, "$1%");
    let once = DUPLICATE_ZH.replace_all(&percent, |c: &regex::Captures| {
        let percent = c.get(2).is_some() || c.get(4).is_some();
        format!("{}{}", &c[3], if percent { "%" } else { "" })
    });
    SPACES.replace_all(&once, " ").trim().to_owned()
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
    fn chinese_numerals_read_as_numbers() {
        // Hand-worked: 三十六 = 3×10 + 6; 一千二百 = 1×1000 + 2×100; 十二 = 10 + 2 (a 十 with
        // no digit before it is ten); 一千零五 = 1000 + 5; 一千二 = 1000 + 2×100 (the digit
        // after 千 counts hundreds); 三万五千 = 3×10000 + 5×1000; 二〇二六 digit by digit.
        assert_eq!(chinese_integer("三十六"), Some(36));
        assert_eq!(chinese_integer("一千二百"), Some(1200));
        assert_eq!(chinese_integer("十二"), Some(12));
        assert_eq!(chinese_integer("两"), Some(2));
        assert_eq!(chinese_integer("一千零五"), Some(1005));
        assert_eq!(chinese_integer("一千二"), Some(1200));
        assert_eq!(chinese_integer("三万五千"), Some(35_000));
        assert_eq!(chinese_integer("二〇二六"), Some(2026));
        assert_eq!(chinese_integer("九十九"), Some(99));
        assert_eq!(chinese_integer("一百零八"), Some(108));
        assert_eq!(chinese_integer("三十个"), None);
    }

    #[test]
    fn chinese_sentences_are_made_plain() {
        assert_eq!(plain_zh("提前三十日书面通知"), "提前30日书面通知");
        assert_eq!(plain_zh("提前30天书面通知"), "提前30天书面通知");
        assert_eq!(plain_zh("六十天"), "60天");
        assert_eq!(plain_zh("三十六个月"), "36个月");
        assert_eq!(plain_zh("百分之十"), "10%");
        // 九十九点九: 9×10 + 9, then the decimal digit 9 → 99.9.
        assert_eq!(plain_zh("百分之九十九点九"), "99.9%");
        assert_eq!(plain_zh("两个工作日"), "2个工作日");
        assert_eq!(plain_zh("一千二百元"), "1200元");
        assert_eq!(plain_zh("十二"), "12");
        assert_eq!(plain_zh("三十（30）日"), "30日");
        assert_eq!(plain_zh("百分之五十（50%）"), "50%");
        assert_eq!(plain_zh("月度可用性９９．９％"), "月度可用性99.9%");
        assert_eq!(plain_zh("安装费：￥99.00"), "安装费:¥99.00");
        assert_eq!(
            plain_zh("人民币 1,200 元，每座席每月45元"),
            "人民币1,200元,每座席每月45元"
        );
        assert_eq!(plain_zh("36 个月"), "36个月");
        assert_eq!(plain_zh("第五条 服务期限"), "第5条服务期限");
        assert_eq!(plain_zh("二〇二六年"), "2026年");
        // Numerals inside words stay words.
        assert_eq!(plain_zh("任何一方"), "任何一方");
        assert_eq!(plain_zh("一次性费用"), "一次性费用");
        assert_eq!(plain_zh("统一价格"), "统一价格");
        assert_eq!(plain_zh("服务地点"), "服务地点");
        assert_eq!(plain_zh("万一发生故障"), "万一发生故障");
    }

    #[test]
    fn amounts_in_financial_numerals_and_ten_thousands_of_yuan() {
        // 叁佰 = 3×100; 壹仟零伍拾 = 1000 + 50; 贰拾 = 2×10; 拾贰 = 10 + 2.
        assert_eq!(plain_zh("人民币叁佰元整"), "人民币300元");
        assert_eq!(plain_zh("人民币壹仟零伍拾圆整"), "人民币1050元");
        assert_eq!(plain_zh("每座席每月贰拾伍元"), "每座席每月25元");
        assert_eq!(plain_zh("拾贰个月"), "12个月");
        assert_eq!(plain_zh("伍元"), "5元");
        // 叁佰元伍角 = 300 yuan and 5 tenths; 叁佰元零伍分 = 300 yuan and 5 hundredths;
        // 叁佰元伍角陆分 = 300.56.
        assert_eq!(plain_zh("叁佰元伍角"), "300.50元");
        assert_eq!(plain_zh("叁佰元零伍分"), "300.05元");
        assert_eq!(plain_zh("叁佰元伍角陆分"), "300.56元");
        // Said twice, written once: "叁佰元整（¥300.00）" is 300 both ways.
        assert_eq!(plain_zh("叁佰元整（300元）"), "300元(300元)");
        // A lone 伍 or 陆 is a name or a word.
        assert_eq!(plain_zh("联系人伍先生"), "联系人伍先生");
        assert_eq!(plain_zh("陆地线路"), "陆地线路");
        // 1.2万元 = 1.2 × 10000 = 12000; 0.35万元 = 3500; 3万元 = 30000; 三万元 read whole;
        // 1.000001万元 = 10000.01.
        assert_eq!(plain_zh("解约费1.2万元"), "解约费12000元");
        assert_eq!(plain_zh("0.35万元"), "3500元");
        assert_eq!(plain_zh("3万元"), "30000元");
        assert_eq!(plain_zh("三万元"), "30000元");
        assert_eq!(plain_zh("1.000001万元"), "10000.01元");
        assert_eq!(plain_zh("1,000万元"), "10000000元");
    }

    #[test]
    fn money_reads_in_cents() {
        assert_eq!(money_minor("$1,234.50"), Some(123_450));
        assert_eq!(money_minor("$25"), Some(2_500));
        assert_eq!(money_minor("$0.5"), Some(50));
        assert_eq!(money_minor("$1.234"), None);
    }
}
