"""Secret references are resolved at run time and never written into Terraform:
jobs get the value from an orchestrator state reading Secrets Manager / SSM just before they start,
the API function reads its header references itself, and each reader is granted exactly that secret."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from constructs_lib.iam import statement_id
from playbooks import load_resolved
from stacks.synth import synth_stacks

pytestmark = pytest.mark.synth

HERE = Path(__file__).parent
PLAYBOOK = HERE / "secret_playbooks" / "secret-refs.yaml"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    out = tmp_path_factory.mktemp("secret-refs")
    (synthesized,) = synth_stacks([load_resolved(str(PLAYBOOK))], ["dev"], out)
    return json.loads((Path(synthesized.directory) / "cdk.tf.json").read_text())


def _machine(stack):
    """The orchestrator's states, those inside a node's secret-holding Parallel state included."""
    (machine,) = stack["resource"]["aws_sfn_state_machine"].values()
    states = dict(json.loads(machine["definition"])["States"])
    for state in list(states.values()):
        if state["Type"] == "Parallel" and state["Comment"].startswith("Secret values stay inside"):
            (branch,) = state["Branches"]
            states.update(branch["States"])
    return states


def _policies(stack):
    return {name: json.loads(body["policy"]) for name, body in stack["resource"]["aws_iam_role_policy"].items()}


def _grant(stack, purpose):
    """The statements a role was granted for `purpose`, Sids left out (they are named after it:
    `read-secrets-prep` -> ReadSecretsPrep, or ReadSecretsPrep1, ReadSecretsPrep2, ...)."""
    sid = re.compile(statement_id(purpose) + r"\d*")
    statements = [s for p in _policies(stack).values() for s in p["Statement"] if sid.fullmatch(s["Sid"])]
    return {"Statement": [{k: v for k, v in s.items() if k != "Sid"} for s in statements]}


def test_job_environment_comes_from_a_read_state_before_the_job(stack):
    states = _machine(stack)
    read = states["prep: read secret 0 for DB_PASSWORD"]
    assert read["Resource"] == "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue"
    assert read["Parameters"] == {"SecretId": "prod/db-password"}
    assert read["Next"] == "prep: process"
    env = states["prep: process"]["Parameters"]["Environment"]
    assert env == {"DB_PASSWORD.$": "$.secrets.prep.s0.value", "LOG_LEVEL": "info"}
    train_env = states["train: train"]["Parameters"]["Environment"]
    assert train_env == {"HF_TOKEN.$": "$.secrets.train.s0.value"}


def test_secret_values_never_reach_a_later_state_or_the_output(stack):
    """Walked on sample data (tests/aws_models/asl_check.py): the value read from Secrets Manager is
    in the states of its node's Parallel branch only, never in the state after it or the output."""
    from tests.aws_models.asl_check import check_stack
    from tests.aws_models.placeholders import substitute

    machines = {m["name"]: json.loads(substitute(m["definition"])) for m in stack["resource"]["aws_sfn_state_machine"].values()}
    checker = check_stack(machines)
    assert checker.problems == []
    (name,) = machines
    value = "sample-secretstring"  # the checker's sample GetSecretValue answer
    holding = [state for state, data in checker.inputs.items() if value in json.dumps(data)]
    assert holding and all(" / " in state for state in holding), holding  # inside a branch, nowhere else
    assert f"{name} / prep: with its secrets: prep: process" in holding, list(checker.inputs)
    after = checker.inputs[f"{name}: train: with its secrets"]  # the state after prep's
    # prep's job result, or the output its cache gate reused (whichever branch the walk reached it by)
    assert "secrets" not in after and list(after["nodes"]["prep"]) in (["job_arn", "output"], ["output", "cached_from"]), after
    assert value not in json.dumps(checker.outputs) and "secrets" not in json.dumps(checker.outputs)


def test_a_machine_that_reads_secrets_logs_no_execution_data(stack):
    (machine,) = stack["resource"]["aws_sfn_state_machine"].values()
    assert machine["logging_configuration"]["include_execution_data"] is False
    assert machine["logging_configuration"]["level"] == "ALL"  # the events themselves are still logged
    # a machine reading a non-secret parameter (a batch deployment's model name) keeps its execution data
    from constructs_lib.secret_refs import logs_execution_data

    lookup = {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:ssm:getParameter", "ResultPath": "$.model"}
    assert logs_execution_data({"StartAt": "find model", "States": {"find model": lookup}}) is True


def test_the_orchestrator_may_read_exactly_the_referenced_secrets(stack):
    statements = [s for p in _policies(stack).values() for s in p["Statement"]]
    reads = {
        (s["Action"], resource)
        for s in statements
        if s["Action"] in ("secretsmanager:GetSecretValue", "ssm:GetParameter")
        for resource in ([s["Resource"]] if isinstance(s["Resource"], str) else s["Resource"])  # merged grants list several
    }
    assert (
        "secretsmanager:GetSecretValue",
        "arn:${data.aws_partition.pipeline_security_partition_3F46A801.partition}:secretsmanager:"
        "${data.aws_region.pipeline_security_region_7327974D.name}:"
        "${data.aws_caller_identity.pipeline_security_caller_24CDB46D.account_id}:secret:prod/db-password-??????",
    ) in reads
    assert ("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:hf-token-AbCdEf") in reads
    assert any(a == "ssm:GetParameter" and r.endswith(":parameter/team/api/bearer") for a, r in reads)
    assert not any(r == "*" for _, r in reads)


PREP_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-beef-4e5f-8a9b-0c1d2e3f4a5b"
API_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-a0a0-4e5f-8a9b-0c1d2e3f4a5b"
VIA = ["secretsmanager.eu-west-1.amazonaws.com", "ssm.eu-west-1.amazonaws.com"]


def _decrypts(policy):
    return [s for s in policy["Statement"] if "kms:Decrypt" in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])]


def test_secrets_under_a_customer_managed_key_are_decryptable_by_exactly_their_readers(stack):
    """GetSecretValue on a secret encrypted with a customer-managed key fails with AccessDenied
    (KMS) unless the reader may kms:Decrypt with that key; the grant is that key only, via the service."""
    prep = _grant(stack, "read-secrets-prep")
    assert _decrypts(prep) == [
        {
            "Effect": "Allow",
            "Action": "kms:Decrypt",
            "Resource": [PREP_KEY],
            "Condition": {"StringEquals": {"kms:ViaService": VIA}},
        }
    ]
    train = _grant(stack, "read-secrets-train")
    # its GetSecretValue is merged with prep's (same action, the union of both secrets: constructs_lib/iam.py
    # merge_statements); its secret is under the AWS managed key, so no key statement of its own
    (merged,) = [s for p in _policies(stack).values() for s in p["Statement"] if s["Action"] == "secretsmanager:GetSecretValue"]
    assert any(r.endswith(":secret:hf-token-AbCdEf") for r in merged["Resource"]) and len(merged["Resource"]) == 2
    assert _decrypts(train) == []
    headers = _grant(stack, "read-header-secrets")
    assert _decrypts(headers) == [
        {
            "Effect": "Allow",
            "Action": "kms:Decrypt",
            "Resource": [API_KEY],
            "Condition": {"StringEquals": {"kms:ViaService": VIA}},
        }
    ]
    # no other grant may use these keys
    readers = re.compile(f"({statement_id('read-secrets-prep')}|{statement_id('read-header-secrets')})\\d*")
    for policy in _policies(stack).values():
        for statement in _decrypts(policy):
            resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            if PREP_KEY in resources or API_KEY in resources:
                assert readers.fullmatch(statement["Sid"]), statement["Sid"]


def test_the_key_grants_pass_the_iam_linter(stack):
    from tests.aws_models.iam_check import lint_stack

    checked, problems = lint_stack(stack)
    assert checked > 0 and problems == []


def test_an_alias_instead_of_a_key_arn_is_refused_at_validate(tmp_path, capsys):
    from playbook_cli.main import main

    text = PLAYBOOK.read_text().replace(PREP_KEY, "arn:aws:kms:eu-west-1:123456789012:alias/prod-secrets")
    (tmp_path / "alias.yaml").write_text(text)
    code = main(["validate", str(tmp_path / "alias.yaml")])
    err = capsys.readouterr().err
    assert code == 1
    assert "spec.nodes[1].config.secrets_kms_key_arns[0]" in err and "alias.yaml:" in err, err


def test_the_api_function_gets_the_reference_not_a_value(stack):
    (function,) = stack["resource"]["aws_lambda_function"].values()
    headers = json.loads(function["environment"]["variables"]["HEADERS"])
    assert headers == {"Accept": "application/json", "Authorization": "ssm:/team/api/bearer"}


def test_the_bundled_function_resolves_header_references():
    import importlib.util
    import sys
    import types

    calls = []

    class StandInClient:  # stands in for boto3's ssm / secretsmanager clients (records what is asked)
        def __init__(self, service):
            self.service = service

        def get_parameter(self, Name, WithDecryption):
            calls.append((self.service, Name, WithDecryption))
            return {"Parameter": {"Value": "Bearer from-ssm"}}

        def get_secret_value(self, SecretId):
            calls.append((self.service, SecretId))
            return {"SecretString": "from-secrets-manager"}

    boto3 = types.SimpleNamespace(client=StandInClient)
    spec = importlib.util.spec_from_file_location("api_pull_under_test", HERE.parents[1] / "constructs_lib/bundled/api_pull.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["boto3"], saved = boto3, sys.modules.get("boto3")
    try:
        spec.loader.exec_module(module)
    finally:  # put back what was there, or nothing: a stand-in left behind breaks every later boto3 import
        if saved is not None:
            sys.modules["boto3"] = saved
        else:
            sys.modules.pop("boto3", None)
    assert module.resolve_reference("ssm:/team/api/bearer") == "Bearer from-ssm"
    assert module.resolve_reference("secretsmanager:prod/key") == "from-secrets-manager"
    assert module.resolve_reference("application/json") == "application/json"
    assert calls == [("ssm", "/team/api/bearer", True), ("secretsmanager", "prod/key")]


def test_no_secret_value_or_reference_leaks_into_outputs_or_tags(stack):
    text = json.dumps(stack.get("output", {})) + json.dumps(stack.get("provider", {}))
    assert "prod/db-password" not in text and "team/api/bearer" not in text
