"""The environment the cdktf CLI (or plain terraform) needs to reach the local emulator.

``playbook emulator env`` prints these as ``export`` lines, so that::

    eval "$(playbook emulator env)"
    npx cdktf deploy data-quality-local --skip-provider-lock --auto-approve

works from a fresh clone: the same CLI config (provider mirror) the project's
runner uses, the emulator endpoint as the stacks' ``aws_endpoint_url``
variable, the emulator's key pair (its secret: keep the output private) and its certificate, and
``PLAYBOOK_ENVS=local`` so the cdktf app (stacks/app.py) synthesizes the
emulator stacks. The state directory is exported too: the stacks' local
backend points at ``<state root>/state/<stack>/terraform.tfstate``, so cdktf
and ``playbook deploy --local`` share one state per stack.
"""

from __future__ import annotations

from stacks.environments import ENDPOINT_VARIABLE

from .cli_config import state_root, write_cli_config
from .emulator import AWS_CHAIN_VARS, EmulatorStatus, ca_bundle, emulator_credentials

# Variables of the standard AWS credential chain that must not point a cdktf run at a real account.
UNSET = tuple(v for v in AWS_CHAIN_VARS if v != "AWS_ENDPOINT_URL") + ("AWS_ENDPOINT_URL",)


def emulator_exports(status: EmulatorStatus) -> dict[str, str]:
    cli = write_cli_config()
    return {
        "TF_CLI_CONFIG_FILE": str(cli.path),
        "CHECKPOINT_DISABLE": "1",
        f"TF_VAR_{ENDPOINT_VARIABLE}": str(status.endpoint),
        **emulator_credentials(),
        "AWS_CA_BUNDLE": str(ca_bundle()),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_MAX_ATTEMPTS": "2",
        "PLAYBOOK_ENVS": "local",
        "PLAYBOOK_STATE_DIR": str(state_root()),
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
