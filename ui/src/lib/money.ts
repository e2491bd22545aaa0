// Amounts, read and written by the core's rule (src/money.rs) with the core's currencies and
// limit (generated into bindings.ts). Money never passes through floating point: text is read
// straight into integer minor units. tests/fixtures/money-cases.json holds the cases both this
// file (`npm test`) and the core (tests/money_rule.rs) must pass.
import { CURRENCIES, MAX_MINOR } from "./bindings";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The words of the refusals, in the core's English unless the interface sets its language's
 * (lib/i18n does, at start); the shared cases (`npm test`) hold the English ones. */
export interface MoneyWords {
  otherCode: (currency: string, code: string) => string;
  otherSign: (currency: string, sign: string) => string;
  notAnAmount: (text: string) => string;
  decimals: (currency: string, digits: number) => string;
  tooLarge: (largest: string) => string;
}
let words: MoneyWords = {
  otherCode: (currency, code) => `is in ${currency}, not ${code}`, // i18n-ignore
  otherSign: (currency, sign) => `is in ${currency}: remove the ${sign} sign`, // i18n-ignore
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

/** The signs people write before an amount, by the currencies they stand for. */
const CURRENCY_SIGNS: [string, string[]][] = [
  ["$", ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN"]],
  ["€", ["EUR"]],
  ["£", ["GBP"]],
  ["¥", ["JPY", "CNY"]],
  ["₹", ["INR"]],
  ["₩", ["KRW"]],
  ["R$", ["BRL"]],
];

/**
 * "$27.95" and "USD 27.95" are read as 27.95 when the field's currency is USD (people copy
 * amounts with their sign); a sign of another currency is refused, naming the field's. What is
 * left is read by the core's rule below.
 */
function withoutCurrency(text: string, currency: string): Parsed<string> {
  let rest = text.trim();
  const negative = rest.startsWith("-");
  if (negative) rest = rest.slice(1).trimStart();
  // Only a known code counts as one: "abc" or "TBD" are not amounts, and say so.
  const code = /^([A-Za-z]{3})\s*/.exec(rest);
  const known = code?.[1]?.toUpperCase();
  if (code && known && CURRENCIES.some((c) => c.code === known)) {
    if (known !== currency) return { ok: false, message: words.otherCode(currency, known) };
    rest = rest.slice(code[0].length);
  } else {
    // Longest first, so "R$" is not read as "$".
    const signs = CURRENCY_SIGNS.flatMap(([sign, codes]) => codes.map((c) => ({ sign, c })));
    signs.sort((a, b) => b.sign.length - a.sign.length);
    const found = signs.find(({ sign }) => rest.startsWith(sign));
    if (found) {
      const fits = signs.some(({ sign, c }) => sign === found.sign && c === currency);
      if (!fits) return { ok: false, message: words.otherSign(currency, found.sign) };
      rest = rest.slice(found.sign.length).trimStart();
    }
  }
  return { ok: true, value: (negative ? "-" : "") + rest };
}

/**
 * "1,234.5" → 123450 (USD). Thousands commas are ignored; signs, spaces inside, exponents and
 * more decimals than the currency has are refused, with the core's words.
 */
export function parseAmount(text: string, currency: string): Parsed<number> {
  const bare = withoutCurrency(text, currency);
  if (!bare.ok) return bare;
  return parseBareAmount(bare.value, currency);
}

/** The core's rule (src/money.rs), for text without a currency sign or code. */
function parseBareAmount(text: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text.trim().replace(/,/g, ""));
  const [, whole = "", frac = ""] = match ?? [];
  if (!match || (whole === "" && frac === "") || whole.length > 13) {
    return { ok: false, message: words.notAnAmount(text) };
  }
  if (frac.length > digits) return { ok: false, message: words.decimals(currency, digits) };
  const minor = Number(whole || "0") * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  if (minor > MAX_MINOR) {
    return { ok: false, message: words.tooLarge(formatAmount(MAX_MINOR, currency)) };
  }
  return { ok: true, value: minor };
}
