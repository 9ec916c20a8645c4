"""Running the checks over catalogs: read each catalog, build the entry contexts once, run
every selected check at its scope (entry, catalog, the six versions of a document, the whole
run), drop what translators suppressed, and return the findings in file and line order."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.catalog import read_catalog, read_entries
from pipeline.checks import CheckInfo, selected
from pipeline.checks.context import CatalogContext, DocumentContext, EntryContext, RunContext, Terminology
from pipeline.errors import HexaglotInputError
from pipeline.model import CatalogFile, Finding, Glossary, Severity

_SUPPRESS = re.compile(r"hexaglot:\s*ignore\b([A-Z0-9,\s]*)", re.IGNORECASE)


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    entries_checked: int = 0
    catalogs: list[str] = field(default_factory=list)
    suppressed: int = 0
    # What a report shows beside the findings, kept from the run so that no check runs again.
    catalog_files: list[CatalogFile] = field(default_factory=list)
    # (file, msgctxt) → the glossary terms found in the translation: (start, end, concept, status)
    target_terms: dict[tuple[str, str], list[tuple[int, int, str, str]]] = field(default_factory=dict)
    source_terms: dict[tuple[str, str], list[tuple[int, int, str, str]]] = field(default_factory=dict)


def catalog_paths(paths: list[Path]) -> list[Path]:
    """PO files named, or found under the folders named (templates are not checked)."""
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.po") if p.is_file()))
        else:
            raise HexaglotInputError("E001", path, "no such file or folder")
    if not found:
        raise HexaglotInputError("E009", paths[0] if paths else Path("."), "no PO catalog found")
    return found


def terminology_for(glossaries: list[Glossary]) -> Terminology:
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    return Terminology(concepts, tuple(glossaries))


def check_catalogs(paths: list[Path], glossaries: list[Glossary], source_lang: str = "en",
                   select: list[str] | None = None, ignore: list[str] | None = None,
                   severities: dict[str, Severity] | None = None, languages: tuple[str, ...] | None = None,
                   progress=None) -> CheckResult:
    checks = selected(select, ignore)
    terminology = terminology_for(glossaries)
    levels = {check.code: (severities or {}).get(check.code, check.severity) for check in checks}
    result = CheckResult()
    documents: dict[str, list[tuple[Path, CatalogContext]]] = defaultdict(list)
    checked: list[EntryContext] = []
    suppressions: dict[tuple[str, str], set[str] | None] = {}
    for path in catalog_paths(paths):
        if progress:
            progress(path)
        catalog = read_entries(path)
        result.catalogs.append(catalog.path)
        result.catalog_files.append(catalog)
        if catalog.lang == source_lang or (languages and catalog.lang not in languages):
            continue
        result.entries_checked += len(catalog.entries)
        contexts = [EntryContext(catalog, entry, source_lang, terminology, levels) for entry in catalog.entries]
        for context in contexts:
            rule = _suppression(context.entry.tcomment)
            if rule != set():
                suppressions[(catalog.path, context.entry.msgctxt)] = rule
        catalog_context = CatalogContext(catalog, [c for c in contexts if _checkable(c)])
        result.findings.extend(_run_catalog(checks, catalog_context, contexts, bool(glossaries)))
        documents[Path(catalog.path).stem].append((path, catalog_context))
        checked.extend(catalog_context.entries)
    for name, members in documents.items():
        document = DocumentContext(name, source_lang, [c for _, c in members], _template(members[0][0], name))
        for check in checks:
            if check.scope == "document":
                result.findings.extend(check.run(document))
    for check in checks:
        if check.scope == "run":
            result.findings.extend(check.run(RunContext(checked)))
    if glossaries and any(c.code.startswith("TERM") for c in checks):
        for context in checked:
            key = (context.catalog.path, context.entry.msgctxt)
            result.target_terms[key] = [(m.start, m.end, m.concept, m.term.status.value) for m in context.target]
            result.source_terms[key] = [(m.start, m.end, m.concept, m.term.status.value) for m in context.source]
    kept = []
    for finding in result.findings:
        rule = suppressions.get((finding.file, finding.msgctxt), set())
        if rule is None or finding.code in (rule or ()):
            result.suppressed += 1
        else:
            kept.append(finding)
    result.findings = sorted(kept, key=lambda f: (f.file, f.line, f.code, f.message))
    return result


def check_catalog(catalog: CatalogFile, checks: list[CheckInfo], terminology: Terminology, source_lang: str,
                  with_terms: bool = True) -> list[Finding]:
    """The findings of the entry and catalog checks on one catalog (no cross-version checks)."""
    levels = {check.code: check.severity for check in checks}
    contexts = [EntryContext(catalog, entry, source_lang, terminology, levels) for entry in catalog.entries]
    return _run_catalog(checks, CatalogContext(catalog, [c for c in contexts if _checkable(c)]), contexts, with_terms)


def _checkable(context: EntryContext) -> bool:
    # Untranslated and fuzzy entries get one finding each (CONS001, CONS002), not forty.
    return bool(context.entry.msgstr) and not context.entry.fuzzy


def _run_catalog(checks, catalog_context: CatalogContext, every_entry: list[EntryContext], with_terms: bool) -> list[Finding]:
    findings: list[Finding] = []
    lang = catalog_context.catalog.lang
    for check in checks:
        if lang not in check.languages or (check.code.startswith("TERM") and not with_terms):
            continue
        if check.scope == "entry":
            for context in catalog_context.entries:
                findings.extend(check.run(context))
        elif check.scope == "entry-any":
            for context in every_entry:
                findings.extend(check.run(context))
        elif check.scope == "catalog":
            findings.extend(check.run(catalog_context))
    return findings


def _suppression(tcomment: str) -> set[str] | None:
    """`# hexaglot: ignore TERM003, TYPO004` → those codes; `# hexaglot: ignore` → None (all);
    no such comment → an empty set."""
    match = _SUPPRESS.search(tcomment or "")
    if not match:
        return set()
    codes = {code.upper() for code in re.split(r"[,\s]+", match.group(1).strip()) if code}
    return codes or None


def _template(path: Path, name: str) -> CatalogFile | None:
    """The template beside a catalog laid out as <out>/<lang>/LC_MESSAGES/<doc>.po."""
    candidate = path.parent.parent.parent / "templates" / f"{name}.pot"
    if path.parent.name == "LC_MESSAGES" and candidate.is_file() and read_catalog(candidate) is not None:
        return read_entries(candidate)
    return None
