"""Reusable CDK for Terraform constructs for ML pipelines on AWS.

One construct per playbook node kind and subtype (data sources, preprocessing,
models, deployments), a Step Functions orchestrator and the recursive
`Pipeline` construct. Only `constructs_lib.cdk` imports cdktf; the pure helpers
(`naming`, `escaping`, `tags`, `artifacts`, `asl`) import nothing heavy.
"""
