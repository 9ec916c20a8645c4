"""What a person waits for: checking one shipped document, against pofilter, in one run.

    .venv/bin/pip install -e '.[bench]'        # translate-toolkit, for pofilter
    .venv/bin/python bench/latency.py [--document CTOC-COP-WG.7-2022-1] [--repeat 5]

The document's catalogs (locale/<lang>/LC_MESSAGES/<doc>.po, every language) are checked:
- hexaglot cold: a first run on the machine, with no table derived yet (an empty
  XDG_CACHE_HOME: pipeline/lang/stored.py derives spaCy's lookup tables again);
- hexaglot warm: a second run (the derived tables read back), no findings cache;
- hexaglot warm with `--cache`: a second run on unchanged catalogs;
- pofilter with its default checks on the same files.
Each command runs `--repeat` times in rounds, and the median is reported with every run's time
and the ratio to pofilter's median (the machine's load moves both alike).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from compare import BIN, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--document", default="CTOC-COP-WG.7-2022-1")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    catalogs = sorted((ROOT / "locale").glob(f"*/LC_MESSAGES/{args.document}.po"))
    if not catalogs:
        print(f"no catalogs of {args.document} in locale/ (run make run first)", file=sys.stderr)
        return 2
    entries = sum(path.read_text(encoding="utf-8").count("\nmsgid ") for path in catalogs)
    work = Path(tempfile.mkdtemp(prefix="hexaglot-latency-"))
    files = [str(path) for path in catalogs]
    hexaglot = [str(BIN / "hexaglot"), "check", *files, "--fail-on", "never", "--jobs", "1"]
    warm_home = work / "warm-home"
    commands = {
        "hexaglot cold (first run)": lambda i: (hexaglot, work / f"cold-{i}"),
        "hexaglot warm (second run)": lambda i: (hexaglot, warm_home),
        "hexaglot warm, --cache": lambda i: ([*hexaglot, "--cache", str(work / "findings-cache")], warm_home),
    }
    # pofilter takes one file or one folder: the document's catalogs are copied into one.
    folder = work / "pofilter-in"
    for path in catalogs:
        target = folder / path.relative_to(ROOT / "locale")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    commands = {"pofilter (default checks)": lambda i: ([str(BIN / "pofilter"), "--progress=none", str(folder),
                                                         str(work / f"pofilter-{i}")], None), **commands}
    # The warm runs start after one run that derives the tables and fills the findings cache.
    timed_with_home(hexaglot + ["--cache", str(work / "findings-cache")], warm_home)

    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(args.repeat):
        for name, make in commands.items():
            command, home = make(round_)
            times[name].append(timed_with_home(command, home))
    shutil.rmtree(work, ignore_errors=True)

    baseline = statistics.median(times["pofilter (default checks)"])
    print(f"{args.document}: {len(catalogs)} catalogs, {entries} entries; median of {args.repeat} runs")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:28} {median:6.2f} s  {median / baseline:5.2f}× pofilter   "
              f"({', '.join(f'{t:.2f}' for t in runs)})")
    return 0


def timed_with_home(command: list[str], home: Path | None) -> float:
    """Wall time of the command with XDG_CACHE_HOME at `home` (None: as it is)."""
    before = os.environ.get("XDG_CACHE_HOME")
    if home is not None:
        home.mkdir(parents=True, exist_ok=True)
        os.environ["XDG_CACHE_HOME"] = str(home)
    try:
        return timed(command, ROOT)[0]
    finally:
        if home is not None:
            if before is None:
                os.environ.pop("XDG_CACHE_HOME", None)
            else:
                os.environ["XDG_CACHE_HOME"] = before


if __name__ == "__main__":
    sys.exit(main())
