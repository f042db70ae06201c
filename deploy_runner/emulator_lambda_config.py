"""Emulator extension 9: Lambda returns the DeadLetterConfig and LoggingConfig it was given.

``CreateFunction``/``UpdateFunctionConfiguration``/``GetFunction``: moto accepted
``DeadLetterConfig`` and ``LoggingConfig`` but never returned them, so every plan
re-added them; they are stored and returned (LoggingConfig defaults to AWS's
``Text`` + ``/aws/lambda/<name>``).
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    """moto accepts DeadLetterConfig and LoggingConfig but never returns them:
    Terraform then re-adds both blocks on every plan. They are now stored on
    create/update and returned; LoggingConfig defaults to AWS's answer
    (Text format, log group /aws/lambda/<name>)."""
    from moto.awslambda.models import LambdaFunction

    original_init = LambdaFunction.__init__
    original_update = LambdaFunction.update_configuration
    original_get = LambdaFunction.get_configuration

    def __init__(self: Any, account_id: Any, spec: Any, region: Any, *args: Any, **kwargs: Any) -> Any:
        original_init(self, account_id, spec, region, *args, **kwargs)
        self._playbook_dlq = spec.get("DeadLetterConfig") or {}
        self._playbook_logging = spec.get("LoggingConfig") or {}

    def update_configuration(self: Any, config_updates: Any) -> Any:
        if "DeadLetterConfig" in config_updates:
            self._playbook_dlq = config_updates["DeadLetterConfig"] or {}
        if "LoggingConfig" in config_updates:
            self._playbook_logging = {**getattr(self, "_playbook_logging", {}), **(config_updates["LoggingConfig"] or {})}
        return original_update(self, config_updates)

    def get_configuration(self: Any, *args: Any, **kwargs: Any) -> Any:
        config = original_get(self, *args, **kwargs)
        dlq = getattr(self, "_playbook_dlq", {})
        if dlq.get("TargetArn"):
            config["DeadLetterConfig"] = {"TargetArn": dlq["TargetArn"]}
        logging = getattr(self, "_playbook_logging", {})
        config["LoggingConfig"] = {
            "LogFormat": logging.get("LogFormat", "Text"),
            "LogGroup": logging.get("LogGroup") or f"/aws/lambda/{self.function_name}",
            **{k: v for k, v in logging.items() if k not in ("LogFormat", "LogGroup")},
        }
        return config

    LambdaFunction.__init__ = __init__
    LambdaFunction.update_configuration = update_configuration
    LambdaFunction.get_configuration = get_configuration
