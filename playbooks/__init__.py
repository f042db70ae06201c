"""ML pipeline playbooks: the format, its validation, the library and resolution.

This package never imports cdktf: a playbook validates in milliseconds without Node.js.
"""

from .errors import PlaybookError, PlaybookInvalid
from .library import Library
from .targets import TargetNotFound, load_resolved, load_target

__all__ = ["Library", "PlaybookError", "PlaybookInvalid", "TargetNotFound", "load_resolved", "load_target"]
