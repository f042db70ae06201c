"""An isolated VPC for jobs that must reach private resources (the managed database) and nothing else.

General on purpose: it knows nothing about databases; a node construct creates one under its own
scope (construct id `network`), so the resources' addresses follow the node that needs them.
"""

from __future__ import annotations

from . import cdk
from .iam import ServiceRole
from .node_base import NodeContext


class IsolatedNetwork(cdk.Construct):
    """A VPC with two private subnets, no internet route, flow logs, and the endpoints jobs need."""

    CIDR = "10.42.0.0/16"

    def __init__(self, scope: cdk.Construct, construct_id: str, *, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        kit, namer, tags = context.kit, context.namer, context.tags
        region = kit.account.region
        self.cidr = self.CIDR
        self.vpc = cdk.Vpc(
            self,
            "vpc",
            cidr_block=self.CIDR,
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={**tags, "Name": namer.name("security_group", "vpc")},
        )
        # Lock down the default security group: nothing uses it, so it allows nothing.
        cdk.DefaultSecurityGroup(self, "default-sg", vpc_id=self.vpc.id, ingress=[], egress=[], tags=tags)
        self.subnets = [
            cdk.Subnet(
                self,
                f"private-{i}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.42.{i}.0/24",
                availability_zone=f"{region}{'ab'[i]}",
                map_public_ip_on_launch=False,
                tags={**tags, "Name": namer.name("security_group", f"private-{i}")},
            )
            for i in range(2)
        ]
        self.subnet_ids = [s.id for s in self.subnets]
        flow_logs = kit.log_group(self, "flow-logs", f"/vpc/{namer.name('log_group', 'flow-logs')}", tags)
        flow_role = ServiceRole(
            self,
            "flow-logs-role",
            name=namer.name("iam_role", "flow-logs"),
            service="vpc-flow-logs.amazonaws.com",
            account_id=kit.account.account_id,
            tags=tags,
        )
        flow_role.add_policy(
            "write-flow-logs",
            [
                {
                    "Effect": "Allow",
                    "Resource": f"{flow_logs.arn}:*",
                    "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                }
            ],
        )
        cdk.FlowLog(
            self,
            "flow-log",
            vpc_id=self.vpc.id,
            traffic_type="ALL",
            log_destination=flow_logs.arn,
            iam_role_arn=flow_role.arn,
            tags=tags,
        )
        endpoint_sg = cdk.SecurityGroup(
            self,
            "endpoints-sg",
            name=namer.name("security_group", "endpoints"),
            vpc_id=self.vpc.id,
            description="VPC interface endpoints: HTTPS from inside the VPC",
            tags=tags,
            ingress=cdk.struct(
                [
                    {
                        "description": "HTTPS from the VPC",
                        "from_port": 443,
                        "to_port": 443,
                        "protocol": "tcp",
                        "cidr_blocks": [self.CIDR],
                    }
                ]
            ),
            egress=[],
        )
        route_table = cdk.RouteTable(self, "routes", vpc_id=self.vpc.id, tags=tags)
        for i, subnet in enumerate(self.subnets):
            cdk.RouteTableAssociation(self, f"routes-{i}", subnet_id=subnet.id, route_table_id=route_table.id)
        cdk.VpcEndpoint(
            self,
            "s3-endpoint",
            vpc_id=self.vpc.id,
            service_name=f"com.amazonaws.{region}.s3",
            vpc_endpoint_type="Gateway",
            route_table_ids=[route_table.id],
            tags=tags,
        )
        cdk.VpcEndpoint(
            self,
            "secrets-endpoint",
            vpc_id=self.vpc.id,
            service_name=f"com.amazonaws.{region}.secretsmanager",
            vpc_endpoint_type="Interface",
            private_dns_enabled=True,
            subnet_ids=self.subnet_ids,
            security_group_ids=[endpoint_sg.id],
            tags=tags,
        )
