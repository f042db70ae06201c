"""Windmill front end: scripts, flow, app, their export and the local test tools.

The scripts in ``windmill/scripts/`` are plain Windmill Python scripts. They run
in a Windmill worker that has this project installed (see windmill/Dockerfile)
and only call ``pipeline_ops``; ``playbook_windmill.runtime`` holds the little glue they
share (credentials from a Windmill resource, streaming output to the job log).
"""
