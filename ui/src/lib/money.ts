// Amounts, read and written by the core's rule (src/money.rs) with the core's currencies and
// limit (generated into bindings.ts). Money never passes through floating point: text is read
// straight into integer minor units. tests/fixtures/money-cases.json holds the cases both this
// file (`npm test`) and the core (tests/money_rule.rs) must pass.
import { CURRENCIES, MAX_MINOR } from "./bindings";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

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

/** 123456, "USD" → "USD 1,234.56" */
export function formatMoney(minor: number, currency: string): string {
  return `${currency} ${formatAmount(minor, currency)}`;
}

/**
 * "1,234.5" → 123450 (USD). Thousands commas are ignored; signs, spaces inside, exponents and
 * more decimals than the currency has are refused, with the core's words.
 */
export function parseAmount(text: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text.trim().replace(/,/g, ""));
  const [, whole = "", frac = ""] = match ?? [];
  if (!match || (whole === "" && frac === "") || whole.length > 13) {
    return { ok: false, message: `must be an amount such as 1234.50, not "${text}"` };
  }
  if (frac.length > digits) {
    const most =
      digits === 0 ? "no decimals" : `at most ${digits} ${digits === 1 ? "decimal" : "decimals"}`;
    return { ok: false, message: `${currency} amounts have ${most}` };
  }
  const minor = Number(whole || "0") * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  if (minor > MAX_MINOR) {
    return { ok: false, message: `must be between 0 and ${formatAmount(MAX_MINOR, currency)}` };
  }
  return { ok: true, value: minor };
}
