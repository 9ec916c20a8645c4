"""Inputs are never outputs: where a command may write.

Every command that writes asks here first. A target is refused (E022, one line, exit 2) when it
is one of the command's inputs, lies inside a folder the command reads, or lies inside one of
the project's input folders (`corpora/`, `locale/`, `glossaries/`) that is not the command's
own product: `check --output locale/ru/LC_MESSAGES/x.po` would put findings where a translation
was, and `report --out locale` would mix pages with catalogs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import marked_encoding

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


# What the files hexaglot writes with --output begin with: JSON, JUnit and SARIF name the tool;
# text is findings (`file:line: CODE severity:`), the words counted, or the summary.
_OWN_MARKS = ('"schema": "hexaglot.findings/1"', '<testsuites name="hexaglot"', '"name": "hexaglot"')
_FINDINGS_LINE = re.compile(r"^(?:\S.*:\d+: [A-Z]+\d{3} (?:error|warning|info): |words in |\d+ catalogs?, )", re.M)


def guard_findings_file(target: Path, option: str = "--output") -> None:
    """Raise E022 where `target` already holds a file that is no findings file hexaglot wrote:
    a catalog, a glossary, a translator's notes. The input folders are guarded by
    guard_output; a catalog or a glossary kept anywhere else was written over with findings."""
    if str(target) == "-":
        return
    text = _head(target)
    if text is None or not text.strip() or any(mark in text[:1000] for mark in _OWN_MARKS) or _FINDINGS_LINE.search(text):
        return
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


def guard_inside(target: Path, folder: Path) -> None:
    """Raise E022 unless `target` lies inside `folder` (a name made from a file's name must not
    lead out of the output folder)."""
    if not _absolute(target).is_relative_to(_absolute(folder)):
        raise HexaglotInputError("E022", target, f"would be written outside {folder}")


def _absolute(path: Path) -> Path:
    # resolve() follows links, so a link into locale/ is seen for what it is; a path that does
    # not exist yet is resolved as far as it goes.
    return path.expanduser().resolve()
