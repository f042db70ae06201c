"""Emulator extension 17: IAM knows AWS's managed policies, so a role can attach one.

Why: a managed database source's enhanced-monitoring role attaches
``arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole``
(``constructs_lib/managed_database.py``); on AWS every account has it. moto
loads no AWS managed policies unless told to (``moto/core/config.py``:
``default_user_config["iam"]["load_aws_managed_policies"]`` is ``False``, read
by ``IAMBackend._init_aws_policies`` in ``moto/iam/models.py``), so
``AttachRolePolicy`` failed with ``NoSuchEntity`` and such a source could not be
deployed locally. The server now loads the set moto ships
(``moto/iam/aws_managed_policies.py``, 1,582 policies, an import of AWS's list;
about 0.2 s per IAM backend). A policy AWS added after that import is still missing.
"""

from __future__ import annotations


def install() -> None:
    from moto.core.config import default_user_config

    default_user_config.setdefault("iam", {})["load_aws_managed_policies"] = True
