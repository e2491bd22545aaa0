// Display and parsing helpers for numbers, dates, money and percentages in the language on
// screen, by the core's rules (src/i18n/format.rs): "1 Dec 2029" / "2029年12月1日",
// "USD 1,234.50" / "$1,234.50", "99.9 %" / "99.9%". Amounts are read in money.ts, labels and
// limits come from the core through bindings.ts.
import type { Parsed } from "./money";
import * as rules from "./i18n/format-rules";
import { locale, t } from "./i18n/index.svelte";
import type { Lang } from "./bindings";

export function parseWhole(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed) || trimmed.length > 15) {
    return { ok: false, message: t("format.wholeNumber") };
  }
  return { ok: true, value: Number(trimmed) };
}

export function parseDecimal(text: string): Parsed<number> {
  const trimmed = text.trim().replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return { ok: false, message: t("format.number") };
  return { ok: true, value: Number(trimmed) };
}

/** RFC 3339 → "29 Nov 2026, 14:05" / "2026年11月29日 14:05" in the user's time zone. */
export function formatTimestamp(rfc3339: string, lang: Lang = locale.lang): string {
  return rules.formatTimestamp(rfc3339, lang);
}

/**
 * "2027-03-01" → "1 Mar 2027" / "2027年3月1日", the one way the app shows a date (the core's
 * `i18n::format::date` writes the same in figures and the PDF).
 */
export function formatDate(iso: string | null, lang: Lang = locale.lang): string {
  return rules.formatDate(iso, lang);
}

/** 123456, "USD" → "USD 1,234.56" in English, "$1,234.56" in Chinese. */
export function formatMoney(minor: number, currency: string, lang: Lang = locale.lang): string {
  return rules.formatMoney(minor, currency, lang);
}

/** A percentage written as a number: "99.9 %" in English, "99.9%" in Chinese. */
export function formatPercent(value: number | string, lang: Lang = locale.lang): string {
  return rules.formatPercent(value, lang);
}

export { isoDate } from "./i18n/format-rules";
