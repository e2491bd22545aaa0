// The interface's languages, checked (`npm test`):
// 1. Pseudo-locale scan: every .svelte component is parsed with Svelte's own parser, and every
//    text the owner would read that does not come from the catalog (a text node, a title,
//    aria-label, placeholder, alt or label attribute, or a component's message/confirmLabel/
//    hint prop written as a literal) is reported, as are English sentences left in string
//    literals of scripts (toasts, errors, confirm texts). A pseudo-locale rendering shows
//    exactly these: everything else is replaced. A line ending in `// i18n-ignore` is skipped.
// 2. The catalogs: en.ts and zh-Hans.ts hold the same keys, with the same {{variables}}; every
//    Chinese text is written in Chinese (no English word left but product names and codes) and
//    uses the shared vocabulary (src/i18n/terms.json) wherever its English has one of its terms.
// 3. Dates, money and percentages in both languages, by the core's rules (src/i18n/format.rs),
//    against values worked by hand.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { parse } from "svelte/compiler";

const ui = fileURLToPath(new URL("..", import.meta.url));
const src = join(ui, "src");
const failures = [];

function filesUnder(dir, ending) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ending);
    return path.endsWith(ending) ? [path] : [];
  });
}

// Two or more letters of the Latin alphabet: a word the owner would read in English.
const WORD = /[A-Za-z]{2,}/;
// What may stay as it is in any language: symbols, codes and names.
const ALLOWED_TEXT = /^(?:[\s\d·•…—–\-+×✓§#%:/()←→‹›|.,*]|A4|SHA-256|PDF|VoIP|USD|SLA|MOS|i)*$/;
const READ_ATTRIBUTES = new Set([
  "title",
  "aria-label",
  "placeholder",
  "alt",
  "label",
  "message",
  "confirmLabel",
  "hint",
  "undoLabel",
]);

function lineOf(text, offset) {
  return text.slice(0, offset).split("\n").length;
}

function ignored(source, offset) {
  const line = source.split("\n")[lineOf(source, offset) - 1] ?? "";
  return line.includes("i18n-ignore");
}

/** English sentences in string literals of a script (its syntax tree: comments, imports and
 * object keys are not text the owner reads). */
function scanScript(code, file, baseOffset, whole) {
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isLiteralTypeNode(node)) return;
    // Messages for developers (the console, a thrown Error) are not the owner's.
    if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(tree))) return;
    if (ts.isNewExpression(node) && node.expression.getText(tree) === "Error") return;
    let text = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      text = node.text;
    }
    const isKey = node.parent && ts.isPropertyAssignment(node.parent) && node.parent.name === node;
    // A sentence: two words with a space or comma between them, not a list of css classes.
    if (
      text &&
      !isKey &&
      /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(text) &&
      !/^[a-z0-9-]+( [a-z0-9-]+)*$/.test(text)
    ) {
      const offset = baseOffset + node.getStart(tree);
      if (!ignored(whole, offset)) {
        failures.push(
          `${file}:${lineOf(whole, offset)}: English in a string: ${JSON.stringify(text)}`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
}

function walk(node, visit) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === "string" && visit(node) === false) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent" || key === "metadata") continue;
    if (value && typeof value === "object") walk(value, visit);
  }
}

for (const path of filesUnder(src, ".svelte")) {
  const file = relative(ui, path);
  const source = readFileSync(path, "utf8");
  const ast = parse(source, { modern: true });
  const visitTemplate = (node) => {
    if (node.type === "Text" && WORD.test(node.data) && !ALLOWED_TEXT.test(node.data.trim())) {
      if (!ignored(source, node.start)) {
        failures.push(
          `${file}:${lineOf(source, node.start)}: hard-coded text: ${JSON.stringify(node.data.trim())}`,
        );
      }
    }
    if (node.type === "Attribute") {
      if (READ_ATTRIBUTES.has(node.name) && Array.isArray(node.value)) {
        for (const part of node.value) {
          if (
            part.type === "Text" &&
            WORD.test(part.data) &&
            !ALLOWED_TEXT.test(part.data.trim())
          ) {
            if (!ignored(source, part.start)) {
              failures.push(
                `${file}:${lineOf(source, part.start)}: hard-coded ${node.name}: ${JSON.stringify(part.data)}`,
              );
            }
          }
        }
      }
      // Other attributes (class, data-testid, type…) are not read; expressions are walked.
      if (Array.isArray(node.value)) {
        for (const part of node.value) if (part.type !== "Text") walk(part, visitTemplate);
      } else if (node.value && typeof node.value === "object") {
        walk(node.value, visitTemplate);
      }
      return false;
    }
    // <style> and the text of <option> values are handled elsewhere; code is scanned below.
    if (node.type === "StyleSheet") return false;
    // String literals inside template expressions ({cond ? "Yes" : "No"}).
    if (node.type === "Literal" && typeof node.value === "string") {
      const text = node.value;
      if (/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(text) && !/^[a-z0-9-]+( [a-z0-9-]+)*$/.test(text)) {
        if (!ignored(source, node.start)) {
          failures.push(
            `${file}:${lineOf(source, node.start)}: English in a string: ${JSON.stringify(text)}`,
          );
        }
      }
    }
    if (
      node.type === "TemplateElement" &&
      /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(node.value.cooked ?? "")
    ) {
      if (!ignored(source, node.start)) {
        failures.push(
          `${file}:${lineOf(source, node.start)}: English in a template: ${JSON.stringify(node.value.cooked)}`,
        );
      }
    }
  };
  walk(ast.fragment, visitTemplate);
  for (const script of [ast.instance, ast.module]) {
    if (!script) continue;
    const code = source.slice(script.content.start, script.content.end);
    scanScript(code, file, script.content.start, source);
  }
}

// Scripts outside components that put words on screen.
const SCRIPT_SKIP = new Set(["bindings.ts", "commands.ts", "en.ts", "zh-Hans.ts", "vite-env.d.ts"]);
for (const path of filesUnder(src, ".ts")) {
  const name = path.split("/").pop();
  if (SCRIPT_SKIP.has(name)) continue;
  const source = readFileSync(path, "utf8");
  scanScript(source, relative(ui, path), 0, source);
}

// 2 and 3 run the catalogs and the formatting rules, transpiled into a temporary folder.
const out = mkdtempSync(join(tmpdir(), "i18n-check-"));
try {
  const modules = {
    "lib/i18n/en.ts": "en.mjs",
    "lib/i18n/zh-Hans.ts": "zh-Hans.mjs",
    "lib/i18n/format-rules.ts": "format-rules.mjs",
    "lib/money.ts": "money.mjs",
    "lib/bindings.ts": "bindings.mjs",
  };
  for (const [from, to] of Object.entries(modules)) {
    const { outputText } = ts.transpileModule(readFileSync(join(src, from), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(
      join(out, to),
      outputText
        .replace(/from "\.\.\/money"/g, 'from "./money.mjs"')
        .replace(/from "\.\/bindings"/g, 'from "./bindings.mjs"')
        .replace(/from "\.\.\/bindings"/g, 'from "./bindings.mjs"')
        .replace(/from "\.\/en"/g, 'from "./en.mjs"'),
    );
  }
  const load = (name) => import(pathToFileURL(join(out, name)).href);
  const { en } = await load("en.mjs");
  const { zhHans } = await load("zh-Hans.mjs");

  const flatten = (catalog, prefix = "") =>
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : flatten(value, `${prefix}${key}.`),
    );
  const english = new Map(flatten(en));
  const chinese = new Map(flatten(zhHans));
  const variables = (text) =>
    [...text.matchAll(/\{\{(\w+)\}\}/g)]
      .map((m) => m[1])
      .sort()
      .join(",");
  // English left in Chinese: allowed only for codes and names the owner meets as they are.
  const KEPT =
    /\b(?:SLA|MOS|PDF|JSON|USD|VoIP|Mbps|F1|Shift|Ctrl|Alt|Esc|Enter|Page|Up|Down|Tab|Letter|Word|SHA|A4)\b/g;
  for (const [key, text] of english) {
    const other = chinese.get(key);
    if (other === undefined) {
      failures.push(`zh-Hans.ts: missing key ${key}`);
      continue;
    }
    if (variables(text) !== variables(other)) {
      failures.push(
        `zh-Hans.ts: ${key} uses {{${variables(other)}}}, English {{${variables(text)}}}`,
      );
    }
    const words = other.replace(/\{\{\w+\}\}/g, "").replace(KEPT, "");
    if (WORD.test(words))
      failures.push(`zh-Hans.ts: ${key} has English left: ${JSON.stringify(other)}`);
    if (
      WORD.test(text.replace(/\{\{\w+\}\}/g, "").replace(KEPT, "")) &&
      !/\p{Script=Han}/u.test(other)
    ) {
      failures.push(`zh-Hans.ts: ${key} is not written in Chinese: ${JSON.stringify(other)}`);
    }
  }
  // The shared vocabulary (src/i18n/terms.json, the core's rule in src/i18n/terms.rs): where the
  // English has a term as whole words, the Chinese has its approved word.
  const { terms } = JSON.parse(readFileSync(join(ui, "..", "src", "i18n", "terms.json"), "utf8"));
  const hasWords = (text, term) => {
    const lower = text.toLowerCase();
    const wanted = term.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + wanted.length];
      const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
      if (!isWord(before) && !isWord(after)) return true;
    }
    return false;
  };
  // Where an English word of the vocabulary means something else here.
  const TERM_EXCEPTIONS = {
    "summary.signoffHint": ["线路"], // signature lines on paper, not telephone lines
  };
  for (const [key, text] of english) {
    const other = chinese.get(key) ?? "";
    for (const term of terms) {
      if (TERM_EXCEPTIONS[key]?.includes(term.zh)) continue;
      let source = text.replace(/\{\{\w+\}\}/g, " ").toLowerCase();
      for (const phrase of term.not_in ?? []) source = source.replaceAll(phrase.toLowerCase(), " ");
      const required = term.zh.split("（")[0];
      if (term.en.some((form) => hasWords(source, form)) && !other.includes(required)) {
        failures.push(
          `zh-Hans.ts: ${key} lacks the approved term ${term.zh}: ${JSON.stringify(other)}`,
        );
      }
    }
  }
  for (const key of chinese.keys()) {
    if (!english.has(key)) failures.push(`zh-Hans.ts: key ${key} is not in en.ts`);
  }

  // Values worked by hand from the core's rules (src/i18n/format.rs and its tests).
  const format = await load("format-rules.mjs");
  const cases = [
    [format.formatDate("2029-12-01", "en"), "1 Dec 2029"],
    [format.formatDate("2029-12-01", "zh-Hans"), "2029年12月1日"],
    [format.formatDate("2027-03-01", "zh-Hans"), "2027年3月1日"],
    [format.formatDate("not a date", "zh-Hans"), "not a date"],
    [format.formatMoney(123450, "USD", "en"), "USD 1,234.50"],
    [format.formatMoney(123450, "USD", "zh-Hans"), "$1,234.50"],
    [format.formatMoney(2795, "CNY", "zh-Hans"), "¥27.95"],
    [format.formatMoney(1500, "JPY", "zh-Hans"), "JP¥1,500"],
    [format.formatMoney(100, "CHF", "zh-Hans"), "CHF 1.00"],
    [format.formatMoney(-1200, "USD", "zh-Hans"), "-$12.00"],
    [format.formatPercent("99.9", "en"), "99.9 %"],
    [format.formatPercent("99.9", "zh-Hans"), "99.9%"],
  ];
  for (const [got, expected] of cases) {
    if (got !== expected) failures.push(`format: "${got}", expected "${expected}"`);
  }
  if (failures.length === 0) {
    console.log(
      `i18n: ${english.size} keys in both languages, no hard-coded text, ${cases.length} formats pass`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`i18n: ${failures.length} problems`);
  process.exit(1);
}
