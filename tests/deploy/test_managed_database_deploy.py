"""A managed database source (Aurora Serverless v2 and a single RDS instance) deploys to the emulator.

The README promises every node kind deploys locally; a managed database's enhanced-monitoring
role attaches AWS's managed policy ``AmazonRDSEnhancedMonitoringRole``, which moto knows only
when told to load AWS's managed policies. Through the CLI, as a user deploys it.
"""

from __future__ import annotations

import json

import pytest

from tests.cli.cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: managed-dbs
  version: 1.0.0
  description: Both managed database modes
spec:
  platform: aws
  nodes:
    - id: orders_db
      type: data_source
      source: database
      config: {engine: postgres, mode: managed_aurora, table: orders}
    - id: legacy_db
      type: data_source
      source: database
      config: {engine: mysql, mode: managed_rds, query: "SELECT id, total FROM orders"}
"""


def test_managed_aurora_and_rds_sources_deploy_and_destroy_locally(tmp_path):
    workspace = Workspace(tmp_path)
    (tmp_path / "managed-dbs.yaml").write_text(PLAYBOOK)
    try:
        deployed = workspace.cli("deploy", "managed-dbs.yaml", "--local", "--auto-approve", "--json")
        assert deployed.returncode == 0, deployed.stdout[-2000:] + deployed.stderr[-4000:]
        rds = workspace.aws("rds")
        assert [c["Engine"] for c in rds.describe_db_clusters()["DBClusters"]] == ["aurora-postgresql"]
        instances = {i["Engine"] for i in rds.describe_db_instances()["DBInstances"]}
        assert "mysql" in instances, instances
        iam = workspace.aws("iam")
        attached = [
            p["PolicyName"]
            for role in iam.list_roles()["Roles"]
            for p in iam.list_attached_role_policies(RoleName=role["RoleName"])["AttachedPolicies"]
        ]
        assert attached.count("AmazonRDSEnhancedMonitoringRole") >= 1, attached
        assert json.loads(deployed.stdout)["applied"] is True
        destroyed = workspace.cli("destroy", "managed-dbs.yaml", "--local", "--auto-approve")
        assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    finally:
        workspace.stop_emulator()
