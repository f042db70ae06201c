"""Terraform stacks: one per pipeline x environment, synthesized by `stacks.synth`."""
