"""`playbook ui [--port N] [--no-browser]`: serve the visual builder on 127.0.0.1."""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any, Callable

DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("ui", help="open the visual pipeline builder (served on 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any free port)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; the API has no authentication, keep it local)",
    )
    p.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    p.add_argument("--library", action="append", default=[], metavar="DIR", help="extra playbook library directory")
    p.set_defaults(handler=run)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from .server import create_app

    port = args.port or free_port(args.host)
    url = f"http://{args.host}:{port}/"
    print(f"playbook builder: {url}  (Ctrl+C to stop)", file=sys.stderr, flush=True)
    if not args.no_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    from .shutdown import StoppingServer

    app = create_app(args.library)
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
