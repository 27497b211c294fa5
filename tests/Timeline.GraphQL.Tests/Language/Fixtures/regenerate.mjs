// Regenerates the expected outputs in this folder from graphql-js, the reference implementation.
// Usage: npm install graphql@17.1.0 in some folder, then
//   NODE_PATH=<that folder>/node_modules node --experimental-default-type=module regenerate.mjs
// (or run it from that folder). Outputs: *.printed.graphql and syntax-errors.expected.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const { parse, print } = require('graphql');

for (const name of ['kitchen-sink-query', 'kitchen-sink-schema']) {
  const source = readFileSync(join(here, `${name}.graphql`), 'utf8');
  writeFileSync(join(here, `${name}.printed.graphql`), print(parse(source)) + '\n');
}

// syntax-errors.txt: cases separated by lines "### <name>"; each case's body is the document
// (with the last newline removed). The expected file lists "<name>\t<line>:<column>\t<message>".
const cases = readFileSync(join(here, 'syntax-errors.txt'), 'utf8').split(/^### /m).slice(1);
const lines = [];
for (const block of cases) {
  const newline = block.indexOf('\n');
  const name = block.slice(0, newline).trim();
  const body = block.slice(newline + 1).replace(/\n$/, '');
  try {
    parse(body);
    lines.push(`${name}\tok\t`);
  } catch (error) {
    const { line, column } = error.locations[0];
    lines.push(`${name}\t${line}:${column}\t${error.message}`);
  }
}
writeFileSync(join(here, 'syntax-errors.expected.txt'), lines.join('\n') + '\n');
