// Runs the UI's amount parser and formatter (src/lib/money.ts) over the cases the core is held
// to (tests/fixtures/money-cases.json), so the two can never disagree. `npm test`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const ui = new URL("..", import.meta.url);
const out = mkdtempSync(join(tmpdir(), "money-cases-"));
try {
  for (const name of ["money", "bindings"]) {
    const source = readFileSync(new URL(`src/lib/${name}.ts`, ui), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(
      join(out, `${name}.mjs`),
      outputText.replace('from "./bindings"', 'from "./bindings.mjs"'),
    );
  }
  const money = await import(pathToFileURL(join(out, "money.mjs")).href);
  const cases = JSON.parse(readFileSync(new URL("../tests/fixtures/money-cases.json", ui), "utf8"));
  const failures = [];
  for (const c of cases.parse) {
    const got = money.parseAmount(c.text, c.currency);
    const expected = "minor" in c ? { ok: true, value: c.minor } : { ok: false, message: c.error };
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      failures.push(
        `parseAmount(${JSON.stringify(c.text)}, ${c.currency}): ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
      );
    }
  }
  for (const c of cases.format) {
    const got = money.formatAmount(c.minor, c.currency);
    if (got !== c.text)
      failures.push(`formatAmount(${c.minor}, ${c.currency}): "${got}", expected "${c.text}"`);
  }
  if (failures.length > 0) {
    console.error(failures.join("\n"));
    process.exit(1);
  }
  console.log(`money: ${cases.parse.length + cases.format.length} shared cases pass`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
