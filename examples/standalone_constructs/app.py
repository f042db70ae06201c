"""Standalone constructs in another team's cdktf app, next to the prebuilt AWS provider package.

The first stack is the smallest standalone use, as a team would write it: four constructs, no kit, no namer,
no orchestrator written by hand. The second shows what a team changes next: names and
production mode for the stack, a setting per construct, and grants to its own IAM roles
(created with the prebuilt package).

Run: pip install 'ml-pipeline-playbooks[baseline]' && python app.py   (writes ./cdktf.out)
then: cd cdktf.out/stacks/team-x && terraform init && terraform validate
"""

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs_lib import S3DataSource, Preprocessing, Training, ApiEndpoint

app = App()
stack = TerraformStack(app, "team-x")
AwsProvider(stack, "aws", region="eu-west-1")
events = S3DataSource(stack, "events")
clean = Preprocessing(stack, "clean", inputs=[events])
model = Training(stack, "train", inputs=[clean])
ApiEndpoint(stack, "serve", model=model)

# --- what a team writes next ---------------------------------------------------------------
import json  # noqa: E402

from cdktf_cdktf_provider_aws.iam_role import IamRole  # noqa: E402
from constructs_lib import Namer, StackDefaults  # noqa: E402

prod = TerraformStack(app, "team-y")
AwsProvider(prod, "aws", region="eu-west-1")
# Before the first construct: bucket names are global, so a team-specific prefix; keep data on destroy.
StackDefaults(prod, namer=Namer("acme-team-y", "scoring"), tags={"team": "y"}, production=True)
raw = S3DataSource(prod, "raw", format="parquet")
features = Preprocessing(prod, "features", inputs=[raw], instance_type="ml.c5.xlarge")
scorer = Training(prod, "scorer", inputs=[features], hyperparameters={"max_depth": 5})
endpoint = ApiEndpoint(prod, "api", model=scorer, mode="serverless", max_concurrency=10)

trust = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}
ingest = IamRole(prod, "ingest-role", name="acme-team-y-ingest", assume_role_policy=json.dumps(trust))
web = IamRole(prod, "web-role", name="acme-team-y-web", assume_role_policy=json.dumps(trust))
raw.grant_write(ingest)  # the team's ingestion Lambda fills the managed bucket
endpoint.grant_invoke(web)  # the team's web backend calls the endpoint

app.synth()
