"""The instructions a one-process `hexaglot check` runs, this checkout against a baseline commit.

    .venv/bin/python bench/instructions.py --base HEAD~1             # the 10,000-entry tree
    .venv/bin/python bench/instructions.py --base main --entries 100000

Timing on a shared two-core machine varies by more than a change of a few percent makes, so
such a change cannot be seen in seconds. Counted by valgrind's cachegrind, a run's
instructions are the same from one run to the next to 0.02%: the count of this checkout and
of the baseline (a `git worktree` of `--base`, removed afterwards), both on the same generated
tree, both with the same hash seed, and their ratio. The two runs' findings must be the same
JSON, byte for byte: a change that alters them is no speed-up. Needs `valgrind`; a run takes
about 50 times its usual time (one minute at 10,000 entries; the two run side by side). What
instructions do not count: cache misses, page faults, waits; memory shows in the peak
`bench/compare.py` prints.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

CHECK = "import sys; sys.argv[0] = 'hexaglot'; from pipeline.cli import main; sys.exit(main())"


def counted(code: Path, tree: Path, glossary: Path, out: Path) -> subprocess.Popen:
    """valgrind running `hexaglot check` from `code` on `tree`, one process, findings to `out`."""
    # HEXAGLOT_NO_CACHE: every run checks, as a baseline commit without the default cache does.
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0", "HEXAGLOT_NO_CACHE": "1"}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}.cachegrind",
               sys.executable, "-c", CHECK, "check", "locale", "--glossary", str(glossary),
               "--fail-on", "never", "--jobs", "1", "--format", "json", "--output", str(out)]
    return subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def instructions(process: subprocess.Popen) -> int:
    _, errors = process.communicate()
    found = re.search(r"I\s+refs:\s+([\d,]+)", errors)
    if process.returncode != 0 or not found:
        raise SystemExit(f"valgrind failed:\n{errors[-2000:]}")
    return int(found.group(1).replace(",", ""))


def warm(code: Path, tree: Path, glossary: Path) -> None:
    # Derived tables (pipeline/lang/stored.py) are stored on a checkout's first run: that
    # one-time work must not be counted against either side.
    env = {**os.environ, "PYTHONPATH": str(code), "HEXAGLOT_NO_CACHE": "1"}
    subprocess.run([sys.executable, "-c", CHECK, "check", "locale", "--glossary", str(glossary), "--fail-on", "never",
                    "--jobs", "1", "--format", "json"], cwd=tree, env=env, stdout=subprocess.DEVNULL, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (HEAD~1, main, a hash)")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--tree", type=Path, default=Path("/tmp/hexaglot-instructions"))
    parser.add_argument("--reuse", action="store_true", help="keep the tree at --tree if it is there")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        print("bench/instructions.py needs valgrind", file=sys.stderr)
        return 2
    if not (args.reuse and (args.tree / "locale").is_dir()):
        shutil.rmtree(args.tree, ignore_errors=True)
        generate(args.entries, args.tree)
    glossary = ROOT / "glossaries" / "untoc-som.tbx"
    with tempfile.TemporaryDirectory(prefix="hexaglot-base-") as scratch:
        base = Path(scratch) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
                       check=True, capture_output=True)
        try:
            for code in (base, ROOT):
                warm(code, args.tree, glossary)
            outputs = {name: Path(scratch) / f"{name}.json" for name in ("base", "this")}
            running = {"base": counted(base, args.tree, glossary, outputs["base"]),
                       "this": counted(ROOT, args.tree, glossary, outputs["this"])}
            counts = {name: instructions(process) for name, process in running.items()}
            same = outputs["base"].read_bytes() == outputs["this"].read_bytes()
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], capture_output=True)
    print(f"{'baseline ' + args.base:<30} {counts['base']:>18,} instructions")
    print(f"{'this checkout':<30} {counts['this']:>18,} instructions")
    print(f"ratio: {counts['this'] / counts['base']:.4f} ({100 * (counts['this'] / counts['base'] - 1):+.2f}%)")
    print("findings: " + ("the same" if same else "DIFFERENT (not a speed-up: the output changed)"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
