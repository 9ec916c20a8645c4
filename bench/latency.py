"""What a person waits for: hexaglot checking the shipped document, cold and warm, against
pofilter on the same catalogs, in one run (ratios survive a busy machine better than seconds).

    make bench                                  # installs translate-toolkit, for pofilter
    .venv/bin/python bench/latency.py [--repeat 5]

The shipped document is CTOC-COP-WG.7-2022-1: its catalog in each language of locale/ and the
shipped glossary. "Cold" starts with an empty cache of derived tables (XDG_CACHE_HOME of its
own, as on a fresh machine); "warm" is the run after it, as a person's second check is.
Each command runs --repeat times and the median is reported, with every run's time beside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DOC = "CTOC-COP-WG.7-2022-1"


def tree(where: Path) -> int:
    """The shipped document's catalogs and the glossary, copied to `where`; their count."""
    catalogs = sorted((ROOT / "locale").glob(f"*/LC_MESSAGES/{DOC}.po"))
    if not catalogs:
        sys.exit(f"latency: no {DOC}.po under {ROOT / 'locale'}; run `make run` first")
    for catalog in catalogs:
        target = where / catalog.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(catalog, target)
    shutil.copytree(ROOT / "glossaries", where / "glossaries")
    return len(catalogs)


def timed(command: list[str], cwd: Path, env: dict) -> float:
    start = time.perf_counter()
    process = subprocess.run(command, cwd=cwd, env=env, capture_output=True)
    took = time.perf_counter() - start
    if process.returncode not in (0, 1):  # 1: findings, which the shipped document has
        sys.exit(f"latency: {' '.join(command)} failed ({process.returncode}): {process.stderr.decode()[-500:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command; the median is reported (5)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hexaglot-latency-"))
    try:
        count = tree(work)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        hexaglot = [sys.executable, "-m", "pipeline", "check", "locale", "--fail-on", "never"]
        times: dict[str, list[float]] = {"pofilter": [], "hexaglot cold": [], "hexaglot warm": []}
        for round_ in range(args.repeat):
            out = work / "pofilter-out"
            shutil.rmtree(out, ignore_errors=True)
            times["pofilter"].append(timed([str(BIN / "pofilter"), "--progress=none", "locale", str(out)], work, env))
            cache = work / f"cache-{round_}"  # empty: a fresh machine's first run
            run_env = dict(env, XDG_CACHE_HOME=str(cache))
            times["hexaglot cold"].append(timed(hexaglot, work, run_env))
            times["hexaglot warm"].append(timed(hexaglot, work, run_env))
        pofilter = statistics.median(times["pofilter"])
        print(f"{DOC}: {count} catalogs, median of {args.repeat} runs")
        for name, runs in times.items():
            median = statistics.median(runs)
            runs_text = " ".join(f"{t:.2f}" for t in runs)
            print(f"  {name:<14} {median:6.2f} s  {median / pofilter:5.2f}x pofilter's time   ({runs_text})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
