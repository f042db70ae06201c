"""Every failure a user can act on shares one root, and front ends map it by kind and exit code.

A front end that matched class names forgot every failure added after it; these tests
define a failure the front ends have never seen and check each one reports it.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil

import pytest

from playbooks.failures import PlaybookFailure

PRODUCT_PACKAGES = ("playbooks", "stacks", "deploy_runner", "pipeline_ops", "playbook_cli", "playbook_ui", "playbook_windmill")

# Exceptions that never reach a user: each is caught inside its own layer and turned into something else.
INTERNAL = {
    "playbooks.file_lock.LockTimeout": "callers turn it into their own failure naming what was busy",
    "playbooks.yaml_source._TooLarge": "the loader reports it as a positioned playbook error",
    "deploy_runner.emulator_auth.Refused": "answered as an AWS protocol error by the emulator",
    "playbook_ui.data_routes.Refused": "answered as the HTTP error response it carries (status and words)",
    "deploy_runner.emulator_credentials.CredentialsError": "the emulator refuses the request in AWS's error shape",
    "deploy_runner.endpoint_servers.ServingFailed": "answered as InvokeEndpoint's ModelError by the emulator",
    "deploy_runner.local_jobs.JobFailed": "a local job's failure becomes the job's FailureReason",
    "deploy_runner.standins.xgboost_algorithm.AlgorithmError": "runs inside a job; written to the failure file",
    "deploy_runner.standins.huggingface_training.AlgorithmError": "runs inside a job; written to the failure file",
    "deploy_runner.standins.hf_finetune.ScriptError": "the bundled fine-tuning script's own failure, inside a job",
    "deploy_runner.standins.huggingface_inference.RequestError": "inside the serving stand-in; answered as its HTTP status",
    "deploy_runner.tf_process.StopRequested": "a signal inside a Terraform run; becomes Interrupted",
    "deploy_runner.transform_filters.FilterFailed": "fails the transform job with a FailureReason",
    "pipeline_ops.deployed.EmulatorNotRunning": "status reports the deployment as unreachable instead",
    "pipeline_ops.infra_ops.StoppedAfterApply": "carries a finished apply's result to the CLI, which reports it",
    "playbook_ui.server.ApiError": "the builder's own HTTP answer",
}


def _exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for name in PRODUCT_PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            if info.name.endswith("__main__"):  # runs a server when imported
                continue
            module = importlib.import_module(info.name)
            for attr, value in vars(module).items():
                if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == info.name:
                    found[f"{info.name}.{attr}"] = value
    return found


def test_every_user_facing_exception_is_a_playbook_failure() -> None:
    classes = _exception_classes()
    outside = sorted(n for n, c in classes.items() if not issubclass(c, PlaybookFailure) and n not in INTERNAL)
    assert outside == [], f"not under PlaybookFailure (add it there, or to INTERNAL with the reason): {outside}"
    stale = sorted(n for n in INTERNAL if n not in classes)
    assert stale == [], f"INTERNAL names classes that no longer exist: {stale}"
    no_kind = sorted(
        n
        for n, c in classes.items()
        if issubclass(c, PlaybookFailure) and c is not PlaybookFailure and c.kind == PlaybookFailure.kind
    )
    assert no_kind == [], f"failures without a kind of their own (`--json` readers tell them apart by it): {no_kind}"


class _QuotaFailure(PlaybookFailure):
    """Stands in for a failure added after every front end was written."""

    kind = "quota"
    exit_code = 3


def _raise_quota(args: argparse.Namespace) -> int:
    raise _QuotaFailure("the account's quota for ml.m5.xlarge is 0; ask for an increase")


def test_cli_reports_an_unseen_failure_by_its_kind_and_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    from playbook_cli.reporting import guarded

    code = guarded(_raise_quota)(argparse.Namespace(json=True, command="deploy"))
    document = json.loads(capsys.readouterr().out)
    assert code == 3
    assert document == {
        "ok": False,
        "command": "deploy",
        "error": {"kind": "quota", "message": "the account's quota for ml.m5.xlarge is 0; ask for an increase", "errors": []},
    }


def test_cli_dispatch_prints_one_error_line_for_an_unseen_failure(capsys: pytest.CaptureFixture[str]) -> None:
    from playbook_cli.main import _dispatch

    code = _dispatch(argparse.Namespace(json=False, command="deploy", handler=_raise_quota))
    assert code == 3
    assert capsys.readouterr().err.strip() == "error: the account's quota for ml.m5.xlarge is 0; ask for an increase"


@pytest.mark.parametrize(
    ("failure", "status"),
    [
        ("pipeline_ops.errors:UnknownName", 404),
        ("deploy_runner.emulator:EmulatorError", 502),
        ("tests.cli.test_failure_root:_QuotaFailure", 400),
    ],
)
def test_builder_answers_an_unhandled_failure_by_its_kind(failure: str, status: int) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from playbook_ui.server import _EXCEPTION_HANDLERS

    module, _, name = failure.partition(":")
    cls = getattr(importlib.import_module(module), name)

    async def route(request: object) -> None:
        raise cls("what went wrong, and the fix")

    app = Starlette(routes=[Route("/x", route)], exception_handlers=_EXCEPTION_HANDLERS)
    answer = TestClient(app, raise_server_exceptions=False).get("/x")
    assert answer.status_code == status
    assert answer.json() == {"error": "what went wrong, and the fix", "kind": cls.kind}
