"""The database extraction job's code, run for real against PostgreSQL and MariaDB over verified TLS.

The job's code directory is rebuilt exactly as the construct ships it
(``extract_db.py`` + ``db_drivers.zip`` from ``constructs_lib.db_drivers``) and
run by a Python started with ``-I -S``: no site-packages, so the drivers can
only come from the vendored zip, as on the scikit-learn image that has none.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from constructs_lib import code_bundle, db_drivers

from .db_servers import ThrowawayCA, start_mariadb, start_postgres

pytestmark = pytest.mark.database

RUNNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import extract_db
environ, secret = json.loads(sys.argv[2]), json.loads(sys.argv[3])
try:
    print(json.dumps({"counts": extract_db.run(environ, secret),
                      "driver_files": [m.__file__ for n, m in sys.modules.items() if n in ("pg8000", "pymysql")]}))
except Exception as exc:
    print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
"""
ROWS = [
    (1, "Zoë's café", "12.50", "2026-11-27 10:00:00"),
    (2, "plain", "0.99", "2025-01-01 00:00:00"),
    (3, None, "1000000.00", "2024-02-29 23:59:59"),
]


@pytest.fixture(scope="module")
def server_root():
    root = Path(tempfile.mkdtemp(prefix="playbook-db-test-"))
    os.chmod(root, 0o711)  # the servers run as their own system user under root: let them reach their dirs
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def ca() -> ThrowawayCA:
    return ThrowawayCA.create("playbook test database CA")


@pytest.fixture(scope="module", params=["postgres", "mysql"])
def server(request, server_root, ca):
    start = start_postgres if request.param == "postgres" else start_mariadb
    srv = start(server_root, ca)
    try:
        _load_rows(srv)
        yield srv
    finally:
        srv.stop()


def _load_rows(srv) -> None:
    """Create two tables through the same drivers and TLS path (from the test's own environment)."""
    import ssl

    sys.path.insert(0, str(Path(code_bundle.BUNDLED)))
    try:
        import extract_db
    finally:
        sys.path.pop(0)
    context = ssl.create_default_context(cadata=srv.ca_pem)
    conn = extract_db.connect(srv.engine, "127.0.0.1", srv.port, srv.database, srv.user, srv.password, context)
    cur = conn.cursor()
    placeholder = "%s"
    cur.execute(
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(64), total NUMERIC(12,2), placed_at TIMESTAMP NULL)"
    )
    cur.execute("CREATE TABLE regions (code CHAR(2) PRIMARY KEY, name VARCHAR(32))")
    for row in ROWS:
        cur.execute(f"INSERT INTO orders VALUES ({', '.join([placeholder] * 4)})", row)
    cur.execute("INSERT INTO regions VALUES ('EU', 'Europe')")
    conn.commit()
    conn.close()


def _job_code(tmp_path: Path, engine: str) -> Path:
    """The code channel as the construct uploads it."""
    code = tmp_path / "code"
    code.mkdir()
    (code / "extract_db.py").write_bytes(code_bundle.bundled_script("extract_db.py"))
    (code / db_drivers.ZIP_NAME).write_bytes(db_drivers.drivers_zip(engine))
    return code


def _extract(tmp_path: Path, srv, *, host: str = "127.0.0.1", ca_pem: str | None = "same", site: bool = False, **env) -> dict:
    return _extract_with_code(tmp_path, srv, _job_code(tmp_path, srv.engine), host=host, ca_pem=ca_pem, site=site, **env)


def _extract_with_code(
    tmp_path: Path, srv, code: Path, *, host: str = "127.0.0.1", ca_pem: str | None = "same", site: bool = False, **env
) -> dict:
    out = tmp_path / "out"
    environ = {
        "DB_ENGINE": srv.engine,
        "DB_HOST": host,
        "DB_PORT": str(srv.port),
        "DB_NAME": srv.database,
        "OUTPUT_DIR": str(out),
        **env,
    }
    secret = {"username": srv.user, "password": srv.password}
    if ca_pem:
        secret["ssl_ca"] = srv.ca_pem if ca_pem == "same" else ca_pem
    flags = ["-I"] if site else ["-I", "-S"]  # -S: no site-packages, so the drivers can only come from the zip
    result = subprocess.run(
        [sys.executable, *flags, "-c", RUNNER, str(code), json.dumps(environ), json.dumps(secret)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    answer["out"] = out
    return answer


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text())))


def test_table_is_exported_with_drivers_from_the_shipped_zip(server, tmp_path: Path) -> None:
    answer = _extract(tmp_path, server, TABLE="orders")
    assert answer.get("counts") == {"extract.csv": 3}, answer
    assert answer["driver_files"] and all(db_drivers.ZIP_NAME in f for f in answer["driver_files"])
    rows = _csv(answer["out"] / "extract.csv")
    assert rows[0] == ["id", "customer", "total", "placed_at"]
    assert rows[1] == ["1", "Zoë's café", "12.50", "2026-11-27 10:00:00"]
    assert rows[3][:3] == ["3", "", "1000000.00"]


def test_query_result_is_exported(server, tmp_path: Path) -> None:
    answer = _extract(tmp_path, server, QUERY="SELECT id, total FROM orders WHERE total < 100 ORDER BY id")
    assert answer.get("counts") == {"extract.csv": 2}, answer
    assert _csv(answer["out"] / "extract.csv") == [["id", "total"], ["1", "12.50"], ["2", "0.99"]]


def test_without_table_or_query_every_table_is_exported(server, tmp_path: Path) -> None:
    answer = _extract(tmp_path, server)
    assert answer.get("counts") == {"orders.csv": 3, "regions.csv": 1}, answer
    assert _csv(answer["out"] / "regions.csv") == [["code", "name"], ["EU", "Europe"]]


def test_parquet_output_keeps_types(server, tmp_path: Path) -> None:
    """OUTPUT_FORMAT=parquet: pyarrow comes from the image (site-packages here), the driver still from the zip."""
    import datetime
    import decimal

    import pyarrow.parquet

    answer = _extract(
        tmp_path,
        server,
        site=True,
        OUTPUT_FORMAT="parquet",
        QUERY="SELECT id, customer, total, placed_at FROM orders ORDER BY id",
    )
    assert answer.get("counts") == {"extract.parquet": 3}, answer
    assert answer["driver_files"] and all(db_drivers.ZIP_NAME in f for f in answer["driver_files"])
    table = pyarrow.parquet.read_table(answer["out"] / "extract.parquet")
    assert table.column_names == ["id", "customer", "total", "placed_at"]
    rows = table.to_pylist()
    assert rows[0]["customer"] == "Zoë's café" and rows[2]["customer"] is None
    assert rows[0]["total"] == decimal.Decimal("12.50")
    assert rows[1]["placed_at"] == datetime.datetime(2025, 1, 1, 0, 0)


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM orders",
        "DROP TABLE orders",
        "INSERT INTO regions VALUES ('US', 'Americas')",
        "COMMIT; DELETE FROM orders",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; COMMIT; DELETE FROM orders",
        "SET SESSION TRANSACTION READ WRITE; COMMIT; DELETE FROM orders",
    ],
    ids=["delete", "drop", "insert", "commit-then-delete", "undo-read-only-postgres", "undo-read-only-mysql"],
)
def test_a_query_that_writes_is_refused_by_the_server(server, tmp_path: Path, query: str) -> None:
    """The job connects as the master user; the read-only session is what stops a writing query."""
    answer = _extract(tmp_path, server, QUERY=query)
    assert "error" in answer, answer
    if ";" not in query:  # the server's own refusal (PostgreSQL 25006, MariaDB 1792)
        assert "read-only transaction" in answer["message"] or "READ ONLY transaction" in answer["message"], answer
    (tmp_path / "after").mkdir()
    counts = _extract(tmp_path / "after", server)  # every row and table is still there
    assert counts.get("counts") == {"orders.csv": 3, "regions.csv": 1}, counts


@pytest.mark.parametrize(
    "query, values, rows",
    [
        # the value holds a quote: bound, it is data (text substitution broke the literal)
        ("SELECT id FROM orders WHERE customer = '{{ params.who }}'", ["Zoë's café"], [["1"]]),
        # an attempt to widen the WHERE clause matches nothing
        ("SELECT id FROM orders WHERE customer = '{{ params.who }}' ORDER BY id", ["x' OR '1'='1"], []),
        # a number stays a number (LIMIT takes no string), a LIKE's % is the query's own
        (
            "SELECT id FROM orders WHERE customer LIKE 'p%' OR id < {{ params.n }} ORDER BY id LIMIT {{ params.n }}",
            [2],
            [["1"], ["2"]],
        ),
        # text around a reference in one literal
        ("SELECT id FROM orders WHERE customer = 'pl{{ params.rest }}'", ["ain"], [["2"]]),
    ],
    ids=["quote-in-value", "injection-attempt", "number-and-percent", "inside-a-literal"],
)
def test_run_parameters_are_bound_as_sql_parameters(server, tmp_path: Path, query: str, values: list, rows: list) -> None:
    answer = _extract(tmp_path, server, QUERY=query, QUERY_PARAMETERS=json.dumps(values))
    assert answer.get("counts") == {"extract.csv": len(rows)}, answer
    assert _csv(answer["out"] / "extract.csv")[1:] == rows


def test_a_parameter_in_a_quoted_name_is_refused(server, tmp_path: Path) -> None:
    quote = '"' if server.engine == "postgres" else "`"
    answer = _extract(tmp_path, server, QUERY=f"SELECT * FROM {quote}{{{{ params.t }}}}{quote}", QUERY_PARAMETERS='["orders"]')
    assert answer.get("error") == "ExtractionError" and "quoted name" in answer["message"], answer


@pytest.mark.synth
def test_the_extraction_job_gets_the_query_text_and_the_values_apart(tmp_path: Path) -> None:
    """The orchestrator sends the query with its references and the run's values as a JSON array,
    never one string with the values pasted into the SQL."""
    from playbooks import load_resolved
    from stacks.synth import synth_stacks
    from tests.aws_models.asl_paths import evaluate

    playbook = Path(__file__).parent / "playbooks" / "parameters.yaml"
    (synthesized,) = synth_stacks([load_resolved(str(playbook))], ["dev"], tmp_path)
    stack = json.loads((Path(synthesized.directory) / "cdk.tf.json").read_text())
    definitions = [json.loads(m["definition"]) for m in stack["resource"]["aws_sfn_state_machine"].values()]
    (environment,) = [
        state["Parameters"]["Environment"]
        for definition in definitions
        for state in definition["States"].values()
        if "createProcessingJob" in state.get("Resource", "") and "SECRET_ARN" in state["Parameters"]["Environment"]
    ]
    assert "QUERY.$" not in environment
    assert environment["QUERY"] == "SELECT * FROM events WHERE day = '{{ params.day }}' AND cost > $${literal}"
    sent = evaluate({"v.$": environment["QUERY_PARAMETERS.$"]}, {"params": {"day": "x' OR '1'='1"}}, {})["v"]
    assert json.loads(sent) == ["x' OR '1'='1"]


def test_an_unknown_output_format_is_refused(server, tmp_path: Path) -> None:
    answer = _extract(tmp_path, server, OUTPUT_FORMAT="xlsx", TABLE="orders")
    assert answer.get("error") == "ExtractionError" and "csv or parquet" in answer["message"], answer


def test_a_certificate_from_another_ca_is_refused(server, tmp_path: Path) -> None:
    other = ThrowawayCA.create("someone else's CA")
    answer = _extract(tmp_path, server, ca_pem=other.cert_pem, TABLE="orders")
    # pg8000 raises the ssl error itself, PyMySQL wraps it in OperationalError 2003
    assert "certificate verify failed" in answer.get("message", "").lower(), answer
    assert not (answer["out"] / "extract.csv").exists()


def test_a_host_name_the_certificate_does_not_name_is_refused(server, tmp_path: Path) -> None:
    """verify-full: the certificate names 127.0.0.1 only; "localhost" reaches the same server."""
    answer = _extract(tmp_path, server, host="localhost", TABLE="orders")
    assert "certificate verify failed" in answer.get("message", "").lower(), answer
    assert "hostname mismatch" in answer["message"] or "localhost" in answer["message"], answer


def test_without_ssl_ca_the_shipped_rds_bundle_is_the_only_trust(server, tmp_path: Path) -> None:
    """The job trusts the Amazon RDS CAs it ships, and nothing else: our test server's CA is refused."""
    bundle = db_drivers.rds_ca_bundle()
    assert bundle is not None, "constructs_lib/bundled/rds-ca-bundle.pem is missing: scripts/fetch-rds-ca-bundle"
    code = _job_code(tmp_path, server.engine)
    (code / db_drivers.RDS_CA_NAME).write_bytes(bundle)
    answer = _extract_with_code(tmp_path, server, code, ca_pem=None, TABLE="orders")
    assert "certificate verify failed" in answer.get("message", "").lower(), answer
    assert not (answer["out"] / "extract.csv").exists()


def test_the_shipped_rds_bundle_holds_only_unexpired_amazon_rds_cas() -> None:
    """Fails when a certificate nears its end: refresh with scripts/fetch-rds-ca-bundle."""
    import datetime

    from cryptography import x509

    certs = x509.load_pem_x509_certificates(db_drivers.rds_ca_bundle() or b"")
    soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=90)
    assert len(certs) >= 20  # every region's RSA2048/RSA4096/ECC384 roots
    for cert in certs:
        subject = cert.subject.rfc4514_string()
        assert "OU=Amazon RDS" in subject and "O=Amazon Web Services" in subject, subject
        assert cert.not_valid_after_utc > soon, f"{subject} expires {cert.not_valid_after_utc:%Y-%m-%d}"
    names = {c.subject.rfc4514_string() for c in certs}
    assert any("us-east-1 Root CA RSA2048 G1" in n for n in names)


def test_no_ca_means_no_connection(server, tmp_path: Path, monkeypatch) -> None:
    answer = _extract(tmp_path, server, ca_pem=None, TABLE="orders")
    assert answer.get("error") == "ExtractionError" and "no certificate authority" in answer["message"], answer


# -- what the job's runtime is: Python 3.9 on the scikit-learn image ------------------------------


@pytest.mark.parametrize("engine", ["postgres", "mysql"])
def test_shipped_code_and_drivers_are_python_3_9(engine: str) -> None:
    from packaging.specifiers import SpecifierSet

    sources = {"extract_db.py": code_bundle.bundled_script("extract_db.py")}
    with zipfile.ZipFile(io.BytesIO(db_drivers.drivers_zip(engine))) as archive:
        names = archive.namelist()
        sources.update({n: archive.read(n) for n in names if n.endswith(".py")})
        metadata = [archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA")]
    for name, source in sources.items():
        ast.parse(source, filename=name, feature_version=(3, 9))  # SyntaxError names file and line
    assert len(metadata) == len(db_drivers.DRIVERS[engine])
    for text in metadata:
        requires = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Python:")]
        assert not requires or "3.9.18" in SpecifierSet(requires[0]), text.splitlines()[1:3]


def test_a_driver_at_another_version_stops_synth(monkeypatch) -> None:
    monkeypatch.setitem(db_drivers.DRIVERS, "mysql", (("PyMySQL", "0.0.1"),))
    db_drivers.drivers_zip.cache_clear()
    try:
        with pytest.raises(db_drivers.DriverMissing, match=r"PyMySQL==0\.0\.1, but .* is installed"):
            db_drivers.drivers_zip("mysql")
    finally:
        db_drivers.drivers_zip.cache_clear()


# -- the job as SageMaker starts it: `python3 extract_db.py`, the secret read from Secrets Manager --


@pytest.fixture(scope="module")
def secrets_endpoint(tmp_path_factory):
    """The local AWS emulator (moto) holding the connection secrets, in its own state dir."""
    from deploy_runner.emulator import Emulator

    state = tmp_path_factory.mktemp("extract-emulator-state")
    old = os.environ.get("PLAYBOOK_STATE_DIR")
    os.environ["PLAYBOOK_STATE_DIR"] = str(state)
    emulator = Emulator(state / "emulator")
    try:
        yield emulator.start().endpoint
    finally:
        emulator.stop()
        os.environ.pop("PLAYBOOK_STATE_DIR") if old is None else os.environ.__setitem__("PLAYBOOK_STATE_DIR", old)


@pytest.mark.emulator
@pytest.mark.parametrize("ca_matches", [True, False], ids=["verified", "wrong-ca"])
def test_the_job_entry_point_reads_its_secret_and_reports_in_one_line(
    server, secrets_endpoint, tmp_path: Path, ca_matches: bool
) -> None:
    from deploy_runner.emulator import emulator_client, emulator_env

    ca_pem = server.ca_pem if ca_matches else ThrowawayCA.create("not the server's CA").cert_pem
    secret_arn = emulator_client("secretsmanager", secrets_endpoint).create_secret(
        Name=f"extract-{server.engine}-{tmp_path.name}",
        SecretString=json.dumps(
            {
                "username": server.user,
                "password": server.password,
                "host": "127.0.0.1",
                "port": server.port,
                "dbname": server.database,
                "ssl_ca": ca_pem,
            }
        ),
    )["ARN"]
    code = _job_code(tmp_path, server.engine)
    env = {
        **emulator_env(),
        "AWS_ENDPOINT_URL": secrets_endpoint,
        "SECRET_ARN": secret_arn,
        "DB_ENGINE": server.engine,
        "TABLE": "orders",
        "OUTPUT_DIR": str(tmp_path / "out"),
    }
    env.pop("DB_NAME", None)
    result = subprocess.run(
        [sys.executable, str(code / "extract_db.py")], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    if ca_matches:
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "extracted 3 rows to extract.csv"
        assert len(_csv(tmp_path / "out" / "extract.csv")) == 4
    else:
        assert result.returncode == 1
        assert result.stderr.startswith("extraction failed: ") and "certificate verify failed" in result.stderr.lower()
        assert "Traceback" not in result.stderr
