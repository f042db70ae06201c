"""The managed database of a database data source: Aurora Serverless v2 or an RDS instance in an
isolated VPC, its security groups and its monitoring role.

Construct ids are those the database data source always had (`network`, `db-sg`, `job-sg`, `cluster`,
...): they are created directly under the data source's scope, so moving the code here changed no
Terraform address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypedDict

from playbooks.spec.source_configs import DatabaseSourceConfig

from . import cdk
from .iam import ServiceRole
from .isolated_network import IsolatedNetwork
from .node_base import NodeContext

ADMIN_USER = "playbook_admin"


@dataclass(frozen=True)
class ManagedDatabase:
    """What the extraction job needs to reach the managed database."""

    secret_arn: str  # Secrets Manager secret holding the master credentials (managed by RDS)
    host: str
    port: int
    subnet_ids: list[str]  # the isolated network's private subnets, where the job runs
    security_group_ids: list[str]  # the job's security group, the only one the database admits


class _CommonDatabaseArgs(TypedDict):
    """Arguments RdsCluster and DbInstance share (typed, so mypy checks each against both bindings)."""

    db_subnet_group_name: str
    vpc_security_group_ids: Sequence[str]
    manage_master_user_password: bool
    master_user_secret_kms_key_id: str
    storage_encrypted: bool
    kms_key_id: str
    iam_database_authentication_enabled: bool
    deletion_protection: bool
    copy_tags_to_snapshot: bool
    backup_retention_period: int
    tags: Mapping[str, str]


def managed_database(scope: cdk.Construct, config: DatabaseSourceConfig, context: NodeContext) -> ManagedDatabase:
    """Create the managed database (`config.mode` is managed_aurora or managed_instance) in its own isolated
    VPC under `scope`, with a security group for the extraction job that may reach only the database."""
    kit, namer, tags = context.kit, context.namer, context.tags
    network = IsolatedNetwork(scope, "network", context=context)
    port = 5432 if config.engine == "postgres" else 3306
    db_sg = cdk.SecurityGroup(
        scope,
        "db-sg",
        name=namer.name("security_group", "db"),
        vpc_id=network.vpc.id,
        description="Database: reachable only from the extraction job",
        tags=tags,
        egress=cdk.struct([]),
    )
    job_sg = cdk.SecurityGroup(
        scope,
        "job-sg",
        name=namer.name("security_group", "extract-job"),
        vpc_id=network.vpc.id,
        description="Extraction job: talks only to the database",
        tags=tags,
        egress=cdk.struct(
            [
                {"description": "Database", "from_port": port, "to_port": port, "protocol": "tcp", "cidr_blocks": [network.cidr]},
                {
                    "description": "HTTPS to VPC endpoints (S3, Secrets Manager)",
                    "from_port": 443,
                    "to_port": 443,
                    "protocol": "tcp",
                    "cidr_blocks": [network.cidr],
                },
            ]
        ),
    )
    cdk.SecurityGroupRule(
        scope,
        "db-from-job",
        type="ingress",
        security_group_id=db_sg.id,
        source_security_group_id=job_sg.id,
        from_port=port,
        to_port=port,
        protocol="tcp",
        description="Extraction job",
    )
    subnet_group = cdk.DbSubnetGroup(
        scope, "subnets", name=namer.name("db_subnet_group", "db"), subnet_ids=network.subnet_ids, tags=tags
    )
    identifier = namer.name("rds_identifier", "db")
    common = _CommonDatabaseArgs(
        db_subnet_group_name=subnet_group.name,
        vpc_security_group_ids=[db_sg.id],
        manage_master_user_password=True,  # the password lives in Secrets Manager, never in state
        master_user_secret_kms_key_id=kit.key_arn,
        storage_encrypted=True,
        kms_key_id=kit.key_arn,
        iam_database_authentication_enabled=True,
        deletion_protection=context.deletion_protection,
        copy_tags_to_snapshot=True,
        backup_retention_period=7,
        tags=tags,
    )
    if config.mode == "managed_aurora":
        cluster = cdk.RdsCluster(
            scope,
            "cluster",
            cluster_identifier=identifier,
            engine=f"aurora-{'postgresql' if config.engine == 'postgres' else 'mysql'}",
            engine_mode="provisioned",
            database_name=config.database_name,
            master_username=ADMIN_USER,
            serverlessv2_scaling_configuration=cdk.struct(
                {"min_capacity": config.min_capacity, "max_capacity": config.max_capacity}
            ),
            enabled_cloudwatch_logs_exports=["postgresql"]
            if config.engine == "postgres"
            else ["audit", "error", "general", "slowquery"],
            skip_final_snapshot=not context.deletion_protection,
            final_snapshot_identifier=f"{identifier}-final",
            **common,
        )
        cdk.RdsClusterInstance(
            scope,
            "writer",
            identifier=namer.name("rds_identifier", "db-writer"),
            cluster_identifier=cluster.id,
            monitoring_interval=60,
            monitoring_role_arn=_monitoring_role(scope, context),
            instance_class="db.serverless",
            engine=cluster.engine,
            auto_minor_version_upgrade=True,
            performance_insights_enabled=True,
            performance_insights_kms_key_id=kit.key_arn,
            db_subnet_group_name=subnet_group.name,
            tags=tags,
        )
        secret_arn = cluster.master_user_secret.get(0).secret_arn
        host = cluster.endpoint
    else:
        instance = cdk.DbInstance(
            scope,
            "instance",
            identifier=identifier,
            engine=config.engine,
            instance_class=config.instance_class,
            allocated_storage=config.allocated_storage_gb,
            db_name=config.database_name,
            multi_az=True,
            username=ADMIN_USER,
            monitoring_interval=60,
            monitoring_role_arn=_monitoring_role(scope, context),
            auto_minor_version_upgrade=True,
            performance_insights_enabled=True,
            performance_insights_kms_key_id=kit.key_arn,
            enabled_cloudwatch_logs_exports=["postgresql", "upgrade"]
            if config.engine == "postgres"
            else ["audit", "error", "general", "slowquery"],
            skip_final_snapshot=not context.deletion_protection,
            final_snapshot_identifier=f"{identifier}-final",
            **common,
        )
        secret_arn = instance.master_user_secret.get(0).secret_arn
        host = instance.address
    return ManagedDatabase(
        secret_arn=secret_arn, host=host, port=port, subnet_ids=network.subnet_ids, security_group_ids=[job_sg.id]
    )


def _monitoring_role(scope: cdk.Construct, context: NodeContext) -> str:
    """Enhanced monitoring publishes OS metrics through this role (AWS-managed policy)."""
    role = ServiceRole(
        scope,
        "monitoring-role",
        name=context.namer.name("iam_role", "db-monitoring"),
        service="monitoring.rds.amazonaws.com",
        account_id=context.kit.account.account_id,
        tags=context.tags,
    )
    cdk.IamRolePolicyAttachment(
        scope,
        "monitoring-policy",
        role=role.name,
        policy_arn=(f"arn:{context.kit.account.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"),
    )
    return role.arn
