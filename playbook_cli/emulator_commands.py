"""`playbook emulator start|stop|status|env`: the local AWS emulator (moto on 127.0.0.1)."""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from .common import EXIT_OK
from .reporting import emit, guarded

NOT_RUNNING = 3  # like `systemctl status`: 3 = not running


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "emulator",
        help="the local AWS emulator (moto server on 127.0.0.1)",
        description="`env` prints export lines for the cdktf CLI / plain terraform "
        '(starts the emulator if needed): eval "$(playbook emulator env)"',
    )
    p.add_argument("action", choices=("start", "stop", "status", "env"))
    p.add_argument("--json", action="store_true", help="exactly one JSON document on stdout")
    p.set_defaults(handler=emulator)


@guarded
def emulator(args: argparse.Namespace) -> int:
    from deploy_runner.emulator import Emulator

    emu = Emulator()
    if args.action == "start":
        st = emu.start()
        _say(
            args,
            {"ok": True, "running": True, **st.as_dict()},
            f"emulator running at {st.endpoint} (pid {st.pid}, log {st.log_file}); stop it with `playbook emulator stop`",
        )
    elif args.action == "stop":
        stopped = emu.stop()
        _say(args, {"ok": True, "stopped": stopped}, "emulator stopped" if stopped else "emulator was not running")
    elif args.action == "status":
        st = emu.status()
        _say(
            args,
            {"ok": True, **st.as_dict()},
            f"emulator running at {st.endpoint} (pid {st.pid})" if st.running else "emulator not running",
        )
        return EXIT_OK if st.running else NOT_RUNNING
    else:
        from deploy_runner.cdktf_env import UNSET, emulator_exports

        was_running = emu.status().running
        st = emu.start()
        variables = emulator_exports(st)
        if args.json:
            emit({"ok": True, "started": not was_running, "unset": list(UNSET), "variables": variables})
        else:
            if not was_running:
                print(f"# started the local AWS emulator at {st.endpoint}; stop it with `playbook emulator stop`")
            print("unset " + " ".join(UNSET))
            for key, value in variables.items():
                print(f"export {key}={shlex.quote(value)}")
    return EXIT_OK


def _say(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        emit(payload)
    else:
        print(text)
