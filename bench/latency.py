"""What a person waits for: checking one shipped document, against pofilter, in one run.

    .venv/bin/pip install -e '.[bench]'        # translate-toolkit, for pofilter
    .venv/bin/python bench/latency.py [--document CTOC-COP-WG.7-2022-1] [--repeat 5]

Copies of the document's catalogs (locale/<lang>/LC_MESSAGES/<doc>.po, every language) are
checked as a person checks them, with the findings cache on as it is by default:
- cold: a first run on the machine (an empty XDG_CACHE_HOME: no findings kept, and
  pipeline/lang/stored.py derives spaCy's lookup tables again);
- warm, unchanged: a second run on the same catalogs (their findings from the cache);
- warm, one entry edited: a second run after a translator changed one Russian entry (its
  document is checked again: every catalog of it, for the six-version checks);
- warm, --no-cache: a second run that checks everything again;
- pofilter with its default checks on the same files.
Each command runs `--repeat` times in rounds, and the median is reported with every run's time
and the ratio to pofilter's median (the machine's load moves both alike).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
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
    # The catalogs are copied (one entry of the copy is edited below, never the shipped one),
    # into one folder: pofilter takes one file or one folder.
    folder = work / "locale"
    for path in catalogs:
        target = folder / path.relative_to(ROOT / "locale")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    files = sorted(str(path) for path in folder.glob(f"*/LC_MESSAGES/{args.document}.po"))
    russian = next((Path(f) for f in files if "/ru/" in f), Path(files[0]))
    hexaglot = [str(BIN / "hexaglot"), "check", *files, "--fail-on", "never", "--jobs", "1"]
    warm_home = work / "warm-home"

    def edited(round_: int):
        # A translator's change to one entry's translation: a distinct text at each round, so
        # that each run finds the document changed since the last.
        text = russian.read_text(encoding="utf-8")
        at = text.index('msgstr "', text.index("\nmsgid ", text.index("\nmsgid ") + 1)) + len('msgstr "')
        russian.write_text(text[:at] + f"({round_}) " + text[at:], encoding="utf-8")
        return hexaglot, warm_home

    commands = {
        "pofilter (default checks)": lambda i: ([str(BIN / "pofilter"), "--progress=none", str(folder),
                                                 str(work / f"pofilter-{i}")], None),
        "hexaglot cold (first run)": lambda i: (hexaglot, work / f"cold-{i}"),
        "hexaglot warm, unchanged": lambda i: (hexaglot, warm_home),
        "hexaglot warm, 1 entry edited": edited,
        "hexaglot warm, --no-cache": lambda i: ([*hexaglot, "--no-cache"], warm_home),
    }
    # Compiled first, as pip compiles an installed package (bench/compare.py says why).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pipeline")], check=True, stdout=subprocess.DEVNULL)
    # The warm runs start after one run that derives the tables and fills the findings cache.
    timed_with_home(hexaglot, warm_home)

    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(args.repeat):
        for name, make in commands.items():
            command, home = make(round_)
            times[name].append(timed_with_home(command, home))
    # A run that stopped early would be timed as a fast one: every command must have checked.
    for command in (hexaglot, [*hexaglot, "--no-cache"]):
        finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "XDG_CACHE_HOME": str(warm_home)})
        if finished.returncode != 0 or "entries checked" not in finished.stdout:
            print(f"{' '.join(command[:2])} failed: {finished.stderr.strip()}", file=sys.stderr)
            return 2
    shutil.rmtree(work, ignore_errors=True)

    baseline = statistics.median(times["pofilter (default checks)"])
    print(f"{args.document}: {len(catalogs)} catalogs, {entries} entries; median of {args.repeat} runs")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:30} {median:6.2f} s  {median / baseline:5.2f}× pofilter   "
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
