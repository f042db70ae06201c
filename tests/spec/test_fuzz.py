"""Fuzz pass over the loader and the builder API, bounded to well under a minute.

Properties: the loader either returns a playbook or raises PlaybookInvalid (never another
exception); validate always answers {"valid": ...}; the builder API answers every request with a
status below 500. Derandomized (a fixed example sequence per run) so CI stays reproducible; run
with HYPOTHESIS_PROFILE=explore for fresh random examples while hunting.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline_ops
from playbooks import PlaybookInvalid
from playbooks.loader import load_text

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()
CHURN_DATA = yaml.safe_load(CHURN)

settings.register_profile(
    "ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "explore",
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The budget runs from the first fuzz example, not from import: in the whole suite this module is
# collected many minutes before its tests run.
_STARTED: float | None = None
BUDGET_SECONDS = 60

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40))
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=25,
)
YAML_BITS = [
    "!foo ",
    "!!python/name:os.system ",
    "!!int ",
    "!!binary ",
    "&a ",
    "*a ",
    "<<: ",
    "[",
    "]",
    "{",
    "}",
    "- ",
    ": ",
    "\n  ",
    "\t",
    "'",
    '"',
    "#",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "\x00",
    "\ufeff",
    "\\u202e",
]
yaml_noise = st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=40).map("".join)


def _within_budget():
    global _STARTED
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci":
        return
    if _STARTED is None:
        _STARTED = time.monotonic()
    assert time.monotonic() - _STARTED < BUDGET_SECONDS * 2, "the fuzz pass is over its time budget"


def _paths(value, prefix=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield prefix + (key,)
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield prefix + (index,)
            yield from _paths(item, prefix + (index,))


CHURN_PATHS = list(_paths(CHURN_DATA))


def _mutated(path, value):
    data = json.loads(json.dumps(CHURN_DATA))
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


@given(text=st.one_of(yaml_noise, st.text(max_size=300)))
def test_loader_never_raises_anything_but_playbook_invalid(text):
    _within_budget()
    try:
        load_text(text)
    except PlaybookInvalid as exc:
        assert exc.errors and all(e.file and e.path for e in exc.errors)


@given(insert=yaml_noise, at=st.integers(min_value=0, max_value=len(CHURN)))
def test_loader_survives_noise_inside_a_real_playbook(insert, at):
    _within_budget()
    try:
        load_text(CHURN[:at] + insert + CHURN[at:])
    except PlaybookInvalid:
        pass


@given(path=st.sampled_from(CHURN_PATHS), value=json_values)
def test_validate_answers_for_any_mutation_of_a_real_playbook(path, value):
    _within_budget()
    result = pipeline_ops.validate(_mutated(path, value))
    assert result["valid"] in (True, False)
    for error in result["errors"]:
        assert {"file", "line", "column", "path", "message"} <= set(error)


@pytest.fixture(scope="module")
def client():
    from starlette.testclient import TestClient

    from playbook_ui import create_app

    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765", headers={"Authorization": f"token {app.token}"}) as c:
        yield c


@given(use=st.one_of(st.text(max_size=60), st.sampled_from(["/etc/passwd", "../x.yaml", "a@^1", "feature-prep@^1.2"])))
def test_resolve_endpoint_never_fails_with_500(client, use):
    _within_budget()
    response = client.get("/api/resolve", params={"use": use})
    assert response.status_code in (200, 400, 404), response.text


@given(name=st.text(max_size=30), version=st.text(max_size=15))
def test_playbook_endpoint_never_fails_with_500(client, name, version):
    _within_budget()
    from urllib.parse import quote

    response = client.get(f"/api/playbooks/{quote(name, safe='')}/{quote(version, safe='')}")
    assert response.status_code < 500, response.text


@given(
    body=st.one_of(
        json_values,
        st.dictionaries(st.sampled_from(["playbook", "yaml", "format", "flatten"]), json_values, max_size=3),
        st.builds(lambda p, v: {"playbook": _mutated(p, v)}, st.sampled_from(CHURN_PATHS), json_values),
    ),
    endpoint=st.sampled_from(["/api/validate", "/api/graph"]),
)
def test_validate_and_graph_never_fail_with_500(client, body, endpoint):
    _within_budget()
    response = client.post(endpoint, content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code < 500, response.text


@given(raw=st.binary(max_size=200))
def test_raw_bytes_as_a_body_are_a_4xx(client, raw):
    _within_budget()
    response = client.post("/api/validate", content=raw, headers={"content-type": "application/json"})
    assert response.status_code < 500, response.text


@pytest.mark.parametrize(
    "mutation",
    [
        (("spec", "nodes", 2, "type"), []),  # found by this fuzz pass: unhashable node type -> TypeError
        (("spec", "nodes", 0, "type"), {"a": 1}),
        (("spec", "nodes", 1, "type"), ["preprocessing"]),
    ],
)
def test_defects_found_by_fuzzing_stay_fixed_node_type(mutation):
    result = pipeline_ops.validate(_mutated(*mutation))
    assert result["valid"] is False and "node type" in result["errors"][0]["message"]


@pytest.mark.parametrize("playbook", [{"[": None}, {"a[b]": 1}, {"function-after[x]": 1}])
def test_defects_found_by_fuzzing_stay_fixed_bracket_keys(playbook):
    """Keys that look like pydantic's internal markers crashed the error translation (IndexError)."""
    result = pipeline_ops.validate(playbook)
    assert result["valid"] is False
    assert any(e["message"].startswith("unknown field") for e in result["errors"])
