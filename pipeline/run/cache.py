"""The incremental cache of checked documents.

DocumentCache keeps each document's findings in a folder, under two keys: one made of the
content of the document's catalogs (and template), the settings and the code that checks them
(`code_fingerprint`), for the findings that do not depend on the glossary; the same plus the
glossary's content for the findings of the checks that read it (CheckInfo.reads_glossary: the
TERM checks, TYPO008). A changed catalog invalidates its document; a changed glossary
invalidates those findings only; changed settings invalidate everything. Each document's run index is kept
beside its findings, and the run-wide findings (CONS004, CONS005) under a key made of every
document's: a run over an unchanged tree reads neither the indexes nor the texts they hold,
only the findings. Whatever is stored is validated when read: an entry of another shape
(another version's, damaged, tampered with) is a miss, never a finding with a wrong field.

The cache is on by default (`check`, `report`, the baseline commands), in
`$XDG_CACHE_HOME/hexaglot/findings`: a second check of what has not changed should not cost a
person what the first did. So it must never be stale. The code's part of the key is the bytes
of hexaglot's own modules, not its version number (a checkout edited between two runs has the
same version), with the installed distributions' names and versions (a new pymorphy3
dictionary or spaCy changes what is found) and Python's. The catalogs' part is the bytes the
checks read, hashed as they were read: a catalog saved while it was being checked (a
translator's editor, `git pull`) had the findings of the text before stored under the key of
the text saved, and served for it. An entry no run has read for a month
is removed when another is stored, as the stored tables are (pipeline/lang/stored.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
import sys
import time
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

import pipeline
from pipeline.checks import REGISTRY
from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file, replace_file_bytes
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
    if not isinstance(data, dict) or set(data) != set(_TEXT_FIELDS) | {"severity", "line", "form", "expected", "replacement", *_OFFSET_FIELDS}:
        raise ValueError("not a finding")
    if not all(isinstance(data[name], str) for name in _TEXT_FIELDS) or not all(type(data[name]) is int for name in ("line", "form")):
        raise ValueError("not a finding")
    if data["form"] < 0:  # a plural form's number (0: the msgstr): -1 would name the last form
        raise ValueError("not a finding")
    if not all(data[name] is None or type(data[name]) is int for name in _OFFSET_FIELDS):
        raise ValueError("not a finding")
    if data["replacement"] is not None and not isinstance(data["replacement"], str):
        raise ValueError("not a finding")
    expected = data["expected"]
    if not isinstance(expected, list) or not all(isinstance(text, str) for text in expected):
        raise ValueError("not a finding")
    return Finding(**{**data, "severity": Severity(data["severity"]), "expected": tuple(expected)})


# Every finding carries its entry's msgid and msgstr. Stored as they are, a long entry with
# many findings (ten thousand repeated words in one msgstr) would hold its text once per
# finding, the file growing as the square of the entry: 2 GB for a 220 KB catalog, which
# reading back exhausted the memory. So a file keeps each distinct text once, in `texts`, and
# each finding names its texts by their place there.
_SHARED_TEXTS = ("msgid", "msgstr")


def _findings_to_json(findings: list[Finding]) -> dict:
    texts: dict[str, int] = {}
    stored = []
    for finding in findings:
        data = _finding_to_json(finding)
        for name in _SHARED_TEXTS:
            data[name] = texts.setdefault(data[name], len(texts))
        stored.append(data)
    return {"texts": list(texts), "findings": stored}


def _findings_from_json(data) -> list[Finding]:
    """The findings of a stored file; ValueError for anything of another shape."""
    texts = data["texts"]
    if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts) or not isinstance(data["findings"], list):
        raise ValueError("not a table of texts")
    findings = []
    for stored in data["findings"]:
        if not isinstance(stored, dict) or not all(type(stored.get(name)) is int and 0 <= stored[name] < len(texts)
                                                   for name in _SHARED_TEXTS):
            raise ValueError("not a finding")
        findings.append(_finding_from_json({**stored, **{name: texts[stored[name]] for name in _SHARED_TEXTS}}))
    return findings


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


def _strings(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("not a list of strings")
    return value


def _suppressions(value) -> dict[tuple[str, str, str], tuple[str, ...] | None]:
    """(file, msgctxt, msgid) → codes (None: every check), as `store` writes them."""
    if not isinstance(value, list):
        raise ValueError("not a list of suppressions")
    found = {}
    for item in value:
        if not isinstance(item, list) or len(item) != 4 or not all(isinstance(part, str) for part in item[:3]):
            raise ValueError("not a suppression")
        found[(item[0], item[1], item[2])] = None if item[3] is None else tuple(_strings(item[3]))
    return found


def _paths(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(path, str) for path in value):
        raise ValueError("not a list of paths")
    return value


@lru_cache(maxsize=None)
def modules_fingerprint() -> str:
    """hexaglot's own modules, by their bytes: the code a process runs (a cluster's workers
    must run the client's)."""
    digest = hashlib.sha256()
    package = Path(pipeline.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """What decides the findings besides their inputs: hexaglot's modules (their bytes), the
    installed distributions (the names of their metadata folders carry name and version) and
    Python's version. Hashing the modules takes ~10 ms; asking importlib.metadata for each
    dependency's version took 60 ms, a tenth of a cached run."""
    digest = hashlib.sha256(repr(sys.version_info).encode("ascii"))
    digest.update(modules_fingerprint().encode("ascii"))
    for folder in sorted({Path(entry) for entry in sys.path if entry.endswith("-packages") and os.path.isdir(entry)}):
        digest.update("\0".join(sorted(name for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info")))).encode("utf-8"))
    return digest.hexdigest()


# An entry no run has read for this long (seconds) is removed when another is stored.
UNUSED_FOR = 30 * 24 * 3600


class DocumentCache:
    """The findings of checked documents, in a folder, keyed on their content (see above)."""

    def __init__(self, folder: Path, glossaries, settings, codes: list[str]):
        self.folder = folder
        # Each check's severity in this run: a stored finding at another is a miss (_as_checked).
        self.levels = {code: settings.level(REGISTRY[code]) for code in codes if code in REGISTRY}
        self.settings_key = json.dumps([code_fingerprint(), repr(settings), codes], sort_keys=True)
        glossary_text = json.dumps([repr(g) for g in glossaries])
        self.glossary_key = hashlib.sha256(glossary_text.encode("utf-8")).hexdigest()

    def keys(self, paths: list[Path], template: Path | None, base: Path | None = None) -> tuple[str, str]:
        """The document's two keys: its content with the settings, and that with the glossary.
        Paths are named as given and read from `base` when it is given (see DocumentChecker.check)."""
        named = [*paths, *([template] if template else [])]
        digests = []
        for path in named:
            located = base / path if base is not None else path
            # The one line a read gives (a template its permissions keep from the user was a
            # PermissionError traceback here, exit 1, only with the cache on).
            digests.append(hashlib.sha256(regular_file(located, "catalog", "E008").read_bytes()).digest())
        return self._keys_of(named, digests)

    def _keys_of(self, named: list[Path], digests) -> tuple[str, str]:
        """The keys of the files named, holding the bytes of these SHA-256 digests (a file name
        in bytes of no encoding, `a\xff.po`, named by its bytes, as the file system has it)."""
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for path, content in zip(named, digests, strict=True):
            digest.update(os.fsencode(path) + b"\0" + content)
        base = digest.hexdigest()
        return base, hashlib.sha256((base + self.glossary_key).encode("ascii")).hexdigest()

    def has(self, keys: tuple[str, str]) -> bool:
        return (self.folder / f"{keys[0]}.json").is_file() and (self.folder / f"{keys[1]}.terms.json").is_file()

    def load(self, keys: tuple[str, str], with_index: bool = True):
        """The document's stored result, or None; without its run index when the run-wide
        findings are at hand (load_run)."""
        base, terms = keys
        try:
            data = self._read(f"{base}.json")
            term_data = self._read(f"{terms}.terms.json")
            index = RunIndex.from_json(self._read(f"{base}.index.json")) if with_index else RunIndex()
            target_terms, source_terms = _occurrences(term_data.get("occurrences", []))
            result = CheckResult(
                target_terms=target_terms, source_terms=source_terms,
                entries_checked=_whole_number(data["entries_checked"]), catalogs=_paths(data["catalogs"]),
                empty_catalogs=_paths(data.get("empty_catalogs", [])),
                catalogs_without_entries=_paths(data.get("catalogs_without_entries", [])), forms_left_empty=_whole_number(data.get("forms_left_empty", 0)),
                locales=_locales(data["locales"]), skipped=_skipped(data["skipped"]), words=_words(data.get("words", {})),
                run_index=index, concepts_found=set(_strings(term_data["concepts"])), entry_kinds=set(_strings(data["entry_kinds"])),
                unknown_suppressions=_strings(data.get("unknown_suppressions", [])),
                suppressions=_suppressions(data.get("suppressions", [])),
            )
            # Stored as the checks found them and suppressed here, as a run's are: the count of
            # what a glossary's findings the translators suppressed follows the glossary (stored
            # with the findings that do not read it, it was the count of the last glossary's run).
            result.findings = result.suppress(self._as_checked(_findings_from_json(data) + _findings_from_json(term_data)))
            return result
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing, damaged or of another shape: a miss, never an error

    def store(self, paths: list[Path], template: Path | None, part, digests: tuple[bytes, ...],
              found: list[Finding]) -> None:
        """The document's result and its findings as the checks found them (`found`: before the
        translators' suppressions, which load applies), keyed on the bytes they were found in
        (`digests`, one a path and the template's last, ReadDocument.digests), not on the files
        as they are by now."""
        base, terms = self._keys_of([*paths, *([template] if template else [])], digests)
        plain = [f for f in found if not REGISTRY[f.code].reads_glossary]
        term_findings = [f for f in found if REGISTRY[f.code].reads_glossary]
        data = {**_findings_to_json(plain), "entries_checked": part.entries_checked,
                "catalogs": part.catalogs, "empty_catalogs": part.empty_catalogs,
                "catalogs_without_entries": part.catalogs_without_entries, "forms_left_empty": part.forms_left_empty, "locales": part.locales, "words": part.words,
                "skipped": [[skipped.file, skipped.reason] for skipped in part.skipped],
                "unknown_suppressions": part.unknown_suppressions, "entry_kinds": sorted(part.entry_kinds),
                "suppressions": [[*key, None if codes is None else list(codes)] for key, codes in part.suppressions.items()]}
        # The index first and the findings last: a document counts as stored once its findings are.
        stored_terms = {**_findings_to_json(term_findings), "concepts": sorted(part.concepts_found)}
        if part.target_terms or part.source_terms:  # a report's run: the terms it marks (TermOccurrence)
            stored_terms["occurrences"] = [[*key, side, *occurrence] for side, table in (("target", part.target_terms), ("source", part.source_terms))
                                           for key, occurrences in table.items() for occurrence in occurrences]
        for name, content in ((f"{base}.index.json", part.run_index.to_json()), (f"{terms}.terms.json", stored_terms),
                              (f"{base}.json", data)):
            if not self._write(name, content):
                break  # nothing after a file that could not be written: the document is not stored

    def _write(self, name: str, data) -> bool:
        """Store a file; False where the folder cannot be written (a team's cache mounted
        read-only in CI, `--cache` naming a file): what is stored already is still read, and
        the run checks the rest, as with no cache, instead of stopping (E011)."""
        try:
            text = json.dumps(data, ensure_ascii=False)
            try:
                content = text.encode("utf-8")
            except UnicodeEncodeError:
                # A file name in bytes of no encoding (`a\xff.po`), read as lone surrogates:
                # JSON's escapes keep them, and read them back as they were.
                content = json.dumps(data).encode("ascii")
            self.folder.mkdir(parents=True, exist_ok=True)
            replace_file_bytes(self.folder / name, content + b"\n" + _signature(name, content))
        except OSError:
            return False
        return True

    def run_key(self, document_keys: list[tuple[str, str]]) -> str:
        """The run-wide findings depend on every document's content, in order, and the settings."""
        digest = hashlib.sha256(self.settings_key.encode("utf-8"))
        for base, _ in document_keys:
            digest.update(base.encode("ascii"))
        return digest.hexdigest()

    def load_run(self, key: str) -> list[Finding] | None:
        try:
            data = self._read(f"{key}.run.json")
            return self._as_checked(_findings_from_json(data))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def _as_checked(self, findings: list[Finding]) -> list[Finding]:
        """The findings, if each is of a check this run runs, at the severity the run gives it;
        else ValueError (a miss): a file edited by hand (`"severity": "info"` for an error, a
        code no check has) turned the gate or made SARIF's writer fail with a KeyError."""
        for finding in findings:
            if self.levels.get(finding.code) is not finding.severity:
                raise ValueError(f"not a finding of this run: {finding.code} {finding.severity.value}")
        return findings

    def store_run(self, key: str, findings: list[Finding]) -> None:
        """Stored once a run, after its documents': the time to remove what no run reads."""
        if self._write(f"{key}.run.json", _findings_to_json(findings)):
            self._remove_unused()

    def _read(self, name: str):
        """A stored file's JSON, marked as read now (its modification time, once a day).
        ValueError (a miss) where it is no file of the cache's own (a link, a file of two
        names) or its last line is not the signature of the rest under this name: an entry
        edited, damaged or copied from another name was served as it was, findings emptied
        and the gate passed, while a damaged one that still parsed passed for a good one."""
        path = self.folder / name
        status = os.lstat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_nlink > 1:
            raise ValueError(f"{name} is not a file of the cache's own")
        content, _, signature = path.read_bytes().rpartition(b"\n")
        if not hmac.compare_digest(signature, _signature(name, content)):
            raise ValueError(f"{name} is not as it was stored")
        data = json.loads(content.decode("utf-8"))
        try:
            if path.stat().st_mtime < time.time() - 24 * 3600:
                os.utime(path)
        except OSError:
            pass  # a read-only cache: the entry may be removed one day, and made again
        return data

    def _remove_unused(self) -> None:
        """Entries no run has read for a month: what edited catalogs, old settings and
        upgrades leave behind. Only files of the cache's own names are touched."""
        unused_since = time.time() - UNUSED_FOR
        try:
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".json") and len(entry.name.split(".", 1)[0]) == 64 and entry.is_file() \
                            and entry.stat().st_mtime < unused_since:
                        os.unlink(entry.path)
        except OSError:
            pass  # removed meanwhile by another run, or a folder not ours to tidy: nothing lost


def _signature(name: str, content: bytes) -> bytes:
    """What a stored file's last line holds: the SHA-256 of its name and its content. (Against
    damage and entries moved or edited by hand; a cache shared between people is trusted as
    the code is: anyone who may write it may make a gate pass, as anyone who may write the
    code may.)"""
    return hashlib.sha256(name.encode("utf-8") + b"\0" + content).hexdigest().encode("ascii")
