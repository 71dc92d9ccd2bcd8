"""The page template of the interactive view (Jinja2, autoescaped).

Kept in Python rather than as a package data file so it ships with the code
under any install.  Everything is inline (vis-network's JS and CSS are
injected by :mod:`kg.viz.render`) and a Content-Security-Policy forbids any
network fetch, so the page works offline and cannot leak requests.

Untrusted text reaches the page only three ways, all safe: autoescaped
``{{ }}`` in HTML, ``|tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``)
inside the script, and ``textContent`` when the script builds tooltips.
"""

from __future__ import annotations

__all__ = ["PAGE"]

PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';
               img-src data:; font-src data:">
<meta name="generator" content="civic-kg {{ version }} (pyvis, vis-network)">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { padding: 0.5rem 1rem; border-bottom: 1px solid #ddd; }
  header h1 { font-size: 1.2rem; margin: 0; }
  header p { margin: 0.2rem 0 0; font-size: 0.85rem; color: #555; }
  header p.warning { color: #8a4b00; }
  main { flex: 1; display: flex; min-height: 0; }
  #mynetwork { flex: 1; min-height: 480px; position: relative; }
  #legend { width: 20rem; padding: 0.5rem 1rem; border-left: 1px solid #ddd; overflow-y: auto; font-size: 0.85rem; }
  #legend h2 { font-size: 0.95rem; margin: 0.3rem 0 0.5rem; }
  #legend ul { list-style: none; padding: 0; margin: 0; }
  #legend li { margin: 0.1rem 0; }
  #legend button.toggle { display: flex; align-items: center; gap: 0.4rem; width: 100%; padding: 0.1rem 0;
    border: 0; background: none; font: inherit; color: inherit; cursor: pointer; text-align: left; }
  #legend button.toggle[aria-pressed="false"] { opacity: 0.35; }
  #legend .swatch { width: 0.9rem; height: 0.9rem; border-radius: 50%; border: 1px solid #0003; flex: none; }
  #legend .count { margin-left: auto; color: #777; }
  #legend .hint { color: #777; margin-top: 1rem; }
  div.vis-tooltip { max-width: 28rem; white-space: normal; font-family: inherit; font-size: 0.8rem; }
  .kg-tip-label { font-weight: 600; font-size: 0.9rem; }
  .kg-tip-type { color: #555; margin-bottom: 0.3rem; }
  .kg-tip-iri { color: #777; font-family: ui-monospace, monospace; font-size: 0.7rem; word-break: break-all; }
  .kg-tip-head { font-weight: 600; margin-top: 0.35rem; }
  .kg-tip-item { margin-left: 0.6rem; }
  .kg-tip-item.sentence { font-style: italic; }
  .kg-tip-source { margin-left: 1.2rem; color: #555; font-size: 0.75rem; }
  header p.note { color: #555; }
  #details { border-top: 1px solid #ddd; margin-top: 0.8rem; padding-top: 0.3rem; }
  #details .kg-tip-item { margin-bottom: 0.2rem; }
</style>
<script>{{ vis_js }}</script>
</head>
<body>
<header>
  <h1>{{ title }}</h1>
  <p id="summary">{{ shown_nodes }} nodes, {{ shown_edges }} edges{% if index_link %}
    · <a href="{{ index_link }}">all views</a>{% endif %}</p>
  {% if capped %}<p id="cap-warning" class="warning">Large graph: showing the {{ shown_nodes }}
    best-connected of {{ total_nodes }} nodes.{% if left_out %} Left out: {{ left_out }}.{% endif %}
    {% if focus_hint %}{{ focus_hint }}{% endif %}</p>{% endif %}
  {% for note in notes %}<p class="note">{{ note }}</p>{% endfor %}
</header>
<main>
  <div id="mynetwork" aria-label="graph view"></div>
  <aside id="legend" aria-label="legend">
    <h2>Node types</h2>
    <ul>
    {% for type_name, colour, count in legend %}
      <li data-type="{{ type_name }}"><button type="button" class="toggle" aria-pressed="true"
        title="Show or hide {{ type_name }} nodes"><span class="swatch" style="background: {{ colour }}"></span>
        <span class="type">{{ type_name }}</span><span class="count">{{ count }}</span></button></li>
    {% endfor %}
    </ul>
    <section id="details" aria-live="polite"><h2>Details</h2>
      <p class="hint">Click a node or an edge to see where it was read: the documents and the
        evidence sentences.</p></section>
    <p class="hint">Hover for a summary. Drag to move, scroll to zoom, click a node to highlight its
      neighbours, click a type above to hide or show it.</p>
  </aside>
</main>
<script>
var network, nodes, edges;
(function () {
  "use strict";
  function tooltip(t, full) {
    var box = document.createElement("div");
    function add(cls, text) {
      var div = document.createElement("div");
      div.className = cls;
      div.textContent = text;
      box.appendChild(div);
    }
    function section(head, items, cls) {
      if (!items || !items.length) { return; }
      add("kg-tip-head", head);
      items.forEach(function (item) { add("kg-tip-item " + cls, item); });
    }
    add("kg-tip-label", t.label);
    add("kg-tip-type", t.type);
    if (t.iri) { add("kg-tip-iri", t.iri); }
    section("Source documents", t.documents, "document");
    section("Evidence", t.sentences, "sentence");
    if (t.evidence && t.evidence.length) {
      add("kg-tip-head", "Evidence");
      var shown = full ? t.evidence : t.evidence.slice(0, 2);
      shown.forEach(function (e) {
        if (e.sentence) { add("kg-tip-item sentence", "\u201c" + e.sentence + "\u201d"); }
        add(e.sentence ? "kg-tip-source" : "kg-tip-item document", e.document);
      });
    }
    if (!full && t.evidence && t.evidence.length > 2) { add("kg-tip-item", "click for all evidence"); }
    else if (t.more) { add("kg-tip-item", t.more); }
    section("Derived from", t.derived_from, "derived");
    section("Properties", t.properties, "property");
    return box;
  }
  var tips = {};
  var nodeData = {{ nodes|tojson }};
  nodeData.forEach(function (n) { tips["n:" + n.id] = n.tip; n.title = tooltip(n.tip); delete n.tip; });
  nodes = new vis.DataSet(nodeData);
  var edgeData = {{ edges|tojson }};
  edgeData.forEach(function (e, i) {
    e.id = "e" + i;
    if (e.tip) { tips["e:" + e.id] = e.tip; e.title = tooltip(e.tip); delete e.tip; }
  });
  edges = new vis.DataSet(edgeData);
  function showDetails(key) {
    var panel = document.getElementById("details");
    var tip = tips[key];
    if (!tip) { return; }
    while (panel.childNodes.length > 1) { panel.removeChild(panel.lastChild); }
    var box = tooltip(tip, true);
    box.id = "details-body";
    panel.appendChild(box);
  }
  var options = {{ options|tojson }};
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, options);
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
  network.on("click", function (params) {
    var focus = params.nodes.length ? params.nodes[0] : null;
    if (focus !== null) { showDetails("n:" + focus); }
    else if (params.edges.length) { showDetails("e:" + params.edges[0]); }
    var keep = focus === null ? null : new Set(network.getConnectedNodes(focus).concat([focus]));
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, opacity: keep === null || keep.has(n.id) ? 1 : 0.2};
    }));
  });
  document.querySelectorAll("#legend button.toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      var type = button.parentNode.getAttribute("data-type");
      var show = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", show ? "true" : "false");
      nodes.update(nodes.get({filter: function (n) { return n.kind === type; }}).map(function (n) {
        return {id: n.id, hidden: !show};
      }));
    });
  });
  window.network = network;
  window.showDetails = showDetails;
})();
</script>
</body>
</html>
"""
