"""The States Language's data flow, for the ASL checker (asl_check.py): JSONPath reads,
intrinsic functions (`States.Format`, `States.JsonMerge`, ...), Parameters/ResultSelector
templates and ResultPath.

Source: AWS States Language spec (https://states-language.net/spec.html), sections
"Paths", "Intrinsic Functions", "Parameters", "ResultPath". Only what our state machines
use is implemented; anything else raises CheckError naming it.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import uuid
from typing import Any


class CheckError(Exception):
    pass


_PATH_TOKEN = re.compile(r"\.([A-Za-z0-9_\-]+)|\[(\d+)\]")


def read_path(path: str, data: Any, context: dict) -> Any:
    if path.startswith("$$"):
        root, rest = context, path[2:]
    elif path.startswith("$"):
        root, rest = data, path[1:]
    else:
        raise CheckError(f"{path!r} is not a JSONPath")
    value, position = root, 0
    while position < len(rest):
        token = _PATH_TOKEN.match(rest, position)
        if not token:
            raise CheckError(f"unsupported JSONPath {path!r}")
        key, index = token.group(1), token.group(2)
        if key is not None:
            if not isinstance(value, dict) or key not in value:
                raise CheckError(f"JSONPath {path!r} matches nothing (no {key!r} in {_shape(value)})")
            value = value[key]
        else:
            if not isinstance(value, list) or int(index) >= len(value):
                raise CheckError(f"JSONPath {path!r} matches nothing (index {index})")
            value = value[int(index)]
        position = token.end()
    return value


def _shape(value: Any) -> str:
    return f"keys {sorted(value)}" if isinstance(value, dict) else type(value).__name__


class _Intrinsic:
    """A recursive-descent reader of intrinsic function calls (the States Language grammar)."""

    def __init__(self, text: str, data: Any, context: dict):
        self.text, self.pos, self.data, self.context = text, 0, data, context

    def parse(self) -> Any:
        value = self._call()
        self._space()
        if self.pos != len(self.text):
            raise CheckError(f"unexpected text after intrinsic: {self.text[self.pos :]!r}")
        return value

    def _space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def _call(self) -> Any:
        match = re.compile(r"States\.(\w+)\(").match(self.text, self.pos)
        if not match:
            raise CheckError(f"expected an intrinsic function at {self.text[self.pos :]!r}")
        self.pos = match.end()
        args = []
        self._space()
        if self.text[self.pos] != ")":
            while True:
                self._space()
                args.append(self._argument())
                self._space()
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                break
        if self.text[self.pos] != ")":
            raise CheckError(f"expected ')' in {self.text!r}")
        self.pos += 1
        return _apply(match.group(1), args)

    def _argument(self) -> Any:
        char = self.text[self.pos]
        if char == "'":
            self.pos += 1
            out = ""
            while self.text[self.pos] != "'":
                if self.text[self.pos] == "\\":
                    self.pos += 1
                out += self.text[self.pos]
                self.pos += 1
            self.pos += 1
            return out
        if char == "$":
            match = re.compile(r"\$\$?[A-Za-z0-9_.\-\[\]]*").match(self.text, self.pos)
            self.pos = match.end()
            return read_path(match.group(0), self.data, self.context)
        if self.text.startswith("States.", self.pos):
            return self._call()
        match = re.compile(r"-?\d+(\.\d+)?|true|false|null").match(self.text, self.pos)
        if not match:
            raise CheckError(f"unexpected intrinsic argument at {self.text[self.pos :]!r}")
        self.pos = match.end()
        return json.loads(match.group(0))


def _apply(name: str, args: list) -> Any:
    def need(count: int) -> None:
        if len(args) != count:
            raise CheckError(f"States.{name} takes {count} arguments, found {len(args)}")

    if name == "Format":
        template = args[0]
        if not isinstance(template, str) or template.count("{}") != len(args) - 1:
            raise CheckError(
                f"States.Format template {template!r} has {template.count('{}') if isinstance(template, str) else '?'} "
                f"placeholders for {len(args) - 1} arguments"
            )
        for arg in args[1:]:
            if isinstance(arg, (dict, list)):
                raise CheckError("States.Format arguments must be strings, numbers, booleans or null; use States.JsonToString")
        pieces = template.split("{}")
        return "".join(p + (_text(a) if i < len(args) - 1 else "") for i, (p, a) in enumerate(zip(pieces, [*args[1:], None])))
    if name == "StringSplit":
        need(2)
        return [p for p in str(args[0]).split(args[1]) if p]
    if name == "ArrayGetItem":
        need(2)
        return args[0][args[1]]
    if name == "UUID":
        need(0)
        return str(uuid.UUID(int=0))
    if name == "JsonMerge":
        need(3)
        if not (isinstance(args[0], dict) and isinstance(args[1], dict)) or args[2] is not False:
            raise CheckError("States.JsonMerge takes two objects and false (deep merge is not supported)")
        return {**args[0], **args[1]}
    if name == "JsonToString":
        need(1)
        return json.dumps(args[0], separators=(",", ":"))
    if name == "StringToJson":
        need(1)
        return json.loads(args[0])
    if name == "Array":
        return list(args)
    if name == "Base64Decode":
        need(1)
        return base64.b64decode(args[0]).decode("utf-8")
    if name == "Base64Encode":
        need(1)
        return base64.b64encode(str(args[0]).encode()).decode()
    raise CheckError(f"intrinsic States.{name} is not known to the checker")


def _text(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, str) else value


def evaluate(value: Any, data: Any, context: dict) -> Any:
    """A Parameters / ResultSelector template against `data` (keys ending in `.$` are evaluated)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key.endswith(".$"):
                if not isinstance(item, str):
                    raise CheckError(f"{key}: a `.$` field needs a path or intrinsic, found {item!r}")
                out[key[:-2]] = (
                    _Intrinsic(item, data, context).parse() if item.startswith("States.") else read_path(item, data, context)
                )
            else:
                out[key] = evaluate(item, data, context)
        return out
    if isinstance(value, list):
        return [evaluate(item, data, context) for item in value]
    return value


def put(data: Any, result: Any, result_path: str | None) -> Any:
    if result_path is None:
        return data
    if result_path == "$":
        return result
    data = copy.deepcopy(data)
    target = data
    keys = [m.group(1) for m in re.finditer(r"\.([A-Za-z0-9_\-]+)", result_path)]
    for key in keys[:-1]:
        target = target.setdefault(key, {})
    target[keys[-1]] = result
    return data
