"""Localisation files hexaglot does not read, named for what they are, with the command that
makes a PO file of each (Translate Toolkit's converters, which the user may already have).

A catalog given in one of these was refused with a parser's line (`unknown keyword '{'` for a
JSON file), and a folder of them with "no PO or XLIFF catalog found", as if it were empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OtherFormat:
    """A file format of translations: what it is called, and how to make a PO file of it."""

    name: str
    convert: str
    # What to do where a converter is not what it needs (a package whose catalog is read once
    # unpacked), or "".
    instead: str = ""

    def said(self) -> str:
        return f"{self.name}, not a PO or XLIFF catalog: {self.instead or f'make a PO file of it with {self.convert}'}"

    def not_read(self) -> str:
        """As a run's "not checked" line says it, after the file's path."""
        return f"{self.name}: {self.instead}" if self.instead else f"{self.name}, of which {self.convert} makes a PO file"


# By suffix, for formats that are not XML (XML ones are named by their root element, below).
BY_SUFFIX = {
    ".json": OtherFormat("a JSON catalog (i18next, WebExtension, Chrome)", "Translate Toolkit's json2po"),
    ".arb": OtherFormat("a Flutter ARB catalog", "Translate Toolkit's arb2po"),
    ".strings": OtherFormat("an Apple .strings file", "Translate Toolkit's prop2po --personality=strings"),
    ".stringsdict": OtherFormat("an Apple .stringsdict file", "Xcode's export to XLIFF"),
    ".properties": OtherFormat("a Java .properties file", "Translate Toolkit's prop2po"),
    ".yml": OtherFormat("a YAML catalog (Rails, Symfony)", "Translate Toolkit's yaml2po"),
    ".yaml": OtherFormat("a YAML catalog (Rails, Symfony)", "Translate Toolkit's yaml2po"),
    ".php": OtherFormat("a PHP array catalog", "Translate Toolkit's php2po"),
    ".ini": OtherFormat("an INI catalog", "Translate Toolkit's ini2po"),
    ".ftl": OtherFormat("a Fluent catalog", "Translate Toolkit's fluent2po"),
    ".mo": OtherFormat("a compiled gettext catalog (.mo)", "gettext's msgunfmt"),
    # An XLIFF file and its skeleton in a ZIP (Okapi, Wordfast): the XLIFF inside is read.
    ".xlz": OtherFormat("an XLIFF package (.xlz, a ZIP)", "unzip", "unzip it, and check the .xlf inside"),
    ".mqxlz": OtherFormat("a memoQ XLIFF package (.mqxlz, a ZIP)", "unzip", "unzip it, and check the .mqxliff inside"),
    ".sdlppx": OtherFormat("a Trados project package (a ZIP)", "unzip", "unzip it, and check the .sdlxliff files inside"),
    ".sdlrpx": OtherFormat("a Trados return package (a ZIP)", "unzip", "unzip it, and check the .sdlxliff files inside"),
    ".ttx": OtherFormat("a Trados TagEditor file (.ttx)", "Okapi Rainbow", "save it as XLIFF (Trados, Okapi Rainbow)"),
    ".txml": OtherFormat("a Wordfast TXML file", "Wordfast", "export it from Wordfast as XLIFF"),
    ".xcstrings": OtherFormat("an Apple String Catalog (.xcstrings)", "Xcode's export to XLIFF"),
    ".csv": OtherFormat("a CSV file of translations", "Translate Toolkit's csv2po"),
    ".tsv": OtherFormat("a tab-separated file of translations", "Translate Toolkit's csv2po, once saved as CSV"),
    ".xlsx": OtherFormat("an Excel workbook", "", "if it holds translations, export them from their tool as XLIFF or PO"),
    ".srt": OtherFormat("a SubRip subtitle file", "Translate Toolkit's sub2po"),
    ".vtt": OtherFormat("a WebVTT subtitle file", "Translate Toolkit's sub2po"),
    ".resx": OtherFormat("a .NET .resx file", "Translate Toolkit's resx2po"),
}

# By the root element of an XML file (.ts, .resx, strings.xml hold XML under other names).
BY_ROOT = {
    "TS": OtherFormat("a Qt Linguist file", "Translate Toolkit's ts2po or Qt's lconvert"),
    "resources": OtherFormat("an Android strings.xml", "Translate Toolkit's android2po"),
    "root": OtherFormat("a .NET .resx file", "Translate Toolkit's resx2po"),
}


def other_format(path: Path) -> OtherFormat | None:
    """The format a file's suffix names, if it is one of the above."""
    return BY_SUFFIX.get(path.suffix.lower())


# What a folder's files of these suffixes are, said when a folder holds no catalog: only the
# suffixes no other kind of file has (a .json or .yml is as often a project's settings, a .ts
# TypeScript), so that the hint never names a settings file as a catalog.
UNMISTAKABLE = {suffix: BY_SUFFIX[suffix] for suffix in (".arb", ".ftl", ".mo", ".properties", ".strings", ".stringsdict",
                                                         ".xlz", ".mqxlz", ".sdlppx", ".sdlrpx", ".ttx", ".txml",
                                                         ".xcstrings", ".resx")}


def others_in(folders: list[Path]) -> dict[str, int]:
    """Files of the UNMISTAKABLE formats under these folders: how many of each suffix."""
    found: dict[str, int] = {}
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                suffix = path.suffix.lower()
                if suffix in UNMISTAKABLE:
                    found[suffix] = found.get(suffix, 0) + 1
    return found


def unread_catalogs_in(folders: list[Path]) -> list[tuple[Path, OtherFormat]]:
    """The files under these folders of a format above (a Qt .ts too, told from TypeScript by
    its XML, and an Android strings.xml by its root) with no PO file of their name beside them:
    a language whose only catalog is one of these was left out of a run of PO catalogs without
    a word. The caller keeps those whose path names a language (`messages_es.properties`,
    `fr/app.json`, `values-ru/strings.xml`): a `.json` or a `.properties` named otherwise is
    more often a build's settings than a catalog."""
    found = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                suffix = path.suffix.lower()
                kind = _by_its_root(path) if suffix in (".ts", ".xml") else other_format(path)
                if kind is not None and path.is_file() and not path.with_suffix(".po").exists():
                    found.append((path, kind))
    return found


def android_language(path: Path) -> str:
    """The language an Android resource folder names (`values-ru`, `values-zh-rCN`,
    `values-b+zh+Hans`), or ""."""
    folder = path.parent.name
    if not folder.startswith("values-"):
        return ""
    code = folder[len("values-"):].split("+")[1 if folder.startswith("values-b+") else 0].split("-")[0]
    return code.lower() if code.lower() in ("ar", "en", "es", "fr", "ru", "zh") else ""


def _by_its_root(path: Path) -> OtherFormat | None:
    """A Qt Linguist file (`<TS`) or an Android resource file of strings (`<resources>` holding
    `<string`, `<plurals` or `<string-array`: not `dimens.xml`), by the XML's first 64 KB."""
    try:
        with open(path, "rb") as file:
            start = file.read(65536)  # (a translators' comment may come before the first string)
    except OSError:
        return None
    if not start.lstrip().startswith(b"<"):
        return None
    if path.suffix.lower() == ".ts":
        return BY_ROOT["TS"] if b"<TS" in start else None
    return BY_ROOT["resources"] if b"<resources" in start and (b"<string" in start or b"<plurals" in start) else None
