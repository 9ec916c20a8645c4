"""What a report shows, gathered from a check run's stored results: per-language summaries,
terminology coverage, the findings, and the six versions of every segment with findings."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import safe_file_name
from pipeline.lang import profile
from pipeline.model import CheckResult
from pipeline.model import LANGUAGES
from pipeline.report.findings import entry_translations
from pipeline.wordcount import catalog_words


@dataclass
class Span:
    start: int
    end: int
    kind: str  # "term", "deprecated", "finding" (at the check's offsets) or "entry" (a finding about the whole entry)
    title: str
    # A finding's mark carries what the page's filters test, so that they hide it too.
    code: str = ""
    severity: str = ""
    status: str = ""  # "new" or "accepted" (in the baseline the report was built with)


@dataclass
class Version:
    lang: str
    text: str
    file: str = ""
    line: int = 0
    spans: list[Span] = field(default_factory=list)
    rtl: bool = False
    # Which text of a plural entry this is (`msgid_plural`, `msgstr[2]`): each is shown apart,
    # so that a finding on msgstr[2] is marked in msgstr[2]. "" for an entry without plural.
    form: str = ""


@dataclass
class Segment:
    msgctxt: str  # how it is named to a person (label)
    versions: list[Version]
    codes: list[str]
    findings: list = field(default_factory=list)  # (finding, "new" or "accepted"): what the filters test
    anchor: str = ""  # its element's id in the page (Anchors)


class Anchors:
    """A page's id for each segment, by (msgctxt, msgid): `seg-` and its label, spaces made `_`
    (an id holds none), and `-2`, `-3` after a label another segment has (`Save 5` as a
    msgctxt and as a msgid alone, two long msgids that start alike): two sections of one id
    sent each link to the first."""

    def __init__(self):
        self.given: dict[tuple[str, str], str] = {}
        self.taken: set[str] = set()

    def __call__(self, msgctxt: str, msgid: str) -> str:
        key = (msgctxt, msgid)
        if key not in self.given:
            base = "seg-" + _SPACES.sub("_", label(msgctxt, msgid))
            anchor, number = base, 1
            while anchor in self.taken:
                number += 1
                anchor = f"{base}-{number}"
            self.given[key] = anchor
            self.taken.add(anchor)
        return self.given[key]


_SPACES = re.compile(r"\s+")


@dataclass
class ReportData:
    document: str
    source_lang: str
    languages: list[str]
    summary: dict[str, dict]
    coverage: dict[str, dict[str, list["CoverageMark"]]]  # concept → lang → a mark per segment
    findings: list
    segments: list[Segment]
    signature: dict
    # (file, msgctxt, msgid) → the entry's translations, shown beside each finding (findings.xlsx)
    translations: dict = field(default_factory=dict)
    # The findings the baseline (--baseline) accepts, and every finding it holds: the page
    # exports them with the decisions made in it, so none is lost.
    accepted: set = field(default_factory=set)
    baseline: list = field(default_factory=list)
    # The folder of the baseline file the report was built with (its decisions' files are
    # relative to it), else None: the page's exported decisions name files as it would.
    baseline_folder: Path | None = None
    anchor: Anchors = field(default_factory=Anchors)  # (msgctxt, msgid) → the segment's id in the page
    # What the run did not check, of this document or of no document in particular (a catalog
    # passed over, a language no catalog holds, fuzzy entries): the page said only what it showed.
    not_checked: list[str] = field(default_factory=list)

    def status(self, finding) -> str:
        return "accepted" if finding in self.accepted else "new"

    @property
    def new_findings(self) -> list:
        """The findings the baseline does not accept: what the page's counts and its
        findings.json are about, as `check --baseline` counts."""
        return [finding for finding in self.findings if finding not in self.accepted]


def gather(result: CheckResult, source_lang: str, sign: dict, baseline=None) -> list[ReportData]:
    """One ReportData per document, as the run grouped the catalogs (pipeline/run/documents.py);
    findings the baseline (pipeline/baseline.py) holds are marked accepted, not left out."""
    by_document: dict[str, list] = defaultdict(list)
    named: dict[str, dict[str, str]] = defaultdict(dict)  # a report's folder → its documents' names → a catalog
    for catalog in result.catalog_files:
        # The name becomes the report's folder: made safe for a path (a catalog named `...po`
        # would otherwise write to reports/../).
        document = catalog.document or Path(catalog.path).stem
        by_document[safe_file_name(document)].append(catalog)
        named[safe_file_name(document)].setdefault(document, catalog.path)
    for folder, documents in named.items():
        if len(documents) > 1:
            # (`résolution` in NFC and in NFD, `a\b` and `a_b`: the second's page was written over the first's)
            shown = " and ".join(repr(name) for name in documents)
            raise HexaglotInputError("E022", next(iter(documents.values())), f"the documents {shown} would be reported in "
                                     f"one folder, '{folder}': rename one of them")
    # Which findings the baseline accepts is the run's to say, not a document's: one accepted
    # finding is one finding of the run (Baseline.split).
    accepted = set(baseline.split(result.findings).accepted) if baseline is not None else set()
    reports = []
    for name, catalogs in sorted(by_document.items()):
        files = {c.path for c in catalogs}
        findings = [f for f in result.findings if f.file in files]
        reports.append(_document(name, catalogs, findings, result, source_lang, sign, baseline, accepted))
    return reports


def _document(name, catalogs, findings, result, source_lang, sign, baseline, accepted=frozenset()) -> ReportData:
    targets = [c for c in catalogs if c.lang != source_lang]
    languages = [source_lang] + sorted(c.lang for c in targets)
    summary = {}
    for catalog in targets:
        # The counts are the findings still to be seen: those the baseline accepts are counted
        # apart, as `check --baseline` counts them (the page marks them, and they stay in it).
        mine = [f for f in findings if f.file == catalog.path and f not in accepted]
        words = catalog_words(catalog)
        summary[catalog.lang] = {
            "file": catalog.path,
            "entries": len(catalog.entries),
            # (each entry in one state, as its words are counted: a fuzzy one is not translated)
            "translated": words["entries_translated"],
            "fuzzy": words["entries_fuzzy"],
            "untranslated": words["entries_untranslated"],
            "by_severity": dict(Counter(f.severity.value for f in mine)),
            "by_family": dict(sorted(Counter(f.code.rstrip("0123456789") for f in mine).items())),
            "accepted": sum(f.file == catalog.path and f in accepted for f in findings),
            "words": words,
        }
    anchors = Anchors()
    coverage = _coverage(targets, findings, result, anchors)
    report = ReportData(name, source_lang, languages, summary, dict(sorted(coverage.items())), findings, [], sign,
                        entry_translations(targets), anchor=anchors)
    if baseline is not None:  # before the segments, whose findings and marks carry their status
        report.accepted = accepted
        report.baseline = [asdict(item) for item in baseline.accepted]
        report.baseline_folder = baseline.folder
    report.segments = _segments(targets, findings, result, source_lang, report.status, anchors)
    return report


@dataclass
class CoverageMark:
    """How one segment renders one concept in one language: an approved term found, missing
    (TERM001) or a deprecated term (TERM002). Per segment, not per row: one segment of several
    with a deprecated term does not make the concept deprecated everywhere."""

    segment: str
    status: str  # "found", "missing" or "deprecated"
    finding: object = None  # the TERM001 or TERM002 finding behind a missing or deprecated mark
    anchor: str = ""  # the segment's id in the page


_BAD_STATUSES = ("deprecated", "forbidden", "superseded")


def _coverage(targets, findings, result, anchors: Anchors) -> dict[str, dict[str, list[CoverageMark]]]:
    marks: dict[tuple[str, str, str], CoverageMark] = {}  # (concept, lang, segment's anchor) → its mark
    for catalog in targets:
        for entry in catalog.entries:
            found = result.target_terms.get((catalog.path, *entry.key))
            if not found:
                continue
            segment = anchors(entry.msgctxt, entry.msgid)
            # Only the concepts the source names there (`主席` inside `主席团`, the Bureau, made
            # a row of `chair` for Chinese alone, where the English has no Chair).
            # (a source that names none is stored as no occurrence: none, from the cache as fresh;
            # read as "not known", the cached report marked the target's terms found)
            named = result.source_terms.get((catalog.path, *entry.key), ())
            for _, _, concept, status in found:
                if all(occurrence[2] != concept for occurrence in named):
                    continue
                mark = marks.setdefault((concept, catalog.lang, segment),
                                        CoverageMark(label(entry.msgctxt, entry.msgid), "found", anchor=segment))
                if status in _BAD_STATUSES:
                    mark.status = "deprecated"
    for finding in findings:
        if finding.code in ("TERM001", "TERM002") and finding.concept:
            segment = anchors(finding.msgctxt, finding.msgid)
            mark = marks.setdefault((finding.concept, finding.lang, segment),
                                    CoverageMark(label(finding.msgctxt, finding.msgid), "found", anchor=segment))
            if finding.code == "TERM002":
                mark.status, mark.finding = "deprecated", finding
            elif mark.status == "found":
                mark.status, mark.finding = "missing", finding
    coverage: dict[str, dict[str, list[CoverageMark]]] = defaultdict(dict)
    for (concept, lang, _), mark in marks.items():
        coverage[concept].setdefault(lang, []).append(mark)
    return coverage


def label(msgctxt: str, msgid: str) -> str:
    """How a segment is named to a person: its msgctxt, or the start of its source where there
    is none (catalogs of other tools); the header, for a finding on the catalog as a whole."""
    if not msgctxt and not msgid:
        return "(the catalog's header)"
    return msgctxt or (msgid if len(msgid) <= 40 else msgid[:39] + "…")


def finding_span(finding, text: str, status: str = "new") -> Span:
    """Where the check found it, from its own offsets: never by searching the text again (that
    marks the first of two equal words). A finding without offsets, or with offsets that do
    not fit the text, marks the whole entry."""
    start, end, kind = finding.start, finding.end, "finding"
    if start is None or end is None or not 0 <= start <= end <= len(text):
        start, end, kind = 0, len(text), "entry"
    return Span(start, end, kind, f"{finding.code}: {finding.message}", finding.code, finding.severity.value, status)


def _segments(targets, findings, result, source_lang, status, anchors: Anchors) -> list[Segment]:
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
            versions.append(Version(source_lang, entry.msgid, spans=source_spans, form="msgid" if entry.msgid_plural else ""))
            if entry.msgid_plural:
                versions.append(Version(source_lang, entry.msgid_plural, form="msgid_plural"))
        for catalog in targets:
            if (catalog.lang, *key) in entries:
                versions.extend(_target_versions(catalog, entries[(catalog.lang, *key)][1], by_key[key], result, status))
        segments.append(Segment(msgctxt, versions, sorted({f.code for f in by_key[key]}),
                                [(f, status(f)) for f in by_key[key]], anchors(*key)))
    return segments


def _target_versions(catalog, entry, findings, result, status) -> list[Version]:
    """A translation as the report shows it: the msgstr, or each msgstr[n] of a plural entry,
    with the glossary terms found (in the msgstr or msgstr[0], where the term checks read) and
    the findings on each form marked at their offsets."""
    forms = entry.plural_forms or (entry.msgstr,)
    terms = [Span(s, e, "deprecated" if term_status in _BAD_STATUSES else "term", concept)
             for s, e, concept, term_status in result.target_terms.get((catalog.path, *entry.key), [])]
    versions = []
    for number, text in enumerate(forms):
        spans = list(terms) if number == 0 else []
        spans += [finding_span(finding, text, status(finding)) for finding in findings
                  if finding.lang == catalog.lang and finding.file == catalog.path
                  and min(finding.form, len(forms) - 1) == number]
        # The msgstr's line, as the findings name it (docs/triage.md), not the entry's first comment's.
        line = entry.form_line(number) if entry.plural_forms else entry.finding_line
        versions.append(Version(catalog.lang, text, catalog.path, line, spans,
                                profile(catalog.lang).right_to_left, f"msgstr[{number}]" if entry.plural_forms else ""))
    return versions


def marked_up(version: Version) -> list[tuple[str, str, str, Span | None]]:
    """The text cut into (text, kind, title, span) pieces; the innermost mark wins where spans nest
    (a finding over a term, a shorter span over a longer one). Cut at the spans' ends only:
    the work grows with the number of spans, not with the length of the text (a translation
    of a megabyte with one finding is three pieces)."""
    text = version.text
    if not text:
        return [("", "", "", None)]
    length = len(text)
    # Later spans win: the order in which a character's mark used to be overwritten.
    spans = sorted(version.spans, key=lambda s: (s.kind in ("finding", "entry"), -(s.end - s.start)))
    cuts = sorted({0, length, *(min(max(0, p), length) for span in spans for p in (span.start, span.end))})
    pieces: list[tuple[str, str, str, Span | None]] = []
    for start, end in zip(cuts, cuts[1:]):
        kind = title = ""
        chosen = None
        for span in spans:
            if span.start <= start and end <= span.end:
                kind, title, chosen = span.kind, span.title, span
        if pieces and pieces[-1][1:3] == (kind, title) and _marks_alike(pieces[-1][3], chosen):
            pieces[-1] = (pieces[-1][0] + text[start:end], kind, title, chosen)
        else:
            pieces.append((text[start:end], kind, title, chosen))
    return pieces


def _marks_alike(one: Span | None, other: Span | None) -> bool:
    """Two pieces read as one mark: the same kind and title, and the same for the filters."""
    if one is None or other is None:
        return one is other
    return (one.code, one.severity, one.status) == (other.code, other.severity, other.status)


LANGUAGE_ORDER = LANGUAGES
