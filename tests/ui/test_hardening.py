"""Hostile input to the builder API and the Windmill entry points that share its code:
API inputs are library names, never paths; deep nesting and YAML tags are 4xx or `valid: false`,
never a 500 or a traceback; a playbook without a file of its own cannot ship the server's
directories; secret literals are refused."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pipeline_ops import catalog
from playbook_ui import create_app
from playbooks import Library

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()
# The raw app's backend runnable `resolve_playbook` is the workspace script builder_resolve_playbook
# (windmill/raw_app/backend/resolve_playbook.yaml calls it by path).
RESOLVE_BACKEND = REPO / "windmill/scripts/builder_resolve_playbook.py"


def _script(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


@pytest.fixture(scope="module")
def client():
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765", headers={"Authorization": f"token {app.token}"}) as c:
        yield c


PATHS = [
    str(REPO / "playbooks/library/churn-prediction/1.2.0.yaml"),  # an absolute path to a real playbook
    "playbooks/library/churn-prediction/1.2.0.yaml",  # relative to the server's directory
    str(REPO / "playbooks/schema/playbook.schema.json"),  # another file the server can read
    "/etc/passwd",
    "../../etc/passwd",
    "/nonexistent/x.yaml",
    "churn-prediction@1.2.0/../../../etc",
    ".hidden@1",
]


@pytest.mark.parametrize("use", PATHS)
def test_resolve_accepts_names_only_and_reveals_nothing_about_paths(client, use):
    response = client.get("/api/resolve", params={"use": use})
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == {"error"} and "NAME@RANGE" in body["error"]
    assert "apiVersion" not in response.text and "root:" not in response.text


@pytest.mark.parametrize("use", PATHS[:4])
def test_raw_app_resolve_backend_refuses_paths_too(use):
    resolve_playbook = _script(RESOLVE_BACKEND)
    with pytest.raises(catalog.BadReference):
        resolve_playbook(use)
    assert resolve_playbook("feature-prep@^1.2")["version"] == Library.open().resolve("feature-prep@^1.2").version


@pytest.mark.parametrize("depth", [100, 5000, 200_000])
def test_deeply_nested_json_body_is_a_400_not_a_500(client, depth):
    body = '{"playbook": {"metadata": ' + "[" * depth + "]" * depth + "}}"
    response = client.post("/api/validate", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text[:300]
    assert "nested" in response.json()["error"]


def test_deeply_nested_yaml_text_is_reported_as_invalid(client):
    text = CHURN.replace("owner: growth-team", "owner: " + "[" * 3000 + "]" * 3000)
    assert text != CHURN
    response = client.post("/api/validate", json={"yaml": text})
    assert response.status_code == 200
    body = response.json()
    assert body["valid"] is False and "nest" in body["errors"][0]["message"]


@pytest.mark.parametrize("tag", ["!foo x", "!!python/name:os.system", "!!int abc", "!!bool maybe"])
def test_yaml_tags_are_errors_with_a_path(client, tag):
    response = client.post("/api/validate", json={"yaml": CHURN.replace("owner: growth-team", f"owner: {tag}")})
    assert response.status_code == 200
    (error,) = response.json()["errors"]
    assert error["path"] == "metadata.owner" and error["line"] >= 1


def test_windmill_validate_never_raises_on_deep_nesting():
    validate_pipeline = _script(REPO / "windmill/scripts/validate_pipeline.py")
    config: dict = {"leaf": 1}
    for _ in range(20_000):
        config = {"x": config}
    result = validate_pipeline(config)
    assert result["valid"] is False and "nested" in result["errors"][0]["message"]


def _with_code(code: str) -> str:
    return CHURN.replace("      type: preprocessing\n", f"      type: preprocessing\n      config: {{code: {code}}}\n", 1)


@pytest.mark.parametrize("name", ["churn-prediction", "brand-new-pipeline"])
@pytest.mark.parametrize("code", ["constructs_lib", "playbooks", "deploy_runner"])
def test_fileless_playbook_cannot_ship_the_servers_directories(client, monkeypatch, code, name):
    """`churn-prediction` has a library folder (code may only come from there); a new name has none
    (only s3:// code). Either way the server's working directory is never used."""
    monkeypatch.chdir(REPO)  # these directories exist relative to the server's working directory
    text = _with_code(code).replace("name: churn-prediction", f"name: {name}")
    assert text != CHURN
    body = client.post("/api/validate", json={"yaml": text}).json()
    assert body["valid"] is False
    (error,) = body["errors"]
    assert error["path"].endswith(".config.code")
    if name == "churn-prediction":
        assert f"does not exist in {REPO / 'playbooks/library/churn-prediction'}" in error["message"]
    else:
        assert "no file of its own" in error["message"] and "s3://" in error["message"]
    assert client.post("/api/plan", json={"yaml": text, "environment": "local"}).status_code == 422


def test_fileless_playbook_may_use_s3_code(client):
    assert client.post("/api/validate", json={"yaml": _with_code("s3://team-code/prep/")}).json()["valid"] is True


def test_fileless_playbook_code_resolves_inside_the_librarys_folder_for_it(tmp_path):
    library = tmp_path / "library"
    code = library / "churn-prediction" / "prep_code"
    code.mkdir(parents=True)
    (code / "preprocess.py").write_text("print('prep')\n")
    import pipeline_ops

    ok = pipeline_ops.validate(_with_code("prep_code"), [library])
    assert ok["valid"] is True, ok["errors"]
    missing = pipeline_ops.validate(_with_code("other_code"), [library])
    assert missing["valid"] is False and "does not exist" in missing["errors"][0]["message"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("DB_PASSWORD", "hunter2hunter2"),
        ("CONFIG_URL", "postgres://admin:s3cr3t@db.internal:5432/app"),
        ("GITHUB", "ghp_0123456789abcdefghijABCDEFGHIJ012345"),
    ],
)
def test_secret_literals_in_environment_are_refused_with_the_fix(client, field, value):
    text = CHURN.replace(
        "      type: preprocessing\n",
        f"      type: preprocessing\n      config:\n        environment: {{{field}: '{value}'}}\n",
        1,
    )
    body = client.post("/api/validate", json={"yaml": text}).json()
    assert body["valid"] is False
    (error,) = body["errors"]
    assert error["path"].endswith(f"environment.{field}")
    assert "secretsmanager:" in error["message"] and value not in error["message"]


def test_secret_references_validate(client):
    text = CHURN.replace(
        "      type: preprocessing\n",
        "      type: preprocessing\n      config:\n        environment: {DB_PASSWORD: 'secretsmanager:prod/db', "
        "API_TOKEN: 'ssm:/team/api/token', LOG_LEVEL: info}\n",
        1,
    )
    body = client.post("/api/validate", json={"yaml": text}).json()
    assert body["valid"] is True, body["errors"]


def test_secret_references_come_back_unredacted_for_the_editor(client):
    text = CHURN.replace(
        "      type: preprocessing\n",
        "      type: preprocessing\n      config:\n        environment: {DB_PASSWORD: 'secretsmanager:prod/db'}\n",
        1,
    )
    body = client.post("/api/validate", json={"yaml": text}).json()
    node = body["playbook"]["spec"]["nodes"][1]
    assert node["config"]["environment"] == {"DB_PASSWORD": "secretsmanager:prod/db"}
