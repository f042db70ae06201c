"""moto server plus the project's small, honest extensions.

Run as ``python -m deploy_runner.emulator_ext --port N`` (``Emulator.start``
does this). It serves moto's own WSGI application after installing the
extensions below; each one implements the real semantics of a call the AWS
provider makes and moto lacks — never a blanket "success". Keep this list in
sync with EMULATOR.md.

Extensions
----------
1. Unimplemented actions fail fast (all services). moto answers an action it
   does not implement with HTTP 500, which the AWS SDK retries for minutes, so
   Terraform looks hung. Here such a call gets HTTP 501 ``NotImplemented``
   (not retryable) naming the service and action and pointing to EMULATOR.md,
   and the server log gets a line ``EMULATOR-UNIMPLEMENTED <service> <action>``.
   Likewise a crash inside moto (a Python exception, HTTP 500 before, also
   retried for minutes) answers 501 ``EmulatorInternalError`` with the
   exception text, logged as ``EMULATOR-INTERNAL-ERROR``: a deterministic bug
   in the emulator never succeeds on retry, so failing fast is the honest answer.
   Services with their own dispatch (S3) are covered by a WSGI wrapper that
   turns any remaining 500 into the same 501.
2. Step Functions ``ValidateStateMachineDefinition`` (the provider calls it
   while planning every ``aws_sfn_state_machine``): a structural Amazon States
   Language check — JSON object, ``StartAt`` names a state, every state has a
   known ``Type``, every ``Next``/``Default``/``Choices[].Next``/``Catch[].Next``
   target exists, every non-terminal state has ``Next`` or ``End``, nested
   ``Parallel`` branches / ``Map`` iterators are checked recursively. Returns
   ``result`` OK/FAIL with ``diagnostics`` as AWS does (``SCHEMA_VALIDATION_FAILED``
   codes). It does not check JSONPath/intrinsics or resource ARNs.
3. Step Functions ``ListStateMachineVersions``: lists the versions moto
   already records when a state machine is created/updated with
   ``publish=true`` (newest first, as AWS), with ``maxResults``/``nextToken``.
4. SageMaker ``CreateModel``/``DescribeModel``: moto drops
   ``EnableNetworkIsolation`` (always answers false) and answers an empty
   ``VpcConfig`` for a model created without one; both force Terraform to
   replace the model on every plan. The flag is now stored and returned, and
   an absent ``VpcConfig`` stays absent, as in AWS.
5. SageMaker ``DescribeEndpointConfig``: an endpoint configuration created
   without ``DataCaptureConfig`` answers without it (moto answered ``{}``,
   which forces a replacement on every plan).
9. Lambda ``CreateFunction``/``UpdateFunctionConfiguration``/``GetFunction``:
   ``DeadLetterConfig`` and ``LoggingConfig`` were accepted but never returned,
   so every plan re-added them; they are stored and returned (LoggingConfig
   defaults to AWS's ``Text`` + ``/aws/lambda/<name>``).
13. A retried write (same ``amz-sdk-invocation-id``, ``attempt`` > 1) whose
   first attempt succeeded gets that first answer again: see ``emulator_retries``.
10./11./12. Step Functions executions run their states, SageMaker jobs and
   Python Lambda functions run as local processes: see ``emulator_sfn``,
   ``emulator_sagemaker_jobs`` and ``emulator_lambda`` (one module per service
   extension; this module only installs them).
6. ``--deterministic-ids`` (used by the persistent emulator only): requests are
   handled one at a time and moto's random generator is seeded from the
   request itself (method, path, query, body and how many identical requests
   came before), so replaying the recorded requests after a restart recreates
   the very same ids/ARNs even though Terraform sent them concurrently. The
   access key id, signature and session token are removed from each request
   before moto's recorder sees it, so the recording holds no credential.
7. S3 ``PutBucketLogging``: moto crashed (``'str' object has no attribute
   'get'``) when the target bucket's policy has a statement whose
   ``Principal`` is ``"*"`` — e.g. the TLS-only ``Deny`` every secure bucket
   carries. The permission check now reads ``Principal`` in all its IAM forms
   (``"*"``, ``{"AWS": "*"}``, ``{"Service": str | list}``) and ``Action`` as a
   string or list, as AWS does.
8. S3 bucket policies: moto evaluated them without any condition values and
   only knows ``StringEquals`` (a failing condition even turned a ``Deny``
   statement into DENIED), so the TLS-only ``Deny`` with
   ``"Bool": {"aws:SecureTransport": "false"}`` denied every request. Conditions
   are now evaluated as IAM does (``conditions_hold``: Bool, String(Not)Equals,
   String(Not)Like, Null, IfExists; a missing key makes a condition false). The request's scheme is now passed as
   ``aws:SecureTransport`` (the emulator serves HTTPS, see ``emulator.py``), so
   HTTPS requests pass and plain HTTP ones are denied, as on AWS.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import traceback
from typing import Any

UNIMPLEMENTED_MARKER = "EMULATOR-UNIMPLEMENTED"
EMULATOR_ERROR_MARKER = "EMULATOR-INTERNAL-ERROR"
_STATE_TYPES = {"Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"}
_TERMINAL_TYPES = {"Succeed", "Fail"}


# -- 1. fail fast on unimplemented actions -----------------------------------
def _install_fail_fast() -> None:
    from moto.core.responses import BaseResponse

    original = BaseResponse.call_action
    if getattr(original, "_playbook_ext", False):
        return

    def call_action(self: BaseResponse) -> Any:
        try:
            return original(self)
        except Exception as exc:  # noqa: BLE001 - every moto failure must answer, not hang the SDK
            service = getattr(self, "service_name", None) or type(self).__module__.split(".")[1]
            action = self._get_action() if hasattr(self, "_get_action") else "?"
            if isinstance(exc, NotImplementedError):
                code = "NotImplemented"
                print(f"{UNIMPLEMENTED_MARKER} {service} {action}", file=sys.stderr, flush=True)
                message = (f"The local emulator (moto) does not implement {service}:{action} ({exc}). "
                           f"See deploy_runner/EMULATOR.md.")
            else:
                code = "EmulatorInternalError"
                print(f"{EMULATOR_ERROR_MARKER} {service} {action}", file=sys.stderr, flush=True)
                traceback.print_exc()
                message = (f"The local emulator (moto) failed on {service}:{action}: "
                           f"{type(exc).__name__}: {exc}. See deploy_runner/EMULATOR.md.")
            content_type = (self.headers or {}).get("Content-Type", "") if hasattr(self, "headers") else ""
            if "json" in content_type:
                body = json.dumps({"__type": code, "message": message})
                headers = {"Content-Type": content_type, "x-amzn-ErrorType": code, "status": 501}
            else:
                body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code>"
                        f"<Message>{message}</Message></Error><RequestId>emulator</RequestId></ErrorResponse>")
                headers = {"Content-Type": "text/xml", "status": 501}
            return 501, headers, body

    setattr(call_action, "_playbook_ext", True)  # marks the patch: installing twice would wrap it twice
    BaseResponse.call_action = call_action


# -- 2. Step Functions ValidateStateMachineDefinition -------------------------
def validate_asl(definition: str) -> list[dict[str, str]]:
    """Structural ASL diagnostics (empty list = valid)."""
    try:
        doc = json.loads(definition)
    except (TypeError, ValueError) as exc:
        return [_diag("INVALID_JSON_DESCRIPTION", f"Definition is not valid JSON: {exc}", "/")]
    if not isinstance(doc, dict):
        return [_diag("SCHEMA_VALIDATION_FAILED", "Definition must be a JSON object", "/")]
    return _validate_machine(doc, "")


def _validate_machine(doc: dict[str, Any], where: str) -> list[dict[str, str]]:
    diags: list[dict[str, str]] = []
    states = doc.get("States")
    start = doc.get("StartAt")
    if not isinstance(states, dict) or not states:
        return [_diag("SCHEMA_VALIDATION_FAILED", "States must be a non-empty object", f"{where}/States")]
    if not isinstance(start, str):
        diags.append(_diag("SCHEMA_VALIDATION_FAILED", "StartAt is required", f"{where}/StartAt"))
    elif start not in states:
        diags.append(_diag("MISSING_TRANSITION_TARGET", f"Missing 'Next' target: {start}", f"{where}/StartAt"))
    for name, state in states.items():
        loc = f"{where}/States/{name}"
        if not isinstance(state, dict):
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", "A state must be an object", loc))
            continue
        kind = state.get("Type")
        if kind not in _STATE_TYPES:
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", f"Unknown state Type: {kind!r}", f"{loc}/Type"))
            continue
        targets: list[tuple[str, Any]] = []
        if "Next" in state:
            targets.append((f"{loc}/Next", state["Next"]))
        if kind == "Choice":
            choices = state.get("Choices")
            if not isinstance(choices, list) or not choices:
                diags.append(_diag("SCHEMA_VALIDATION_FAILED", "Choice state needs Choices", f"{loc}/Choices"))
            else:
                targets += [(f"{loc}/Choices/{i}/Next", c.get("Next") if isinstance(c, dict) else None)
                            for i, c in enumerate(choices)]
            if "Default" in state:
                targets.append((f"{loc}/Default", state["Default"]))
        elif kind not in _TERMINAL_TYPES and "Next" not in state and state.get("End") is not True:
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", "State must have 'Next' or 'End': true", loc))
        for i, catcher in enumerate(state.get("Catch") or []):
            targets.append((f"{loc}/Catch/{i}/Next", catcher.get("Next") if isinstance(catcher, dict) else None))
        for path, target in targets:
            if target not in states:
                diags.append(_diag("MISSING_TRANSITION_TARGET", f"Missing 'Next' target: {target}", path))
        if kind == "Parallel":
            for i, branch in enumerate(state.get("Branches") or []):
                diags += _validate_machine(branch if isinstance(branch, dict) else {}, f"{loc}/Branches/{i}")
        if kind == "Map":
            sub = state.get("ItemProcessor") or state.get("Iterator")
            key = "ItemProcessor" if "ItemProcessor" in state else "Iterator"
            diags += _validate_machine(sub if isinstance(sub, dict) else {}, f"{loc}/{key}")
    return diags


def _diag(code: str, message: str, location: str) -> dict[str, str]:
    return {"severity": "ERROR", "code": code, "message": message, "location": location}


def _install_stepfunctions() -> None:
    from moto.core.responses import ActionResult
    from moto.stepfunctions.responses import StepFunctionResponse

    def validate_state_machine_definition(self: Any) -> Any:
        diags = validate_asl(self._get_param("definition"))
        return ActionResult({"result": "FAIL" if diags else "OK", "diagnostics": diags, "truncated": False})

    def list_state_machine_versions(self: Any) -> Any:
        machine = self.stepfunction_backend.describe_state_machine(self._get_param("stateMachineArn"))
        versions = sorted(getattr(machine, "versions", {}).values(), key=lambda v: v.version, reverse=True)
        start = int(self._get_param("nextToken") or 0)
        size = self._get_int_param("maxResults") or 100
        page = versions[start:start + size]
        result: dict[str, Any] = {"stateMachineVersions": [
            {"stateMachineVersionArn": v.arn, "creationDate": v.creation_date} for v in page]}
        if start + size < len(versions):
            result["nextToken"] = str(start + size)
        return ActionResult(result)

    # New actions (moto's responses class has no such method): moto dispatches to them by name.
    setattr(StepFunctionResponse, "validate_state_machine_definition", validate_state_machine_definition)
    setattr(StepFunctionResponse, "list_state_machine_versions", list_state_machine_versions)


# -- 4./5. SageMaker describe fidelity ----------------------------------------
def _install_sagemaker() -> None:
    from moto.core.responses import ActionResult
    from moto.sagemaker.responses import SageMakerResponse

    def without_empty(method: Any, keys: tuple[str, ...]) -> Any:
        def describe(self: Any) -> Any:
            result = method(self)
            body = dict(result.result)
            for key in keys:
                if body.get(key) in ({}, None):
                    body.pop(key, None)
            return ActionResult(body)
        return describe

    # Only the answers change: moto's internals keep reading the full objects.
    SageMakerResponse.describe_model = without_empty(SageMakerResponse.describe_model, ("VpcConfig",))
    SageMakerResponse.describe_endpoint_config = without_empty(
        SageMakerResponse.describe_endpoint_config, ("DataCaptureConfig", "AsyncInferenceConfig"))

    original_create_model = SageMakerResponse.create_model

    def create_model(self: Any) -> Any:
        result = original_create_model(self)
        model = self.sagemaker_backend.describe_model(self._get_param("ModelName"))
        model.enable_network_isolation = bool(self._get_param("EnableNetworkIsolation", False))
        return result

    SageMakerResponse.create_model = create_model


# -- 7. S3 bucket logging permission check ------------------------------------
def _principal_matches(principal: Any, service: str) -> bool:
    if principal == "*":
        return True
    if isinstance(principal, dict):
        if principal.get("AWS") == "*":
            return True
        services = principal.get("Service", [])
        return service in ([services] if isinstance(services, str) else services)
    return False


def _install_s3_logging_policy() -> None:
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
            if (stmt.get("Effect") == "Allow"
                    and _principal_matches(stmt.get("Principal"), models.LOGGING_SERVICE_PRINCIPAL)
                    and ("s3:PutObject" in actions or "s3:*" in actions)
                    and resources_ok & set(resources)):
                return True
        return False

    models.FakeBucket._log_permissions_enabled_policy = staticmethod(log_permissions_enabled_policy)


# -- 8. S3 bucket policies see aws:SecureTransport ------------------------------
_REQUEST = threading.local()


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
            wanted = [str(v).lower() if base == "Bool" else str(v)
                      for v in (expected if isinstance(expected, list) else [expected])]
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


def _install_s3_secure_transport() -> None:
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


class FailFast:
    """WSGI wrapper: any HTTP 500 left (S3 has its own dispatch) becomes a non-retryable 501."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: Any, start_response: Any) -> Any:
        seen: dict[str, Any] = {}

        def capture(status: Any, headers: Any, exc_info: Any = None) -> Any:
            seen["status"], seen["headers"] = status, headers
            return lambda data: None

        _REQUEST.scheme = environ.get("wsgi.url_scheme", "http")  # for extension 8
        result = self.app(environ, capture)
        try:
            chunks = list(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        if not str(seen.get("status", "")).startswith("500"):
            start_response(seen["status"], seen["headers"])
            return chunks
        where = f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO')}?{environ.get('QUERY_STRING', '')}"
        print(f"{EMULATOR_ERROR_MARKER} {where}", file=sys.stderr, flush=True)
        message = (f"The local emulator (moto) failed on {where} (HTTP 500, see the emulator log). "
                   f"See deploy_runner/EMULATOR.md.")
        if "json" in environ.get("CONTENT_TYPE", ""):
            body = json.dumps({"__type": "EmulatorInternalError", "message": message}).encode()
            headers = [("Content-Type", environ["CONTENT_TYPE"]), ("x-amzn-ErrorType", "EmulatorInternalError")]
        else:
            body = (f"<Error><Code>EmulatorInternalError</Code><Message>{message}</Message>"
                    f"<RequestId>emulator</RequestId></Error>").encode()
            headers = [("Content-Type", "application/xml")]
        start_response("501 Not Implemented", [*headers, ("Content-Length", str(len(body)))])
        return [body]


# -- 9. Lambda DeadLetterConfig / LoggingConfig --------------------------------
def _install_lambda() -> None:
    """moto accepts DeadLetterConfig and LoggingConfig but never returns them:
    Terraform then re-adds both blocks on every plan. They are now stored on
    create/update and returned; LoggingConfig defaults to AWS's answer
    (Text format, log group /aws/lambda/<name>)."""
    from moto.awslambda.models import LambdaFunction

    original_init = LambdaFunction.__init__
    original_update = LambdaFunction.update_configuration
    original_get = LambdaFunction.get_configuration

    def __init__(self: Any, account_id: Any, spec: Any, region: Any, *args: Any, **kwargs: Any) -> Any:
        original_init(self, account_id, spec, region, *args, **kwargs)
        self._playbook_dlq = spec.get("DeadLetterConfig") or {}
        self._playbook_logging = spec.get("LoggingConfig") or {}

    def update_configuration(self: Any, config_updates: Any) -> Any:
        if "DeadLetterConfig" in config_updates:
            self._playbook_dlq = config_updates["DeadLetterConfig"] or {}
        if "LoggingConfig" in config_updates:
            self._playbook_logging = {**getattr(self, "_playbook_logging", {}), **(config_updates["LoggingConfig"] or {})}
        return original_update(self, config_updates)

    def get_configuration(self: Any, *args: Any, **kwargs: Any) -> Any:
        config = original_get(self, *args, **kwargs)
        dlq = getattr(self, "_playbook_dlq", {})
        if dlq.get("TargetArn"):
            config["DeadLetterConfig"] = {"TargetArn": dlq["TargetArn"]}
        logging = getattr(self, "_playbook_logging", {})
        config["LoggingConfig"] = {"LogFormat": logging.get("LogFormat", "Text"),
                                   "LogGroup": logging.get("LogGroup") or f"/aws/lambda/{self.function_name}",
                                   **{k: v for k, v in logging.items() if k not in ("LogFormat", "LogGroup")}}
        return config

    LambdaFunction.__init__ = __init__
    LambdaFunction.update_configuration = update_configuration
    LambdaFunction.get_configuration = get_configuration


def install_extensions() -> None:
    _install_fail_fast()
    _install_s3_logging_policy()
    _install_s3_secure_transport()
    _install_lambda()
    _install_stepfunctions()
    _install_sagemaker()
    # 10./11./12.: executions run their states; SageMaker jobs and Python Lambdas run locally (one module each).
    from . import emulator_lambda, emulator_sagemaker_jobs, emulator_sfn

    emulator_sfn.install()
    emulator_sagemaker_jobs.install()
    emulator_lambda.install()


# -- 6. deterministic ids for record/replay -----------------------------------
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
        digest = hashlib.sha256(b"\0".join([environ.get("REQUEST_METHOD", "").encode(), path.encode(),
                                            environ.get("QUERY_STRING", "").encode(), body])).hexdigest()
        with self.lock:
            occurrence = self.seen[digest]
            self.seen[digest] += 1
            seed = int(hashlib.sha256(f"{digest}:{occurrence}".encode()).hexdigest()[:16], 16)
            mock_random.seed(seed)
            random.seed(seed)
            return list(self.app(environ, start_response))


def build_app(deterministic_ids: bool = False) -> Any:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

    from .emulator_retries import RetryLedger

    install_extensions()
    app = RetryLedger(FailFast(DomainDispatcherApplication(create_backend_app)))
    return DeterministicIds(app) if deterministic_ids else app


def _stop_jobs_on_exit() -> None:
    """A stopped emulator leaves no local SageMaker job running (extension 11)."""
    import atexit
    import signal

    from . import local_jobs

    atexit.register(local_jobs.kill_all)

    def on_term(signum: Any, frame: Any) -> Any:
        local_jobs.kill_all()
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)


def main(argv: list[str] | None = None) -> None:
    from werkzeug.serving import run_simple
    from moto.moto_server.werkzeug_app import MotoRequestHandler

    parser = argparse.ArgumentParser(description="moto server with the project's extensions")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--deterministic-ids", action="store_true")
    parser.add_argument("--ssl-cert")
    parser.add_argument("--ssl-key")
    args = parser.parse_args(argv)
    ssl_context = (args.ssl_cert, args.ssl_key) if args.ssl_cert and args.ssl_key else None
    from . import emulator_loopback

    emulator_loopback.configure(args.host, args.port, args.ssl_cert if ssl_context else None)
    _stop_jobs_on_exit()
    run_simple(args.host, args.port, build_app(args.deterministic_ids), threaded=True,
               request_handler=MotoRequestHandler, ssl_context=ssl_context)


if __name__ == "__main__":
    main()
