"""How much one `playbook data put` uploads; a module of its own so the CLI's help text can say it
without importing the upload code.

The emulator's S3 keeps every object in memory, and a browser upload goes through the builder's
server; bigger datasets belong in a bucket of their own (`aws s3 cp`, then `config.bucket` on the node).
"""

MAX_PUT_BYTES = 500_000_000
