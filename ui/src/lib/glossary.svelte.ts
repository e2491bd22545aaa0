// The plain-words glossary (one source: src/glossary.rs, delivered with the template) and the
// split of a text into plain runs and explained terms.
import type { GlossaryEntry } from "./bindings";

class Glossary {
  entries = $state<GlossaryEntry[]>([]);
}

export const glossary = new Glossary();

export type Segment = { text: string; entry: GlossaryEntry | null };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text in runs; the first mention of each term is a run with its entry. */
export function segments(text: string, entries: GlossaryEntry[]): Segment[] {
  if (!text || entries.length === 0) return [{ text, entry: null }];
  // Longest words first, so "early-termination fee" wins over a shorter word inside it.
  const words = entries
    .flatMap((entry) => entry.matches.map((word) => ({ word, entry })))
    .sort((a, b) => b.word.length - a.word.length);
  // A Latin word is matched whole ("SLA", not the "sla" in "translate"); Chinese is written
  // without spaces, so a Chinese term ("服务积分") is matched wherever it stands.
  const alternative = (word: string) =>
    /\p{Script=Han}/u.test(word)
      ? escapeRegExp(word)
      : `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(`(${words.map((w) => alternative(w.word)).join("|")})`, "giu");
  const out: Segment[] = [];
  const explained = new Set<string>();
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0].toLowerCase();
    const entry = words.find((w) => w.word.toLowerCase() === found)?.entry ?? null;
    if (!entry || explained.has(entry.term)) continue;
    explained.add(entry.term);
    const start = match.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start), entry: null });
    out.push({ text: match[0], entry });
    at = start + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), entry: null });
  return out;
}
