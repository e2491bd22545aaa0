// Display and parsing helpers. Money never passes through floating point: amounts are parsed
// from text straight into integer minor units.
import type { Rating, ReviewStatus } from "./bindings";

const ZERO_DECIMAL = new Set(["JPY", "KRW"]);

export const CURRENCIES = [
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN",
  "CZK", "CNY", "HKD", "TWD", "SGD", "INR", "ZAR", "MXN", "BRL", "JPY", "KRW",
]; // prettier-ignore

export function minorDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency) ? 0 : 2;
}

/** 123456, "USD" → "1,234.56" */
export function formatAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = digits > 0 ? "." + String(abs % scale).padStart(digits, "0") : "";
  return (negative ? "-" : "") + whole + frac;
}

export function formatMoney(minor: number, currency: string): string {
  return `${currency} ${formatAmount(minor, currency)}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** "1,234.5" → 123450 (USD). Rejects more decimals than the currency has. */
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
 * amounts with their sign); a sign of another currency is refused, naming the field's.
 */
function withoutCurrency(text: string, currency: string): Parsed<string> {
  let rest = text.trim();
  const negative = rest.startsWith("-");
  if (negative) rest = rest.slice(1).trimStart();
  // Only a known code counts as one: "abc" or "TBD" are not amounts, and say so.
  const code = /^([A-Za-z]{3})\s*/.exec(rest);
  if (code?.[1] && CURRENCIES.includes(code[1].toUpperCase())) {
    if (code[1].toUpperCase() !== currency) {
      return { ok: false, message: `is in ${currency}, not ${code[1].toUpperCase()}` };
    }
    rest = rest.slice(code[0].length);
  } else {
    // Longest first, so "R$" is not read as "$".
    const signs = CURRENCY_SIGNS.flatMap(([sign, codes]) => codes.map((c) => ({ sign, c })));
    signs.sort((a, b) => b.sign.length - a.sign.length);
    const found = signs.find(({ sign }) => rest.startsWith(sign));
    if (found) {
      const fits = signs.some(({ sign, c }) => sign === found.sign && c === currency);
      if (!fits) return { ok: false, message: `is in ${currency}: remove the ${found.sign} sign` };
      rest = rest.slice(found.sign.length);
    }
  }
  return { ok: true, value: (negative ? "-" : "") + rest };
}

export function parseAmount(text: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  const bare = withoutCurrency(text, currency);
  if (!bare.ok) return bare;
  const cleaned = bare.value.replace(/[,\s]/g, "");
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, message: "must be an amount such as 1234.50" };
  const [, sign, whole = "0", frac = ""] = match;
  if (frac.length > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${currency} has no decimals` : `at most ${digits} decimals`,
    };
  }
  if (whole.length > 13) return { ok: false, message: "is too large" };
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  return { ok: true, value: sign === "-" ? -minor : minor };
}

export function parseWhole(text: string): Parsed<number> {
  const t = text.trim();
  if (!/^-?\d+$/.test(t) || t.length > 15) return { ok: false, message: "must be a whole number" };
  return { ok: true, value: Number(t) };
}

export function parseDecimal(text: string): Parsed<number> {
  const t = text.trim().replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { ok: false, message: "must be a number" };
  return { ok: true, value: Number(t) };
}

export const RATING_LABELS: Record<Rating, string> = {
  not_reviewed: "Not reviewed",
  acceptable: "Acceptable",
  negotiate: "Negotiate",
  deal_breaker: "Deal-breaker",
  not_applicable: "Not applicable",
};

export const RATING_ORDER: Rating[] = [
  "acceptable",
  "negotiate",
  "deal_breaker",
  "not_applicable",
  "not_reviewed",
];

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  in_progress: "In progress",
  deal_breakers_found: "Deal-breakers found",
  negotiation_needed: "Negotiation needed",
  ready_to_sign: "Ready to sign",
};

/** RFC 3339 → "29 Nov 2026, 14:05" in the user's time zone, dates written as everywhere else. */
export function formatTimestamp(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const day = formatDate(isoDate(date.getFullYear(), date.getMonth(), date.getDate()));
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${day}, ${time}`;
}

const MONTHS = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]; // prettier-ignore

/**
 * "2027-03-01" → "1 Mar 2027", the one way the app shows a date (the core's `dates::display`
 * writes the same in figures and the PDF). Fixed month names, so no locale makes it 3/1/2027.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = MONTHS[Number(m) - 1];
  return month ? `${Number(d)} ${month} ${y}` : iso;
}

/** A date as ISO text, from its parts in local terms (month 0-based, as in `Date`). */
export function isoDate(year: number, month0: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month0 + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `n` and the word that reads right with it: "1 month", "24 months". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
