"""Findings as text (like a compiler's messages) and as the JSON contract `hexaglot.findings/1`."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from pipeline import __version__
from pipeline.model import Finding
from pipeline.printable import on_one_line, printable
from pipeline.wordcount import run_words


def text_line(f: Finding) -> str:
    """A finding as one line of text. Every part a catalog or a path gives is kept on its line
    (a line break written `\\n`): a msgctxt or a folder name holding one printed a second line
    that read as a finding of its own to a CI problem matcher, and a carriage return let a
    translation write over the line on a terminal."""
    # Catalogs of other tools mostly have no msgctxt: the file and line say where, alone.
    context = f"[{on_one_line(f.msgctxt)}] " if f.msgctxt else ""
    return f"{on_one_line(f.file)}:{f.line}: {f.code} {f.severity.value}: {context}{on_one_line(f.message)}"


class EntryTexts(NamedTuple):
    """What --show-source and the triage workbook show beside a finding on an entry."""

    forms: tuple[str, ...]  # the msgstr, or every msgstr[n]
    plural_source: str = ""  # msgid_plural: the source of every form but the singular


def entry_translations(catalogs) -> dict[tuple[str, str, str], EntryTexts]:
    """(file, msgctxt, msgid) → the entry's translations and plural source."""
    return {(catalog.path, *entry.key): EntryTexts(entry.plural_forms or (entry.msgstr,), entry.msgid_plural)
            for catalog in catalogs for entry in catalog.entries}


def translation_of(finding: Finding, translations: dict) -> str:
    """The translation a finding is about: the msgstr[n] it was found in (Finding.form), else
    the msgstr."""
    forms = translations.get((finding.file, finding.msgctxt, finding.msgid), EntryTexts(("",))).forms
    return forms[finding.form] if finding.form < len(forms) else forms[0]


def source_lines(finding: Finding, translations: dict) -> list[str]:
    """The source and the translation under a finding's line (`check --show-source`), the
    span the check found bracketed ⟦so⟧: one line each, line breaks shown as `\\n`, tabs as `\\t`. A finding
    on a later plural form shows that form and its source, msgid_plural."""
    translation = translation_of(finding, translations)
    if finding.start is not None and finding.end is not None and 0 <= finding.start <= finding.end <= len(translation):
        translation = (translation[:finding.start] + "⟦" + translation[finding.start:finding.end] + "⟧"
                       + translation[finding.end:])
    texts = translations.get((finding.file, finding.msgctxt, finding.msgid))
    source = texts.plural_source if finding.form and texts is not None and texts.plural_source else finding.msgid
    return [f"    source:      {_shown(source)}", f"    translation: {_shown(translation)}"]


def _shown(text: str) -> str:
    """A text on one line, a tab shown as `\\t` too (`Undo<TAB>Ctrl+Z` and `Annuler    Ctrl+Z`
    looked the same under FMT006's finding), and a backslash typed as `\\\\`, so that `\\t` typed
    is not a tab shown."""
    return on_one_line(text.replace("\\", "\\\\")).replace("\t", "\\t")





def _by_name(hashes: dict[str, str], paths: list[Path]) -> dict[str, str]:
    """The glossaries' hashes by file name, each name once: two glossaries of one name in two
    folders are told apart by their place in the list (`untoc.tbx`, `untoc.tbx (2)`)."""
    if len(hashes) == len(paths):
        return hashes
    named: dict[str, str] = {}
    for path in paths:
        name, count = path.name, 1
        while name in named:
            count += 1
            name = f"{path.name} ({count})"
        named[name] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return named


def signature(glossary_paths: list[Path], source_lang: str, checks: list[str], severity: dict[str, str] | None = None) -> dict:
    """What makes two reports comparable: versions, glossary content, configuration (the
    checks run, and the severities the configuration gives them where it changes one)."""
    from importlib import metadata  # for JSON and SARIF only: 20 ms of every start otherwise

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return ""

    return {
        "hexaglot": __version__,
        # By the glossary's file name, not the path as typed: one run from two working folders
        # (`glossaries/…`, `../glossaries/…`) is comparable (its content is what the hash says).
        "glossaries": _by_name({p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in glossary_paths},
                               glossary_paths),
        "source_lang": source_lang,
        "checks": checks,
        **({"severity": severity} if severity else {}),
        "analysers": {
            "pymorphy3": version("pymorphy3"),
            "pymorphy3-dicts-ru": version("pymorphy3-dicts-ru"),
            "spacy": version("spacy"),
            "spacy-lookups-data": version("spacy-lookups-data"),
            "snowballstemmer": version("snowballstemmer"),
        },
    }


def findings_document(findings: list[Finding], entries_checked: int, sign: dict, coverage: dict | None = None) -> dict:
    return {
        "schema": "hexaglot.findings/1",
        "tool": {"name": "hexaglot", "version": __version__},
        "signature": sign,
        "findings": [_finding_dict(f) for f in findings],
        "summary": _summary(findings, entries_checked, coverage),
    }


def run_coverage(result, notes: list[str]) -> dict:
    """What a run checked and did not, for the summary: each catalog checked with the locale
    it was read as, each catalog not checked with why, and what checks could not look at."""
    empty = result.with_nothing_to_check()  # (a file that holds nothing: CONS010's, no catalog checked)
    return {
        "catalogs": [{"file": path, "locale": result.locales.get(path, "")} for path in result.catalogs if path not in empty],
        "words": run_words(result),  # document → language → pocount's counts of source words
        "not_checked": [{"file": file, "reason": reason} for file, reason in result.catalogs_not_checked()],
        "notes": list(notes),
        # Findings translators silenced in the catalogs (`# hexaglot: ignore`), as the text
        # summary counts them: a gate's clean JSON said nothing of them.
        "suppressed": result.suppressed,
    }


def _summary(findings: list[Finding], entries_checked: int, coverage: dict | None = None) -> dict:
    summary = {
        "entries_checked": entries_checked,
        "findings": len(findings),
        "by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "by_lang": dict(sorted(Counter(f.lang for f in findings).items())),
        "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
    }
    if coverage is not None:
        summary["catalogs_checked"] = len(coverage["catalogs"])
        summary.update(coverage)
    return summary


def _finding_dict(finding: Finding) -> dict:
    data = {
        "code": finding.code,
        "severity": finding.severity.value,
        "lang": finding.lang,
        "file": finding.file,
        "line": finding.line,
        "msgctxt": finding.msgctxt,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
    }
    if finding.form:
        # A finding on a later plural form: which msgstr[n] (its line is that form's).
        data["form"] = finding.form
    if finding.start is not None:
        # Where in the msgstr (the msgstr[n] of a plural entry) the check found it: column is
        # its first character counted from 1, start and end the offsets [start, end).
        data.update({"column": finding.start + 1, "start": finding.start, "end": finding.end})
    if finding.concept:
        data.update({"concept": finding.concept, "source_term": finding.source_term, "expected": list(finding.expected)})
        if finding.found:
            data["found"] = finding.found
    return data


def findings_json_parts(findings: list[Finding], entries_checked: int, sign: dict, coverage: dict | None = None,
                        accepted: frozenset | set = frozenset()) -> Iterator[str]:
    """The document indented, each finding on a line of its own: one finding, one line, for
    grep and diff; and written by json's C encoder, which an indented dump does not use (an
    indented dump of 250,000 findings took seconds, after every check had ended). In parts
    (the head, a line per finding, the tail) so that a run's findings are written without
    their whole text in memory at once: built whole, the JSON of a million-entry run's
    250,000 findings took the run's peak memory to 1,436 MiB; written in parts, 760 MiB.
    `accepted`: findings a baseline accepts (a report's page shows them, marked): each is
    written with `"status": "accepted"`, and the summary counts the others."""
    counted = [finding for finding in findings if finding not in accepted] if accepted else findings
    document = {**findings_document([], entries_checked, sign), "summary": _summary(counted, entries_checked, coverage)}
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if not findings:
        yield text + "\n"
        return
    head, tail = text.split('\n  "findings": [],', 1)
    yield head + '\n  "findings": [\n'
    for index, finding in enumerate(findings):
        data = _finding_dict(finding)
        if accepted and finding in accepted:
            data["status"] = "accepted"
        yield ("    " if index == 0 else ",\n    ") + json.dumps(data, ensure_ascii=False)
    yield "\n  ]," + tail + "\n"
