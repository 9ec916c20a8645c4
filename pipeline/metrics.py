"""Revision metrics with sacrebleu: how much a draft translation was revised, per language.

The only module that imports sacrebleu. Entries pair by msgctxt and msgid; only entries
translated in both catalogs count. Tokenizers follow the language: `zh` for Chinese (13a does
not segment it), `13a` otherwise; TER uses asian_support for Chinese. Scores are per catalog
(one language), which also keeps sacrebleu's memory in bounds (it keeps every reference's
statistics); each carries its sacrebleu signature.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog import read_entries
from pipeline.errors import HexaglotInputError
from pipeline.lang import profile
from pipeline.worddiff import plain, word_diff


def _pairs(hyp: Path, ref: Path) -> list[tuple[str, Path, Path]]:
    if hyp.is_file() and ref.is_file():
        return [(read_entries(ref).lang or "", hyp, ref)]
    if hyp.is_dir() and ref.is_dir():
        found = []
        for hyp_file in sorted(hyp.rglob("*.po")):
            ref_file = ref / hyp_file.relative_to(hyp)
            if ref_file.is_file():
                found.append((read_entries(ref_file).lang, hyp_file, ref_file))
        if not found:
            raise HexaglotInputError("E009", ref, "no PO catalog with the same path in both trees")
        return found
    for path in (hyp, ref):
        if not path.exists():
            raise HexaglotInputError("E001", path, "no such file or folder")
    raise HexaglotInputError("E001", ref, "--hyp and --ref must both be PO files or both be folders")


def segments(hyp: Path, ref: Path) -> list[tuple[str, str, str]]:
    """(msgctxt, hypothesis, reference) for entries translated in both."""
    references = {(e.msgctxt, e.msgid): e.msgstr for e in read_entries(ref).entries if e.msgstr}
    return [(e.msgctxt, e.msgstr, references[(e.msgctxt, e.msgid)]) for e in read_entries(hyp).entries
            if e.msgstr and (e.msgctxt, e.msgid) in references]


def metrics_for(lang: str):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {
        "chrF": CHRF(),
        "chrF++": CHRF(word_order=2),
        "BLEU": BLEU(tokenize=profile(lang).bleu_tokenizer),
        "TER": TER(asian_support=profile(lang).unspaced),
    }


def score_pairs(hyp: Path, ref: Path, top: int | None = 20) -> dict:
    """Corpus scores per language, each segment's chrF, and the changed segments, worst chrF
    first, each with its word diff (pipeline/worddiff.py): the first `top` of them, or all."""
    languages = []
    for lang, hyp_file, ref_file in _pairs(hyp, ref):
        pairs = segments(hyp_file, ref_file)
        if not pairs:
            continue
        hypotheses = [h for _, h, _ in pairs]
        references = [r for _, _, r in pairs]
        metrics = metrics_for(lang)
        corpus = {}
        for name, metric in metrics.items():
            result = metric.corpus_score(hypotheses, [references])
            corpus[name] = {"score": round(result.score, 4), "signature": str(metric.get_signature())}
        chrf = metrics["chrF"]
        per_segment = [
            {"msgctxt": msgctxt, "chrF": round(chrf.sentence_score(h, [r]).score, 4), "hyp": h, "ref": r}
            for msgctxt, h, r in pairs
        ]
        changed = sorted((s for s in per_segment if s["hyp"] != s["ref"]), key=lambda s: s["chrF"])
        changed = changed if top is None else changed[:top]
        for segment in changed:
            segment["diff"] = [list(piece) for piece in word_diff(segment["hyp"], segment["ref"], lang)]
        languages.append({
            "lang": lang, "hyp": str(hyp_file), "ref": str(ref_file), "segments": len(pairs),
            "unchanged": sum(s["hyp"] == s["ref"] for s in per_segment),
            "corpus": corpus, "per_segment": [{"msgctxt": s["msgctxt"], "chrF": s["chrF"]} for s in per_segment],
            "most_changed": changed,
        })
    return {"schema": "hexaglot.score/1", "languages": languages}


def score_report_text(report: dict) -> str:
    lines = []
    for item in report["languages"]:
        lines.append(f"{item['lang']}: {item['segments']} segments ({item['unchanged']} unchanged), {item['hyp']} against {item['ref']}")
        for name, value in item["corpus"].items():
            lines.append(f"  {name:<7} {value['score']:>8.2f}   {value['signature']}")
        if item["most_changed"]:
            lines.append(f"  most changed ({len(item['most_changed'])}):")
            for s in item["most_changed"]:
                lines.append(f"    {s['chrF']:>6.1f}  {s['msgctxt']}")
                # What changed, as `git diff --word-diff` shows it: [-draft-]{+revised+}.
                lines.append(f"            {plain([tuple(piece) for piece in s['diff']])}")
    return "\n".join(lines) if lines else "no segment translated in both"
