"""Emulator extension 10: Step Functions executions really run their states.

Why: by default moto records an execution and runs none of its states, so a
wrong JSONPath, a malformed request or a wrong S3 prefix between two nodes
would only show up on a real account. moto 5.2.5 ships an Amazon States
Language interpreter (``moto/stepfunctions/parser``, derived from LocalStack's)
behind the setting ``execute_state_machine``
(``moto/core/config.py: default_user_config["stepfunctions"]``; the backend
is chosen per request in ``moto/stepfunctions/responses.py: get_backend``).
This module turns it on for the server and fills the two gaps the pipelines hit:

1. The interpreter's service clients (``asl/utils/boto_client.py:
   boto_client_for``) call ``http://localhost:MOTO_PORT``; our server speaks
   HTTPS only, so they are pointed at the server's real endpoint
   (``emulator_loopback``).
2. moto's port of the interpreter dropped the request/response normalisation of
   the original (LocalStack's ``StateTaskService._normalise_parameters`` maps
   the state's PascalCase parameters onto the API's member names through the
   service model; ``_normalise_response`` PascalCases the answer): the helpers
   ``_to_boto_request``/``_from_boto_response`` are still in
   ``state_task_service.py`` but never called, so ``states:startExecution.sync:2``
   failed with ``States.Runtime: 'StateMachineArn'`` (botocore's serializer
   only knows ``stateMachineArn``) — no child pipeline could run. Both are
   restored here with botocore's own service models.
   Also: an execution started without a name (every child pipeline) was named
   ``None`` (ARN ``...:execution:<machine>:None``), so a second child run
   collided with the first; AWS generates a UUID, and so does this.
4. SageMaker is in the interpreter's ``_UNSUPPORTED_SERVICE_NAMES``
   (``state_task_service_factory.py``): only ``.waitForTaskToken`` would be
   forwarded. The orchestrator uses the SageMaker optimized integration
   (request/response for models and endpoints, ``.sync`` for processing,
   training and transform jobs), so this module adds it with the documented
   semantics (https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html):
   the request is the API's own request; ``.sync`` waits until the job's
   ``Describe*`` status is terminal and returns that Describe response;
   ``Failed``/``Stopped`` fail the task with ``States.TaskFailed`` and the
   Describe response (with ``FailureReason``) as the cause, as the Glue
   integration in the same interpreter does. A task cancelled while its job
   runs (the execution failed or was stopped) stops the job, as AWS does.
5. A Parallel branch that fails with one of the reserved ``States.*`` errors
   (``States.TaskFailed``: every failed job) must fail the Parallel state, and
   then the execution, with that same error ("If any branch fails ... the entire
   Parallel state fails", https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html).
   moto's ``BranchesDecl._eval_body`` (``state_parallel/branches_decl.py``)
   re-raises the branch error as ``CustomErrorName(error)``, whose constructor
   refuses any ``States.`` name, so the execution failed with
   ``States.Runtime: ValueError(Custom Error Names MUST NOT begin with ...)``
   and a Parallel ``Catch`` on ``States.TaskFailed`` could never match. The
   branch error keeps its name here (a ``StatesErrorName`` for reserved names).
"""

from __future__ import annotations

import datetime
import sys
from typing import Any, cast

_JOB_KINDS = {  # create action -> (describe action, name field, status field, stop action)
    "create_processing_job": ("describe_processing_job", "ProcessingJobName", "ProcessingJobStatus", "stop_processing_job"),
    "create_training_job": ("describe_training_job", "TrainingJobName", "TrainingJobStatus", "stop_training_job"),
    "create_transform_job": ("describe_transform_job", "TransformJobName", "TransformJobStatus", "stop_transform_job"),
}
_SUPPORTED_ACTIONS = {
    "createEndpoint",
    "createEndpointConfig",
    "createHyperParameterTuningJob",
    "createLabelingJob",
    "createModel",
    "createProcessingJob",
    "createTrainingJob",
    "createTransformJob",
    "updateEndpoint",
}
_TERMINAL_OK = {"Completed"}
_TERMINAL_FAILED = {"Failed", "Stopped"}


def _jsonable(value: Any) -> Any:
    """Step Functions hands timestamps to the next state as epoch milliseconds."""
    if isinstance(value, datetime.datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items() if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _loopback_boto_client_for(region: str, service: str, state_credentials: Any = None) -> Any:
    from . import emulator_loopback

    return emulator_loopback.client(service, region, parameter_validation=False)


def _sagemaker_service_class() -> Any:
    from moto.stepfunctions.parser.api import HistoryEventType, TaskFailedEventDetails
    from moto.stepfunctions.parser.asl.component.common.error_name.failure_event import FailureEvent, FailureEventException
    from moto.stepfunctions.parser.asl.component.common.error_name.custom_error_name import CustomErrorName
    from moto.stepfunctions.parser.asl.component.common.error_name.states_error_name import StatesErrorName
    from moto.stepfunctions.parser.asl.component.common.error_name.states_error_name_type import StatesErrorNameType
    from moto.stepfunctions.parser.asl.component.state.exec.state_task.service.resource import ResourceCondition
    from moto.stepfunctions.parser.asl.component.state.exec.state_task.service.state_task_service_callback import (
        StateTaskServiceCallback,
    )
    from moto.stepfunctions.parser.asl.eval.event.event_detail import EventDetails
    from moto.stepfunctions.parser.asl.utils.encoding import to_json_str
    from botocore.exceptions import ClientError

    def _event_details(failed: TaskFailedEventDetails) -> EventDetails:
        # moto's EventDetails TypedDict marks every key required; AWS (and moto's own code) set one.
        return cast(EventDetails, {"taskFailedEventDetails": failed})

    class StateTaskServiceSageMaker(StateTaskServiceCallback):
        """The SageMaker optimized integration (request/response and ``.sync``)."""

        def __init__(self) -> None:
            # WaitForTaskToken is listed only because the interpreter's callback
            # plumbing expects an endpoint; SageMaker tasks never hand out a token.
            # moto annotates the set as ResourceCondition, whose members are plain strings at run time.
            super().__init__(
                supported_integration_patterns=cast(
                    set[ResourceCondition], {ResourceCondition.Sync, ResourceCondition.WaitForTaskToken}
                )
            )

        def _get_supported_parameters(self) -> Any:
            # The APIs AWS's optimized SageMaker integration offers (connect-sagemaker.html),
            # with the request members of botocore's model of each.
            action = self.resource.api_action
            if action not in _SUPPORTED_ACTIONS:
                return None
            import botocore.session

            model = botocore.session.get_session().get_service_model("sagemaker")
            operation = model.operation_model(action[0].upper() + action[1:])
            return set(operation.input_shape.members)

        def _client(self, resource_runtime_part: Any) -> Any:
            return _loopback_boto_client_for(resource_runtime_part.region, "sagemaker")

        def _from_error(self, env: Any, ex: Any) -> Any:
            if isinstance(ex, ClientError):
                error_name = f"SageMaker.{ex.response['Error']['Code']}"
                return FailureEvent(
                    env=env,
                    error_name=CustomErrorName(error_name),
                    event_type=HistoryEventType.TaskFailed,
                    event_details=_event_details(
                        TaskFailedEventDetails(
                            error=error_name,
                            cause=ex.response["Error"].get("Message", str(ex)),
                            resource=self._get_sfn_resource(),
                            resourceType=self._get_sfn_resource_type(),
                        )
                    ),
                )
            return super()._from_error(env=env, ex=ex)

        def _eval_service_task(
            self, env: Any, resource_runtime_part: Any, normalised_parameters: Any, state_credentials: Any
        ) -> Any:
            action = self._get_boto_service_action()
            response = getattr(self._client(resource_runtime_part), action)(**normalised_parameters)
            env.stack.append(_jsonable(response))

        def _build_sync_resolver(
            self, env: Any, resource_runtime_part: Any, normalised_parameters: Any, state_credentials: Any
        ) -> Any:
            action = self._get_boto_service_action()
            if action not in _JOB_KINDS:
                raise RuntimeError(f"SageMaker {action} has no .sync integration (AWS offers it for jobs only)")
            describe, name_field, status_field, _stop = _JOB_KINDS[action]
            env.stack.pop()  # the Create* answer; .sync answers with Describe*
            name = normalised_parameters[name_field]
            self._playbook_job = (name, resource_runtime_part.region)
            client = self._client(resource_runtime_part)

            def resolve() -> Any | None:
                job = getattr(client, describe)(**{name_field: name})
                status = job[status_field]
                if status in _TERMINAL_OK:
                    return _jsonable(job)
                if status in _TERMINAL_FAILED:
                    raise FailureEventException(
                        FailureEvent(
                            env=env,
                            error_name=StatesErrorName(typ=StatesErrorNameType.StatesTaskFailed),
                            event_type=HistoryEventType.TaskFailed,
                            event_details=_event_details(
                                TaskFailedEventDetails(
                                    resource=self._get_sfn_resource(),
                                    resourceType=self._get_sfn_resource_type(),
                                    error=StatesErrorNameType.StatesTaskFailed.to_name(),
                                    cause=to_json_str(_jsonable(job)),
                                )
                            ),
                        )
                    )
                return None

            return resolve

        def _eval_sync(
            self, env: Any, sync_resolver: Any, timeout_seconds: Any, callback_endpoint: Any, heartbeat_endpoint: Any
        ) -> Any:
            try:
                return super()._eval_sync(
                    env=env,
                    sync_resolver=sync_resolver,
                    timeout_seconds=timeout_seconds,
                    callback_endpoint=None,
                    heartbeat_endpoint=heartbeat_endpoint,
                )
            finally:
                if not env.is_running():
                    self._stop_job(env)

        def _stop_job(self, env: Any) -> None:
            """The execution ended (failed elsewhere, stopped) while this job ran: stop it, as AWS does."""
            action = self._get_boto_service_action()
            _describe, name_field, _status, stop = _JOB_KINDS[action]
            try:
                job = getattr(self, "_playbook_job", None)
                if job:
                    name, region = job
                    getattr(_loopback_boto_client_for(region, "sagemaker"), stop)(**{name_field: name})
            except Exception as exc:  # best effort, like AWS's own cleanup
                print(f"EMULATOR: could not stop {name_field}: {exc}", file=sys.stderr, flush=True)

    return StateTaskServiceSageMaker


def _operation_model(task: Any, boto_service_name: str | None, service_action_name: str | None) -> Any:
    import botocore.session
    from botocore import xform_name

    service = task._get_boto_service_name(boto_service_name=boto_service_name)
    action = task._get_boto_service_action(service_action_name=service_action_name)
    model = botocore.session.get_session().get_service_model(service)
    names = {xform_name(name): name for name in model.operation_names}
    return model.operation_model(names[action]) if action in names else None


def _install_normalisation() -> None:
    from moto.stepfunctions.parser.asl.component.state.exec.state_task.service.state_task_service import StateTaskService

    def _normalise_parameters(self: Any, parameters: Any, boto_service_name: Any = None, service_action_name: Any = None) -> Any:
        operation = _operation_model(self, boto_service_name, service_action_name)
        if operation is not None and operation.input_shape is not None:
            self._to_boto_request(parameters, operation.input_shape)

    def _normalise_response(self: Any, response: Any, boto_service_name: Any = None, service_action_name: Any = None) -> Any:
        operation = _operation_model(self, boto_service_name, service_action_name)
        if operation is not None and operation.output_shape is not None:
            self._from_boto_response(response, operation.output_shape)

    StateTaskService._normalise_parameters = _normalise_parameters
    StateTaskService._normalise_response = _normalise_response

    import uuid

    from moto.stepfunctions.parser.models import StepFunctionsParserBackend

    original_start = StepFunctionsParserBackend.start_execution

    def start_execution(
        self: Any, state_machine_arn: Any, name: Any = None, execution_input: Any = None, trace_header: Any = None
    ) -> Any:
        return original_start(self, state_machine_arn, name or str(uuid.uuid4()), execution_input, trace_header)

    StepFunctionsParserBackend.start_execution = start_execution


def _install_parallel_error_names() -> None:
    from moto.stepfunctions.parser.asl.component.common.error_name.custom_error_name import CustomErrorName
    from moto.stepfunctions.parser.asl.component.common.error_name.states_error_name import StatesErrorName
    from moto.stepfunctions.parser.asl.component.state.exec.state_parallel import branches_decl

    def branch_error_name(error_name: str | None):  # type: ignore[no-untyped-def]
        if error_name and error_name.startswith("States."):
            try:
                return StatesErrorName.from_name(error_name)
            except ValueError:  # a States.* name the grammar does not know: keep the name anyway
                pass
            error = CustomErrorName(None)
            error.error_name = error_name  # type: ignore[misc]
            return error
        return CustomErrorName(error_name)

    branches_decl.CustomErrorName = branch_error_name  # type: ignore[assignment,misc]


def install() -> None:
    from moto.core.config import default_user_config
    from moto.stepfunctions.parser.asl.component.state.exec.state_task.service import state_task_service_factory as factory

    default_user_config.setdefault("stepfunctions", {})["execute_state_machine"] = True

    # Every interpreter module imported boto_client_for by name: import them all, rebind it in each.
    import importlib

    import moto.stepfunctions.parser.asl.utils.boto_client as boto_client_module

    for extra in (
        "moto.stepfunctions.parser.asl.component.state.exec.state_task.lambda_eval_utils",
        "moto.stepfunctions.parser.asl.component.state.exec.state_map.item_reader.eval.resource_eval_s3",
        "moto.stepfunctions.parser.asl.component.state.exec.state_map.result_writer.resource_eval.resource_eval_s3",
    ):
        importlib.import_module(extra)
    original = boto_client_module.boto_client_for
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "") or ""
        if name.startswith("moto.stepfunctions.parser") and getattr(module, "boto_client_for", None) is original:
            setattr(module, "boto_client_for", _loopback_boto_client_for)
    boto_client_module.boto_client_for = _loopback_boto_client_for

    _install_normalisation()
    _install_parallel_error_names()
    sagemaker_service = _sagemaker_service_class()
    factory._UNSUPPORTED_SERVICE_NAMES.discard("sagemaker")
    original_for = factory.state_task_service_for

    def state_task_service_for(service_name: str) -> Any:
        if service_name == "sagemaker":
            return sagemaker_service()
        return original_for(service_name)

    factory.state_task_service_for = state_task_service_for
    importlib.import_module("moto.stepfunctions.parser.asl.component.state.exec.state_task.state_task_factory")
    for module in list(sys.modules.values()):
        if getattr(module, "state_task_service_for", None) is original_for:
            setattr(module, "state_task_service_for", state_task_service_for)
