"""What crosses catalogs, kept small (RunIndex), and the incremental cache of checked documents.

RunIndex holds what the run-wide checks (CONS004, CONS005) need, one record per distinct
(source, translation) pair rather than per entry, so that memory grows with the variety of
the text, not with the number of catalogs.

DocumentCache keeps each document's findings in a folder, under two keys: one made of the
content of the document's catalogs (and template), the settings and hexaglot's version, for
the findings that do not depend on the glossary; the same plus the glossary's content for the
TERM findings. A changed catalog invalidates its document; a changed glossary invalidates the
TERM findings only; changed settings invalidate everything.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from pathlib import Path

from pipeline import __version__
from pipeline.model import Finding, Severity


def _kind(msgctxt: str) -> str:
    return "cell" if msgctxt.startswith("annex/") else "text"


def normal_source(text: str) -> str:
    """A source with punctuation and case set aside: what CONS005 compares."""
    return re.sub(r"\W+", " ", text).strip().casefold()


class RunIndex:
    """Each record keeps the earliest place (file, line) it is used, not the first place met:
    parts of a run are checked in any order (processes, the cache, a cluster) and merged as
    they come, and the run-wide findings must not depend on that order."""

    def __init__(self):
        # (lang, kind, msgid) → msgstr → [count, file, line, msgctxt] (the earliest place it is used)
        self.by_source: dict[tuple[str, str, str], dict[str, list]] = {}
        # (lang, msgstr) → msgid → [file, line, msgctxt] (the earliest place)
        self.by_translation: dict[tuple[str, str], dict[str, list]] = {}

    def add(self, context) -> None:
        entry, lang, path = context.entry, context.lang, context.catalog.path
        variants = self.by_source.setdefault((lang, _kind(entry.msgctxt), entry.msgid), {})
        known = variants.get(entry.msgstr)
        if known is None:
            variants[entry.msgstr] = [1, path, entry.line, entry.msgctxt]
        else:
            known[0] += 1
            if (path, entry.line) < (known[1], known[2]):
                known[1:] = [path, entry.line, entry.msgctxt]
        if len(entry.msgstr.split()) >= 3:
            # Keyed on the source as written; sources that differ only in punctuation and case
            # are taken as one by CONS005 (normalised there, for the few translations that have
            # two sources, not here for every entry).
            sources = self.by_translation.setdefault((lang, entry.msgstr), {})
            where = [path, entry.line, entry.msgctxt]
            source = entry.msgid
            if source not in sources or where[:2] < sources[source][:2]:
                sources[source] = where

    def merge(self, other: "RunIndex") -> None:
        for key, variants in other.by_source.items():
            mine = self.by_source.setdefault(key, {})
            for msgstr, (count, *where) in variants.items():
                known = mine.get(msgstr)
                if known is None:
                    mine[msgstr] = [count, *where]
                else:
                    known[0] += count
                    if where[:2] < known[1:3]:
                        known[1:] = where
        for key, sources in other.by_translation.items():
            mine = self.by_translation.setdefault(key, {})
            for source, where in sources.items():
                if source not in mine or where[:2] < mine[source][:2]:
                    mine[source] = where

    def to_json(self) -> dict:
        return {
            "by_source": [[list(key), variants] for key, variants in self.by_source.items()],
            "by_translation": [[list(key), sources] for key, sources in self.by_translation.items()],
        }

    @classmethod
    def from_json(cls, data: dict) -> "RunIndex":
        index = cls()
        index.by_source = {tuple(key): variants for key, variants in data["by_source"]}
        index.by_translation = {tuple(key): sources for key, sources in data["by_translation"]}
        return index


def _finding_to_json(finding: Finding) -> dict:
    data = asdict(finding)
    data["severity"] = finding.severity.value
    data["expected"] = list(finding.expected)
    return data


def _finding_from_json(data: dict) -> Finding:
    return Finding(**{**data, "severity": Severity(data["severity"]), "expected": tuple(data["expected"])})


class DocumentCache:
    def __init__(self, folder: Path, glossaries, settings, codes: list[str]):
        self.folder = folder
        self.settings_key = json.dumps([__version__, repr(settings), codes], sort_keys=True)
        glossary_text = json.dumps([repr(g) for g in glossaries])
        self.glossary_key = hashlib.sha256(glossary_text.encode("utf-8")).hexdigest()

    def _keys(self, paths: list[Path], template: Path | None) -> tuple[str, str]:
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for path in [*paths, *([template] if template else [])]:
            digest.update(str(path).encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        base = digest.hexdigest()
        return base, hashlib.sha256((base + self.glossary_key).encode("ascii")).hexdigest()

    def load(self, paths: list[Path], template: Path | None):
        from pipeline.checking import CheckResult

        base, terms = self._keys(paths, template)
        base_file, terms_file = self.folder / f"{base}.json", self.folder / f"{terms}.terms.json"
        if not base_file.is_file() or not terms_file.is_file():
            return None
        try:
            data = json.loads(base_file.read_text(encoding="utf-8"))
            term_data = json.loads(terms_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged cache entry is a miss, never an error
        return CheckResult(
            findings=[_finding_from_json(f) for f in data["findings"] + term_data["findings"]],
            entries_checked=data["entries_checked"], catalogs=data["catalogs"], suppressed=data["suppressed"] + term_data["suppressed"],
            run_index=RunIndex.from_json(data["run_index"]),
        )

    def store(self, paths: list[Path], template: Path | None, part) -> None:
        from pipeline.fileio import atomic_write_bytes

        base, terms = self._keys(paths, template)
        plain = [f for f in part.findings if not f.code.startswith("TERM")]
        term_findings = [f for f in part.findings if f.code.startswith("TERM")]
        data = {"findings": [_finding_to_json(f) for f in plain], "entries_checked": part.entries_checked,
                "catalogs": part.catalogs, "suppressed": part.suppressed, "run_index": part.run_index.to_json()}
        atomic_write_bytes(self.folder / f"{base}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))
        atomic_write_bytes(self.folder / f"{terms}.terms.json",
                           json.dumps({"findings": [_finding_to_json(f) for f in term_findings], "suppressed": 0}, ensure_ascii=False).encode("utf-8"))
