"""hexaglot on one machine with --jobs 2 against a Dask LocalCluster of 2 workers, same tree.

    .venv/bin/python bench/cluster.py --entries 1000000

Prints both times and the overhead of the cluster path (scheduling, sending each worker the
glossary, returning findings), which is what a real cluster adds before its extra cores pay.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import tree_arguments  # noqa: E402

from pipeline.run import check_catalogs  # noqa: E402
from pipeline.glossary.tbx import read_tbx  # noqa: E402


def main() -> int:
    args = tree_arguments(__doc__.splitlines()[0], 100_000, Path("/tmp/hexaglot-cluster"))
    glossary = [read_tbx(ROOT / "glossaries" / "untoc-som.tbx")]
    start = time.perf_counter()
    local = check_catalogs([args.tree / "locale"], glossary, jobs=2, keep_report_data=False)
    local_seconds = time.perf_counter() - start

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        start = time.perf_counter()
        remote = check_catalogs([args.tree / "locale"], glossary, keep_report_data=False, scheduler=cluster.scheduler_address)
        cluster_seconds = time.perf_counter() - start
    same = [(f.code, f.file, f.line, f.message) for f in local.findings] == [(f.code, f.file, f.line, f.message) for f in remote.findings]
    entries = local.entries_checked
    print(f"{entries:,} entries, {len(local.findings):,} findings; identical findings: {'yes' if same else 'NO'}")
    print(f"local --jobs 2          {local_seconds:8.1f} s  {entries / local_seconds:>9,.0f} entries/s")
    print(f"LocalCluster, 2 workers {cluster_seconds:8.1f} s  {entries / cluster_seconds:>9,.0f} entries/s")
    print(f"cluster overhead: {cluster_seconds / local_seconds - 1:+.1%} ({cluster_seconds - local_seconds:+.1f} s)")
    print(f"per worker core: {entries / cluster_seconds / 2:,.0f} entries/s")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
