# requirements:
# wmill==1.850.0
"""The pipeline as a Mermaid graph, for the builder app's live view.

Returns {"valid": true, "graph": "flowchart LR ...", "html": <Mermaid page>}
or {"valid": false, "errors": [...], "html": <the errors as a list>}.
"""

import html

import pipeline_ops

from playbook_windmill.runtime import format_errors

# The app's HTML component renders this; Mermaid is loaded from jsDelivr in the viewer's browser.
MERMAID_PAGE = """<pre class="mermaid">{graph}</pre>
<script type="module">
import mermaid from "https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs";
mermaid.initialize({{startOnLoad: true, securityLevel: "strict"}});
</script>"""


def main(config: dict) -> dict:
    checked = pipeline_ops.validate(config)
    if not checked["valid"]:
        text = format_errors(checked["errors"])
        items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in text.splitlines())
        return {
            "valid": False,
            "errors": checked["errors"],
            "graph": "",
            "html": f"<p><b>Invalid configuration</b></p><ul>{items}</ul>",
        }
    return {
        "valid": True,
        "errors": [],
        "graph": checked["graph"],
        "name": checked["name"],
        "version": checked["version"],
        "html": MERMAID_PAGE.format(graph=html.escape(checked["graph"])),
    }
