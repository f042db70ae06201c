"""`make demo`: the whole loop on one machine, with timings.

validate -> graph -> synth -> plan -> deploy (local AWS emulator) -> outputs ->
upload the example's data -> run (upload code, start the orchestrator, follow it to
SUCCEEDED) -> where the outputs landed -> status -> destroy -> stop the emulator.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Any, Iterator
from playbooks.failures import PlaybookFailure

DEMO_TARGET = os.environ.get("PLAYBOOK_DEMO_TARGET", "churn-prediction")
ENV = "local"


@contextmanager
def stage(title: str) -> Iterator[None]:
    print(f"\n=== {title}", flush=True)
    started = time.perf_counter()
    yield
    print(f"--- {title}: {time.perf_counter() - started:.1f} s", flush=True)


class RunFailed(PlaybookFailure):
    kind = "run_failed"


def _show_state(event: dict[str, Any]) -> None:
    if event["event"] == "entered":
        print(f"  -> {event['state']}", flush=True)
    elif event["event"] == "exited":
        print(f"  <- {event['state']}", flush=True)
    elif event["event"] in ("TaskFailed", "TaskTimedOut"):
        print(f"  !  {event['state']}: {event['error']} (fails the run unless a Catch handles it)", flush=True)


def main() -> int:
    import pipeline_ops
    from pipeline_ops import run_ops
    from deploy_runner.emulator import Emulator

    from .reporting import Progress

    total = time.perf_counter()
    emulator = Emulator()
    was_running = emulator.status().running
    deployed = False
    try:
        with stage(f"validate {DEMO_TARGET}"):
            result = pipeline_ops.validate(DEMO_TARGET)
            if not result["valid"]:
                for e in result["errors"]:
                    print(f"error: {e['file']}:{e['line']}:{e['column']}: {e['path']}: {e['message']}")
                return 1
            print(f"ok: {result['name']}@{result['version']} ({result['node_count']} nodes, {result['digest'][:19]})")
        with stage("graph (Mermaid)"):
            print(result["graph"])
        with stage(f"synth ({ENV})"):
            synth = pipeline_ops.synth(DEMO_TARGET, ENV)
            for s in synth["stacks"]:
                print(f"{s['name']} -> {s['directory']}/cdk.tf.json")
        with stage("start the local AWS emulator"):
            print(f"emulator at {emulator.start().endpoint}")
        with stage("plan, then deploy exactly that plan"):

            def show(planned: dict[str, Any]) -> bool:
                print(planned["text"])
                print(f"saved plan {planned['plan_file']} - applying it")
                return True

            deployed = True  # from here on, a failure cleans up whatever was created
            # Progress per pipeline node, long waits included (the ~55 s S3 lifecycle wait);
            # Terraform's own log stays in <state root>/logs/<stack>/.
            out = pipeline_ops.deploy(DEMO_TARGET, ENV, local=True, confirm=show, on_event=Progress(json_mode=False).event)
            print("outputs:")
            for key, value in sorted(out["outputs"].items()):
                print(f"  {key} = {value}")
        with stage("upload the example's data"):
            for item in run_ops.upload_example_data(DEMO_TARGET, ENV, local=True):
                print(f"{item['node']}: {item['files']} file(s) -> {item['uri']}")
        with stage("run the pipeline and follow it state by state"):
            ran = pipeline_ops.run_pipeline(DEMO_TARGET, ENV, local=True)
            print(f"execution {ran['execution_arn']}")
            summary = run_ops.wait_for_run(ran["execution_arn"], ENV, local=True, timeout_seconds=900, on_event=_show_state)
            print(f"{summary['status']} in {summary['seconds']} s")
            if summary["status"] != "SUCCEEDED":
                failure = summary["failure"] or {}
                print(
                    f"failed state: {failure.get('state')}: {failure.get('error')}: "
                    f"{failure.get('reason') or failure.get('cause')}"
                )
                for line in failure.get("log_tail") or []:
                    print(f"  | {line}")
                raise RunFailed(f"the pipeline run ended {summary['status']}")
        with stage("where the run's outputs landed"):
            for uri, count in run_ops.artifacts_of(ran["artifact_bucket"], ENV, local=True):
                print(f"  {uri} ({count} object(s))")
        with stage("status"):
            for row in pipeline_ops.status(env=ENV)["deployments"]:
                print(f"{row['name']}@{row['version']} runs in {row['environment']} ({row['resources']} resources)")
        with stage("plan again (expect no changes)"):
            print(pipeline_ops.plan(DEMO_TARGET, ENV, local=True)["text"])
        with stage("destroy"):
            pipeline_ops.destroy(DEMO_TARGET, ENV, local=True, on_event=Progress(json_mode=False).event)
            deployed = False
            print("destroyed")
    finally:
        if deployed:
            print("demo failed after deploying; destroying what it created", file=sys.stderr)
            try:
                pipeline_ops.destroy(DEMO_TARGET, ENV, local=True)
            except Exception as exc:  # report, keep the original error
                print(f"cleanup failed: {exc}", file=sys.stderr)
        if not was_running:
            with stage("stop the emulator"):
                emulator.stop()
    print(f"\ndemo finished in {time.perf_counter() - total:.1f} s")
    return 0


def run() -> int:
    from deploy_runner.emulator import EmulatorError
    from deploy_runner.terraform import DeployError
    from playbooks import PlaybookInvalid
    from pipeline_ops.run_ops import RunNotFound
    from playbooks.lock import LockError

    try:
        return main()
    except (DeployError, EmulatorError, LockError, PlaybookInvalid, RunFailed, RunNotFound) as exc:
        print(f"\ndemo failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(run())
