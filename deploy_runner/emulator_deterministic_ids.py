"""Emulator extension 6: deterministic ids, so a replayed recording recreates the same resources.

Used by the persistent emulator only (``--deterministic-ids``): requests are
handled one at a time and moto's random generator is seeded from the request
itself (method, path, query, body and how many identical requests came before),
so replaying the recorded requests after a restart (``emulator.py``) recreates
the very same ids/ARNs even though Terraform sent them concurrently. The access
key id, signature and session token are removed from each request before moto's
recorder sees it, so the recording holds no credential.
"""

from __future__ import annotations

import re
from typing import Any


class DeterministicIds:
    """WSGI middleware: serialize requests and seed moto's randomness per request."""

    def __init__(self, app: Any) -> None:
        import threading
        from collections import Counter

        self.app = app
        self.lock = threading.Lock()
        self.seen: Counter[str] = Counter()

    def __call__(self, environ: Any, start_response: Any) -> Any:
        import hashlib
        import io
        import random

        from moto.moto_api._internal import mock_random

        path = environ.get("PATH_INFO", "")
        if path.startswith("/moto-api/"):
            return self.app(environ, start_response)
        length = environ.get("CONTENT_LENGTH")
        stream = environ["wsgi.input"]
        if length:
            body = stream.read(int(length))
        elif environ.get("wsgi.input_terminated"):
            body = stream.read()
        else:
            body = b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        # The recording must never hold a credential: keep the credential scope
        # (moto reads the region from it), drop the key id, signature and token.
        auth = environ.get("HTTP_AUTHORIZATION", "")
        if auth:
            auth = re.sub(r"Credential=[^/,\s]+/", "Credential=REDACTED/", auth)
            environ["HTTP_AUTHORIZATION"] = re.sub(r"Signature=[0-9a-fA-F]+", "Signature=REDACTED", auth)
        environ.pop("HTTP_X_AMZ_SECURITY_TOKEN", None)
        digest = hashlib.sha256(
            b"\0".join(
                [environ.get("REQUEST_METHOD", "").encode(), path.encode(), environ.get("QUERY_STRING", "").encode(), body]
            )
        ).hexdigest()
        with self.lock:
            occurrence = self.seen[digest]
            self.seen[digest] += 1
            seed = int(hashlib.sha256(f"{digest}:{occurrence}".encode()).hexdigest()[:16], 16)
            mock_random.seed(seed)
            random.seed(seed)
            return list(self.app(environ, start_response))
