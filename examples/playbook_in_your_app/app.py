"""A whole playbook (nested pipelines included) inside another team's own cdktf stack.

The team keeps its provider, backend and resources; the playbook becomes one construct,
`Pipeline`, built from the validated, resolved playbook. Its outputs (orchestrator ARN,
datasets, endpoint names) are attributes the team wires further.

Run: python app.py   (writes ./cdktf.out/stacks/team-z)
"""

from cdktf import App, TerraformOutput, TerraformStack

try:  # the prebuilt provider package a team usually has ...
    from cdktf_cdktf_provider_aws.provider import AwsProvider
except ImportError:  # ... or the project's generated bindings (same class, same JSON)
    from constructs_lib.cdk import AwsProvider

from constructs_lib import Namer, Pipeline
from playbooks.targets import load_resolved

app = App()
stack = TerraformStack(app, "team-z")
AwsProvider(stack, "aws", region="eu-west-1")
# name@version from the bundled library (library_dirs= or $PLAYBOOK_PATH add your own), or a YAML file's path.
# fraud-detection uses feature-prep@^1.2 as a node: the nested pipeline comes along.
fraud = load_resolved("fraud-detection@1.0.0")
pipeline = Pipeline(
    stack,
    "fraud",
    pipeline=fraud,
    namer=Namer("team-z", fraud.name),
    tags={"team": "z"},
    force_destroy=True,
    deletion_protection=False,
)  # a dev stack: destroyable
TerraformOutput(stack, "fraud_orchestrator_arn", value=pipeline.orchestrator.state_machine.arn)
for name, value in pipeline.describe_outputs().items():
    TerraformOutput(stack, f"fraud_{name}", value=value)
app.synth()
