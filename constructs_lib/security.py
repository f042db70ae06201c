"""The shared security kit: a customer-managed KMS key, secure buckets and encrypted log groups.

Secure by default, like aws-cdk-lib's Bucket: public access blocked, object
ownership enforced, versioning on, SSE-KMS with bucket keys, a TLS-only bucket
policy, access logging and lifecycle rules that clean up incomplete uploads
and old versions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import cdk
from .artifacts import Dataset
from .naming import Namer

LOG_RETENTION_DAYS = 365  # a year of logs: audit requirement (checkov CKV_AWS_338)


@dataclass(frozen=True)
class AccountContext:
    """Where the stack deploys: partition, region and account id (usually tokens)."""

    partition: str
    region: str
    account_id: str


class SecureBucket(cdk.Construct):
    """An S3 bucket with every protection on.

    Props: `name` (required, globally unique), `kms_key_arn` (None = SSE-S3, only for
    the access-log bucket because S3 server access logs cannot target SSE-KMS buckets),
    `access_log_bucket` (a bucket receiving server access logs; None = no logging, for
    the log bucket itself), `force_destroy` (default False: keep data on destroy).
    """

    policy: cdk.S3BucketPolicy  # read by the bucket that logs into this one (its depends_on)

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        name: str,
        account: AccountContext,
        tags: dict[str, str],
        kms_key_arn: str | None,
        access_log_bucket: "SecureBucket | None" = None,
        force_destroy: bool = False,
        receives_access_logs: bool = False,
    ) -> None:
        super().__init__(scope, construct_id)
        self.bucket = cdk.S3Bucket(self, "bucket", bucket=name, force_destroy=force_destroy, tags=tags)
        self.name: str = self.bucket.bucket
        self.arn: str = self.bucket.arn
        self.kms_key_arn = kms_key_arn
        cdk.S3BucketOwnershipControls(
            self, "ownership", bucket=self.bucket.id, rule=cdk.struct({"object_ownership": "BucketOwnerEnforced"})
        )
        cdk.S3BucketPublicAccessBlock(
            self,
            "public-access-block",
            bucket=self.bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        cdk.S3BucketVersioning(
            self, "versioning", bucket=self.bucket.id, versioning_configuration=cdk.struct({"status": "Enabled"})
        )
        encryption = (
            {"sse_algorithm": "aws:kms", "kms_master_key_id": kms_key_arn} if kms_key_arn else {"sse_algorithm": "AES256"}
        )
        cdk.S3BucketServerSideEncryptionConfiguration(
            self,
            "encryption",
            bucket=self.bucket.id,
            rule=cdk.struct([{"apply_server_side_encryption_by_default": encryption, "bucket_key_enabled": bool(kms_key_arn)}]),
        )
        cdk.S3BucketLifecycleConfiguration(
            self,
            "lifecycle",
            bucket=self.bucket.id,
            rule=cdk.struct(
                [
                    {
                        "id": "cleanup",
                        "status": "Enabled",
                        "filter": [{}],  # empty filter: every object
                        "abort_incomplete_multipart_upload": [{"days_after_initiation": 7}],
                        "noncurrent_version_expiration": [{"noncurrent_days": 90}],
                    }
                ]
            ),
        )
        if access_log_bucket is not None:
            # S3 checks the target's permissions when logging is switched on: its policy must exist first.
            cdk.S3BucketLogging(
                self,
                "access-logging",
                bucket=self.bucket.id,
                target_bucket=access_log_bucket.bucket.id,
                target_prefix=f"{name}/",
                depends_on=[access_log_bucket.policy],
            )
        statements = [
            {
                "Sid": "DenyInsecureTransport",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": [self.arn, f"{self.arn}/*"],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            }
        ]
        if receives_access_logs:
            statements.append(
                {
                    "Sid": "AllowS3ServerAccessLogs",
                    "Effect": "Allow",
                    "Principal": {"Service": "logging.s3.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": f"{self.arn}/*",
                    "Condition": {"StringEquals": {"aws:SourceAccount": account.account_id}},
                }
            )
        self.policy = cdk.S3BucketPolicy(
            self, "policy", bucket=self.bucket.id, policy=json.dumps({"Version": "2012-10-17", "Statement": statements})
        )

    def dataset(self, prefix: str, content_type: str = "text/csv") -> Dataset:
        return Dataset(
            s3_uri=f"s3://{self.name}/{prefix}",
            bucket_arn=self.arn,
            prefix=prefix,
            kms_key_arn=self.kms_key_arn,
            content_type=content_type,
        )


class SecurityKit(cdk.Construct):
    """One KMS key, an artifact bucket and an access-log bucket for a pipeline tree.

    Nested pipelines share their root's kit (one key, one bucket, prefixes per node
    path), so data crosses pipeline boundaries without cross-key grants.
    Props: `namer`, `tags`, `force_destroy` (default False; dev environments may set True).
    """

    def __init__(
        self, scope: cdk.Construct, construct_id: str, *, namer: Namer, tags: dict[str, str], force_destroy: bool = False
    ) -> None:
        super().__init__(scope, construct_id)
        partition = cdk.DataAwsPartition(self, "partition")
        identity = cdk.DataAwsCallerIdentity(self, "caller")
        region = cdk.DataAwsRegion(self, "region")
        self.account = AccountContext(partition.partition, region.name, identity.account_id)
        self.tags = tags
        root = f"arn:{partition.partition}:iam::{identity.account_id}:root"
        key_policy = {
            "Version": "2012-10-17",
            "Statement": [
                # The account administers the key; every other use is granted through IAM policies.
                {"Sid": "AccountAdministers", "Effect": "Allow", "Principal": {"AWS": root}, "Action": "kms:*", "Resource": "*"},
                {
                    "Sid": "CloudWatchLogsEncrypt",
                    "Effect": "Allow",
                    "Principal": {"Service": f"logs.{region.name}.amazonaws.com"},
                    "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                    "Resource": "*",
                    "Condition": {
                        "ArnLike": {
                            "kms:EncryptionContext:aws:logs:arn": f"arn:{partition.partition}:logs:{region.name}:{identity.account_id}:log-group:*"
                        }
                    },
                },
            ],
        }
        self.key = cdk.KmsKey(
            self,
            "key",
            description=f"Encrypts data of pipeline {namer.base}",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            policy=json.dumps(key_policy),
            tags=tags,
        )
        self.key_arn: str = self.key.arn
        cdk.KmsAlias(self, "key-alias", name=f"alias/{namer.name('kms_alias', 'key')}", target_key_id=self.key.key_id)
        self.log_bucket = SecureBucket(
            self,
            "access-logs",
            name=namer.name("s3_bucket", "access-logs"),
            account=self.account,
            tags=tags,
            kms_key_arn=None,
            force_destroy=force_destroy,
            receives_access_logs=True,
        )
        self.artifact_bucket = SecureBucket(
            self,
            "artifacts",
            name=namer.name("s3_bucket", "artifacts"),
            account=self.account,
            tags=tags,
            kms_key_arn=self.key_arn,
            access_log_bucket=self.log_bucket,
            force_destroy=force_destroy,
        )
        self.force_destroy = force_destroy
        self._images: dict[tuple[str, str], str] = {}

    def prebuilt_image(self, repository: str, tag: str) -> str:
        """Registry path of a SageMaker prebuilt image, one data source per (repository, tag) in this kit."""
        key = (repository, tag)
        if key not in self._images:
            image = cdk.DataAwsSagemakerPrebuiltEcrImage(
                self, f"image-{repository}-{tag}", repository_name=repository, image_tag=tag
            )
            self._images[key] = image.registry_path
        return self._images[key]

    def log_group(self, scope: cdk.Construct, construct_id: str, name: str, tags: dict[str, str]) -> "cdk.CloudwatchLogGroup":
        return cdk.CloudwatchLogGroup(
            scope, construct_id, name=name, retention_in_days=LOG_RETENTION_DAYS, kms_key_id=self.key_arn, tags=tags
        )

    def artifact_dataset(self, namer: Namer, purpose: str, content_type: str = "text/csv") -> Dataset:
        """A dataset location in the artifact bucket owned by the scope `namer` describes."""
        return self.artifact_bucket.dataset(namer.s3_key_prefix(purpose), content_type)
