from playbook_ui import catalog


def main(name: str, version: str) -> dict:
    return catalog.get_playbook(name, version)
