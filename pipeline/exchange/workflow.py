"""Export over catalogs: which file goes where, what is checked before anything is written,
and what a person is told. The command line calls these; the formats are in xliff_out.py and
tmx.py.

Nothing is written before everything is made: every file of an export is rendered and checked
against its official schema first (a file the schema refuses is hexaglot's bug, E026, and
nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.catalog import bilingual_catalog
from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualFile
from pipeline.exchange.glossary_notes import GlossaryNotes
from pipeline.exchange.tmx import tmx_bytes
from pipeline.exchange.validation import tmx_problems, xliff_problems
from pipeline.exchange.xliff_out import xliff_bytes
from pipeline.fileio import atomic_write_bytes, safe_file_name
from pipeline.lang.locales import catalog_locale, language_tag
from pipeline.model import Glossary
from pipeline.outputs import guard_inside


@dataclass(frozen=True)
class Catalogs:
    """One document's catalogs, as the command line found and grouped them."""

    document: str  # its name: the catalogs' domain
    paths: tuple[Path, ...]
    template: Path | None = None


@dataclass
class Exported:
    written: list[tuple[Path, str]] = field(default_factory=list)  # (file, what it holds)
    not_exported: list[str] = field(default_factory=list)  # catalogs left out, and why


def export_xliff(documents: list[Catalogs], out: Path, version: str, glossaries: list[Glossary], source_lang: str) -> Exported:
    """OUT/<language>/<document>.xlf for each catalog that is not in the source language."""
    result, rendered = Exported(), {}
    notes = GlossaryNotes(glossaries, source_lang) if glossaries else None
    for document in documents:
        for path in document.paths:
            catalog = bilingual_catalog(path, document.template, path.as_posix())
            found = catalog_locale(catalog.target_lang, path)
            if found.problem:
                result.not_exported.append(f"{path} ({found.problem})")
                continue
            if found.lang == _source_language(catalog, path, source_lang):
                result.not_exported.append(f"{path} (in the source language: its translations are the sources)")
                continue
            glossed = 0
            if notes is not None:
                entries = []
                for entry in catalog.entries:
                    found_terms = notes.notes(entry.msgid, found.lang)
                    glossed += bool(found_terms)
                    entries.append(replace(entry, glossary_notes=found_terms))
                catalog = replace(catalog, entries=tuple(entries))
            data = xliff_bytes(catalog, version)
            _refuse_invalid(path, f"XLIFF {version}", xliff_problems(data, version))
            target = out / safe_file_name(language_tag(catalog.target_lang or found.locale)) / f"{safe_file_name(document.document)}.xlf"
            _claim(rendered, target, out, path)
            rendered[target] = data
            result.written.append((target, _describe(catalog, f"XLIFF {version}", glossed if notes else None)))
    _write(rendered)
    return result


def export_tmx(documents: list[Catalogs], out: Path, source_lang: str) -> Exported:
    """OUT/<document>.tmx for each document: its versions, aligned by segment."""
    result, rendered = Exported(), {}
    for document in documents:
        versions: list[BilingualFile] = []
        for path in document.paths:
            catalog = bilingual_catalog(path, None, path.as_posix())
            found = catalog_locale(catalog.target_lang, path)
            if found.problem:
                result.not_exported.append(f"{path} ({found.problem})")
            elif found.lang == _source_language(catalog, path, source_lang):
                result.not_exported.append(f"{path} (in the source language: its msgids are the source)")
            else:
                versions.append(catalog)
        if not versions:
            continue
        source = versions[0].source_lang or source_lang
        symbol = next((version.symbol for version in versions if version.symbol), "")
        data = tmx_bytes(document.document, symbol, source, versions)
        _refuse_invalid(document.paths[0], "TMX 1.4", tmx_problems(data))
        target = out / f"{safe_file_name(document.document)}.tmx"
        _claim(rendered, target, out, document.paths[0])
        rendered[target] = data
        units = data.count(b"<tu ")
        languages = ", ".join([language_tag(source)] + [language_tag(v.target_lang) for v in versions])
        result.written.append((target, f"{units} translation units ({languages}){f', {symbol}' if symbol else ''}"))
    _write(rendered)
    return result


def _source_language(catalog: BilingualFile, path: Path, default: str) -> str:
    """The language of the catalog's msgids: its X-Source-Language header, else the one given."""
    return catalog_locale(catalog.source_lang, path).lang or default if catalog.source_lang else default


def _describe(catalog: BilingualFile, what: str, glossed: int | None) -> str:
    entries = catalog.entries
    translated = sum(entry.translated and not entry.fuzzy for entry in entries)
    fuzzy = sum(entry.translated and entry.fuzzy for entry in entries)
    text = f"{what}, {len(entries)} units ({translated} translated, {fuzzy} fuzzy, {len(entries) - translated - fuzzy} untranslated)"
    if glossed is not None:
        text += f", glossary terms noted on {glossed}"
    return text


def _refuse_invalid(path: Path, what: str, problems: list[str]) -> None:
    if problems:
        raise HexaglotInputError("E026", path, f"hexaglot made a {what} file its official schema refuses ({problems[0]}): "
                                 "a bug in hexaglot, please report it; nothing was written")


def _claim(rendered: dict, target: Path, out: Path, path: Path) -> None:
    guard_inside(target, out)
    if target in rendered:
        raise HexaglotInputError("E026", path, f"two catalogs would be written to {target}; export them to different folders")


def _write(rendered: dict[Path, bytes]) -> None:
    for target, data in rendered.items():
        atomic_write_bytes(target, data)
