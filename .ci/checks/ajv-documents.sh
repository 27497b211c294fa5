#!/usr/bin/env bash
# The article-facts JSON Schema, applied by ajv (the reference JSON Schema validator) to the shipped
# samples and to every fixture: samples and valid fixtures must pass; syntax and structure fixtures
# must fail; semantic fixtures must pass the schema (only the C# semantic layer refuses them); the
# size fixture is a byte limit, not a schema matter. Ends with "ajv: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
tests=tests/Timeline.Ingestion.Tests
if [ ! -d "$tests/node_modules/ajv" ]; then
  (cd "$tests" && npm ci --no-audit --no-fund --loglevel=error) || { echo "ajv: 0 passed, 1 failed"; exit 1; }
fi
node --input-type=module - "$tests" <<'JS'
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
const tests = process.argv[2];
const expected = JSON.parse(readFileSync(`${tests}/Fixtures/invalid/expected.json`, "utf8")).fixtures;
const want = new Map();
for (const f of readdirSync("src/Timeline.Ingestion/Samples").filter((n) => n.endsWith(".json")))
  want.set(`src/Timeline.Ingestion/Samples/${f}`, true);
for (const f of readdirSync(`${tests}/Fixtures/valid`).filter((n) => n.endsWith(".json")))
  want.set(`${tests}/Fixtures/valid/${f}`, true);
for (const { file, kind } of expected) {
  if (kind === "Size") continue;
  want.set(`${tests}/Fixtures/invalid/${file}`, kind === "Semantics");
}
const out = execFileSync("node", [`${tests}/ajv-check.mjs`, ...want.keys()], { encoding: "utf8", maxBuffer: 1 << 26 });
let passed = 0, failed = 0;
for (const line of out.trim().split("\n")) {
  const verdict = JSON.parse(line);
  const ok = verdict.valid === want.get(verdict.file);
  ok ? passed++ : failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${verdict.file}: ajv says ${verdict.valid ? "valid" : "invalid"}`);
}
console.log(`ajv: ${passed} passed, ${failed} failed`);
process.exitCode = failed || passed === 0 ? 1 : 0;
JS
