from playbook_ui import catalog


def main() -> dict:
    return catalog.environments()
