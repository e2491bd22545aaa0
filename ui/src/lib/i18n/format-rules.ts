// The UI's dates, money and percentages in each language, by the core's rules
// (src/i18n/format.rs): "1 Dec 2029" / "2029年12月1日", "USD 1,234.50" / "$1,234.50", "¥27.95",
// "99.9 %" / "99.9%". Pure functions of the language, so `npm test` checks them under Node
// (scripts/i18n-check.mjs); ../format.ts applies them in the language on screen.
import { formatAmount } from "../money";
import type { Lang } from "../bindings";

/** A date as ISO text, from its parts in local terms (month 0-based, as in `Date`). */
export function isoDate(year: number, month0: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month0 + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** RFC 3339 → "29 Nov 2026, 14:05" / "2026年11月29日 14:05" in the user's time zone. */
export function formatTimestamp(rfc3339: string, lang: Lang): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const day = formatDate(isoDate(date.getFullYear(), date.getMonth(), date.getDate()), lang);
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return lang === "zh-Hans" ? `${day} ${time}` : `${day}, ${time}`;
}

const MONTHS = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]; // prettier-ignore

/**
 * "2027-03-01" → "1 Mar 2027" / "2027年3月1日", the one way the app shows a date (the core's
 * `i18n::format::date` writes the same in figures and the PDF). Fixed month names, so no
 * system locale makes it 3/1/2027.
 */
export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return "—";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = MONTHS[Number(m) - 1];
  if (!month) return iso;
  return lang === "zh-Hans" ? `${y}年${Number(m)}月${Number(d)}日` : `${Number(d)} ${month} ${y}`;
}

/** The sign a Chinese reader knows a currency by (src/i18n/format.rs `symbol`): ¥ is the yuan. */
const ZH_SIGNS: Record<string, string> = {
  CNY: "¥", USD: "$", EUR: "€", GBP: "£", HKD: "HK$", TWD: "NT$", SGD: "S$", CAD: "CA$",
  AUD: "A$", NZD: "NZ$", JPY: "JP¥", KRW: "₩", INR: "₹",
}; // prettier-ignore

/**
 * 123456, "USD" → "USD 1,234.56" in English, "$1,234.56" in Chinese ("¥27.95" for CNY, "CHF 1.00"
 * for a currency without an unambiguous sign; "-$12.00" when negative).
 */
export function formatMoney(minor: number, currency: string, lang: Lang): string {
  const amount = formatAmount(Math.abs(minor), currency);
  const minus = minor < 0 ? "-" : "";
  if (lang === "zh-Hans") {
    const sign = ZH_SIGNS[currency];
    return sign ? `${minus}${sign}${amount}` : `${minus}${currency} ${amount}`;
  }
  return `${currency} ${minus}${amount}`;
}

/** A percentage written as a number: "99.9 %" in English, "99.9%" in Chinese (no space). */
export function formatPercent(value: number | string, lang: Lang): string {
  return lang === "zh-Hans" ? `${value}%` : `${value} %`;
}
