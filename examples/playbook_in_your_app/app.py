"""A whole playbook (nested pipelines included) inside another team's own cdktf stack.

The team keeps its provider, backend and resources; the playbook becomes one construct,
`Pipeline`, built from the validated, resolved playbook. Its outputs (orchestrator ARN,
datasets, endpoint names) are attributes the team wires further.

Run: python app.py   (writes ./cdktf.out/stacks/team-z)
"""
from pathlib import Path

from cdktf import App, TerraformOutput, TerraformStack

try:  # the prebuilt provider package a team usually has ...
    from cdktf_cdktf_provider_aws.provider import AwsProvider
except ImportError:  # ... or the project's generated bindings (same class, same JSON)
    from constructs_lib.cdk import AwsProvider

from constructs_lib import Namer, Pipeline
from playbooks.targets import load_resolved

REPO = Path(__file__).resolve().parents[2]

app = App()
stack = TerraformStack(app, "team-z")
AwsProvider(stack, "aws", region="eu-west-1")
# Library playbooks are addressed as name@version; a path to a YAML file works too.
churn = load_resolved("churn-prediction@1.2.0", library_dirs=[REPO / "playbooks" / "library"])
pipeline = Pipeline(stack, "churn", pipeline=churn, namer=Namer("team-z", churn.name), tags={"team": "z"},
                    force_destroy=True, deletion_protection=False)  # a dev stack: destroyable
TerraformOutput(stack, "churn_orchestrator_arn", value=pipeline.orchestrator.state_machine.arn)
for name, value in pipeline.describe_outputs().items():
    TerraformOutput(stack, f"churn_{name}", value=value)
app.synth()
