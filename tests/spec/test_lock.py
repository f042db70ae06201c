"""playbooks.lock: pins, digests, staleness and upgrades."""

import shutil
from pathlib import Path

import pytest

from playbooks import Library
from playbooks.lock import LockError, LockFile, resolve_with_lock, update_lock

LIBRARY = Path(__file__).resolve().parents[2] / "playbooks" / "library"


@pytest.fixture
def lib_dir(tmp_path):
    target = tmp_path / "library"
    shutil.copytree(LIBRARY, target)
    (target / "registry.json").unlink()  # a plain folder: every file counts as published (lock behaviour only)
    return target


def newest(library_dir: Path, name: str) -> str:
    """The newest published version today (the tests must not break when an example version is published)."""
    return str(Library.open([library_dir], env={}).versions(name)[-1])


def test_lock_records_versions_and_digests_and_synth_uses_the_pins(lib_dir, tmp_path):
    lock = LockFile(tmp_path / "playbooks.lock", {})
    current, fraud, quality = newest(lib_dir, "feature-prep"), newest(lib_dir, "fraud-detection"), newest(lib_dir, "data-quality")
    changes = update_lock(["fraud-detection"], Library.open([lib_dir], env={}), lock)
    assert f"fraud-detection@{fraud}: feature-prep@^1.2 pinned to {current}" in changes
    entry = LockFile.read(lock.path).pipelines[f"fraud-detection@{fraud}"]
    assert set(entry["playbooks"]) == {f"feature-prep@{current}", f"data-quality@{quality}"}
    # a newer compatible child appears: the locked resolution keeps the pin
    newer = (lib_dir / f"feature-prep/{current}.yaml").read_text().replace(f"version: {current}", "version: 1.99.0")
    (lib_dir / "feature-prep/1.99.0.yaml").write_text(newer)
    library = Library.open([lib_dir], env={})
    pinned = resolve_with_lock("fraud-detection", library, LockFile.read(lock.path))
    assert pinned.pipeline.node("features").child.version == current
    upgraded = update_lock(["fraud-detection"], library, LockFile.read(lock.path), upgrade={"feature-prep"})
    assert upgraded == [f"fraud-detection@{fraud}: feature-prep@^1.2 {current} -> 1.99.0"]


def test_stale_lock_is_refused_with_the_fix(lib_dir, tmp_path):
    lock = LockFile(tmp_path / "playbooks.lock", {})
    update_lock(["fraud-detection"], Library.open([lib_dir], env={}), lock)
    pinned = newest(lib_dir, "data-quality")  # what the lock pinned
    child = lib_dir / f"data-quality/{pinned}.yaml"
    child.write_text(child.read_text().replace("Drops malformed rows", "Edited in place"))
    with pytest.raises(LockError, match=rf"stale: data-quality@{pinned} .* run `playbook lock fraud-detection`"):
        resolve_with_lock("fraud-detection", Library.open([lib_dir], env={}), LockFile.read(lock.path))


def test_missing_lock_entry_is_reported(lib_dir, tmp_path):
    lock = LockFile(tmp_path / "playbooks.lock", {})
    with pytest.raises(LockError, match=f"has no entry for churn-prediction@{newest(lib_dir, 'churn-prediction')}"):
        resolve_with_lock("churn-prediction", Library.open([lib_dir], env={}), lock, require_entry=True)


def test_committed_lock_is_current_for_the_library():
    """playbooks.lock at the repo root pins the examples; editing an example without `playbook lock` fails here."""
    repo = LIBRARY.parents[1]
    committed = LockFile.read(repo / "playbooks.lock")
    library = Library.open(env={})
    for key in committed.pipelines:
        target = resolve_with_lock(key, library, committed)  # raises LockError when stale
        assert f"{target.pipeline.name}@{target.pipeline.version}" == key
    latest = {f"{n}@{library.versions(n)[-1]}" for n in library.names()}
    assert latest <= set(committed.pipelines), "run `playbook lock` after publishing"
