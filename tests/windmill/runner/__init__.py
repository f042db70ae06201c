"""Test tools for the Windmill artifacts (not shipped to Windmill).

- flow_runner.LocalFlowRunner: runs the OpenFlow's modules in order like a
  Windmill worker would (input transforms evaluated by Node.js, each script in
  its own process, retries, stop_after_if, skip_if, suspend/resume, failure
  module, per-script concurrency keys).
- servers.WebhookReceiver: a local HTTP endpoint that records notifications.
- servers.WindmillApiStub: a STUB of the two Windmill API routes the approval
  step uses (resume URLs, resume/cancel). It is a mock, named as one: no
  Windmill server can run here.
All servers bind 127.0.0.1 on an ephemeral port and stop on context exit.
"""
