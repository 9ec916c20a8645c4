from pipeline.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="en",
    cased=True,
    unspaced=False,
    abbreviations=frozenset(
        "a.m. p.m. p. pp. para. paras. no. nos. e.g. i.e. etc. cf. vol. chap. art. arts. "
        "mr. mrs. ms. dr. prof. st. fig. ed. eds. rev. corr. add. approx. incl. ibid. op. cit. "
        "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. u.s. u.k.".split()
    ),
    final_abbreviations=frozenset("a.m. p.m. etc. approx. incl.".split()),
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Documentation",),
    annex_headings=("Annex",),
    continued_marks=("(continued)",),
    time_range=r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.)?|noon)\s*[–-]\s*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.|noon)",
    number_words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    and_words=("and", "to", "–", "-"),
    resolution_words=r"resolutions?|decisions?",
)
