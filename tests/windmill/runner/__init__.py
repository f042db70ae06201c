"""Test tools for the Windmill artifacts (never installed, never shipped to Windmill).

- flow_runner.LocalFlowRunner: runs an exported flow's modules in order like Windmill's
  workers would: each job routed by its tag to a worker group of windmill/docker-compose.yml,
  with a cleared environment + WHITELIST_ENVS and only its lock's packages + the worker
  image's ADDITIONAL_PYTHON_PATHS importable (workers.py cites the Windmill sources); input
  transforms evaluated by Node.js, retries, stop_after_if, skip_if, suspend/resume with
  user_auth_required / self_approval_disabled, failure module, CE vs EE concurrency.
- servers.WebhookReceiver: a local HTTP endpoint that records notifications.
- servers.WindmillApiStub: a STUB of the Windmill API routes the approval step uses (resume
  URLs, resume/cancel with the approver). It is a mock, named as one: no Windmill server
  can run here.
All servers bind 127.0.0.1 on an ephemeral port and stop on context exit.
"""
