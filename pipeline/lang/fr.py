from pipeline.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="fr",
    cased=True,
    unspaced=False,
    abbreviations=frozenset(
        "p. pp. par. no. nos. cf. etc. art. chap. vol. m. mm. mme. mmes. mlle. dr. éd. "
        "réf. suppl. env. ibid. op. cit. janv. févr. avr. juill. sept. oct. nov. déc.".split()
    ),
    final_abbreviations=frozenset("etc. env.".split()),
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Documentation",),
    annex_headings=("Annexe",),
    continued_marks=("(suite)",),
    time_range=r"\d{1,2}\s*(?:heures?|h)(?:\s*\d{2})?\s*[–-]\s*\d{1,2}\s*(?:heures?|h)(?:\s*\d{2})?",
)
