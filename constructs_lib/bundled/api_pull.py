"""Pulls one HTTP API response into S3 (an AWS Lambda handler).

Configured through environment variables: URL, HEADERS (JSON), BUCKET, PREFIX,
FORMAT, KMS_KEY_ARN and optionally AUTH_SECRET_ARN (its value is sent as the
Authorization header; it never appears in the function's configuration).
A header value `secretsmanager:NAME_OR_ARN` or `ssm:PARAMETER` is a reference: the
function reads the secret (SecretString) or the parameter (decrypted) on each pull.
A pipeline run may send `url` and `headers` in the event: the URL and headers
with the run's parameter values (the environment holds them with the defaults,
for scheduled pulls).
"""

from __future__ import annotations

import datetime
import json
import os
import urllib.request
from typing import Any

import boto3


def resolve_reference(value: str) -> str:
    """The value a header reference points at; plain values come back unchanged."""
    store, _, identifier = value.partition(":")
    if store == "secretsmanager" and identifier:
        secret: str = boto3.client("secretsmanager").get_secret_value(SecretId=identifier)["SecretString"]
        return secret
    if store == "ssm" and identifier:
        parameter: str = boto3.client("ssm").get_parameter(Name=identifier, WithDecryption=True)["Parameter"]["Value"]
        return parameter
    return value


def handler(event: Any, context: Any) -> dict[str, Any]:  # Lambda passes its own event and context objects
    event = event if isinstance(event, dict) else {}
    headers = {name: resolve_reference(value) for name, value in json.loads(os.environ.get("HEADERS") or "{}").items()}
    # The run's values of headers with parameter references: plain text, never resolved as references.
    headers.update(event.get("headers") or {})
    secret_arn = os.environ.get("AUTH_SECRET_ARN")
    if secret_arn:
        headers["Authorization"] = boto3.client("secretsmanager").get_secret_value(SecretId=secret_arn)["SecretString"]
    url = event.get("url") or os.environ["URL"]
    if not url.startswith("https://"):
        raise ValueError(f"refusing to fetch {url!r}: only https:// URLs are pulled")
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=int(os.environ.get("TIMEOUT", "50"))) as response:
        body = response.read()
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{os.environ['PREFIX']}{stamp}.{os.environ.get('FORMAT', 'json')}"
    boto3.client("s3").put_object(
        Bucket=os.environ["BUCKET"], Key=key, Body=body, ServerSideEncryption="aws:kms", SSEKMSKeyId=os.environ["KMS_KEY_ARN"]
    )
    return {"s3_uri": f"s3://{os.environ['BUCKET']}/{key}", "bytes": len(body)}
