"""Test tools: synthesized stacks checked against AWS's own models (botocore service models
for every Task request, an IAM policy linter for every policy document)."""
