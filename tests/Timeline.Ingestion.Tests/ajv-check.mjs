// Validates article-facts documents against the format v1 JSON Schema with ajv, the reference
// implementation the C# structural validator is held to. Prints one JSON verdict per file, one per line:
//   {"file":"...","valid":false,"errors":[{"pointer":"/events/0/when","keyword":"anyOf","message":"..."}]}
// Strict mode guards the schema against typos; strictRequired is off because the anyOf of
// "required" alternatives in timeExpression is intended.
// Usage: node ajv-check.mjs FILE...
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, "../../src/Timeline.Ingestion/Schema/article-facts.v1.schema.json");

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node ajv-check.mjs FILE...\n");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

// Invalid UTF-8 is malformed input, as it is for the C# reader; a leading BOM is dropped by both.
const decoder = new TextDecoder("utf-8", { fatal: true });

for (const file of files) {
  const verdict = { file, valid: false, errors: [] };
  let document;
  try {
    document = JSON.parse(decoder.decode(readFileSync(file)));
  } catch (error) {
    verdict.errors.push({ pointer: "", keyword: "parse", message: String(error.message) });
    process.stdout.write(JSON.stringify(verdict) + "\n");
    continue;
  }
  verdict.valid = validate(document);
  for (const error of validate.errors ?? []) {
    verdict.errors.push({ pointer: error.instancePath, keyword: error.keyword, message: error.message ?? "" });
  }
  process.stdout.write(JSON.stringify(verdict) + "\n");
}
