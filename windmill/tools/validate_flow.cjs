// Validate OpenFlow documents (JSON or YAML) against the OpenFlow JSON Schema
// shipped in npm windmill-yaml-validator (the validator `wmill lint` uses).
// Usage: node validate_flow.cjs FILE...  -> JSON {FILE: [errors]} on stdout; exit 1 if any error.
const { readFileSync } = require("node:fs");
const { WindmillYamlValidator } = require("windmill-yaml-validator");

const validator = new WindmillYamlValidator();
const out = {};
let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validator.validate(readFileSync(file, "utf8"), { type: "flow" });
  const syntax = (result.parsed.diagnostics || []).filter((d) => d.severity === 0);
  out[file] = [
    ...syntax.map((d) => ({ path: "", message: d.message })),
    ...result.errors.map((e) => ({ path: e.instancePath, message: e.message, params: e.params })),
  ];
  failed = failed || out[file].length > 0;
}
process.stdout.write(JSON.stringify(out));
process.exitCode = failed ? 1 : 0;
