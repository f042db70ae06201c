"""Database extraction: runs QUERY, exports TABLE, or (neither set) every table, to CSV or Parquet files.

Runs as a SageMaker Processing job on the prebuilt scikit-learn image (Python
3.9; keep this file 3.9-compatible). Inputs, all from the job definition:

* DB_ENGINE ("postgres" or "mysql"), DB_NAME, optionally DB_HOST / DB_PORT
  (managed databases; else the secret's ``host`` / ``port``);
* SECRET_ARN: the Secrets Manager secret with ``username`` and ``password``
  (the database's managed master secret, or a user-provided connection
  secret that also carries ``host``, ``port``, ``dbname`` and, for a database
  with its own certificate authority, ``ssl_ca``: that CA in PEM);
* QUERY or TABLE (neither: every base table of the database's schema); a QUERY with
  ``{{ params.NAME }}`` references comes with QUERY_PARAMETERS, the run's values as a JSON
  array in order of each name's first appearance, bound as SQL parameters (``bind``);
* OUTPUT_FORMAT: csv (header row) or parquet (pyarrow, which the image ships; one
  file per result, built in memory);
* OUTPUT_DIR (default /opt/ml/processing/output, uploaded to S3 at the end).

Drivers: ``db_drivers.zip`` next to this file holds pinned pure-Python
drivers (pg8000, PyMySQL; see constructs_lib/db_drivers.py) and goes first on
``sys.path``: the image has none and the job's subnets have no internet.

TLS is always verified, never just "required": the server certificate must
chain to the CA (``ssl_ca`` from the secret, else ``rds-ca-bundle.pem`` next to
this file: the Amazon RDS CA bundle) and name the host connected to —
``ssl.create_default_context()`` = CERT_REQUIRED + hostname check, what libpq
calls ``sslmode=verify-full`` and MySQL ``VERIFY_IDENTITY``. With no CA the job
fails before connecting rather than trust any certificate.
"""

from __future__ import annotations  # annotations stay text: the image's Python 3.9 never evaluates them

import csv
import json
import os
import re
import ssl
import sys
from typing import Any, Mapping, Protocol, Sequence

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS_ZIP = os.path.join(HERE, "db_drivers.zip")
RDS_CA_BUNDLE = os.path.join(HERE, "rds-ca-bundle.pem")
DEFAULT_PORTS = {"postgres": 5432, "mysql": 3306}
if os.path.isfile(DRIVERS_ZIP):
    sys.path.insert(0, DRIVERS_ZIP)


class ExtractionError(Exception):
    """A problem the job's log should state in one line (no traceback)."""


class Cursor(Protocol):
    """The part of a DB-API 2 cursor (PEP 249) the job uses; pg8000 and PyMySQL ship no type hints."""

    description: Sequence[Sequence[Any]]  # one 7-item sequence per column, name first

    def execute(self, operation: str, args: Sequence[Any] | None = None) -> Any: ...
    def fetchall(self) -> Sequence[Sequence[Any]]: ...
    def fetchmany(self, size: int) -> Sequence[Sequence[Any]]: ...
    def close(self) -> None: ...


class Connection(Protocol):
    """The part of a DB-API 2 connection the job uses."""

    def cursor(self) -> Cursor: ...
    def commit(self) -> None: ...
    def close(self) -> None: ...


def tls_context(secret: Mapping[str, Any]) -> ssl.SSLContext:
    """An SSLContext that verifies the chain and the host name against the database's CA."""
    pem = secret.get("ssl_ca")
    if pem:
        context = ssl.create_default_context(cadata=pem)
    elif os.path.isfile(RDS_CA_BUNDLE):
        context = ssl.create_default_context(cafile=RDS_CA_BUNDLE)
    else:
        raise ExtractionError(
            "no certificate authority to verify the database's TLS certificate: put the CA "
            "(PEM) in the connection secret's `ssl_ca` field, or ship rds-ca-bundle.pem"
        )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def connect(
    engine: str, host: str, port: int, database: str | None, user: str, password: str, context: ssl.SSLContext, timeout: int = 60
) -> Connection:
    """A DB-API connection over verified TLS."""
    if engine == "postgres":
        import pg8000.dbapi

        connection: Connection = pg8000.dbapi.connect(
            host=host, port=port, database=database, user=user, password=password, ssl_context=context, timeout=timeout
        )
        return connection
    if engine == "mysql":
        import pymysql

        # An SSLContext makes TLS required (PyMySQL refuses a server without it) and verified by the context.
        connection = pymysql.connect(
            host=host,
            port=port,
            database=database,
            user=user,
            password=password,
            ssl=context,
            connect_timeout=timeout,
            charset="utf8mb4",
        )
        return connection
    raise ExtractionError(f"DB_ENGINE must be postgres or mysql, not {engine!r}")


# Every statement of the extraction runs in a read-only transaction, so a query that writes is refused
# by the server itself, even though the job connects as the database's master user: PostgreSQL
# "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY" (default_transaction_read_only; a write
# fails with SQLSTATE 25006 "cannot execute ... in a read-only transaction"), MySQL/MariaDB
# "SET SESSION TRANSACTION READ ONLY" (ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION, 1792). Each query
# runs as exactly one statement (execute_one), so it cannot end the read-only transaction or undo the
# session's mode and then write in the same call.
READ_ONLY_SESSION = {
    "postgres": "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
    "mysql": "SET SESSION TRANSACTION READ ONLY",
}


def make_read_only(connection: Connection, engine: str) -> None:
    """Make every later transaction of the session read-only (the current one is ended first)."""
    cursor = connection.cursor()
    try:
        cursor.execute(READ_ONLY_SESSION[engine])
    finally:
        cursor.close()
    connection.commit()


REFERENCE = re.compile(r"\{\{\s*params\.([a-z][a-z0-9_]*)\s*\}\}")  # = playbooks/params.py REFERENCE
PLACEHOLDERS = {"postgres": "?", "mysql": "%s"}
# Quoted literals ('' doubled; MySQL also \-escapes), quoted names, comments; everything else is code.
_TOKENS = {
    "postgres": re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.DOTALL),
    "mysql": re.compile(r"'(?:[^'\\]|''|\\.)*'|`(?:[^`]|``)*`|\"(?:[^\"\\]|\\.)*\"|(?:--|#)[^\n]*|/\*.*?\*/", re.DOTALL),
}


def bind(template: str, values: Sequence[Any], engine: str) -> tuple[str, list[Any]]:
    """The query with each reference as a driver placeholder, and the arguments in order.

    A reference in the SQL text binds the value as it is (a number stays a number: `LIMIT {{ params.n }}`);
    a quoted literal that is one reference (`'{{ params.day }}'`) binds its text; a literal with
    text around references becomes CONCAT('a', ?, 'b') (PostgreSQL and MySQL both have CONCAT).
    SQL binds values only: a reference in a quoted name (`"t_{{ params.x }}"`) or a comment is
    refused, and one where a table or column name goes fails with the server's syntax error.
    """
    names = list(dict.fromkeys(REFERENCE.findall(template)))
    if len(values) != len(names):
        raise ExtractionError(f"QUERY_PARAMETERS has {len(values)} values for {len(names)} parameters {names}")
    given = dict(zip(names, values))
    placeholder, args = PLACEHOLDERS[engine], []

    def text(value: Any) -> str:
        return value if isinstance(value, str) else json.dumps(value)

    def code(part: str) -> str:
        if engine == "postgres" and "?" in REFERENCE.sub("", part):
            raise ExtractionError("a query with parameters cannot use `?` outside quotes (it is pg8000's placeholder)")
        out, last = [], 0
        for match in REFERENCE.finditer(part):
            value = given[match.group(1)]
            args.append(json.dumps(value) if isinstance(value, (list, dict)) else value)
            out += [escape(part[last : match.start()]), placeholder]
            last = match.end()
        return "".join([*out, escape(part[last:])])

    def escape(part: str) -> str:  # PyMySQL applies `query % args`: every other `%` is doubled
        return part.replace("%", "%%") if engine == "mysql" else part

    def quoted(token: str) -> str:
        if not REFERENCE.search(token):
            return escape(token)
        if token[0] != "'":
            raise ExtractionError(f"a parameter in a quoted name or a comment cannot be bound as a value: {token[:80]}")
        inner = token[1:-1]
        pieces: list[str] = []
        last = 0
        for match in REFERENCE.finditer(inner):
            if match.start() > last:
                pieces.append(escape("'" + inner[last : match.start()] + "'"))
            pieces.append(placeholder)
            args.append(text(given[match.group(1)]))
            last = match.end()
        if last < len(inner):
            pieces.append(escape("'" + inner[last:] + "'"))
        if len(pieces) == 1:
            return pieces[0]
        if engine == "postgres":  # CONCAT takes "any": PostgreSQL cannot infer a bare parameter's type
            pieces = [f"CAST({placeholder} AS text)" if piece == placeholder else piece for piece in pieces]
        return "CONCAT(" + ", ".join(pieces) + ")"

    out, last = [], 0
    for token in _TOKENS[engine].finditer(template):
        out += [code(template[last : token.start()]), quoted(token.group(0))]
        last = token.end()
    out.append(code(template[last:]))
    return "".join(out), args


def list_tables(connection: Connection, engine: str) -> list[str]:
    """Every base table of the connected database's current schema, sorted."""
    schema = "current_schema()" if engine == "postgres" else "DATABASE()"
    cursor = connection.cursor()
    try:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables "
            f"WHERE table_schema = {schema} AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def quote_identifier(name: str, engine: str) -> str:
    """Quote a (possibly schema-qualified) table name for the engine."""
    quote = '"' if engine == "postgres" else "`"
    return ".".join(quote + part.replace(quote, quote * 2) + quote for part in name.split("."))


def execute_one(cursor: Cursor, engine: str, query: str, args: Sequence[Any] | None) -> None:
    """Run exactly one statement, its arguments bound.

    PyMySQL: the server refuses a second statement (PyMySQL does not ask for CLIENT.MULTI_STATEMENTS).
    pg8000 sends a query without arguments by the simple protocol, which runs every statement in it
    (`SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; COMMIT; DELETE ...` would undo the
    read-only session), so every query goes by the extended protocol, whose Parse refuses more than
    one command: what pg8000's Cursor.execute does with arguments (pg8000/dbapi.py, pinned in
    constructs_lib/db_drivers.py), with `?` placeholders (paramstyle "qmark": `%` needs no escaping).
    """
    if engine != "postgres":
        cursor.execute(query, args) if args else cursor.execute(query)
        return
    import pg8000.dbapi

    statement, values = pg8000.dbapi.convert_paramstyle("qmark", query, args) if args else (query, ())
    core: Any = cursor._c  # type: ignore[attr-defined]
    if not core._in_transaction and not core.autocommit:
        core.execute_simple("begin transaction")
    context = core.execute_unnamed(statement, vals=values)
    cursor._context = context  # type: ignore[attr-defined]
    cursor._row_iter = None if context.rows is None else iter(context.rows)  # type: ignore[attr-defined]


def export(
    connection: Connection,
    query: str,
    path: str,
    output_format: str = "csv",
    batch: int = 10000,
    args: Sequence[Any] | None = None,
    engine: str = "postgres",
) -> int:
    """Write the query's rows to a CSV file with a header (or a Parquet file); returns the row count."""
    cursor = connection.cursor()
    rows = 0
    try:
        execute_one(cursor, engine, query, args)
        if output_format == "parquet":
            return _write_parquet(cursor, path, batch)
        with open(path, "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([column[0] for column in cursor.description])
            while True:
                chunk = cursor.fetchmany(batch)
                if not chunk:
                    break
                writer.writerows(chunk)
                rows += len(chunk)
    finally:
        cursor.close()
    return rows


def _write_parquet(cursor: Cursor, path: str, batch: int) -> int:
    import pyarrow  # the scikit-learn image ships pyarrow 14.0.1 (its Dockerfile's PYARROW_VERSION)
    import pyarrow.parquet

    names = [column[0] for column in cursor.description]
    columns: list[list[Any]] = [[] for _ in names]
    while True:
        chunk = cursor.fetchmany(batch)
        if not chunk:
            break
        for row in chunk:
            for values, value in zip(columns, row):
                values.append(value)
    # from_arrays keeps duplicate column names (SELECT a.id, b.id) that a dict would merge
    table = pyarrow.Table.from_arrays([pyarrow.array(values) for values in columns], names=names)
    pyarrow.parquet.write_table(table, path)
    rows: int = table.num_rows
    return rows


def read_secret(secret_arn: str) -> dict[str, Any]:
    import boto3  # in the image; boto3 honours AWS_ENDPOINT_URL / AWS_CA_BUNDLE (the local emulator)

    value = boto3.client("secretsmanager").get_secret_value(SecretId=secret_arn)
    secret: dict[str, Any] = json.loads(value["SecretString"])
    return secret


def run(environ: Mapping[str, str], secret: Mapping[str, Any]) -> dict[str, int]:
    """The whole extraction; returns {file name: row count}."""
    engine = environ.get("DB_ENGINE") or "postgres"
    host = environ.get("DB_HOST") or secret.get("host")
    if not host:
        raise ExtractionError("no database host: DB_HOST is unset and the secret has no `host`")
    port = int(environ.get("DB_PORT") or secret.get("port") or DEFAULT_PORTS.get(engine, 0))
    database = environ.get("DB_NAME") or secret.get("dbname")
    output_dir = environ.get("OUTPUT_DIR") or "/opt/ml/processing/output"
    output_format = environ.get("OUTPUT_FORMAT") or "csv"
    if output_format not in ("csv", "parquet"):
        raise ExtractionError(f"OUTPUT_FORMAT must be csv or parquet, not {output_format!r}")
    os.makedirs(output_dir, exist_ok=True)
    connection = connect(engine, host, port, database, secret["username"], secret["password"], tls_context(secret))
    try:
        make_read_only(connection, engine)
        args: list[Any] | None = None
        if environ.get("QUERY"):
            query = environ["QUERY"]
            if REFERENCE.search(query):
                query, args = bind(query, json.loads(environ.get("QUERY_PARAMETERS") or "[]"), engine)
            jobs = [(f"extract.{output_format}", query)]
        elif environ.get("TABLE"):
            jobs = [(f"extract.{output_format}", "SELECT * FROM " + quote_identifier(environ["TABLE"], engine))]
        else:
            jobs = [
                (f"{table}.{output_format}", "SELECT * FROM " + quote_identifier(table, engine))
                for table in list_tables(connection, engine)
            ]
            if not jobs:
                raise ExtractionError(f"database {database!r} has no tables to export")
        return {
            name: export(connection, query, os.path.join(output_dir, name), output_format, args=args, engine=engine)
            for name, query in jobs
        }
    finally:
        connection.close()


def main() -> int:
    try:
        counts = run(os.environ, read_secret(os.environ["SECRET_ARN"]))
    except ExtractionError as exc:
        print(f"extraction failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a driver or TLS error (certificate verification included): one line, no traceback
        print(f"extraction failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    for name, rows in counts.items():
        print(f"extracted {rows} rows to {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
