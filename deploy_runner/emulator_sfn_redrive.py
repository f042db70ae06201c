"""Emulator extension 24: Step Functions ``RedriveExecution`` continues a failed execution from its failed states.

Why: moto 5.2.5 has no redrive (no ``redrive_execution`` in ``moto/stepfunctions/responses.py``, and its
interpreter's ``backend/execution.py`` can only ``start`` an execution once), so `playbook run --retry`
would have nothing to call locally. What AWS does, from botocore's model
(``stepfunctions/2016-11-23/service-2.json``: ``RedriveExecution`` takes ``executionArn`` and an
idempotent ``clientToken``, answers ``redriveDate``; errors ``ExecutionDoesNotExist``,
``ExecutionNotRedrivable``, ``ExecutionLimitExceeded``, ``InvalidArn``, ``ValidationException``; the
``DescribeExecutionOutput`` members ``redriveCount``/``redriveDate``/``redriveStatus``/
``redriveStatusReason``, ``ExecutionListItem``'s ``redriveCount``/``redriveDate``, ``ListExecutions``'
``redriveFilter``, the ``ExecutionRedriven`` history event with ``executionRedrivenEventDetails.redriveCount``)
and the API reference / Developer Guide "Redriving executions"
(https://docs.aws.amazon.com/step-functions/latest/apireference/API_RedriveExecution.html,
https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html):

* a FAILED, ABORTED or TIMED_OUT Standard execution continues "from the unsuccessful step and uses the
  same input"; the results and history of the steps that succeeded are kept and those steps are not run
  again; inside a Parallel (or inline Map) only the branches (iterations) that failed or were aborted run;
  same execution ARN, same definition; its history grows (``ExecutionRedriven``, then the new events);
* refused with ``ExecutionNotRedrivable`` when the execution is RUNNING or SUCCEEDED, stopped more than
  14 days ago, or its history holds 24,999 events or more; ``redriveStatusReason`` quotes AWS's reasons
  ("Execution is SUCCEEDED and cannot be redriven", ...);
* the context object carries ``$$.Execution.RedriveCount`` (0 until redriven) and ``RedriveTime``, which
  is how a state names what it creates per attempt (a SageMaker job name must be new: AWS answers
  ``ResourceInUse`` for a reused one).

How: every state that exits successfully is recorded per execution until it SUCCEEDED (name, the input it entered with, its
output, the state it continued to). A redrive evaluates the same definition again in a new worker that
appends to the execution's own event history; a state entered with the input it had when it succeeded
is not evaluated: its recorded output and transition are taken, with no events (AWS keeps the first
attempt's). Every other state runs normally, so the failed state runs with the input it received and
what follows runs after it. Not modelled: Distributed Map runs (``RedriveMapRun``), Express executions'
Map Run redrive, the one-year open-time limit, ``TimeoutSeconds`` counted across attempts (each attempt
gets the whole timeout), ``Assign`` variables of replayed states, the execution limit
(``ExecutionLimitExceeded``); a restarted emulator has no executions to redrive.
"""

from __future__ import annotations

import copy
import datetime
import json
import threading
from typing import Any, cast

REDRIVABLE_DAYS = 14
HISTORY_LIMIT = 24_999  # "The execution event history count is less than 24,999" (botocore's doc)
TOKEN_SECONDS = 15 * 60  # client tokens are "valid for up to 15 minutes", the last 10 kept
_STOPPED = {"FAILED", "ABORTED", "TIMED_OUT"}

_lock = threading.Lock()
_succeeded: dict[str, list[dict[str, Any]]] = {}  # execution ARN -> states that exited successfully
_replay: dict[str, list[dict[str, Any]]] = {}  # execution ARN -> records the running redrive may reuse


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def _execution_arn(env: Any) -> str | None:
    try:
        return str(env.states.context_object.context_object_data["Execution"]["Id"])
    except (AttributeError, KeyError, TypeError):
        return None


def _take(arn: str, name: str, entered: str) -> dict[str, Any] | None:
    with _lock:
        records = _replay.get(arn) or []
        for index, record in enumerate(records):
            if record["name"] == name and record["input"] == entered:
                return records.pop(index)
    return None


def _install_recording() -> None:
    from moto.stepfunctions.parser.asl.component.state.state import CommonStateField
    from moto.stepfunctions.parser.asl.eval.program_state import ProgramEnded

    original = CommonStateField._eval_body

    def _eval_body(self: Any, env: Any) -> None:
        arn = _execution_arn(env)
        if arn is None:
            original(self, env)
            return
        entered = _canonical(env.states.get_input())
        reused = _take(arn, self.name, entered)
        if reused is not None:
            env.states.reset(input_value=copy.deepcopy(reused["output"]))
            if reused["next"] is None:
                env.set_ended()
            else:
                env.next_state_name = reused["next"]
            return
        original(self, env)
        if env.is_running():
            following: str | None = env.next_state_name
        elif isinstance(env.program_state(), ProgramEnded):
            following = None
        else:  # failed, stopped or timed out: this state did not succeed
            return
        record = {"name": self.name, "input": entered, "output": copy.deepcopy(env.states.get_input()), "next": following}
        with _lock:
            _succeeded.setdefault(arn, []).append(record)

    CommonStateField._eval_body = _eval_body  # type: ignore[method-assign]

    from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication

    original_terminated = BaseExecutionWorkerCommunication.terminated

    def terminated(self: Any) -> None:
        original_terminated(self)
        if _status(self.execution) == "SUCCEEDED":  # never redrivable again: its records are not needed
            with _lock:
                _succeeded.pop(self.execution.exec_arn, None)
                _replay.pop(self.execution.exec_arn, None)

    BaseExecutionWorkerCommunication.terminated = terminated  # type: ignore[method-assign]


def _install_context() -> None:
    """``$$.Execution.RedriveCount``/``RedriveTime`` in every execution's context object."""
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    original = ExecutionWorker._get_evaluation_environment

    def _get_evaluation_environment(self: Any) -> Any:
        env = original(self)
        data: dict[str, Any] = cast(dict[str, Any], env.states.context_object.context_object_data["Execution"])
        data["RedriveCount"] = getattr(self, "playbook_redrive_count", 0)
        redriven = getattr(self, "playbook_redrive_time", None)
        if redriven:
            data["RedriveTime"] = redriven
        return env

    ExecutionWorker._get_evaluation_environment = _get_evaluation_environment  # type: ignore[method-assign]


def _redrive_worker_class() -> Any:
    from moto.stepfunctions.parser.api import HistoryEventType
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    class RedriveWorker(ExecutionWorker):
        """The next attempt of an execution: the same definition, appending to the same history."""

        previous: Any = None
        playbook_redrive_count = 0
        playbook_redrive_time: str | None = None

        def _execution_logic(self) -> None:
            program = self._get_evaluation_entrypoint()
            self.env = self._get_evaluation_environment()
            events = self.previous.event_manager
            last = len(events.get_event_history())
            self.env.event_manager = events
            self.env.event_history_context.source_event_id = last
            self.env.event_history_context.last_published_event_id = last
            events.add_event(
                context=self.env.event_history_context,
                event_type=HistoryEventType.ExecutionRedriven,
                event_details=cast(Any, {"executionRedrivenEventDetails": {"redriveCount": self.playbook_redrive_count}}),
            )
            program.eval(self.env)
            self._execution_communication.terminated()

    return RedriveWorker


def _status(execution: Any) -> str:
    status = execution.exec_status
    return str(getattr(status, "value", status))


def not_redrivable_reason(execution: Any, now: datetime.datetime) -> str | None:
    """AWS's ``redriveStatusReason`` for an execution that cannot be redriven now, else None."""
    status = _status(execution)
    if str(getattr(execution.sm_type, "value", execution.sm_type)) == "EXPRESS":
        return "Execution of an EXPRESS state machine cannot be redriven"
    if status not in _STOPPED:
        return f"Execution is {status} and cannot be redriven"
    stopped = execution.stop_date
    if isinstance(stopped, datetime.datetime) and now - stopped > datetime.timedelta(days=REDRIVABLE_DAYS):
        return "Execution redrivable period exceeded"
    worker = execution.exec_worker
    if worker is not None and worker.env is not None and len(worker.env.event_manager.get_event_history()) >= HISTORY_LIMIT:
        return "Execution history event limit exceeded"
    return None


def redrive_fields(execution: Any, now: datetime.datetime) -> dict[str, Any]:
    """The describe members AWS answers for every Standard execution."""
    fields: dict[str, Any] = {"redriveCount": getattr(execution, "playbook_redrive_count", 0)}
    if getattr(execution, "playbook_redrive_date", None):
        fields["redriveDate"] = execution.playbook_redrive_date
    reason = not_redrivable_reason(execution, now)
    fields["redriveStatus"] = "NOT_REDRIVABLE" if reason else "REDRIVABLE"
    if reason:
        fields["redriveStatusReason"] = reason
    return fields


def redrive(backend: Any, execution_arn: str, client_token: str | None = None) -> datetime.datetime:
    """Start the next attempt of ``execution_arn``; returns its ``redriveDate``."""
    from moto.stepfunctions.exceptions import ExecutionDoesNotExist, InvalidArn
    from moto.stepfunctions.parser.api import ExecutionStatus

    if not isinstance(execution_arn, str) or not execution_arn.startswith("arn:") or ":execution:" not in execution_arn:
        raise InvalidArn(f"Invalid Arn: 'Resource type not valid in this context: {execution_arn}'")
    try:
        execution = backend.describe_execution(execution_arn)
    except ExecutionDoesNotExist:
        raise
    except Exception as exc:  # an unknown state machine in the ARN: no such execution either
        raise ExecutionDoesNotExist(f"Execution Does Not Exist: '{execution_arn}'") from exc
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    with _lock:
        tokens: list[tuple[str, datetime.datetime, datetime.datetime]] = getattr(execution, "playbook_redrive_tokens", [])
        for token, at, date in tokens:
            if client_token and token == client_token and (now - at).total_seconds() <= TOKEN_SECONDS:
                return date  # the same request again: the same answer, no second attempt
        reason = not_redrivable_reason(execution, now)
        if reason:
            raise ExecutionNotRedrivable(f"Execution '{execution_arn}' cannot be redriven: {reason}")
        previous = execution.exec_worker
        count = getattr(execution, "playbook_redrive_count", 0) + 1
        _replay[execution_arn] = [dict(r) for r in _succeeded.get(execution_arn, [])]
        worker = _redrive_worker_class()(
            evaluation_details=previous._evaluation_details,
            exec_comm=execution._get_start_execution_worker_comm(),
            cloud_watch_logging_session=previous._cloud_watch_logging_session,
            activity_store=previous._activity_store,
        )
        worker.previous = previous.env
        worker.playbook_redrive_count = count
        worker.playbook_redrive_time = now.isoformat()
        execution.playbook_redrive_count = count
        execution.playbook_redrive_date = now
        execution.playbook_redrive_tokens = [*tokens, (client_token or "", now, now)][-10:]
        execution.exec_worker = worker
        execution.exec_status = ExecutionStatus.RUNNING
        execution.stop_date = None
        execution.output = None
        execution.error = None
        execution.cause = None
    worker.start()
    return now


def _exception_class() -> Any:
    from moto.core.exceptions import AWSError

    class _NotRedrivable(AWSError):
        TYPE = "ExecutionNotRedrivable"
        STATUS = 400

    return _NotRedrivable


ExecutionNotRedrivable: Any = None


def install() -> None:
    global ExecutionNotRedrivable
    from moto.core.responses import ActionResult
    from moto.stepfunctions.responses import StepFunctionResponse

    ExecutionNotRedrivable = _exception_class()
    _install_recording()
    _install_context()

    def redrive_execution(self: Any) -> Any:
        date = redrive(self.stepfunction_backend, self._get_param("executionArn"), self._get_param("clientToken"))
        return ActionResult({"redriveDate": date})

    original_describe = StepFunctionResponse.describe_execution
    original_list = StepFunctionResponse.list_executions

    def describe_execution(self: Any) -> Any:
        answer = original_describe(self)
        result = cast(dict[str, Any], answer.result)
        execution = self.stepfunction_backend.describe_execution(self._get_param("executionArn"))
        if hasattr(execution, "exec_worker"):  # the interpreter's executions (extension 10)
            result.update(redrive_fields(execution, datetime.datetime.now(tz=datetime.timezone.utc)))
            if _status(execution) == "TIMED_OUT" and execution.stop_date:
                result["stopDate"] = execution.stop_date
        return answer

    def list_executions(self: Any) -> Any:
        answer = original_list(self)
        result = cast(dict[str, Any], answer.result)
        wanted = self._get_param("redriveFilter")
        rows = []
        for row in result.get("executions", []):
            try:
                execution = self.stepfunction_backend.describe_execution(row["executionArn"])
            except Exception:  # listed a moment ago; gone now
                continue
            count = getattr(execution, "playbook_redrive_count", 0)
            if (wanted == "REDRIVEN" and not count) or (wanted == "NOT_REDRIVEN" and count):
                continue
            row["redriveCount"] = count
            if count:
                row["redriveDate"] = execution.playbook_redrive_date
            rows.append(row)
        result["executions"] = rows
        return answer

    # A new action (moto dispatches to it by name) and two answers completed with the redrive members.
    setattr(StepFunctionResponse, "redrive_execution", redrive_execution)
    setattr(StepFunctionResponse, "describe_execution", describe_execution)
    setattr(StepFunctionResponse, "list_executions", list_executions)
