"""The query form at ``/``: a textarea preloaded with the catalogue, every value escaped."""

from __future__ import annotations

import json

__all__ = ["form_page"]

_DEFAULT_QUERY = """SELECT ?type (COUNT(?s) AS ?n)
WHERE { ?s a ?type }
GROUP BY ?type
ORDER BY DESC(?n)"""


def _catalogue() -> dict[str, str]:
    """Catalogue queries (rendered with their defaults) for the form's drop-down; empty if unavailable."""
    try:
        from kg.queries import catalogue

        return {name: q.render() for name, q in catalogue().items()}
    except Exception:  # the form works without the catalogue
        return {}


def form_page() -> str:
    """The HTML of the query form (catalogue queries rendered with their defaults)."""
    from html import escape

    examples = _catalogue()
    options = "".join(f"<option value='{escape(name)}'>{escape(name)}</option>" for name in examples)
    data = json.dumps(examples).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>civic-kg SPARQL endpoint</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }}
textarea {{ width: 100%; height: 16rem; font-family: ui-monospace, monospace; font-size: .9rem; }}
code {{ background: #f3f3f3; padding: 0 .2rem; }}
</style></head>
<body>
<h1>civic-kg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/query</code> (GET or POST). The default graph is the union of all
document graphs. Results as JSON, XML, CSV, TSV (SELECT, ASK) or Turtle, N-Triples (CONSTRUCT).</p>
<form method="get" action="/query">
<p><label>Example: <select id="examples"><option value="">(choose a catalogue query)</option>{options}
</select></label></p>
<textarea name="query" id="query" spellcheck="false">{escape(_DEFAULT_QUERY)}</textarea>
<p><label>Format: <select name="format">
<option value="html">HTML table</option><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
</select></label> <button type="submit">Run query</button></p>
</form>
<script>
var examples = {data};
document.getElementById("examples").addEventListener("change", function (e) {{
  if (examples[e.target.value]) {{ document.getElementById("query").value = examples[e.target.value]; }}
}});
</script>
</body></html>
"""
