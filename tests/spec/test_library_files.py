"""A shared library directory holds what others put there: files that are not files (a symlink to
/dev/zero, a FIFO) are named and skipped, never read forever; publishers running at the same time
never lose each other's registry entries."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from playbooks.library import Library
from playbooks.registry import read_registry

REPO = Path(__file__).resolve().parents[2]
DATA_QUALITY = (REPO / "playbooks/library/data-quality/1.0.0.yaml").read_text()
# Old code read /dev/zero until memory ran out and blocked on the FIFO: bound both in the child.
CHILD_SECONDS = 60
CHILD_MEMORY = 1 << 30


def _bounded_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def _playbook(cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=CHILD_SECONDS,
        preexec_fn=_bounded_child,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_a_device_or_fifo_in_the_library_is_named_and_does_not_hang(tmp_path):
    lib = tmp_path / "lib"
    (lib / "good").mkdir(parents=True)
    (lib / "good" / "1.0.0.yaml").write_text(DATA_QUALITY.replace("name: data-quality", "name: good-one"))
    os.symlink("/dev/zero", lib / "zero.yaml")
    os.mkfifo(lib / "pipe.yaml")
    proc = _playbook(tmp_path, "validate", "--library", "lib", "good-one")
    assert proc.returncode == 0, proc.stderr
    proc = _playbook(tmp_path, "validate", "lib/pipe.yaml")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "lib/pipe.yaml" in proc.stderr and "FIFO" in proc.stderr and "expected a regular file" in proc.stderr
    proc = _playbook(tmp_path, "validate", "lib/zero.yaml")
    assert proc.returncode == 1 and "character device" in proc.stderr and "/dev/zero" in proc.stderr


def test_a_registry_that_is_not_a_file_is_reported(tmp_path):
    lib = tmp_path / "lib"
    (lib / "good").mkdir(parents=True)
    (lib / "good" / "1.0.0.yaml").write_text(DATA_QUALITY.replace("name: data-quality", "name: good-one"))
    os.symlink("/dev/zero", lib / "registry.json")
    proc = _playbook(tmp_path, "validate", "--library", "lib", "good-one")
    assert proc.returncode == 1 and "registry" in proc.stderr and "character device" in proc.stderr


def test_a_fifo_in_a_code_directory_is_refused(tmp_path):
    (tmp_path / "code").mkdir()
    (tmp_path / "code" / "preprocess.py").write_text("print('hi')\n")
    os.mkfifo(tmp_path / "code" / "feed")
    (tmp_path / "p.yaml").write_text(
        DATA_QUALITY.replace("name: data-quality", "name: code-fifo").replace(
            "type: preprocessing", "type: preprocessing\n      config: {code: code}", 1
        )
    )
    proc = _playbook(tmp_path, "validate", "p.yaml")
    assert proc.returncode == 1 and "feed is not a regular file" in proc.stderr, proc.stderr


PUBLISHERS, EACH = 4, 8
# Each publisher imports first, then waits for the gate file, so the publishes themselves overlap
# (separate processes, as parallel `playbook publish` commands are; forking a pytest-xdist worker
# with its threads can deadlock).
_PUBLISHER = """
import pathlib, sys, time
from playbooks.publishing import publish
gate = pathlib.Path(sys.argv[3])
deadline = time.monotonic() + 60
while not gate.exists() and time.monotonic() < deadline:
    time.sleep(0.001)
for source in sys.argv[4:]:
    publish(source, sys.argv[2])
"""


def test_parallel_publishes_into_one_library_keep_every_entry(tmp_path):
    library, gate = tmp_path / "lib", tmp_path / "go"
    library.mkdir()
    publishers = []
    for i in range(PUBLISHERS):
        sources = []
        for j in range(EACH):
            sources.append(tmp_path / f"p{i}-{j}.yaml")
            sources[-1].write_text(DATA_QUALITY.replace("name: data-quality", f"name: parallel-{i}-{j}"))
        publishers.append(
            subprocess.Popen(
                [sys.executable, "-c", _PUBLISHER, "-", str(library), str(gate), *map(str, sources)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
        )
    time.sleep(3)  # let every publisher import and reach the gate
    gate.touch()
    results = [(p.wait(timeout=CHILD_SECONDS), p.communicate()[1]) for p in publishers]
    assert [code for code, _ in results] == [0] * PUBLISHERS, [err.strip().splitlines()[-1:] for _, err in results]
    expected = {f"parallel-{i}-{j}" for i in range(PUBLISHERS) for j in range(EACH)}
    assert {name for name, _ in read_registry(library) or {}} == expected
    assert expected <= set(Library.open([library], env={}).names())
    assert [p.name for p in library.iterdir() if p.name.endswith(".tmp")] == []
