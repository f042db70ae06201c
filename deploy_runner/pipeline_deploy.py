"""The "deploy pipeline" step that runs after the infrastructure is applied.

1. read the stack outputs ``artifact_bucket`` and ``orchestrator_arn``;
2. upload the pipeline's code artifacts to the bucket: every node whose config
   has a local ``code`` directory (where validation found it: playbooks.code_location) is synced to
   ``s3://<artifact_bucket>/<node path>/code/`` (the constructs' layout) — or to
   the S3 URI the stack publishes for it in an optional ``code_locations``
   output (node path -> ``s3://...``). Code the stack itself ships as
   ``aws_s3_object`` resources (the project's constructs embed code up to 2 MB)
   is not uploaded again — that would fight Terraform — only checked to be in
   the bucket; pass ``stack_dir`` so the step can tell. Unchanged files are skipped (the MD5 is kept in the object's
   ``content-md5`` metadata: with SSE-KMS the ETag is not an MD5);
3. prune the SageMaker endpoint configurations and models earlier runs created beyond
   the newest few (``run_resources.prune``, found by the orchestrator's own
   ``playbook``/``environment`` tags);
4. start one Step Functions execution of the orchestrator and return its ARN.

``deploy_pipeline(outputs, artifacts, emulator_endpoint=...)`` is the whole
step; ``code_artifacts(resolved_pipeline)`` finds the artifacts of a resolved
playbook (nested pipelines included, node paths joined with ``/``).
Credentials: the standard AWS chain for real AWS, the emulator's own key pair for the emulator.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from constructs_lib.tags import ENVIRONMENT_TAG, NODE_TAG, PLAYBOOK_TAG
from playbooks.code_location import local_code_dirs
from stacks.outputs import ARTIFACT_BUCKET, ORCHESTRATOR_ARN, REQUIRED_FOR_RUN

from .emulator import EMULATOR_CREDENTIALS, emulator_client
from .tf_errors import DeployError

if TYPE_CHECKING:
    from stacks.environments import Environment

REQUIRED_OUTPUTS = REQUIRED_FOR_RUN
_SKIP_NAMES = {"__pycache__", ".git", ".DS_Store", ".venv", "node_modules"}


@dataclass(frozen=True)
class CodeArtifact:
    node: str  # node path inside the pipeline, e.g. "prep" or "features/clean"
    local_path: Path  # directory (or single file) to upload


def code_artifacts(pipeline: Any) -> list[CodeArtifact]:
    """Local code directories referenced by a ResolvedPipeline's node configs, nested pipelines included.

    Each resolves where validation checked it and synth bundled it (playbooks.code_location), never
    against the caller's working directory. ``s3://`` locations and nodes without ``code`` are skipped
    (the stack itself provides their bundled code).
    """
    found: list[CodeArtifact] = []
    for local in local_code_dirs(pipeline):
        if local.directory is None:
            raise DeployError(
                f"node {local.node}: `code: {local.code}` is a local directory, but the playbook has no file or "
                "library folder to resolve it against. Use an s3:// URI, or run the playbook from its file.",
                kind="code_missing",
            )
        if not local.directory.exists():
            raise DeployError(
                f"node {local.node}: code directory {local.directory} does not exist (config `code: {local.code}`, "
                f"relative to {local.root}). Fix the path in the playbook.",
                kind="code_missing",
            )
        found.append(CodeArtifact(local.node, local.directory))
    return found


def _client(service: str, emulator_endpoint: str | None, region: str | None, environment: Environment | None = None) -> Any:
    if emulator_endpoint:
        return emulator_client(service, emulator_endpoint, region or EMULATOR_CREDENTIALS["AWS_REGION"])
    if environment is not None:  # the environment's profile / role, as Terraform uses them
        from .aws_clients import aws_client

        return aws_client(service, environment, region=region)
    import boto3

    return boto3.client(service, region_name=region)  # standard credential chain


def _files(root: Path) -> Iterator[tuple[Path, str]]:
    if root.is_file():
        yield root, root.name
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not (set(path.relative_to(root).parts) & _SKIP_NAMES):
            yield path, path.relative_to(root).as_posix()


def _split_s3(uri: str) -> tuple[str, str]:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return bucket, key


def stack_managed_code(stack_dir: Path | None) -> dict[str, list[str]]:
    """Node path -> S3 keys of the code objects the stack's Terraform manages."""
    if stack_dir is None:
        return {}
    try:
        doc = json.loads((Path(stack_dir) / "cdk.tf.json").read_text())
    except (OSError, ValueError):
        return {}
    managed: dict[str, list[str]] = {}
    for block in (doc.get("resource", {}).get("aws_s3_object") or {}).values():
        node = (block.get("tags") or {}).get(NODE_TAG)
        key = block.get("key", "")
        if node and isinstance(key, str) and key.startswith(f"{node}/code/"):
            managed.setdefault(node, []).append(key)
    return managed


def upload_artifacts(
    s3: Any,
    bucket: str,
    artifacts: list[CodeArtifact],
    locations: dict[str, str] | None = None,
    managed: dict[str, list[str]] | None = None,
) -> list[dict[str, Any]]:
    """Sync each artifact to its prefix; returns one entry per node with uploaded/skipped counts."""
    report = []
    for art in artifacts:
        if managed and art.node in managed:
            missing = []
            for key in managed[art.node]:
                try:
                    s3.head_object(Bucket=bucket, Key=key)
                except s3.exceptions.ClientError:
                    missing.append(key)
            if missing:
                raise DeployError(
                    f"node {art.node}: the stack's code objects {', '.join(missing)} are not in "
                    f"s3://{bucket}; deploy the infrastructure again (`playbook deploy`).",
                    kind="code_missing",
                )
            report.append(
                {
                    "node": art.node,
                    "source": str(art.local_path),
                    "uri": f"s3://{bucket}/{art.node}/code/",
                    "uploaded": 0,
                    "unchanged": len(managed[art.node]),
                    "managed_by": "terraform",
                }
            )
            continue
        target = (locations or {}).get(art.node) or f"s3://{bucket}/{art.node}/code/"
        tbucket, prefix = _split_s3(target)
        prefix = prefix if prefix.endswith("/") or not prefix else prefix + "/"
        uploaded = skipped = 0
        for path, rel in _files(art.local_path):
            data = path.read_bytes()
            key = prefix + rel
            md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
            try:
                if s3.head_object(Bucket=tbucket, Key=key).get("Metadata", {}).get("content-md5") == md5:
                    skipped += 1
                    continue
            except s3.exceptions.ClientError:
                pass
            s3.put_object(Bucket=tbucket, Key=key, Body=data, Metadata={"content-md5": md5})
            uploaded += 1
        report.append(
            {
                "node": art.node,
                "source": str(art.local_path),
                "uri": f"s3://{tbucket}/{prefix}",
                "uploaded": uploaded,
                "unchanged": skipped,
            }
        )
    return report


def _prune_earlier_runs(sfn: Any, sagemaker: Any, orchestrator: str) -> list[str]:
    from . import run_resources

    have = {t["key"]: t["value"] for t in sfn.list_tags_for_resource(resourceArn=orchestrator).get("tags", [])}
    wanted = run_resources.pipeline_tags(have.get(PLAYBOOK_TAG, ""), have.get(ENVIRONMENT_TAG, ""))
    if not all(wanted.values()):  # a stack from before the tags: nothing can be told apart safely
        return []
    return run_resources.prune(sagemaker, wanted)


def deploy_pipeline(
    outputs: dict[str, Any],
    artifacts: Sequence[CodeArtifact] = (),
    *,
    emulator_endpoint: str | None = None,
    execution_input: dict[str, Any] | None = None,
    start: bool = True,
    region: str | None = None,
    stack_dir: Path | str | None = None,
    environment: Environment | None = None,
) -> dict[str, Any]:
    """Upload code artifacts and start the orchestrator; returns a plain dict.

    ``{"artifact_bucket", "orchestrator_arn", "artifacts": [...], "execution_arn", "execution_status"}``
    """
    missing = [name for name in REQUIRED_OUTPUTS if not outputs.get(name)]
    if missing:
        raise DeployError(
            f"the stack has no output(s) {', '.join(missing)}; deploy the infrastructure first "
            f"(`playbook deploy`), or resynthesize the stack.",
            kind="no_outputs",
        )
    bucket, orchestrator = str(outputs[ARTIFACT_BUCKET]), str(outputs[ORCHESTRATOR_ARN])
    region = region or (orchestrator.split(":")[3] if orchestrator.count(":") >= 5 else None)
    try:
        s3 = _client("s3", emulator_endpoint, region, environment)
        uploaded = upload_artifacts(
            s3,
            bucket,
            list(artifacts),
            outputs.get("code_locations") or None,
            stack_managed_code(Path(stack_dir) if stack_dir else None),
        )
        result: dict[str, Any] = {
            "artifact_bucket": bucket,
            "orchestrator_arn": orchestrator,
            "artifacts": uploaded,
            "execution_arn": None,
            "execution_status": None,
        }
        if start:
            sfn = _client("stepfunctions", emulator_endpoint, region, environment)
            sagemaker = _client("sagemaker", emulator_endpoint, region, environment)
            result["pruned"] = _prune_earlier_runs(sfn, sagemaker, orchestrator)
            name = f"deploy-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{hashlib.sha1(str(time.time_ns()).encode()).hexdigest()[:6]}"
            started = sfn.start_execution(stateMachineArn=orchestrator, name=name, input=json.dumps(execution_input or {}))
            result["execution_arn"] = started["executionArn"]
            result["execution_status"] = sfn.describe_execution(executionArn=started["executionArn"])["status"]
        return result
    except DeployError:
        raise
    except Exception as exc:  # botocore errors: one message, no credentials in it
        where = f"the local emulator at {emulator_endpoint}" if emulator_endpoint else "AWS"
        raise DeployError(
            f"deploying the pipeline to {where} failed: {type(exc).__name__}: {exc}. Check the stack is deployed and reachable.",
            kind="pipeline_deploy",
        ) from exc
