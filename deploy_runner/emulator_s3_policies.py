"""Emulator extensions 7 and 8: S3 reads bucket policies the way IAM does.

7. ``PutBucketLogging``: moto crashed (``'str' object has no attribute 'get'``)
   when the target bucket's policy has a statement whose ``Principal`` is ``"*"``
   — e.g. the TLS-only ``Deny`` every secure bucket carries. The permission check
   now reads ``Principal`` in all its IAM forms (``"*"``, ``{"AWS": "*"}``,
   ``{"Service": str | list}``) and ``Action`` as a string or list, as AWS does.
8. Bucket policies: moto evaluated them without any condition values and only
   knows ``StringEquals`` (a failing condition even turned a ``Deny`` statement
   into DENIED), so the TLS-only ``Deny`` with ``"Bool": {"aws:SecureTransport":
   "false"}`` denied every request. Conditions are now evaluated as IAM does
   (``conditions_hold``: Bool, String(Not)Equals, String(Not)Like, Null, IfExists;
   a missing key makes a condition false). The request's scheme (``RequestScheme``
   middleware) is passed as ``aws:SecureTransport`` (the emulator serves HTTPS,
   see ``emulator.py``), so HTTPS requests pass and plain HTTP ones are denied, as on AWS.
"""

from __future__ import annotations

import json
import threading
from typing import Any


def _principal_matches(principal: Any, service: str) -> bool:
    if principal == "*":
        return True
    if isinstance(principal, dict):
        if principal.get("AWS") == "*":
            return True
        services = principal.get("Service", [])
        return service in ([services] if isinstance(services, str) else services)
    return False


def install_logging_permission() -> None:
    """moto crashed when the target bucket's policy has a ``"Principal": "*"``
    statement (our TLS-only deny); read every IAM principal form instead."""
    from moto.s3 import models

    def log_permissions_enabled_policy(target_bucket: Any, target_prefix: Any) -> Any:
        if not target_bucket.policy:
            return False
        raw = target_bucket.policy
        policy = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
        statements = policy.get("Statement", [])
        arn = f"arn:{target_bucket.partition}:s3:::{target_bucket.name}"
        resources_ok = {f"{arn}/{target_prefix or ''}*", f"{arn}/*", arn}
        for stmt in [statements] if isinstance(statements, dict) else statements:
            actions = stmt.get("Action", [])
            actions = [actions] if isinstance(actions, str) else actions
            resources = stmt.get("Resource", [])
            resources = [resources] if isinstance(resources, str) else resources
            if (
                stmt.get("Effect") == "Allow"
                and _principal_matches(stmt.get("Principal"), models.LOGGING_SERVICE_PRINCIPAL)
                and ("s3:PutObject" in actions or "s3:*" in actions)
                and resources_ok & set(resources)
            ):
                return True
        return False

    models.FakeBucket._log_permissions_enabled_policy = staticmethod(log_permissions_enabled_policy)


_REQUEST = threading.local()


class RequestScheme:
    """WSGI middleware: remembers each request's scheme (http/https) for the bucket-policy check (extension 8)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: Any, start_response: Any) -> Any:
        _REQUEST.scheme = environ.get("wsgi.url_scheme", "http")
        return self.app(environ, start_response)


def conditions_hold(conditions: dict[str, dict[str, Any]], context: dict[str, str]) -> bool:
    """IAM condition evaluation for the operators bucket policies use.

    Bool, String(Not)Equals, String(Not)Like, Null, with ``...IfExists``. A key
    absent from the request context makes its condition false (IAM semantics),
    except for ``Null`` and ``IfExists``. Unknown operators never hold.
    """
    import fnmatch

    for operator, tests in conditions.items():
        base, if_exists = (operator[:-8], True) if operator.endswith("IfExists") else (operator, False)
        for key, expected in tests.items():
            wanted = [
                str(v).lower() if base == "Bool" else str(v) for v in (expected if isinstance(expected, list) else [expected])
            ]
            actual = context.get(key)
            if base == "Null":
                if (actual is None) != (wanted[0].lower() == "true"):
                    return False
                continue
            if actual is None:
                if if_exists:
                    continue
                return False
            if base in ("Bool", "StringEquals"):
                ok = actual in wanted
            elif base == "StringNotEquals":
                ok = actual not in wanted
            elif base == "StringLike":
                ok = any(fnmatch.fnmatchcase(actual, w) for w in wanted)
            elif base == "StringNotLike":
                ok = not any(fnmatch.fnmatchcase(actual, w) for w in wanted)
            else:
                return False
            if not ok:
                return False
    return True


def install_secure_transport() -> None:
    """moto evaluates bucket policies without condition values, so a TLS-only
    ``Deny`` (``aws:SecureTransport = false``) denied every request. The
    request's real scheme is now passed as ``aws:SecureTransport``."""
    from moto.iam.access_control import IAMPolicyStatement, PermissionResult
    from moto.s3.models import FakeBucket

    def get_permission(self: Any, action: str, resource: str) -> Any:
        # moto only knows StringEquals and answers DENIED for any statement whose
        # condition fails, even a Deny; in IAM such a statement does not apply.
        if self.policy is None:
            return PermissionResult.NEUTRAL
        secure = "true" if getattr(_REQUEST, "scheme", "http") == "https" else "false"
        values = {"aws:SecureTransport": secure}
        doc = json.loads(self.policy.decode() if isinstance(self.policy, bytes) else self.policy)
        statements = doc.get("Statement", [])
        permitted = False
        for stmt in [statements] if isinstance(statements, dict) else statements:
            if not conditions_hold(stmt.get("Condition") or {}, values):
                continue
            unconditional = {k: v for k, v in stmt.items() if k != "Condition"}
            result = IAMPolicyStatement(unconditional).is_action_permitted(action, resource)
            if result == PermissionResult.DENIED:
                return result
            permitted = permitted or result == PermissionResult.PERMITTED
        return PermissionResult.PERMITTED if permitted else PermissionResult.NEUTRAL

    FakeBucket.get_permission = get_permission
