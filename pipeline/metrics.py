"""Revision metrics with sacrebleu: how much a draft translation was revised, per language.

The only module that imports sacrebleu. Entries pair by msgctxt and msgid; only entries
translated in both catalogs count. Tokenizers follow the language: `zh` for Chinese (13a does
not segment it), `13a` otherwise; TER uses asian_support for Chinese. Scores are per catalog
(one language), which also keeps sacrebleu's memory in bounds (it keeps every reference's
statistics); each carries its sacrebleu signature.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from pipeline.catalog import read_entries
from pipeline.errors import HexaglotInputError
from pipeline.lang import profile
from pipeline.worddiff import plain, word_diff


def _paired(hyp: Path, ref: Path) -> tuple[list[tuple[str, Path, Path]], list[str]]:
    """The catalogs of the two paths paired by their place, (language, draft, revision) each,
    and the catalogs of one tree the other has none of (its path in that tree), not scored."""
    if hyp.is_file() and ref.is_file():
        return [(_same_language(hyp, ref), hyp, ref)], []
    if hyp.is_dir() and ref.is_dir():
        found, alone = [], []
        for hyp_file in sorted(hyp.rglob("*.po")):
            ref_file = ref / hyp_file.relative_to(hyp)
            if ref_file.is_file():
                found.append((_same_language(hyp_file, ref_file), hyp_file, ref_file))
            else:
                alone.append(str(hyp_file))
        alone += [str(ref_file) for ref_file in sorted(ref.rglob("*.po")) if not (hyp / ref_file.relative_to(ref)).is_file()]
        if not found:
            raise HexaglotInputError("E009", ref, "no PO catalog with the same path in both trees")
        return found, alone
    for path in (hyp, ref):
        if not path.exists():
            raise HexaglotInputError("E001", path, "no such file or folder")
    # Named is the odd one: a folder `extra.po` given with a catalog, or what is neither.
    odd, given = next(((path, option) for path, option in ((hyp, "--hyp"), (ref, "--ref"))
                       if not (path.is_file() or path.is_dir())), (hyp, "--hyp") if hyp.is_dir() else (ref, "--ref"))
    what = "a folder and the other a file" if odd.is_dir() else "neither a file nor a folder"
    raise HexaglotInputError("E001", odd, f"{given} is {what}: --hyp and --ref must both be PO files or both be folders")


class ScoredPair(NamedTuple):
    """One translation of the draft and its revision: an entry's msgstr, or one msgstr[n] of
    an entry with plural forms (`form` n; 0 for msgstr and msgstr[0])."""

    msgctxt: str
    msgid: str
    form: int
    hyp: str
    ref: str


def _translations(entry) -> tuple[str, ...]:
    # Every plural form is a translation a reviser may revise: a correction of msgstr[2]
    # alone is a revision, which scoring msgstr[0] alone would report as none.
    return entry.plural_forms or (entry.msgstr,)


def _language(ref: Path) -> str:
    """The language the revised catalog is scored in: its tokenizers are that language's, so a
    catalog of none of the six (no Language header and no locale in its path, `pt_BR`) cannot
    be scored."""
    catalog = read_entries(ref)
    if not catalog.lang:
        raise HexaglotInputError("E012", ref, f"{catalog.language_problem}; set its Language header")
    return catalog.lang


def _same_language(hyp: Path, ref: Path) -> str:
    """The language both catalogs are in: a draft in one language and a revision in another
    scored as one (a path mistyped, `ru` for `fr`) gave scores of nothing."""
    lang, draft = _language(ref), read_entries(hyp)
    if draft.lang and draft.lang != lang:
        raise HexaglotInputError("E012", hyp, f"the draft is in {draft.lang} and the revision ({ref}) in {lang}: a score "
                                 "compares two translations into one language")
    return lang


class ScoredSegments(NamedTuple):
    """What two catalogs give to score: the pairs, and the translated entries of each that the
    other lacks (not scored, and said: a revision of another document shares only its headings)."""

    pairs: list[ScoredPair]
    only_in_draft: int
    only_in_revision: int


def segments(hyp: Path, ref: Path) -> ScoredSegments:
    """The translations of entries in both catalogs (each plural form on its own), where both
    translate them; and how many translated entries of each the other has not."""
    references = {e.key: _translations(e) for e in read_entries(ref).entries}
    pairs, drafts = [], set()
    # A plural form one side translated and the other left empty (a form the reviser filled
    # in) is a translation the other has not, counted as an entry would be.
    draft_forms = revision_forms = 0
    for entry in read_entries(hyp).entries:
        if any(_translations(entry)):
            drafts.add(entry.key)
        revised = references.get(entry.key, ())
        if not any(revised) or not any(_translations(entry)):
            continue
        drafted = _translations(entry)
        for form in range(max(len(drafted), len(revised))):
            draft = drafted[form] if form < len(drafted) else ""
            reference = revised[form] if form < len(revised) else ""
            if draft and reference:
                pairs.append(ScoredPair(entry.msgctxt, entry.msgid, form, draft, reference))
            else:
                draft_forms += bool(draft)
                revision_forms += bool(reference)
    revised_keys = {key for key, translations in references.items() if any(translations)}
    return ScoredSegments(pairs, len(drafts - revised_keys) + draft_forms, len(revised_keys - drafts) + revision_forms)


def segment_name(segment: dict) -> str:
    """A scored segment as the text output and the page name it: its msgctxt, or its msgid
    quoted (shortened) where it has none, as catalogs other tools write have none; and the
    plural form where it is one past the first."""
    name = segment["msgctxt"] or repr(_shortened(segment["msgid"]))
    return name + (f" msgstr[{segment['form']}]" if segment.get("form") else "")


def _shortened(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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
    pairs_found, alone = _paired(hyp, ref)
    for lang, hyp_file, ref_file in pairs_found:
        found = segments(hyp_file, ref_file)
        pairs = found.pairs
        if not pairs:
            continue
        hypotheses = [pair.hyp for pair in pairs]
        references = [pair.ref for pair in pairs]
        metrics = metrics_for(lang)
        corpus = {}
        for name, metric in metrics.items():
            result = metric.corpus_score(hypotheses, [references])
            corpus[name] = {"score": round(result.score, 4), "signature": str(metric.get_signature())}
        chrf = metrics["chrF"]
        # "form" as in the findings JSON: said for a plural form past the first.
        per_segment = [
            {"msgctxt": pair.msgctxt, "msgid": pair.msgid, **({"form": pair.form} if pair.form else {}),
             "chrF": round(chrf.sentence_score(pair.hyp, [pair.ref]).score, 4), "hyp": pair.hyp, "ref": pair.ref}
            for pair in pairs
        ]
        changed = sorted((s for s in per_segment if s["hyp"] != s["ref"]), key=lambda s: s["chrF"])
        changed = changed if top is None else changed[:top]
        for segment in changed:
            segment["diff"] = [list(piece) for piece in word_diff(segment["hyp"], segment["ref"], lang)]
        languages.append({
            "lang": lang, "hyp": str(hyp_file), "ref": str(ref_file), "segments": len(pairs),
            "unchanged": sum(s["hyp"] == s["ref"] for s in per_segment),
            "only_in_draft": found.only_in_draft, "only_in_revision": found.only_in_revision,
            "corpus": corpus, "per_segment": [{key: s[key] for key in ("msgctxt", "msgid", "form", "chrF") if key in s} for s in per_segment],
            "most_changed": changed,
        })
    # A catalog of one tree the other has none of is said, as entries of one catalog are: a
    # draft tree without its Russian catalogs was scored on the rest without a word.
    return {"schema": "hexaglot.score/1", "languages": languages, "not_scored": alone}


def score_report_text(report: dict) -> str:
    lines = []
    for item in report["languages"]:
        lines.append(f"{item['lang']}: {item['segments']} segments ({item['unchanged']} unchanged), {item['hyp']} against {item['ref']}")
        if item.get("only_in_draft") or item.get("only_in_revision"):
            lines.append(f"  not scored: {item['only_in_draft']} translated entries (or plural forms) of the draft that the revision has not, "
                         f"{item['only_in_revision']} of the revision that the draft has not (entries pair by msgctxt and msgid)")
        for name, value in item["corpus"].items():
            lines.append(f"  {name:<7} {value['score']:>8.2f}   {value['signature']}")
        if item["most_changed"]:
            lines.append(f"  most changed ({len(item['most_changed'])}):")
            for s in item["most_changed"]:
                lines.append(f"    {s['chrF']:>6.1f}  {segment_name(s)}")
                # What changed, as `git diff --word-diff` shows it: [-draft-]{+revised+}.
                lines.append(f"            {plain([tuple(piece) for piece in s['diff']])}")
    alone = report.get("not_scored", [])
    if alone:
        shown = ", ".join(alone[:5]) + (f" and {len(alone) - 5} more" if len(alone) > 5 else "")
        lines.append(f"not scored: {len(alone)} catalog{'s' if len(alone) != 1 else ''} in one tree only ({shown})")
    return "\n".join(lines) if lines else "no segment translated in both"
