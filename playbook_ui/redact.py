"""Keep credentials out of every response and every streamed log line."""

from __future__ import annotations

import re
from typing import Any

SECRET_KEY = re.compile(r"(secret|password|passwd|token|credential|access_key|private_key|session_key)", re.I)
SECRET_TEXT = [
    (re.compile(r"\b(A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b"), "[redacted-access-key]"),
    (
        re.compile(r"(?i)((?:aws_)?(?:secret_access_key|session_token|secret|password|token)\s*[=:]\s*)(\"?)[^\s\"',]+"),
        r"\1\2[redacted]",
    ),
]
REDACTED = "[redacted]"
# A secret *reference* (playbooks.spec.secrets) names where a secret lives; it is not one, and
# the editor must get it back unchanged.
REFERENCE = re.compile(r"^(secretsmanager|ssm):\S+$")


def redact_text(text: str) -> str:
    for pattern, replacement in SECRET_TEXT:
        text = pattern.sub(replacement, text)
    return text


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with secret-looking keys blanked and key-like strings masked."""
    if isinstance(value, dict):
        return {
            k: (
                REDACTED
                if isinstance(k, str)
                and SECRET_KEY.search(k)
                and v not in (None, "", {}, [])
                and not (isinstance(v, str) and REFERENCE.match(v))
                else redact(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return value
