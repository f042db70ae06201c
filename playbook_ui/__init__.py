"""The visual pipeline builder's standalone server (`playbook ui`).

The web front end lives in ui/ (React + React Flow, bundled by Vite into
playbook_ui/static/). This package serves it and exposes the pipeline_ops
facade over JSON on 127.0.0.1; it holds no business logic of its own.
Importing the package is cheap: the server (Starlette) loads only when used.
"""


def create_app(*args, **kwargs):
    from .server import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
