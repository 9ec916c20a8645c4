"""`score --html`: what revision changed, as one self-contained page (inline CSS, no script,
no network): per language the corpus scores, then every changed segment, worst chrF first,
with the draft's words struck out and the revision's underlined. Text from the catalogs is
escaped by Jinja2's autoescaping; markup is added only around the diff's pieces."""

from __future__ import annotations

from importlib.resources import files

from jinja2 import Environment, select_autoescape

from pipeline.lang import profile


def render_score_html(report: dict) -> str:
    environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string((files("pipeline.report") / "templates" / "score.html.j2").read_text(encoding="utf-8"))
    return template.render(report=report, rtl=lambda lang: bool(lang) and profile(lang).right_to_left)
