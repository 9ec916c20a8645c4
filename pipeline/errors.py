"""Errors meant for people: each names the file, the line and what is wrong.

Codes (`[E001]`) are stable so that a message can be looked up in docs/cli.md.
The CLI prints them once and exits with code 2; nothing else prints them.
"""

from __future__ import annotations

from pathlib import Path


class HexaglotInputError(Exception):
    """Bad input: raised at the boundary where the input is read."""

    def __init__(self, code: str, path: Path | str | None, message: str, line: int | None = None):
        self.code = code
        self.path = Path(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __reduce__(self):
        # Rebuilt from its fields when it crosses a process boundary (a pool's worker, a Dask
        # worker): the default pickles only str(self) and cannot call __init__ with it, so the
        # parent got a BrokenProcessPool traceback instead of this one line.
        return (type(self), (self.code, self.path, self.message, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}[{self.code}] {self.message}"


# The catalogue of codes, so that docs/cli.md and the tests can list them.
ERROR_CODES = {
    "E001": "the file does not exist or is not a regular file",
    "E002": "the file is empty (or holds only whitespace)",
    "E003": "the file is not valid UTF-8 and no --encoding was given for it",
    "E004": "the file cannot be decoded with the encoding given by --encoding",
    "E005": "the file is not text: another format under .txt (a PDF, a .docx, RTF), or NUL bytes (binary)",
    "E006": "the document's structure was not recognised",
    "E007": "the .docx file cannot be read",
    "E008": "an existing PO/POT catalog cannot be parsed",
    "E009": "the corpus folder has no document, or no source-language version",
    "E010": "meta.toml is not valid",
    "E011": "an output file cannot be written",
    "E012": "the language code is not one of ar, en, es, fr, ru, zh (or a catalog's Language header and path name two languages)",
    "E013": "the glossary format is not known (use .tbx, .csv, tab-separated .tsv or .txt, or .xlsx)",
    "E014": "the glossary file is not well-formed XML, or not TBX",
    "E015": "a glossary spreadsheet (CSV or XLSX) is malformed",
    "E016": "no such concept in the glossary",
    "E017": "the configuration (hexaglot.toml or [tool.hexaglot]) is not valid",
    "E018": "a line is too long to be text extracted from a document, or an entry's text to be a translation",
    "E019": "a document file points outside its corpus folder",
    "E020": "the Dask scheduler cannot be used (Dask missing, or the scheduler unreachable)",
    "E021": "no glossary: the default one is missing and --no-glossary was not given",
    "E022": "an output would overwrite an input, or land where inputs live",
    "E023": "nothing was checked: no entry of a checked language in the catalogs given",
    "E024": "an XLIFF file cannot be read (not well-formed, entities, not XLIFF, a unit that cannot become an entry)",
    "E025": "an XLIFF file cannot be imported: no catalog of its language and document, or another catalog's file",
    "E026": "a catalog cannot be exported (a character XML cannot carry, two catalogs to one file, nothing to export)",
    "E027": "the PDF file cannot be read (not a PDF, encrypted, damaged, image-only, or past a limit)",
    "E028": "the baseline file cannot be read (missing, not JSON, not hexaglot.baseline/1, a malformed entry)",
    "E029": "a triage workbook cannot be imported (not a readable findings.xlsx, a column missing, a formula in a cell)",
    "E030": "a document's language version cannot be read: saved in a form hexaglot does not read (.doc, .odt, .rtf), or two in one form",
    "E033": "report cannot write the findings in the format asked (junit, sarif: hexaglot check writes them)",
    "E038": "a reviewed term-candidates file cannot be adopted (no decision column, a decision neither approve nor reject, a concept id the glossary has)",
    "E039": "term candidates cannot be proposed (no segment in the source language, --format xlsx or tbx without --output)",
    "E041": "check --diff with --output or a --format other than text (the diff goes to standard output, nothing is written)",
    "E042": "a process checking the catalogs in a pool was killed (by the system, most often for want of memory)",
    "E043": "the catalogs checked together declare different source languages (X-Source-Language) and no --source-lang says which",
    "E044": "an export (XLIFF, TMX, or a glossary's CSV/XLSX) would write over a file that holds work not yet imported, another tool's memory, or a file it cannot read",
    "E046": "a term list cannot be merged into the glossary: a row shares as many terms with two of its concepts, or two rows are one concept; or a file of no concept imported with --remove-missing",
    "E048": "a language version is another document's: its masthead names another symbol than the source version's",
    "E047": "extract cannot tell which catalog of a language to merge into: two or more lie under folders that name it otherwise (zh_Hans/, zh_CN/) and none under its own",
    "E049": "one concept id is given to two concepts: twice in a glossary, or in two glossaries given together",
    "E050": "a catalog changed on disk between the moment extract or import read it and the moment it would be written",
    "E051": "two catalogs of one language in a document that name it alike, neither by the language alone (zh_Hans/ and zh_CN/): check cannot tell which is its version",
}


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM: a CI job's timeout, `kill`): raised in the main
    thread by the CLI's handler, so that what is open is closed and a pool's workers are
    stopped with it (a BaseException, as KeyboardInterrupt is: no `except Exception` takes it)."""
