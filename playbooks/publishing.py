"""`playbook publish`: add an immutable NAME@VERSION to a library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .file_lock import LockTimeout, exclusive
from .library import Library, display_path
from .loader import LoadedPlaybook, load_file
from .registry import PublishedRecord, now_utc, read_registry, write_atomically, write_registry
from .resolver import Resolver
from .semver import Version
from .failures import PlaybookFailure


PUBLISH_LOCK_TIMEOUT = 60.0  # seconds; a publish takes well under one


class PublishRefused(PlaybookFailure):
    """Publishing would break immutability or ordering; nothing was written."""

    kind = "refused"


@dataclass(frozen=True)
class PublishResult:
    record: PublishedRecord
    path: Path
    already_published: bool


def publish(
    file: Path | str, library_dir: Path | str, *, allow_lower: bool = False, extra_library_dirs: tuple[str | Path, ...] = ()
) -> PublishResult:
    file, library_dir = Path(file), Path(library_dir)
    loaded = load_file(file, display_path(file))
    library_dir.mkdir(parents=True, exist_ok=True)
    # One publisher at a time per library: the registry is read, extended and rewritten, so two
    # unlocked publishers would each write their own entry over the other's.
    try:
        with exclusive(library_dir, PUBLISH_LOCK_TIMEOUT, f"publishing into {library_dir}"):
            return _publish_locked(file, loaded, library_dir, allow_lower, extra_library_dirs)
    except LockTimeout as exc:
        raise PublishRefused(str(exc)) from None


def _publish_locked(
    file: Path, loaded: LoadedPlaybook, library_dir: Path, allow_lower: bool, extra_library_dirs: tuple[str | Path, ...]
) -> PublishResult:
    library = Library.open([library_dir, *extra_library_dirs])
    Resolver(library).resolve(loaded)  # an invalid playbook (or broken sub-pipeline reference) is never published
    records = read_registry(library_dir)
    first_publish = records is None
    if records is None:  # first publish into a plain folder: every playbook already there counts as published
        records = {
            (n, str(v)): PublishedRecord(n, str(v), e.digest, now_utc(), _relative(Path(e.file), library_dir))
            for (n, v), e in library.entries.items()
            if _inside(Path(e.file), library_dir)
        }
    existing = records.get((loaded.name, loaded.version))
    if existing is not None:
        if existing.digest == loaded.digest:
            if first_publish:
                write_registry(library_dir, records)
            return PublishResult(existing, library_dir / existing.file, True)
        raise PublishRefused(
            f"{loaded.name}@{loaded.version} is already published with different content "
            f"(published {existing.digest}, this file {loaded.digest}); published versions are immutable: "
            "bump metadata.version and publish again"
        )
    published = sorted(Version.parse(v) for (n, v) in records if n == loaded.name)
    if published and Version.parse(loaded.version) < published[-1] and not allow_lower:
        raise PublishRefused(
            f"{loaded.name}@{loaded.version} is lower than the latest published version {published[-1]}; "
            "pass --allow-lower to publish it anyway (e.g. a patch for an older line)"
        )
    destination = library_dir / loaded.name / f"{loaded.version}.yaml"
    if destination.exists() and destination.resolve() != file.resolve():
        raise PublishRefused(
            f"{display_path(destination)} already exists and is not {loaded.name}@{loaded.version}; move it away first"
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.resolve() != file.resolve():
        write_atomically(destination, file.read_bytes())  # readers of the library never see half a file
    record = PublishedRecord(loaded.name, loaded.version, loaded.digest, now_utc(), _relative(destination, library_dir))
    records[(loaded.name, loaded.version)] = record
    write_registry(library_dir, records)
    return PublishResult(record, destination, False)


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory.resolve())
        return True
    except ValueError:
        return False


def _relative(path: Path, directory: Path) -> str:
    return path.resolve().relative_to(directory.resolve()).as_posix()
