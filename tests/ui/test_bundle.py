"""The committed bundle in playbook_ui/static/ was built from the current ui/ sources."""

from playbook_ui.bundle import STAMP, source_hash


def test_committed_bundle_matches_the_sources():
    assert STAMP.exists(), "playbook_ui/static/ has no bundle: run `npm run build` in ui/"
    assert STAMP.read_text().strip() == source_hash(), (
        "ui/ changed since playbook_ui/static/ was built: run `npm ci && npm run build` in ui/ and commit the result"
    )


def test_the_windmill_raw_app_declares_every_runtime_dependency_of_the_builder():
    """Windmill installs the raw app's package.json, not ui/'s: a library ui/src imports must be listed there too."""
    import json

    from playbook_ui.bundle import REPO, UI

    builder = json.loads((UI / "package.json").read_text())["dependencies"]
    raw_app = json.loads((REPO / "windmill" / "raw_app" / "package.json").read_text())["dependencies"]
    assert {k: raw_app.get(k) for k in builder} == builder
