"""Make playbook text literal for Terraform.

Terraform evaluates `${...}` interpolations and `%{...}` template directives in
every string of a configuration, JSON syntax included. A playbook description,
label or config value containing them would be executed as an expression (or
break the plan). `literal` doubles the introducer (`$${`, `%%{`), which
Terraform turns back into the original text. Apply it to text that comes from
a playbook, never to strings carrying cdktf tokens (those must stay expressions).
"""

from __future__ import annotations

from typing import Any


def literal(text: str) -> str:
    return text.replace("${", "$${").replace("%{", "%%{")


def literal_deep(value: Any) -> Any:
    """`literal` applied to every string (keys included) inside dicts, lists and tuples."""
    if isinstance(value, str):
        return literal(value)
    if isinstance(value, dict):
        return {literal_deep(k): literal_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [literal_deep(v) for v in value]
    return value


def unliteral(text: str) -> str:
    """The inverse of `literal` (each `{` preceded by a run of `$`/`%` got one more), used where
    literal text is re-encoded (an ASL intrinsic) and made literal again."""
    return text.replace("$${", "${").replace("%%{", "%{")
