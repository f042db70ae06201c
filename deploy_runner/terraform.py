"""Run Terraform on a synthesized stack directory (``cdk.tf.json``).

Public API (what ``pipeline_ops`` calls)::

    plan_stack(stack_dir, *, destroy=False, emulator_endpoint=None, on_output=None) -> PlanResult
    apply_plan(plan, *, on_output=None, on_event=None) -> ApplyResult   # applies EXACTLY plan.plan_file
    destroy_stack(stack_dir, *, emulator_endpoint=None, on_output=None) -> ApplyResult
    stack_outputs(stack_dir, *, emulator_endpoint=None) -> dict[str, Any]
    StackRunner(stack_dir, ...).terraform_command(args) -> int          # `playbook terraform`

The pieces live in their own modules: ``tf_process`` (the subprocess, signal forwarding,
detached log), ``tf_errors`` (one message per failure), ``tf_backend`` (state location, init
only when needed, stale lock info), ``plan_summary`` (a plan grouped by pipeline node) and
``progress`` (apply lines -> node progress).

Terraform always runs with the project's CLI config (see ``cli_config``), ``-input=false
-no-color``, ``-lock-timeout=0s`` (a held lock is refused at once, never waited for). Against
the emulator it gets the emulator's key pair only, ``-var aws_endpoint_url=<endpoint>`` and
``AWS_MAX_ATTEMPTS=2`` so a dead emulator fails in seconds instead of minutes of SDK retries.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stacks.environments import ENDPOINT_VARIABLE

from . import tf_backend, tf_process, tf_rescue
from .cli_config import ConfigError, TerraformCliConfig, state_root, write_cli_config
from .emulator import emulator_env, healthy
from .plan_summary import NodeIndex, PlanSummary, summarize_plan_json
from .progress import ApplyProgress, Event
from .tf_errors import DeployError as DeployError, classify  # DeployError re-exported for callers

OutputCallback = Callable[[str], None]
EventCallback = Callable[[Event], None]
EMULATOR_TIMEOUT = 1800.0  # seconds per terraform command against the emulator
KEEP_LOGS = 20
ORPHAN_WAIT = 120.0  # seconds to wait for a terraform left running by a CLI killed hard
PLAN_EMPTY, PLAN_HAS_CHANGES = 0, 2  # `plan -detailed-exitcode` (cli/commands/plan#detailed-exitcode); 1 = error


@dataclass
class PlanResult:
    stack: str
    stack_dir: Path
    plan_file: Path
    summary: PlanSummary
    destroy: bool = False
    emulator_endpoint: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "stack_dir": str(self.stack_dir),
            "plan_file": str(self.plan_file),
            "destroy": self.destroy,
            "emulator_endpoint": self.emulator_endpoint,
            "has_changes": self.summary.has_changes,
            "summary": self.summary.as_dict(),
        }


@dataclass
class ApplyResult:
    stack: str
    outputs: dict[str, Any]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Interrupted(DeployError):
    """A signal stopped the run; Terraform finished its calls in flight and saved the state."""

    def __init__(self, message: str, *, signum: int, output: str = ""):
        super().__init__(message, kind="interrupted", output=output)
        self.signum = signum


def terraform_binary() -> str:
    explicit = os.environ.get("PLAYBOOK_TERRAFORM")
    found = explicit if explicit and os.access(explicit, os.X_OK) else shutil.which(explicit or "terraform")
    if not found:
        raise DeployError(
            "terraform was not found"
            + (f" at PLAYBOOK_TERRAFORM={explicit}" if explicit else " on PATH")
            + ". Install Terraform >= 1.10 (https://developer.hashicorp.com/terraform/install) "
            "or set PLAYBOOK_TERRAFORM to the terraform binary.",
            kind="terraform_missing",
        )
    return found


class StackRunner:
    """Terraform operations for one synthesized stack directory."""

    def __init__(
        self,
        stack_dir: Path | str,
        *,
        emulator_endpoint: str | None = None,
        on_output: OutputCallback | None = None,
        timeout: float | None = None,
    ):
        self.stack_dir = Path(stack_dir).resolve()
        self.config_file = self.stack_dir / "cdk.tf.json"
        if not self.config_file.is_file():
            raise DeployError(
                f"{self.config_file} does not exist. Synthesize the stack first (`playbook synth TARGET --env ENV`).",
                kind="no_stack",
            )
        try:
            self.doc = json.loads(self.config_file.read_text())
        except ValueError as exc:
            raise DeployError(
                f"{self.config_file} is not valid JSON ({exc}). Synthesize the stack again.", kind="no_stack"
            ) from exc
        meta = self.doc.get("//", {}).get("metadata", {})
        self.stack = str(meta.get("stackName") or self.stack_dir.name)
        self.emulator_endpoint = emulator_endpoint.rstrip("/") if emulator_endpoint else None
        self.on_output = on_output
        # Against the emulator nothing legitimate takes 30 minutes: bound it so a hang fails.
        self.timeout = timeout if timeout is not None else (EMULATOR_TIMEOUT if self.emulator_endpoint else None)
        self.terraform = terraform_binary()
        self.state_dir = state_root() / "state" / self.stack
        self.plans_dir = state_root() / "plans" / self.stack
        self.logs_dir = state_root() / "logs" / self.stack
        self.pid_file = tf_process.record_file(self.stack_dir)
        self._check_writable()
        try:
            self.cli: TerraformCliConfig = write_cli_config()
        except ConfigError as exc:
            raise DeployError(str(exc), kind="config") from exc

    @property
    def backend(self) -> tuple[str, dict[str, Any]]:
        return tf_backend.backend_of(self.doc)

    @property
    def state_file(self) -> Path:
        return self.state_dir / "terraform.tfstate"

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
                    kind="not_emulator_stack",
                )
            return ["-var", f"{ENDPOINT_VARIABLE}={self.emulator_endpoint}"]
        return []

    def _check_writable(self) -> None:
        for directory, what in (
            (self.state_dir, "state directory"),
            (self.plans_dir, "plan directory"),
            (self.logs_dir, "log directory"),
            (self.stack_dir, "stack directory (terraform keeps .terraform/ there)"),
        ):
            try:
                directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                probe = directory / ".write-test"
                probe.write_text("")
                probe.unlink()
            except OSError as exc:
                raise DeployError(
                    f"cannot write the {what} {directory}: {exc.strerror}. Make it writable "
                    f"(e.g. `chmod -R u+w {directory}`), or set PLAYBOOK_STATE_DIR to a writable directory.",
                    kind="state_not_writable",
                ) from exc

    # -- subprocess --------------------------------------------------------
    def _before_run(self, command: str) -> None:
        # A run whose CLI was killed hard left terraform finishing on its own: let it end first.
        left = tf_process.wait_for_orphans(self.stack_dir, ORPHAN_WAIT)
        if left:
            earlier = left[0]
            raise DeployError(
                f"an earlier terraform {' '.join(earlier.get('command', []))} of stack {self.stack} "
                f"(pid {earlier['pid']}) is still running after its command was stopped; it is finishing "
                f"its calls and will write the state. Wait for it (log: {earlier.get('log')}) and rerun.",
                kind="locked",
            )
        tf_backend.clean_stale_lock_info(self.state_file)
        tf_rescue.refuse_while_unsaved(command, self.stack, self.stack_dir, self.state_file, self.doc)

    def _run(
        self,
        args: list[str],
        *,
        stream: bool = True,
        check: bool = True,
        on_line: OutputCallback | None = None,
        finish_first: bool = False,
        ok_codes: tuple[int, ...] = (0,),
    ) -> tuple[int, str]:
        self._before_run(args[0])
        log_file = self.logs_dir / f"{tf_process.unique_stamp()}-{args[0]}.log"

        def each(line: str) -> None:
            if stream and self.on_output:
                self.on_output(line)
            if on_line:
                on_line(line)

        endpoint = self.emulator_endpoint
        done = tf_process.run(
            [self.terraform, f"-chdir={self.stack_dir}", *args],
            env=self.env(),
            log_file=log_file,
            pid_file=self.pid_file,
            on_line=each,
            timeout=self.timeout,
            finish_first=finish_first,
            target_alive=(lambda: healthy(endpoint, timeout=3.0)) if endpoint else None,
        )
        self._prune_logs()
        if done.stopped_by:
            name = signal.Signals(done.stopped_by).name
            if not done.forwarded:
                how = (
                    f"Terraform finished the {args[0]} it had started and saved the state (exit {done.code}), "
                    f"so no resource is left half-created"
                )
            else:
                how = (
                    f"Terraform was interrupted and saved the state (exit {done.code}); a create that was in "
                    f"flight at that moment may exist outside the state (the next plan shows it as new, and "
                    f"the next apply fails with 'already exists' for it: delete it or `terraform import` it)"
                )
            raise Interrupted(
                f"stopped by {name}: {how}. Run the same command again to finish. Terraform's log: {log_file}",
                signum=done.stopped_by,
                output=done.text,
            )
        if done.target_lost:
            raise DeployError(
                f"the local AWS emulator at {self.emulator_endpoint} stopped answering during terraform {args[0]} "
                f"of stack {self.stack}, so Terraform was interrupted. Start it again (`playbook emulator start`) "
                f"and rerun; the emulator keeps resources in memory, so the rerun recreates what was lost.",
                kind="emulator_down",
                output=done.text,
            )
        if done.timed_out:
            raise DeployError(
                f"terraform {args[0]} on stack {self.stack} did not finish within {self.timeout:.0f} s "
                f"and was interrupted. Check the emulator/AWS is reachable and rerun.",
                kind="timeout",
                output=done.text,
            )
        if done.code not in ok_codes and check:
            raise tf_rescue.failure_error(args[0], done.code, done.text, self, log_file) or classify(
                args[0],
                done.text,
                stack=self.stack,
                stack_dir=self.stack_dir,
                state_dir=self.state_dir,
                emulator_endpoint=self.emulator_endpoint,
                mirror=self.cli.mirror,
            )
        return done.code, done.text

    def _prune_logs(self) -> None:
        logs = sorted(self.logs_dir.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in logs[KEEP_LOGS:]:
            old.unlink(missing_ok=True)

    # -- operations --------------------------------------------------------
    def init(self, *, force: bool = False) -> bool:
        """``terraform init`` unless the directory is already initialized for this config; True if it ran."""
        self._check_writable()
        args = ["init", "-input=false", "-no-color", "-reconfigure", "-lock-timeout=0s"]
        kind, conf = self.backend
        if kind == "local":
            args += tf_backend.local_backend_args(self.doc, self.stack_dir, self.state_file)
        elif kind == "s3" and self.emulator_endpoint:
            hcl = tf_backend.emulator_s3_backend(
                conf, stack=self.stack, endpoint=self.emulator_endpoint, state_dir=self.state_dir
            )
            args.append(f"-backend-config={hcl}")
        override = self.stack_dir / tf_backend.LOCAL_OVERRIDE
        fingerprint = tf_backend.init_fingerprint(
            self.doc, args, self.cli.path, override.read_text() if override.is_file() else ""
        )
        if not force and not tf_backend.init_needed(self.stack_dir, fingerprint):
            return False
        with self.cli.filling_provider_cache():  # one init at a time per provider cache (see there)
            self._run(args)
        tf_backend.record_init(self.stack_dir, fingerprint)
        return True

    def plan(self, *, destroy: bool = False) -> PlanResult:
        self.init()
        plan_file = self.plans_dir / f"{tf_process.unique_stamp()}-{'destroy' if destroy else 'deploy'}.tfplan"
        args = ["plan", "-input=false", "-no-color", "-lock-timeout=0s", f"-out={plan_file}", *self._var_args()]
        args += ["-detailed-exitcode", *(["-destroy"] if destroy else [])]
        code, _ = self._run(args, ok_codes=(PLAN_EMPTY, PLAN_HAS_CHANGES))
        os.chmod(plan_file, 0o600)  # a plan holds resolved values
        # An empty plan (no resource or output to change) is summarized as the empty summary without
        # `terraform show -json`, which starts the provider a second time (~1.6 s CPU) only to say so: drift
        # counts where a planned change depends on it (plan_summary), so an empty plan has none either.
        summary = PlanSummary() if code == PLAN_EMPTY else self.summarize(plan_file)
        return PlanResult(self.stack, self.stack_dir, plan_file, summary, destroy, self.emulator_endpoint)

    def summarize(self, plan_file: Path) -> PlanSummary:
        _, text = self._run(["show", "-json", "-no-color", str(plan_file)], stream=False)
        return summarize_plan_json(json.loads(text), self.doc)

    def apply(self, plan: PlanResult, *, on_event: EventCallback | None = None) -> ApplyResult:
        if not plan.plan_file.is_file():
            raise DeployError(f"plan file {plan.plan_file} is missing. Run plan again.", kind="stale_plan")
        started = time.monotonic()
        tracker = ApplyProgress(plan.summary, NodeIndex(self.doc), on_event) if on_event else None
        self._run(
            ["apply", "-input=false", "-no-color", "-lock-timeout=0s", "-auto-approve", str(plan.plan_file)],
            on_line=tracker.feed if tracker else None,
            finish_first=True,
        )
        outputs = {} if plan.destroy else self.outputs()
        return ApplyResult(self.stack, outputs, round(time.monotonic() - started, 2))

    def outputs(self) -> dict[str, Any]:
        _, text = self._run(["output", "-json", "-no-color"], stream=False)
        return {name: item.get("value") for name, item in json.loads(text or "{}").items()}

    def terraform_command(self, args: list[str]) -> int:
        """Run any terraform subcommand in this stack's directory, attached to the terminal.

        For ``state``/``import``/``force-unlock`` and friends: the same CLI
        config, backend, credentials and ``aws_endpoint_url`` the project uses.
        """
        self.init()
        env = self.env()
        if self.emulator_endpoint:
            env[f"TF_VAR_{ENDPOINT_VARIABLE}"] = self.emulator_endpoint
        return subprocess.call([self.terraform, f"-chdir={self.stack_dir}", *args], env=env)


# -- functional API --------------------------------------------------------
def plan_stack(
    stack_dir: Path | str,
    *,
    destroy: bool = False,
    emulator_endpoint: str | None = None,
    on_output: OutputCallback | None = None,
    timeout: float | None = None,
) -> PlanResult:
    """init (when needed) + plan to a saved plan file; returns the file and a summary grouped by node."""
    return StackRunner(stack_dir, emulator_endpoint=emulator_endpoint, on_output=on_output, timeout=timeout).plan(destroy=destroy)


def apply_plan(
    plan: PlanResult,
    *,
    on_output: OutputCallback | None = None,
    timeout: float | None = None,
    on_event: EventCallback | None = None,
) -> ApplyResult:
    """Apply exactly ``plan.plan_file`` (no new plan); returns the stack outputs."""
    runner = StackRunner(plan.stack_dir, emulator_endpoint=plan.emulator_endpoint, on_output=on_output, timeout=timeout)
    return runner.apply(plan, on_event=on_event)


def destroy_stack(
    stack_dir: Path | str,
    *,
    emulator_endpoint: str | None = None,
    on_output: OutputCallback | None = None,
    timeout: float | None = None,
) -> ApplyResult:
    """plan -destroy, then apply that plan."""
    runner = StackRunner(stack_dir, emulator_endpoint=emulator_endpoint, on_output=on_output, timeout=timeout)
    return runner.apply(runner.plan(destroy=True))


def stack_outputs(stack_dir: Path | str, *, emulator_endpoint: str | None = None) -> dict[str, Any]:
    """The stack's Terraform outputs as plain values (after init)."""
    runner = StackRunner(stack_dir, emulator_endpoint=emulator_endpoint)
    runner.init()
    return runner.outputs()
