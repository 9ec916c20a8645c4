"""Checking one document: read its catalogs, build the entry contexts once, run every selected
check at its scope (entry, catalog, the six versions of the document), drop what translators
suppressed. The same in every strategy (this process, a pool's worker, a cluster's worker).

The three steps are DocumentChecker's methods (read, entry_findings, finish), so that a large
document's entry checks can run in several processes between the other two
(pipeline/run/chunks.py)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, replace
from difflib import get_close_matches
from pathlib import Path
from typing import NamedTuple

from pipeline.catalog import read_entries, with_template_segments, xliff_template
from pipeline.checks import REGISTRY, CheckInfo, selected
from pipeline.checks.context import CatalogContext, DocumentContext, EntryContext, Terminology
from pipeline.entry_kinds import TEMPLATE_KINDS, kinds_of
from pipeline.errors import HexaglotInputError
from pipeline.exchange.xliff_in import is_xliff
from pipeline.lang import profile
from pipeline.lang.identify import other_language
from pipeline.lang.locales import names_the_language_alone, version_language
from pipeline.model import CatalogFile, CheckResult, Finding, Glossary, SkippedCatalog, TermOccurrence
from pipeline.run.cache import DocumentCache
from pipeline.run.documents import Document, template_of
from pipeline.run.settings import CheckSettings
from pipeline.text_cache import TextCache
from pipeline.wordcount import catalog_words, entries_words

# `ignore` ends where a code list may begin: `ignore-all` or `ignored` is no suppression of all.
_SUPPRESS = re.compile(r"hexaglot:[ \t]*ignore(?![\w-])([^\n]*)", re.IGNORECASE)
# A word of a suppression that may name a check: a code's shape (`TERM003`, `trem002`) or a
# family's letters (`TYPO`); the comment's words after the codes (`# hexaglot: ignore CONS003
# title kept in English`) are the translator's note, not codes.
_CODE_SHAPE = re.compile(r"[A-Z]{2,6}[0-9]{3}")


def terminology_for(glossaries: list[Glossary]) -> Terminology:
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    return Terminology(concepts, tuple(glossaries))


@dataclass(frozen=True)
class ReadDocument:
    """A document's catalogs read, before any check runs: the catalogs to check in the order
    given, those read but not checked, and the template beside them."""

    document: Document
    catalogs: tuple[CatalogFile, ...]
    skipped: tuple[SkippedCatalog, ...]
    template: CatalogFile | None
    template_path: Path | None  # as the cache keys it (relative to a cluster worker's base)
    base: Path | None = None
    # The SHA-256 of the bytes each of the document's paths was read from, then the template's:
    # what the cache keys the findings on (a file saved while it was checked is another text).
    digests: tuple[bytes, ...] = ()


class EntryFindings(NamedTuple):
    """The findings of the entry checks on consecutive entries of one catalog, kept by check
    in the order each check met the entries, and those of the text-only checks in entry order:
    the findings of entries checked apart (a large document's chunks, pipeline/run/chunks.py)
    join into exactly what checking them together gives."""

    by_check: dict[str, list[Finding]]
    text_only: list[Finding]
    # The glossary concepts the term checks found in these entries' sources: a run whose
    # sources hold none of them has checked no term, and says so (cli.py).
    concepts: frozenset[str] = frozenset()

    @classmethod
    def joined(cls, parts: list[EntryFindings]) -> EntryFindings:
        """The findings of consecutive runs of entries, `parts` in entry order, as one."""
        by_check: dict[str, list[Finding]] = {}
        for part in parts:
            for code, found in part.by_check.items():
                by_check.setdefault(code, []).extend(found)
        return cls(by_check, [finding for part in parts for finding in part.text_only],
                   frozenset().union(*(part.concepts for part in parts)))


class WiderReads(NamedTuple):
    """What the catalog and document checks, and the report, read of every entry again."""

    targets: bool  # the translation's term matches: TERM004 (the term family's catalog check), the report
    sources: bool  # the source's term matches: TERM004, the report
    values: bool  # the values of both: the NUM and REF checks


class DocumentChecker:
    """A process's glossary, analysers and settings, built once and used for every document."""

    def __init__(self, glossaries: list[Glossary], settings: CheckSettings, cache: Path | None):
        self.settings = settings
        self.terminology = terminology_for(glossaries)
        self.with_terms = bool(glossaries)
        self.checks = selected(settings.select and list(settings.select), settings.ignore and list(settings.ignore))
        self.levels = {check.code: settings.level(check) for check in self.checks}
        self.text_findings = TextFindings()
        # The run index holds every distinct text of the run (most of a large run's memory):
        # built only when a run-wide check (CONS004, CONS005) will read it.
        self.run_wide = any(check.scope == "run" for check in self.checks)
        self.report_terms = settings.keep_report_data and self.with_terms and any(c.code.startswith("TERM") for c in self.checks)
        # TERM004 (the term family's catalog check) reads both sides' matches: the variants of
        # the concepts each source names.
        term_catalog_check = self.with_terms and any(c.scope == "catalog" and c.code.startswith("TERM") for c in self.checks)
        self.wider_reads = WiderReads(
            self.report_terms or term_catalog_check,
            self.report_terms or term_catalog_check,
            any(check.scope == "document" for check in self.checks),
        )
        self.cache = DocumentCache(cache, glossaries, settings, [c.code for c in self.checks]) if cache else None

    def warm_up(self, languages: set[str]) -> None:
        """Build the term indexes of these languages now (before a pool forks, so that every
        worker starts with them)."""
        if self.with_terms:
            for lang in languages | {self.settings.source_lang}:
                self.terminology.index(lang)

    def check(self, document: Document, base: Path | None = None) -> CheckResult:
        """The findings of one document, stored in the cache if there is one. Relative paths are
        read from `base` when it is given (a cluster's worker, whose working folder is not the
        user's), and named as given. The runner has already served every document the cache
        holds, so a document that reaches a checker is a miss."""
        read = self.read(document, base)
        contexts = [self.contexts(catalog, catalog.entries) for catalog in read.catalogs]
        return self.finish(read, contexts, [self.entry_findings(catalog, these) for catalog, these in zip(read.catalogs, contexts)])

    def read(self, document: Document, base: Path | None = None) -> ReadDocument:
        """The document's catalogs and template read (an unreadable one, or one in a language
        that cannot be checked, is an input error), relative paths from `base` as in check()."""
        def located(path: Path) -> Path:
            return base / path if base is not None else path

        try:
            return self._read(document, base, located)
        except HexaglotInputError as error:
            # A cluster's worker read the file at base / path: the error names it as the user
            # gave it, the line a one-process run prints (not /home/…/locale/fr/…).
            if base is None or error.path is None or document.paths[0].is_absolute() or not error.path.is_relative_to(base):
                raise
            raise HexaglotInputError(error.code, error.path.relative_to(base), error.message, error.line) from None

    def _read(self, document: Document, base: Path | None, located) -> ReadDocument:
        template_path = template_of(located(document.paths[0]), document.name)
        if template_path is not None and base is not None:
            template_path = template_path.relative_to(base) if template_path.is_relative_to(base) else template_path
        catalogs, skipped, twins, digests = [], [], [], []
        for path in document.paths:
            catalog = read_entries(located(path), str(path))
            digests.append(catalog.digest)
            reason = self._not_checked(catalog)
            # A second catalog of one locale (`ru/` beside a leftover `ru_RU/`): the versions of
            # a segment are one a locale, and which of the two the comparisons read was not said.
            twin = next((other for other in catalogs if catalog.locale and other.locale == catalog.locale), None)
            if not reason and twin is not None:
                if _the_plainer(catalog, twin):
                    # `fr.po` beside a leftover `fr-FR.po`: the catalog named by the language
                    # alone is checked, whichever the paths' order gives first (`-` sorts first).
                    catalogs[catalogs.index(twin)], catalog = catalog, twin
                twins.append(catalog)
            elif reason:
                skipped.append(SkippedCatalog(catalog.path, reason))
            else:
                catalogs.append(catalog)
        for twin in twins:  # named once the one checked is known (of three, the last may be it)
            checked = next(other for other in catalogs if other.locale == twin.locale)
            if _naming_rank(twin) == _naming_rank(checked):
                # `zh_Hans/` beside `zh_CN/`: which was checked followed the paths' order, and
                # so did the gate's answer.
                raise HexaglotInputError("E051", twin.path, f"it and {checked.path} are both {twin.locale} catalogs of "
                                         "the document, and their paths name it alike: which is its version is not "
                                         "guessed; check each on its own, or merge them into one")
            # Its own translations go unchecked (`ar_EG/` beside `ar/`: export ships it as a version
            # of its own): the command that checks it is said with them.
            translated = entries_words(twin.entries)["entries_translated"]
            skipped.append(SkippedCatalog(twin.path, f"a second {twin.locale} catalog of its document: {checked.path} is checked"
                                          + (f"; to check its {translated} translated entr{'y' if translated == 1 else 'ies'}: "
                                             f"hexaglot check {shlex.quote(str(twin.path))}" if translated else "")))
        template = read_entries(located(template_path), str(template_path)) if template_path else None
        if template is not None:
            digests.append(template.digest)
        if template is None and is_xliff(document.paths[0]):
            # An XLIFF file exported beside its template carries the template's comments.
            template = xliff_template(located(document.paths[0]), str(document.paths[0]))
        catalogs = [with_template_segments(catalog, template) for catalog in catalogs]
        if self.settings.source_lang_assumed:
            self._sources_in_the_assumed_language(template or (catalogs[0] if catalogs else None))
        return ReadDocument(document, tuple(catalogs), tuple(skipped), template, template_path, base, tuple(digests))

    def _sources_in_the_assumed_language(self, catalog: CatalogFile | None) -> None:
        """Sources that plainly read as another language than the one assumed for want of a
        name are an input error: checked as English, French sources had their English
        translation skipped as "the sources" and no French term looked for, and passed."""
        if catalog is None:
            return
        assumed = self.settings.source_lang
        reading = other_language((entry.msgid for entry in catalog.entries if _running_text(entry.msgid)), assumed)
        if reading is not None:
            name, assumed_name = profile(reading.lang).english_name, profile(assumed).english_name
            raise HexaglotInputError("E045", catalog.path, f"its sources (msgids) read as {name}, not {assumed_name} "
                                     f"({reading.evidence}), and nothing names their language: check with --source-lang "
                                     f"{reading.lang}, or give the catalogs an X-Source-Language header")

    def contexts(self, catalog: CatalogFile, entries) -> list[EntryContext]:
        """An entry context for each of these entries of the catalog."""
        settings = self.settings
        return [EntryContext(catalog, entry, settings.source_lang, self.terminology, self.levels, settings.accelerators)
                for entry in entries]

    def entry_findings(self, catalog: CatalogFile, contexts: list[EntryContext]) -> EntryFindings:
        """The findings of the entry checks on these entries of the catalog."""
        return run_entries(self.checks, catalog.lang, contexts, self.with_terms, self.text_findings)

    def finish(self, read: ReadDocument, contexts: list[list[EntryContext]], entries: list[EntryFindings],
               words: list[dict[str, int]] | None = None) -> CheckResult:
        """The document's result: the findings of its entry checks (`entries`, one per catalog,
        found on `contexts`, the entry contexts of each catalog), of its catalog and document
        checks run here, less what translators suppressed; stored in the cache if there is one.
        `words`: each catalog's word counts where they were counted already."""
        settings, document, part = self.settings, read.document, CheckResult()
        part.skipped.extend(read.skipped)
        suppressions = part.suppressions  # (file, msgctxt, msgid) → codes
        members = []
        if words is None:
            words = [catalog_words(catalog) for catalog in read.catalogs]
        for catalog, these, found, counted in zip(read.catalogs, contexts, entries, words, strict=True):
            part.catalogs.append(catalog.path)
            if catalog.empty:
                part.empty_catalogs.append(catalog.path)
            elif not catalog.entries:
                part.catalogs_without_entries.append(catalog.path)
            part.forms_left_empty += sum(1 for entry in catalog.entries if entry.plural_forms and not entry.fuzzy
                                         and any(entry.plural_forms) and not all(entry.plural_forms))
            part.locales[catalog.path] = catalog.locale
            if settings.keep_report_data:
                part.catalog_files.append(replace(catalog, document=document.label or document.name))
            part.entries_checked += len(catalog.entries)
            part.concepts_found.update(found.concepts)
            # (of the entries whose text is checked: a fuzzy plural gives FMT001 nothing to read)
            part.entry_kinds.update(kinds_of(entry for entry in catalog.entries if not entry.fuzzy))
            part.words[catalog.path] = counted  # counted where the catalog is read (and cached)
            header_rule = suppression(catalog.header_comment)
            if header_rule != set():
                suppressions[(catalog.path, "", "")] = _codes(header_rule)
                part.unknown_suppressions.extend(f"{catalog.path}:1: {said}" for said in _not_understood(header_rule or set()))
            for context in these:
                rule = suppression(context.entry.tcomment)
                if rule != set():
                    suppressions[(catalog.path, *context.entry.key)] = _codes(rule)
                    part.unknown_suppressions.extend(f"{catalog.path}:{context.entry.line}: {said}"
                                                     for said in _not_understood(rule or set()))
            catalog_context = CatalogContext(catalog, [c for c in these if checkable(c)], self.levels)
            part.findings.extend(run_catalog(self.checks, catalog_context, these, self.with_terms, self.text_findings, found))
            members.append(catalog_context)
            if self.run_wide:
                for context in catalog_context.entries:
                    part.run_index.add(context)
        if read.template is not None and read.catalogs:
            part.entry_kinds.update(kinds_of(read.template.entries) & TEMPLATE_KINDS)
        whole = DocumentContext(document.name, settings.source_lang, members, read.template)
        for check in self.checks:
            if check.scope == "document":
                part.findings.extend(check.run(whole))
        if self.report_terms:
            for member in members:
                for context in member.entries:
                    key = (context.catalog.path, *context.entry.key)
                    part.target_terms[key] = [TermOccurrence(m.start, m.end, m.concept, m.term.status.value) for m in context.target]
                    part.source_terms[key] = [TermOccurrence(m.start, m.end, m.concept, m.term.status.value) for m in context.source]
        found, part.findings = part.findings, part.suppress(part.findings)
        if self.cache:
            self.cache.store(list(document.paths), read.template_path, part, read.digests, found)
        return part

    def _not_checked(self, catalog: CatalogFile) -> str:
        """Why a catalog is not checked, or "". A language that is not one of the six, or
        that cannot be determined, stops the run unless the user asked to skip such catalogs."""
        settings = self.settings
        if catalog.empty and (catalog.language_problem or not catalog.lang):
            # (One whose path names its language is checked, as holding nothing: CONS010 fails
            # the gate where its template or the other versions hold entries.)
            return "the file is empty: no header and no entry"
        if catalog.language_problem:
            if not settings.skip_other_languages:
                # A catalog of Portuguese is not made checkable by its header: said which helps when.
                # (an XLIFF file's language is its target-language, which its CAT tool sets)
                where = "its target-language" if is_xliff(Path(catalog.path)) else "its Language header"
                raise HexaglotInputError("E012", catalog.path, f"{catalog.language_problem}; if it is in one of the six, "
                                         f"set {where}; if not, pass --skip-other-languages to list it as not checked")
            return catalog.language_problem
        if catalog.lang == settings.source_lang:
            reason = f"in the source language ({settings.source_lang}): its translations are the sources"
            differ = sum(1 for entry in catalog.entries if entry.msgstr and entry.msgstr != entry.msgid)
            if settings.source_lang_assumed and differ * 2 > len(catalog.entries):
                # Too little text to tell the sources' language (E045), but a translation of
                # most of them into the language assumed for them: said, not passed by.
                reason += (f", as assumed, for nothing names it; yet {differ} of its {len(catalog.entries)} entries "
                           f"{'translates its' if differ == 1 else 'translate their'} msgid: if the sources are in another language, say which with --source-lang")
            return reason
        if settings.languages and catalog.lang not in settings.languages:
            return f"{catalog.lang} {LEFT_OUT_LANGUAGE} ({', '.join(settings.languages)})"
        return ""


def _the_plainer(catalog: CatalogFile, twin: CatalogFile) -> bool:
    """Whether of two catalogs of one locale in a document, `catalog` (met second) is the one
    to check: its path names the language alone and its twin's does not, or names it as
    gettext does, in small letters (`fr.po` over `FR.po`, which sorts first)."""
    return _naming_rank(catalog) > _naming_rank(twin)


def _naming_rank(catalog: CatalogFile) -> int:
    """How plainly a catalog's path names its language, as extract ranks the folders it merges
    into (stages._po_path): 3 as gettext does (`fr.po`), 2 by the language alone otherwise
    (`FR.po`, `fr/`), 1 by its UN version's locale (`fr_FR/`, `zh_Hans/`), 0 by a region's
    variety (`fr_CA/`, `ar_SA/`)."""
    path = Path(catalog.path)
    if path.stem == catalog.lang:
        return 3
    if names_the_language_alone(path, catalog.lang):
        return 2
    # The locale's folder (`fr_FR/LC_MESSAGES/`, `fr_FR/doc.po`) or the file's name (`fr-FR.po`).
    named = [path.parent.parent.name] if path.parent.name == "LC_MESSAGES" else [path.stem, path.parent.name]
    return 1 if any(version_language(name) == catalog.lang for name in named) else 0


def _running_text(text: str) -> bool:
    """A sentence, not a name or a label: five words at least, no more than half of them
    capitalised (ten characters, in Chinese, which has no spaces). The articles inside a
    gazetteer's place names (`Valle del Cauca`, `Los Patios`) are not the sources' language;
    Arabic, which has no capitals, is text like any other."""
    if _HAN.search(text):
        return len(_HAN.findall(text)) >= 10
    words = _WORDS.findall(text)
    return len(words) >= 5 and 2 * sum(word[0].isupper() for word in words) <= len(words)


_WORDS = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


# Why a catalog of a language not asked for (--lang, the configuration's languages) is not
# checked: the summary counts these apart from catalogs that could not be checked.
LEFT_OUT_LANGUAGE = "is not among the languages checked"


def check_catalog(catalog: CatalogFile, checks: list[CheckInfo], terminology: Terminology, source_lang: str,
                  with_terms: bool = True) -> list[Finding]:
    """The findings of the entry and catalog checks on one catalog (no cross-version checks)."""
    levels = {check.code: check.severity for check in checks}
    contexts = [EntryContext(catalog, entry, source_lang, terminology, levels) for entry in catalog.entries]
    return run_catalog(checks, CatalogContext(catalog, [c for c in contexts if checkable(c)], levels), contexts, with_terms)


def checkable(context: EntryContext) -> bool:
    """Is the entry translated and not fuzzy (what the "entry" checks and the wider ones see)?"""
    # Untranslated and fuzzy entries get one finding each (CONS001, CONS002), not forty (and
    # so does one translated with whitespace alone).
    return bool(context.entry.msgstr) and not context.entry.fuzzy and not context.entry.blank


def run_catalog(checks, catalog_context: CatalogContext, every_entry: list[EntryContext], with_terms: bool,
                text_findings: TextFindings | None = None, entries: EntryFindings | None = None) -> list[Finding]:
    """The findings of the entry and catalog checks that apply to the catalog's language. The
    entry checks' findings are `entries` where they were found already (run_entries)."""
    lang = catalog_context.catalog.lang
    if entries is None:
        entries = run_entries(checks, lang, every_entry, with_terms, text_findings)
    findings: list[Finding] = []
    for check in _applying(checks, lang, with_terms):
        if check.scope == "catalog":
            findings.extend(check.run(catalog_context))
        else:
            findings.extend(entries.by_check.get(check.code, ()))
    findings.extend(entries.text_only)
    return findings


def run_entries(checks, lang: str, every_entry: list[EntryContext], with_terms: bool,
                text_findings: TextFindings | None = None) -> EntryFindings:
    """The findings of the entry checks that apply to the language, on these entries of one
    catalog in its order (the "entry" checks on those translated and not fuzzy)."""
    translated = [context for context in every_entry if checkable(context)]
    # The texts the text-only checks read, as (entry, form, what the check sees): each
    # translation, then the later plural forms of an entry that has them (its findings named by
    # form, as _on_form says), also where msgstr[0] alone is empty: such an entry is neither
    # untranslated nor fuzzy (FMT001 names the empty form), and its translated forms are read
    # as any others.
    texts = []
    for context in every_entry:
        translated_entry = checkable(context)
        if translated_entry:
            texts.append((context, 0, context))
        if context.entry.plural_forms and (translated_entry or _forms_only(context)):
            texts += [(context, n, form) for n, form in context.later_forms()]
    by_check: dict[str, list[Finding]] = {}
    text_only = []
    applying = _applying(checks, lang, with_terms)
    for check in applying:
        if check.text_only and text_findings is not None:
            text_only.append(check)
        elif check.text_only:
            by_check[check.code] = [_on_form(f, entry, n) for entry, n, text in texts for f in check.run(text)]
        elif check.scope == "entry":
            by_check[check.code] = [finding for context in translated for finding in check.run(context)]
        elif check.scope == "entry-any":
            by_check[check.code] = [finding for context in every_entry for finding in check.run(context)]
    found = [_on_form(f, entry, n) for entry, n, text in texts for f in text_findings.of(text_only, text)] if text_only else []
    # The sources' matches, which the term checks computed (kept per text: TextCache).
    concepts = frozenset(match.concept for context in translated for match in context.source) if any(
        check.code.startswith("TERM") for check in applying) else frozenset()
    return EntryFindings(by_check, found, concepts)


def _forms_only(context: EntryContext) -> bool:
    """An entry with plural forms, not fuzzy, whose msgstr[0] is empty and another form not."""
    entry = context.entry
    return bool(entry.plural_forms) and not entry.fuzzy and not entry.msgstr and any(entry.plural_forms)


def _on_form(finding: Finding, context: EntryContext, form: int) -> Finding:
    """A finding of a text-only check on a later plural form (EntryContext.later_forms), made
    a finding on the entry's msgstr[form]: its entry named by msgid as every finding's, its
    line that form's, its message saying which form."""
    if not form:
        return finding
    return replace(finding, msgid=context.entry.msgid, line=context.entry.form_line(form), form=form,
                   message=f"msgstr[{form}]: {finding.message}")


def _applying(checks, lang: str, with_terms: bool):
    return [check for check in checks if lang in check.languages and (with_terms or not check.code.startswith("TERM"))]


class TextFindings:
    """The findings of the text-only checks (`CheckInfo.text_only`) per pair of texts, for
    one process, one glossary and one configuration: a pair met again (a heading, a table
    cell, a sentence repeated across a series of documents) gets the first one's findings,
    moved to its own file and line, instead of running the checks again. The term checks
    are among them: their analysis is cached per text already, but comparing a source's
    concepts with a translation's for every repeated entry was a twentieth of a run."""

    def __init__(self):
        self.found: TextCache[tuple[str, str, str, tuple[str, ...], str, tuple[str, ...]], list[Finding]] = TextCache()

    def of(self, checks: list[CheckInfo], context: EntryContext) -> list[Finding]:
        entry = context.entry
        # flags: what is masked (placeholders.py); a list's items end as the language's do;
        # the plural forms, which TERM002 reads too; the variety, whose numbers may be its own
        # (`es_419` writes `1,234.56`, TYPO012)
        key = (context.catalog.locale or context.lang, entry.msgid, entry.msgstr, entry.flags, context.list_role,
               entry.plural_forms)
        found = self.found.get(key)
        if found is None:
            return self.found.put(key, [finding for check in checks for finding in check.run(context)])
        return [replace(f, file=context.catalog.path, line=entry.finding_line, msgctxt=entry.msgctxt, msgid=entry.msgid) for f in found]


def _families() -> set[str]:
    """The checks' families (`TERM`, `TYPO`), which a suppression may name as --ignore does."""
    return {code.rstrip("0123456789") for code in REGISTRY}


def _not_understood(codes: set[str]) -> list[str]:
    """What to say of the codes of a suppression that are neither a check's code nor a family's
    prefix (`TREM002`), with the code meant where one is near."""
    known = set(REGISTRY) | _families()
    said = []
    for code in sorted(codes - known):
        near = get_close_matches(code, sorted(REGISTRY), n=1) or get_close_matches(code, sorted(known), n=1)
        said.append(f"'# hexaglot: ignore {code}' names no check{f' ({near[0]}?)' if near else ''}: it suppresses nothing")
    return said


def _codes(rule: set[str] | None) -> tuple[str, ...] | None:
    return None if rule is None else tuple(sorted(rule))


def suppression(tcomment: str) -> set[str] | None:
    """`# hexaglot: ignore TERM003, TYPO004` → those codes; `# hexaglot: ignore` → None (all);
    no such comment → an empty set."""
    match = _SUPPRESS.search(tcomment or "")
    if not match:
        return set()
    words = [word for word in re.split(r"[,\s]+", match.group(1).strip()) if word]
    if not words:
        return None  # `# hexaglot: ignore` alone: every code
    families = _families()
    codes = set()
    for word in words:
        if not (_CODE_SHAPE.fullmatch(word.upper()) or word.upper() in families):
            break  # the translator's note begins
        codes.add(word.upper())
    # Words and no code (`# hexaglot: ignore this one`): no suppress-all, but a word not
    # understood, which the summary names.
    return codes or {words[0].upper()}
