"""The glossary: its formats (TBX v3 and v2, CSV, XLSX) and the terminologists' tools."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file
from pipeline.glossary.tabular import read_csv, read_xlsx, write_csv, write_xlsx
from pipeline.glossary.term_identity import unique_id
from pipeline.glossary.tbx import read_tbx, write_tbx
from pipeline.model import LANGUAGES, Glossary


# A glossary saved as delimited text: CSV, or tab-separated as CAT tools export a termbase and
# Excel saves "Unicode Text" (its separator is read off the header row: tabular.py).
DELIMITED = (".csv", ".tsv", ".txt")


# The glossaries this process has read, by content (a Glossary is frozen): a process
# that is handed one glossary again reads it once. `hexaglot run` checks and then reports with
# it, a program or a test calls main() many times, and each read of the shipped TBX costs
# ~50 ms; what is built from it (term_matching.term_index) is kept by the same identity.
_READ: OrderedDict[tuple, Glossary] = OrderedDict()
_READ_KEPT = 8


def load_glossary(path: Path) -> Glossary:
    """A glossary from any supported format, chosen by the file's suffix, with the word lists
    kept beside it (`<lang>-words.txt`): the one read before when neither has changed since."""
    key = _content_key(path)
    if key is not None and key in _READ:
        _READ.move_to_end(key)
        return _READ[key]
    glossary = _read_glossary(path)
    if key is not None:
        _READ[key] = glossary
        if len(_READ) > _READ_KEPT:
            _READ.popitem(last=False)
    return glossary


def load_glossaries(paths: list[Path]) -> list[Glossary]:
    """The glossaries a run is given together. The checks know a concept by its id, and two
    concepts under one became one (the later's terms alone: a term list numbered 1, 2, …
    took the place of another's concept 1, and its finding told the translator of
    `незаконный провоз мигрантов` to use `синхронный перевод`). An id a glossary wrote that
    another gives too is refused (E049); an id made from a row's terms (a term list without
    an ID column: `working-group`, as the shipped glossary's) is made anew (`working-group-2`),
    so that both concepts are checked."""
    glossaries = [load_glossary(path) for path in paths]
    first: dict[str, Path] = {}
    for number, (path, glossary) in enumerate(zip(paths, glossaries)):
        renamed: dict[str, str] = {}
        for concept in glossary.concepts:
            earlier = first.get(concept.id)
            if earlier is None or earlier == path:
                continue
            if concept.id not in glossary.made_ids:
                raise HexaglotInputError("E049", path, f"concept id '{concept.id}' is also a concept of {earlier}: the "
                                         "checks would read the two as one; give one file's concepts other ids (`hexaglot glossary "
                                         f"import {path} --out {earlier}` merges by id: it would put this concept in the "
                                         f"place of {earlier}'s, not beside it)")
            renamed[concept.id] = unique_id(concept.id, {*first, *(c.id for c in glossary.concepts), *renamed.values()})
        if renamed:
            glossary = glossaries[number] = replace(
                glossary, concepts=tuple(replace(c, id=renamed.get(c.id, c.id)) for c in glossary.concepts),
                made_ids=frozenset(renamed.get(i, i) for i in glossary.made_ids),
                rows=tuple((renamed.get(i, i), row) for i, row in glossary.rows))
        for concept in glossary.concepts:
            first.setdefault(concept.id, path)
    return glossaries


def _content_key(path: Path) -> tuple | None:
    """The glossary's format (its suffix) and a digest of its bytes and of its word lists', or
    None when a file cannot be read (reading it then says why). Content, not times: a glossary
    written twice within the file system's clock tick, the same size, is still read again; and
    not the path, which no part of a Glossary holds (a copy elsewhere reads the same)."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        # Regular files only: a FIFO would wait for a writer here (the readers say what it is).
        if not path.is_file():
            return None
        digest.update(path.read_bytes())
        for lang in LANGUAGES:
            listed = path.parent / f"{lang}-words.txt"
            if listed.is_file():
                digest.update(lang.encode() + b"\0" + listed.read_bytes())
            elif listed.exists() or listed.is_symlink():
                return None
        return (path.suffix.lower(), digest.digest())
    except (OSError, RuntimeError):
        return None


def read_glossary_file(path: Path) -> Glossary:
    """A glossary file as written, a concept id given twice and all (lint says what is wrong
    with it; _read_glossary refuses what the checks cannot read)."""
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        glossary = read_tbx(path)
    elif suffix in DELIMITED:
        glossary = read_csv(path)
    elif suffix == ".xlsx":
        glossary = read_xlsx(path)
    else:
        raise HexaglotInputError("E013", path, "unknown glossary format: use .tbx, .csv (or tab-separated .tsv, .txt) or .xlsx")
    return glossary


def _read_glossary(path: Path) -> Glossary:
    glossary = read_glossary_file(path)
    seen: set[str] = set()
    for number, concept in enumerate(glossary.concepts):
        if concept.id in seen:
            # (`glossary lint` reads the file as written, and says so as GLS002 with the rest.)
            raise HexaglotInputError("E049", path, f"concept id '{concept.id}' is given to two concept entries: the "
                                     "checks would read them as one; give each its own id",
                                     glossary.rows[number][1] if number < len(glossary.rows) else None)
        seen.add(concept.id)
    return replace(glossary, known_words=words_beside(path))


def words_beside(path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The word lists in the glossary's folder, `ru-words.txt` and the like: one word per
    line, `#` starting a comment line."""
    found = []
    for lang in LANGUAGES:
        listed = path.parent / f"{lang}-words.txt"
        if not listed.exists() and not listed.is_symlink():
            continue
        try:
            text = regular_file(listed, "word list").read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise HexaglotInputError("E003", listed, f"the word list is not valid UTF-8 ({error.reason})") from None
        words = sorted({line.strip().casefold() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")})
        found.append((lang, tuple(words)))
    return tuple(found)


def save_glossary(glossary: Glossary, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".tbx":
        write_tbx(glossary, path)
    elif suffix == ".csv":
        write_csv(glossary, path)
    elif suffix == ".xlsx":
        write_xlsx(glossary, path)
    else:
        raise HexaglotInputError("E013", path, "unknown glossary format: use .tbx, .csv or .xlsx")
