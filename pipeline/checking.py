"""Running the checks over catalogs: read each catalog, build the entry contexts once, run
every selected check at its scope (entry, catalog, the six versions of a document, the whole
run), drop what translators suppressed, and return the findings in file and line order."""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.cache import DocumentCache, RunIndex
from pipeline.catalog import read_entries
from pipeline.checks import CheckInfo, selected
from pipeline.checks.context import TEXTS_KEPT, CatalogContext, DocumentContext, EntryContext, RunContext, Terminology
from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file
from pipeline.model import LANGUAGES, CatalogFile, Finding, Glossary, Severity, SkippedCatalog

_SUPPRESS = re.compile(r"hexaglot:\s*ignore\b([A-Z0-9,\s]*)", re.IGNORECASE)


@dataclass
class CheckResult:
    """The outcome of checking some documents; results of documents checked apart (in other
    processes, from the cache) are absorbed into one."""

    findings: list[Finding] = field(default_factory=list)
    entries_checked: int = 0
    catalogs: list[str] = field(default_factory=list)  # the catalogs checked, not those skipped
    # The locale each catalog checked was read as (`zh` for a zh_Hans folder, `es_AR`).
    locales: dict[str, str] = field(default_factory=dict)
    skipped: list[SkippedCatalog] = field(default_factory=list)
    suppressed: int = 0
    run_index: RunIndex = field(default_factory=RunIndex)
    # What a report shows beside the findings, kept from the run so that no check runs again.
    catalog_files: list[CatalogFile] = field(default_factory=list)
    # (file, msgctxt, msgid) → the glossary terms found in the translation: (start, end, concept, status)
    target_terms: dict[tuple[str, str], list[tuple[int, int, str, str]]] = field(default_factory=dict)
    source_terms: dict[tuple[str, str], list[tuple[int, int, str, str]]] = field(default_factory=dict)

    def absorb(self, part: "CheckResult") -> None:
        """Add a part's results to these; the part is taken over (see RunIndex.merge)."""
        self.findings.extend(part.findings)
        self.entries_checked += part.entries_checked
        self.catalogs.extend(part.catalogs)
        self.locales.update(part.locales)
        self.skipped.extend(part.skipped)
        self.suppressed += part.suppressed
        self.catalog_files.extend(part.catalog_files)
        self.target_terms.update(part.target_terms)
        self.source_terms.update(part.source_terms)
        self.run_index.merge(part.run_index)


def catalog_paths(paths: list[Path]) -> list[Path]:
    """PO files named, or found under the folders named (templates are not checked)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Anything named *.po must be a catalog: a FIFO, a folder or a looping link of that
            # name is an error, not a catalog passed by in silence.
            found.extend(regular_file(p, "catalog") for p in sorted(path.rglob("*.po")))
        elif path.exists() or path.is_symlink():
            found.append(regular_file(path, "catalog"))
        else:
            raise HexaglotInputError("E001", path, "no such file or folder")
    if not found:
        raise HexaglotInputError("E009", paths[0] if paths else Path("."), "no PO catalog found")
    return found


def terminology_for(glossaries: list[Glossary]) -> Terminology:
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    return Terminology(concepts, tuple(glossaries))


@dataclass(frozen=True)
class CheckSettings:
    """Everything a worker process needs to check a document, and the cache key is made of."""

    source_lang: str = "en"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severities: tuple[tuple[str, str], ...] = ()
    languages: tuple[str, ...] | None = None
    keep_report_data: bool = False
    skip_other_languages: bool = False


def check_catalogs(paths: list[Path], glossaries: list[Glossary], source_lang: str = "en",
                   select: list[str] | None = None, ignore: list[str] | None = None,
                   severities: dict[str, Severity] | None = None, languages: tuple[str, ...] | None = None,
                   progress=None, jobs: int = 1, cache: Path | None = None, keep_report_data: bool = True,
                   scheduler: str | None = None, skip_other_languages: bool = False) -> CheckResult:
    """Check every catalog under `paths`, document by document (a document's catalogs in all
    languages are checked together, so that the six-version checks see them all).

    `jobs` > 1 checks documents in that many processes, each loading the glossary once; `cache`
    is a folder where each document's findings are kept, keyed on the content of its catalogs,
    the glossary and the settings, so that an unchanged document is not checked again.
    `scheduler` sends the documents to a Dask cluster instead (pipeline/distributed.py).
    """
    settings = CheckSettings(
        source_lang, tuple(select) if select else None, tuple(ignore) if ignore else None,
        tuple(sorted((code, level.value) for code, level in (severities or {}).items())),
        tuple(languages) if languages else None, keep_report_data and not cache, skip_other_languages,
    )
    documents = _documents(catalog_paths(paths))
    checks = selected(settings.select and list(settings.select), settings.ignore and list(settings.ignore))
    result = CheckResult()
    absorb = result.absorb

    run_findings = run_key = None
    if cache:
        # Documents unchanged since the last run come straight from the cache, before any
        # analyser is built: a run with nothing to do costs little more than hashing the files.
        lookup = DocumentCache(cache, glossaries, settings, [c.code for c in checks])
        keys = [lookup.keys(paths, _template(paths[0], name)) for name, paths in documents]
        run_key = lookup.run_key(keys)
        # With every document unchanged, the run-wide findings are stored too, and the
        # documents' run indexes (which hold their texts) need not be read.
        run_findings = lookup.load_run(run_key) if all(lookup.has(k) for k in keys) else None
        hits = [lookup.load(key, with_index=run_findings is None) for key in keys]
        if run_findings is not None and None in hits:
            # A damaged entry after all: the run-wide findings must be made again, from every index.
            run_findings = None
            hits = [lookup.load(key) for key in keys]
        missing = []
        for document, hit in zip(documents, hits):
            if hit is None:
                missing.append(document)
            else:
                absorb(hit)
        documents = missing
    if scheduler and documents:
        from pipeline.distributed import check_documents

        for part in check_documents(scheduler, documents, glossaries, settings, cache):
            if progress:
                progress(Path(part.catalogs[0]) if part.catalogs else Path("."))
            absorb(part)
    elif jobs > 1 and len(documents) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Workers are forked from a parent that has built the analysers and term indexes, so
        # each starts warm instead of spending seconds building its own.
        _start_worker(glossaries, settings, cache)
        _STATE.warm_up(_languages_of(documents))
        # What the parent built is kept for the whole run: out of the collector's sight, and
        # its pages stay shared with the workers instead of being copied when it is walked.
        gc.freeze()
        try:
            with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                for part in pool.map(_worker_check, documents, chunksize=1):
                    if progress:
                        progress(Path(part.catalogs[0]) if part.catalogs else Path("."))
                    absorb(part)
                    _out_of_collection()
        finally:
            gc.unfreeze()  # a library call leaves the collector as it found it
    elif documents:
        state = _WorkerState(glossaries, settings, cache)
        try:
            for document in documents:
                if progress:
                    progress(document[1][0])
                absorb(state.check(document))
                _out_of_collection()
        finally:
            gc.unfreeze()  # a library call leaves the collector as it found it
    if run_findings is None:
        levels = {check.code: _level(check, settings) for check in checks}
        run_findings = [f for check in checks if check.scope == "run" for f in check.run(RunContext(result.run_index, levels))]
        if cache:
            lookup.store_run(run_key, run_findings)
    result.findings.extend(run_findings)
    result.findings.sort(key=lambda f: (f.file, f.line, f.code, f.message))
    return result


def _languages_of(documents) -> set[str]:
    """Languages named by the catalog paths (<lang>/LC_MESSAGES/<doc>.po), for warming up."""
    return {p.parent.parent.name for _, paths in documents for p in paths if p.parent.name == "LC_MESSAGES"} & set(LANGUAGES)


def _level(check: CheckInfo, settings: CheckSettings) -> Severity:
    overrides = dict(settings.severities)
    return Severity(overrides[check.code]) if check.code in overrides else check.severity


def _documents(paths: list[Path]) -> list[tuple[str, list[Path]]]:
    """Catalog paths grouped by document (the file name), in the order first met."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(path.stem, []).append(path)
    return list(groups.items())


class _WorkerState:
    """A process's glossary, analysers and settings, built once and used for every document."""

    def __init__(self, glossaries: list[Glossary], settings: CheckSettings, cache: Path | None):
        # A process that checks makes millions of small objects that live for one entry and
        # form no cycles, beside large tables that live for the whole run (word caches, lemma
        # tables, pymorphy3's dictionary). With the default thresholds the collector walked
        # those tables again and again: a fifth of the run's time. Collections are made
        # rarer in every process that checks: local, a pool's workers, a cluster's workers
        # (and where hexaglot runs the process, it also puts what a document leaves out of
        # the collector's sight: _out_of_collection).
        gc.set_threshold(100_000, 50, 100)
        self.settings = settings
        self.terminology = terminology_for(glossaries)
        self.with_terms = bool(glossaries)
        self.checks = selected(settings.select and list(settings.select), settings.ignore and list(settings.ignore))
        self.levels = {check.code: _level(check, settings) for check in self.checks}
        self.text_findings = TextFindings()
        # The run index holds every distinct text of the run (most of a large run's memory):
        # built only when a run-wide check (CONS004, CONS005) will read it.
        self.run_wide = any(check.scope == "run" for check in self.checks)
        self.cache = DocumentCache(cache, glossaries, settings, [c.code for c in self.checks]) if cache else None
        self.base: Path | None = None

    def warm_up(self, languages: set[str]) -> None:
        if self.with_terms:
            for lang in languages | {self.settings.source_lang}:
                self.terminology.index(lang)

    def check(self, document: tuple[str, list[Path]], base: Path | None = None) -> CheckResult:
        """The findings of one document. Relative paths are read from `base` when it is given
        (a cluster's worker, whose working folder is not the user's), and named as given."""
        # The parent has already served every document the cache holds (check_catalogs), so a
        # document that reaches a worker is a miss: it is checked, then stored.
        name, paths = document
        self.base = base
        template = _template(self._located(paths[0]), name)
        if template is not None and base is not None:
            template = template.relative_to(base) if template.is_relative_to(base) else template
        part = self._check(name, paths, template)
        if self.cache:
            self.cache.store(paths, template, part, base)
        return part

    def _check(self, name: str, paths: list[Path], template_path: Path | None) -> CheckResult:
        settings, part = self.settings, CheckResult()
        suppressions: dict[tuple[str, str, str], set[str] | None] = {}  # (file, msgctxt, msgid) → codes
        members = []
        for path in paths:
            catalog = read_entries(self._located(path), str(path))
            reason = self._not_checked(catalog)
            if reason:
                part.skipped.append(SkippedCatalog(catalog.path, reason))
                continue
            part.catalogs.append(catalog.path)
            part.locales[catalog.path] = catalog.locale
            if settings.keep_report_data:
                part.catalog_files.append(catalog)
            part.entries_checked += len(catalog.entries)
            contexts = [EntryContext(catalog, entry, settings.source_lang, self.terminology, self.levels) for entry in catalog.entries]
            for context in contexts:
                rule = _suppression(context.entry.tcomment)
                if rule != set():
                    suppressions[(catalog.path, *context.entry.key)] = rule
            catalog_context = CatalogContext(catalog, [c for c in contexts if _checkable(c)])
            part.findings.extend(_run_catalog(self.checks, catalog_context, contexts, self.with_terms, self.text_findings))
            members.append(catalog_context)
            if self.run_wide:
                for context in catalog_context.entries:
                    part.run_index.add(context)
        template = read_entries(self._located(template_path), str(template_path)) if template_path else None
        document = DocumentContext(name, settings.source_lang, members, template)
        for check in self.checks:
            if check.scope == "document":
                part.findings.extend(check.run(document))
        if settings.keep_report_data and self.with_terms and any(c.code.startswith("TERM") for c in self.checks):
            for member in members:
                for context in member.entries:
                    key = (context.catalog.path, *context.entry.key)
                    part.target_terms[key] = [(m.start, m.end, m.concept, m.term.status.value) for m in context.target]
                    part.source_terms[key] = [(m.start, m.end, m.concept, m.term.status.value) for m in context.source]
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
            return f"{catalog.lang} is not among the languages the configuration checks ({', '.join(settings.languages)})"
        return ""

    def _located(self, path: Path) -> Path:
        return self.base / path if self.base is not None else path


_STATE: _WorkerState | None = None


def _start_worker(glossaries, settings, cache) -> None:
    global _STATE
    _STATE = _WorkerState(glossaries, settings, cache)


def _worker_check(document) -> CheckResult:
    part = _STATE.check(document)
    _out_of_collection()
    return part


def _out_of_collection() -> None:
    """Everything alive once a document is checked (the caches of analyses, values and
    findings, the results so far) is put out of the cyclic collector's sight. Checking makes
    no reference cycles (tests/test_cache.py says so), so the collector finds nothing to free
    among them; yet it walked them again and again, each young object once and the older ones
    at every collection of their generation: 1 s of an 18 s run (100,000 entries), 0.05 s
    after this. What is put out of sight is still freed as usual when it is dropped. Only in
    processes hexaglot runs (a pool's workers, a local run, the parent gathering results);
    a Dask worker's collector belongs to the worker."""
    gc.freeze()


def check_catalog(catalog: CatalogFile, checks: list[CheckInfo], terminology: Terminology, source_lang: str,
                  with_terms: bool = True) -> list[Finding]:
    """The findings of the entry and catalog checks on one catalog (no cross-version checks)."""
    levels = {check.code: check.severity for check in checks}
    contexts = [EntryContext(catalog, entry, source_lang, terminology, levels) for entry in catalog.entries]
    return _run_catalog(checks, CatalogContext(catalog, [c for c in contexts if _checkable(c)]), contexts, with_terms)


def _checkable(context: EntryContext) -> bool:
    # Untranslated and fuzzy entries get one finding each (CONS001, CONS002), not forty.
    return bool(context.entry.msgstr) and not context.entry.fuzzy


def _run_catalog(checks, catalog_context: CatalogContext, every_entry: list[EntryContext], with_terms: bool,
                 text_findings: TextFindings | None = None) -> list[Finding]:
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
    concepts with a translation's for every repeated entry was a twentieth of a run.
    Bounded like the term caches: past the bound it starts again."""

    def __init__(self, size: int = TEXTS_KEPT):
        self.size = size
        self.found: dict[tuple[str, str, str], list[Finding]] = {}

    def of(self, checks: list[CheckInfo], context: EntryContext) -> list[Finding]:
        entry = context.entry
        key = (context.lang, entry.msgid, entry.msgstr)
        found = self.found.get(key)
        if found is None:
            if len(self.found) >= self.size:
                self.found.clear()
            found = self.found[key] = [finding for check in checks for finding in check.run(context)]
            return found
        return [replace(f, file=context.catalog.path, line=entry.line, msgctxt=entry.msgctxt, msgid=entry.msgid) for f in found]


def _suppression(tcomment: str) -> set[str] | None:
    """`# hexaglot: ignore TERM003, TYPO004` → those codes; `# hexaglot: ignore` → None (all);
    no such comment → an empty set."""
    match = _SUPPRESS.search(tcomment or "")
    if not match:
        return set()
    codes = {code.upper() for code in re.split(r"[,\s]+", match.group(1).strip()) if code}
    return codes or None


def _template(path: Path, name: str) -> Path | None:
    """The template beside a catalog laid out as <out>/<lang>/LC_MESSAGES/<doc>.po."""
    candidate = path.parent.parent.parent / "templates" / f"{name}.pot"
    if path.parent.name == "LC_MESSAGES" and candidate.is_file():
        return candidate
    return None
