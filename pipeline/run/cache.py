"""The incremental cache of checked documents.

DocumentCache keeps each document's findings in a folder, under two keys: one made of the
content of the document's catalogs (and template), the settings and hexaglot's version, for
the findings that do not depend on the glossary; the same plus the glossary's content for the
TERM findings. A changed catalog invalidates its document; a changed glossary invalidates the
TERM findings only; changed settings invalidate everything. Each document's run index is kept
beside its findings, and the run-wide findings (CONS004, CONS005) under a key made of every
document's: a run over an unchanged tree reads neither the indexes nor the texts they hold,
only the findings. Whatever is stored is validated when read: an entry of another shape
(another version's, damaged, tampered with) is a miss, never a finding with a wrong field.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from pipeline import __version__
from pipeline.fileio import atomic_write_bytes
from pipeline.model import CheckResult, Finding, RunIndex, Severity, SkippedCatalog, TermOccurrence


def _finding_to_json(finding: Finding) -> dict:
    data = asdict(finding)
    data["severity"] = finding.severity.value
    data["expected"] = list(finding.expected)
    return data


_TEXT_FIELDS = ("code", "lang", "file", "msgctxt", "message", "concept", "source_term", "found", "msgid", "msgstr")
_OFFSET_FIELDS = ("start", "end")


def _finding_from_json(data) -> Finding:
    """A stored finding; ValueError for anything of another shape (a cache entry written by
    another version, damaged or tampered with is a miss, not a finding with a wrong field)."""
    if not isinstance(data, dict) or set(data) != set(_TEXT_FIELDS) | {"severity", "line", "expected", "replacement", *_OFFSET_FIELDS}:
        raise ValueError("not a finding")
    if not all(isinstance(data[name], str) for name in _TEXT_FIELDS) or type(data["line"]) is not int:
        raise ValueError("not a finding")
    if not all(data[name] is None or type(data[name]) is int for name in _OFFSET_FIELDS):
        raise ValueError("not a finding")
    if data["replacement"] is not None and not isinstance(data["replacement"], str):
        raise ValueError("not a finding")
    expected = data["expected"]
    if not isinstance(expected, list) or not all(isinstance(text, str) for text in expected):
        raise ValueError("not a finding")
    return Finding(**{**data, "severity": Severity(data["severity"]), "expected": tuple(expected)})


def _whole_number(value) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a count")
    return value


def _locales(value) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError("not a table of locales")
    return value


def _skipped(value) -> list[SkippedCatalog]:
    if not isinstance(value, list) or not all(isinstance(item, list) and len(item) == 2
                                              and all(isinstance(part, str) for part in item) for item in value):
        raise ValueError("not a list of skipped catalogs")
    return [SkippedCatalog(*item) for item in value]


def _occurrences(value) -> tuple[dict, dict]:
    """The term occurrences a report's run stored: (target, source), each keyed on (file,
    msgctxt, msgid). ValueError for anything of another shape."""
    if not isinstance(value, list):
        raise ValueError("not a list of occurrences")
    tables: dict[str, dict] = {"target": {}, "source": {}}
    for item in value:
        if (not isinstance(item, list) or len(item) != 8 or item[3] not in tables
                or not all(isinstance(part, str) for part in (*item[:3], *item[6:])) or not all(type(n) is int for n in item[4:6])):
            raise ValueError("not an occurrence")
        tables[item[3]].setdefault(tuple(item[:3]), []).append(TermOccurrence(*item[4:]))
    return tables["target"], tables["source"]


def _words(value) -> dict[str, dict[str, int]]:
    if not isinstance(value, dict) or not all(isinstance(path, str) and isinstance(counts, dict)
                                              and all(isinstance(k, str) and type(n) is int and n >= 0 for k, n in counts.items())
                                              for path, counts in value.items()):
        raise ValueError("not a table of word counts")
    return value


def _paths(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(path, str) for path in value):
        raise ValueError("not a list of paths")
    return value


class DocumentCache:
    """The findings of checked documents, in a folder, keyed on their content (see above)."""

    def __init__(self, folder: Path, glossaries, settings, codes: list[str]):
        self.folder = folder
        self.settings_key = json.dumps([__version__, repr(settings), codes], sort_keys=True)
        glossary_text = json.dumps([repr(g) for g in glossaries])
        self.glossary_key = hashlib.sha256(glossary_text.encode("utf-8")).hexdigest()

    def keys(self, paths: list[Path], template: Path | None, base: Path | None = None) -> tuple[str, str]:
        """The document's two keys: its content with the settings, and that with the glossary.
        Paths are named as given and read from `base` when it is given (see DocumentChecker.check)."""
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for path in [*paths, *([template] if template else [])]:
            located = base / path if base is not None else path
            digest.update(str(path).encode("utf-8") + b"\0" + hashlib.sha256(located.read_bytes()).digest())
        base = digest.hexdigest()
        return base, hashlib.sha256((base + self.glossary_key).encode("ascii")).hexdigest()

    def has(self, keys: tuple[str, str]) -> bool:
        return (self.folder / f"{keys[0]}.json").is_file() and (self.folder / f"{keys[1]}.terms.json").is_file()

    def load(self, keys: tuple[str, str], with_index: bool = True):
        """The document's stored result, or None; without its run index when the run-wide
        findings are at hand (load_run)."""
        base, terms = keys
        try:
            data = json.loads((self.folder / f"{base}.json").read_text(encoding="utf-8"))
            term_data = json.loads((self.folder / f"{terms}.terms.json").read_text(encoding="utf-8"))
            index = RunIndex.from_json(json.loads((self.folder / f"{base}.index.json").read_text(encoding="utf-8"))) if with_index else RunIndex()
            target_terms, source_terms = _occurrences(term_data.get("occurrences", []))
            return CheckResult(
                target_terms=target_terms, source_terms=source_terms,
                findings=[_finding_from_json(f) for f in data["findings"] + term_data["findings"]],
                entries_checked=_whole_number(data["entries_checked"]), catalogs=_paths(data["catalogs"]),
                locales=_locales(data["locales"]), skipped=_skipped(data["skipped"]), words=_words(data.get("words", {})),
                suppressed=_whole_number(data["suppressed"]) + _whole_number(term_data["suppressed"]),
                run_index=index,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, damaged or of another shape: a miss, never an error

    def store(self, paths: list[Path], template: Path | None, part, located_in: Path | None = None) -> None:
        base, terms = self.keys(paths, template, located_in)
        plain = [f for f in part.findings if not f.code.startswith("TERM")]
        term_findings = [f for f in part.findings if f.code.startswith("TERM")]
        data = {"findings": [_finding_to_json(f) for f in plain], "entries_checked": part.entries_checked,
                "catalogs": part.catalogs, "locales": part.locales, "words": part.words,
                "skipped": [[skipped.file, skipped.reason] for skipped in part.skipped], "suppressed": part.suppressed}
        # The index first and the findings last: a document counts as stored once its findings are.
        atomic_write_bytes(self.folder / f"{base}.index.json", json.dumps(part.run_index.to_json(), ensure_ascii=False).encode("utf-8"))
        stored_terms = {"findings": [_finding_to_json(f) for f in term_findings], "suppressed": 0}
        if part.target_terms or part.source_terms:  # a report's run: the terms it marks (TermOccurrence)
            stored_terms["occurrences"] = [[*key, side, *occurrence] for side, table in (("target", part.target_terms), ("source", part.source_terms))
                                           for key, occurrences in table.items() for occurrence in occurrences]
        atomic_write_bytes(self.folder / f"{terms}.terms.json", json.dumps(stored_terms, ensure_ascii=False).encode("utf-8"))
        atomic_write_bytes(self.folder / f"{base}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def run_key(self, document_keys: list[tuple[str, str]]) -> str:
        """The run-wide findings depend on every document's content, in order, and the settings."""
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for base, _ in document_keys:
            digest.update(base.encode("ascii"))
        return digest.hexdigest()

    def load_run(self, key: str) -> list[Finding] | None:
        try:
            data = json.loads((self.folder / f"{key}.run.json").read_text(encoding="utf-8"))
            return [_finding_from_json(f) for f in data["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store_run(self, key: str, findings: list[Finding]) -> None:
        atomic_write_bytes(self.folder / f"{key}.run.json",
                           json.dumps({"findings": [_finding_to_json(f) for f in findings]}, ensure_ascii=False).encode("utf-8"))
