"""Term candidates against the terms a terminologist marked by hand on the shipped corpus.

    .venv/bin/python bench/candidates.py [--in locale/] [--gold tests/data/candidates/gold-en.txt]
                                         [--min-count 2] [--top 20] [--equivalents-top 30]

Prints precision at 20 (of the 20 best candidates, how many are marked terms), recall (of the
marked terms, how many are among all the candidates), and each candidate of the top with
whether it is marked. Then the equivalents: of the marked terms among the 30 best candidates,
how many first-ranked equivalents are right in each language, against the equivalents marked
by hand in tests/data/candidates/equivalents-gold.txt (also marked before the rules that make
them were tuned), and each wrong one beside the right one. The marked list was written before the extractor (see its header); a
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
from pipeline.glossary.equivalents import find_equivalents  # noqa: E402
from pipeline.model import LANGUAGES  # noqa: E402
from pipeline.lang.phrases import runs, word_key  # noqa: E402
from pipeline.run.documents import catalog_paths  # noqa: E402

GOLD = ROOT / "tests" / "data" / "candidates" / "gold-en.txt"
GOLD_EQUIVALENTS = ROOT / "tests" / "data" / "candidates" / "equivalents-gold.txt"


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


@dataclass(frozen=True)
class EquivalentsEvaluation:
    right: dict[str, int]  # lang → first-ranked equivalents that are right
    judged: dict[str, int]  # lang → marked (term, language) pairs judged
    wrong: tuple[tuple[str, str, str, str], ...]  # (term, lang, proposed, right)

    @property
    def accuracy(self) -> float:
        total = sum(self.judged.values())
        return sum(self.right.values()) / total if total else 0.0


def gold_equivalents(path: Path = GOLD_EQUIVALENTS) -> dict[tuple[str, str], tuple[str, ...]]:
    """(English term, language) → the forms a terminologist accepts, as marked by hand."""
    marked = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, lang, forms = line.split("\t")
            marked[(term, lang)] = tuple(form.strip() for form in forms.split("|"))
    return marked


def _same(proposed: str, marked: str) -> bool:
    # Diacritics are optional in Arabic (`مشغِّلي` is `مشغلي`); case is the glossary's business.
    return _plain(proposed) == _plain(marked)


def _plain(text: str) -> str:
    return "".join(ch for ch in text if not "\u064b" <= ch <= "\u065f" and ch not in "\u0670\u0640").casefold().replace("ё", "е")


def evaluate_equivalents(candidates, marked: dict[tuple[str, str], tuple[str, ...]]) -> EquivalentsEvaluation:
    """The first-ranked equivalent of each marked (term, language) pair whose term is a candidate."""
    right: dict[str, int] = {}
    judged: dict[str, int] = {}
    wrong = []
    by_text = {c.text: c for c in candidates}
    for (term, lang), forms in marked.items():
        candidate = by_text.get(term)
        if candidate is None:
            continue
        found = candidate.equivalents.get(lang, ())
        proposed = found[0].text if found else ""
        judged[lang] = judged.get(lang, 0) + 1
        if any(_same(proposed, form) for form in forms):
            right[lang] = right.get(lang, 0) + 1
        else:
            right.setdefault(lang, 0)
            wrong.append((term, lang, proposed, forms[0]))
    return EquivalentsEvaluation(right, judged, tuple(wrong))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in", dest="catalogs", type=Path, default=ROOT / "locale")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossaries" / "untoc-som.tbx")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--equivalents-top", type=int, default=30)
    args = parser.parse_args(argv)
    segments = aligned_segments(catalog_paths([args.catalogs]))
    glossaries = [load_glossary(args.glossary)]
    candidates = source_candidates(segments, glossaries, "en", args.min_count)
    result = evaluate(candidates, gold_terms(args.gold), args.top)
    for rank, (text, ok) in enumerate(result.judged_top, start=1):
        print(f"{rank:3d}  {'✔' if ok else '·'}  {text}")
    print(f"\n{len(candidates)} candidates; precision at {result.top}: {result.precision_at:.2f}; "
          f"recall of the {len(result.found) + len(result.missed)} marked terms: {result.recall:.2f} "
          f"({len(result.found)} found)")
    if result.missed:
        print("missed: " + "; ".join(result.missed))
    top = find_equivalents(candidates[:args.equivalents_top], segments, [lang for lang in LANGUAGES if lang != "en"],
                           glossaries=glossaries)
    equivalents = evaluate_equivalents(top, gold_equivalents())
    print(f"\nfirst-ranked equivalents of the marked terms among the {args.equivalents_top} best: "
          f"{sum(equivalents.right.values())} of {sum(equivalents.judged.values())} right ("
          + ", ".join(f"{lang} {equivalents.right[lang]}/{equivalents.judged[lang]}" for lang in sorted(equivalents.judged)) + ")")
    for term, lang, proposed, wanted in equivalents.wrong:
        print(f"  {term}  {lang}  {proposed or '—'}  (marked: {wanted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
