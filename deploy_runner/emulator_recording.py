"""Persistent emulator: replaying moto's request recording into a fresh server (see EMULATOR.md, "Restarts").

moto's recorder appends every request to ``recording.jsonl``; with deterministic
ids (``emulator_deterministic_ids``, extension 6) replaying those requests in
order recreates the same resources with the same ids and ARNs.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .emulator_access import control_headers, post, ssl_context


def replay_recording(endpoint: str, recording: Path) -> int:
    """Replay the recording of earlier runs into this (empty) emulator; returns the request count.

    Done by the starter rather than with moto's replay endpoint: the server
    handles one request at a time in this mode, so it cannot call itself.
    Recording is paused meanwhile so the file does not grow twice.
    """
    if not recording.is_file() or recording.stat().st_size == 0:
        return 0
    post(f"{endpoint}/moto-api/recorder/stop-recording")
    count = 0
    try:
        with open(recording) as fh:
            for row in fh:
                if row.strip():
                    _replay(endpoint, json.loads(row))
                    count += 1
    finally:
        post(f"{endpoint}/moto-api/recorder/start-recording")
    return count


def _replay(endpoint: str, entry: dict[str, Any]) -> None:
    import base64
    from urllib.parse import urlsplit

    body = entry.get("body") or ""
    data = base64.b64decode(body) if entry.get("body_encoded") else body.encode()
    url = urlsplit(entry["url"])
    headers = {
        k: v for k, v in (entry.get("headers") or {}).items() if k.lower() not in ("transfer-encoding", "content-length", "host")
    }
    headers.update(control_headers())  # the recording holds no signature (extension 6); the secret stands in
    target = f"{endpoint}{url.path}" + (f"?{url.query}" if url.query else "")
    req = urllib.request.Request(
        target,
        data=data if data or entry.get("method") in ("POST", "PUT") else None,
        headers=headers,
        method=entry.get("method", "GET"),
    )
    try:
        urllib.request.urlopen(req, timeout=60, context=ssl_context()).close()
    except urllib.error.HTTPError:
        pass  # a request that failed originally fails again on replay: same outcome
