"""Synths from several threads at once (two builder tabs, parallel Windmill jobs in one
worker): the one jsii kernel of the process must see them one at a time, each stack must hold
only its own values, and none may hang. Bounded: every thread must finish in 180 s."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from playbooks import load_resolved
from stacks.synth import synth_stacks

pytestmark = pytest.mark.synth

REPO = Path(__file__).resolve().parents[2]
TARGETS = ["data-quality", "churn-prediction", "llm-finetune"]  # no one uses another
ROUNDS = 2
DEADLINE_SECONDS = 180


def test_overlapping_synths_from_threads_keep_their_values(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    pipelines = {t: load_resolved(t) for t in TARGETS}
    start = threading.Barrier(len(TARGETS))
    results: dict[tuple[str, int], dict] = {}
    failures: list[str] = []

    def work(name: str) -> None:
        try:
            start.wait(timeout=60)
            for round_ in range(ROUNDS):
                (stack,) = synth_stacks([pipelines[name]], ["dev"], tmp_path / f"{name}-{round_}")
                results[(name, round_)] = json.loads((Path(stack.directory) / "cdk.tf.json").read_text())
        except Exception as exc:  # noqa: BLE001 - reported below with the thread's name
            failures.append(f"{name}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work, args=(t,), name=f"synth-{t}", daemon=True) for t in TARGETS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_SECONDS)
    hung = [t.name for t in threads if t.is_alive()]
    assert not hung, f"synth threads still running after {DEADLINE_SECONDS}s: {hung}"
    assert not failures, failures
    assert len(results) == len(TARGETS) * ROUNDS
    for (name, _), doc in results.items():
        assert doc["output"]["playbook_name"]["value"] == name
        text = json.dumps(doc)
        for other in set(TARGETS) - {name}:
            assert f"{other}-dev" not in text and f'"{other}"' not in text, f"{other}'s values leaked into {name}'s stack"
    # Same playbook, same output, whichever thread interleaving happened.
    for name in TARGETS:
        assert results[(name, 0)] == results[(name, 1)]


def test_jsii_temp_files_live_in_the_state_dir_and_leftovers_of_dead_processes_are_swept(tmp_path):
    """A killed process leaves its jsii directory under $PLAYBOOK_STATE_DIR/tmp (never /tmp);
    the next process that starts the kernel removes it."""
    import signal
    import subprocess
    import sys

    state = tmp_path / "state"
    env = {**os.environ, "PLAYBOOK_STATE_DIR": str(state), "PYTHONPATH": str(REPO)}
    code = "import constructs_lib.cdk, sys, time; print('ready', flush=True); time.sleep(120)"
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert proc.stdout.readline().strip() == "ready"
        own = state / "tmp" / f"jsii-{proc.pid}"
        assert own.is_dir() and oct(own.stat().st_mode & 0o777) == "0o700"
        assert any(own.iterdir()), "jsii put nothing in the process's own temp directory"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert own.is_dir(), "a killed process cannot clean up; its directory stays until the next start"
    second = subprocess.run(
        [sys.executable, "-c", "import constructs_lib.cdk"], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert second.returncode == 0, second.stderr
    assert not own.exists(), "the next start did not sweep the dead process's jsii directory"
    assert not list((state / "tmp").glob("jsii-*")), "a cleanly exiting process left its jsii directory"
