"""Term candidates against the terms a terminologist marked by hand on the shipped corpus.

    .venv/bin/python bench/candidates.py [--in locale/] [--gold tests/data/candidates/gold-en.txt]
                                         [--min-count 2] [--top 20]

Prints precision at 20 (of the 20 best candidates, how many are marked terms), recall (of the
marked terms, how many are among all the candidates), and each candidate of the top with
whether it is marked. The marked list was written before the extractor (see its header); a
candidate matches a marked term when their words share their keys (`law enforcement agencies`
is `law enforcement agency`). tests/test_candidates.py asserts floors a little below what this
prints, so that a change that loses terms fails.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.glossary import load_glossary  # noqa: E402
from pipeline.glossary.aligned import aligned_segments  # noqa: E402
from pipeline.glossary.candidates import source_candidates  # noqa: E402
from pipeline.lang.phrases import runs, word_key  # noqa: E402
from pipeline.run.documents import catalog_paths  # noqa: E402

GOLD = ROOT / "tests" / "data" / "candidates" / "gold-en.txt"


@dataclass(frozen=True)
class Evaluation:
    precision_at: float
    top: int
    recall: float
    found: tuple[str, ...]  # marked terms among the candidates
    missed: tuple[str, ...]
    judged_top: tuple[tuple[str, bool], ...]  # (candidate, marked) for the top


def gold_terms(path: Path = GOLD) -> list[tuple[str, ...]]:
    """The marked concepts, each as its written forms."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(form.strip() for form in line.split("|")) for line in lines if line.strip() and not line.startswith("#")]


def _key(text: str, lang: str = "en") -> tuple[str, ...]:
    return tuple(word_key(word, lang) for run in runs(text, lang) for word, _, _ in run)


def evaluate(candidates, gold: list[tuple[str, ...]], top: int = 20) -> Evaluation:
    keys = {c.key: c.text for c in candidates}
    gold_keys = [{_key(form) for form in forms} for forms in gold]
    found = tuple(forms[0] for forms, wanted in zip(gold, gold_keys) if wanted & keys.keys())
    missed = tuple(forms[0] for forms, wanted in zip(gold, gold_keys) if not wanted & keys.keys())
    marked = set().union(*gold_keys) if gold_keys else set()
    judged = tuple((c.text, c.key in marked) for c in candidates[:top])
    precision = sum(ok for _, ok in judged) / top if top else 0.0
    return Evaluation(precision, top, len(found) / len(gold) if gold else 0.0, found, missed, judged)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in", dest="catalogs", type=Path, default=ROOT / "locale")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossaries" / "untoc-som.tbx")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    segments = aligned_segments(catalog_paths([args.catalogs]))
    candidates = source_candidates(segments, [load_glossary(args.glossary)], "en", args.min_count)
    result = evaluate(candidates, gold_terms(args.gold), args.top)
    for rank, (text, ok) in enumerate(result.judged_top, start=1):
        print(f"{rank:3d}  {'✔' if ok else '·'}  {text}")
    print(f"\n{len(candidates)} candidates; precision at {result.top}: {result.precision_at:.2f}; "
          f"recall of the {len(result.found) + len(result.missed)} marked terms: {result.recall:.2f} "
          f"({len(result.found)} found)")
    if result.missed:
        print("missed: " + "; ".join(result.missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
