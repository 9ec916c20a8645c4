"""A large document checked by all of a pool's workers: its entry checks split in chunks of
consecutive entries, its catalog, document and run checks kept whole.

Documents are the pool's unit of work (strategies.py), so a run of one large document used
one core. Such a document is read in the parent before the pool forks, so that every worker
starts with its catalogs as read (nothing is sent to a worker but a chunk's bounds). A chunk is
the rows of each catalog whose source text falls in it (by a hash of the text): a text met
again, a heading or a paragraph repeated, is met in one chunk only and analysed once, as in
one process; and a segment's versions, whose source is the same text, stay in one worker, which
analyses that source once. (Chunks of consecutive rows left each repeated text to be analysed
again in every worker that met it: 15% more work on the benchmark's report, bench/README.md.)
A worker runs the entry checks on its rows, one entry at a time, and sends back their
findings, each row's apart, with what it computed that the wider checks read again
(EntryAnalysis: the term matches and the values of each entry). The parent
puts the rows' findings back in the catalog's order, makes the entry contexts of the whole
document, adopts those analyses, and runs the catalog and document checks over every entry, as
a one-process run does: the findings, their order, the suppressed count, the word counts, the
run index and the report's data are those of `--jobs 1` (tests/test_split.py).
"""

from __future__ import annotations

import zlib
from functools import cached_property
from typing import NamedTuple

from pipeline.checks.context import EntryAnalysis
from pipeline.errors import HexaglotInputError
from pipeline.model import CheckResult
from pipeline.run.document_check import DocumentChecker, EntryFindings, ReadDocument, checkable
from pipeline.run.documents import Document
from pipeline.wordcount import entries_words, summed_words

# Which documents are split, by the size of their catalogs on disk: bytes, not entries, because
# the size is known before the catalogs are read (the split is decided before the pool forks)
# and the entry checks' work follows the length of the texts more than the number of entries (a
# Russian paragraph of 600 characters costs some ten times a short heading).
#
# A document is split when checking it whole would keep one worker busy after the others are
# done with everything else: when it holds more than a worker's share of the run's bytes (all of
# a one-document run; at most jobs - 1 documents of any run, so that the parent never reads more
# than those before the pool starts). A run of many documents keeps its workers busy without
# this (the benchmark tree's documents weigh ~0.9 MB each, and are never split).
#
# And only from SPLIT_FROM_BYTES: splitting costs a fixed ~0.1 s (the pool forked, the workers'
# results pickled back and adopted) and saves half the entry checks' time, measured at ~0.5 s of
# one core per MB of UN text (the 10,000-entry Russian report of bench/single.py, 18.5 MB,
# ~9 s); a document of 0.5 MB saves about what splitting costs (2.13 s on one process against
# 2.02 s split, 300 entries, bench/README.md).
SPLIT_FROM_BYTES = 1_000_000
# Chunks per worker: more than one, so that a worker that finishes first takes another instead
# of waiting for the slower one; few, since each costs a pass over the rows and a result sent
# back (16 a worker took 0.15 s longer than 4 on the 10,000-entry report).
CHUNKS_PER_WORKER = 4


def split_plan(documents: list[Document], jobs: int) -> list[bool]:
    """Which of the documents a pool of `jobs` workers should share (see above)."""
    sizes = [sum(path.stat().st_size for path in document.paths) for document in documents]
    share = sum(sizes) / jobs
    return [jobs > 1 and size >= SPLIT_FROM_BYTES and size > share for size in sizes]


class Chunk(NamedTuple):
    """The rows of every catalog of a document whose source falls in part `part` of `parts`."""

    document: int  # the document's place among the run's split documents (SplitDocument.number)
    part: int
    parts: int


class ChunkResult(NamedTuple):
    """A chunk's rows of each catalog, in order, with each row's entry findings and analysis
    (None for an entry not translated or fuzzy: no wider check reads it), and the words of
    their sources (pipeline/wordcount.py: a tenth of the entries' work on long paragraphs)."""

    rows: list[list[int]]
    findings: list[list[EntryFindings]]
    analyses: list[list[EntryAnalysis | None]]
    words: list[dict[str, int]]


class SplitDocument:
    """A large document read for a pool (before it forks), cut into chunks for its workers,
    and finished in the parent from their results. An input error met reading it is raised
    when its results are asked for, in the order of the documents, as a one-process run
    raises it."""

    def __init__(self, checker: DocumentChecker, document: Document, number: int):
        self.number = number
        self.read: ReadDocument | None = None
        self.error: HexaglotInputError | None = None
        try:
            self.read = checker.read(document)
        except HexaglotInputError as error:
            self.error = error

    @cached_property
    def _text_hashes(self) -> list[list[int]]:
        """A hash of each entry's source, per catalog: the same in every process (not Python's
        hash(), seeded anew in each), so that parent and workers cut the same chunks."""
        return [[zlib.crc32(entry.msgid.encode("utf-8", "surrogatepass")) for entry in catalog.entries]
                for catalog in self.read.catalogs]

    def chunks(self, jobs: int) -> list[Chunk]:
        if self.read is None:
            return []
        # The hashes are made here, in the parent: a worker forked after this starts with them.
        rows = max(map(len, self._text_hashes), default=0)
        parts = max(1, min(jobs * CHUNKS_PER_WORKER, rows))
        return [Chunk(self.number, part, parts) for part in range(parts)]

    def rows(self, catalog: int, chunk: Chunk) -> list[int]:
        """The rows of a catalog (its place in the document) that fall in the chunk."""
        return [row for row, text_hash in enumerate(self._text_hashes[catalog]) if text_hash % chunk.parts == chunk.part]

    def check_chunk(self, checker: DocumentChecker, chunk: Chunk) -> ChunkResult:
        """In a worker: the entry checks on the chunk's rows of every catalog."""
        rows, findings, analyses, words = [], [], [], []
        for number, catalog in enumerate(self.read.catalogs):
            these = self.rows(number, chunk)
            entries = [catalog.entries[row] for row in these]
            contexts = checker.contexts(catalog, entries)
            rows.append(these)
            findings.append([checker.entry_findings(catalog, [context]) for context in contexts])
            analyses.append([context.analysis(*checker.wider_reads) if checkable(context) else None for context in contexts])
            words.append(entries_words(entries))
        return ChunkResult(rows, findings, analyses, words)

    def finish(self, checker: DocumentChecker, results: list[ChunkResult]) -> CheckResult:
        """In the parent: the document's result from its chunks' (all of them)."""
        if self.error is not None:
            raise self.error
        read, self.read = self.read, None  # the catalogs are not kept past their document
        contexts, findings, words = [], [], []
        for number, catalog in enumerate(read.catalogs):
            by_row: list = [None] * len(catalog.entries)
            for result in results:
                for row, found, analysis in zip(result.rows[number], result.findings[number], result.analyses[number],
                                                strict=True):
                    by_row[row] = (found, analysis)
            these = checker.contexts(catalog, catalog.entries)
            for context, (_, analysis) in zip(these, by_row, strict=True):
                if analysis is not None:
                    context.adopt(analysis)
            contexts.append(these)
            # The entry checks' findings of each entry, in the catalog's order, are what
            # checking them all together gives (EntryFindings.joined).
            findings.append(EntryFindings.joined([found for found, _ in by_row]))
            words.append(summed_words([result.words[number] for result in results]))
        return checker.finish(read, contexts, findings, words)
