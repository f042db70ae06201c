"""Content-addressed synth cache.

Re-synthesizing an unchanged playbook with unchanged library code copies the
cached Terraform JSON instead of starting Node.js: the hit path imports no
cdktf, so it costs an interpreter start plus resolution (well under a second).

The key is a SHA-256 over everything that can change the output:
  - the resolved pipeline tree (every node, config model values, wiring, the
    digests of the library playbooks it uses), serialized canonically;
  - the environment names and the content of stacks/environments.yaml;
  - the code: every source file under constructs_lib/, stacks/, playbooks/,
    the generated bindings' stamp and jsii assembly, and the installed
    versions of cdktf, constructs and jsii;
  - the playbook's own code: every file under each local `code:` directory
    of the tree (path and content; the entry point is one of them), found the
    way synth finds them (playbooks.code_location.local_code_dirs), so editing
    the script a node ships is a miss, never a stale "No changes";
The absolute output directory is not part of the key, only its position
relative to the project's state directory: the one path in a synthesized stack
is the local backend's state file, relative to the stack. So every run
directory (.playbook/runs/<stack>/<run>/) shares one entry, and a stack copied
from the cache always points at the right state file.
Any change gives a new key, so there is nothing to invalidate: stale entries
are simply never read again (`prune` keeps the newest N).

Entries are written to a temporary directory and renamed into place, so an
interrupted synth never leaves a half entry that a later run would trust.

Entries live in $PLAYBOOK_STATE_DIR/synth-cache (default <repo>/.playbook/synth-cache),
directories 0700 and files 0600: a stack can embed configuration and code.

Set PLAYBOOK_SYNTH_CACHE=0 to bypass it.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

REPO = Path(__file__).resolve().parents[1]
ENABLED = os.environ.get("PLAYBOOK_SYNTH_CACHE", "1") != "0"
# Sources whose content determines synthesized output (relative to the repo).
CODE_PATHS = ("constructs_lib", "stacks", "playbooks", "aws_bindings/GENERATED_FROM.json", "aws_bindings/_jsii")
CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".tgz")
PACKAGES = ("cdktf", "constructs", "jsii")
FORMAT = 2  # 2: the playbook's own code directories are part of the key
KEEP_ENTRIES = 50


@dataclass(frozen=True)
class CachedStack:
    """Same attributes as stacks.synth.SynthesizedStack, without importing cdktf."""

    name: str
    pipeline: str
    version: str
    environment: str
    directory: Path


# --------------------------------------------------------------------------- key


def _canonical(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "__type__": type(value).__name__,
            **{f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if hasattr(value, "model_dump") and hasattr(type(value), "model_fields"):  # pydantic v2 model
        return {
            "__model__": f"{type(value).__module__}.{type(value).__qualname__}",
            **{k: _canonical(v) for k, v in value.model_dump(mode="json").items()},
        }
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(v) for v in value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def default_cache_dir() -> Path:
    """$PLAYBOOK_STATE_DIR/synth-cache, read at call time (tests and servers set it late)."""
    from deploy_runner.cli_config import state_root

    return state_root() / "synth-cache"


def user_code_fingerprint(pipelines: Sequence[Any]) -> list[list[str]]:
    """(node, relative file, sha256) of every file synth would read from `code:` directories."""
    from playbooks.code_location import local_code_dirs

    rows: list[list[str]] = []
    for pipeline in pipelines:
        for local in local_code_dirs(pipeline):
            node, directory = local.node, local.directory
            if directory is None or not directory.is_dir():
                rows.append([node, str(directory or local.code), "missing"])
                continue
            for current, dirs, files in os.walk(directory, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for name in sorted(files):
                    path = Path(current) / name
                    try:
                        digest = hashlib.sha256(path.read_bytes()).hexdigest()
                    except OSError as exc:
                        digest = f"unreadable: {exc.strerror}"
                    rows.append([node, path.relative_to(directory).as_posix(), digest])
    return rows


def pipeline_fingerprint(pipeline: Any) -> str:
    text = json.dumps(_canonical(pipeline), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def code_fingerprint(repo: Path = REPO, paths: Iterable[str] = CODE_PATHS) -> str:
    h = hashlib.sha256()
    for rel in paths:
        root = repo / rel
        files = (
            [root]
            if root.is_file()
            else sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts)
        )
        for path in files:
            h.update(str(path.relative_to(repo)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    for package in PACKAGES:
        try:
            h.update(f"{package}=={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} missing\0".encode())
    return h.hexdigest()


def plugin_fingerprint(pipelines: Sequence[Any]) -> list[list[str]]:
    from playbooks.kinds import plugin_fingerprint as fingerprint

    return fingerprint(pipelines)


def cache_key(
    pipelines: Sequence[Any],
    env_names: Sequence[str],
    out_dir: Path,
    *,
    repo: Path = REPO,
    code_paths: Iterable[str] = CODE_PATHS,
) -> str:
    from deploy_runner.cli_config import state_root

    environments = repo / "stacks" / "environments.yaml"
    parts = {
        "format": FORMAT,
        "pipelines": [pipeline_fingerprint(p) for p in pipelines],
        "environments": list(env_names),
        "environments_file": hashlib.sha256(environments.read_bytes()).hexdigest() if environments.exists() else None,
        "code": code_fingerprint(repo, code_paths),
        "user_code": user_code_fingerprint(pipelines),
        "plugins": plugin_fingerprint(pipelines),  # kinds from other packages: their source is code too
        "out_dir_to_state": os.path.relpath(state_root(), Path(out_dir).resolve()),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


# --------------------------------------------------------------------------- store


def _record(stack: Any, out_dir: Path) -> dict[str, str]:
    pipeline = stack.pipeline if isinstance(stack.pipeline, str) else getattr(stack.pipeline, "name", str(stack.pipeline))
    return {
        "name": stack.name,
        "pipeline": pipeline,
        "version": str(stack.version),
        "environment": stack.environment,
        "directory": str(Path(stack.directory).resolve().relative_to(Path(out_dir).resolve())),
    }


def synth_cached(
    pipelines: Sequence[Any],
    env_names: Sequence[str],
    out_dir: Path | str,
    *,
    synth: Callable[[list[Any], list[Any], Path], Sequence[Any]],
    cache_dir: Path | str | None = None,
    repo: Path = REPO,
    code_paths: Iterable[str] = CODE_PATHS,
) -> tuple[list[Any], bool]:
    """Synthesized stacks for pipelines x environments, and whether they came from the cache.

    `synth` is stacks.synth.synth_stacks (or anything with its signature); it
    is called only on a miss. Stack directories must lie inside out_dir.
    """
    out_dir = Path(out_dir)
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key = cache_key(pipelines, env_names, out_dir, repo=repo, code_paths=code_paths)
    if not ENABLED:
        return list(synth(list(pipelines), list(env_names), out_dir)), False
    entry = cache_dir / key
    manifest = entry / "manifest.json"
    if manifest.is_file():
        records = json.loads(manifest.read_text())["stacks"]
        for rec in records:
            target = out_dir / rec["directory"]
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(entry / "stacks" / rec["directory"], target)
        return [
            CachedStack(r["name"], r["pipeline"], r["version"], r["environment"], out_dir / r["directory"]) for r in records
        ], True

    stacks = list(synth(list(pipelines), list(env_names), out_dir))
    records = [_record(s, out_dir) for s in stacks]
    from deploy_runner.private_files import make_private_dir, make_private_tree

    make_private_dir(cache_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{key[:12]}-", dir=cache_dir))
    try:
        for rec in records:
            shutil.copytree(out_dir / rec["directory"], staging / "stacks" / rec["directory"])
        (staging / "manifest.json").write_text(json.dumps({"key": key, "stacks": records}, indent=2))
        make_private_tree(staging)
        try:
            os.rename(staging, entry)
        except OSError:  # another process stored the same key first: equal content, keep theirs
            shutil.rmtree(staging, ignore_errors=True)
        prune(cache_dir, keep=KEEP_ENTRIES)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return stacks, False


def prune(cache_dir: Path | str | None = None, keep: int = 20) -> int:
    """Delete all but the `keep` most recently written entries; returns how many were deleted."""
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not cache_dir.is_dir():
        return 0
    entries = sorted(
        (p for p in cache_dir.iterdir() if (p / "manifest.json").is_file()), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in entries[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return max(0, len(entries) - keep)
