"""Which AWS binding modules the cdktf seam imports, and whether aws_bindings/ has them.

constructs_lib/cdk.py is the only module that imports provider bindings
(either the prebuilt `cdktf_cdktf_provider_aws` or the generated
`aws_bindings`); both expose one submodule per Terraform type with the same
name (`s3_bucket`, `data_aws_iam_policy_document`, `provider`, ...).
Read statically with `ast`, so nothing here starts Node.js.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEAM = REPO / "constructs_lib" / "cdk.py"
GENERATED = REPO / "aws_bindings"
TYPES_FILE = REPO / "scripts" / "bindings-types.txt"
BINDING_PACKAGES = ("cdktf_cdktf_provider_aws", "aws_bindings")


def seam_binding_modules(seam: Path = SEAM) -> dict[str, int]:
    """Submodule name -> first line number where the seam imports it."""
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(seam.read_text(), str(seam))):
        names: list[str] = []
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in BINDING_PACKAGES:  # from aws_bindings import s3_bucket
                names = [f"{node.module}.{a.name}" for a in node.names]
            else:
                names = [node.module]
        for name in names:
            package, _, rest = name.partition(".")
            if package in BINDING_PACKAGES and rest:
                found.setdefault(rest.split(".")[0], node.lineno)
    return found


def submodule_for(terraform_type: str) -> str:
    """aws_s3_bucket -> s3_bucket; data.aws_region -> data_aws_region (the generator's naming)."""
    if terraform_type.startswith("data."):
        return "data_" + terraform_type[len("data.") :]
    return terraform_type.removeprefix("aws_")


def listed_types(types_file: Path = TYPES_FILE) -> list[str]:
    types = []
    for raw in types_file.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            types.append(line)
    return types


def generated_submodules(generated: Path = GENERATED) -> set[str]:
    return {p.name for p in generated.iterdir() if (p / "__init__.py").is_file() and p.name != "_jsii"}


def generation_stamp(generated: Path = GENERATED) -> dict[str, Any]:
    stamp: dict[str, Any] = json.loads((generated / "GENERATED_FROM.json").read_text())
    return stamp
