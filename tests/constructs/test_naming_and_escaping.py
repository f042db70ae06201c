"""Names and literal text: pure helpers, no cdktf."""

from __future__ import annotations

from constructs_lib.escaping import literal, literal_deep
from constructs_lib.naming import LIMITS, Namer, fit


def test_short_names_are_kept_readable():
    assert Namer("pb-dev", "churn-prediction").child("train").name("iam_role", "exec") == "pb-dev-churn-prediction-train-exec"


def test_long_names_are_shortened_with_a_hash_and_stay_distinct():
    deep = Namer("pb-prod", "a-very-long-pipeline-name-for-tests").child("first_level_node").child("second_level_node")
    a = deep.child("model_one").name("s3_bucket", "artifacts")
    b = deep.child("model_two").name("s3_bucket", "artifacts")
    assert len(a) <= LIMITS["s3_bucket"] and len(b) <= LIMITS["s3_bucket"]
    assert a != b
    assert a == deep.child("model_one").name("s3_bucket", "artifacts")  # deterministic


def test_same_child_under_two_parents_gets_two_names():
    root = Namer("pb-dev", "ab-test-scoring")
    assert root.child("short_window").child("quality").name("sfn_state_machine", "orchestrator") != root.child(
        "long_window"
    ).child("quality").name("sfn_state_machine", "orchestrator")


def test_fit_only_touches_names_over_the_limit():
    assert fit("x" * 63, 63) == "x" * 63
    shortened = fit("x" * 64, 63)
    assert len(shortened) == 63 and shortened.startswith("x" * 54 + "-")


def test_names_are_lowercase_aws_friendly():
    name = Namer("pb-dev", "fraud-detection").child("join_labels").name("s3_bucket", "data")
    assert name == "pb-dev-fraud-detection-join-labels-data"


def test_literal_doubles_terraform_introducers():
    assert literal("cost ${var.x} and %{ if true }y%{ endif }") == "cost $${var.x} and %%{ if true }y%%{ endif }"
    assert literal("plain $ and % and {braces}") == "plain $ and % and {braces}"


def test_literal_deep_escapes_keys_and_nested_values():
    assert literal_deep({"${k}": ["%{v}", 3, True]}) == {"$${k}": ["%%{v}", 3, True]}
