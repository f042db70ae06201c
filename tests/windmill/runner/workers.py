"""What a Windmill worker gives a Python job, read from OUR compose file and Dockerfile.

TEST TOOL. The local flow runner uses it to run each job the way a real worker
would, so a script that only works on this developer machine fails here too.
Behaviour taken from Windmill's source (windmill-labs/windmill):

- Routing (backend/windmill-common/src/worker.rs): a worker pulls the jobs whose
  tag is in its tags: `WORKER_TAGS` (comma separated) when set, else DEFAULT_TAGS
  (which hold `python3`, the tag of an untagged Python script). A job whose tag no
  worker listens to stays queued: here it fails at once with that reason.
- Environment (backend/windmill-worker/src/python_executor.rs): the job process is
  started with `env_clear()`, then gets only the worker's `WHITELIST_ENVS`
  (worker.rs `load_whitelist_env_vars_from_env`: comma separated names, value ""
  when the worker does not have it), the reserved WM_* variables, PATH, HOME, TZ,
  BASE_INTERNAL_URL and PYTHONPATH.
- Imports (python_executor.rs `handle_python_deps`): PYTHONPATH = the worker's
  `ADDITIONAL_PYTHON_PATHS`, then one directory per lock line, each installed by
  `spawn_uv_install` with `uv pip install <line> --no-deps --target <dir>`: a lock line
  brings that distribution only, never its requirements. Comment lines are skipped.
  Nothing else of the image's Python is importable.
- Python version (backend/windmill-worker/src/python_versions.rs
  `PyV::parse_from_requirements`, windmill-common/src/worker.rs
  `try_parse_locked_python_version_from_requirements`): a deployed script runs on uv's
  managed Python named by the first lock line starting with `#py`/`# py` (`# py: 3.11`,
  or the old `# py311`), else the default `PyVAlias` (3.12). Compiled wheels of the image
  load only on the Python they were built for (windmill/Dockerfile `ARG JOB_PYTHON`).

How the runner reproduces this on a machine without Docker:
- the job runs `python -S` (no site-packages of this venv) with a cleared env, on this
  interpreter only when it is the job's Python version; a job whose Python differs from
  the image's wheels fails as the worker's import would;
- "the lock" is a directory of links to exactly the locked distributions, without their
  requirements (--no-deps), taken from this venv (a pinned version that differs from the
  venv's is an error, never silently used);
- the `ml-deploy` image's ADDITIONAL_PYTHON_PATHS (the project installed with its
  runtime dependencies) is a directory of links to the project's packages plus the
  closure of pyproject's `dependencies` and of the extras the Dockerfile installs;
- worker env values that are container paths (state volume, terraform binary) are
  replaced by host paths only for names the worker really defines (`host_values`).
Not reproduced: nsjail, the real image's non-Python files (terraform, node come from
this machine's PATH), dependency caching, and the content of files pip would or would
not package (package data).
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from packaging.markers import default_environment
from packaging.requirements import Requirement

from playbook_windmill.paths import REPO_ROOT, WINDMILL_DIR

COMPOSE_FILE = WINDMILL_DIR / "docker-compose.yml"
DOCKERFILE = WINDMILL_DIR / "Dockerfile"
# worker.rs DEFAULT_TAGS (the Python-relevant part; the full list has every language).
DEFAULT_TAGS = (
    "deno",
    "python3",
    "go",
    "bash",
    "powershell",
    "nativets",
    "mysql",
    "bun",
    "postgresql",
    "bigquery",
    "snowflake",
    "mssql",
    "graphql",
    "php",
    "rust",
    "ansible",
    "csharp",
    "nu",
    "java",
    "dependency",
    "flow",
    "other",
)
PYTHON_DEFAULT_TAG = "python3"


class NoWorkerForTag(RuntimeError):
    """No worker group listens to the job's tag: in Windmill the job would wait in the queue forever."""


@dataclass
class WorkerGroup:
    service: str
    tags: tuple[str, ...]
    env: dict[str, str]  # the worker process's environment (image ENV + compose environment)
    image_has_project: bool = False

    @property
    def whitelist(self) -> list[str]:
        return sorted({n.strip() for n in self.env.get("WHITELIST_ENVS", "").split(",") if n.strip()})

    @property
    def additional_python_paths(self) -> list[str]:
        return [p for p in self.env.get("ADDITIONAL_PYTHON_PATHS", "").split(":") if p]


_INTERPOLATION = re.compile(r"\$\{(\w+)(?::?-([^}]*))?\}")


def _interpolate(value: Any) -> str:
    """Compose's ${VAR:-default}: the default (tests never read the caller's environment for it)."""
    return _INTERPOLATION.sub(lambda m: m.group(2) or "", str(value))


def dockerfile_env(path: Path = DOCKERFILE) -> dict[str, str]:
    """ENV lines of the Dockerfile (the `ENV A=1 \\ B=2` form our Dockerfile uses)."""
    text = path.read_text().replace("\\\n", " ")
    env: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("ENV "):
            env.update(dict(re.findall(r"(\w+)=(\S+)", line[4:])))
    return env


def worker_groups(compose_file: Path = COMPOSE_FILE, dockerfile: Path = DOCKERFILE) -> list[WorkerGroup]:
    services = yaml.safe_load(compose_file.read_text())["services"]
    groups = []
    for name, service in services.items():
        env = {k: _interpolate(v) for k, v in (service.get("environment") or {}).items()}
        if env.get("MODE") != "worker":
            continue
        built = (service.get("build") or {}).get("dockerfile")
        image_env = dockerfile_env(REPO_ROOT / built) if built else {}
        if built and (REPO_ROOT / built).resolve() != dockerfile.resolve():
            raise ValueError(f"{name} builds {built}; only {dockerfile} is modelled")
        merged = {**image_env, **env}
        if env.get("NATIVE_MODE", "").lower() in ("1", "true"):
            tags: tuple[str, ...] = ("nativets", "postgresql", "mysql", "graphql", "snowflake", "mssql", "bigquery")
        elif env.get("WORKER_TAGS"):
            tags = tuple(t.strip() for t in env["WORKER_TAGS"].split(",") if t.strip())
        else:
            tags = DEFAULT_TAGS
        groups.append(WorkerGroup(name, tags, merged, image_has_project=bool(built)))
    return groups


def route(tag: str | None, groups: list[WorkerGroup]) -> WorkerGroup:
    wanted = tag or PYTHON_DEFAULT_TAG
    for group in groups:
        if wanted in group.tags:
            return group
    raise NoWorkerForTag(
        f"no worker listens to tag {wanted!r} (groups: "
        + ", ".join(f"{g.service}={list(g.tags)}" for g in groups)
        + "); Windmill would leave "
        "the job queued"
    )


# -- importable packages -----------------------------------------------------------------------
@dataclass
class PackageDirs:
    """Directories of links standing in for what `uv pip install` / the image would put on PYTHONPATH."""

    root: Path
    _cache: dict[tuple[str, ...], Path] = field(default_factory=dict)

    def for_requirements(
        self, requirements: list[str], extra_top_levels: dict[str, Path] | None = None, *, no_deps: bool = False
    ) -> Path:
        key = (str(no_deps), *sorted(requirements), *sorted(extra_top_levels or {}))
        if key in self._cache:
            return self._cache[key]
        target = self.root / f"pkgs-{len(self._cache)}"
        target.mkdir(parents=True)
        dists = distributions_exact(requirements) if no_deps else distribution_closure(requirements)
        for dist in dists:
            for top in _top_level_entries(dist):
                link = target / top.name
                if not link.exists():
                    link.symlink_to(top)
        for name, source in (extra_top_levels or {}).items():
            link = target / name
            if link.exists():
                link.unlink()
            link.symlink_to(source)
        self._cache[key] = target
        return target


def parse_lock(text: str) -> list[str]:
    """Requirement lines of a Windmill Python lock / `#requirements:` block."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


# windmill-common/src/worker.rs: `#[default] Py312` (Windmill >= 1.598).
WINDMILL_DEFAULT_PYTHON = "3.12"


def lock_python(text: str) -> str:
    """MAJOR.MINOR of the Python a worker runs this lock on (python_versions.rs rules)."""
    for line in text.splitlines():
        if line.startswith("#py") or line.startswith("# py"):
            version = line.replace(" ", "").replace("#", "").replace(":", "").replace("py", "")
            if re.fullmatch(r"3\d\d", version):  # V1: py311
                return f"{version[0]}.{version[1:]}"
            if re.fullmatch(r"\d+\.\d+(\.\d+)?", version):
                return ".".join(version.split(".")[:2])
            return WINDMILL_DEFAULT_PYTHON  # unparsable: the default, as PyV does
    return WINDMILL_DEFAULT_PYTHON


def image_python(dockerfile: Path = DOCKERFILE) -> str:
    """The Python the image installs the project's wheels for (`ARG JOB_PYTHON`, checked in the build)."""
    found = re.search(r"^ARG JOB_PYTHON=(\S+)$", dockerfile.read_text(), re.M)
    # Without the ARG, `--python "$(command -v python3)"` is the base image's Python (3.11 in
    # Windmill's image, Debian bookworm's python3).
    return found.group(1) if found else "3.11"


def this_python() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def distributions_exact(requirements: list[str]) -> list[metadata.Distribution]:
    """What `uv pip install --no-deps` of these lines installs: each named distribution alone."""
    dists = []
    for line in requirements:
        req = Requirement(line)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError as exc:
            raise RuntimeError(f"{req} is required but not installed in the test venv") from exc
        if req.specifier and dist.version not in req.specifier:
            raise RuntimeError(f"the lock pins {req} but the test venv has {dist.version}")
        dists.append(dist)
    return dists


def distribution_closure(requirements: list[str]) -> list[metadata.Distribution]:
    env = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    todo = [(Requirement(r), None) for r in requirements]
    while todo:
        req, extra = todo.pop()
        if req.marker and not req.marker.evaluate({**env, "extra": extra or ""}):
            continue
        key = req.name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError as exc:
            raise RuntimeError(f"{req} is required but not installed in the test venv") from exc
        if req.specifier and dist.version not in req.specifier:
            raise RuntimeError(
                f"the lock pins {req} but the test venv has {dist.version}: a real worker would "
                f"install the pinned version; align the lock with pyproject.toml"
            )
        seen[key] = dist
        for sub in dist.requires or []:
            sub_req = Requirement(sub)
            for wanted_extra in req.extras or {None}:
                todo.append((sub_req, wanted_extra))
    return list(seen.values())


def _top_level_entries(dist: metadata.Distribution) -> list[Path]:
    base = Path(dist.locate_file(""))
    tops: set[str] = set()
    for file in dist.files or []:
        parts = Path(file).parts
        if not parts or parts[0] in ("..", "__pycache__") or parts[0].endswith((".pth",)):
            continue
        tops.add(parts[0])
    return [base / t for t in sorted(tops) if (base / t).exists()]


def project_packages() -> dict[str, Path]:
    """Top-level packages of this project as setuptools would install them (pyproject include patterns)."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    patterns = project["tool"]["setuptools"]["packages"]["find"]["include"]
    names = {p.rstrip("*").rstrip(".") for p in patterns}
    return {n: REPO_ROOT / n for n in sorted(names) if (REPO_ROOT / n / "__init__.py").exists()}


def image_extras(dockerfile: Path = DOCKERFILE) -> list[str]:
    """The extras windmill/Dockerfile installs the project with (`.../ml-playbooks[a,b]`)."""
    found = re.search(r"/src/ml-playbooks\[([\w,-]+)\]", dockerfile.read_text())
    return found.group(1).split(",") if found else []


def project_requirements(dockerfile: Path = DOCKERFILE) -> list[str]:
    """What installing the project in the image brings: its dependencies + the extras the image asks for."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    extras = project.get("optional-dependencies", {})
    return [*project["dependencies"], *(r for e in image_extras(dockerfile) for r in extras[e])]


# -- the job process -------------------------------------------------------------------------------
def job_environment(
    group: WorkerGroup, *, host_values: dict[str, str], reserved: dict[str, str], python_path: list[Path]
) -> dict[str, str]:
    """env_clear() + WHITELIST_ENVS + reserved variables, as python_executor.rs builds it."""
    unknown = sorted(set(host_values) - set(group.env))
    if unknown:
        raise ValueError(
            f"host_values {unknown} are not set on worker {group.service}: a real worker would not "
            f"have them either (set them in windmill/docker-compose.yml or the Dockerfile)"
        )
    worker_env = {**group.env, **host_values}
    env = {name: worker_env.get(name, "") for name in group.whitelist}
    env.update(reserved)
    env.update(
        {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/tmp"),
            "TZ": "Etc/UTC",
            "PYTHONPATH": os.pathsep.join(str(p) for p in python_path),
        }
    )
    return env


def python_command() -> list[str]:
    """This interpreter without site-packages: only the stdlib plus PYTHONPATH is importable."""
    return [sys.executable, "-S", "-u"]
