"""`playbook ui [--port N] [--no-browser]`: serve the visual builder on 127.0.0.1.

Each start makes a new secret token (guard.py); the URL printed and opened carries it
(`?token=...`), and the API answers nobody without it: every local account can reach
127.0.0.1, and the API deploys with the credentials of whoever started the builder.
"""

from __future__ import annotations

import argparse
import html
import os
import socket
import sys
from pathlib import Path
from typing import Any, Callable

DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("ui", help="open the visual pipeline builder (served on 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any free port)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1); another address lets every machine that reaches it "
        "try the token, over plain HTTP",
    )
    p.add_argument(
        "--no-token",
        action="store_true",
        help="serve the API without a token (loopback only): every local user of this machine can then deploy "
        "with your credentials",
    )
    p.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    p.add_argument("--library", action="append", default=[], metavar="DIR", help="extra playbook library directory")
    p.set_defaults(handler=run)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def _warnings(host: str, port: int, token: str | None) -> list[str]:
    from .guard import is_loopback

    if token is None:
        return [
            "WARNING: the builder runs without a token: every user of this machine (any account, any process) "
            "can deploy, run and read Terraform logs with your credentials through it."
        ]
    if is_loopback(host):
        return []
    where = "every network interface of this machine" if host in ("0.0.0.0", "::", "") else host
    return [
        f"WARNING: listening on {where}, port {port}: every machine that can reach it (your network, a VPN, "
        f"the internet if this port is open) can try to use the builder. Only a holder of the token in the "
        f"address below gets in, and they deploy with your credentials. The connection is plain HTTP: the "
        f"token and Terraform's log cross the network unencrypted (use an SSH tunnel instead where you can)."
    ]


def redirect_file(url: str, port: int) -> Path:
    """A private page that sends the browser on to `url`: the browser opens this file, not the tokened URL,
    because a browser's command line (`xdg-open URL`, `chromium URL`) is readable by every local user in
    /proc (Jupyter Server does the same: jupyter_server/serverapp.py, `use_redirect_file`)."""
    from deploy_runner.cli_config import state_root

    root = state_root()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = root / f"ui-open-{port}.html"
    quoted = html.escape(url, quote=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(
            f'<!doctype html><meta http-equiv="refresh" content="0;url={quoted}">'
            f'<title>playbook builder</title><a href="{quoted}">Open the builder</a>\n'
        )
    os.chmod(path, 0o600)
    return path


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from .guard import is_loopback, new_token
    from .server import create_app

    if args.no_token and not is_loopback(args.host):
        print(
            f"playbook ui: refusing to listen on {args.host} without a token: anyone who reaches it could deploy "
            f"with your credentials. Drop --no-token (the address printed carries the token) or listen on 127.0.0.1.",
            file=sys.stderr,
        )
        return 2
    token = None if args.no_token else new_token()
    port = args.port or free_port(args.host)
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    for warning in _warnings(args.host, port, token):
        print(warning, file=sys.stderr, flush=True)
    print(f"playbook builder: {url}  (Ctrl+C to stop)", file=sys.stderr, flush=True)
    if shown != args.host:
        print(f"  from another machine: http://{socket.gethostname()}:{port}/?token={token}", file=sys.stderr, flush=True)
    if not args.no_browser:
        import threading
        import webbrowser

        target = redirect_file(url, port).as_uri() if token else url
        threading.Timer(1.0, webbrowser.open, args=(target,)).start()
    from .shutdown import StoppingServer

    app = create_app(args.library, token=token, bind_host=args.host, require_token=token is not None)
    server = StoppingServer(uvicorn.Config(app, host=args.host, port=port, log_level="warning"), app.app.state.api.jobs)
    try:
        server.run()  # on SIGTERM/SIGINT: jobs stop cleanly first (shutdown.py), then uvicorn re-raises the signal
    except KeyboardInterrupt:
        return 130
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m playbook_ui` works before the CLI hook lands."""
    parser = argparse.ArgumentParser(prog="playbook")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["ui", *(argv if argv is not None else sys.argv[1:])])
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
