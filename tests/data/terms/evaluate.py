"""Precision and recall of the terminology checks on the labelled cases in cases.tsv.

    .venv/bin/python tests/data/terms/evaluate.py [--show-errors]

Each case is one catalog entry (English source, translation in the case's language); the
entry-level TERM checks run on it and their (code, concept) pairs are compared with the labels.
TERM004 needs a whole catalog and is tested apart (tests/test_term_checks.py).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.run import check_catalog, terminology_for  # noqa: E402
from pipeline.checks import selected  # noqa: E402
from pipeline.glossary.tbx import read_tbx  # noqa: E402
from pipeline.model import CatalogFile, Entry  # noqa: E402

CODES = ("TERM001", "TERM002", "TERM003", "TERM005")


@dataclass
class Case:
    id: str
    lang: str
    source: str
    translation: str
    expected: frozenset[tuple[str, str]]


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def load_cases(path: Path = HERE / "cases.tsv") -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [
            Case(row["id"], row["lang"], row["source"], row["translation"],
                 frozenset(tuple(label.split(":", 1)) for label in row["expected"].split()))
            for row in rows
        ]


def predict(cases: list[Case], glossary_path: Path = ROOT / "glossaries" / "untoc-som.tbx") -> dict[str, frozenset]:
    terminology = terminology_for([read_tbx(glossary_path)])
    checks = selected(list(CODES))
    predictions = {}
    for case in cases:
        catalog = CatalogFile(case.id, case.lang, (Entry(case.id, case.source, case.translation, 1),))
        findings = check_catalog(catalog, checks, terminology, "en")
        predictions[case.id] = frozenset((f.code, f.concept) for f in findings)
    return predictions


def score(cases: list[Case], predictions: dict[str, frozenset]) -> dict[tuple[str, str], Score]:
    """Scores by (language, code), plus (language, "all") and ("all", code)."""
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    for case in cases:
        predicted = predictions[case.id]
        for code in CODES:
            wanted = {p for p in case.expected if p[0] == code}
            got = {p for p in predicted if p[0] == code}
            for key in ((case.lang, code), (case.lang, "all"), ("all", code)):
                scores[key].true_positive += len(wanted & got)
                scores[key].false_positive += len(got - wanted)
                scores[key].false_negative += len(wanted - got)
    return scores


def main(argv: list[str]) -> int:
    cases = load_cases()
    predictions = predict(cases)
    scores = score(cases, predictions)
    languages = sorted({c.lang for c in cases}, key=lambda l: (l != "ru", l))
    print(f"{len(cases)} cases: " + ", ".join(f"{l} {sum(c.lang == l for c in cases)}" for l in languages))
    print(f"{'':6}{'':9}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}")
    for lang in languages + ["all"]:
        for code in CODES + ("all",):
            if (lang, code) in scores and (lang != "all" or code != "all"):
                s = scores[(lang, code)]
                if s.true_positive + s.false_positive + s.false_negative:
                    print(f"{lang:6}{code:9}{s.precision:>10.3f}{s.recall:>8.3f}{s.true_positive:>5}{s.false_positive:>5}{s.false_negative:>5}")
    if "--show-errors" in argv:
        for case in cases:
            if predictions[case.id] != case.expected:
                print(f"{case.id}: expected {sorted(case.expected)} got {sorted(predictions[case.id])}\n    {case.source} → {case.translation}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
