# Runs on a worker with this project installed (windmill/Dockerfile).
from playbook_ui import catalog


def main() -> list:
    return catalog.list_playbooks()
