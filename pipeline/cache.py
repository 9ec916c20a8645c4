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
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline import __version__
from pipeline.model import Finding, Severity, SkippedCatalog


@dataclass(frozen=True, order=True)
class Place:
    """Where an entry is: ordered by file and line, so that the earliest place is the least."""

    file: str
    line: int
    msgctxt: str = field(compare=False)
    msgid: str = field(compare=False)


@dataclass(slots=True)
class Use:
    """How often a translation of a source is used, and its earliest place."""

    count: int
    place: Place


def normal_source(text: str) -> str:
    """A source with punctuation and case set aside: what CONS005 compares."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def source_key(context) -> tuple[str, str, str, str]:
    """(language, kind, context, source): entries with one key should read the same. A table
    cell is compared with table cells; msgctxt counts where it tells meanings apart (catalogs
    of other tools), not where it is hexaglot's segment id."""
    entry, catalog = context.entry, context.catalog
    locale = catalog.locale or context.lang  # es_AR is not es: its own consistency
    if catalog.contexts_are_ids:
        return locale, "cell" if entry.msgctxt.startswith("annex/") else "text", "", entry.msgid
    return locale, "text", entry.msgctxt, entry.msgid


class RunIndex:
    """Each record keeps the earliest place (file, line) it is used, not the first place met:
    parts of a run are checked in any order (processes, the cache, a cluster) and merged as
    they come, and the run-wide findings must not depend on that order."""

    def __init__(self):
        # source_key → msgstr → its Use
        self.by_source: dict[tuple[str, str, str, str], dict[str, Use]] = {}
        # (locale, msgstr) → msgid → the earliest Place
        self.by_translation: dict[tuple[str, str], dict[str, Place]] = {}

    def add(self, context) -> None:
        entry, lang = context.entry, context.lang
        place = Place(context.catalog.path, entry.line, entry.msgctxt, entry.msgid)
        variants = self.by_source.setdefault(source_key(context), {})
        known = variants.get(entry.msgstr)
        if known is None:
            variants[entry.msgstr] = Use(1, place)
        else:
            known.count += 1
            known.place = min(known.place, place)
        if len(entry.msgstr.split(None, 2)) == 3:  # three words or more (splitting stops at the third)
            # Keyed on the source as written; sources that differ only in punctuation and case
            # are taken as one by CONS005 (normalised there, for the few translations that have
            # two sources, not here for every entry).
            sources = self.by_translation.setdefault((context.catalog.locale or lang, entry.msgstr), {})
            if entry.msgid not in sources or place < sources[entry.msgid]:
                sources[entry.msgid] = place

    def merge(self, other: "RunIndex") -> None:
        """Add another index's records to this one. The other index is taken over, not copied:
        its records become this one's (most keys of a part are new to the run) and change
        with it, so each part is merged once and then dropped."""
        for key, variants in other.by_source.items():
            mine = self.by_source.get(key)
            if mine is None:
                self.by_source[key] = variants
                continue
            for msgstr, use in variants.items():
                known = mine.get(msgstr)
                if known is None:
                    mine[msgstr] = use
                else:
                    known.count += use.count
                    known.place = min(known.place, use.place)
        for key, sources in other.by_translation.items():
            mine = self.by_translation.get(key)
            if mine is None:
                self.by_translation[key] = sources
                continue
            for source, place in sources.items():
                if source not in mine or place < mine[source]:
                    mine[source] = place

    def to_json(self) -> dict:
        return {
            "by_source": [[list(key), {text: [use.count, *_place_json(use.place)] for text, use in variants.items()}]
                          for key, variants in self.by_source.items()],
            "by_translation": [[list(key), {source: _place_json(place) for source, place in sources.items()}]
                               for key, sources in self.by_translation.items()],
        }

    @classmethod
    def from_json(cls, data: dict) -> "RunIndex":
        """The index stored by to_json; ValueError for anything of another shape."""
        index = cls()
        try:
            for key, variants in data["by_source"]:
                index.by_source[_key(key, 4)] = {_text(text): Use(_count(use[0]), _place(use[1:])) for text, use in variants.items()}
            for key, sources in data["by_translation"]:
                index.by_translation[_key(key, 2)] = {_text(source): _place(place) for source, place in sources.items()}
        except (KeyError, TypeError, AttributeError, IndexError) as error:
            raise ValueError(f"not a run index: {error}") from None
        return index


def _place_json(place: Place) -> list:
    return [place.file, place.line, place.msgctxt, place.msgid]


def _place(data: list) -> Place:
    file, line, msgctxt, msgid = data
    if not (isinstance(file, str) and type(line) is int and isinstance(msgctxt, str) and isinstance(msgid, str)):
        raise ValueError("not a place")
    return Place(file, line, msgctxt, msgid)


def _key(data: list, length: int) -> tuple[str, ...]:
    if not isinstance(data, list) or len(data) != length or not all(isinstance(part, str) for part in data):
        raise ValueError("not a key")
    return tuple(data)


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not a text")
    return value


def _count(value) -> int:
    if type(value) is not int or value < 1:
        raise ValueError("not a count")
    return value


def _finding_to_json(finding: Finding) -> dict:
    data = asdict(finding)
    data["severity"] = finding.severity.value
    data["expected"] = list(finding.expected)
    return data


_TEXT_FIELDS = ("code", "lang", "file", "msgctxt", "message", "concept", "source_term", "found", "msgid")


def _finding_from_json(data) -> Finding:
    """A stored finding; ValueError for anything of another shape (a cache entry written by
    another version, damaged or tampered with is a miss, not a finding with a wrong field)."""
    if not isinstance(data, dict) or set(data) != set(_TEXT_FIELDS) | {"severity", "line", "expected"}:
        raise ValueError("not a finding")
    if not all(isinstance(data[name], str) for name in _TEXT_FIELDS) or type(data["line"]) is not int:
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


def _paths(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(path, str) for path in value):
        raise ValueError("not a list of paths")
    return value


class DocumentCache:
    def __init__(self, folder: Path, glossaries, settings, codes: list[str]):
        self.folder = folder
        self.settings_key = json.dumps([__version__, repr(settings), codes], sort_keys=True)
        glossary_text = json.dumps([repr(g) for g in glossaries])
        self.glossary_key = hashlib.sha256(glossary_text.encode("utf-8")).hexdigest()

    def keys(self, paths: list[Path], template: Path | None, base: Path | None = None) -> tuple[str, str]:
        """The document's two keys: its content with the settings, and that with the glossary.
        Paths are named as given and read from `base` when it is given (see _WorkerState.check)."""
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
        from pipeline.checking import CheckResult

        base, terms = keys
        try:
            data = json.loads((self.folder / f"{base}.json").read_text(encoding="utf-8"))
            term_data = json.loads((self.folder / f"{terms}.terms.json").read_text(encoding="utf-8"))
            index = RunIndex.from_json(json.loads((self.folder / f"{base}.index.json").read_text(encoding="utf-8"))) if with_index else RunIndex()
            return CheckResult(
                findings=[_finding_from_json(f) for f in data["findings"] + term_data["findings"]],
                entries_checked=_whole_number(data["entries_checked"]), catalogs=_paths(data["catalogs"]),
                locales=_locales(data["locales"]), skipped=_skipped(data["skipped"]),
                suppressed=_whole_number(data["suppressed"]) + _whole_number(term_data["suppressed"]),
                run_index=index,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, damaged or of another shape: a miss, never an error

    def store(self, paths: list[Path], template: Path | None, part, located_in: Path | None = None) -> None:
        from pipeline.fileio import atomic_write_bytes

        base, terms = self.keys(paths, template, located_in)
        plain = [f for f in part.findings if not f.code.startswith("TERM")]
        term_findings = [f for f in part.findings if f.code.startswith("TERM")]
        data = {"findings": [_finding_to_json(f) for f in plain], "entries_checked": part.entries_checked,
                "catalogs": part.catalogs, "locales": part.locales,
                "skipped": [[skipped.file, skipped.reason] for skipped in part.skipped], "suppressed": part.suppressed}
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
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store_run(self, key: str, findings: list[Finding]) -> None:
        from pipeline.fileio import atomic_write_bytes

        atomic_write_bytes(self.folder / f"{key}.run.json",
                           json.dumps({"findings": [_finding_to_json(f) for f in findings]}, ensure_ascii=False).encode("utf-8"))
