"""A corpus's PDF and Word versions read side by side, in a pool of processes.

Reading a PDF is pdfminer's interpreter, in Python: some 0.2 s a page, the six versions of a
20-page document ~25 s of one core, nearly all of `extract` (bench/README.md). Each version
is read on its own (extract_document: a path in, an ExtractedDocument or an input error out),
so versions are shared among `jobs` forked processes and the rest of extraction (aligning,
merging, writing catalogs) stays in the parent, in the documents' order, as before: the
catalogs, messages and errors are those of one process. A text version takes milliseconds,
less than a process costs to start: it is read in the parent.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.extract import extract_document
from pipeline.extract.reader import Encodings
from pipeline.model import ExtractedDocument

# The versions worth a process: their reading costs seconds, not milliseconds.
SLOW_SUFFIXES = (".pdf", ".docx")


def read_versions(versions: list[tuple[Path, str, str]], encoding: Encodings,
                  jobs: int) -> dict[Path, ExtractedDocument | HexaglotInputError]:
    """The PDF and Word files among `versions` ((path, language, the path as messages name
    it) each), read in `jobs` processes: by path, what extract_document gives, or the input
    error it raised. Nothing (the caller reads each in turn) where fewer than two such files,
    or one process, are given."""
    slow = [version for version in versions if version[0].suffix.lower() in SLOW_SUFFIXES]
    if jobs < 2 or len(slow) < 2:
        return {}
    tasks = [(path, lang, encoding.of(lang), shown_as) for path, lang, shown_as in slow]
    try:
        with ProcessPoolExecutor(min(jobs, len(slow)), mp_context=multiprocessing.get_context("fork")) as pool:
            return dict(zip((path for path, _, _ in slow), pool.map(_read_one, tasks)))
    except BrokenProcessPool:
        # A worker killed from outside (the OOM killer) leaves no exception of its own.
        raise HexaglotInputError("E042", None, "a process reading the documents was killed (by the system, most often "
                                 "for want of memory); extract again with --jobs 1") from None


def _read_one(task: tuple[Path, str, str | None, str]) -> ExtractedDocument | HexaglotInputError:
    path, lang, encoding, shown_as = task
    try:
        return extract_document(path, lang, encoding, shown_as=shown_as)
    except HexaglotInputError as error:  # the version's error, said in its place by the parent
        return error
