// Amounts, read and written by the core's rule (src/money.rs) with the core's currencies and
// limit (generated into bindings.ts). Money never passes through floating point: text is read
// straight into integer minor units. tests/fixtures/money-cases.json holds the cases both this
// file (`npm test`) and the core (tests/money_rule.rs) must pass.
import { CURRENCIES, CURRENCY_SIGNS, MAX_MINOR } from "./bindings";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The words of the refusals, in the core's English unless the interface sets its language's
 * (lib/i18n does, at start); the shared cases (`npm test`) hold the English ones. */
export interface MoneyWords {
  otherCurrency: (currency: string, marker: string) => string;
  comma: () => string;
  notAnAmount: (text: string) => string;
  decimals: (currency: string, digits: number) => string;
  tooLarge: (largest: string) => string;
}
let words: MoneyWords = {
  otherCurrency: (currency, marker) => `is in ${currency}, not ${marker}`, // i18n-ignore
  comma: () => COMMA_RULE,
  notAnAmount: (text) => `must be an amount such as 1234.50, not "${text}"`, // i18n-ignore
  decimals: (currency, digits) =>
    `${currency} amounts have ${digits === 0 ? "no decimals" : `at most ${digits} ${digits === 1 ? "decimal" : "decimals"}`}`, // i18n-ignore
  tooLarge: (largest) => `must be between 0 and ${largest}`, // i18n-ignore
};
export function useMoneyWords(next: MoneyWords) {
  words = next;
}

/** The digits of the currency's minor unit (2 for cents); 2 for a code the core does not know. */
export function minorDigits(currency: string): number {
  return CURRENCIES.find((c) => c.code === currency)?.minor_digits ?? 2;
}

/** 123456, "USD" → "1,234.56" */
export function formatAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = digits > 0 ? "." + String(abs % scale).padStart(digits, "0") : "";
  return (minor < 0 ? "-" : "") + whole + frac;
}

/**
 * "1,234.5" → 123450 (USD). The core's rule (src/money.rs `parse_amount`), here so a field can
 * say what is wrong as the owner types: "$27.95", "USD 27.95" and "27.95 USD" read as 27.95 in a
 * USD field, another currency's sign or code is refused; thousands commas are ignored; plus and
 * minus signs, spaces inside, exponents and more decimals than the currency has are refused.
 */
export function parseAmount(text: string, currency: string): Parsed<number> {
  const number = withoutCurrency(text, currency);
  if (!number.ok) return number;
  return parseNumber(number.value, text, currency);
}

// Longest first, so "US$" is not read as "$" followed by junk (counted in code points, as the
// core does).
const SIGNS = [...CURRENCY_SIGNS].sort((a, b) => [...b.sign].length - [...a.sign].length);

/** The core's `without_currency`: the text without one currency code or sign before or after. */
function withoutCurrency(text: string, currency: string): Parsed<string> {
  const trimmed = text.trim();
  // Only a supported ISO code counts as one ("TBD" is not an amount), and only as a whole word.
  const isCode = (word: string) =>
    /^[A-Za-z]{3}$/.test(word) && CURRENCIES.some((c) => c.code === word.toUpperCase());
  const notLetter = (c: string | undefined) => c === undefined || !/\p{Alphabetic}/u.test(c);
  const fitsSign = (sign: string) =>
    CURRENCY_SIGNS.some((s) => s.sign === sign && s.currencies.includes(currency));
  const head = trimmed.slice(0, 3);
  const tail = trimmed.length >= 3 ? trimmed.slice(-3) : "";
  let found: { marker: string; rest: string; fits: boolean; before: boolean } | null = null;
  if (isCode(head) && notLetter([...trimmed.slice(3)][0])) {
    const code = head.toUpperCase();
    found = { marker: code, rest: trimmed.slice(3), fits: code === currency, before: true };
  } else if (isCode(tail) && notLetter([...trimmed.slice(0, -3)].pop())) {
    const code = tail.toUpperCase();
    found = { marker: code, rest: trimmed.slice(0, -3), fits: code === currency, before: false };
  } else {
    const before = SIGNS.find(({ sign }) => trimmed.startsWith(sign));
    const after = SIGNS.find(({ sign }) => trimmed.endsWith(sign));
    if (before) {
      const { sign } = before;
      found = {
        marker: sign,
        rest: trimmed.slice(sign.length),
        fits: fitsSign(sign),
        before: true,
      };
    } else if (after) {
      const { sign } = after;
      found = {
        marker: sign,
        rest: trimmed.slice(0, -sign.length),
        fits: fitsSign(sign),
        before: false,
      };
    }
  }
  if (!found) return { ok: true, value: trimmed };
  if (!found.fits) return { ok: false, message: words.otherCurrency(currency, found.marker) };
  // A second mark of the same currency on the other side: "人民币1,200元", "¥75元".
  const rest = found.rest.trim();
  for (const { sign } of SIGNS) {
    if (!fitsSign(sign)) continue;
    if (found.before && rest.endsWith(sign))
      return { ok: true, value: rest.slice(0, -sign.length).trim() };
    if (!found.before && rest.startsWith(sign))
      return { ok: true, value: rest.slice(sign.length).trim() };
  }
  return { ok: true, value: rest };
}

/** Why "25,50" is refused (the core's `COMMA_RULE`, checked by the shared money cases). */
const COMMA_RULE =
  "uses a comma where a point or a group of three digits belongs: write decimals with a point (25.50) and commas only between thousands (1,250)"; // i18n-ignore

/** Whether every comma separates thousands: "1,250", "1,234,567.89"; not "25,50" or "1.5,0". */
function commasGroupThousands(number: string): boolean {
  if (!number.includes(",")) return true;
  const [whole = "", frac = ""] = number.split(".", 2);
  if (frac.includes(",")) return false;
  const [first = "", ...rest] = whole.split(",");
  return first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3);
}

/** The number left once the currency is gone; messages quote the text as typed. */
function parseNumber(number: string, typed: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  if (!commasGroupThousands(number)) return { ok: false, message: words.comma() };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(number.replace(/,/g, ""));
  const [, whole = "", frac = ""] = match ?? [];
  if (!match || (whole === "" && frac === "") || whole.length > 13) {
    return { ok: false, message: words.notAnAmount(typed) };
  }
  if (frac.length > digits) return { ok: false, message: words.decimals(currency, digits) };
  const minor = Number(whole || "0") * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  if (minor > MAX_MINOR) {
    return { ok: false, message: words.tooLarge(formatAmount(MAX_MINOR, currency)) };
  }
  return { ok: true, value: minor };
}
