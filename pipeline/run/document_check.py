"""Checking one document: read its catalogs, build the entry contexts once, run every selected
check at its scope (entry, catalog, the six versions of the document), drop what translators
suppressed. The same in every strategy (this process, a pool's worker, a cluster's worker)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.catalog import read_entries, xliff_template
from pipeline.checks import CheckInfo, selected
from pipeline.checks.context import CatalogContext, DocumentContext, EntryContext, Terminology
from pipeline.errors import HexaglotInputError
from pipeline.exchange.xliff_in import is_xliff
from pipeline.model import CatalogFile, CheckResult, Finding, Glossary, SkippedCatalog, TermOccurrence
from pipeline.run.cache import DocumentCache
from pipeline.run.documents import Document, template_of
from pipeline.run.settings import CheckSettings
from pipeline.text_cache import TextCache
from pipeline.wordcount import catalog_words

_SUPPRESS = re.compile(r"hexaglot:\s*ignore\b([A-Z0-9,\s]*)", re.IGNORECASE)


def terminology_for(glossaries: list[Glossary]) -> Terminology:
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    return Terminology(concepts, tuple(glossaries))


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
        def located(path: Path) -> Path:
            return base / path if base is not None else path

        template = template_of(located(document.paths[0]), document.name)
        if template is not None and base is not None:
            template = template.relative_to(base) if template.is_relative_to(base) else template
        part = self._check(document, template, located)
        if self.cache:
            self.cache.store(list(document.paths), template, part, base)
        return part

    def _check(self, document: Document, template_path: Path | None, located) -> CheckResult:
        settings, part = self.settings, CheckResult()
        suppressions: dict[tuple[str, str, str], set[str] | None] = {}  # (file, msgctxt, msgid) → codes
        members = []
        for path in document.paths:
            catalog = read_entries(located(path), str(path))
            reason = self._not_checked(catalog)
            if reason:
                part.skipped.append(SkippedCatalog(catalog.path, reason))
                continue
            part.catalogs.append(catalog.path)
            part.locales[catalog.path] = catalog.locale
            if settings.keep_report_data:
                part.catalog_files.append(replace(catalog, document=document.label or document.name))
            part.entries_checked += len(catalog.entries)
            part.words[catalog.path] = catalog_words(catalog)  # counted where the catalog is read (and cached)
            contexts = [EntryContext(catalog, entry, settings.source_lang, self.terminology, self.levels,
                                     settings.accelerators) for entry in catalog.entries]
            for context in contexts:
                rule = suppression(context.entry.tcomment)
                if rule != set():
                    suppressions[(catalog.path, *context.entry.key)] = rule
            catalog_context = CatalogContext(catalog, [c for c in contexts if _checkable(c)])
            part.findings.extend(run_catalog(self.checks, catalog_context, contexts, self.with_terms, self.text_findings))
            members.append(catalog_context)
            if self.run_wide:
                for context in catalog_context.entries:
                    part.run_index.add(context)
        template = read_entries(located(template_path), str(template_path)) if template_path else None
        if template is None and is_xliff(document.paths[0]):
            # An XLIFF file exported beside its template carries the template's comments.
            template = xliff_template(located(document.paths[0]), str(document.paths[0]))
        whole = DocumentContext(document.name, settings.source_lang, members, template)
        for check in self.checks:
            if check.scope == "document":
                part.findings.extend(check.run(whole))
        if settings.keep_report_data and self.with_terms and any(c.code.startswith("TERM") for c in self.checks):
            for member in members:
                for context in member.entries:
                    key = (context.catalog.path, *context.entry.key)
                    part.target_terms[key] = [TermOccurrence(m.start, m.end, m.concept, m.term.status.value) for m in context.target]
                    part.source_terms[key] = [TermOccurrence(m.start, m.end, m.concept, m.term.status.value) for m in context.source]
        kept = []
        for finding in part.findings:
            rule = suppressions.get((finding.file, finding.msgctxt, finding.msgid), set())
            if rule is None or finding.code in (rule or ()):
                part.suppressed += 1
            else:
                kept.append(finding)
        part.findings = kept
        return part

    def _not_checked(self, catalog: CatalogFile) -> str:
        """Why a catalog is not checked, or "". A language that is not one of the six, or
        that cannot be determined, stops the run unless the user asked to skip such catalogs."""
        settings = self.settings
        if catalog.language_problem:
            if not settings.skip_other_languages:
                raise HexaglotInputError("E012", catalog.path, f"{catalog.language_problem}; set its Language header, "
                                         "or pass --skip-other-languages to list it as not checked")
            return catalog.language_problem
        if catalog.lang == settings.source_lang:
            return f"in the source language ({settings.source_lang}): its translations are the sources"
        if settings.languages and catalog.lang not in settings.languages:
            return f"{catalog.lang} {LEFT_OUT_LANGUAGE} ({', '.join(settings.languages)})"
        return ""


# Why a catalog of a language not asked for (--lang, the configuration's languages) is not
# checked: the summary counts these apart from catalogs that could not be checked.
LEFT_OUT_LANGUAGE = "is not among the languages checked"


def check_catalog(catalog: CatalogFile, checks: list[CheckInfo], terminology: Terminology, source_lang: str,
                  with_terms: bool = True) -> list[Finding]:
    """The findings of the entry and catalog checks on one catalog (no cross-version checks)."""
    levels = {check.code: check.severity for check in checks}
    contexts = [EntryContext(catalog, entry, source_lang, terminology, levels) for entry in catalog.entries]
    return run_catalog(checks, CatalogContext(catalog, [c for c in contexts if _checkable(c)]), contexts, with_terms)


def _checkable(context: EntryContext) -> bool:
    # Untranslated and fuzzy entries get one finding each (CONS001, CONS002), not forty.
    return bool(context.entry.msgstr) and not context.entry.fuzzy


def run_catalog(checks, catalog_context: CatalogContext, every_entry: list[EntryContext], with_terms: bool,
                text_findings: TextFindings | None = None) -> list[Finding]:
    """The findings of the entry and catalog checks that apply to the catalog's language."""
    findings: list[Finding] = []
    lang = catalog_context.catalog.lang
    text_only = []
    for check in checks:
        if lang not in check.languages or (check.code.startswith("TERM") and not with_terms):
            continue
        if check.text_only and text_findings is not None:
            text_only.append(check)
        elif check.scope == "entry":
            for context in catalog_context.entries:
                findings.extend(check.run(context))
        elif check.scope == "entry-any":
            for context in every_entry:
                findings.extend(check.run(context))
        elif check.scope == "catalog":
            findings.extend(check.run(catalog_context))
    if text_only:
        for context in catalog_context.entries:
            findings.extend(text_findings.of(text_only, context))
    return findings


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
        # the plural forms, which TERM002 reads too
        key = (context.lang, entry.msgid, entry.msgstr, entry.flags, context.list_role, entry.plural_forms)
        found = self.found.get(key)
        if found is None:
            return self.found.put(key, [finding for check in checks for finding in check.run(context)])
        return [replace(f, file=context.catalog.path, line=entry.finding_line, msgctxt=entry.msgctxt, msgid=entry.msgid) for f in found]


def suppression(tcomment: str) -> set[str] | None:
    """`# hexaglot: ignore TERM003, TYPO004` → those codes; `# hexaglot: ignore` → None (all);
    no such comment → an empty set."""
    match = _SUPPRESS.search(tcomment or "")
    if not match:
        return set()
    codes = {code.upper() for code in re.split(r"[,\s]+", match.group(1).strip()) if code}
    return codes or None
