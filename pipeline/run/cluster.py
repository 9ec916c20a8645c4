"""Checking on a Dask cluster: the only module that imports Dask (when a cluster is asked for:
Dask is an optional dependency, `hexaglot[dask]`).

Documents are the tasks (a document's catalogs in all languages, so that the six-version checks
see them whole); each worker builds the glossary's analysers and term indexes once, for every
task it runs; results come back in the order the documents were given, so the findings are
those of a local run, whatever the number of workers. A worker that dies mid-run loses nothing:
the scheduler runs its tasks again elsewhere (and each task may be retried twice).
The catalogs must be on storage every worker can read at the same paths.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.model import CheckResult
from pipeline.run.cache import modules_fingerprint
from pipeline.run.document_check import DocumentChecker
from pipeline.run.documents import Document

# The checker of this worker process, for the settings of the run it serves (one at a time).
_CHECKERS: dict[str, DocumentChecker] = {}


def check_on_worker(document: Document, glossaries, settings, cache, key: str, base: str, code: str) -> CheckResult:
    """A cluster worker's task: one document, with the worker's checker for these settings
    (built on its first task). Paths are read from `base`, the user's working folder. `code`:
    the client's modules; a worker started from another checkout or version would give that
    code's findings, in silence."""
    if code != modules_fingerprint():
        raise HexaglotInputError("E020", None, "a Dask worker runs other hexaglot code than this run's (another checkout "
                                 "or version): start the workers from the same code, then check again")
    if key not in _CHECKERS:
        _CHECKERS.clear()
        _CHECKERS[key] = DocumentChecker(glossaries, settings, cache)
    with _input_errors_alone():
        return _CHECKERS[key].check(document, Path(base))


@contextmanager
def _input_errors_alone():
    """An input error raised in a worker's task, sent to the client without the exceptions it
    was raised while handling (Dask pickles the chain): lxml's syntax error holds a log that
    cannot be pickled, and the client got a generic Exception's traceback and exit 1 for a
    malformed XLIFF file. The input error says all there is to say."""
    try:
        yield
    except HexaglotInputError as error:
        error.__cause__ = error.__context__ = None
        raise


def _stats_catalog(path: str, glossary, key: str):
    from pipeline.glossary.stats import variant_usage  # only `glossary stats` needs it (38 ms of every start)

    with _input_errors_alone():
        return variant_usage(glossary, [Path(path)])


def client_for(address: str):
    try:
        from distributed import Client  # optional: only a run with --scheduler needs Dask
    except ImportError:
        raise HexaglotInputError(
            "E020", None, "--scheduler needs Dask: pip install 'hexaglot[dask]' (make test installs it)"
        ) from None
    scheme = address.partition("://")[0].lower() if "://" in address else "tcp"
    if scheme not in ("tcp", "inproc"):
        # tls:// and ucx:// asked for settings hexaglot does not take (a TypeError traceback and
        # exit 1, the code of findings). (inproc://: a cluster in this process, as tests make.)
        raise HexaglotInputError("E020", None, f"{address}: hexaglot reaches a Dask scheduler at tcp://HOST:PORT, "
                                 "as `dask scheduler` prints it, not over another protocol")
    timeout = connect_timeout()
    if scheme == "tcp":
        _answers(address, timeout)
    try:
        # (the handshake's allowance no longer than the timeout: a user who asks for 1 s waits 2, not 6)
        return _within(timeout + min(_HANDSHAKE, timeout), lambda: Client(address, timeout=f"{timeout}s"), address)
    except (OSError, TimeoutError) as error:
        raise HexaglotInputError("E020", None, f"cannot reach the Dask scheduler at {address} within {timeout:g} s "
                                 f"(HEXAGLOT_DASK_TIMEOUT): {error}") from None
    except ValueError as error:  # Dask's reading of the address: `myhost`, `tcp://myhost:port`, `http://…`
        raise HexaglotInputError("E020", None, f"{address} is no Dask scheduler address (tcp://HOST:PORT, as "
                                 f"`dask scheduler` prints it): {error}") from None


DEFAULT_CONNECT_TIMEOUT = 10.0
# Beyond the connect timeout, what a scheduler's handshake may take before the run gives up on
# an address where something else listens (a web server, a silent port), which never answers.
_HANDSHAKE = 5.0


def _answers(address: str, timeout: float) -> None:
    """E020 at once where nothing listens at a tcp address: Dask tried a refused connection
    again until its timeout ran out (11 s for a port typo)."""
    host, _, port = address.rpartition("://")[2].rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "localhost", int(port)), timeout=timeout):
            pass
    except ValueError:
        return  # no port: Dask's own reading of the address says what is wrong with it
    except ConnectionRefusedError:
        raise HexaglotInputError("E020", None, f"nothing listens at {address}: start the scheduler "
                                 "(`dask scheduler`), or give its address") from None
    except OSError:
        return  # a name not resolved, a network not reached: said by Dask's own attempt below


def _within(seconds: float, make, address: str):
    """`make()` in a thread of its own, given up after `seconds`: a listener that accepts the
    connection and never answers as a scheduler held the run for ever, whatever the timeout."""
    made: list = []
    failed: list[BaseException] = []

    def run():
        try:
            made.append(make())
        except BaseException as error:  # noqa: BLE001 (raised again in the caller's thread)
            failed.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if failed:
        raise failed[0]
    if not made:
        raise HexaglotInputError("E020", None, f"no Dask scheduler answered at {address} within {seconds:g} s: "
                                 "something else listens there? (HEXAGLOT_DASK_TIMEOUT)")
    return made[0]


def connect_timeout() -> float:
    """How long to wait for a scheduler, in seconds: HEXAGLOT_DASK_TIMEOUT, else 10 (a scheduler
    on another host may take a few seconds to answer; a wrong address should not hold a CI job
    for distributed's own 30). The tests set it short."""
    value = os.environ.get("HEXAGLOT_DASK_TIMEOUT", "")
    if not value:
        return DEFAULT_CONNECT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 3600:
        raise HexaglotInputError("E020", None, f"HEXAGLOT_DASK_TIMEOUT={value!r} is not a number of seconds "
                                 "between 0 and 3600")
    return seconds


def check_on_cluster(address: str, documents: list[Document], glossaries, settings, cache) -> Iterator[CheckResult]:
    """The CheckResult of each of `documents`, computed on the cluster, yielded in the given order."""
    key = hashlib.sha256(repr((settings, [repr(g) for g in glossaries], str(cache))).encode("utf-8")).hexdigest()
    client = client_for(address)
    with _client_quiet():
        try:
            with _cluster_failures(address):
                shared = _shared(client, glossaries, address)
                futures = [
                    # Paths are read from the user's working folder, which is not the workers'.
                    client.submit(check_on_worker, document, shared, settings, cache and cache.resolve(), key,
                                  str(Path.cwd()), modules_fingerprint(), pure=False, retries=2)
                    for document in documents
                ]
            for future in futures:
                with _cluster_failures(address):
                    result = future.result()
                yield result
        finally:
            client.close()


def variant_usage_on(address: str, glossary, paths: list[Path], progress: Callable | None = None) -> list:
    client = client_for(address)
    with _client_quiet():
        try:
            with _cluster_failures(address):
                shared = _shared(client, glossary, address)
                futures = [client.submit(_stats_catalog, str(path), shared, "", pure=False, retries=2) for path in paths]
                return [use for future in futures for use in future.result()]
        finally:
            client.close()


# The loggers that write on standard error while a cluster goes away under the run: the
# client's failed reconnections, the batched sender's closed connection (an INFO line and a
# CommClosedError traceback), tornado's callbacks that raised. Their children without a level
# of their own (`distributed.batched`) follow `distributed`'s.
_CLUSTER_LOGGERS = ("distributed", "distributed.client", "tornado", "tornado.application")


@contextmanager
def _client_quiet():
    """What distributed and tornado log, in their own threads, while the run waits on a cluster
    that fails (tracebacks on standard error) is kept off: the user gets the one E020 line
    _cluster_failures makes of it instead. The loggers are set back as they were."""
    loggers = [logging.getLogger(name) for name in _CLUSTER_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _shared(client, value, address: str):
    """`value` sent once to every worker; E020 where the scheduler has none to send it to (it
    waited for one, then raised a TimeoutError through a traceback, exit 1: findings, to a CI job)."""
    timeout = connect_timeout()
    try:
        [shared] = client.scatter([value], broadcast=True, hash=False, timeout=timeout)
    except TimeoutError:
        raise HexaglotInputError("E020", None, f"the Dask scheduler at {address} has no worker (none joined within "
                                 f"{timeout:g} s, HEXAGLOT_DASK_TIMEOUT): start one with `dask worker {address}`") from None
    return shared


@contextmanager
def _cluster_failures(address: str):
    """The cluster lost during the run (the scheduler stopped, its connection closed, the work
    cancelled with it) as one E020 line, exit 2, not a traceback and exit 1. An error a task
    raises (a catalog that cannot be read: HexaglotInputError) is the task's, and goes through."""
    from distributed.comm.core import CommClosedError

    try:
        yield
    except (CommClosedError, TimeoutError, CancelledError) as error:
        # One line: distributed's own messages run over several.
        said = " ".join(f"{type(error).__name__}: {error}".split()).rstrip(":")
        raise HexaglotInputError("E020", None, f"the Dask cluster at {address} failed during the run ({said}): "
                                 "check again once its scheduler and workers are up") from None
