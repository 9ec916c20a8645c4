"""`check_catalogs`: the whole run, from the paths a user names to one CheckResult."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from pipeline.catalog import read_entries

from pipeline.checks import selected
from pipeline.checks.context import RunContext
from pipeline.model import CheckResult, Glossary, Severity
from pipeline.run.cache import DocumentCache
from pipeline.run.chunks import split_plan
from pipeline.run.cluster import check_on_cluster
from pipeline.run.documents import Document, catalog_paths, documents_of, template_of
from pipeline.run.settings import CheckSettings
from pipeline.run.strategies import check_here, check_in_pool


def check_catalogs(paths: list[Path], glossaries: list[Glossary], source_lang: str = "en",
                   select: list[str] | None = None, ignore: list[str] | None = None,
                   severities: dict[str, Severity] | None = None, languages: tuple[str, ...] | None = None,
                   progress: Callable[[Path], None] | None = None, jobs: int = 1, cache: Path | None = None,
                   keep_report_data: bool = True, scheduler: str | None = None,
                   skip_other_languages: bool = False, accelerators: tuple[str, ...] = (),
                   source_lang_assumed: bool = False) -> CheckResult:
    """Check every catalog under `paths`, document by document (a document's catalogs in all
    languages are checked together, so that the six-version checks see them all).

    `cache` is a folder where each document's findings are kept, keyed on the content of its
    catalogs, the glossary and the settings, so that an unchanged document is not checked
    again; the others are checked on the Dask cluster at `scheduler`, or in `jobs` processes
    (each starting with the glossary's analysers built), or in this one. `accelerators` are
    the keyboard accelerator markers (`&`, `_`) the translations must keep (FMT007).
    """
    settings = CheckSettings(
        source_lang, tuple(select) if select else None, tuple(ignore) if ignore else None,
        tuple(sorted((code, level.value) for code, level in (severities or {}).items())),
        tuple(languages) if languages else None, keep_report_data, skip_other_languages,
        tuple(accelerators), source_lang_assumed,
    )
    documents = documents_of(catalog_paths(paths))
    checks = selected(settings.select and list(settings.select), settings.ignore and list(settings.ignore))
    result = CheckResult(documents=len(documents))
    result.document_labels = {str(path): document.label or document.name for document in documents for path in document.paths}

    run_findings = run_key = lookup = None
    hits: list[CheckResult | None] = [None] * len(documents)
    if cache:
        # Documents unchanged since the last run come straight from the cache, before any
        # analyser is built: a run with nothing to do costs little more than hashing the files.
        lookup = DocumentCache(cache, glossaries, settings, [c.code for c in checks])
        keys = [lookup.keys(list(d.paths), template_of(d.paths[0], d.name)) for d in documents]
        run_key = lookup.run_key(keys)
        # With every document unchanged, the run-wide findings are stored too, and the
        # documents' run indexes (which hold their texts) need not be read.
        run_findings = lookup.load_run(run_key) if all(lookup.has(k) for k in keys) else None
        hits = [lookup.load(key, with_index=run_findings is None) for key in keys]
        if run_findings is not None and None in hits:
            # A damaged entry after all: the run-wide findings must be made again, from every index.
            run_findings = None
            hits = [lookup.load(key) for key in keys]
        for document, hit in zip(documents, hits):
            if hit is not None and settings.keep_report_data:
                # A report shows the catalogs: read again (cheap), where the term
                # occurrences, which take the analysers, came from the cache.
                hit.catalog_files = [replace(read_entries(Path(path), path), document=document.label or document.name)
                                     for path in hit.catalogs]
    to_check = [document for document, hit in zip(documents, hits) if hit is None]
    result.documents_from_cache = result.documents - len(to_check)

    # Absorbed in the documents' order, from the cache or checked: the catalogs, counts and
    # skipped files are listed as a run without the cache lists them (the same JSON, byte for
    # byte). Each strategy's results are taken to the end, so that it leaves the process as it
    # found it.
    checked = iter(_strategy(to_check, glossaries, settings, cache, jobs, scheduler))
    for document, hit in zip(documents, hits):
        if hit is None:
            hit = next(checked)
            if progress:
                progress(document.paths[0])
        result.absorb(hit)
    assert next(checked, None) is None  # and the strategy has run to its end

    if run_findings is None:
        levels = {check.code: settings.level(check) for check in checks}
        run_findings = [f for check in checks if check.scope == "run" for f in check.run(RunContext(result.run_index, levels))]
        if lookup is not None:
            lookup.store_run(run_key, run_findings)
    # Suppressed here, not before they are stored: which entries suppress what is each
    # document's to say (absorbed, from the cache too), and a run-wide finding's place may be
    # another document's entry.
    result.findings.extend(result.suppress(run_findings))
    result.findings.sort(key=lambda f: (f.file, f.line, f.code, f.message))
    return result


def _strategy(documents: list[Document], glossaries, settings, cache, jobs: int, scheduler: str | None) -> Iterator[CheckResult]:
    """The results of the documents, in their order, from where they are checked."""
    if not documents:
        return iter(())
    if scheduler:
        return check_on_cluster(scheduler, documents, glossaries, settings, cache)
    if jobs > 1 and (len(documents) > 1 or split_plan(documents, jobs)[0]):
        return check_in_pool(documents, glossaries, settings, cache, jobs)
    return check_here(documents, glossaries, settings, cache)
