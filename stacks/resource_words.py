"""The words a person reads for each Terraform resource type the stacks make: one vocabulary.

The deploy review ("56 resources: 9 IAM role, 4 S3 bucket …") and the plan summary ("create 3
(S3 bucket, KMS key, IAM role)") name the same resources; two tables had drifted apart ("encryption
key" in one, "KMS key" in the other). Both read this one. No cdktf import: the spec-free layers
(deploy_runner, pipeline_ops) use it without loading Node.js.
"""

from __future__ import annotations

RESOURCE_WORDS = {
    "aws_iam_role": "IAM role",
    "aws_iam_role_policy": "IAM policy",
    "aws_iam_policy": "IAM managed policy",
    "aws_iam_role_policy_attachment": "IAM policy attachment",
    "aws_s3_bucket": "S3 bucket",
    "aws_s3_object": "S3 object (code)",
    "aws_kms_key": "KMS key",
    "aws_kms_alias": "KMS alias",
    "aws_lambda_function": "Lambda function",
    "aws_sfn_state_machine": "Step Functions state machine",
    "aws_cloudwatch_log_group": "log group",
    "aws_cloudwatch_event_rule": "schedule",
    "aws_cloudwatch_event_target": "schedule target",
    "aws_cloudwatch_metric_alarm": "alarm",
    "aws_scheduler_schedule": "schedule",
    "aws_sagemaker_model": "SageMaker model",
    "aws_sagemaker_endpoint": "SageMaker endpoint",
    "aws_sagemaker_endpoint_configuration": "SageMaker endpoint configuration",
    "aws_glue_job": "Glue job",
    "aws_rds_cluster": "Aurora cluster",
    "aws_rds_cluster_instance": "Aurora instance",
    "aws_db_instance": "RDS database",
    "aws_db_subnet_group": "database subnet group",
    "aws_vpc": "VPC",
    "aws_subnet": "subnet",
    "aws_route_table": "route table",
    "aws_route_table_association": "route table association",
    "aws_security_group": "security group",
    "aws_security_group_rule": "security group rule",
    "aws_default_security_group": "default security group (locked down)",
    "aws_vpc_endpoint": "VPC endpoint",
    "aws_flow_log": "VPC flow log",
    "aws_sqs_queue": "SQS queue",
    "aws_sns_topic": "SNS topic",
    "aws_ssm_parameter": "SSM parameter",
    "aws_secretsmanager_secret": "secret",
    "aws_nat_gateway": "NAT gateway",
}

# Each bucket setting is its own Terraform resource; a reader of the review counts them as one line.
BUCKET_SETTINGS = "aws_s3_bucket_*"
RESOURCE_WORDS[BUCKET_SETTINGS] = "S3 bucket setting (encryption, versioning, logging, …)"
BUCKET_SETTING_PREFIX = "aws_s3_bucket_"


def resource_word(rtype: str) -> str:
    """The words for one resource type; a bucket setting by its own name ("S3 bucket versioning")."""
    if rtype in RESOURCE_WORDS:
        return RESOURCE_WORDS[rtype]
    if rtype.startswith(BUCKET_SETTING_PREFIX):
        return "S3 bucket " + rtype.removeprefix(BUCKET_SETTING_PREFIX).replace("_", " ")
    return rtype.removeprefix("aws_").replace("_", " ")
