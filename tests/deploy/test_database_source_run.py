"""A database data source (an existing PostgreSQL) runs to SUCCEEDED on the emulator and extracts its table.

Through the CLI as a user runs it: a real PostgreSQL server on 127.0.0.1 with TLS from its own CA
(tests/constructs/db_servers.py) stands in for the user's existing database; its connection secret
(host, port, credentials, `ssl_ca`) is put in the emulator's Secrets Manager, as one would in the
account; the pipeline is deployed, run, and the extraction job (the bundled extract_db.py with its
vendored driver, run by extension 11) writes the table's rows to the source's S3 prefix.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import ssl
import sys
import tempfile
from pathlib import Path

import pytest

from constructs_lib import code_bundle
from tests.cli.cli_harness import Workspace
from tests.constructs.db_servers import ThrowawayCA, start_postgres

pytestmark = [pytest.mark.emulator, pytest.mark.terraform, pytest.mark.database]

ROWS = [(1, "ada", "12.50"), (2, "grace", "7.25"), (3, "linus", "99.00")]


@pytest.fixture(scope="module")
def postgres():
    root = Path(tempfile.mkdtemp(prefix="playbook-db-run-"))
    os.chmod(root, 0o711)  # the server runs as its own system user under root: let it reach its directory
    srv = start_postgres(root, ThrowawayCA.create("playbook run test database CA"))
    try:
        sys.path.insert(0, str(Path(code_bundle.BUNDLED)))
        try:
            import extract_db
        finally:
            sys.path.pop(0)
        context = ssl.create_default_context(cadata=srv.ca_pem)
        conn = extract_db.connect(srv.engine, "127.0.0.1", srv.port, srv.database, srv.user, srv.password, context)
        cur = conn.cursor()
        cur.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(64), total NUMERIC(12,2))")
        for row in ROWS:
            cur.execute("INSERT INTO orders VALUES (%s, %s, %s)", row)
        conn.commit()
        conn.close()
        yield srv
    finally:
        srv.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("database-run"))
    yield workspace
    workspace.cli("destroy", "orders.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def test_an_existing_database_is_extracted_by_a_run(workspace, postgres):
    started = workspace.cli("emulator", "start")
    assert started.returncode == 0, started.stderr
    secret = {
        "host": "127.0.0.1",
        "port": postgres.port,
        "username": postgres.user,
        "password": postgres.password,
        "dbname": postgres.database,
        "ssl_ca": postgres.ca_pem,
    }
    arn = workspace.aws("secretsmanager").create_secret(Name="orders-db", SecretString=json.dumps(secret))["ARN"]
    (workspace.root / "orders.yaml").write_text(
        f"""apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: orders-extract
  version: 1.0.0
  description: An existing database extracted on each run
spec:
  platform: aws
  nodes:
    - id: orders_db
      type: data_source
      source: database
      config: {{engine: postgres, mode: existing, connection_secret_arn: "{arn}", database_name: {postgres.database}, table: orders}}
"""
    )
    deployed = workspace.cli("deploy", "orders.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stdout[-3000:] + deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    ran = workspace.cli("run", "orders.yaml", "--local", "--wait", "--json")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    assert json.loads(ran.stdout)["execution_status"] == "SUCCEEDED"

    bucket, _, prefix = outputs["node_orders_db_s3_uri"].removeprefix("s3://").partition("/")
    s3 = workspace.aws("s3")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])]
    (extract,) = [k for k in keys if k.endswith("extract.csv")]
    rows = list(csv.reader(io.StringIO(s3.get_object(Bucket=bucket, Key=extract)["Body"].read().decode())))
    assert [tuple(r) for r in rows if r and r[0] != "id"] == [(str(i), c, t) for i, c, t in ROWS]
