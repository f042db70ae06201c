"""The committed bundle in playbook_ui/static/ was built from the current ui/ sources."""
from playbook_ui.bundle import STAMP, source_hash


def test_committed_bundle_matches_the_sources():
    assert STAMP.exists(), "playbook_ui/static/ has no bundle: run `npm run build` in ui/"
    assert STAMP.read_text().strip() == source_hash(), (
        "ui/ changed since playbook_ui/static/ was built: run `npm ci && npm run build` in ui/ and commit the result")
