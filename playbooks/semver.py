"""SemVer 2.0.0 versions and npm-style ranges (^1.2, ~1.2.3, >=1.0 <2, 1.2.3, 1.x, *).

Pre-releases follow npm's rule: a range matches a pre-release only when one of
its comparators names a pre-release of the same major.minor.patch, or when the
caller asks for pre-releases explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import total_ordering
from .failures import PlaybookFailure

_VERSION = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)
_PARTIAL = re.compile(r"^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$")


class RangeError(PlaybookFailure, ValueError):
    kind = "bad_range"


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple[str | int, ...] = ()
    build: str = ""

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = _VERSION.match(text.strip())
        if not m:
            raise ValueError(f"{text!r} is not a SemVer 2.0.0 version (expected MAJOR.MINOR.PATCH, e.g. 1.2.0)")
        pre = tuple(int(p) if p.isdigit() else p for p in m.group(4).split(".")) if m.group(4) else ()
        return cls(int(m.group(1)), int(m.group(2)), int(m.group(3)), pre, m.group(5) or "")

    @property
    def core(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def _key(self) -> tuple[tuple[int, int, int], int, tuple[tuple[int, int, str], ...]]:
        # A release sorts after its pre-releases; numeric identifiers sort before alphanumeric ones.
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.prerelease)
        return (self.core, 1 if not self.prerelease else 0, pre)

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = ".".join(map(str, self.core))
        if self.prerelease:
            text += "-" + ".".join(map(str, self.prerelease))
        return text + (f"+{self.build}" if self.build else "")


@dataclass(frozen=True)
class _Comparator:
    op: str  # one of < <= > >= =
    version: Version

    def test(self, v: Version) -> bool:
        return {
            "<": v < self.version,
            "<=": v <= self.version,
            ">": v > self.version,
            ">=": v >= self.version,
            "=": v == self.version,
        }[self.op]


@dataclass(frozen=True)
class Range:
    text: str
    alternatives: tuple[tuple[_Comparator, ...], ...]

    @classmethod
    def parse(cls, text: str) -> "Range":
        source = text.strip()
        if not source:
            raise RangeError("empty version range; expected e.g. ^1.2, ~1.2.3, >=1.0 <2 or 1.2.3")
        alternatives = []
        for part in source.split("||"):
            tokens = re.sub(r"(>=|<=|>|<|=|\^|~)\s+", r"\1", part.strip()).split()
            if not tokens:
                raise RangeError(f"malformed version range {text!r}: empty alternative around '||'")
            comparators: list[_Comparator] = []
            for token in tokens:
                comparators.extend(_expand(token, text))
            alternatives.append(tuple(comparators))
        return cls(source, tuple(alternatives))

    def matches(self, version: Version, include_prerelease: bool = False) -> bool:
        for comparators in self.alternatives:
            if not all(c.test(version) for c in comparators):
                continue
            if not version.prerelease or include_prerelease:
                return True
            if any(c.version.prerelease and c.version.core == version.core for c in comparators):
                return True
        return False

    def best(self, versions: Iterable[Version], include_prerelease: bool = False) -> Version | None:
        matching = [v for v in versions if self.matches(v, include_prerelease)]
        return max(matching) if matching else None

    def __str__(self) -> str:
        return self.text


def _expand(token: str, whole: str) -> list[_Comparator]:
    m = re.match(r"^(>=|<=|>|<|=|\^|~)?(.*)$", token)
    assert m
    op, rest = m.group(1) or "", m.group(2)
    pm = _PARTIAL.match(rest)
    if not pm:
        raise RangeError(
            f"malformed version range {whole!r}: cannot read {token!r}; expected e.g. ^1.2, ~1.2.3, >=1.0 <2 or 1.2.3"
        )
    parts = [None if (p is None or p in "xX*") else int(p) for p in pm.group(1, 2, 3)]
    pre = tuple(int(p) if p.isdigit() else p for p in pm.group(4).split(".")) if pm.group(4) else ()
    major, minor, patch = parts
    if major is None:
        return [_Comparator(">=", Version(0, 0, 0))] if op in ("", "=", ">=", "^", "~") else []
    full = minor is not None and patch is not None
    low = Version(major, minor or 0, patch or 0, pre if full else ())
    if op in ("", "="):
        if full:
            return [_Comparator("=", low)]
        op = "~" if minor is not None else "^"  # 1.2 == 1.2.x, 1 == 1.x
        if minor is None:
            return [_Comparator(">=", low), _Comparator("<", Version(major + 1, 0, 0, (0,)))]
    if op == "^":
        if major > 0 or minor is None:
            high = Version(major + 1, 0, 0)
        elif minor > 0 or patch is None:
            high = Version(0, minor + 1, 0)
        else:
            high = Version(0, 0, patch + 1)
        return [_Comparator(">=", low), _Comparator("<", Version(*high.core, (0,)))]
    if op == "~":
        high = Version(major + 1, 0, 0) if minor is None else Version(major, minor + 1, 0)
        return [_Comparator(">=", low), _Comparator("<", Version(*high.core, (0,)))]
    if not full and op in (">", "<="):
        # >1.2 means >=1.3.0; <=1.2 means <1.3.0
        bump = Version(major + 1, 0, 0) if minor is None else Version(major, minor + 1, 0)
        return [_Comparator(">=" if op == ">" else "<", Version(*bump.core, (0,) if op == "<=" else ()))]
    if not full and op == "<":
        return [_Comparator("<", Version(*low.core, (0,)))]
    return [_Comparator(op, low)]


def split_reference(reference: str) -> tuple[str, str | None]:
    """'feature-prep@^1.2' -> ('feature-prep', '^1.2'); 'feature-prep' -> ('feature-prep', None)."""
    name, sep, rng = reference.partition("@")
    return name.strip(), (rng.strip() if sep else None)
