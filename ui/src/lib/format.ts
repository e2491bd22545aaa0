// Display and parsing helpers for numbers and dates. Amounts are in money.ts, labels and limits
// come from the core through bindings.ts.
import type { Parsed } from "./money";

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
