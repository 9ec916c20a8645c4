"""Word counts of a catalog as Translate Toolkit's `pocount` gives them: the words of the
source, split into translated, fuzzy and untranslated entries. Revisers plan their day by
them, and quote them from pocount: the same numbers, or they would not trust either.

pocount strips `<br>` and XML tags, turns a dot between two non-digits into a space (with the
characters either side: its `numberre`, so `U.N.` counts one word) and counts the Unicode
(UAX #29) words of what is left. Translate Toolkit is not a run-time dependency, so the same
is done here: word characters joined by an apostrophe, a dot or a colon between letters and a
dot, comma or semicolon between digits; each Chinese or Japanese character a word of its own
(UAX #29 breaks between ideographs). tests/test_wordcount.py compares it with pocount."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path, PurePath

from pipeline.catalog import read_entries

_BR = re.compile(r"<br\s*?/?>")
_XML_TAG = re.compile(r"""<([\w.:]+)(\s([\w.:]+=((".*?")|('.*?')))?)*/?>|</([\w.]+)>""")
_NUMBER = re.compile(r"\D\.\D")
_IDEOGRAPH = "\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3040-\u30ff"
_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
# A word character, or a combining mark (Arabic shadda and vowels) that stays in its word.
_LETTERS = rf"(?:(?![{_IDEOGRAPH}{_KANA}])\w|[{_MARKS}])"
_WORD = re.compile(rf"[{_IDEOGRAPH}]|{_LETTERS}+(?:(?:(?<=[^\W\d_])['’.:·](?=[^\W\d_])|(?<=\d)[.,;](?=\d)){_LETTERS}+)*")


@lru_cache(maxsize=65536)  # a document's catalogs share their sources: each counted once
def words(text: str) -> int:
    """The words pocount counts in a text."""
    text = _NUMBER.sub(" ", _XML_TAG.sub("", _BR.sub("\n", text)))
    return len(_WORD.findall(text))


def catalog_words(catalog) -> dict[str, int]:
    """{"source", "translated", "fuzzy", "untranslated"}: the words of the source in entries
    of each state (the last three add up to "source"), with the entries in each, as pocount's
    summary has both. A fuzzy entry is fuzzy whether or not it has a translation."""
    return entries_words(catalog.entries)


def entries_words(entries) -> dict[str, int]:
    """The counts of catalog_words for some of a catalog's entries: those of consecutive runs
    of entries add up (summed_words) to the catalog's."""
    counts = {"source": 0, "translated": 0, "fuzzy": 0, "untranslated": 0,
              "entries": 0, "entries_translated": 0, "entries_fuzzy": 0, "entries_untranslated": 0}
    for entry in entries:
        count = words(entry.msgid) + (words(entry.msgid_plural) if entry.msgid_plural else 0)
        # A plural entry with a form left empty is translated, as pocount counts it and as the
        # checks read it (FMT001 names the empty form; CONS001 lists only an entry with none).
        translated = (any(entry.plural_forms) if entry.plural_forms else bool(entry.msgstr)) and not entry.blank
        # (a translation of whitespace alone is none: CONS001 lists it so)
        state = "fuzzy" if entry.fuzzy else "translated" if translated else "untranslated"
        counts["source"] += count
        counts[state] += count
        counts["entries"] += 1
        counts[f"entries_{state}"] += 1
    return counts


def summed_words(parts: list[dict[str, int]]) -> dict[str, int]:
    """The counts of several runs of entries (entries_words) as one."""
    total = entries_words(())
    for part in parts:
        for key, count in part.items():
            total[key] += count
    return total


def run_words(result) -> dict[str, dict[str, dict[str, int]]]:
    """document (as reports name it: `polls-django` and `blog-django` where two applications
    have a `django.po`) → language → counts, for every catalog a run checked: as the run counted them where it read the catalogs (and the
    cache kept them), else counted here from the catalogs, read again if need be."""
    kept = {catalog.path: catalog for catalog in result.catalog_files}
    table: dict[str, dict[str, dict[str, int]]] = {}
    for path in result.catalogs:
        counts = result.words.get(path)
        if counts is None:
            counts = catalog_words(kept.get(path) or read_entries(Path(path), path))
        # By the locale the catalog was read as: es_AR apart from es, as the summary reads them.
        document = result.document_labels.get(path) or PurePath(path).stem
        table.setdefault(document, {})[result.locales.get(path, "")] = counts
    return {document: dict(sorted(languages.items())) for document, languages in sorted(table.items())}


def summary_lines(table: dict[str, dict[str, dict[str, int]]]) -> list[str]:
    """A line per document: its source words, then the words in translated, fuzzy and
    untranslated entries by language (a state no language has is left out)."""
    lines = []
    for document, languages in table.items():
        sources = {counts["source"] for counts in languages.values()}
        # One count where the catalogs hold the same entries (the versions of one document);
        # by language where they do not (catalogs of a project translated apart), never `12/15`.
        parts = [f"{sources.pop()} source" if len(sources) == 1 else
                 "source " + ", ".join(f"{lang} {counts['source']}" for lang, counts in languages.items())]
        for state in ("translated", "fuzzy", "untranslated"):
            if any(counts[state] for counts in languages.values()):
                parts.append(f"{state} " + ", ".join(f"{lang} {counts[state]}" for lang, counts in languages.items()))
        lines.append(f"words in {document}: " + "; ".join(parts))
    return lines
