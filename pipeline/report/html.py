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
    # Each catalog as the report's baseline records it (else one in the working folder), worked
    # out once per file, and the baseline's decisions by fingerprint: asked of every finding.
    folder = report.baseline_folder or Path.cwd()
    recorded = functools.lru_cache(maxsize=None)(lambda file: recorded_file(file, folder))
    by_fingerprint: dict[str, list[dict]] = {}
    for item in report.baseline:
        by_fingerprint.setdefault(item["fingerprint"], []).append(item)
    return template.render(
        report=report, codes=codes, markup=marked_up, label=label,
        decision_of=lambda finding: _decision_of(by_fingerprint.get(finding.fingerprint, ()), recorded(finding.file)),
        baseline_data=_per_file(report, recorded),
        document_of=lambda finding: PurePath(finding.file).stem,  # as the fingerprint names it
        recorded=recorded,
        signature_text=json.dumps(report.signature, ensure_ascii=False, indent=2),
    )


def _decision_of(items, file: str) -> dict:
    """The baseline's decision (of `items`, those of a finding's fingerprint) on the finding in
    `file`: its own catalog's, or one written before files were kept (every catalog's); {}
    where there is none. By fingerprint alone, es's decision was shown, and exported, on
    es_AR's alike finding."""
    return next((item for item in items if item.get("file") == file), None) or \
        next((item for item in items if not item.get("file")), {})


def _per_file(report: ReportData, recorded) -> list[dict]:
    """The baseline's decisions as the page's export keeps them, one per fingerprint and file:
    a decision written before files were kept, on findings of several catalogs of this report,
    stands as one for each (set back to "—" on one, it left the others' too)."""
    files: dict[str, set[str]] = {}
    for finding in report.findings:
        files.setdefault(finding.fingerprint, set()).add(recorded(finding.file))
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
