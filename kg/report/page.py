"""The report page: one self-contained HTML file, no script, every fact linked to its evidence.

Why links inside the page: a reader checks a claim by following it to the sentence it
was read from without leaving the file (it works offline, attached to an email).  Each
document is a section at the end (``#doc-...``) and each evidence sentence an item in it
(``#ev-...``); facts link to the sentence, or to the document when no sentence is known.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kg import __version__
from kg.html import render
from kg.queries.facts import Evidence
from kg.report.data import ReportData, gather
from kg.report.plots import timeline_svg
from kg.viz.render import write_page

__all__ = ["report_html", "render_report", "PAGE"]

PAGE = r"""{% extends "base.html" %}
{% block csp %}; img-src data:{% endblock %}
{% block generator %} (matplotlib){% endblock %}
{% block width %}68rem{% endblock %}
{% block body_style %} line-height: 1.4;{% endblock %}
{% block style %}  h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
  h3 { font-size: 1.05rem; margin-top: 1.5rem; }
  table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
  th, td { text-align: left; padding: 0.2rem 0.6rem; border-bottom: 1px solid #eee; vertical-align: top; }
  .muted { color: #666; font-size: 0.85rem; }
  .plot svg { max-width: 100%; height: auto; }
  a.src { font-size: 0.8rem; color: #1a5fb4; }
  li.ev:target, section.doc:target { background: #fff6c2; }
  li.ev { margin: 0.2rem 0; font-style: italic; }
  nav ul { columns: 2; }
{% endblock %}
{% block body %}
{% macro links(items) %}{% for link in items %}<a class="src" href="#{{ link.anchor }}">{{ link.text }}</a>
{% endfor %}{% endmacro %}
<h1>{{ title }}</h1>
<p class="muted">{{ counts.documents }} documents, {{ counts.awards }} awards, {{ counts.wins }} wins.
  Every fact links to the sentence it was read from (or its document), listed under
  <a href="#sources">Sources</a>.</p>
<nav><ul>
{% for a in awards %}  <li><a href="#{{ a.anchor }}">{{ a.name }}</a> <span class="muted">{{ a.count }} wins</span></li>
{% endfor %}  <li><a href="#decorated">Most decorated places</a></li>
  <li><a href="#conflicts">Conflicts between documents</a></li>
</ul></nav>

{% for a in awards %}
<section class="award" id="{{ a.anchor }}">
<h2>{{ a.name }}</h2>
<p class="muted">{{ a.count }} wins by {{ a.recipients }} recipients, {{ a.first }}–{{ a.last }}.
  {% if a.left_out %}The plot shows the {{ a.shown }} recipients with the most wins
  ({{ a.left_out }} more in the table).{% endif %}</p>
<div class="plot" role="img" aria-label="{{ a.name }}: winners by year">{{ a.svg }}</div>
{% if a.streaks %}<h3>Longest streaks</h3>
<table class="streaks"><tr><th>recipient</th><th>years in a row</th><th>from</th><th>to</th><th>sources</th></tr>
{% for s in a.streaks %}<tr><td>{{ s.recipient }}</td><td>{{ s.length }}</td><td>{{ s.first }}</td><td>{{ s.last }}</td>
<td>{{ links(s.links) }}</td></tr>
{% endfor %}</table>{% endif %}
<h3>Winners by year</h3>
<table class="wins"><tr><th>year</th><th>recipient</th><th>rank</th><th>category</th><th>status</th>
<th>sources</th></tr>
{% for w in a.rows %}<tr><td>{{ w.year }}</td><td>{{ w.recipient }}</td><td>{{ w.ranks }}</td>
<td>{{ w.categories }}</td>
<td>{{ w.status }}</td><td>{{ links(w.links) }}</td></tr>
{% endfor %}</table>
</section>
{% endfor %}

<section id="decorated">
<h2>Most decorated places</h2>
<table><tr><th>place</th><th>wins</th><th>awards</th><th>officials</th><th>programs</th></tr>
{% for d in decorated %}<tr><td>{{ d.place }}{% if d.state %}, {{ d.state }}{% endif %}</td><td>{{ d.wins }}</td>
<td>{{ d.awards }}</td>
<td>{% for o in d.officials %}{{ o.name }}{% if o.title %} ({{ o.title }}){% endif %}
  {{ links(o.links) }}<br>{% endfor %}</td>
<td>{% for p in d.programs %}{{ p.name }} {{ links(p.links) }}<br>{% endfor %}</td></tr>
{% endfor %}</table>
</section>

<section id="conflicts">
<h2>Conflicts between documents</h2>
{% if conflicts %}<table><tr><th>recipient</th><th>edition</th><th>field</th><th>values, each with its source</th></tr>
{% for c in conflicts %}<tr><td>{{ c.recipient }}</td><td>{{ c.edition }}</td><td>{{ c.field }}</td>
<td>{% for v in c.stated %}{{ v.value }}: {{ links(v.links) }}<br>{% endfor %}</td></tr>
{% endfor %}</table>{% else %}<p>No two documents state a win differently.</p>{% endif %}
</section>

<section id="sources">
<h2>Sources</h2>
{% for doc in sources %}<section class="doc" id="{{ doc.anchor }}">
<h3>{{ doc.id }}</h3>
<p class="muted">{{ doc.title }}{% if doc.issued %} · {{ doc.issued }}{% endif %}
  {%- if doc.file %} · {{ doc.file }}{% endif %}</p>
<ol>{% for ev in doc.sentences %}<li class="ev" id="{{ ev.anchor }}">{{ ev.sentence }}</li>{% endfor %}</ol>
</section>
{% endfor %}
</section>
{% endblock %}
"""


def _anchor(prefix: str, *parts: object) -> str:
    return f"{prefix}-" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


class _Sources:
    """Anchors for documents and sentences, collected while facts link to them."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.sentences: dict[str, dict[str, str]] = {}

    def links(self, facts: list[str]) -> list[dict[str, str]]:
        out, seen = [], set()
        for fact in facts:
            for e in self.data.evidence.get(fact, []):
                key = (e.document, e.sentence)
                if key not in seen:
                    seen.add(key)
                    out.append(self._link(e))
        return out

    def _link(self, e: Evidence) -> dict[str, str]:
        sentences = self.sentences.setdefault(e.document, {})
        if not e.sentence:
            return {"anchor": _anchor("doc", e.document), "text": e.document}
        if e.sentence not in sentences:
            sentences[e.sentence] = _anchor("ev", e.document, e.sentence)
        return {"anchor": sentences[e.sentence], "text": e.document}

    def sections(self) -> list[dict[str, Any]]:
        out = []
        for doc_id in sorted(set(self.data.documents) | set(self.sentences)):
            src = self.data.documents.get(doc_id)
            out.append({"id": doc_id, "anchor": _anchor("doc", doc_id), "title": src.title if src else "",
                        "issued": src.issued if src else "", "file": src.file if src else "",
                        "sentences": [{"sentence": s, "anchor": a} for s, a in self.sentences.get(doc_id, {}).items()]})
        return out


def report_html(store: Any, *, title: str = "civic-kg report", top: int = 10) -> str:
    """The report on everything in ``store`` as an HTML string."""
    data = gather(store, top=top)
    src = _Sources(data)
    awards = []
    for a in data.awards:
        svg, left_out = timeline_svg(a)
        awards.append({
            "name": a.name, "anchor": _anchor("award", a.iri), "count": len(a.wins),
            "recipients": len(a.recipients), "first": a.years[0], "last": a.years[-1], "left_out": left_out,
            "shown": len(a.recipients) - left_out, "svg": Markup(svg),
            "streaks": [{"recipient": s.recipient, "length": s.length, "first": s.first, "last": s.last,
                         "links": src.links(s.wins)} for s in a.streaks],
            "rows": [{"year": w.year, "recipient": w.recipient, "ranks": ", ".join(map(str, w.ranks)),
                      "categories": "; ".join(w.categories), "status": "stated" if w.stated else "implied by a streak",
                      "links": src.links(w.wins)}
                     for w in sorted(a.wins, key=lambda w: (-w.year, w.ranks[:1] or [999], w.recipient))],
        })
    decorated = [{"place": d.place, "state": d.state, "wins": d.wins, "awards": ", ".join(d.awards),
                  "officials": [{"name": n, "title": t, "links": src.links(h)} for n, t, h in d.officials],
                  "programs": [{"name": n, "links": src.links([p])} for n, p in d.programs]}
                 for d in data.decorated]
    conflicts = [{"recipient": c.recipient, "edition": c.edition, "field": c.field,
                  "stated": [{"value": v, "links": src.links([w])} for v, w in c.values]} for c in data.conflicts]
    counts = {"documents": len(data.documents), "awards": len(data.awards),
              "wins": sum(len(a.wins) for a in data.awards)}
    return render(PAGE, title=title, version=__version__, awards=awards, decorated=decorated,
                  conflicts=conflicts, sources=src.sections(), counts=counts)


def render_report(store: Any, path: str | Path, *, title: str = "civic-kg report", top: int = 10) -> Path:
    """Write the report to ``path`` (atomically) and return the path."""
    return write_page(report_html(store, title=title, top=top), path)
