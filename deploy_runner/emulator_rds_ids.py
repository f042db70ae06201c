"""Emulator extension 18: every RDS DB instance has its own ``DbiResourceId``.

Why: the Terraform AWS provider (5.x, ``internal/service/rds/instance.go``:
``findDBInstanceByID``) re-reads an ``aws_db_instance`` by its resource id with
the ``dbi-resource-id`` filter and expects exactly one instance. moto 5.2.5
gives every instance the same constant (``self.dbi_resource_id =
"db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U"`` in ``moto/rds/models.py``,
``DBInstance.__init__``), so as soon as a stack holds two instances (a managed
RDS source beside an Aurora cluster's writer) the read found two, and the
apply failed with "reading RDS DB Instance (...): couldn't find resource".
On AWS the id is unique per instance and region: ``db-`` and 26 upper-case
letters and digits. It is drawn from moto's own random generator, so the
persistent emulator's seeded replay (extension 6) reproduces it.
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    from moto.moto_api._internal import mock_random
    from moto.rds.models import DBInstance

    original_init = DBInstance.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.dbi_resource_id = "db-" + mock_random.get_random_string(26, lower_case=False, include_digits=True).upper()

    DBInstance.__init__ = __init__  # type: ignore[method-assign]
