"""What crosses catalogs, kept small (RunIndex), and the incremental cache of checked documents.

RunIndex holds what the run-wide checks (CONS004, CONS005) need, one record per distinct
(source, translation) pair rather than per entry, so that memory grows with the variety of
the text, not with the number of catalogs.

DocumentCache keeps each document's findings in a folder, under two keys: one made of the
content of the document's catalogs (and template), the settings and hexaglot's version, for
the findings that do not depend on the glossary; the same plus the glossary's content for the
TERM findings. A changed catalog invalidates its document; a changed glossary invalidates the
TERM findings only; changed settings invalidate everything. Each document's run index is kept
beside its findings, and the run-wide findings (CONS004, CONS005) under a key made of every
document's: a run over an unchanged tree reads neither the indexes nor the texts they hold,
only the findings.
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
        if len(entry.msgstr.split(None, 2)) == 3:  # three words or more (splitting stops at the third)
            # Keyed on the source as written; sources that differ only in punctuation and case
            # are taken as one by CONS005 (normalised there, for the few translations that have
            # two sources, not here for every entry).
            sources = self.by_translation.setdefault((lang, entry.msgstr), {})
            where = [path, entry.line, entry.msgctxt]
            source = entry.msgid
            if source not in sources or where[:2] < sources[source][:2]:
                sources[source] = where

    def merge(self, other: "RunIndex") -> None:
        """Add another index's records to this one. The other index is taken over, not copied:
        its records become this one's (most keys of a part are new to the run) and change
        with it, so each part is merged once and then dropped. Copying them was most of what
        the parent of a two-process run spent absorbing results."""
        by_source = self.by_source
        for key, variants in other.by_source.items():
            mine = by_source.get(key)
            if mine is None:
                by_source[key] = variants
                continue
            for msgstr, record in variants.items():  # record: [count, file, line, msgctxt]
                known = mine.get(msgstr)
                if known is None:
                    mine[msgstr] = record
                else:
                    known[0] += record[0]
                    if record[1:3] < known[1:3]:
                        known[1:] = record[1:]
        by_translation = self.by_translation
        for key, sources in other.by_translation.items():
            mine = by_translation.get(key)
            if mine is None:
                by_translation[key] = sources
                continue
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

    def keys(self, paths: list[Path], template: Path | None) -> tuple[str, str]:
        """The document's two keys: its content with the settings, and that with the glossary."""
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for path in [*paths, *([template] if template else [])]:
            digest.update(str(path).encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        base = digest.hexdigest()
        return base, hashlib.sha256((base + self.glossary_key).encode("ascii")).hexdigest()

    def has(self, keys: tuple[str, str]) -> bool:
        return (self.folder / f"{keys[0]}.json").is_file() and (self.folder / f"{keys[1]}.terms.json").is_file()

    def load(self, keys: tuple[str, str], with_index: bool = True):
        """The document's stored result, or None; without its run index when the run-wide
        findings are at hand (load_run)."""
        from pipeline.checking import CheckResult

        base, terms = keys
        try:
            data = json.loads((self.folder / f"{base}.json").read_text(encoding="utf-8"))
            term_data = json.loads((self.folder / f"{terms}.terms.json").read_text(encoding="utf-8"))
            index = RunIndex.from_json(json.loads((self.folder / f"{base}.index.json").read_text(encoding="utf-8"))) if with_index else RunIndex()
            return CheckResult(
                findings=[_finding_from_json(f) for f in data["findings"] + term_data["findings"]],
                entries_checked=data["entries_checked"], catalogs=data["catalogs"], suppressed=data["suppressed"] + term_data["suppressed"],
                run_index=index,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: a miss, never an error

    def store(self, paths: list[Path], template: Path | None, part) -> None:
        from pipeline.fileio import atomic_write_bytes

        base, terms = self.keys(paths, template)
        plain = [f for f in part.findings if not f.code.startswith("TERM")]
        term_findings = [f for f in part.findings if f.code.startswith("TERM")]
        data = {"findings": [_finding_to_json(f) for f in plain], "entries_checked": part.entries_checked,
                "catalogs": part.catalogs, "suppressed": part.suppressed}
        # The index first and the findings last: a document counts as stored once its findings are.
        atomic_write_bytes(self.folder / f"{base}.index.json", json.dumps(part.run_index.to_json(), ensure_ascii=False).encode("utf-8"))
        atomic_write_bytes(self.folder / f"{terms}.terms.json",
                           json.dumps({"findings": [_finding_to_json(f) for f in term_findings], "suppressed": 0}, ensure_ascii=False).encode("utf-8"))
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
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store_run(self, key: str, findings: list[Finding]) -> None:
        from pipeline.fileio import atomic_write_bytes

        atomic_write_bytes(self.folder / f"{key}.run.json",
                           json.dumps({"findings": [_finding_to_json(f) for f in findings]}, ensure_ascii=False).encode("utf-8"))
