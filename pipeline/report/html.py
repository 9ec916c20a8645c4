"""The six-version report as one self-contained HTML file (inline CSS and JS, no network).

Everything that comes from a document is escaped by Jinja2's autoescaping; the template adds
markup only around spans, never inside the text."""

from __future__ import annotations

import functools
import json
from pathlib import Path, PurePath

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.baseline import recorded_file
from pipeline.lang import profile
from pipeline.metrics import segment_name
from pipeline.printable import visible
from pipeline.report.data import ReportData, label, marked_up


@functools.cache
def _environment() -> Environment:
    # One per process: it keeps each template compiled (compiling the report's took a tenth of
    # a second, at every report written).
    environment = Environment(loader=PackageLoader("pipeline.report", "templates"), autoescape=select_autoescape(default=True),
                              trim_blocks=True, lstrip_blocks=True)
    environment.filters["shown"] = visible  # what a catalog's text shows, not what it does to the page
    return environment


def _template(name: str):
    return _environment().get_template(name)


def render_html(report: ReportData) -> str:
    template = _template("report.html.j2")
    codes = sorted({f.code for f in report.findings})
    return template.render(
        report=report, codes=codes, markup=marked_up, label=label,
        decision_of=lambda finding: _decision_of(report, finding),  # shown in the rows they decide
        baseline_data=_per_file(report),
        document_of=lambda finding: PurePath(finding.file).stem,  # as the fingerprint names it
        # as the baseline the report was built with records a file (else one in the working folder)
        recorded=lambda file: _recorded(report, file),
        signature_text=json.dumps(report.signature, ensure_ascii=False, indent=2),
    )


def _recorded(report: ReportData, file: str) -> str:
    """A finding's file as the report's baseline records it (else one in the working folder)."""
    return recorded_file(file, report.baseline_folder or Path.cwd())


def _decision_of(report: ReportData, finding) -> dict:
    """The baseline's decision on this finding: its fingerprint in its own catalog, or written
    before files were kept (every catalog's); {} where there is none. By fingerprint alone, es's
    decision was shown, and exported, on es_AR's alike finding."""
    file = _recorded(report, finding.file)
    items = [item for item in report.baseline if item["fingerprint"] == finding.fingerprint]
    return next((item for item in items if item.get("file") == file), None) or \
        next((item for item in items if not item.get("file")), {})


def _per_file(report: ReportData) -> list[dict]:
    """The baseline's decisions as the page's export keeps them, one per fingerprint and file:
    a decision written before files were kept, on findings of several catalogs of this report,
    stands as one for each (set back to "—" on one, it left the others' too)."""
    files: dict[str, set[str]] = {}
    for finding in report.findings:
        files.setdefault(finding.fingerprint, set()).add(_recorded(report, finding.file))
    data = []
    for item in report.baseline:
        if item.get("file") or item["fingerprint"] not in files:
            data.append(item)
        else:
            data.extend({**item, "file": file} for file in sorted(files[item["fingerprint"]]))
    return data


def render_score_html(report: dict) -> str:
    """`score --html`: per language the corpus scores, then every changed segment, worst chrF
    first, the draft's words struck out and the revision's underlined (no script, no network)."""
    return _template("score.html.j2").render(report=report, segment_name=segment_name,
                                            rtl=lambda lang: bool(lang) and profile(lang).right_to_left)
