from pipeline.lang import LanguageProfile, cardinals, clock, ordinals
from pipeline.lang.document_parts import DocumentParts


# Half of the day, as texts write it (matched without regard to case): `a.m.`, `p.m`, `AM`, `pm`.
_HALF = r"[ap]\.m\.|[ap]\.?m\b"


def _read_time(g: tuple) -> list[int] | None:
    if g[9]:
        return [12 * 60]  # noon
    if any(half and hour and int(hour) > 12 for hour, half in ((g[0], g[2] or g[5]), (g[3], g[5]), (g[6], g[8]))):
        return None  # no hour of a half of the day, no time: `24 AM and 30 FM radio stations`, 24 a number
    if g[3]:  # a range: 10 a.m. to 1 p.m., 10–11 a.m.
        return [clock(g[0], g[1], g[2] or g[5]), clock(g[3], g[4], g[5])]
    return [clock(g[6], g[7], g[8])]


# Words that are not alike a term's word when coordinated with it (`States and other parties`).
_FUNCTION_WORDS = frozenset(
    "the a an this that these those such other others all some any many several each every both no its their his her "
    "our your my of in on for to by with at from as and or but not".split()
)

PROFILE = LanguageProfile(
    # Singular only: after a numeral English writes `3 million`, never `3 millions`; the plural
    # is the noun (`In 2022 millions of migrants ...`), which multiplies no number before it.
    magnitudes={"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
    magnitude_phrases=(
        (r"\b(?:one|a)\s+and\s+a\s+half\s+(?P<mag>million|billion|trillion)\b", 1.5),
        (r"\b(?P<count>[a-z]+)\s+and\s+a\s+half\s+(?P<mag>million|billion|trillion)\b", 0.5),
        (r"\b(?:half\s+a|a\s+half)\s+(?P<mag>million|billion|trillion)\b", 0.5),
        (r"\b(?:a|one)\s+quarter\s+of\s+a\s+(?P<mag>million|billion|trillion)\b", 0.25),
        (r"\bthree\s+quarters\s+of\s+a\s+(?P<mag>million|billion|trillion)\b", 0.75),
        (r"\b(?:one|a)\s+(?P<mag>million|billion|trillion)\b", 1.0),
    ),
    code="en",
    month_first_dates=("and", "or", "to", "through", "in", "at", "on", "the", "a", "an", "for", "from", "of", "by", "with",
                       "until", "till", "during", "when", "while", "this", "that", "is", "was", "were", "will", "would",
                       "has", "had", "have", "as", "after", "before", "since", "but", "which", "where", "under", "via",
                       "respectively", "inclusive", "onwards", "onward"),
    body_nouns=frozenset({"union", "organization", "organisation", "community", "league", "council", "commission", "association", "bank", "fund", "forum", "alliance", "agency", "court", "parliament"}),
    possessive_determiners=frozenset({"its", "their", "our", "his", "her"}),
    generic_before=frozenset({"a", "an"}),
    genitive_linkers=frozenset({"of", "the"}),
    numbered_targets_after=r"\b[Tt]argets?",
    # (another country's dollars are none of them: `Canadian dollars`, `Hong Kong dollars`)
    currencies={"USD": r"(?<!Canadian )(?<!Australian )(?<!Kong )(?<!Zealand )(?<!Singapore )(?<!Caribbean )(?-i:\bdollars?\b)(?![-‐])",
                "EUR": r"(?-i:\beuros?\b)(?![-‐]| area| zone)", "CHF": r"\bSwiss francs?\b", "GBP": r"\bpounds? sterling\b",
                "CNY": r"\byuan\b|\brenminbi\b", "RUB": r"\broubles?\b|\brubles?\b", "JPY": r"\byen\b"},
    cased=True,
    unspaced=False,
    abbreviations=frozenset(
        "a.m. p.m. p. pp. para. paras. no. nos. e.g. i.e. etc. cf. vol. chap. sect. sects. art. arts. "
        "mr. mrs. ms. dr. prof. st. fig. ed. eds. rev. corr. add. approx. incl. ibid. op. cit. "
        "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. u.s. u.k.".split()
    ),
    final_abbreviations=frozenset("a.m. p.m. etc. approx. incl.".split()),
    # `non-member States`, `non-States parties`: the concept's opposite, named by a prefix
    negating_prefix=r"\b[Nn]on[-\u2011]",  # (a non-breaking hyphen too)
    # The UN Editorial Manual's hyphenated prefixes: `well-being`, `self-reliance`,
    # `non-governmental`, `cross-border`, `anti-corruption` (not `ex-`: `ex-` / `tended`).
    fraction_pattern=(r"\b(?P<num>one|two|three|four|five)[\s-](?P<den>thirds?|quarters?|fourths?|fifths?)\b"
                      r"|\b(?P<num2>a)\s+(?P<den2>third|quarter|fifth)\s+(?=of\b)"),
    fraction_gate=r"third|quarter|fourth|fifth",
    half_pattern=r"(?<!first )(?<!second )(?<!the )\bhalf\s+(?:of|the)\b|\bone\s+half\b",
    half_word="half",
    hyphen_prefixes=frozenset("well self non cross anti".split()),
    # A time zone after a time: `10 a.m. Vienna time`, `6 p.m. New York time`, `3 p.m. EST`.
    continues_after_abbreviation=r"(?:[A-Z][a-z]+ ){1,2}time\b|(?:[ECMP][SD]T|GMT|UTC|CES?T)\b",
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Documentation",),
    annex_headings=("Annex",),
    continued_marks=("(continued)",),
    time_range=r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.)?|noon)\s*[–-]\s*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.|noon)",
    # (`1 in 5`, not `Goal 1 in 2023`: a count of so many is no year)
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s+percentage\s+points?\b",
    one_in_pattern=r"\b(?:one|1)\s+(?:[^\W\d]+\s+){0,3}?(?:in|out\s+of)\s+(?:every\s+)?(?P<n>\d{1,3}(?:,\d{3})?(?![\d,])|[^\W\d]+)",
    # multipliers too, as es `dos veces`, fr `deux fois`, ru `дважды` are read
    number_words={**cardinals.ENGLISH, "twice": 2, "thrice": 3},
    number_joiner=r"\s+|-|\s+and\s+",
    range_joiner=r"\s*[-–]\s*|\s+(?:to|and|or)\s+",  # `15 to 18 million`
    # `thousand` alone is `several thousand`, `thousands of`: a number only after one
    only_in_compounds=frozenset({"thousand"}),
    ordinal_after=r"[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
    and_words=("and", "to", "–", "-"),
    ordinal_words=ordinals.english,
    resolution_words=r"resolutions?|decisions?",
    respectively=r"\brespectively\b",
    decision_words=r"decisions?",
    # and a decade's `s` (`the 1990s`: 1990, as `1990-х`, `1990年代` read)
    ordinal_suffix=r"st|nd|rd|th|(?<=[0-9]0)s",
    session_after_body=r"\s+at its\b[^.;]{0,40}?\bsession",
    per_cent_after=r"\s+(?:per\s?cent|percent)\b",
    # `a.m.` as UN English writes it, `AM`, `pm`, `p.m` as software and other texts do
    time_pattern=rf"(\d{{1,2}})(?:[.:](\d{{2}}))?\s*({_HALF})?\s*(?:[–-]|to)\s*(\d{{1,2}})(?:[.:](\d{{2}}))?\s*({_HALF})"
                 rf"|(\d{{1,2}})(?:[.:](\d{{2}}))?\s*({_HALF})|\b(?:12\s+)?(noon|midday)\b",  # `12 noon`: one time, no number
    # (the 24-hour clock, `from 10:00 to 13:00`, as every language: value_extraction's clock)
    time_gate=r"a\.m\.|p\.m\.|noon|midday|\d\s*[ap]\.?m\b",
    read_time=_read_time,
    time_without_digit=True,
    # `smuggling of these migrants`, `trafficking in such persons`, `smuggling of 40 migrants`.
    slot_prepositions=frozenset({"of", "in", "on", "for", "against", "to", "by", "with"}),
    term_gap_articles=frozenset({"the", "these", "those", "such", "this", "that", "their", "its"}),
    possessive_ending="'s",
    # `cross-border and judicial cooperation` names cross-border cooperation.
    coordinating_conjunctions=frozenset({"and", "or"}),
    one_letter_words=frozenset({"a"}),
    doubled_words=frozenset({"had", "that"}),
    coordinated_alike=lambda word, other: word not in _FUNCTION_WORDS and other not in _FUNCTION_WORDS,
    # `migrants smuggled by sea` is `smuggled migrants`.
    postposed_participle=lambda word: len(word) > 4 and word.lower().endswith("ed"),
    parts=DocumentParts(
        type_phrases={
            "treaty": r"^(?:(?:additional|optional)\s+)?(?:protocol|convention|agreement|treaty|covenant|charter|statute)\b|^rules of procedure\b",
            "agenda": r"provisional agenda|^agenda$",
            "letter": r"^(?:identical\s+)?(?:letters?|note\s+verbale)\s+dated\b",
            "report": r"^report\b",
            "resolution": r"draft (?:resolution|decision)\b|^(?:resolution|decision) \d|^(?:resolution|decision) adopted by",
            "note": r"note by the secretar|background paper|conference room paper",
        },
    ),
)
