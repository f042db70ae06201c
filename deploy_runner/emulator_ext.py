"""moto server plus the project's small, honest extensions: the emulator's entry point.

Run as ``python -m deploy_runner.emulator_ext --port N`` (``Emulator.start``
does this). It serves moto's own WSGI application after installing the
extensions; each one implements the real semantics of a call the AWS provider
makes and moto lacks — never a blanket "success". Each lives in its own module,
whose docstring gives the reason; EMULATOR.md has the same table (keep both in sync).

Extensions
----------
1. A call moto cannot answer (unimplemented action, crash) fails fast with
   HTTP 501 instead of a retried 500 — ``emulator_fail_fast``.
2. Step Functions ``ValidateStateMachineDefinition`` (a structural ASL check) and
3. ``ListStateMachineVersions`` — ``emulator_sfn_definitions``.
4. SageMaker ``CreateModel``/``DescribeModel`` and
5. ``DescribeEndpointConfig`` answer as AWS does — ``emulator_sagemaker_describe``.
6. ``--deterministic-ids`` (persistent emulator): requests one at a time, moto's
   randomness seeded per request, no credential in the recording —
   ``emulator_deterministic_ids``.
7. S3 ``PutBucketLogging`` reads every IAM principal form, and
8. S3 bucket policies evaluate conditions as IAM does, with
   ``aws:SecureTransport`` from the request's scheme — ``emulator_s3_policies``.
9. Lambda ``DeadLetterConfig``/``LoggingConfig`` are stored and returned —
   ``emulator_lambda_config``.
10. Step Functions executions run their states — ``emulator_sfn``.
11. SageMaker jobs run as local processes — ``emulator_sagemaker_jobs``.
12. Python Lambda functions are invoked locally — ``emulator_lambda``.
13. A retried write whose first attempt succeeded gets that first answer again
    — ``emulator_retries``.
14. IAM refuses a policy past its size quota (a role's inline policies together
    10,240 characters, whitespace not counted) with ``LimitExceeded`` —
    ``emulator_iam_quota``.
15. Every request must carry a SigV4 signature made with the emulator's own
    key pair (one per state directory); anything else is refused with AWS's
    error for that protocol — ``emulator_auth``.
16. SageMaker ``UpdateEndpoint`` (a pipeline's second run) — ``emulator_sagemaker_endpoints``.
17. IAM knows AWS's managed policies (a role can attach one) — ``emulator_iam_managed``.
18. Every RDS DB instance has its own ``DbiResourceId`` — ``emulator_rds_ids``.
19. SageMaker Runtime ``InvokeEndpoint`` runs the endpoint's model in a warm local
    server — ``emulator_sagemaker_invoke`` (servers: ``endpoint_servers``).
21. SageMaker ``Describe*`` answers of jobs, models and endpoints carry what their
    ``Create*`` sent and fit botocore's output shapes — ``emulator_sagemaker_describe``.
22. With ``PLAYBOOK_EMULATOR_FIRE_SCHEDULES=SECONDS``, due EventBridge Scheduler schedules start
    their targets — ``emulator_scheduler_fire`` (a server thread, started by ``main``).
23. S3 deletes a key that has a delete marker once versioning is suspended (a destroy
    of a bucket a user deleted from) — ``emulator_s3_delete_markers``.
24. Step Functions ``RedriveExecution`` continues a failed execution from its failed states,
    keeping what succeeded — ``emulator_sfn_redrive``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def install_extensions() -> None:
    """Patch moto in place (1-5, 7-12, 14, 16-19, 21, 23, 24); 6, 13 and 15 are WSGI layers added by ``build_app``."""
    from . import (
        emulator_fail_fast,
        emulator_iam_managed,
        emulator_iam_quota,
        emulator_lambda,
        emulator_lambda_config,
        emulator_rds_ids,
        emulator_s3_delete_markers,
        emulator_s3_policies,
        emulator_sagemaker_describe,
        emulator_sagemaker_endpoints,
        emulator_sagemaker_invoke,
        emulator_sagemaker_jobs,
        emulator_sfn,
        emulator_sfn_definitions,
        emulator_sfn_redrive,
    )

    emulator_fail_fast.install()
    emulator_s3_delete_markers.install()
    emulator_s3_policies.install_logging_permission()
    emulator_s3_policies.install_secure_transport()
    emulator_lambda_config.install()
    emulator_sfn_definitions.install()
    emulator_sagemaker_describe.install()
    emulator_sagemaker_endpoints.install()
    emulator_sagemaker_invoke.install()
    emulator_sfn.install()
    emulator_sfn_redrive.install()
    emulator_sagemaker_jobs.install()
    emulator_lambda.install()
    emulator_iam_quota.install()
    emulator_iam_managed.install()
    emulator_rds_ids.install()


def build_app(key_file: Path, deterministic_ids: bool = False) -> Any:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

    from .emulator_auth import RequireSignature
    from .emulator_deterministic_ids import DeterministicIds
    from .emulator_fail_fast import FailFast
    from .emulator_retries import RetryLedger
    from .emulator_s3_policies import RequestScheme

    install_extensions()
    app = RetryLedger(FailFast(RequestScheme(DomainDispatcherApplication(create_backend_app))))
    # The signature check is outermost: nothing of moto's (nor the recorder) runs for a refused request.
    return RequireSignature(DeterministicIds(app) if deterministic_ids else app, key_file)


def _stop_jobs_on_exit() -> None:
    """A stopped emulator leaves no local SageMaker job or model server running (extensions 11, 19)."""
    import atexit
    import signal

    from . import endpoint_servers, local_jobs

    atexit.register(local_jobs.kill_all)
    atexit.register(endpoint_servers.stop_all)

    def on_term(signum: Any, frame: Any) -> Any:
        local_jobs.kill_all()
        endpoint_servers.stop_all()
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
    from .emulator_credentials import PATH_VAR, read_key

    if not os.environ.get(PATH_VAR):
        parser.error(f"{PATH_VAR} must name the emulator's credentials file (Emulator.start sets it)")
    key_file = Path(os.environ[PATH_VAR])
    read_key(key_file)  # fail at start, not at the first request
    ssl_context = (args.ssl_cert, args.ssl_key) if args.ssl_cert and args.ssl_key else None
    from . import emulator_loopback

    emulator_loopback.configure(args.host, args.port, args.ssl_cert if ssl_context else None, key_file)
    _stop_jobs_on_exit()
    from . import emulator_scheduler_fire

    emulator_scheduler_fire.start_from_environment()
    run_simple(
        args.host,
        args.port,
        build_app(key_file, args.deterministic_ids),
        threaded=True,
        request_handler=MotoRequestHandler,
        ssl_context=ssl_context,
    )


if __name__ == "__main__":
    main()
