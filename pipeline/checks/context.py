"""What a check sees: one entry (or one catalog) with its term matches computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pipeline.model import CatalogFile, Concept, Entry, Finding, TermStatus
from pipeline.terms import TermIndex, TermMatch, effective


class _once:
    """A value computed at its first reading and kept in the instance: functools.cached_property
    without its lock. Python 3.11 takes the lock at every first reading (0.8 µs against 0.2 µs
    without), and an entry's matches are read first once per entry checked, twice; Python 3.12
    dropped the lock. An entry's context is read by one thread at a time."""

    def __init__(self, compute):
        self.compute, self.name = compute, compute.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass
class Terminology:
    """The glossary concepts and one term index per language, built on first use."""

    concepts: dict[str, Concept]
    glossaries: tuple
    indexes: dict[str, TermIndex] = field(default_factory=dict)
    # The source of one segment is the same in the five catalogs: analysed and matched once.
    source_cache: dict[tuple[str, str], tuple] = field(default_factory=dict)
    target_cache: dict[tuple[str, str], tuple] = field(default_factory=dict)

    def index(self, lang: str) -> TermIndex:
        if lang not in self.indexes:
            self.indexes[lang] = TermIndex(self.glossaries, lang)
        return self.indexes[lang]

    def source(self, lang: str, text: str) -> list[TermMatch]:
        """The effective matches of a source: the same in five catalogs, analysed once."""
        key = (lang, text)
        found = self.source_cache.get(key)
        if found is None:
            if len(self.source_cache) > TEXTS_KEPT:
                self.source_cache.clear()
            found = self.source_cache[key] = effective(self.index(lang).match(text), text)
        return found

    def target(self, lang: str, text: str) -> tuple:
        """(tokens, every match, the effective matches) of a translation. A translation met
        again (a heading, a table cell, a paragraph repeated across documents) is analysed
        and matched once, as sources are. Tokens are kept for Russian only, the one language
        a check reads them in (TERM005's agreement): a paragraph's tokens weigh kilobytes."""
        key = (lang, text)
        found = self.target_cache.get(key)
        if found is None:
            if len(self.target_cache) > TEXTS_KEPT:
                self.target_cache.clear()
            index = self.index(lang)
            tokens = index.analyse(text)
            every = index.match(text, tokens)
            found = self.target_cache[key] = (tokens if lang == "ru" else None, every, effective(every, text))
        return found


# Texts whose analyses (term matches, values, findings, sentence counts) each process keeps;
# beyond, each cache starts again (the texts that recur, headings and table cells, are back in
# it at once). The one bound of every cache keyed on texts: sized for a worker's share of a
# 100,000-entry run (some 24,000 distinct texts). At 20,000 each worker emptied its caches
# once in such a run and analysed a sixth of its texts twice. 40,000 costs a worker ~33 MB
# there, and a one-process run, whose caches now fill to the bound, ~115 MB at 100,000 entries
# and ~220 MB at a million (bench/README.md); caches that never empty save 6% of a
# one-process run's instructions. The findings are the same at any bound.
TEXTS_KEPT = 40_000


@dataclass
class EntryContext:
    catalog: CatalogFile
    entry: Entry
    source_lang: str
    terminology: Terminology
    severities: dict

    @property
    def lang(self) -> str:
        return self.catalog.lang

    @_once
    def _target(self) -> tuple:
        return self.terminology.target(self.lang, self.entry.msgstr)

    @property
    def target_tokens(self):
        tokens = self._target[0]
        return tokens if tokens is not None else self.terminology.index(self.lang).analyse(self.entry.msgstr)

    @property
    def all_target(self) -> list[TermMatch]:
        return self._target[1]

    @_once
    def source(self) -> list[TermMatch]:
        return self.terminology.source(self.source_lang, self.entry.msgid)

    @property
    def target(self) -> list[TermMatch]:
        return self._target[2]

    @property
    def target_analyser(self):
        return self.terminology.index(self.lang).analyser

    def source_text(self, match: TermMatch) -> str:
        return self.entry.msgid[match.start:match.end]

    def target_text(self, match: TermMatch) -> str:
        return self.entry.msgstr[match.start:match.end]

    def approved_terms(self, concept: str) -> tuple[str, ...]:
        terms = [t for t in self.terminology.concepts[concept].terms_in(self.lang) if t.status.approved]
        terms.sort(key=lambda t: t.status is not TermStatus.PREFERRED)
        return tuple(t.text for t in terms)

    def checks_missing(self, concept: str) -> bool:
        """False for concepts the glossary marks `x-checkMissing: no` (too general a source word)."""
        return ("descrip", "x-checkMissing", "no") not in self.terminology.concepts[concept].extra

    def preferred_terms(self, concept: str) -> tuple[str, ...]:
        return tuple(t.text for t in self.terminology.concepts[concept].terms_in(self.lang) if t.status is TermStatus.PREFERRED)

    def finding(self, code: str, message: str, **fields) -> Finding:
        return Finding(
            code=code, severity=self.severities[code], lang=self.lang, file=self.catalog.path,
            line=self.entry.line, msgctxt=self.entry.msgctxt, message=message, msgid=self.entry.msgid, **fields,
        )


@dataclass
class CatalogContext:
    catalog: CatalogFile
    entries: list[EntryContext]


@dataclass
class DocumentContext:
    """The catalogs of one document in every language checked, entry by entry, with the
    source taken from the msgids (and the template's comments when it is at hand)."""

    name: str
    source_lang: str
    catalogs: list[CatalogContext]
    template: CatalogFile | None = None

    @cached_property
    def units(self) -> dict[tuple[str, str], dict[str, EntryContext]]:
        """(msgctxt, msgid) → locale → the entry context of that version: the versions of a
        segment are the entries with the same msgctxt and source, in hexaglot's catalogs (the
        template's entry) as in catalogs without msgctxt (the same msgid). A regional variety
        (`es_AR`) is a version of its own, never folded into its language's."""
        units: dict[tuple[str, str], dict[str, EntryContext]] = {}
        for catalog in self.catalogs:
            for context in catalog.entries:
                units.setdefault(context.entry.key, {})[catalog.catalog.locale or context.lang] = context
        return units

    @cached_property
    def template_comments(self) -> dict[tuple[str, str], str]:
        return {e.key: e.comment for e in self.template.entries} if self.template else {}


@dataclass
class RunContext:
    """What the run-wide checks see: the run's index of sources and translations (one record
    per distinct pair, see pipeline/cache.py), and the severities in force."""

    index: object
    severities: dict

    def finding(self, code: str, lang: str, where, message: str, **fields) -> Finding:
        """A finding at `where`, a Place of the run index."""
        return Finding(code=code, severity=self.severities[code], lang=lang, file=where.file, line=where.line,
                       msgctxt=where.msgctxt, msgid=where.msgid, message=message, **fields)
