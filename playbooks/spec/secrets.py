"""Secrets in playbooks: literal secrets are refused, references are the way in.

A value in `environment:` (jobs, models) or `headers:` (API sources) is either
plain configuration or a *secret reference*, resolved at run time by the
thing that needs it and never written into Terraform, plans or state:

    secretsmanager:NAME_OR_ARN      a Secrets Manager secret (its SecretString)
    ssm:PARAMETER_NAME_OR_ARN       an SSM parameter (SecureString, decrypted)

e.g. `DB_PASSWORD: secretsmanager:prod/db-password`,
     `Authorization: ssm:/team/api/bearer`.

Only the reference (a name or ARN, which is not secret) reaches Terraform; the
construct grants the consuming role read access to exactly that secret.

A literal that looks like a secret (by its name: PASSWORD, TOKEN, API_KEY,
Authorization...; or by its shape: `Bearer ...`, an AWS access key id, a
private key, a JWT, credentials in a URL) is a validation error naming the
field and this fix. The checks are heuristics by design: they catch the
common accident, they are not a scanner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REFERENCE_RE = re.compile(r"^(secretsmanager|ssm):(\S{1,2048})$")
_SECRETSMANAGER_ID = re.compile(r"^(arn:aws[a-z\-]*:secretsmanager:[a-z0-9\-]+:\d{12}:secret:[\w/+=.@\-]+|[\w/+=.@\-]{1,512})$")
_SSM_ID = re.compile(r"^(arn:aws[a-z\-]*:ssm:[a-z0-9\-]+:\d{12}:parameter/[\w/.\-]+|/?[\w.\-]+(/[\w.\-]+)*)$")

# Names that say "this is a secret" (environment variables and HTTP headers), judged word by word
# (DB_PASSWORD, HF_TOKEN, X-Api-Key) so that MAX_TOKENS or TOKENIZER are not flagged.
_SECRET_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pgpass",
        "pwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "credential",
        "credentials",
        "authorization",
        "cookie",
    }
)
_SECRET_PAIRS = frozenset(
    {
        ("api", "key"),
        ("access", "key"),
        ("private", "key"),
        ("secret", "key"),
        ("client", "secret"),
        ("auth", "token"),
        ("session", "key"),
    }
)


# Tools glue these onto a prefix without a separator (PGPASSWORD, MYSQL_PWD is caught above, HFTOKEN,
# GITHUBTOKEN); a word *ending* in one is a secret name too. Not "pass" or "token" anywhere in a word:
# BYPASS_CACHE and TOKENIZER are configuration.
_SECRET_SUFFIXES = ("password", "passwd", "passphrase", "secret", "token", "apikey")


# A name whose last word says it holds *where* or *what kind of* secret, not the secret itself:
# POSTGRES_PASSWORD_FILE (the Docker convention), --password-file, TOKEN_URL, SECRET_ARN, TOKEN_LIMIT.
_ABOUT_A_SECRET = frozenset({"file", "path", "dir", "env", "name", "id", "arn", "url", "endpoint", "length", "limit", "type"})


def _secret_name(name: str) -> bool:
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    if len(words) > 1 and words[-1] in _ABOUT_A_SECRET:
        return False
    return any(w in _SECRET_WORDS or w.endswith(_SECRET_SUFFIXES) for w in words) or any(
        pair in _SECRET_PAIRS for pair in zip(words, words[1:])
    )


# Values that look like credentials whatever their name.
_SECRET_VALUE = [
    (re.compile(r"^(bearer|basic|token|digest)\s+\S{8,}", re.IGNORECASE), "an HTTP credential ('Bearer ...')"),
    (re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"), "an AWS access key id"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), "a private key"),
    (re.compile(r"^eyJ[\w\-]{8,}\.eyJ[\w\-]{8,}\.[\w\-]+$"), "a JSON Web Token"),
    (
        re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9\-]{10,}|sk-[A-Za-z0-9]{20,}|glpat-[\w\-]{20,})\b"),
        "an API token",
    ),
    (re.compile(r"^[a-z][a-z0-9+.\-]*://[^/\s:@]+:[^/\s@]+@", re.IGNORECASE), "a URL with a password in it"),
]
# Values that are clearly not secrets even under a secret-sounding name.
_HARMLESS = re.compile(r"^(|true|false|yes|no|none|null|enabled|disabled|-?[0-9][0-9_.]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class SecretRef:
    store: str  # "secretsmanager" | "ssm"
    identifier: str  # name or ARN

    def __str__(self) -> str:
        return f"{self.store}:{self.identifier}"


def parse_reference(value: object) -> SecretRef | None:
    """The reference in `value`, or None when it is a plain value."""
    if not isinstance(value, str):
        return None
    match = REFERENCE_RE.match(value)
    return SecretRef(match.group(1), match.group(2)) if match else None


def reference_problem(value: str) -> str | None:
    """Why a value that starts like a reference is not a valid one (None when fine or not a reference)."""
    if not value.startswith(("secretsmanager:", "ssm:")):
        return None
    ref = parse_reference(value)
    if ref is None:
        return f"found {value!r}; expected secretsmanager:NAME_OR_ARN or ssm:PARAMETER_NAME_OR_ARN (no spaces)"
    pattern = _SECRETSMANAGER_ID if ref.store == "secretsmanager" else _SSM_ID
    if not pattern.match(ref.identifier):
        return f"found {value!r}; {ref.identifier!r} is not a valid {ref.store} name or ARN"
    return None


def secret_literal(name: str, value: object) -> str | None:
    """Why `name: value` looks like a literal secret, or None."""
    if not isinstance(value, str) or parse_reference(value) is not None:
        return None
    for pattern, what in _SECRET_VALUE:
        if pattern.search(value):
            return f"its value looks like {what}"
    if _secret_name(name) and not _HARMLESS.match(value.strip()):
        return "its name says it holds a secret"
    return None


def argument_secrets(arguments: list[str]) -> list[tuple[int, str, str]]:
    """(index, option, why) of command-line arguments that pass a literal secret:
    `--password VALUE`, `--token=VALUE` (the value of an option whose name says it is a secret)."""
    found: list[tuple[int, str, str]] = []
    for i, argument in enumerate(arguments):
        if not isinstance(argument, str) or not argument.startswith("-"):
            continue
        option, equals, value = argument.partition("=")
        if not equals:
            following = arguments[i + 1] if i + 1 < len(arguments) else None
            if not isinstance(following, str) or following.startswith("-"):
                continue
            value, i = following, i + 1
        why = _templated_or_literal(option.lstrip("-"), value)
        if why:
            found.append((i, option, why))
    return found


def url_secrets(url: str) -> list[tuple[str, str]]:
    """(query parameter, why) of a URL whose query string carries a literal secret (`?api_key=...`)."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        query = urlsplit(url).query
    except ValueError:
        return []
    found = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        why = _templated_or_literal(name, value)
        if why:
            found.append((name, why))
    return found


def _templated_or_literal(name: str, value: str) -> str | None:
    # A `{{ params.NAME }}` value is not a literal here; the parameter's own default is checked where it is declared.
    if "{{" in value and "}}" in value:
        return None
    return secret_literal(name, value)


def fix_hint(name: str) -> str:
    return (
        f"set {name} to a reference resolved at run time instead, `secretsmanager:NAME_OR_ARN` "
        "or `ssm:/PARAMETER/NAME` (README, Security: secrets)"
    )
