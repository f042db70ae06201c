// Infer Windmill input signatures of Python scripts with Windmill's own parser
// (npm windmill-parser-wasm-py, the one the Windmill editor and `wmill` use).
// Usage: node parse_python.mjs FILE.py...   -> JSON {FILE: <parser output>} on stdout.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("windmill-parser-wasm-py/package.json"));
const parser = await import(join(pkgDir, "windmill_parser_wasm.js"));
parser.initSync({ module: readFileSync(join(pkgDir, "windmill_parser_wasm_bg.wasm")) });

const out = {};
for (const file of process.argv.slice(2)) {
  out[file] = JSON.parse(parser.parse_python(readFileSync(file, "utf8")));
}
process.stdout.write(JSON.stringify(out));
