"""Run Terraform on a synthesized stack directory (``cdk.tf.json``).

Public API (what ``pipeline_ops`` calls)::

    plan_stack(stack_dir, *, destroy=False, emulator_endpoint=None, on_output=None) -> PlanResult
    apply_plan(plan, *, on_output=None) -> ApplyResult          # applies EXACTLY plan.plan_file
    destroy_stack(stack_dir, *, emulator_endpoint=None, on_output=None) -> ApplyResult
    stack_outputs(stack_dir, *, emulator_endpoint=None) -> dict[str, Any]

Every failure is a ``DeployError`` whose message says what happened and the
fix (terraform missing, provider missing from the mirror, state directory not
writable, state locked by another deploy, emulator gone, stale plan).

State: a stack with a ``local`` backend (or none) keeps its state in
``<repo>/.playbook/state/<stack>/terraform.tfstate``: the runner passes that
path with ``-backend-config`` (or an ``*_override.tf.json`` when the JSON has
no backend block), so it does not depend on where the stack was synthesized.
A stack with an ``s3`` backend keeps its bucket/key/lock settings; against
the emulator the runner adds the endpoint settings in a backend config file
and creates the state bucket in the emulator first.

Terraform always runs with the project's CLI config (see ``cli_config``),
``-input=false -no-color``, ``-lock-timeout=0s`` (a held lock is refused at
once, never waited for). Against the emulator it gets dummy credentials
only, ``-var aws_endpoint_url=<endpoint>`` and ``AWS_MAX_ATTEMPTS=2`` so a dead
emulator fails in seconds instead of minutes of SDK retries.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cli_config import ConfigError, TerraformCliConfig, state_root, write_cli_config
from .emulator import emulator_client, emulator_env

OutputCallback = Callable[[str], None]
ENDPOINT_VARIABLE = "aws_endpoint_url"
_LOCAL_OVERRIDE = "zz_playbook_backend_override.tf.json"
EMULATOR_TIMEOUT = 1800.0  # seconds per terraform command against the emulator


class DeployError(Exception):
    """A deploy step failed; ``str(exc)`` is one message that names the fix."""

    def __init__(self, message: str, *, kind: str = "terraform", output: str = ""):
        super().__init__(message)
        self.kind = kind
        self.output = output


# -- results ---------------------------------------------------------------
@dataclass
class ResourceChange:
    address: str
    type: str
    node: str
    action: str  # create | update | delete | replace | read

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class PlanSummary:
    add: int = 0
    change: int = 0
    destroy: int = 0
    changes: list[ResourceChange] = field(default_factory=list)
    output_changes: dict[str, str] = field(default_factory=dict)
    drifted: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes or self.output_changes)

    def by_node(self) -> dict[str, list[ResourceChange]]:
        groups: dict[str, list[ResourceChange]] = {}
        for change in self.changes:
            groups.setdefault(change.node, []).append(change)
        return dict(sorted(groups.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "add": self.add, "change": self.change, "destroy": self.destroy,
            "by_node": {node: [c.as_dict() for c in items] for node, items in self.by_node().items()},
            "output_changes": dict(self.output_changes), "drifted": list(self.drifted),
        }

    def render(self) -> str:
        """Readable text: one block per pipeline node."""
        if not self.has_changes:
            return "No changes. The infrastructure matches the playbook."
        symbol = {"create": "+", "update": "~", "delete": "-", "replace": "-/+", "read": "<="}
        lines = [f"Plan: {self.add} to add, {self.change} to change, {self.destroy} to destroy."]
        for node, items in self.by_node().items():
            lines.append(f"  {node}:")
            lines += [f"    {symbol.get(c.action, '?'):>3} {c.address}" for c in items]
        if self.output_changes:
            lines.append("  outputs: " + ", ".join(f"{k} ({v})" for k, v in sorted(self.output_changes.items())))
        return "\n".join(lines)


@dataclass
class PlanResult:
    stack: str
    stack_dir: Path
    plan_file: Path
    summary: PlanSummary
    destroy: bool = False
    emulator_endpoint: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"stack": self.stack, "stack_dir": str(self.stack_dir), "plan_file": str(self.plan_file),
                "destroy": self.destroy, "emulator_endpoint": self.emulator_endpoint,
                "has_changes": self.summary.has_changes, "summary": self.summary.as_dict()}


@dataclass
class ApplyResult:
    stack: str
    outputs: dict[str, Any]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- the runner ------------------------------------------------------------
def terraform_binary() -> str:
    explicit = os.environ.get("PLAYBOOK_TERRAFORM")
    found = explicit if explicit and os.access(explicit, os.X_OK) else shutil.which(explicit or "terraform")
    if not found:
        raise DeployError(
            "terraform was not found" + (f" at PLAYBOOK_TERRAFORM={explicit}" if explicit else " on PATH") +
            ". Install Terraform >= 1.10 (https://developer.hashicorp.com/terraform/install) "
            "or set PLAYBOOK_TERRAFORM to the terraform binary.", kind="terraform_missing")
    return found


class StackRunner:
    """Terraform operations for one synthesized stack directory."""

    def __init__(self, stack_dir: Path | str, *, emulator_endpoint: str | None = None,
                 on_output: OutputCallback | None = None, timeout: float | None = None):
        self.stack_dir = Path(stack_dir).resolve()
        self.config_file = self.stack_dir / "cdk.tf.json"
        if not self.config_file.is_file():
            raise DeployError(f"{self.config_file} does not exist. Synthesize the stack first "
                              f"(`playbook synth TARGET --env ENV`).", kind="no_stack")
        try:
            self.doc = json.loads(self.config_file.read_text())
        except ValueError as exc:
            raise DeployError(f"{self.config_file} is not valid JSON ({exc}). Synthesize the stack again.",
                              kind="no_stack") from exc
        meta = self.doc.get("//", {}).get("metadata", {})
        self.stack = str(meta.get("stackName") or self.stack_dir.name)
        self.emulator_endpoint = emulator_endpoint.rstrip("/") if emulator_endpoint else None
        self.on_output = on_output
        # Against the emulator nothing legitimate takes 30 minutes: bound it so a hang fails.
        self.timeout = timeout if timeout is not None else (EMULATOR_TIMEOUT if self.emulator_endpoint else None)
        self.terraform = terraform_binary()
        self.state_dir = state_root() / "state" / self.stack
        self.plans_dir = state_root() / "plans" / self.stack
        self._check_writable()
        try:
            self.cli: TerraformCliConfig = write_cli_config()
        except ConfigError as exc:
            raise DeployError(str(exc), kind="config") from exc

    # -- environment -------------------------------------------------------
    @property
    def backend(self) -> tuple[str, dict[str, Any]]:
        backends = self.doc.get("terraform", {}).get("backend") or {}
        if not backends:
            return "local", {}
        kind, conf = next(iter(backends.items()))
        return kind, conf

    def env(self) -> dict[str, str]:
        env = self.cli.env()
        if self.emulator_endpoint:
            env = emulator_env(env)
            env["AWS_MAX_ATTEMPTS"] = "2"  # a dead emulator fails in seconds, not minutes
        return env

    def _var_args(self) -> list[str]:
        declared = ENDPOINT_VARIABLE in (self.doc.get("variable") or {})
        if self.emulator_endpoint:
            if not declared:
                raise DeployError(
                    f"stack {self.stack} does not declare the variable '{ENDPOINT_VARIABLE}', so it cannot be "
                    f"pointed at the local emulator. Synthesize it for an emulator environment (e.g. --env local).",
                    kind="not_emulator_stack")
            return ["-var", f"{ENDPOINT_VARIABLE}={self.emulator_endpoint}"]
        return []

    # -- checks ------------------------------------------------------------
    def _check_writable(self) -> None:
        for directory, what in ((self.state_dir, "state directory"), (self.plans_dir, "plan directory"),
                                (self.stack_dir, "stack directory (terraform keeps .terraform/ there)")):
            try:
                directory.mkdir(parents=True, exist_ok=True)
                probe = directory / ".write-test"
                probe.write_text("")
                probe.unlink()
            except OSError as exc:
                raise DeployError(
                    f"cannot write the {what} {directory}: {exc.strerror}. Make it writable "
                    f"(e.g. `chmod -R u+w {directory}`), or set PLAYBOOK_STATE_DIR to a writable directory.",
                    kind="state_not_writable") from exc

    # -- subprocess --------------------------------------------------------
    def _run(self, args: list[str], *, stream: bool = True, check: bool = True) -> tuple[int, str]:
        cmd = [self.terraform, f"-chdir={self.stack_dir}", *args]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=self.env(), text=True, bufsize=1, start_new_session=True)
        lines: list[str] = []
        timed_out = threading.Event()
        timer = None
        if self.timeout:
            def expire() -> None:
                timed_out.set()
                _interrupt(proc)
            timer = threading.Timer(self.timeout, expire)
            timer.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                line = line.rstrip("\n")
                lines.append(line)
                if stream and self.on_output:
                    self.on_output(line)
            code = proc.wait()
        except BaseException:
            _interrupt(proc)
            raise
        finally:
            if timer:
                timer.cancel()
        text = "\n".join(lines)
        if timed_out.is_set():
            raise DeployError(f"terraform {args[0]} on stack {self.stack} did not finish within {self.timeout:.0f} s "
                              f"and was interrupted. Check the emulator/AWS is reachable and rerun.",
                              kind="timeout", output=text)
        if code != 0 and check:
            raise self._classify(args[0], text)
        return code, text

    def _classify(self, command: str, text: str) -> DeployError:
        lock = _parse_lock(text)
        if lock is not None:
            who, created, lock_id = lock.get("Who", "?"), lock.get("Created", "?"), lock.get("ID", "?")
            op = lock.get("Operation", "?")
            return DeployError(
                f"the state of stack {self.stack} is locked by {who} ({op}), started at {created}: another deploy "
                f"is running. Wait for it to finish. If that deploy died, unlock with "
                f"`terraform -chdir={self.stack_dir} force-unlock {lock_id}`.", kind="locked", output=text)
        if command == "init" and re.search(r"(provider|Provider).*(hashicorp/aws)|Failed to (query|install) provider",
                                           text):
            mirror = self.cli.mirror
            where = (f"the provider mirror {mirror} (expected {mirror}/registry.terraform.io/hashicorp/aws/"
                     f"<version>/<os_arch>/terraform-provider-aws_*)") if mirror else "the Terraform registry"
            fix = ("Put the provider there (the version the stack pins), point PLAYBOOK_PROVIDER_MIRROR at a "
                   "mirror that has it, or set PLAYBOOK_PROVIDER_MIRROR=none to download it (needs internet)."
                   if mirror else "Check the internet connection, or set PLAYBOOK_PROVIDER_MIRROR to a local mirror.")
            return DeployError(f"terraform init could not install hashicorp/aws from {where}. {fix}",
                               kind="provider_missing", output=text)
        if "Saved plan is stale" in text:
            return DeployError(f"the saved plan for stack {self.stack} is stale (the state changed since it was "
                               f"made). Run plan again and apply the new plan.", kind="stale_plan", output=text)
        if self.emulator_endpoint and re.search(r"connection refused|connect: connection reset|EOF", text):
            return DeployError(
                f"the local AWS emulator at {self.emulator_endpoint} stopped answering during terraform {command} "
                f"of stack {self.stack}. Start it again (`playbook emulator start`) and rerun; the emulator keeps "
                f"resources in memory, so the rerun recreates what was lost.", kind="emulator_down", output=text)
        if re.search(r"permission denied", text, re.I) and ("state" in text.lower() or "tfstate" in text):
            return DeployError(f"terraform could not write the state of stack {self.stack} ({self.state_dir}): "
                               f"permission denied. Make it writable or set PLAYBOOK_STATE_DIR.",
                               kind="state_not_writable", output=text)
        errors = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("Error:")]
        detail = "; ".join(dict.fromkeys(errors)) or (text.strip().splitlines() or ["(no output)"])[-1]
        return DeployError(f"terraform {command} failed for stack {self.stack}: {detail}", output=text)

    # -- operations --------------------------------------------------------
    def init(self) -> None:
        self._check_writable()
        args = ["init", "-input=false", "-no-color", "-reconfigure", "-lock-timeout=0s"]
        kind, conf = self.backend
        override = self.stack_dir / _LOCAL_OVERRIDE
        override.unlink(missing_ok=True)
        state_file = self.state_dir / "terraform.tfstate"
        if kind == "local":
            if conf or "backend" in self.doc.get("terraform", {}):
                args.append(f"-backend-config=path={state_file}")
            else:
                override.write_text(json.dumps({"terraform": {"backend": {"local": {"path": str(state_file)}}}}))
        elif kind == "s3" and self.emulator_endpoint:
            args.append(f"-backend-config={self._emulator_s3_backend(conf)}")
        self._run(args)

    def _emulator_s3_backend(self, conf: dict[str, Any]) -> Path:
        """Backend settings that point an s3 backend at the emulator (and create its bucket there)."""
        bucket = conf.get("bucket")
        if not bucket:
            raise DeployError(f"stack {self.stack}: the s3 backend has no bucket. Set it in stacks/environments.yaml.",
                              kind="config")
        region = conf.get("region") or "us-east-1"
        client = emulator_client("s3", self.emulator_endpoint, region)
        try:
            client.head_bucket(Bucket=bucket)
        except client.exceptions.ClientError:
            client.create_bucket(Bucket=bucket)
        endpoints = [f's3 = "{self.emulator_endpoint}"']
        if conf.get("dynamodb_table"):
            endpoints.append(f'dynamodb = "{self.emulator_endpoint}"')
            ddb = emulator_client("dynamodb", self.emulator_endpoint, region)
            try:
                ddb.create_table(TableName=conf["dynamodb_table"], BillingMode="PAY_PER_REQUEST",
                                 AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}],
                                 KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}])
            except ddb.exceptions.ResourceInUseException:
                pass
        path = self.state_dir / "emulator-backend.hcl"
        path.write_text("\n".join([
            f"endpoints = {{ {', '.join(endpoints)} }}",
            "use_path_style = true",
            "skip_credentials_validation = true",
            "skip_requesting_account_id = true",
            "skip_metadata_api_check = true",
            "skip_region_validation = true",
            "",
        ]))
        return path

    def plan(self, *, destroy: bool = False) -> PlanResult:
        self.init()
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        plan_file = self.plans_dir / f"{stamp}-{'destroy' if destroy else 'deploy'}.tfplan"
        args = ["plan", "-input=false", "-no-color", "-lock-timeout=0s", f"-out={plan_file}", *self._var_args()]
        if destroy:
            args.append("-destroy")
        self._run(args)
        summary = self.summarize(plan_file)
        return PlanResult(self.stack, self.stack_dir, plan_file, summary, destroy, self.emulator_endpoint)

    def summarize(self, plan_file: Path) -> PlanSummary:
        _, text = self._run(["show", "-json", "-no-color", str(plan_file)], stream=False)
        return summarize_plan_json(json.loads(text), self.doc)

    def apply(self, plan: PlanResult) -> ApplyResult:
        if not plan.plan_file.is_file():
            raise DeployError(f"plan file {plan.plan_file} is missing. Run plan again.", kind="stale_plan")
        started = time.monotonic()
        self._run(["apply", "-input=false", "-no-color", "-lock-timeout=0s", "-auto-approve", str(plan.plan_file)])
        outputs = {} if plan.destroy else self.outputs()
        return ApplyResult(self.stack, outputs, round(time.monotonic() - started, 2))

    def outputs(self) -> dict[str, Any]:
        _, text = self._run(["output", "-json", "-no-color"], stream=False)
        return {name: item.get("value") for name, item in json.loads(text or "{}").items()}


# -- summary -----------------------------------------------------------------
def _action(actions: list[str]) -> str | None:
    if actions in (["no-op"], []):
        return None
    if "create" in actions and "delete" in actions:
        return "replace"
    return actions[0]


NODE_TAG = "playbook-node"
SHARED = "(pipeline)"


class NodeIndex:
    """Which pipeline node each resource of a synthesized stack belongs to.

    Taggable resources carry a ``playbook-node`` tag (``features/quality`` for
    nested pipelines). The others (policies, bucket settings...) are matched by
    their cdktf construct path (``//.metadata.path`` =
    ``<stack>/<root construct>/<node path...>/<construct>/<resource>``) against
    the node paths the tags name; the longest match wins. Resources outside
    every node (shared security kit, the top-level orchestrator) belong to
    ``(pipeline)``. Without tags, the construct path below the root construct
    minus the resource id is used.
    """

    def __init__(self, doc: dict[str, Any]):
        self.paths: dict[tuple[str, str], list[str]] = {}
        self.tagged: dict[tuple[str, str], str] = {}
        for rtype, blocks in (doc.get("resource") or {}).items():
            for rname, block in (blocks or {}).items():
                path = ((block or {}).get("//") or {}).get("metadata", {}).get("path", "")
                self.paths[(rtype, rname)] = path.split("/")[1:] if path else []
                tags = (block or {}).get("tags")
                if isinstance(tags, dict) and isinstance(tags.get(NODE_TAG), str):
                    self.tagged[(rtype, rname)] = tags[NODE_TAG]
        firsts = {p[0] for p in self.paths.values() if p}
        self.root = next(iter(firsts)) if len(firsts) == 1 else None
        self.nodes = sorted({tuple(n.split("/")) for n in self.tagged.values()}, key=len, reverse=True)

    def node(self, rtype: str, rname: str, tags: dict[str, str] | None = None) -> str:
        if tags and isinstance(tags.get(NODE_TAG), str):
            return tags[NODE_TAG]
        if (rtype, rname) in self.tagged:
            return self.tagged[(rtype, rname)]
        rel = self.paths.get((rtype, rname), [])
        if self.root and rel[:1] == [self.root]:
            rel = rel[1:]
        if self.nodes:
            for node in self.nodes:
                if tuple(rel[:len(node)]) == node and len(rel) > len(node):
                    return "/".join(node)
            return SHARED
        return "/".join(rel[:-1]) or SHARED


def resource_node(doc: dict[str, Any], rtype: str, rname: str, tags: dict[str, str] | None = None) -> str:
    """The pipeline node a resource belongs to (see NodeIndex)."""
    return NodeIndex(doc).node(rtype, rname, tags)


def summarize_plan_json(plan: dict[str, Any], doc: dict[str, Any]) -> PlanSummary:
    summary = PlanSummary()
    index = NodeIndex(doc)
    for rc in plan.get("resource_changes", []):
        action = _action(rc.get("change", {}).get("actions", []))
        if action is None or rc.get("mode") == "data":
            continue
        after = rc["change"].get("after") or rc["change"].get("before") or {}
        tags = after.get("tags_all") or after.get("tags") if isinstance(after, dict) else None
        # cdktf addresses are plain (no modules); strip an index like [0] for the metadata lookup
        node = index.node(rc["type"], rc["name"], tags if isinstance(tags, dict) else None)
        summary.changes.append(ResourceChange(rc["address"], rc["type"], node, action))
        if action in ("create", "replace"):
            summary.add += 1
        if action in ("delete", "replace"):
            summary.destroy += 1
        if action == "update":
            summary.change += 1
    for name, oc in (plan.get("output_changes") or {}).items():
        action = _action(oc.get("actions", []))
        if action:
            summary.output_changes[name] = action
    summary.drifted = [d["address"] for d in plan.get("resource_drift", []) or []]
    return summary


def _parse_lock(text: str) -> dict[str, str] | None:
    if "Error acquiring the state lock" not in text:
        return None
    info: dict[str, str] = {}
    for key in ("ID", "Path", "Operation", "Who", "Version", "Created"):
        m = re.search(rf"^\s*{key}:\s*(.+)$", text, re.M)
        if m:
            info[key] = m.group(1).strip()
    return info


def _interrupt(proc: subprocess.Popen) -> None:
    """Stop terraform gracefully (SIGINT lets it release the state lock), then hard."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


# -- functional API --------------------------------------------------------
def plan_stack(stack_dir: Path | str, *, destroy: bool = False, emulator_endpoint: str | None = None,
               on_output: OutputCallback | None = None, timeout: float | None = None) -> PlanResult:
    """init + plan to a saved plan file; returns the file and a summary grouped by node."""
    return StackRunner(stack_dir, emulator_endpoint=emulator_endpoint, on_output=on_output,
                       timeout=timeout).plan(destroy=destroy)


def apply_plan(plan: PlanResult, *, on_output: OutputCallback | None = None,
               timeout: float | None = None) -> ApplyResult:
    """Apply exactly ``plan.plan_file`` (no new plan); returns the stack outputs."""
    runner = StackRunner(plan.stack_dir, emulator_endpoint=plan.emulator_endpoint, on_output=on_output,
                         timeout=timeout)
    return runner.apply(plan)


def destroy_stack(stack_dir: Path | str, *, emulator_endpoint: str | None = None,
                  on_output: OutputCallback | None = None, timeout: float | None = None) -> ApplyResult:
    """plan -destroy, then apply that plan."""
    runner = StackRunner(stack_dir, emulator_endpoint=emulator_endpoint, on_output=on_output, timeout=timeout)
    return runner.apply(runner.plan(destroy=True))


def stack_outputs(stack_dir: Path | str, *, emulator_endpoint: str | None = None) -> dict[str, Any]:
    """The stack's Terraform outputs as plain values (after init)."""
    runner = StackRunner(stack_dir, emulator_endpoint=emulator_endpoint)
    runner.init()
    return runner.outputs()
