"""Precision and recall of the terminology checks on the labelled cases in cases.tsv, beside
two baselines on the same cases.

    .venv/bin/python tests/data/terms/evaluate.py [--show-errors] [--cases FILE]

Each case is one catalog entry (English source, translation in the case's language); the
entry-level TERM checks run on it and their (code, concept) pairs are compared with the labels.
TERM004 needs a whole catalog and is tested apart (tests/test_term_checks.py).

The baselines are what the string-matching QA tools do (Xbench, Okapi CheckMate, pofilter's
glossary check), given the same glossary and the same conventions as hexaglot (a concept
rendered by a rejected term is TERM002's, not TERM001's; `x-checkMissing: no` honoured):
  - exact: a term is found where its words occur as they are written (case aside);
  - stems: a term is found where the Snowball stems of its words occur in a row (Russian,
    French, Spanish, English and Arabic stemmers; Chinese has none, so characters).
Neither finds TERM005 (agreement needs morphology).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT))

import snowballstemmer  # noqa: E402

from pipeline.run import check_catalog, terminology_for  # noqa: E402
from pipeline.checks import selected  # noqa: E402
from pipeline.glossary.tbx import read_tbx  # noqa: E402
from pipeline.model import CatalogFile, Entry, TermStatus  # noqa: E402

CODES = ("TERM001", "TERM002", "TERM003", "TERM005")
GLOSSARY = ROOT / "glossaries" / "untoc-som.tbx"
SYSTEMS = ("hexaglot", "stems", "exact")


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


def predict(cases: list[Case], glossary_path: Path = GLOSSARY) -> dict[str, frozenset]:
    terminology = terminology_for([read_tbx(glossary_path)])
    checks = selected(list(CODES))
    predictions = {}
    for case in cases:
        catalog = CatalogFile(case.id, case.lang, (Entry(case.id, case.source, case.translation, 1),))
        findings = check_catalog(catalog, checks, terminology, "en")
        predictions[case.id] = frozenset((f.code, f.concept) for f in findings)
    return predictions


_WORD = re.compile(r"[^\W_]+")
_STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(_STEMMERS[lang])


@lru_cache(maxsize=100_000)
def _words(lang: str, text: str, stem: bool) -> tuple[str, ...]:
    """A text as the baselines see it: its words, lower-cased (ё as е), or their stems; Chinese
    as characters."""
    text = text.lower().replace("ё", "е").replace("’", "'")
    if lang == "zh":
        return tuple(ch for ch in text if ch.isalnum())
    words = _WORD.findall(text)
    if stem:
        words = [_stemmer(lang).stemWord(w) for w in words]
    return tuple(words)


def _occurs(term: tuple[str, ...], text: tuple[str, ...]) -> bool:
    n = len(term)
    return n > 0 and any(text[i:i + n] == term for i in range(len(text) - n + 1))


def predict_baseline(cases: list[Case], stem: bool, glossary_path: Path = GLOSSARY) -> dict[str, frozenset]:
    """The findings a string (stem=False) or stem (stem=True) matcher gives on the cases."""
    glossary = read_tbx(glossary_path)
    predictions = {}
    for case in cases:
        source, target = _words("en", case.source, stem), _words(case.lang, case.translation, stem)

        def found(term) -> bool:
            if term.pattern:  # the tools take regular expressions too
                return re.search(term.pattern, case.source if term.lang == "en" else case.translation, re.IGNORECASE) is not None
            return _occurs(_words(term.lang, term.text, stem), source if term.lang == "en" else target)

        findings = set()
        for concept in glossary.concepts:
            in_source = [t for t in concept.terms_in("en") if found(t)]
            in_target = [t for t in concept.terms_in(case.lang) if found(t)]
            approved = [t for t in in_target if t.status.approved]
            rejected = [t for t in in_target if not t.status.approved]
            findings.update(("TERM002", concept.id) for _ in rejected)
            checks_missing = ("descrip", "x-checkMissing", "no") not in concept.extra
            if in_source and not approved and not rejected and checks_missing:
                findings.add(("TERM001", concept.id))
            if (any(t.status is TermStatus.PREFERRED for t in in_source) and any(t.status is TermStatus.ADMITTED for t in approved)
                    and not any(t.status is TermStatus.PREFERRED for t in approved)):
                findings.add(("TERM003", concept.id))
        predictions[case.id] = frozenset(findings)
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


def evaluate(cases: list[Case]) -> dict[str, dict[tuple[str, str], Score]]:
    """Scores of hexaglot and of the two baselines, by system."""
    return {
        "hexaglot": score(cases, predict(cases)),
        "stems": score(cases, predict_baseline(cases, stem=True)),
        "exact": score(cases, predict_baseline(cases, stem=False)),
    }


def main(argv: list[str]) -> int:
    cases = load_cases(Path(argv[argv.index("--cases") + 1])) if "--cases" in argv else load_cases()
    predictions = predict(cases)
    scores = evaluate(cases)
    languages = sorted({c.lang for c in cases}, key=lambda l: (l != "ru", l))
    print(f"{len(cases)} cases: " + ", ".join(f"{l} {sum(c.lang == l for c in cases)}" for l in languages)
          + f"; {sum(not c.expected for c in cases)} with no finding expected")
    print(f"{'':6}{'':9}" + "".join(f"{name:>18}" for name in SYSTEMS) + f"{'TP':>6}{'FP':>5}{'FN':>5}")
    print(f"{'':6}{'':9}" + "".join(f"{'precision recall':>18}" for _ in SYSTEMS) + f"{'(hexaglot)':>16}")
    for lang in languages + ["all"]:
        for code in CODES + ("all",):
            key = (lang, code)
            if key not in scores["hexaglot"] or (lang == "all" and code == "all"):
                continue
            ours = scores["hexaglot"][key]
            if not any(s[key].true_positive + s[key].false_positive + s[key].false_negative for s in scores.values() if key in s):
                continue
            cells = "".join(f"{scores[name][key].precision:>9.3f}{scores[name][key].recall:>9.3f}" for name in SYSTEMS)
            print(f"{lang:6}{code:9}{cells}{ours.true_positive:>6}{ours.false_positive:>5}{ours.false_negative:>5}")
    if "--show-errors" in argv:
        for case in cases:
            if predictions[case.id] != case.expected:
                print(f"{case.id}: expected {sorted(case.expected)} got {sorted(predictions[case.id])}\n    {case.source} → {case.translation}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
