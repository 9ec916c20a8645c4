"""A longer, coverage-guided fuzz run of the text extractor, the PO reader and the checks.

    .venv/bin/pip install atheris==3.0.0
    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=200000 -max_len=4096

Anything that raises other than HexaglotInputError is a bug: atheris stops and writes the input
that did it (crash-*) to the working folder. The short version of these properties runs in
`make test` with hypothesis (tests/test_reliability.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pipeline.catalog import read_catalog
    from pipeline.checking import check_catalog, terminology_for
    from pipeline.checks import selected
    from pipeline.errors import HexaglotInputError
    from pipeline.extract import extract_document
    from pipeline.model import CatalogFile, Entry

LANGS = ("ru", "en", "fr", "es", "ar", "zh")
FOLDER = Path(tempfile.mkdtemp(prefix="hexaglot-fuzz-"))
CHECKS = selected()
TERMINOLOGY = terminology_for([])


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = LANGS[provider.ConsumeIntInRange(0, len(LANGS) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(2048)
    document = FOLDER / f"{lang}.txt"
    document.write_text(text, encoding="utf-8")
    try:
        extract_document(document, lang)
    except HexaglotInputError:
        pass
    catalog = FOLDER / "x.po"
    catalog.write_bytes(provider.ConsumeBytes(1024))
    try:
        read_catalog(catalog)
    except HexaglotInputError:
        pass
    entry = Entry("a", text[:200] or "x", text[200:400], 1)
    check_catalog(CatalogFile("x.po", lang if lang != "en" else "ru", (entry,)), CHECKS, TERMINOLOGY, "en", with_terms=False)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
