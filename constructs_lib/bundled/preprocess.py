"""Default preprocessing script: copies every input file to the output directory.

A working placeholder for a playbook without its own code; replace it with
`config.code` (a directory next to the playbook, or an s3:// prefix).
"""

import os
import shutil

INPUT_ROOT = "/opt/ml/processing/input"
OUTPUT_DIR = "/opt/ml/processing/output"

for channel in sorted(os.listdir(INPUT_ROOT)) if os.path.isdir(INPUT_ROOT) else []:
    for root, _dirs, files in os.walk(os.path.join(INPUT_ROOT, channel)):
        for name in files:
            source = os.path.join(root, name)
            target = os.path.join(OUTPUT_DIR, channel, os.path.relpath(source, os.path.join(INPUT_ROOT, channel)))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
