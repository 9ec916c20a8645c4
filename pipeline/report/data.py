"""What a report shows, gathered from a check run's stored results: per-language summaries,
terminology coverage, the findings, and the six versions of every segment with findings."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.fileio import safe_file_name
from pipeline.lang import profile
from pipeline.model import CheckResult
from pipeline.model import LANGUAGES
from pipeline.report.findings import entry_translations


@dataclass
class Span:
    start: int
    end: int
    kind: str  # "term", "deprecated" or "finding"
    title: str


@dataclass
class Version:
    lang: str
    text: str
    file: str = ""
    line: int = 0
    spans: list[Span] = field(default_factory=list)
    rtl: bool = False


@dataclass
class Segment:
    msgctxt: str
    versions: list[Version]
    codes: list[str]


@dataclass
class ReportData:
    document: str
    source_lang: str
    languages: list[str]
    summary: dict[str, dict]
    coverage: dict[str, dict[str, dict]]  # concept → lang → {"status", "segments"}
    findings: list
    segments: list[Segment]
    signature: dict
    # (file, msgctxt, msgid) → the entry's translations, shown beside each finding (findings.xlsx)
    translations: dict = field(default_factory=dict)


def gather(result: CheckResult, source_lang: str, sign: dict) -> list[ReportData]:
    """One ReportData per document, as the run grouped the catalogs (pipeline/run/documents.py)."""
    by_document: dict[str, list] = defaultdict(list)
    for catalog in result.catalog_files:
        # The name becomes the report's folder: made safe for a path (a catalog named `...po`
        # would otherwise write to reports/../).
        by_document[safe_file_name(catalog.document or Path(catalog.path).stem)].append(catalog)
    reports = []
    for name, catalogs in sorted(by_document.items()):
        files = {c.path for c in catalogs}
        findings = [f for f in result.findings if f.file in files]
        reports.append(_document(name, catalogs, findings, result, source_lang, sign))
    return reports


def _document(name, catalogs, findings, result, source_lang, sign) -> ReportData:
    targets = [c for c in catalogs if c.lang != source_lang]
    languages = [source_lang] + sorted(c.lang for c in targets)
    summary = {}
    for catalog in targets:
        mine = [f for f in findings if f.file == catalog.path]
        summary[catalog.lang] = {
            "file": catalog.path,
            "entries": len(catalog.entries),
            "translated": sum(bool(e.msgstr) for e in catalog.entries),
            "fuzzy": sum(e.fuzzy for e in catalog.entries),
            "by_severity": dict(Counter(f.severity.value for f in mine)),
            "by_family": dict(sorted(Counter(f.code.rstrip("0123456789") for f in mine).items())),
        }
    coverage: dict[str, dict[str, dict]] = defaultdict(dict)
    for catalog in targets:
        for entry in catalog.entries:
            for start, end, concept, status in result.target_terms.get((catalog.path, *entry.key), []):
                cell = coverage[concept].setdefault(catalog.lang, {"status": "found", "segments": []})
                if status in ("deprecated", "forbidden", "superseded"):
                    cell["status"] = "deprecated"
                if label(entry.msgctxt, entry.msgid) not in cell["segments"]:
                    cell["segments"].append(label(entry.msgctxt, entry.msgid))
    for finding in findings:
        if finding.code == "TERM001" and finding.concept:
            cell = coverage[finding.concept].setdefault(finding.lang, {"status": "missing", "segments": []})
            if cell["status"] == "found":
                cell["status"] = "missing"
            if label(finding.msgctxt, finding.msgid) not in cell["segments"]:
                cell["segments"].append(label(finding.msgctxt, finding.msgid))
    segments = _segments(targets, findings, result, source_lang)
    return ReportData(name, source_lang, languages, summary, dict(sorted(coverage.items())), findings, segments, sign,
                      entry_translations(targets))


def label(msgctxt: str, msgid: str) -> str:
    """How a segment is named to a person: its msgctxt, or the start of its source where there
    is none (catalogs of other tools)."""
    return msgctxt or (msgid if len(msgid) <= 40 else msgid[:39] + "…")


def _segments(targets, findings, result, source_lang) -> list[Segment]:
    by_key = defaultdict(list)  # (msgctxt, msgid): the versions of a segment share both
    for finding in findings:
        by_key[(finding.msgctxt, finding.msgid)].append(finding)
    entries = {(c.lang, *e.key): (c, e) for c in targets for e in c.entries}
    order = {e.key: i for c in targets for i, e in enumerate(c.entries)}
    segments = []
    for key in sorted(by_key, key=lambda k: order.get(k, 0)):
        msgctxt = label(*key)
        versions = []
        any_entry = next((entries[(c.lang, *key)] for c in targets if (c.lang, *key) in entries), None)
        if any_entry:
            catalog, entry = any_entry
            source_spans = [Span(s, e, "term", concept) for s, e, concept, _ in result.source_terms.get((catalog.path, *key), [])]
            versions.append(Version(source_lang, entry.msgid, spans=source_spans))
        for catalog in targets:
            if (catalog.lang, *key) not in entries:
                continue
            _, entry = entries[(catalog.lang, *key)]
            spans = [
                Span(s, e, "deprecated" if status in ("deprecated", "forbidden", "superseded") else "term", concept)
                for s, e, concept, status in result.target_terms.get((catalog.path, *key), [])
            ]
            for finding in by_key[key]:
                if finding.lang == catalog.lang and finding.found and finding.found.strip():
                    at = entry.msgstr.find(finding.found)
                    if at >= 0:
                        spans.append(Span(at, at + len(finding.found), "finding", f"{finding.code}: {finding.message}"))
            versions.append(Version(catalog.lang, entry.msgstr, catalog.path, entry.line, spans, profile(catalog.lang).right_to_left))
        segments.append(Segment(msgctxt, versions, sorted({f.code for f in by_key[key]})))
    return segments


def marked_up(version: Version) -> list[tuple[str, str, str]]:
    """The text cut into (text, kind, title) pieces; the innermost mark wins where spans nest
    (a finding over a term, a shorter span over a longer one). Cut at the spans' ends only:
    the work grows with the number of spans, not with the length of the text (a translation
    of a megabyte with one finding is three pieces)."""
    text = version.text
    if not text:
        return [("", "", "")]
    length = len(text)
    # Later spans win: the order in which a character's mark used to be overwritten.
    spans = sorted(version.spans, key=lambda s: (s.kind == "finding", -(s.end - s.start)))
    cuts = sorted({0, length, *(min(max(0, p), length) for span in spans for p in (span.start, span.end))})
    pieces: list[tuple[str, str, str]] = []
    for start, end in zip(cuts, cuts[1:]):
        kind = title = ""
        for span in spans:
            if span.start <= start and end <= span.end:
                kind, title = span.kind, span.title
        if pieces and pieces[-1][1] == kind and pieces[-1][2] == title:
            pieces[-1] = (pieces[-1][0] + text[start:end], kind, title)
        else:
            pieces.append((text[start:end], kind, title))
    return pieces


LANGUAGE_ORDER = LANGUAGES
