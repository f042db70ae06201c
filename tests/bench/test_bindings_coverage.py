"""The generated AWS bindings cover what the cdktf seam imports, and are fresh.

Static checks only (no Node.js): the seam's imports are read with `ast`, and
freshness compares aws_bindings/GENERATED_FROM.json with the type list and the
generator script. Regenerate with `scripts/gen-bindings`.
"""

from __future__ import annotations

import hashlib

import pytest

from bench.bindings_coverage import (
    REPO,
    SEAM,
    generated_submodules,
    generation_stamp,
    listed_types,
    seam_binding_modules,
    submodule_for,
)

REGENERATE = "add the type to scripts/bindings-types.txt and run scripts/gen-bindings"


def test_every_listed_type_is_generated():
    missing = sorted({submodule_for(t) for t in listed_types()} - generated_submodules())
    assert not missing, f"aws_bindings/ lacks {missing}; run scripts/gen-bindings"


def test_generated_package_matches_type_list_and_generator():
    stamp = generation_stamp()
    types = listed_types()
    assert stamp["resources"] == sorted({t for t in types if not t.startswith("data.")})
    assert stamp["data_sources"] == sorted({t[len("data.") :] for t in types if t.startswith("data.")})
    script = (REPO / "scripts" / "gen-bindings").read_bytes()
    assert stamp["gen_bindings_script_sha256"] == hashlib.sha256(script).hexdigest(), (
        "scripts/gen-bindings changed since aws_bindings/ was generated; run scripts/gen-bindings"
    )
    assert stamp["provider"] == "registry.terraform.io/hashicorp/aws 5.100.0"


def test_seam_imports_only_generated_bindings():
    if not SEAM.exists():
        pytest.skip(f"{SEAM.relative_to(REPO)} does not exist yet")
    imported = seam_binding_modules()
    missing = {name: line for name, line in imported.items() if name not in generated_submodules()}
    assert not missing, "\n".join(
        f"{SEAM.relative_to(REPO)}:{line} imports binding {name!r}, not in aws_bindings/; {REGENERATE}"
        for name, line in sorted(missing.items(), key=lambda kv: kv[1])
    )


def test_coverage_check_reads_the_import_forms_the_seam_may_use(tmp_path):
    seam = tmp_path / "cdk.py"
    seam.write_text(
        "import cdktf\n"
        "from aws_bindings.s3_bucket import S3Bucket\n"
        "from aws_bindings import kms_key, provider as aws_provider\n"
        "import cdktf_cdktf_provider_aws.sfn_state_machine as sfn\n"
        "from cdktf_cdktf_provider_aws.data_aws_region import DataAwsRegion\n"
    )
    assert set(seam_binding_modules(seam)) == {"s3_bucket", "kms_key", "provider", "sfn_state_machine", "data_aws_region"}
    assert submodule_for("aws_s3_bucket") == "s3_bucket"
    assert submodule_for("data.aws_iam_policy_document") == "data_aws_iam_policy_document"
