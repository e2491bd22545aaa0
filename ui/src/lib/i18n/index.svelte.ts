// The interface's words in English and Simplified Chinese, through i18next. Catalogs live beside
// this file (en.ts is the source; zh-Hans.ts must have exactly its keys, or svelte-check fails).
// `t` reads the reactive `locale.lang`, so every text on screen is re-rendered in place when the
// language changes: nothing is reloaded, no typing, scroll position or open dialog is lost.
import i18next from "i18next";
import { en } from "./en";
import { zhHans } from "./zh-Hans";
import type { Lang } from "../bindings";
import { useMoneyWords } from "../money";

/** "a.b.c" for every leaf of a catalog; plural leaves (`x_one`, `x_other`) are called as `x`. */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${"one" | "other"}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof en>;

export const LANGUAGES: { lang: Lang; name: string }[] = [
  { lang: "en", name: "English" },
  { lang: "zh-Hans", name: "简体中文" },
];

const i18n = i18next.createInstance();
void i18n.init({
  // The catalogs are bundled: initialised synchronously, nothing is fetched.
  initAsync: false,
  lng: "en",
  fallbackLng: false,
  resources: { en: { translation: en }, "zh-Hans": { translation: zhHans } },
  interpolation: { escapeValue: false }, // Svelte escapes what it renders.
  returnNull: false,
});

/** The language on screen; `locale.version` counts switches, for what must be fetched again. */
export const locale = $state<{ lang: Lang; version: number }>({ lang: "en", version: 0 });

/** Shows the interface in `lang` at once (and `<html lang>` follows). */
export function showLanguage(lang: Lang) {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t("home.appName", { lng: lang });
  if (locale.lang !== lang) {
    locale.lang = lang;
    locale.version += 1;
  }
}

export type MessageArgs = Record<string, string | number>;

/** The text of `key` in the language on screen; `{{name}}` is filled from `args`, `count` picks
 * the plural form. */
export function t(key: MessageKey, args?: MessageArgs): string {
  return i18n.t(key, { ...args, lng: locale.lang });
}

// The amount parser's refusals, in the language on screen.
useMoneyWords({
  otherCurrency: (currency, marker) => t("money.otherCurrency", { currency, marker }),
  comma: () => t("money.comma"),
  notAnAmount: (text) => t("money.notAnAmount", { text }),
  decimals: (currency, digits) =>
    digits === 0
      ? t("money.noDecimals", { currency })
      : t("money.decimals", { currency, count: digits }),
  tooLarge: (largest) => t("money.tooLarge", { largest }),
});

/** For tests and scripts: the text of `key` in a given language. */
export function textIn(lang: Lang, key: MessageKey, args?: MessageArgs): string {
  return i18n.t(key, { ...args, lng: lang });
}
