"""Which catalogs a run checks, and how they group into documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file
from pipeline.model import LANGUAGES


@dataclass(frozen=True)
class Document:
    """A document's catalogs (one per language, all named <name>.po): the unit of work."""

    name: str
    paths: tuple[Path, ...]


def catalog_paths(paths: list[Path]) -> list[Path]:
    """PO files named, or found under the folders named (templates are not checked)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Anything named *.po must be a catalog: a FIFO, a folder or a looping link of that
            # name is an error, not a catalog passed by in silence.
            found.extend(regular_file(p, "catalog") for p in sorted(path.rglob("*.po")))
        elif path.exists() or path.is_symlink():
            found.append(regular_file(path, "catalog"))
        else:
            raise HexaglotInputError("E001", path, "no such file or folder")
    if not found:
        raise HexaglotInputError("E009", paths[0] if paths else Path("."), "no PO catalog found")
    return found


def documents_of(paths: list[Path]) -> list[Document]:
    """Catalog paths grouped by document (the file name), in the order first met."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(path.stem, []).append(path)
    return [Document(name, tuple(members)) for name, members in groups.items()]


def languages_of(documents: list[Document]) -> set[str]:
    """Languages named by the catalog paths (<lang>/LC_MESSAGES/<doc>.po), for warming up."""
    return {p.parent.parent.name for d in documents for p in d.paths if p.parent.name == "LC_MESSAGES"} & set(LANGUAGES)


def template_of(path: Path, name: str) -> Path | None:
    """The template beside a catalog laid out as <out>/<lang>/LC_MESSAGES/<doc>.po."""
    candidate = path.parent.parent.parent / "templates" / f"{name}.pot"
    if path.parent.name == "LC_MESSAGES" and candidate.is_file():
        return candidate
    return None
