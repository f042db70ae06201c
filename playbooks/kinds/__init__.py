"""Node kinds: one descriptor per kind/subtype, built in or from a plugin (see registry.py).

No cdktf here: descriptors name their constructs by import path.
"""

from .descriptor import SHAPES, Consumes, KindDescriptor, Standalone
from .registry import GROUP, REGISTRY, KindRegistry, KindUnavailable, PluginFailure, plugin_fingerprint

__all__ = [
    "GROUP",
    "REGISTRY",
    "SHAPES",
    "Consumes",
    "KindDescriptor",
    "KindRegistry",
    "KindUnavailable",
    "PluginFailure",
    "Standalone",
    "plugin_fingerprint",
]
