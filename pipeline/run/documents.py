"""Which catalogs a run checks, and how they group into documents."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.exchange.other_formats import UNMISTAKABLE, others_in
from pipeline.exchange.xliff_in import XLIFF_SUFFIXES, holds_xliff
from pipeline.fileio import regular_file
from pipeline.lang.locales import name_and_locale, names_a_locale
from pipeline.model import LANGUAGES


@dataclass(frozen=True)
class Document:
    """A document's catalogs, one per language: the unit of work. `name` is its domain (the
    catalogs' file name, or their folder's where files are named by language); `label` names
    it in reports, unique in the run (`app1-django` where two applications have a `django`)."""

    name: str
    paths: tuple[Path, ...]
    label: str = ""


def catalog_paths(paths: list[Path]) -> list[Path]:
    """PO and XLIFF files named, or found under the folders named (templates are not checked)."""
    found: list[Path] = []
    leads_to: set[str] = set()  # where the files of the paths named before lead
    for path in paths:
        before = len(found)
        if path.is_dir():
            # Anything named *.po (or *.xlf, *.xliff) must be a catalog: a FIFO, a folder or a
            # looping link of that name is an error, not a catalog passed by in silence.
            named = sorted(_named_under(path, (".po", *XLIFF_SUFFIXES)))
            found.extend(regular_file(p, "catalog") for p in named)
            # A tool's XLIFF saved as `.xml` (a project's other XML files are passed by).
            found.extend(p for p in sorted(_named_under(path, (".xml",))) if p.is_file() and holds_xliff(p))
        elif path.suffix.lower() == ".pot" and path.is_file():
            # As a folder of templates alone is said (below): named, it was "its language cannot
            # be determined … set its Language header", which would make a template a catalog.
            raise HexaglotInputError("E009", path, "a template (.pot), which holds the sources, not a catalog to check: a "
                                     "translation starts as a PO file made from one (msginit, or `hexaglot extract`)")
        elif path.exists() or path.is_symlink():
            found.append(regular_file(path, "catalog"))
        else:
            raise HexaglotInputError("E001", path, "no such file or folder")
        # A file another path named already leads to (`shop` and a link `shoplink -> shop`
        # both named): its findings were said and counted twice. Inside one path named, a
        # link stays a catalog of its own (`ru -> ru_RU` is the catalog of ru).
        these = [(p, os.path.realpath(p)) for p in found[before:]]
        found[before:] = [p for p, real in these if real not in leads_to]
        leads_to.update(real for _, real in these)
    found = _each_once(found)
    if not found:
        # A folder of templates alone is a project not yet translated, not a mistyped path.
        templates = any(next(path.rglob("*.pot"), None) for path in paths if path.is_dir())
        others = others_in(paths)
        # A folder of translation memories alone was "no catalog found" and no more (a probe's).
        memories = sum(1 for path in paths if path.is_dir() for _ in path.rglob("*.tmx"))
        raise HexaglotInputError("E009", paths[0] if paths else Path("."), "no PO or XLIFF catalog found" + (
            ": only templates (.pot), which hold the sources; a translation starts as a PO file made from one "
            "(msginit, or `hexaglot extract`)" if templates else "") + (
            "; it holds catalogs of other formats, which a converter makes PO files of: "
            + "; ".join(f"{count} {suffix} ({UNMISTAKABLE[suffix].convert})" for suffix, count in sorted(others.items()))
            if others else "") + (
            f"; it holds {memories} translation memor{'y' if memories == 1 else 'ies'} (.tmx), which are no catalogs: "
            "check the catalogs they were made from" if memories else ""))
    return found


def _named_under(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """What under `folder` is named with one of `suffixes` (files, and anything else so named),
    through links to folders too: Path.rglob does not follow them (Python 3.11), and a
    language's folder linked in from elsewhere (`locale/ru -> ../shared/ru`) was left out
    without a word. Each real folder is walked once, so a link that loops ends."""
    found: list[Path] = []
    walked: set[str] = set()

    def unreadable(error: OSError) -> None:
        # os.walk passes over a folder it cannot list: a language's catalogs left unchecked,
        # and the run passed. The catalogs under it are as unreadable as a catalog would be.
        raise HexaglotInputError("E001", Path(error.filename or folder), f"the folder cannot be read: {error.strerror}")

    for root, folders, files in os.walk(folder, onerror=unreadable, followlinks=True):
        real = os.path.realpath(root)
        if real in walked:
            folders[:] = []
            continue
        walked.add(real)
        # `FR.PO`, `E-CN.RU.XLF`: a suffix in capitals (a Windows tool's) names a catalog too.
        found += [Path(root) / name for name in [*files, *folders] if name.lower().endswith(suffixes)]
    return found


def _each_once(paths: list[Path]) -> list[Path]:
    """Each catalog once, as first named: a file named and again in a folder named (`x.po .`,
    `locale/ru/…/x.po locale`, a shell glob beside its folder) was checked twice, its findings
    printed and counted twice. The same file by the same path, not by where links lead: a
    link `ru -> ru_RU` is the catalog of its own locale."""
    seen: set[str] = set()
    once = []
    for path in paths:
        where = os.path.normpath(os.path.abspath(path))
        if where not in seen:
            seen.add(where)
            once.append(path)
    return once


def document_of(path: Path) -> tuple[Path, str]:
    """(the folder that holds a document's catalogs in every language, the document's name)
    for the layouts gettext's tools use: `<root>/<locale>/LC_MESSAGES/<domain>.po`,
    `<root>/<locale>/<domain>.po`, and `<folder>/<locale>.po` (one document per folder).
    Two applications' `django.po` are two documents; `po/ru.po` and `po/fr.po` are one, named
    after the project that holds `po/` (`editor/po/ru.po` is the document `editor`)."""
    parent = path.parent
    if parent.name == "LC_MESSAGES" and names_a_locale(parent.parent.name):
        return parent.parent.parent, path.stem
    if names_a_locale(path.stem):
        folder = parent.resolve()
        named = folder.parent if folder.name.lower() in _USUAL_FOLDERS else folder
        return parent, named.name or path.stem
    if names_a_locale(parent.name):
        return parent.parent, path.stem
    named = name_and_locale(path.stem)  # `app_ru.po` beside `app_es_AR.po`: the document `app`
    if named:
        return parent, named[0]
    return parent, path.stem


def documents_of(paths: list[Path]) -> list[Document]:
    """Catalog paths grouped by document, in the order first met."""
    groups: dict[tuple[Path, str], list[Path]] = {}
    for path in paths:
        groups.setdefault(document_of(path), []).append(path)
    names = Counter(name for _, name in groups)
    shared = [root.resolve() for root, name in groups if names[name] > 1]
    common = Path(os.path.commonpath(shared)) if shared else None
    documents = []
    for (root, name), members in groups.items():
        label = name
        if names[name] > 1:
            # A name two documents share is told apart by the folders that hold each, below
            # what they have in common, without the usual folder names (`polls-django`).
            parts = [p for p in root.resolve().relative_to(common).parts if p.lower() not in _USUAL_FOLDERS]
            label = "-".join([*parts, name])
        documents.append(Document(name, tuple(members), label))
    return documents


_USUAL_FOLDERS = {"locale", "locales", "po", "i18n", "l10n", "translations", "lang", "languages"}


def languages_of(documents: list[Document]) -> set[str]:
    """Languages named by the catalog paths (<lang>/LC_MESSAGES/<doc>.po), for warming up."""
    return {p.parent.parent.name for d in documents for p in d.paths if p.parent.name == "LC_MESSAGES"} & set(LANGUAGES)


def template_of(path: Path, name: str) -> Path | None:
    """The template of a document's catalog, where gettext's layouts keep it: `templates/` or
    the root beside `<root>/<locale>/LC_MESSAGES/<doc>.po` and `<root>/<locale>/<doc>.po`
    (hexaglot's, Babel's `<root>/<doc>.pot`), and, for `<folder>/<locale>.po`, `<doc>.pot` or
    the one template in the folder (`po/ru.po` beside `po/editor.pot`). The checks that compare
    with the source's comments (REF004's footnote markers) read it."""
    parent = path.parent
    if parent.name == "LC_MESSAGES" and names_a_locale(parent.parent.name):
        root = parent.parent.parent
    elif names_a_locale(parent.name) and not names_a_locale(path.stem):
        root = parent.parent
    elif names_a_locale(path.stem):
        candidate = parent / f"{name}.pot"
        if _a_template(candidate):
            return candidate
        templates = [found for found in parent.glob("*.pot") if found.is_file()]
        return templates[0] if len(templates) == 1 else None
    else:
        return None
    for candidate in (root / "templates" / f"{path.stem}.pot", root / f"{path.stem}.pot"):
        if _a_template(candidate):
            return candidate
    return None


def _a_template(path: Path) -> bool:
    """Whether `path` is a template to read: a regular file. Something else of its name (a
    folder, a named pipe, a link to nothing or that loops) is an input error, said as a catalog
    of the kind is, not a template passed over in silence (REF004's markers come from it)."""
    if path.is_file():
        return True
    if os.path.lexists(path):
        regular_file(path, "template", "E008")
    return False
