"""Checking on a Dask LocalCluster: the same findings as a local run, and a worker killed mid-run
loses no document."""

import os
import signal
import sys

import pytest

from pipeline.run import check_catalogs
from pipeline.glossary.tbx import read_tbx
from tests.conftest import ROOT

distributed = pytest.importorskip("distributed")
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def glossary():
    return read_tbx(ROOT / "glossaries" / "untoc-som.tbx")


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask") / "tree"
    generate(3500, folder)  # 8 documents, 40 catalogs
    return folder / "locale"


@pytest.fixture(scope="module")
def local(tree, glossary):
    return check_catalogs([tree], [glossary], jobs=1, keep_report_data=False)


def local_cluster():
    return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


@pytest.fixture(scope="module")
def cluster():
    """A cluster for the tests that leave it as they found it: its workers start and build
    their analysers once for the module."""
    with local_cluster() as running:
        yield running


@pytest.fixture
def own_cluster():
    """A cluster of the test's own, for a test that kills one of its workers."""
    with local_cluster() as running:
        yield running


def findings(result):
    return [(f.code, f.severity.value, f.lang, f.file, f.line, f.msgctxt, f.message) for f in result.findings]


def test_cluster_finds_what_a_local_run_finds(cluster, tree, glossary, local):
    on_cluster = check_catalogs([tree], [glossary], keep_report_data=False, scheduler=cluster.scheduler_address)
    assert findings(on_cluster) == findings(local)
    assert on_cluster.entries_checked == local.entries_checked > 3000


def test_a_killed_worker_loses_no_document(own_cluster, tree, glossary, local):
    cluster = own_cluster
    killed = []

    def kill_a_worker_after_the_first_document(path):
        if not killed:
            nanny = next(iter(cluster.workers.values()))
            os.kill(nanny.process.process.pid, signal.SIGKILL)
            killed.append(nanny.process.process.pid)

    on_cluster = check_catalogs([tree], [glossary], keep_report_data=False, scheduler=cluster.scheduler_address,
                                progress=kill_a_worker_after_the_first_document)
    assert killed
    assert findings(on_cluster) == findings(local)


def test_without_a_scheduler_dask_is_not_imported(tree, glossary):
    import subprocess

    code = ("import sys; from pathlib import Path; from pipeline.run import check_catalogs; "
            f"check_catalogs([Path({str(tree / 'ru')!r})], [], jobs=1); print('dask' in sys.modules, 'distributed' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, tree):
    from tests.conftest import run_hexaglot

    result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path, in_process=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # A refused connection is said at once (Dask tried it again until its timeout ran out).
    assert result.stderr.splitlines() == [
        "hexaglot: [E020] nothing listens at tcp://127.0.0.1:9: start the scheduler (`dask scheduler`), or give its address"]


@pytest.mark.parametrize("address", ["tls://127.0.0.1:8786", "ucx://127.0.0.1:8786"])
def test_a_scheduler_address_of_another_protocol_is_one_clear_error(tmp_path, tree, address):
    # tls:// asked for Dask's security settings and ucx:// a library: a TypeError traceback
    # and exit 1, which CI reads as findings.
    from tests.conftest import run_hexaglot

    result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", address, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.splitlines() == [
        f"hexaglot: [E020] {address}: hexaglot reaches a Dask scheduler at tcp://HOST:PORT, as `dask scheduler` "
        "prints it, not over another protocol"]


def test_an_address_where_something_else_listens_is_one_clear_error_in_time(tmp_path, tree):
    # A port typo that lands on a web server, or a port that accepts and never answers: the
    # run waited for ever, whatever HEXAGLOT_DASK_TIMEOUT said.
    import socket

    from tests.conftest import run_hexaglot

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", address, cwd=tmp_path, in_process=False)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"hexaglot: [E020] no Dask scheduler answered at {address} within ")


def test_an_empty_scheduler_address_is_refused_not_dropped(tmp_path, tree):
    # `--scheduler "$SCHEDULER"` with the variable unset checked on this machine, in silence.
    from tests.conftest import run_hexaglot

    result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", "", cwd=tmp_path)
    assert result.returncode == 2 and "an empty address (an unset variable?)" in result.stderr
    (tmp_path / "hexaglot.toml").write_text('scheduler = ""\n', encoding="utf-8")
    result = run_hexaglot("check", str(tree), "--no-glossary", cwd=tmp_path)
    assert result.returncode == 2 and "[E017] 'scheduler' must be a Dask scheduler's address" in result.stderr


@pytest.mark.parametrize("address", ["myhost", "tcp://myhost:port", "http://127.0.0.1:8786"])
def test_a_malformed_scheduler_address_is_one_clear_error(tmp_path, tree, address):
    # Dask's ValueError parsing the address was a traceback and exit 1, which CI reads as
    # findings.
    from tests.conftest import run_hexaglot

    result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", address, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "[E020]" in line and address in line, line


def test_a_scheduler_with_no_worker_is_one_clear_error(tmp_path, tree, monkeypatch):
    # A scheduler started without its workers: after distributed's own wait, a traceback
    # ("No valid workers found") and exit 1, which a CI job reads as findings.
    from tests.conftest import run_hexaglot

    monkeypatch.setenv("HEXAGLOT_DASK_TIMEOUT", "2")
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty:
        result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", empty.scheduler_address, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert f"[E020] the Dask scheduler at {empty.scheduler_address} has no worker (none joined within 2 s" in result.stderr


def test_a_scheduler_lost_during_the_run_is_one_clear_error(tmp_path, tree, monkeypatch):
    # The scheduler stops while the documents are checked: CommClosedError through a traceback.
    from pipeline.run import cluster as on_cluster
    from tests.conftest import run_hexaglot

    def lost(*args, **kwargs):
        from distributed.comm.core import CommClosedError

        raise CommClosedError("in <TCP (closed) ConnectionPool.gather local=tcp://127.0.0.1:40000>: Stream is closed")

    monkeypatch.setattr(on_cluster, "_shared", lost)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as running:
        result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", running.scheduler_address, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert f"[E020] the Dask cluster at {running.scheduler_address} failed during the run (CommClosedError" in result.stderr


def test_what_distributed_logs_as_the_scheduler_goes_is_kept_off_standard_error():
    # Killed mid-run, the scheduler's closed connection was logged by distributed's batched
    # sender (an INFO line and a CommClosedError traceback) before the one E020 line, once in
    # nine tries: only the client's own logger was quieted. (A process of its own: distributed
    # writes on the standard error it found at import, which pytest's capture replaced.)
    import subprocess

    logged = """
import logging
import distributed
from distributed.comm.core import CommClosedError
from pipeline.run.cluster import _client_quiet

before = logging.getLogger("distributed.batched").getEffectiveLevel()
with _client_quiet():
    try:
        raise CommClosedError("in <TCP (closed) Client->Scheduler>: Stream is closed")
    except CommClosedError:
        logging.getLogger("distributed.batched").info("Batched Comm Closed <TCP (closed) Client->Scheduler>")
        logging.getLogger("distributed.batched").exception("background send failed")
        logging.getLogger("tornado.application").exception("Exception in callback")
assert logging.getLogger("distributed.batched").getEffectiveLevel() == before  # set back as it was
logging.getLogger("distributed.batched").warning("after the run")
"""
    result = subprocess.run([sys.executable, "-c", logged], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("after the run") and result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("value", ["soon", "0", "-5"])
def test_a_connect_timeout_that_is_no_number_of_seconds_is_one_clear_error(tmp_path, tree, value, monkeypatch):
    from tests.conftest import run_hexaglot

    monkeypatch.setenv("HEXAGLOT_DASK_TIMEOUT", value)
    result = run_hexaglot("check", str(tree), "--no-glossary", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"[E020] HEXAGLOT_DASK_TIMEOUT={value!r} is not a number of seconds" in result.stderr


def test_glossary_stats_on_the_cluster(cluster, tree, glossary):
    from pipeline.run import catalog_paths
    from pipeline.run.cluster import variant_usage_on
    from pipeline.glossary.stats import merge_usage, variant_usage

    paths = catalog_paths([tree])
    assert merge_usage(variant_usage_on(cluster.scheduler_address, glossary, paths)) == variant_usage(glossary, paths)


def test_a_worker_running_other_code_than_the_client_is_one_clear_error():
    # Workers started from an older checkout gave that code's findings, in silence: a client
    # whose fix the workers lacked printed the old messages (a helper's probe).
    from pipeline.errors import HexaglotInputError
    from pipeline.run.cluster import check_on_worker

    with pytest.raises(HexaglotInputError) as raised:
        check_on_worker(None, [], None, None, "key", ".", "another checkout's modules")
    assert raised.value.code == "E020" and "other hexaglot code" in str(raised.value)
