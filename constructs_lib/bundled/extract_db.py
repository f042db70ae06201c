"""Database extraction: runs QUERY (or exports TABLE) and writes the rows to the output directory.

Connection details come from the Secrets Manager secret in SECRET_ARN (the
database's managed master secret or a user-provided connection secret), never
from the job definition. Needs a driver in the image (psycopg or pymysql).
"""
import csv
import json
import os

import boto3

secret = json.loads(boto3.client("secretsmanager").get_secret_value(SecretId=os.environ["SECRET_ARN"])["SecretString"])
host = os.environ.get("DB_HOST") or secret["host"]
port = int(os.environ.get("DB_PORT") or secret.get("port") or 5432)
database = os.environ.get("DB_NAME") or secret.get("dbname")
if os.environ["DB_ENGINE"] == "postgres":
    import psycopg
    connection = psycopg.connect(host=host, port=port, dbname=database, user=secret["username"], password=secret["password"], sslmode="require")
else:
    import pymysql
    connection = pymysql.connect(host=host, port=port, database=database, user=secret["username"], password=secret["password"], ssl={"ca": None})
query = os.environ.get("QUERY") or f"SELECT * FROM {os.environ['TABLE']}"
with connection.cursor() as cursor, open("/opt/ml/processing/output/extract.csv", "w", newline="") as out:
    cursor.execute(query)
    writer = csv.writer(out)
    writer.writerow([column[0] for column in cursor.description])
    writer.writerows(cursor)
