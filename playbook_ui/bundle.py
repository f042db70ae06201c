"""The committed web bundle (playbook_ui/static/) must match the sources in ui/.

`npm run build` in ui/ rebuilds it and stamps the hash of the sources it was built
from into static/SOURCE_HASH; tests/ui/test_bundle.py fails when they drift.
Runs with any python3 (no project imports), so the npm script can call it.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "ui"
STAMP = REPO / "playbook_ui" / "static" / "SOURCE_HASH"
INPUTS = ("package.json", "package-lock.json", "vite.config.js", "index.html")


def source_files() -> list[Path]:
    return sorted([UI / name for name in INPUTS] + [p for p in (UI / "src").rglob("*") if p.is_file()])


def source_hash() -> str:
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(path.relative_to(UI).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


if __name__ == "__main__":
    if sys.argv[1:] == ["stamp"]:
        STAMP.write_text(source_hash() + "\n")
        print(f"stamped {STAMP.relative_to(REPO)}")
    else:
        print(source_hash())
