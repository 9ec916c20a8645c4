"""Inputs are never outputs: where a command may write.

Every command that writes asks here first. A target is refused (E022, one line, exit 2) when it
is one of the command's inputs, lies inside a folder the command reads, or lies inside one of
the project's input folders (`corpora/`, `locale/`, `glossaries/`) that is not the command's
own product: `check --output locale/ru/LC_MESSAGES/x.po` would put findings where a translation
was, and `report --out locale` would mix pages with catalogs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import HexaglotInputError

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


def guard_inside(target: Path, folder: Path) -> None:
    """Raise E022 unless `target` lies inside `folder` (a name made from a file's name must not
    lead out of the output folder)."""
    if not _absolute(target).is_relative_to(_absolute(folder)):
        raise HexaglotInputError("E022", target, f"would be written outside {folder}")


def _absolute(path: Path) -> Path:
    # resolve() follows links, so a link into locale/ is seen for what it is; a path that does
    # not exist yet is resolved as far as it goes.
    return path.expanduser().resolve()
