"""Running the checks over catalogs: read each catalog, build the entry contexts once, run
every selected check, collect the findings in file and line order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.catalog import read_entries
from pipeline.checks import selected
from pipeline.checks.context import CatalogContext, EntryContext, Terminology
from pipeline.errors import HexaglotInputError
from pipeline.model import Finding, Glossary


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
    severities = {check.code: check.severity for check in checks}
    concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
    terminology = Terminology(concepts, tuple(glossaries))
    result = CheckResult()
    for path in catalog_paths(paths):
        catalog = read_entries(path)
        result.catalogs.append(catalog.path)
        if catalog.lang == source_lang:
            continue
        applicable = [c for c in checks if catalog.lang in c.languages and (glossaries or not c.code.startswith("TERM"))]
        contexts = [
            EntryContext(catalog, entry, source_lang, terminology, severities)
            for entry in catalog.entries
            if entry.msgstr  # untranslated entries are CONS001's, not forty findings
        ]
        result.entries_checked += len(catalog.entries)
        for check in applicable:
            if check.scope == "entry":
                for context in contexts:
                    result.findings.extend(check.run(context))
            else:
                result.findings.extend(check.run(CatalogContext(catalog, contexts)))
    result.findings.sort(key=lambda f: (f.file, f.line, f.code))
    return result
