"""Where documents are checked: in this process, or in a pool of forked processes. (On a Dask
cluster: cluster.py.) Each strategy takes the documents the cache did not hold and yields one
CheckResult per document, in the order given, so that every strategy finds the same. In a pool,
a document is one worker's task, but a large one is shared by all the workers (chunks.py).

The cyclic garbage collector is tuned here, and only in processes hexaglot runs, for the time
it checks: checking makes millions of small objects that live for one entry and form no
cycles (tests/test_cache.py says so), beside large tables that live for the whole run (word
caches, lemma tables, pymorphy3's dictionary). With the default thresholds the collector
walked those tables again and again (a fifth of a run's time, bench/README.md); collections
are made rarer, and what a document leaves alive is put out of the collector's sight
(`gc.freeze`, still freed as usual when dropped). The settings are restored when checking
ends; a pool's workers are processes of their own, gone with the pool. A Dask worker's
collector belongs to the worker and is left alone.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import HexaglotInputError, Terminated
from pipeline.fileio import interrupts_held
from pipeline.model import CheckResult, Glossary
from pipeline.run.chunks import Chunk, ChunkResult, SplitDocument, split_plan
from pipeline.run.document_check import DocumentChecker
from pipeline.run.documents import Document, languages_of
from pipeline.run.settings import CheckSettings

_THRESHOLDS = (100_000, 50, 100)


@contextmanager
def collector_tuned_for_checking():
    """Rarer collections while checking, everything as it was afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(*_THRESHOLDS)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def check_here(documents: list[Document], glossaries: list[Glossary], settings: CheckSettings,
               cache: Path | None) -> Iterator[CheckResult]:
    """Each document checked in this process."""
    with collector_tuned_for_checking():
        checker = DocumentChecker(glossaries, settings, cache)
        for document in documents:
            yield checker.check(document)
            gc.freeze()


# The checker of a pool's worker: built in the parent before the pool forks, so that every
# worker starts with the analysers and term indexes built (seconds each, otherwise); and the
# run's large documents, read there too, so that every worker starts with their catalogs.
_POOL_CHECKER: DocumentChecker | None = None
_POOL_SPLIT: list[SplitDocument] = []


def check_in_pool_worker(document: Document) -> CheckResult:
    """A pool worker's task: one document, with the checker it was forked with."""
    part = _POOL_CHECKER.check(document)
    gc.freeze()  # see the module's docstring: the worker process ends with the pool
    return part


def check_chunk_in_pool_worker(chunk: Chunk) -> ChunkResult:
    """A pool worker's task: a chunk of a large document's entries (chunks.py)."""
    part = _POOL_SPLIT[chunk.document].check_chunk(_POOL_CHECKER, chunk)
    gc.freeze()
    return part


def _stops_heard() -> None:
    """A pool worker's first act: SIGTERM ends it and Ctrl-C is the parent's to act on (the
    parent kills its workers when stopped). It was forked holding the parent's handlers: the
    SIGTERM handler raised Terminated inside its task, which the pool took for the task's
    failure, and one noting the stops (fileio.interrupts_held) would have kept it alive."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _results_pipe_closed(pool: ProcessPoolExecutor) -> None:
    """The parent's end for writing of the pipe the workers send results through, closed once
    they are killed. A worker killed while it wrote a result left half of it in the pipe, and
    the pool's manager read on for the rest for ever, the parent's own copy of that end keeping
    the pipe open: leaving the pool hung (a probe's run, 2 in 26, stopped with SIGTERM). Closed,
    the read ends, the manager takes the pool for broken, and the run ends."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def check_in_pool(documents: list[Document], glossaries: list[Glossary], settings: CheckSettings,
                  cache: Path | None, jobs: int) -> Iterator[CheckResult]:
    """Each document checked in one of `jobs` forked processes, or a large one in all of them
    together, yielded in the given order."""
    global _POOL_CHECKER, _POOL_SPLIT
    with collector_tuned_for_checking():
        checker = _POOL_CHECKER = DocumentChecker(glossaries, settings, cache)
        checker.warm_up(languages_of(documents))
        split = [None] * len(documents)
        for index, (document, shared) in enumerate(zip(documents, split_plan(documents, jobs))):
            if shared:
                split[index] = SplitDocument(checker, document, len(_POOL_SPLIT))
                _POOL_SPLIT.append(split[index])
        # What the parent built is kept for the whole run: out of the collector's sight, and
        # its pages stay shared with the workers instead of being copied when it is walked.
        gc.freeze()
        try:
            with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_stops_heard) as pool:
                tasks: deque = deque()
                killed = False
                try:
                    # Every task is given at once, in the order of the documents, as pool.map
                    # gives them: the workers go on with the next documents while the parent
                    # finishes a large one. Inside the try: a signal that comes while they are
                    # given out (the first worker already busy) stops the workers too. Held
                    # meanwhile: giving out a task forks a worker, and a signal handled between
                    # the fork and the worker's being recorded left a worker no one knew of, at
                    # its task, and the pool waiting for it (a test's hung run).
                    with interrupts_held():
                        tasks = deque(pool.submit(check_in_pool_worker, document) if large is None
                                      else [pool.submit(check_chunk_in_pool_worker, chunk) for chunk in large.chunks(jobs)]
                                      for document, large in zip(documents, split))
                    for large in split:
                        task = tasks.popleft()
                        if large is None:
                            yield task.result()
                        else:
                            yield large.finish(checker, [chunk.result() for chunk in task])
                        gc.freeze()
                except (KeyboardInterrupt, Terminated, GeneratorExit):
                    # Stopped from outside: the workers stop too. SIGTERM reaches the parent
                    # alone, and leaving the pool would first wait for every task to finish. A
                    # signal handled while the caller takes in a result, between two yields,
                    # closes this generator: GeneratorExit here, and the workers are as useless.
                    # Killed, and gone before the parent says it stopped: a worker inherits the
                    # parent's SIGTERM handler, and the pool took the Terminated it raised for its
                    # task's failure and waited for the next (under load one outlived the run).
                    # A worker only computes: the parent writes every file.
                    workers = multiprocessing.active_children()
                    for worker in workers:
                        worker.kill()
                    for worker in workers:
                        worker.join(5)
                    _results_pipe_closed(pool)
                    killed = True
                    raise
                except BrokenProcessPool:
                    # A worker killed from outside (the kernel's OOM killer) leaves no exception
                    # of its own: said in one line, exit 2, not a traceback and the exit code
                    # that means findings.
                    raise HexaglotInputError("E042", None, "a process checking the catalogs was killed (by the system, most "
                                             "often for want of memory); check again with fewer --jobs, or with --jobs 1") from None
                finally:
                    # Tasks not begun are not begun. Not where the workers were killed: the pool,
                    # broken, fails each waiting task itself, and one cancelled meanwhile made it
                    # print a traceback (Python 3.11 sets an exception on a cancelled task).
                    for task in tasks if not killed else ():
                        for future in task if isinstance(task, list) else [task]:
                            future.cancel()
        finally:
            _POOL_CHECKER = None
            _POOL_SPLIT = []
