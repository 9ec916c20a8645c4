"""Inputs are never outputs: where a command may write.

Every command that writes asks here first. A target is refused (E022, one line, exit 2) when it
is one of the command's inputs, lies inside a folder the command reads, or lies inside one of
the project's input folders (`corpora/`, `locale/`, `glossaries/`) that is not the command's
own product: `check --output locale/ru/LC_MESSAGES/x.po` would put findings where a translation
was, and `report --out locale` would mix pages with catalogs.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import marked_encoding
from pipeline.lang.locales import names_a_locale

# The project's folders of input, relative to the working folder.
INPUT_FOLDERS = ("corpora", "locale", "glossaries")


def guard_output(target: Path, inputs: Iterable[Path] = (), own: str | None = None, option: str = "--output") -> None:
    """Raise E022 if writing `target` could overwrite an input (see the module's docstring).
    `own` names the project folder this command's product belongs in (`locale` for extract,
    `glossaries` for glossary import and export), where writing is its job."""
    where = _absolute(target)
    for source in inputs:
        source_path = _absolute(source)
        if where == source_path:
            raise HexaglotInputError("E022", target, f"{option} would overwrite an input of this command; write elsewhere")
        if source.is_dir() and where.is_relative_to(source_path):
            raise HexaglotInputError("E022", target, f"{option} is inside {source}, a folder this command reads; write elsewhere")
    for folder in INPUT_FOLDERS:
        if folder == own:
            continue
        protected = _absolute(Path(folder))
        if where == protected or where.is_relative_to(protected):
            raise HexaglotInputError("E022", target, f"{option} is inside {folder}/, where the project's inputs live; write elsewhere")
    if where.parent.name == "LC_MESSAGES":
        # A gettext tree's folder of catalogs, wherever it is and whatever folder the command
        # runs from: the next check of the tree reads every file there (`check ../tc/locale/fr
        # --output ../tc/locale/ru/LC_MESSAGES/x.po`, run from elsewhere, stopped that check at E008).
        raise HexaglotInputError("E022", target, f"{option} is in a folder of catalogs (LC_MESSAGES), which a check of "
                                 "their tree reads; write elsewhere")


def guard_catalog_trees(target: Path, inputs: Iterable[Path], out: Path) -> None:
    """E022 where an XLIFF file written under `out` lands among the catalogs given, where the next
    check of their folder would read it as a second catalog (or stop, E051): in a folder
    given; for a catalog in gettext's layout (`<tree>/<lang>/LC_MESSAGES/<doc>.po`), in the
    tree it is part of; for another catalog, in its folder or a folder in it (`po/ru/<doc>.po`,
    `po/ru.po`); and in a language's folder beside a language's folder given or holding the
    catalog (`locale/ru/` beside `locale/ru_RU/`). (`export po/ru --out po` wrote
    `po/ru/<doc>.xlf`; --out itself is no input, so guard_output let it be.)"""
    if target.suffix not in (".xlf", ".xliff"):
        return  # (a memory, .tmx, is no catalog a check reads: where it goes, guard_output says)
    where = _absolute(target)
    for path in inputs:
        if path.is_dir():
            folder = _absolute(path)
            among = where.is_relative_to(folder)
        elif path.parent.name == "LC_MESSAGES" and len(path.parents) > 2:
            folder = _absolute(path.parents[1])
            among = where.is_relative_to(_absolute(path.parents[2]))
        else:
            folder = _absolute(path.parent)
            among = folder in (where.parent, where.parent.parent)
        if not among and names_a_locale(folder.name):
            among = where.parent.parent == folder.parent  # `locale/ru/x.xlf` beside `locale/ru_RU/`
        if among:
            raise HexaglotInputError("E022", target, f"--out {out} would put this file among the catalogs this command "
                                     f"reads ({path}) (the next check would read it as a second catalog); write elsewhere")


# What the files hexaglot writes with --output are, told by how they begin: JSON findings
# name their schema first, SARIF its schema and then the tool, JUnit its suites after the tool.
# Text findings begin with a finding or the words counted and end with the summary. A mark
# found anywhere was not enough: a README or a person's notes that quote a finding, or a
# package.json of a project named hexaglot, were written over.
_OWN_BEGINNINGS = (re.compile(r'\{\s*"schema": "hexaglot\.findings/1"'),
                   re.compile(r'\{\s*"\$schema": "[^"]*sarif[^"]*".{0,400}?"driver": \{\s*"name": "hexaglot"', re.S),
                   re.compile(r'(?:<\?xml[^>]*>\s*)?<testsuites name="hexaglot"'))
_FINDING_LINE = re.compile(r"\S.*:\d+: [A-Z]+\d{3} (?:error|warning|info): ")
_FINDINGS_LINE = re.compile(rf"{_FINDING_LINE.pattern}|words in |\d[\d,]* catalogs?, ")
_SUMMARY_LINE = re.compile(r"^\d[\d,]* catalogs?, [\d,]+ entr(?:y|ies) checked: ", re.M)


def guard_findings_file(target: Path, option: str = "--output") -> None:
    """Raise E022 where `target` already holds a file that is no findings file hexaglot wrote:
    a catalog, a glossary, a translator's notes. The input folders are guarded by
    guard_output; a catalog or a glossary kept anywhere else was written over with findings."""
    if str(target) == "-":
        return
    text = _head(target)
    if text is None or not text.strip():
        return
    text = text.lstrip("\ufeff \t\r\n")
    if any(beginning.match(text) for beginning in _OWN_BEGINNINGS):
        return
    if _FINDINGS_LINE.match(text) and (_SUMMARY_LINE.search(tail := _tail(target)) or _findings_only(text, tail)):
        return  # check's findings and summary, or report's findings alone
    raise HexaglotInputError("E022", target, f"{option} names a file that holds something else than findings hexaglot "
                             "wrote (a catalog, a glossary, notes?): nothing was written; remove it or write elsewhere")


def guard_own_file(target: Path, marks: tuple[str, ...], what: str, option: str) -> None:
    """Raise E022 where `target` already holds a file that is not `what` hexaglot wrote (none of
    `marks` in its first 8 KB): a catalog, a glossary, a person's notes, outside the input
    folders guard_output keeps, was written over with a page or a list."""
    head = _head(target)
    if head and not any(mark in head for mark in marks):
        raise HexaglotInputError("E022", target, f"{option} names a file that holds something else than {what} hexaglot "
                                 "wrote: nothing was written; remove it or write elsewhere")


def _head(target: Path) -> str | None:
    """The first 8 KB of the file at `target` as text, or None where there is no file."""
    if not target.is_file():
        return None
    with target.open("rb") as file:
        head = file.read(8192)
    # PowerShell 5.1 writes `hexaglot check > findings.txt` in UTF-16 with its byte-order mark.
    return head.decode(marked_encoding(head) or "utf-8", errors="replace")  # a character cut at 8 KB, or no text at all


def _findings_only(head: str, tail: str) -> bool:
    """Whether every whole line of a text's head and tail is a finding (a line cut at 8 KB is
    not judged)."""
    lines = head.splitlines()[:-1] + tail.splitlines()[1:] if len(head) >= 8000 else head.splitlines()
    return all(_FINDING_LINE.match(line) for line in lines if line.strip())


# The codec of a text marked as UTF-32 or UTF-16, read from anywhere in it, and its unit's width.
_MARKED_CODECS = ((codecs.BOM_UTF32_LE, "utf-32-le", 4), (codecs.BOM_UTF32_BE, "utf-32-be", 4),
                  (codecs.BOM_UTF16_LE, "utf-16-le", 2), (codecs.BOM_UTF16_BE, "utf-16-be", 2))


def _tail(target: Path) -> str:
    """The last 8 KB of the file at `target` as text (a PowerShell redirect's UTF-16 too)."""
    with target.open("rb") as file:
        mark = file.read(4)
        codec, width = next(((name, width) for bom, name, width in _MARKED_CODECS if mark.startswith(bom)), ("utf-8", 1))
        start = max(target.stat().st_size - 8192, 0)
        file.seek(start - start % width)  # at a character's first byte: the mark is one unit wide
        return file.read().decode(codec, errors="replace")


def guard_inside(target: Path, folder: Path) -> None:
    """Raise E022 unless `target` lies inside `folder` (a name made from a file's name must not
    lead out of the output folder)."""
    if not _absolute(target).is_relative_to(_absolute(folder)):
        raise HexaglotInputError("E022", target, f"would be written outside {folder}")


def _absolute(path: Path) -> Path:
    # resolve() follows links, so a link into locale/ is seen for what it is; a path that does
    # not exist yet is resolved as far as it goes.
    return path.expanduser().resolve()
