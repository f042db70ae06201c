"""The job wrapper: run one Windmill Python script's main(**args), as a worker job does.

TEST TOOL. Copied into each job directory and started as `python -S -u -m wrapper
SCRIPT.py ARGS.json RESULT.json` with the job's cleared environment, like the
wrapper.py Windmill writes next to the script (backend/windmill-worker/src/
python_executor.rs). Standard library only: it must not make anything importable
that the worker would not provide. RESULT.json gets {"ok": true, "result": ...} or
{"ok": false, "error": {name, message, stack}}.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import traceback
from pathlib import Path


def main(script: str, args_file: str, result_file: str) -> int:
    args = json.loads(Path(args_file).read_text())
    try:
        spec = importlib.util.spec_from_file_location(Path(script).stem, script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        result = module.main(**args)
        out = {"ok": True, "result": json.loads(json.dumps(result, default=str))}
    except BaseException as exc:  # a job reports every failure as its result
        out = {"ok": False, "error": {"name": type(exc).__name__, "message": str(exc), "stack": traceback.format_exc()}}
    Path(result_file).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
