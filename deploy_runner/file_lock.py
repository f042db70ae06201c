"""The project's advisory file lock, for the runner's own files (emulator start, TLS material).

It lives in playbooks/file_lock.py, the lowest layer, because publishing into a library needs
it too and the spec layer imports nothing above itself.
"""

from playbooks.file_lock import LockTimeout, exclusive

__all__ = ["LockTimeout", "exclusive"]
