"""Suite-wide setup: the two passes of `make test` and what each pytest-xdist worker owns alone.

`make test` (tests/run_suite.py) runs the suite twice: ``--suite-pass=parallel`` with pytest-xdist
(``-n``; the tests that mostly wait on Terraform, the emulator, jsii or a browser overlap), then
``--suite-pass=serial`` in one process for the tests marked ``serial`` (signals, deadlines, keyboard
timing: they lost races on a loaded machine before, so they keep a machine of their own).

Each process of a run (every xdist worker, and the serial pass) gets its own PLAYBOOK_STATE_DIR and
its own Terraform plugin cache below its pytest temp directory (xdist gives each worker its own), so
no two workers share an emulator (its port, lock and pid files live in the state dir), a state file,
a lock or a provider cache: Terraform documents its plugin cache as not safe for concurrent
`terraform init` ("the plugin cache directory is not guaranteed to be concurrency safe",
developer.hashicorp.com/terraform/cli/config/config-file#provider-plugin-cache). With the offline
mirror (/opt/tf-plugins, unpacked layout) a cache entry is only a symlink, so a cache per worker
costs nothing. Fixtures that pick their own state dir (tests/deploy/conftest.py, the CLI's
Workspace) still do; this is the default below them, so nothing lands in the repository's .playbook/.
"""

from __future__ import annotations

import os

import pytest

PASSES = ("all", "parallel", "serial")
# Scopes whose fixtures are shared by the tests of one module: such a module stays on one worker
# (xdist --dist loadgroup), so its stack is deployed once per run and its tests keep their order
# (e.g. tests/cli/test_cli_deploy.py reads one deployment and destroys it last).
SHARED_SCOPES = ("module", "class", "package")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--suite-pass",
        choices=PASSES,
        default="all",
        help="which tests of `make test` to run: 'parallel' (all but those marked serial), 'serial' (only those), "
        "or 'all' (default; what a plain `pytest` runs)",
    )


# Go's garbage collector runs 4x less often in terraform and its AWS provider (both Go programs, which
# read this from the environment they inherit): each command decodes the provider's large schema, and
# at the default (100) GC was ~25 % of a `terraform validate`'s CPU here (5.7 -> 4.3 s; ~150 MB more
# memory per process). Most of the suite's CPU is Terraform's. A value the caller set wins.
GOGC_FOR_TERRAFORM = "400"


@pytest.hookimpl(trylast=True)  # after pytest's tmpdir plugin has made config._tmp_path_factory
def pytest_configure(config: pytest.Config) -> None:
    """A state root and a plugin cache for this process only (under its own pytest basetemp)."""
    os.environ.setdefault("GOGC", GOGC_FOR_TERRAFORM)
    if not hasattr(config, "_tmp_path_factory"):  # pytest -p no:tmpdir
        return
    base = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]  # per worker under xdist
    state, cache = base / "suite-state", base / "suite-plugin-cache"
    state.mkdir(exist_ok=True)
    cache.mkdir(exist_ok=True)
    os.environ["PLAYBOOK_STATE_DIR"] = str(state)
    os.environ["PLAYBOOK_PLUGIN_CACHE"] = str(cache)


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER") and not session.config.pluginmanager.has_plugin(GroupIds.NAME):
        session.config.pluginmanager.register(GroupIds(), GroupIds.NAME)


class GroupIds:
    """Gives a grouped test the ``<id>@<group>`` id that ``--dist loadgroup`` schedules by, where xdist could not.

    xdist (3.8) groups by rewriting ``item._nodeid`` in its own collection hook; pytest 9 keeps a node's id in
    a structured ``item._id`` and ignores that attribute, so every group silently fell apart: the tests of a
    module sharing one deployment went to different workers, each of which deployed the stack again (and
    could run the module's last, destroying test before another worker's reads). Known upstream:
    pytest-dev/pytest-xdist#1386 (open; the fix, #1388, sets the structured id the same way). Runs after
    xdist's hook and does nothing once an id already carries its group, so a fixed xdist makes it a no-op.
    """

    NAME = "playbook-xdist-group-ids"

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        if config.getvalue("dist") != "no" or not getattr(config.option, "loadgroup", False):
            return  # only in an xdist worker of a --dist loadgroup run (xdist sets these two options there)
        from _pytest.nodeid import NodeId

        for item in items:
            names = sorted(
                {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
            )
            suffix = "@" + "_".join(names)
            if names and not item.nodeid.endswith(suffix):
                item._id = NodeId.parse(item.nodeid + suffix)  # type: ignore[attr-defined]


@pytest.hookimpl(tryfirst=True)  # before xdist reads the xdist_group marks (its own modifyitems hook)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    which = config.getoption("--suite-pass")
    if which != "all":
        keep, drop = [], []
        for item in items:
            (keep if (item.get_closest_marker("serial") is not None) == (which == "serial") else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
    for item in items:
        if _uses_shared_fixture(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        _longest_first(items)


# Rough cost of a test by its marks: the deploys (minutes) first, then Terraform and the database servers,
# then synth, then the rest (mostly sub-second). xdist hands work out in collection order (run_suite.py
# passes --no-loadscope-reorder), so the long tests start first and the last minutes of the parallel pass
# are short tests on every worker, not one deploy on one worker while the others idle.
COST_BY_MARK = (("emulator", 3), ("terraform", 2), ("database", 2), ("synth", 1))


def _cost(item: pytest.Item) -> int:
    return max((cost for mark, cost in COST_BY_MARK if item.get_closest_marker(mark) is not None), default=0)


def _longest_first(items: list[pytest.Item]) -> None:
    """Stable sort by cost, a module kept on one worker (xdist_group) sorted as a whole at its highest cost,
    its tests in their own order. The same on every worker (xdist checks that the collections agree)."""
    group_cost: dict[str, int] = {}
    for item in items:
        group = item.get_closest_marker("xdist_group")
        if group is not None:
            group_cost[group.args[0]] = max(group_cost.get(group.args[0], 0), _cost(item))

    def key(item: pytest.Item) -> int:
        group = item.get_closest_marker("xdist_group")
        return -(group_cost[group.args[0]] if group is not None else _cost(item))

    items.sort(key=key)


def _uses_shared_fixture(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(defs and defs[-1].scope in SHARED_SCOPES for defs in info.name2fixturedefs.values())
