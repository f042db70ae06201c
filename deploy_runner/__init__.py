"""Deploy runner: Terraform on synthesized stacks, the local AWS emulator, the pipeline step.

API (everything returns dataclasses with ``as_dict()`` or plain dicts; every
failure is ``DeployError``/``EmulatorError`` with one message naming the fix):

- ``terraform.plan_stack(stack_dir, *, destroy=False, emulator_endpoint=None, on_output=None, timeout=None)
  -> PlanResult(stack, stack_dir, plan_file, summary: PlanSummary, destroy, emulator_endpoint)``
- ``terraform.apply_plan(plan, *, on_output=None, timeout=None) -> ApplyResult(stack, outputs, seconds)``
  (applies exactly ``plan.plan_file``)
- ``terraform.destroy_stack(stack_dir, *, emulator_endpoint=None, on_output=None) -> ApplyResult``
- ``terraform.stack_outputs(stack_dir, *, emulator_endpoint=None) -> dict``
- ``emulator.Emulator(state_dir=None, persist=None).start()/stop()/status()/reset()/endpoint``;
  ``emulator.emulator_client(service, endpoint)`` for boto3 against it
- ``pipeline_deploy.deploy_pipeline(outputs, artifacts, *, emulator_endpoint=None, execution_input=None,
  start=True) -> dict`` and ``pipeline_deploy.code_artifacts(resolved_pipeline)``
- ``cli_config.write_cli_config()`` — the Terraform CLI config the project owns

See EMULATOR.md for the emulator's extensions, known drift and restarts.
"""
