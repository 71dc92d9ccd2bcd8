"""The HTML page every generated document page starts from (the report, the views' index).

Why one base: the pages share their head (charset, viewport, a Content-Security-Policy that allows no
script and no outside request, the generator line) and their base styles; each page adds only what it
needs (an image source for inline plots, a wider column, its own rules) through blocks, so a policy
change is made once.

>>> html = render('{% extends "base.html" %}{% block body %}<p>{{ x }}</p>{% endblock %}', x="<b>")
>>> "&lt;b&gt;" in html and "Content-Security-Policy" in html
True
"""

from __future__ import annotations

from typing import Any

from jinja2 import DictLoader, Environment

__all__ = ["BASE", "render"]

BASE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; style-src 'unsafe-inline'{% block csp %}{% endblock %}">
<meta name="generator" content="civic-kg {{ version }}{% block generator %}{% endblock %}">
<title>{{ title }}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222;
         max-width: {% block width %}60rem{% endblock %}; margin: 1.5rem auto; padding: 0 1rem;
         {%- block body_style %}{% endblock %} }
{% block style %}{% endblock %}</style>
</head>
<body>
{% block body %}{% endblock %}
</body>
</html>
"""


def render(template: str, **context: Any) -> str:
    """``template`` (which may extend ``base.html``) rendered with HTML escaping on."""
    env = Environment(loader=DictLoader({"base.html": BASE}), autoescape=True, keep_trailing_newline=True)
    return env.from_string(template).render(**context)
