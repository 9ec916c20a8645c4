"""Running the checks over catalogs: read each catalog, build the entry contexts once, run
every selected check, collect the findings in file and line order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.catalog import read_entries
from pipeline.checks import selected
from pipeline.checks.context import CatalogContext, EntryContext, Terminology
from pipeline.errors import HexaglotInputError
from pipeline.model import CatalogFile, Finding, Glossary


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    entries_checked: int = 0
    catalogs: list[str] = field(default_factory=list)


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


def check_catalogs(paths: list[Path], glossaries: list[Glossary], source_lang: str = "en",
                   select: list[str] | None = None, ignore: list[str] | None = None) -> CheckResult:
    checks = selected(select, ignore)
    terminology = terminology_for(glossaries)
    result = CheckResult()
    for path in catalog_paths(paths):
        catalog = read_entries(path)
        result.catalogs.append(catalog.path)
        if catalog.lang == source_lang:
            continue
        result.entries_checked += len(catalog.entries)
        result.findings.extend(check_catalog(catalog, checks, terminology, source_lang, bool(glossaries)))
    result.findings.sort(key=lambda f: (f.file, f.line, f.code))
    return result


def terminology_for(glossaries: list[Glossary]) -> Terminology:
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    return Terminology(concepts, tuple(glossaries))


def check_catalog(catalog: CatalogFile, checks, terminology: Terminology, source_lang: str, with_terms: bool = True) -> list[Finding]:
    """The findings of the selected checks on one catalog."""
    severities = {check.code: check.severity for check in checks}
    applicable = [c for c in checks if catalog.lang in c.languages and (with_terms or not c.code.startswith("TERM"))]
    contexts = [
        EntryContext(catalog, entry, source_lang, terminology, severities)
        for entry in catalog.entries
        if entry.msgstr  # untranslated entries are CONS001's, not forty findings
    ]
    findings: list[Finding] = []
    for check in applicable:
        if check.scope == "entry":
            for context in contexts:
                findings.extend(check.run(context))
        else:
            findings.extend(check.run(CatalogContext(catalog, contexts)))
    return findings
