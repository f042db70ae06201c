"""The example kind plugin (examples/dataset_catalog_plugin), installed next to the project and
used end to end without touching the repository: validate -> graph -> schema/palette -> synth ->
`terraform validate` -> a local deploy on the emulator.

Installed like pip installs it: the package plus a `*.dist-info` whose `entry_points.txt` is the
plugin's own `[project.entry-points."playbooks.node_kinds"]` table, in a temporary directory put on
PYTHONPATH of the subprocesses (`installed_like_pip`, shared with the benchmark). importlib.metadata discovers entry points
from exactly these files, whichever installer wrote them; a real `pip install` needs the `wheel`
package to build, which the project venv does not carry. The repository's .venv is never changed,
and every check runs the real `playbook` CLI in a subprocess (the registry is per process).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.validate_plugins import installed_like_pip

from .test_examples import terraform_env, validate  # noqa: F401 - a fixture, shared with the other examples

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "examples" / "dataset_catalog_plugin"
PLAYBOOK = PLUGIN / "playbook.yaml"
GROUP = "playbooks.node_kinds"


def playbook(site: Path, *args: str, state: Path, timeout: float = 600, cwd: Path = REPO) -> subprocess.CompletedProcess:
    import os

    env = {
        **os.environ,
        "PYTHONPATH": f"{site}{os.pathsep}{REPO}",
        "PLAYBOOK_STATE_DIR": str(state),
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installed_like_pip(tmp_path_factory.mktemp("plugin-site"))


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("plugin-state")


def test_the_plugin_is_not_part_of_the_repository_install():
    """Without the plugin on the path the type is unknown: the repository itself knows nothing of it."""
    from importlib.metadata import entry_points

    assert not [ep for ep in entry_points(group=GROUP) if ep.name == "dataset_catalog"]
    assert "dataset_catalog" not in (REPO / "playbooks" / "schema" / "playbook.schema.json").read_text()


def test_plugin_kind_validates_and_draws(site, state, tmp_path):
    ok = playbook(site, "validate", str(PLAYBOOK), state=state)
    assert ok.returncode == 0 and "4 nodes" in ok.stdout, ok.stderr
    graph = playbook(site, "graph", str(PLAYBOOK), state=state).stdout
    assert 'publish[/"publish<br/>dataset catalog"/]' in graph  # the descriptor's label and shape
    assert "clean --> publish" in graph and "publish --> train" in graph
    dot = playbook(site, "graph", str(PLAYBOOK), "--format", "dot", state=state).stdout
    assert '"publish" [shape=parallelogram' in dot

    # The plugin's config model validates, with the playbook's file, line and YAML path.
    bad = tmp_path / "bad.yaml"
    bad.write_text(PLAYBOOK.read_text().replace("churned: boolean", "churned: float"))
    proc = playbook(site, "validate", str(bad), state=state)
    assert proc.returncode == 1
    assert f"{bad}:" in proc.stderr and "spec.nodes[2].config.columns.churned" in proc.stderr
    # ... and its `consumes` rule: a model is not a dataset.
    wired = tmp_path / "wired.yaml"
    text = PLAYBOOK.read_text().replace("inputs: [publish]", "inputs: [clean]")
    wired.write_text(text + "    - {id: again, type: dataset_catalog, inputs: [train]}\n")
    proc = playbook(site, "validate", str(wired), state=state)
    assert proc.returncode == 1 and "expects exactly one dataset; found 'train' (model)" in proc.stderr


def test_schema_and_palette_list_the_plugin_kind(site, state):
    schema = json.loads(playbook(site, "schema", state=state).stdout)
    node = schema["$defs"]["DatasetCatalogNode"]
    assert node["x-kind"]["plugin"] == "playbooks-dataset-catalog"
    assert node["x-kind"]["takes_inputs"] is True and node["x-kind"]["label"] == "dataset catalog"
    assert schema["$defs"]["DatasetCatalogConfig"]["properties"]["retention_days"]["maximum"] == 14
    variants = [v["$ref"] for v in schema["$defs"]["PipelineSpec"]["properties"]["nodes"]["items"]["oneOf"]]
    assert "#/$defs/DatasetCatalogNode" in variants
    # The builder's palette (and the Windmill raw app's, which calls the same function) reads the served schema.
    code = (
        "from starlette.testclient import TestClient\nfrom playbook_ui import create_app\n"
        "app = create_app()\n"
        "with TestClient(app, base_url='http://127.0.0.1:8765', headers={'Authorization': 'token ' + app.token}) as c:\n"
        "    s = c.get('/api/schema').json()\n"
        "print(s['$defs']['DatasetCatalogNode']['x-kind']['icon'])\n"
    )
    import os

    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{REPO}", "PLAYBOOK_STATE_DIR": str(state)}
    served = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert served.stdout.strip() == "☷", served.stderr[-2000:]


@pytest.mark.synth
@pytest.mark.terraform
def test_plugin_kind_synthesizes_and_terraform_accepts_it(site, state, tmp_path, terraform_env):  # noqa: F811
    out = tmp_path / "out"
    proc = playbook(site, "synth", str(PLAYBOOK), "--out", str(out), state=state)
    assert proc.returncode == 0, proc.stderr
    directory = out / "stacks" / "churn-features-dev"
    doc = json.loads((directory / "cdk.tf.json").read_text())
    (parameter,) = doc["resource"]["aws_ssm_parameter"].values()
    (queue,) = doc["resource"]["aws_sqs_queue"].values()
    entry = json.loads(parameter["value"])
    assert entry["s3_uri"].endswith("/clean/output/") and entry["columns"]["tenure_months"] == "integer"
    assert queue["kms_master_key_id"].startswith("${aws_kms_key.")
    # The orchestrator announces each run, between the upstream job and the training job.
    (machine,) = doc["resource"]["aws_sfn_state_machine"].values()
    definition = machine["definition"]
    assert '"publish: announce"' in definition and "arn:aws:states:::sqs:sendMessage" in definition
    assert '"Default": "publish: announce"' in definition  # behind its step-cache gate, which runs it unless reused or skipped
    # The descriptor's outputs became stack outputs; the grants went to the orchestrator's role.
    assert {"node_publish_catalog_parameter", "node_publish_announcements_queue_url"} <= set(doc["output"])
    policies = json.dumps(doc["resource"]["aws_iam_role_policy"])
    assert "sqs:SendMessage" in policies
    validate(directory, terraform_env)


def test_a_broken_plugin_is_a_positioned_error_naming_the_plugin(tmp_path, state):
    broken = installed_like_pip(tmp_path / "site", entry_points={"dataset_catalog": "dataset_catalog_plugin.nowhere:KIND"})
    for command in (("validate", str(PLAYBOOK)), ("synth", str(PLAYBOOK), "--out", str(tmp_path / "out"))):
        proc = playbook(broken, *command, state=state)
        assert proc.returncode == 1
        line = next(li for li in proc.stderr.splitlines() if li.startswith("error:"))
        assert "examples/dataset_catalog_plugin/playbook.yaml:19:" in line and "spec.nodes[2].type" in line, proc.stderr
        assert (
            "plugin 'playbooks-dataset-catalog' (entry point playbooks.node_kinds: dataset_catalog = "
            "dataset_catalog_plugin.nowhere:KIND) failed to load: ModuleNotFoundError"
        ) in line
    assert not (tmp_path / "out").exists()  # nothing synthesized after a validation error


def test_a_plugin_whose_construct_cannot_be_imported_fails_synth_with_a_message(tmp_path, state):
    site = installed_like_pip(tmp_path / "site")
    kind = site / "dataset_catalog_plugin" / "kind.py"
    kind.write_text(kind.read_text().replace("dataset_catalog_plugin.construct:", "dataset_catalog_plugin.gone:"))
    assert playbook(site, "validate", str(PLAYBOOK), state=state).returncode == 0  # validate never imports it
    proc = playbook(site, "synth", str(PLAYBOOK), "--out", str(tmp_path / "out"), state=state)
    assert proc.returncode == 1
    assert (
        "node 'publish' (dataset_catalog, plugin 'playbooks-dataset-catalog'): its construct "
        "dataset_catalog_plugin.gone:DatasetCatalogEntry cannot be imported: ModuleNotFoundError"
    ) in proc.stderr


@pytest.mark.emulator
@pytest.mark.terraform
def test_plugin_kind_deploys_to_the_local_emulator(site, tmp_path_factory, monkeypatch):
    """moto 5.2.5 implements SSM parameters and SQS queues (with KMS attributes): a real apply, then read back."""
    state = tmp_path_factory.mktemp("plugin-deploy")
    try:
        proc = playbook(site, "deploy", str(PLAYBOOK), "--local", "--auto-approve", "--json", state=state, timeout=1500)
        assert proc.returncode == 0, proc.stderr[-3000:]
        outputs = json.loads(playbook(site, "output", str(PLAYBOOK), "--local", "--json", state=state).stdout)
        flat = json.dumps(outputs)
        assert "/playbooks/" in flat and "churn-features/publish/catalog" in flat

        from deploy_runner.emulator import Emulator, emulator_client

        monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(state))  # the emulator's certificate lives there
        endpoint = Emulator(state / "emulator").status().endpoint
        ssm = emulator_client("ssm", endpoint)
        (param,) = [p for p in ssm.describe_parameters()["Parameters"] if p["Name"].endswith("/publish/catalog")]
        entry = json.loads(ssm.get_parameter(Name=param["Name"])["Parameter"]["Value"])
        assert entry["owner"] == "data-platform" and entry["s3_uri"].startswith("s3://")
        sqs = emulator_client("sqs", endpoint)
        assert sqs.get_queue_attributes(QueueUrl=entry["announcements"], AttributeNames=["KmsMasterKeyId"])["Attributes"][
            "KmsMasterKeyId"
        ].startswith("arn:aws:kms:")
        destroyed = playbook(site, "destroy", str(PLAYBOOK), "--local", "--auto-approve", "--json", state=state, timeout=1500)
        assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    finally:
        playbook(site, "emulator", "stop", state=state, timeout=60)


def test_only_the_named_plugin_loads_and_a_typo_is_suggested(tmp_path, state):
    """With another (broken) plugin installed, validation imports only the entry point the playbook names."""
    site = installed_like_pip(
        tmp_path / "site",
        entry_points={"dataset_catalog": "dataset_catalog_plugin.kind:KIND", "zzz_broken": "no_such_module:KIND"},
    )
    ok = playbook(site, "validate", str(PLAYBOOK), state=state)
    assert ok.returncode == 0 and "zzz_broken" not in ok.stderr + ok.stdout, ok.stderr
    typo = tmp_path / "typo.yaml"
    typo.write_text(PLAYBOOK.read_text().replace("type: dataset_catalog", "type: dataset_catalgo"))
    proc = playbook(site, "validate", str(typo), state=state)
    assert proc.returncode == 1
    assert "found node type 'dataset_catalgo' (did you mean 'dataset_catalog'?)" in proc.stderr, proc.stderr
    assert "spec.nodes[2].type" in proc.stderr
    # A full listing loads every plugin and still works, the broken one left out.
    schema = json.loads(playbook(site, "schema", state=state).stdout)
    assert "DatasetCatalogNode" in schema["$defs"] and "zzz_broken" not in json.dumps(schema)
