"""The `playbook` command line. Thin: parse arguments, call the library, format output."""
