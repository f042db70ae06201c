"""Amazon States Language fragments for the orchestrator (pure data, no cdktf).

A node contributes a `StepChain`: its states, the state to enter and the states
that continue to the next node. The orchestrator links chains in graph order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RUN_ID_PATH = "$.run_id"
# 8 hex characters, unique per execution: short enough to suffix SageMaker names (limit 63).
RUN_ID_EXPRESSION = "States.ArrayGetItem(States.StringSplit(States.UUID(), '-'), 0)"


START_STATE = "Start"
GIVEN_STATE = "Parameters given?"
APPLY_STATE = "Apply parameters"
DEFAULTS_STATE = "Use default parameters"


def sagemaker_integration(action: str, sync: bool = False) -> str:
    return f"arn:aws:states:::sagemaker:{action}{'.sync' if sync else ''}"


def sagemaker_tags(tags: dict[str, str]) -> list[dict[str, str]]:
    """A SageMaker ``Tags`` list: what a run creates carries the pipeline's tags, so destroy can find it."""
    return [{"Key": key, "Value": value} for key, value in sorted(tags.items())]


# How many times the execution was redriven (0 on its first attempt): AWS's context object member.
REDRIVE_COUNT_PATH = "$$.Execution.RedriveCount"


def run_scoped_name(prefix: str, per_attempt: bool = True) -> str:
    """ASL intrinsic producing `<prefix>-<run id>-<attempt>`; prefix must fit LIMITS['sagemaker_job_prefix'].

    The attempt is the execution's redrive count: a retried run (`RedriveExecution`) creates its jobs
    again under new names, because SageMaker refuses a job name that was ever used (ResourceInUse).
    `per_attempt=False` gives `<prefix>-<run id>`, for a resource that later states of the same run
    name again (an endpoint configuration): a retry resumes after the state that created it.
    """
    if not per_attempt:
        return f"States.Format('{prefix}-{{}}', {RUN_ID_PATH})"
    return f"States.Format('{prefix}-{{}}-{{}}', {RUN_ID_PATH}, {REDRIVE_COUNT_PATH})"


RUNS_FOLDER = "runs"


def run_scoped_prefix(s3_uri: str) -> str:
    """ASL intrinsic producing `<s3_uri>runs/<run id>/`: each run writes its own prefix, so a later or
    overlapping run never overwrites what an earlier one produced (or what a cache entry points at).

    `s3_uri` ends with `/` and holds only bucket-name and key characters (no `'`, `{`, `}`, `\\`);
    a Terraform reference in it is substituted before Step Functions reads the definition.
    """
    return f"States.Format('{s3_uri}{RUNS_FOLDER}/{{}}/', {RUN_ID_PATH})"


def node_result_path(node_id: str) -> str:
    return f"$.nodes.{node_id}"


# Where the run's cache hits arrive: the execution input's `cache.<node id>` (pipeline_ops/step_cache.py
# decides them before the run starts), kept in the state at `$.input` by the start states.
CACHED_INPUT = "$.input.cache"


def cache_gate(
    node_id: str, chain: StepChain, check_name: str, reuse_name: str, skip_name: str, fields: tuple[str, ...] | None
) -> StepChain:
    """`chain` behind a Choice on the run's input (`cache.<node id>`, decided before the run starts):
    - it names an earlier run's output (a step cache hit, or the latest output `--from`/`--only` reuse):
      a Pass state puts that output's `fields` where the job's result would have gone (`$.nodes.<id>`),
      so downstream reads them unchanged and the job is never started (`fields` None: a kind whose
      output is never reused, which has only the next branch);
    - it says `skipped` (`--only` another node): a Pass records why, and the job is not started;
    - otherwise the chain runs as before.

    A Choice on `IsPresent` rather than a read, because a JSONPath to a missing key fails the run
    (States.Runtime), and executions started by a schedule or the console carry no `cache`.
    """
    item = f"{CACHED_INPUT}.{node_id}"
    choices: list[dict[str, Any]] = [{"Variable": f"{item}.skipped", "IsPresent": True, "Next": skip_name}]
    states: dict[str, dict[str, Any]] = {
        skip_name: {
            "Type": "Pass",
            "Comment": "Not run: the run was started for other nodes (playbook run --only)",
            "Parameters": {"skipped.$": f"{item}.why"},
            "ResultPath": node_result_path(node_id),
        },
    }
    ends = [*chain.ends, skip_name]
    if fields is not None:
        choices.insert(0, {"Variable": f"{item}.output", "IsPresent": True, "Next": reuse_name})
        reused = {f"{name}.$": f"{item}.output.{name}" for name in fields}
        states[reuse_name] = {
            "Type": "Pass",
            "Parameters": {**reused, "cached_from.$": f"{item}.run"},
            "ResultPath": node_result_path(node_id),
        }
        ends.append(reuse_name)
    gate = {
        "Type": "Choice",
        "Comment": "Step cache: reuse an earlier run's output, or skip, when this run's input says so",
        "Choices": choices,
        "Default": chain.start,
    }
    return StepChain(start=check_name, states={check_name: gate, **states, **chain.states}, ends=ends)


def run_state_machine(
    state_machine_arn: str,
    execution_input: dict[str, Any],
    result_path: str,
    *,
    comment: str | None = None,
    result_selector: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A Task state running another state machine to its end (`startExecution.sync:2`).

    A nested pipeline, a database source's extraction and a batch deployment's scoring are
    each their own state machine; the parent runs them through this one state shape.
    """
    return {
        "Type": "Task",
        "Resource": "arn:aws:states:::states:startExecution.sync:2",
        **({"Comment": comment} if comment else {}),
        "Parameters": {"StateMachineArn": state_machine_arn, "Input": execution_input},
        "ResultSelector": result_selector or {"execution_arn.$": "$.ExecutionArn"},
        "ResultPath": result_path,
    }


@dataclass
class StepChain:
    start: str
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    # States whose successor is whatever follows this chain.
    ends: list[str] = field(default_factory=list)

    @staticmethod
    def single(name: str, state: dict[str, Any]) -> "StepChain":
        return StepChain(start=name, states={name: state}, ends=[name])

    @staticmethod
    def sequence(*steps: tuple[str, dict[str, Any]]) -> "StepChain":
        chain = StepChain(start=steps[0][0])
        for (name, state), following in zip(steps, [*steps[1:], None]):
            chain.states[name] = dict(state, Next=following[0]) if following else dict(state)
        chain.ends = [steps[-1][0]]
        return chain


def link(chains: list[StepChain], final_state: tuple[str, dict[str, Any]]) -> tuple[str, dict[str, dict[str, Any]]]:
    """Join chains in order, ending with `final_state`; returns (StartAt, States)."""
    states: dict[str, dict[str, Any]] = {}
    successors = [c.start for c in chains[1:]] + [final_state[0]]
    for chain, successor in zip(chains, successors):
        for name, state in chain.states.items():
            if name in states:
                raise ValueError(f"duplicate state name {name!r}")
            states[name] = dict(state, Next=successor) if name in chain.ends else state
    states[final_state[0]] = final_state[1]
    start = chains[0].start if chains else final_state[0]
    return start, states


def start_states(
    first: str, takes_inputs: bool, parameters: dict[str, Any] | None, keeps_input: bool = False
) -> dict[str, dict[str, Any]]:
    """The states before the first node: a run id, and the run's parameter values at `$.params`.

    `keeps_input`: the execution input stays at `$.input` for the whole run (a cache gate reads it).
    """
    if parameters is None:
        start: dict[str, Any] = {"run_id.$": RUN_ID_EXPRESSION, "nodes": {}}
        if takes_inputs:
            start["inputs.$"] = "$.inputs"
        if keeps_input:
            start["input.$"] = "$"
        return {
            START_STATE: {"Type": "Pass", "Comment": "Give the run an id used in job names", "Parameters": start, "Next": first}
        }
    carried = {"inputs.$": "$.input.inputs"} if takes_inputs else {}
    if keeps_input:
        carried["input.$"] = "$.input"
    return {
        START_STATE: {
            "Type": "Pass",
            "Comment": "Give the run an id used in job names; the declared parameter defaults",
            "Parameters": {"run_id.$": RUN_ID_EXPRESSION, "params": parameters, "input.$": "$"},
            "Next": GIVEN_STATE,
        },
        GIVEN_STATE: {
            "Type": "Choice",
            "Default": DEFAULTS_STATE,
            "Choices": [{"Variable": "$.input.parameters", "IsPresent": True, "Next": APPLY_STATE}],
        },
        APPLY_STATE: {
            "Type": "Pass",
            "Comment": "The run's parameters over the defaults (shallow merge)",
            "Parameters": {
                "run_id.$": "$.run_id",
                "nodes": {},
                "params.$": "States.JsonMerge($.params, $.input.parameters, false)",
                **carried,
            },
            "Next": first,
        },
        DEFAULTS_STATE: {
            "Type": "Pass",
            "Parameters": {"run_id.$": "$.run_id", "nodes": {}, "params.$": "$.params", **carried},
            "Next": first,
        },
    }
