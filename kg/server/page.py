"""The plain query form: a textarea preloaded with the catalogue, every value escaped.

It is what ``/form`` always serves, and what ``/`` serves when the YASGUI editor is not installed
(:mod:`kg.server.editor_assets`), so the endpoint stays usable without npm and without JavaScript.
"""

from __future__ import annotations

import json
from html import escape

__all__ = ["form_page", "catalogue_texts", "script_json", "DEFAULT_QUERY", "FORM_CSP"]

DEFAULT_QUERY = """SELECT ?type (COUNT(?s) AS ?n)
WHERE { ?s a ?type }
GROUP BY ?type
ORDER BY DESC(?n)"""

#: The form's one inline script (the catalogue drop-down) and inline style; nothing is fetched.
FORM_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")


def catalogue_texts() -> dict[str, dict[str, str]]:
    """Catalogue queries for the pages' pickers: name -> title, description and the text rendered with its
    defaults; empty if the catalogue cannot be read (the pages work without it)."""
    try:
        from kg.queries import catalogue

        return {name: {"title": q.title, "description": q.description, "text": q.render()}
                for name, q in catalogue().items()}
    except Exception:
        return {}


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``<``, ``>`` or ``&`` left to end it)."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def form_page(note: str | None = None) -> str:
    """The HTML of the query form; ``note`` (escaped) says why the editor is not shown."""
    queries = catalogue_texts()
    examples = {name: q["text"] for name, q in queries.items()}
    options = "".join(f"<option value='{escape(name)}'>{escape(name)}</option>" for name in examples)
    notice = f"<p class='note'>{escape(note)}</p>" if note else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>civic-kg SPARQL endpoint</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }}
textarea {{ width: 100%; height: 16rem; font-family: ui-monospace, monospace; font-size: .9rem; }}
code {{ background: #f3f3f3; padding: 0 .2rem; }}
.note {{ border-left: 4px solid #c80; padding: .3rem .6rem; background: #fff8e8; }}
</style></head>
<body>
<h1>civic-kg SPARQL endpoint</h1>
{notice}<p>SPARQL 1.1 Protocol at <code>/query</code> (GET or POST). The default graph is the union of all
document graphs. Results as JSON, XML, CSV, TSV (SELECT, ASK) or Turtle, N-Triples (CONSTRUCT).</p>
<form method="get" action="/query">
<p><label>Example: <select id="examples"><option value="">(choose a catalogue query)</option>{options}
</select></label></p>
<textarea name="query" id="query" spellcheck="false">{escape(DEFAULT_QUERY)}</textarea>
<p><label>Format: <select name="format">
<option value="html">HTML table</option><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
</select></label> <button type="submit">Run query</button></p>
</form>
<script>
var examples = {script_json(examples)};
document.getElementById("examples").addEventListener("change", function (e) {{
  if (examples[e.target.value]) {{ document.getElementById("query").value = examples[e.target.value]; }}
}});
</script>
</body></html>
"""
