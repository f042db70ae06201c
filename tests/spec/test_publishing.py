"""Published versions are immutable; edits in place are detected everywhere."""

import shutil
from pathlib import Path

import pytest

from playbooks import Library, PlaybookInvalid, load_target
from playbooks.publishing import PublishRefused, publish
from playbooks.registry import read_registry

LIBRARY = Path(__file__).resolve().parents[2] / "playbooks" / "library"


@pytest.fixture
def lib_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    target = tmp_path / "library"
    shutil.copytree(LIBRARY, target)
    (target / "registry.json").unlink(missing_ok=True)
    return target


def new_version(lib_dir: Path, tmp_path: Path, version: str, description: str = "Weekly churn model") -> Path:
    text = (lib_dir / "churn-prediction/1.2.0.yaml").read_text()
    text = text.replace("version: 1.2.0", f"version: {version}").replace("Weekly churn model", description)
    path = tmp_path / f"churn-{version}.yaml"
    path.write_text(text)
    return path


def test_publish_adds_an_immutable_version_with_digest_and_date(lib_dir, tmp_path):
    result = publish(new_version(lib_dir, tmp_path, "1.4.0"), lib_dir)
    assert result.path == lib_dir / "churn-prediction/1.4.0.yaml" and not result.already_published
    records = read_registry(lib_dir)
    assert records[("churn-prediction", "1.4.0")].published_at == "2026-09-21T14:13:20Z"
    assert ("churn-prediction", "1.2.0") in records  # the folder's existing playbooks are registered too
    assert publish(new_version(lib_dir, tmp_path, "1.4.0"), lib_dir).already_published
    with pytest.raises(PublishRefused, match="already published with different content"):
        publish(new_version(lib_dir, tmp_path, "1.4.0", "Changed"), lib_dir)
    assert str(load_target("churn-prediction@^1", Library.open([lib_dir], env={})).pipeline.version) == "1.4.0"


def test_lower_version_needs_explicit_flag(lib_dir, tmp_path):
    publish(new_version(lib_dir, tmp_path, "1.4.0"), lib_dir)
    with pytest.raises(PublishRefused, match="lower than the latest published version 1.4.0"):
        publish(new_version(lib_dir, tmp_path, "1.2.1"), lib_dir)
    assert publish(new_version(lib_dir, tmp_path, "1.2.1"), lib_dir, allow_lower=True).record.version == "1.2.1"


def test_invalid_playbook_is_never_published(lib_dir, tmp_path):
    bad = Path(__file__).parent / "malformed" / "missing_input.yaml"
    with pytest.raises(PlaybookInvalid):
        publish(bad, lib_dir)
    assert read_registry(lib_dir) is None


def test_editing_a_published_file_in_place_is_refused_with_the_fix(lib_dir, tmp_path):
    publish(new_version(lib_dir, tmp_path, "1.4.0"), lib_dir)
    published = lib_dir / "churn-prediction/1.4.0.yaml"
    published.write_text(published.read_text().replace("Weekly churn model", "Sneaky edit"))
    library = Library.open([lib_dir], env={})
    for target in ("churn-prediction@^1.4", str(published)):
        with pytest.raises(PlaybookInvalid) as info:
            load_target(target, library)
        message = str(info.value)
        assert "churn-prediction@1.4.0 was published with digest" in message
        assert "bump metadata.version, then `playbook publish FILE`" in message


def test_unpublished_drafts_do_not_satisfy_ranges(lib_dir, tmp_path):
    publish(new_version(lib_dir, tmp_path, "1.4.0"), lib_dir)
    draft = lib_dir / "churn-prediction/2.0.0.yaml"
    draft.write_text(new_version(lib_dir, tmp_path, "2.0.0").read_text())
    library = Library.open([lib_dir], env={})
    assert load_target("churn-prediction", library).pipeline.version == "1.4.0"
    assert load_target(str(draft), library).pipeline.version == "2.0.0"  # a draft is usable by path
