"""Safe YAML reading that remembers where every value came from.

PyYAML's safe loader is used only to compose the node tree; we build Python
values ourselves so that we can (a) record the line/column of every path,
(b) reject duplicate keys instead of silently keeping the last one, and
(c) bound alias expansion (a "billion laughs" document fails fast).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .bounded_read import UnreadableFile, read_regular_file
from .errors import PlaybookError, PlaybookInvalid, YamlPath, format_path

MAX_FILE_BYTES = 1_000_000
MAX_VALUES = 200_000  # values after alias expansion; far above any real playbook

MAX_DEPTH = 64  # nesting levels; real playbooks use fewer than 15

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_scalars = yaml.constructor.SafeConstructor()
# Tags a plain YAML document resolves to on its own. An explicit tag outside this set
# (`!foo x`, `!!python/name:os.system`) is refused: a playbook is plain data.
_PLAIN_TAGS = frozenset("tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq"))


# The YAML reader refuses raw control characters, but a double-quoted string can still spell them
# ("\e]0;title\a", "\0", "\x9b"): C0 and C1 controls and DEL, and the bidirectional overrides
# that make text display differently from what it says. Tab and line feed are ordinary text.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str) -> str | None:
    """The first control character in `text`, named as an escape (U+001B), or None."""
    found = CONTROL_CHARACTERS.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


@dataclass
class YamlDocument:
    file: str
    data: Any
    positions: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    text: str = ""

    def locate(self, path: YamlPath) -> tuple[int, int]:
        """Line/column of `path`, or of its nearest ancestor that exists in the file."""
        probe = tuple(path)
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))

    def error(self, path: YamlPath, message: str) -> PlaybookError:
        line, col = self.locate(path)
        return PlaybookError(self.file, line, col, format_path(path), message)


class _Builder:
    def __init__(self, file: str):
        self.file = file
        self.positions: dict[YamlPath, tuple[int, int]] = {}
        self.errors: list[PlaybookError] = []
        self.count = 0

    def _err(self, node: yaml.Node, path: YamlPath, message: str) -> None:
        self.errors.append(
            PlaybookError(self.file, node.start_mark.line + 1, node.start_mark.column + 1, format_path(path), message)
        )

    def _scalar(self, node: yaml.Node, path: YamlPath) -> Any:
        """A scalar's value; an unknown tag or a value its tag cannot hold is an error, never a traceback."""
        if node.tag not in _PLAIN_TAGS:
            self._err(
                node,
                path,
                f"found YAML tag '{node.tag.replace('tag:yaml.org,2002:', '!!')}'; "
                "expected plain values (remove the tag; quote the value if it should be a string)",
            )
            return None
        try:
            value = _scalars.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - PyYAML raises KeyError, AttributeError, ValueError... on bad tagged scalars
            kind = node.tag.replace("tag:yaml.org,2002:", "")
            self._err(
                node,
                path,
                f"found {node.value!r}, which is not a valid {kind} ({(str(exc) or type(exc).__name__).splitlines()[0]}); "
                "expected a plain value (remove the '!!' tag)",
            )
            return None
        control = control_character(value) if isinstance(value, str) else None
        if control is not None:
            self._err(
                node,
                path,
                f"found the control character {control} (written as an escape in a quoted string); expected printable "
                "text: control characters would reach terminals, logs and AWS as they are (tabs and line breaks are fine)",
            )
            return None
        return value

    def build(self, node: yaml.Node, path: YamlPath, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _TooLarge(node)
        if depth > MAX_DEPTH:
            raise _TooLarge(node)
        self.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
            self._err(node, path, f"found YAML tag '{node.tag}'; expected a plain mapping or list (remove the tag)")
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self._err(key_node, path, "found a YAML merge key '<<'; expected plain keys (merge keys are not supported)")
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    self._err(key_node, path, "found a non-scalar mapping key; expected a string key")
                    continue
                before = len(self.errors)
                key = self._scalar(key_node, path)
                if len(self.errors) > before:
                    continue
                if not isinstance(key, (str, int, bool)) or isinstance(key, bool):
                    key = str(key)
                if key in result:
                    self._err(key_node, path + (key,), f"found duplicate key '{key}'; expected each key once in a mapping")
                    continue
                self.positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, path + (key,), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, path)


class _TooLarge(Exception):
    def __init__(self, node: yaml.Node):
        self.node = node


def read_yaml(path: Path | str, *, display_name: str | None = None) -> YamlDocument:
    """Read one YAML file; raise PlaybookInvalid with positioned errors."""
    path = Path(path)
    name = display_name or str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise PlaybookInvalid([PlaybookError(name, 0, 0, "<document>", f"cannot read file: {exc.strerror}")]) from None
    except UnreadableFile as exc:
        raise PlaybookInvalid([PlaybookError(name, 0, 0, "<document>", f"cannot read file: {exc}")]) from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes | str, name: str = "<input>") -> YamlDocument:
    def fail(line: int, col: int, message: str) -> PlaybookInvalid:
        return PlaybookInvalid([PlaybookError(name, line, col, "<document>", message)])

    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > MAX_FILE_BYTES:
        raise fail(0, 0, f"document is {len(raw)} bytes; expected at most {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(
            line, 1, f"found a byte that is not UTF-8 (0x{raw[exc.start]:02x} at offset {exc.start}); expected a UTF-8 text file"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(line.strip().startswith("#") or not line.strip() for line in text.splitlines()):
        raise fail(1, 1, "the file is empty; expected a playbook mapping (apiVersion, kind, metadata, spec)")
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except RecursionError:  # the pure-Python composer recurses once per nesting level
        raise fail(1, 1, f"document is nested more than {MAX_DEPTH} levels deep; expected a small playbook") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise fail(line, col, f"YAML syntax error: {exc.problem or exc.context}{syntax_hint(text, line, col)}") from None
    except yaml.YAMLError as exc:  # reader errors (control characters) carry no mark
        raise fail(1, 1, f"YAML error: {exc}") from None
    nodes = [n for n in nodes if n is not None]
    if len(nodes) != 1:
        raise fail(1, 1, f"found {len(nodes)} YAML documents; expected exactly one playbook per file")
    root = nodes[0]
    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else "a scalar"
        raise fail(root.start_mark.line + 1, root.start_mark.column + 1, f"found {kind} at the top level; expected a mapping")
    builder = _Builder(name)
    try:
        data = builder.build(root, ())
    except _TooLarge as exc:
        m = exc.node.start_mark
        raise fail(
            m.line + 1,
            m.column + 1,
            f"document expands to more than {MAX_VALUES} values or {MAX_DEPTH} levels (alias bomb?); expected a small playbook",
        ) from None
    if builder.errors:
        raise PlaybookInvalid(builder.errors)
    return YamlDocument(name, data, builder.positions, text)


def syntax_hint(text: str, line: int, column: int) -> str:
    """What a YAML syntax error at `line` (1-based) most likely means, in the author's terms."""
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    tab = here.find("\t")
    if tab >= 0 and not here[:tab].strip():
        return f"; line {line} is indented with a tab: YAML indents with spaces only, replace the tab with spaces"
    if tab >= 0 and tab + 1 == column:
        return f"; line {line} has a tab at column {column}: YAML does not allow tabs here, use spaces"
    indent = len(here) - len(here.lstrip(" "))
    above = next((t for t in reversed(lines[: line - 1]) if t.strip() and not t.lstrip().startswith("#")), None)
    if above is None:
        return ""
    above_indent = len(above) - len(above.lstrip(" "))
    if above.lstrip().startswith("- "):
        above_indent += 2  # keys of a list item line up after its dash
    if indent != above_indent and not above.rstrip().endswith((":", "|", ">", "|-", ">-")):
        return (
            f"; check the indentation of line {line}: it is indented {indent} spaces and the line above {above_indent}, "
            "but the keys of one mapping must line up (indent only below a key that ends with ':')"
        )
    value = here.split(": ", 1)[1] if ": " in here else ""
    if ": " in value or value.rstrip().endswith(":"):
        return f"; a value on line {line} contains ': ': quote it (\"...\") or check the indentation"
    return f"; check the indentation of line {line} and the line above it"


def nesting_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deep lists/dicts nest in `value` (iteratively: safe on hostile input); stops counting past `limit`."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, (list, tuple)):
            deepest = max(deepest, depth)
            if depth > limit:
                return depth
            stack.extend((child, depth + 1) for child in item)
    return deepest
