from playbook_ui import catalog


def main(use: str) -> dict:
    return catalog.resolve_use(use)
