"""Export and import over catalogs: which file goes where, what is checked before anything is
written, and what a person is told. The command line calls these; the formats are in
xliff_out.py, xliff_in.py and tmx.py, the merging in catalog.py.

Nothing is written before everything is made: every file of an export is rendered and checked
against its official schema first (a file the schema refuses is hexaglot's bug, E026, and
nothing is written); every XLIFF file of an import is read and placed first (a file that
cannot be read or placed stops the import, E024/E025, with every catalog unchanged).
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from pipeline.catalog import (ImportStats, bilingual_catalog, catalog_to_save, import_translations, read_catalog,
                              read_catalog_as_read)
from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualFile, translation_digest
from pipeline.exchange.glossary_notes import GlossaryNotes
from pipeline.exchange.tmx import languages_held, tmx_bytes
from pipeline.exchange.validation import tmx_problems, xliff_problems
from pipeline.exchange.xliff_in import read_xliff
from pipeline.exchange.xliff_out import EXPORTED_FUZZY, xliff_bytes
from pipeline.fileio import atomic_write_all, atomic_write_bytes, held_for_writing, regular_file, safe_file_name
from pipeline.lang.locales import catalog_locale, language_tag, names_a_locale
from pipeline.model import Glossary
from pipeline.outputs import guard_catalog_trees, guard_inside
from pipeline.printable import on_one_line
from pipeline.safe_xml import parse_untrusted


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


def export_xliff(documents: list[Catalogs], out: Path, version: str, glossaries: list[Glossary], source_lang: str,
                 inputs: Sequence[Path] = ()) -> Exported:
    """OUT/<language>/<document>.xlf for each catalog that is not in the source language.
    `inputs`: the paths the command was given, none of whose catalog trees a file goes into."""
    result, rendered, holding = Exported(), {}, []
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
            _claim(rendered, target, out, path, inputs)
            try:
                _refuse_unimported_work(target, path)
            except HexaglotInputError as error:
                holding.append(error)  # every such file said at once, not one a run
            rendered[target] = data
            result.written.append((target, _describe(catalog, f"XLIFF {version}", glossed if notes else None)))
    if holding:
        first, others = holding[0], [str(error.path) for error in holding[1:]]
        if others:
            raise HexaglotInputError(first.code, first.path, f"{first.message}; and so {'do' if len(others) > 1 else 'does'} "
                                     f"{', '.join(others)}")
        raise first
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
        _claim(rendered, target, out, document.paths[0])  # (a memory is no catalog a check reads)
        _refuse_foreign_memory(target)
        rendered[target] = data
        units = data.count(b"<tu ")
        # Only the versions the memory holds a text of are named: an untranslated catalog
        # (a language extracted, not yet translated) is said not exported, not listed as held.
        held = languages_held(data)
        for version in versions:
            if language_tag(version.target_lang) not in held:
                result.not_exported.append(f"{version.original} (nothing translated)")
        languages = ", ".join([language_tag(source)] + [language_tag(v.target_lang) for v in versions
                                                         if language_tag(v.target_lang) in held])
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
    text = f"{what}, {len(entries)} units ({translated} translated, {fuzzy} fuzzy, {len(entries) - translated - fuzzy} untranslated"
    # A plural entry with a form empty or missing (under the catalog's nplurals) is said apart:
    # its empty forms go out untranslated, to be filled.
    nplurals = catalog.plural_header()[0] or 0
    short = sum(entry.translated and bool(entry.msgid_plural)
                and (len(entry.plural_forms) < nplurals or not all(entry.plural_forms)) for entry in entries)
    text += f"; {short} with plural forms to fill)" if short else ")"
    if glossed is not None:
        text += f", glossary terms noted on {glossed}"
    return text


def _refuse_invalid(path: Path, what: str, problems: list[str]) -> None:
    if problems:
        raise HexaglotInputError("E026", path, f"hexaglot made a {what} file its official schema refuses ({problems[0]}): "
                                 "a bug in hexaglot, please report it; nothing was written")


def _claim(rendered: dict, target: Path, out: Path, path: Path, inputs: Sequence[Path] = ()) -> None:
    guard_inside(target, out)
    guard_catalog_trees(target, inputs, out)
    if target in rendered:
        raise HexaglotInputError("E026", path, f"two catalogs would be written to {target}; export them to different folders")


def _edited_since_export(unit) -> bool:
    """Whether the unit's translation is not the one hexaglot exported (or it does not say),
    or its state is not (a translator's flag on a text left as it was is their work too)."""
    return not unit.exported or unit.exported != translation_digest(unit.forms) or _state_edited_since_export(unit)


def _state_edited_since_export(unit) -> bool:
    """Whether the unit's state is not the one exported: where the file does not say what that
    was, a unit flagged to be reviewed is taken for the translator's flag."""
    if not unit.exported_state:
        return unit.fuzzy
    return unit.fuzzy != (unit.exported_state == EXPORTED_FUZZY)


def _refuse_unimported_work(target: Path, catalog: Path) -> None:
    """E044 where an XLIFF file already at `target` holds work its catalog has not: a
    translation filled in or changed, a state or a note (a translator's, in a CAT tool, not yet
    imported). Exporting again wrote over it, and the work was gone. An export the catalog
    holds all of, or one it has moved on from (re-extracted since), is written over as before."""
    if not (target.exists() or target.is_symlink()):
        return
    try:
        incoming = read_xliff(target)
    except HexaglotInputError as error:
        raise HexaglotInputError("E044", target, f"a file is here that is no XLIFF this export can read ({error.message}): "
                                 "move it away to export here") from None
    stats = ImportStats()
    import_translations(read_catalog(catalog), catalog, incoming, stats)  # on a copy read for this: nothing is written
    # Translations are work where the file's differ from what was exported (a unit hexaglot
    # wrote says what it was): whatever the catalog did since (extracted again from a changed
    # source or a revised version, its obsolete entries purged), one as exported is no one's
    # work. States and notes are counted from every unit.
    edited = ImportStats()
    import_translations(read_catalog(catalog), catalog,
                        replace(incoming, entries=tuple(unit for unit in incoming.entries if _edited_since_export(unit))), edited)
    # A state is work where the file's is not the one exported: one the catalog changed since
    # (a reviser's fuzzy flag) is not. A file that does not say what it exported counts every state.
    states = ImportStats()
    import_translations(read_catalog(catalog), catalog, replace(incoming, entries=tuple(
        unit for unit in incoming.entries if not unit.exported_state or _state_edited_since_export(unit))), states)
    work = [(edited.filled, "translation{} filled in"), (edited.updated, "translation{} changed"),
            (states.state_changed, "state{} changed"), (stats.notes_added, "note{} added"),
            (len(edited.conflicts), "translation{} changed where the catalog changed too"),
            # A translation the file changed for a segment whose source changed since (extracted
            # again), or found under another segment: import takes it in fuzzy; one no entry
            # takes any more, import keeps obsolete. Writing over the file lost either.
            (edited.source_changed + edited.context_changed + edited.suggested, "translation{} changed for a source changed since"),
            (len(edited.kept_obsolete), "translation{} of a segment the catalog no longer has")]
    said = ", ".join(f"{count} {what.format('' if count == 1 else 's')}" for count, what in work if count)
    if said:
        raise HexaglotInputError("E044", target, f"holds work its catalog {catalog} has not ({said}): import it first "
                                 f"(hexaglot import {shlex.quote(str(target))}), or move it away to export again; nothing was written")


def _refuse_foreign_memory(target: Path) -> None:
    """E044 where a file at `target` is not a TMX hexaglot wrote: another tool's memory
    (Trados's, OmegaT's) of the same name, or anything else, which exporting wrote over. A
    memory hexaglot wrote is made again from the catalogs: nothing is added to one by hand
    that an import could bring back."""
    if not (target.exists() or target.is_symlink()):
        return
    try:
        root = parse_untrusted(regular_file(target, "translation memory", "E044").read_bytes(), target, "E044").getroot()
    except HexaglotInputError as error:
        raise HexaglotInputError("E044", target, f"a file is here that is no TMX this export can read ({error.message}): "
                                 "move it away to export here; nothing was written") from None
    header = root.find("header") if root.tag == "tmx" else None
    tool = header.get("creationtool", "") if header is not None else ""
    if tool != "hexaglot":
        said = f"another tool's translation memory (written by {tool})" if tool else "a file hexaglot did not write"
        raise HexaglotInputError("E044", target, f"is {said}: move it away, or export with another --out; nothing was written")


def _write(rendered: dict[Path, bytes]) -> None:
    for target, data in rendered.items():
        atomic_write_bytes(target, data)


# -- import ------------------------------------------------------------------------------------


@dataclass
class Imported:
    source: Path  # the XLIFF file
    catalog: Path
    stats: ImportStats
    written: bool = False
    note: str = ""  # how the file was placed, where a person would not guess it

    def lines(self, dry_run: bool = False) -> list[str]:
        """What a person is told: the counts, then each conflict and each unit kept obsolete,
        at its line in the XLIFF file; each on one line (a text's line breaks written `\\n`, as
        check writes them: a conflict on a text of two lines printed lines of no conflict)."""
        stats = self.stats
        counts = [(stats.filled, "translation filled", "translations filled"),
                  (stats.updated, "translation changed", "translations changed"),
                  (stats.state_changed, "state changed", "states changed"),
                  (stats.source_changed, "for a changed source (fuzzy, old source kept)", "for changed sources (fuzzy, old sources kept)"),
                  (stats.context_changed, "found by its source (fuzzy)", "found by their source (fuzzy)"),
                  (stats.suggested, "similar-source suggestion (fuzzy)", "similar-source suggestions (fuzzy)"),
                  (stats.notes_added, "note added", "notes added"), (len(stats.kept_obsolete), "kept obsolete", "kept obsolete"),
                  (stats.empty_kept, "empty target (the catalog's translation kept)",
                   "empty targets (the catalog's translations kept)"),
                  (stats.newer_kept, "changed in the catalog since the export (the file's unit as exported: the catalog's kept)",
                   "changed in the catalog since the export (the file's units as exported: the catalogs' kept)"),
                  (len(stats.conflicts), "conflict", "conflicts")]
        said = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts if n) or "nothing new"
        state = "dry run, nothing written" if dry_run else "catalog written" if self.written else "catalog unchanged"
        if stats.marks_kept:
            n = stats.marks_kept
            kept = (f"{n} fuzzy mark{'s' if n > 1 else ''} the file would clear kept: it does not say what it was exported "
                    "with, so whether a reviser set the mark since cannot be told (clear it in the catalog, or import a "
                    "file hexaglot exported)")
        marked = (f"{stats.reviser_marks_kept} fuzzy mark{'s' if stats.reviser_marks_kept > 1 else ''} set in the catalog "
                  "since the export kept on the file's new text" if stats.reviser_marks_kept else "")
        lines = [f"{self.source} → {self.catalog}: {stats.units} units: {said} ({state})"
                 + (f"; {self.note}" if self.note else "") + (f"; {kept}" if stats.marks_kept else "")
                 + (f"; {marked}" if marked else "")]
        for conflict in stats.conflicts:
            catalog_text, file_text = _around_difference(conflict.catalog_text, conflict.incoming_text)
            lines += [f"  {self.source}:{conflict.line}: conflict [{conflict.msgctxt or conflict.msgid[:40]}]: {conflict.why}; "
                      "the catalog's translation is kept",
                      f"    catalog: {catalog_text}", f"    file:    {file_text}"]
        for kept in stats.kept_obsolete:
            line, _, what = kept.partition(": ")
            lines.append(f"  {self.source}:{line}: kept obsolete (#~) [{what}]: no entry of the catalog takes it")
        for short in stats.forms_left_out:
            line, _, what = short.partition(": ")
            lines.append(f"  {self.source}:{line}: plural forms the file left empty or out [{what}]: kept empty, the entry fuzzy")
        for partial in stats.segments_left_out:
            line, _, what = partial.partition(": ")
            lines.append(f"  {self.source}:{line}: a segment the file left untranslated [{what}]: the rest taken, the entry fuzzy")
        return [on_one_line(line) for line in lines]


def _around_difference(first: str, second: str, width: int = 90) -> tuple[str, str]:
    """Both texts from a little before where they part, cut to `width`: what a person needs to
    see of two long paragraphs that differ in a word."""
    common = 0
    while common < min(len(first), len(second)) and first[common] == second[common]:
        common += 1
    start = max(0, common - 30)

    def cut(text: str) -> str:
        piece = text[start:start + width]
        return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")

    return cut(first), cut(second)


def import_xliff(files: list[Path], into: Path, catalog: Path | None = None, dry_run: bool = False) -> list[Imported]:
    """Merge each XLIFF file into its catalog: `catalog` if given, else the catalog of its
    document and language under `into` (<into>/<locale>/LC_MESSAGES/<document>.po)."""
    for path in files:
        if path.suffix.lower() in (".po", ".pot"):
            # Read as XML, it was "not well-formed XML: Start tag expected".
            raise HexaglotInputError("E024", path, "a PO catalog, not an XLIFF file: import brings a CAT tool's XLIFF into "
                                     "its catalog; a PO file is checked as it is (hexaglot check), or merged into another "
                                     "with gettext's msgcat or msgmerge")
    placed = [(path, read_xliff(path)) for path in files]
    targets = [catalog if catalog is not None else _catalog_for(incoming, path, into) for path, incoming in placed]
    catalogs: dict[Path, object] = {}
    outcomes = []
    for (path, incoming), target in zip(placed, targets):
        key = target.resolve()
        if key not in catalogs:
            existing, read_from = read_catalog_as_read(target)
            if existing is None:
                raise HexaglotInputError("E025", target, "no catalog here to import into")
            catalogs[key] = (target, existing, read_from)
        live = sum(not entry.obsolete for entry in catalogs[key][1])
        if not incoming.entries and live:
            # As `check` refuses a file it read nothing in (E023): an import that read nothing
            # is the wrong file, or one a tool emptied, not "nothing new".
            raise HexaglotInputError("E024", path, f"holds no unit to import (an empty body, or every unit translate=\"no\"), "
                                     f"for a catalog of {live} entries ({target}); nothing was imported")
        stats = ImportStats()
        import_translations(catalogs[key][1], target, incoming, stats)
        notes = [_variety_note(incoming, catalogs[key][1], target)]
        if incoming.codes_dropped:
            # A CAT tool's bold or italics (<g>), which a PO text cannot hold: its text is kept,
            # and the loss of the formatting is said, not silent.
            notes.append(f"{incoming.codes_dropped} inline formatting code{'s' if incoming.codes_dropped > 1 else ''} "
                         "of the targets (<g>, <pc>) left out, their text kept: a PO text holds none")
        if incoming.copies_left_out:
            n = incoming.copies_left_out
            notes.append(f"{n} target{'s' if n > 1 else ''} that cop{'y' if n > 1 else 'ies'} the source in "
                         f"{'segments' if n > 1 else 'a segment'} the tool marks not yet translated left out "
                         "(a CAT tool's copy, to be typed over)")
        if stats.copies_fuzzy:
            n = stats.copies_fuzzy
            notes.append(f"{n} target{'s' if n > 1 else ''} that cop{'y' if n > 1 else 'ies'} the source, with no state to say "
                         f"{'they are' if n > 1 else 'it is'} translated, read as fuzzy")
        outcomes.append(Imported(path, target, stats, note="; ".join(filter(None, notes))))
    if not dry_run:
        # Every catalog written, or none: one that cannot be written (a read-only folder) left
        # the ones before it changed under an exit 2 that says nothing was.
        # (held from the comparison with what was read to the write: see held_for_writing)
        with held_for_writing(target for target, _, _ in catalogs.values()):
            writes = []
            for key, (target, merged, read_from) in catalogs.items():
                if any(o.stats.changed for o in outcomes if o.catalog.resolve() == key):
                    data = catalog_to_save(merged, target, merged, creation_date=merged.metadata.get("POT-Creation-Date"),
                                           read_from=read_from)
                    if data is not None:
                        writes.append((target, data))
                    for outcome in outcomes:
                        if outcome.catalog.resolve() == key:
                            outcome.written = data is not None
            atomic_write_all(writes)
    return outcomes


def _variety_note(incoming: BilingualFile, catalog, target: Path) -> str:
    """Where a region's file went into its language's catalog (`ar-SA` into `ar`), said."""
    theirs = catalog_locale(incoming.target_lang, target) if incoming.target_lang else None
    ours = catalog_locale(catalog.metadata.get("Language", ""), target)
    if theirs is None or not theirs.lang or theirs.locale == ours.locale:
        return ""
    folder = target.parent.parent.name
    if folder.replace("-", "_").casefold() == theirs.locale.casefold():
        # A team's `ar_SA/` that holds the catalog of `ar` (extract merges into it): the file's
        # region has its folder, and the catalog in it is of the language.
        return f"{incoming.target_lang} taken as {ours.locale}, the Language its catalog in {folder}/ declares"
    return f"{incoming.target_lang} taken as {ours.locale}: no catalog of {theirs.locale} here"


def _language_of_catalog_path(original: str) -> str:
    """The language a catalog's path names (`locale/ru/LC_MESSAGES/doc.po` → ru), or "" where
    it names none in gettext's layout."""
    parts = PurePosixPath(original.replace("\\", "/")).parts
    if "LC_MESSAGES" not in parts[1:]:
        return ""
    folder = parts[parts.index("LC_MESSAGES") - 1]
    return catalog_locale(folder, Path(folder)).lang if names_a_locale(folder) else ""


def _catalog_for(incoming: BilingualFile, path: Path, into: Path) -> Path:
    """The catalog an XLIFF file belongs to, found from its language and document's name, never
    from a path the file gives (a hostile file could name any)."""
    if not incoming.target_lang:
        raise HexaglotInputError("E025", path, "the file names no target language; say which catalog it goes to with --catalog")
    if not incoming.document:
        raise HexaglotInputError("E025", path, "the file names no catalog (its <file original> is empty); "
                                 "say which catalog it goes to with --catalog")
    wanted = catalog_locale(incoming.target_lang, path, "its target-language", path_may_differ=True)
    if wanted.problem:
        raise HexaglotInputError("E025", path, f"{wanted.problem}; say which catalog it goes to with --catalog")
    exported_from = _language_of_catalog_path(incoming.original)
    if exported_from and exported_from != wanted.lang:
        # A file whose target language was changed (to send it to another translator): read
        # as its target language says, the Russian notes and conflicts went into the French
        # catalog.
        raise HexaglotInputError("E025", path, f"its target language is {incoming.target_lang}, but it was exported from "
                                 f"the {exported_from} catalog {incoming.original}: it holds that language's work; say which "
                                 "catalog it goes to with --catalog if it really is this one's")
    name = f"{safe_file_name(incoming.document)}.po"
    folders = sorted(p for p in into.iterdir() if p.is_dir() and names_a_locale(p.name)) if into.is_dir() else []
    found = [folder / "LC_MESSAGES" / name for folder in folders
             if catalog_locale(folder.name, folder).locale == wanted.locale and (folder / "LC_MESSAGES" / name).is_file()]
    if not found and wanted.locale != wanted.lang:
        # No catalog of the region's variety (`ar-SA`, Trados's Arabic): the language's, as
        # gettext falls back from ar_SA to ar.
        found = [folder / "LC_MESSAGES" / name for folder in folders
                 if catalog_locale(folder.name, folder).locale == wanted.lang and (folder / "LC_MESSAGES" / name).is_file()]
    if not found and incoming.original.endswith(".po") and not Path(incoming.original).is_absolute():
        # Another layout (`po/ru.po`, xgettext's and msginit's): the catalog the file names, as
        # long as it is under --into; its language is checked against the file's on import.
        named = into / Path(incoming.original).relative_to(into) if Path(incoming.original).is_relative_to(into) else None
        if named is not None and named.is_file() and named.resolve().is_relative_to(into.resolve()):
            found = [named]
    if len(found) != 1:
        looked = f"{into}/{wanted.locale}/LC_MESSAGES/{name}"
        if incoming.original.endswith(".po") and incoming.original != f"{wanted.locale}/LC_MESSAGES/{name}":
            looked += f" and the file's own {incoming.original} under {into}"
        why = "no such catalog" if not found else f"{len(found)} catalogs match ({', '.join(map(str, found))})"
        raise HexaglotInputError("E025", path, f"{why}: looked for {looked}; give --into the folder that holds the "
                                 "catalogs, or say which catalog it goes to with --catalog")
    guard_inside(found[0], into)
    return found[0]
