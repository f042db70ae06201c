"""The playbook library: every playbook found in the library directories,
indexed by (metadata.name, metadata.version).

Directories come from, in order: `--library DIR` flags, the PLAYBOOK_PATH
environment variable (os.pathsep-separated), then the project's own library
list (`library:` in playbook-project.yaml, in its order). Outside any project
the last entry is the example library bundled with the package; inside one the
examples are on the path only when the project lists `bundled:examples`.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import PlaybookError, PlaybookInvalid
from .loader import LoadedPlaybook, load_file
from .project import current_project
from .registry import PublishedRecord, read_registry
from .semver import Range, RangeError, Version, split_reference
from .failures import PlaybookFailure

DEFAULT_LIBRARY = Path(__file__).resolve().parent / "library"
REPO_ROOT = Path(__file__).resolve().parent.parent


def display_path(path: Path) -> str:
    """Paths in messages and digests are repo-relative when they can be (stable across machines)."""
    try:
        path = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        path = path.absolute()
    for base in (Path.cwd(), REPO_ROOT):
        try:
            return str(path.relative_to(base))
        except ValueError:
            continue
    return str(path)


def library_dirs(
    extra: Iterable[str | Path] = (), env: Mapping[str, str] | None = None, *, project_libraries: bool = True
) -> list[Path]:
    env = os.environ if env is None else env
    dirs = [Path(d) for d in extra]
    dirs += [Path(p) for p in env.get("PLAYBOOK_PATH", "").split(os.pathsep) if p]
    if project_libraries:
        dirs += current_project(env).libraries
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def _full(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path)


class ReferenceError_(PlaybookFailure):
    """A NAME@RANGE that cannot be resolved; the message says why and what exists."""

    kind = "unknown_name"


_INDEX = ("entries", "broken", "conflicts", "drafts", "tampered", "tampered_versions", "records", "entry_paths")


@dataclass
class Library:
    """The index is read on first use (any of the fields below `dirs`): validating a file that names
    no library playbook never validates the library's files."""

    dirs: list[Path]
    entries: dict[tuple[str, Version], LoadedPlaybook] = field(init=False)
    broken: dict[Path, PlaybookInvalid] = field(init=False)
    conflicts: list[PlaybookError] = field(init=False)
    drafts: dict[tuple[str, Version], LoadedPlaybook] = field(init=False)
    tampered: dict[Path, PlaybookError] = field(init=False)  # published files edited in place
    tampered_versions: dict[tuple[str, Version], PlaybookError] = field(init=False)
    records: dict[tuple[str, str], PublishedRecord] = field(init=False)
    entry_paths: dict[tuple[str, Version], Path] = field(init=False)  # for messages naming both files
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    @classmethod
    def open(
        cls, extra_dirs: Iterable[str | Path] = (), env: dict[str, str] | None = None, *, project_libraries: bool = True
    ) -> "Library":
        return cls(library_dirs(extra_dirs, env, project_libraries=project_libraries))

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: an index field before the library was read.
        if name not in _INDEX:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        with self._lock:
            if name not in self.__dict__:
                self._read()
        return self.__dict__[name]

    def _read(self) -> None:
        """Validate every library file into the index; other threads see the whole index or none of it."""
        lib = Library(self.dirs)
        lib.__dict__.update({key: [] if key == "conflicts" else {} for key in _INDEX})
        for directory in lib.dirs:
            if not directory.is_dir():
                continue
            try:
                registry = read_registry(directory)
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                # A damaged registry must not break every command: its playbooks count as
                # unpublished (never silently trusted) and the error is reported where it matters.
                from .registry import REGISTRY_FILE

                path = directory / REGISTRY_FILE
                lib.broken[path] = PlaybookInvalid(
                    [
                        PlaybookError(
                            display_path(path),
                            1,
                            1,
                            "<document>",
                            f"the library's registry cannot be read ({type(exc).__name__}: {exc}); expected the JSON "
                            "`playbook publish` writes (restore it from version control)",
                        )
                    ]
                )
                registry = {}
            for rec_key, rec in (registry or {}).items():
                lib.records.setdefault(rec_key, rec)
            for path in _playbook_files(directory):
                lib._add(path, registry)
        self.__dict__.update({key: lib.__dict__[key] for key in _INDEX})

    def _add(self, path: Path, registry: dict[tuple[str, str], PublishedRecord] | None) -> None:
        try:
            loaded = load_file(path, display_path(path))
        except PlaybookInvalid as exc:
            self.broken[path] = exc
            return
        except (OSError, RuntimeError) as exc:  # e.g. a symlink loop: this file is broken, the library is not
            self.broken[path] = PlaybookInvalid(
                [PlaybookError(display_path(path), 0, 0, "<document>", f"cannot read file: {exc}")]
            )
            return
        key = (loaded.name, Version.parse(loaded.version))
        if registry is not None:
            record = registry.get((loaded.name, loaded.version))
            if record is None:
                self.drafts.setdefault(key, loaded)
                return
            if record.digest != loaded.digest:
                self.tampered[path.resolve()] = self.tampered_versions[key] = tampered_error(loaded, record)
                return
        other = self.entries.get(key)
        if other is None:
            self.entries[key] = loaded
            self.entry_paths[key] = path
        elif other.digest != loaded.digest:
            self.conflicts.append(
                PlaybookError(
                    loaded.file,
                    1,
                    1,
                    "metadata.version",
                    f"{loaded.name}@{loaded.version} is also defined by {_full(self.entry_paths[key])} "
                    f"with different content (this file: {_full(path)}); expected one content per name and version: publish a new version instead, "
                    "or take one of the two libraries off the path (`library:` in playbook-project.yaml, --library, PLAYBOOK_PATH)",
                )
            )

    def broken_for(self, name: str) -> list[PlaybookError]:
        """Errors of invalid library files that may be playbook `name` (by folder, file name or declared name)."""
        errors: list[PlaybookError] = []
        for path, exc in sorted(self.broken.items()):
            declared = _declared_name(path)
            if (
                name in (path.parent.name, path.stem, declared)
                or path.stem.startswith(f"{name}-")
                or path.name == "registry.json"
            ):
                errors.extend(exc.errors)
        return errors

    def check_not_tampered(self, path: Path) -> None:
        """Refuse a published file that was edited in place (validate/synth/deploy by path).

        A file that is none of the library's files cannot be one of its published versions:
        listing the directories tells, without reading the library."""
        resolved = Path(path).resolve()
        if "tampered" not in self.__dict__ and not any(
            _full(p) == str(resolved) for d in self.dirs if d.is_dir() for p in _playbook_files(d)
        ):
            return
        error = self.tampered.get(resolved)
        if error is not None:
            raise PlaybookInvalid([error])

    def versions(self, name: str) -> list[Version]:
        return sorted(v for (n, v) in self.entries if n == name)

    def names(self) -> list[str]:
        return sorted({n for (n, _) in self.entries})

    def get(self, name: str, version: Version | str) -> LoadedPlaybook:
        return self.entries[(name, Version.parse(str(version)))]

    def resolve(self, reference: str, include_prerelease: bool = False) -> LoadedPlaybook:
        """NAME[@RANGE] -> the highest published version that matches."""
        name, text = split_reference(reference)
        conflicts = [c for c in self.conflicts if c.message.startswith(f"{name}@")]
        if conflicts:
            raise PlaybookInvalid(conflicts)
        try:
            rng = Range.parse(text) if text else Range.parse("*")
        except RangeError as exc:
            raise ReferenceError_(str(exc)) from None
        available = self.versions(name)
        edited = {v: err for (n, v), err in self.tampered_versions.items() if n == name}
        newest = rng.best(list(available) + list(edited), include_prerelease)
        if newest in edited:  # the best match was edited after publishing: refuse, never fall back silently
            raise PlaybookInvalid([edited[newest]])
        broken_errors = self.broken_for(name)
        if broken_errors and (not available or rng.best(available, include_prerelease) is None):
            # The playbook asked for may be one of the invalid files: show their own errors.
            files = sorted({e.file for e in broken_errors})
            raise PlaybookInvalid(
                broken_errors
                + [
                    PlaybookError(
                        files[0],
                        0,
                        0,
                        "<document>",
                        f"'{reference}' cannot be resolved: {len(files)} library file(s) that may define it are invalid "
                        f"({', '.join(files)}); fix the errors reported for them",
                    )
                ]
            )
        if not available:
            broken = [p for p, exc in self.broken.items() if p.stem.startswith(name)]
            hint = (
                f"; {len(broken)} library file(s) with a similar name are invalid: {', '.join(display_path(p) for p in broken)}"
                if broken
                else ""
            )
            known = ", ".join(self.names()) or "none"
            from .errors import did_you_mean

            raise ReferenceError_(
                f"no playbook named '{name}' in the library ({', '.join(display_path(d) for d in self.dirs)})"
                f"{did_you_mean(name, self.names())}; known playbooks: {known}{hint}"
            )
        best = rng.best(available, include_prerelease)
        if best is None:
            drafts = [str(v) for (n, v) in self.drafts if n == name and rng.matches(v, include_prerelease)]
            hint = f" (unpublished drafts that match: {', '.join(drafts)}; run `playbook publish FILE`)" if drafts else ""
            raise ReferenceError_(
                f"no version of '{name}' satisfies '{rng}'; published versions: {', '.join(map(str, available))}{hint}"
            )
        return self.entries[(name, best)]


def tampered_error(loaded: LoadedPlaybook, record: PublishedRecord) -> PlaybookError:
    return PlaybookError(
        loaded.file,
        1,
        1,
        "<document>",
        f"{record.name}@{record.version} was published with digest {record.digest} but this file now has digest "
        f"{loaded.digest}: published versions are immutable. Restore it (e.g. `git checkout -- {loaded.file}`) "
        f"and publish the change as a new version: bump metadata.version, then `playbook publish FILE`",
    )


def _playbook_files(directory: Path) -> list[Path]:
    """*.yaml / *.yml below `directory`, without following directory symlinks (a link loop
    cannot hang or break the scan); unreadable entries are skipped here and reported on load."""
    found: list[Path] = []
    for current, dirs, files in os.walk(directory, followlinks=False, onerror=lambda exc: None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                found.append(Path(current) / name)
    return sorted(found)


def _declared_name(path: Path) -> str | None:
    """metadata.name as written in a file that failed validation (best effort, no YAML parsing)."""
    import re

    from .bounded_read import UnreadableFile, read_regular_file
    from .yaml_source import MAX_FILE_BYTES

    try:
        head = read_regular_file(path, MAX_FILE_BYTES)[:4000].decode("utf-8", errors="replace")
    except (OSError, UnreadableFile):
        return None
    match = re.search(r"^\s*name:\s*['\"]?([a-z][a-z0-9-]{2,39})['\"]?\s*$", head, re.M)
    return match.group(1) if match else None
