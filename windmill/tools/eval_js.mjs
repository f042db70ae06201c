// Evaluate Windmill JavaScript input transforms the way a flow does: each
// expression sees `flow_input`, `results`, `previous_result`, `error`, `resume`
// and `params`. Test tool for tests/windmill/runner/flow_runner.py.
// stdin: {"context": {...}, "exprs": {"name": "expr", ...}}
// stdout: {"values": {"name": value}, "errors": {"name": "message"}}
import vm from "node:vm";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { context, exprs } = JSON.parse(input);
const values = {};
const errors = {};
for (const [name, expr] of Object.entries(exprs)) {
  const sandbox = vm.createContext(structuredClone(context));
  try {
    // An expression (flow input transforms, app evalv2) or, if it does not parse as one,
    // a function body with `return` (app frontend scripts).
    let script;
    try {
      script = new vm.Script(`(${expr}\n)`);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      script = new vm.Script(`(() => { ${expr}\n})()`);
    }
    const value = script.runInContext(sandbox, { timeout: 1000 });
    values[name] = value === undefined ? null : JSON.parse(JSON.stringify(value));
  } catch (e) {
    errors[name] = String(e && e.message ? e.message : e);
  }
}
process.stdout.write(JSON.stringify({ values, errors }));
