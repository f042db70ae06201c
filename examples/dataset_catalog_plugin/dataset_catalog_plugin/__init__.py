"""A node kind from outside the playbooks repository: `type: dataset_catalog`.

kind.py is what `playbook validate` reads (config model + descriptor; no cdktf);
construct.py is imported only at synth. See README.md.
"""
