"""Independent nodes run at the same time: the series-parallel schedule and the ASL it becomes."""

from __future__ import annotations

import json
import time


from constructs_lib.asl import StepChain, link
from constructs_lib.asl_graph import Leaf, Parallel, decompose, to_chains


def test_chain_stays_sequential():
    assert decompose(["a", "b", "c"], {"b": ["a"], "c": ["b"]}) == (Leaf("a"), Leaf("b"), Leaf("c"))


def test_diamond_runs_its_middle_in_parallel():
    deps = {"b": ["a"], "c": ["a"], "d": ["b", "c"]}
    assert decompose(["a", "b", "c", "d"], deps) == (Leaf("a"), Parallel(((Leaf("b"),), (Leaf("c"),))), Leaf("d"))


def test_independent_branches_of_different_lengths():
    # two feature branches (long: x1 -> x2, short: y) joined by a training node
    deps = {"x2": ["x1"], "t": ["x2", "y"]}
    assert decompose(["x1", "y", "x2", "t"], deps) == (Parallel(((Leaf("x1"), Leaf("x2")), (Leaf("y"),))), Leaf("t"))


def test_complete_bipartite_join_is_a_series_cut():
    deps = {"c": ["a", "b"], "d": ["a", "b"]}
    assert decompose(["a", "b", "c", "d"], deps) == (
        Parallel(((Leaf("a"),), (Leaf("b"),))),
        Parallel(((Leaf("c"),), (Leaf("d"),))),
    )


def test_not_series_parallel_runs_sources_first():
    deps = {"c": ["a", "b"], "d": ["b"]}  # the N shape
    blocks = decompose(["a", "b", "c", "d"], deps)
    assert blocks[0] == Parallel(((Leaf("a"),), (Leaf("b"),)))
    assert {b for blk in blocks[1:] for b in ([blk] if isinstance(blk, Leaf) else [])} | (
        {leaf for blk in blocks[1:] if isinstance(blk, Parallel) for br in blk.branches for leaf in br}
    ) == {Leaf("c"), Leaf("d")}


def test_long_chain_does_not_recurse():
    order = [f"n{i}" for i in range(1200)]
    deps = {order[i]: [order[i - 1]] for i in range(1, len(order))}
    assert len(decompose(order, deps)) == 1200


def _wait_chain(node: str, seconds: int) -> StepChain:
    return (
        StepChain.single(f"{node}: work", {"Type": "Wait", "Seconds": seconds, "Next": f"{node}: record"})
        if False
        else StepChain.sequence(
            (f"{node}: work", {"Type": "Wait", "Seconds": seconds}),
            (f"{node}: record", {"Type": "Pass", "Result": {"done": node}, "ResultPath": f"$.nodes.{node}"}),
        )
    )


def test_parallel_states_execute_and_keep_every_nodes_result():
    """Run on moto's ASL interpreter: both branches' results, and earlier ones, are in `$.nodes` after the join."""
    import boto3
    from moto import mock_aws

    order = ["a", "b", "c", "d"]
    deps = {"b": ["a"], "c": ["a"], "d": ["b", "c"]}
    chains = {n: _wait_chain(n, 0) for n in order}
    start, states = link(
        to_chains(decompose(order, deps), chains), ("Done", {"Type": "Pass", "Parameters": {"nodes.$": "$.nodes"}, "End": True})
    )
    definition = {"StartAt": "Start", "States": {"Start": {"Type": "Pass", "Parameters": {"nodes": {}}, "Next": start}, **states}}
    assert any(s["Type"] == "Parallel" for s in states.values())
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        client = boto3.client("stepfunctions", region_name="us-east-1")
        arn = client.create_state_machine(
            name="dag", definition=json.dumps(definition), roleArn="arn:aws:iam::123456789012:role/sfn"
        )["stateMachineArn"]
        execution = client.start_execution(stateMachineArn=arn, name="run", input="{}")["executionArn"]
        deadline = time.monotonic() + 30
        while (described := client.describe_execution(executionArn=execution))["status"] == "RUNNING":
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert described["status"] == "SUCCEEDED", described
    assert json.loads(described["output"])["nodes"] == {n: {"done": n} for n in order}
