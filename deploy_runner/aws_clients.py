"""AWS clients for an environment: the emulator's, or a real account's through the environment's profile/role.

Terraform gets the same settings in the synthesized provider and backend blocks (stacks/pipeline_stack.py),
so the run commands (`run`, `runs`, `logs`, uploads) act as the identity that deployed. A missing or wrong
credential is one message naming the environment, what was looked for, and what to do.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .emulator_access import EMULATOR_CREDENTIALS, emulator_client
from .tf_errors import DeployError

if TYPE_CHECKING:
    from stacks.environments import Environment


class CredentialsProblem(DeployError):
    """No usable AWS credentials for an environment; the message says which environment and what to do."""

    def __init__(self, message: str):
        super().__init__(message, kind="credentials")


def aws_client(service: str, environment: Environment, *, emulator_endpoint: str | None = None, region: str | None = None) -> Any:
    if emulator_endpoint:
        return emulator_client(service, emulator_endpoint, region or EMULATOR_CREDENTIALS["AWS_REGION"])
    session = _session(environment.name, environment.profile, environment.role_arn, environment.account_id)
    return session.client(service, region_name=region or environment.region)


@lru_cache(maxsize=8)
def _session(name: str, profile: str | None, role_arn: str | None, account_id: str | None) -> Any:
    import boto3
    import botocore.exceptions as bx

    where = f"environment '{name}'"
    try:
        session = boto3.Session(profile_name=profile) if profile else boto3.Session()
        if session.get_credentials() is None:
            looked = (
                f"profile '{profile}'"
                if profile
                else "AWS_ACCESS_KEY_ID/AWS_PROFILE, ~/.aws/credentials, ~/.aws/config, SSO, instance roles"
            )
            raise CredentialsProblem(
                f"{where}: no AWS credentials found (looked for: {looked}). Sign in (`aws sso login"
                f"{' --profile ' + profile if profile else ''}` or `aws configure`), or set `profile:` for {name} in environments.yaml"
            )
        if role_arn:
            sts = session.client("sts")
            assumed = sts.assume_role(RoleArn=role_arn, RoleSessionName="playbook")["Credentials"]
            session = boto3.Session(
                aws_access_key_id=assumed["AccessKeyId"],
                aws_secret_access_key=assumed["SecretAccessKey"],
                aws_session_token=assumed["SessionToken"],
            )
        if account_id:
            actual = session.client("sts").get_caller_identity()["Account"]
            if actual != account_id:
                raise CredentialsProblem(
                    f"{where}: the credentials are for account {actual}, but {name} is guarded to account {account_id} "
                    f"(account_id in environments.yaml); use the profile or role of {account_id}"
                )
        return session
    except bx.ProfileNotFound:
        raise CredentialsProblem(
            f"{where}: AWS profile '{profile}' is not in ~/.aws/config or ~/.aws/credentials; create it "
            f"(`aws configure --profile {profile}`) or fix `profile:` for {name} in environments.yaml"
        ) from None
    except (bx.NoCredentialsError, bx.PartialCredentialsError) as exc:
        raise CredentialsProblem(
            f"{where}: no usable AWS credentials ({exc}); sign in, or set `profile:` in environments.yaml"
        ) from None
    except bx.ClientError as exc:
        error = exc.response.get("Error", {})
        action = f"assume {role_arn}" if role_arn else "check the caller identity"
        raise CredentialsProblem(
            f"{where}: cannot {action}: {error.get('Code')}: {error.get('Message')} "
            "(check role_arn and that your identity may assume it)"
        ) from None
