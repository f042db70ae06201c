"""Placeholder replaced below."""
def build_app(schema):
    return {"summary": "ML Pipeline Builder", "value": {"grid": [], "fullscreen": False, "unusedInlineScripts": [], "hiddenInlineScripts": []}, "policy": {"execution_mode": "publisher"}}
