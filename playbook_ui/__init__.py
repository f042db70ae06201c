"""The visual pipeline builder's standalone server (`playbook ui`).

The web front end lives in ui/ (React + React Flow, bundled by Vite into
playbook_ui/static/). This package serves it and exposes the pipeline_ops
facade over JSON on 127.0.0.1; it holds no business logic of its own.
Importing the package is cheap: the server (Starlette) loads only when used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .guard import Guard


def create_app(
    library_dirs: Iterable[str | Path] = (),
    static_dir: Path | None = None,
    *,
    token: str | None = None,
    bind_host: str = "127.0.0.1",
    require_token: bool = True,
) -> Guard:
    """The server's ASGI app (playbook_ui.server.create_app), imported on first use.

    Every /api/ request must carry `Authorization: token <app.token>` (guard.py); without
    `token` a fresh one is made; `require_token=False` (loopback binds only) trusts every local user.
    """
    from .server import STATIC_DIR
    from .server import create_app as _create_app

    return _create_app(library_dirs, static_dir or STATIC_DIR, token=token, bind_host=bind_host, require_token=require_token)


__all__ = ["create_app"]
