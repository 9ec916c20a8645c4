"""Words hyphenated across line breaks are put back together by the language's lexicon."""

from collections import Counter

import pytest

from pipeline.lang import profile
from pipeline.lang.hyphenation import decide

# Every word broken by a hyphen at a line end in the Russian seed, in order, as it must read
# once joined. All but one are soft breaks; интернет-провайдерами has a real hyphen.
RUSSIAN_SEED_BREAKS = [
    "предупреждения", "незаконном", "сотрудничества", "организованной", "откроется",
    "Организации", "постоянным", "проведении", "последовательном", "обеспечения",
    "мигрантов", "соответствии", "распоряжении", "заседания", "заболевания", "проведения",
    "Поскольку", "работать", "проводимых", "возникнет", "рекомендуется", "ввозом",
    "содержательным", "передового", "частного", "информированию", "судоходных", "которая",
    "преследования", "платформы", "интернет-провайдерами", "миграции", "представлен",
    "пресечения", "незаконного", "обмена", "возможного", "предметного", "знание",
    "расследованию", "опытом", "расследованию", "эффективного", "технологий", "уголовного",
    "представлен", "подходов", "процедурах", "укрепления", "обзора", "Конференция",
    "специализации", "Конференцией", "рабочие", "посвящать", "обсуждения", "ознакомить",
    "Механизма", "предусмотрено",
]


def test_seed_has_59_breaks_58_joined_and_one_real_hyphen(documents):
    decisions = documents["ru"].hyphenation
    assert [d.result for d in decisions] == RUSSIAN_SEED_BREAKS
    assert len(decisions) == 59
    assert sum(not d.kept_hyphen for d in decisions) == 58
    assert [d.result for d in decisions if d.kept_hyphen] == ["интернет-провайдерами"]


def test_joined_words_appear_in_the_extracted_text(documents):
    text = " ".join(block.text for block in documents["ru"].blocks)
    for word in ("предупреждения", "незаконного", "Конференция", "интернет-провайдерами"):
        assert word in text
    assert "предупре-ждения" not in text and "интернетпровайдерами" not in text


def test_hyphen_inside_a_line_is_left_alone(documents):
    paragraph = documents["ru"].block("item/3/p3").text
    assert paragraph.startswith("Делегаты-эксперты")


@pytest.mark.parametrize(
    "lang, expected_kept, expected_breaks",
    [("en", ["cross-border"], 28), ("fr", ["peut-être"], 34), ("es", [], 30)],
)
def test_renderings_keep_only_their_real_compounds(documents, lang, expected_kept, expected_breaks):
    decisions = documents[lang].hyphenation
    assert len(decisions) == expected_breaks
    assert [d.result for d in decisions if d.kept_hyphen] == expected_kept


@pytest.mark.parametrize(
    "lang, left, right, keep",
    [
        ("ru", "предупре", "ждения", False),
        ("ru", "интернет", "провайдерами", True),
        ("ru", "государств", "участников", True),
        ("ru", "Конфе", "ренцией", False),
        ("en", "preven", "tion", False),
        ("en", "follow", "up", True),
        ("en", "non", "governmental", True),
        ("en", "Secre", "tariat", False),
        # UN English hyphenates these prefixes whatever general English does (`wellbeing` is
        # common enough in wordfreq's lists to be taken for a word).
        ("en", "well", "being", True),
        ("en", "self", "assessment", True),
        ("en", "Well", "founded", True),
        ("en", "wel", "come", False),
        ("en", "anti", "cipate", False),
        ("en", "ex", "tended", False),
        ("fr", "coopé", "ration", False),
        ("fr", "sous", "groupe", True),
        ("es", "plata", "forma", False),
        ("es", "in", "formar", False),
    ],
)
def test_lexicon_decides_a_single_break(lang, left, right, keep):
    kept, reason = decide(left, right, profile(lang), Counter())
    assert kept is keep, reason


def test_document_usage_breaks_a_tie():
    # Neither form is in pymorphy3's dictionary: the document's own spelling decides.
    usage = Counter({"хексаглот-сервис": 2})
    kept, reason = decide("хексаглот", "сервис", profile("ru"), usage)
    assert kept and "elsewhere" in reason
    kept, _ = decide("хексаглот", "сервис", profile("ru"), Counter())
    assert not kept


@pytest.mark.parametrize("lang, lines, joined", [
    # A PDF breaks an address where the line ends: its hyphen is the address's (`humantrafficking`
    # was another page), and no space goes inside it.
    ("es", ["Disponible en www.unodc.org/unodc/en/human-", "trafficking/publications.html."],
     "Disponible en www.unodc.org/unodc/en/human-trafficking/publications.html."),
    ("ar", ["متاح في الموقع www.unodc.org/unodc/en/human-", "trafficking/publications.html."],
     "متاح في الموقع www.unodc.org/unodc/en/human-trafficking/publications.html."),
    ("en", ["Available at https://www.unodc.org/documents/data-and-analysis", "/glotip/2022/GLOTiP_2022_web.pdf."],
     "Available at https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf."),
    # ... or before its hyphen, which then opens the next line (no space after it, as a dash has)
    ("zh", ["捐助方名单见www.unodc.org/unodc/en/human", "-trafficking/donors.html。"],
     "捐助方名单见www.unodc.org/unodc/en/human-trafficking/donors.html。"),
    ("en", ["The list is at www.unodc.org/unodc/en/human", "-trafficking/donors.html."],
     "The list is at www.unodc.org/unodc/en/human-trafficking/donors.html."),
    ("en", ["See www.unodc.org/som", "- the Secretariat's site."], "See www.unodc.org/som - the Secretariat's site."),
    # A word with a slash on the next line is prose, not the address going on.
    ("en", ["Copies may be obtained from www.unodc.org", "and/or from the secretariat."],
     "Copies may be obtained from www.unodc.org and/or from the secretariat."),
    ("ru", ["размещен на сайте https://www.unodc.org/som", "и/или в документе CTOC/COP/WG.7/2022/2."],
     "размещен на сайте https://www.unodc.org/som и/или в документе CTOC/COP/WG.7/2022/2."),
    # An address that ends where its line does, and prose after it: the space stays; and a word
    # broken by a hyphen after an address is joined as any other.
    ("en", ["see www.unodc.org/en/smuggling.html and the", "reports of the Secretariat."],
     "see www.unodc.org/en/smuggling.html and the reports of the Secretariat."),
    ("en", ["Available at www.unodc.org.", "The Working Group recom-", "mended that States"],
     "Available at www.unodc.org. The Working Group recommended that States"),
])
def test_an_address_broken_at_a_line_end_is_joined_as_written(lang, lines, joined):
    assert _joined(lang, lines) == joined


def test_an_address_broken_in_chinese_text_goes_on_without_a_space():
    lines = ["联合国出版物，2022年。可查阅 https://www.unodc.org/unodc/en/human-trafficking/publications.ht", "ml。"]
    assert _joined("zh", lines) == "联合国出版物，2022年。可查阅 https://www.unodc.org/unodc/en/human-trafficking/publications.html。"
    # An address that ends whole, then the text: as any Latin word then Chinese.
    for lines in (["见 www.unodc.org/som", "2022年6月27日的报告。"], ["见 https://www.unodc.org", "UNODC的网站。"]):
        assert _joined("zh", lines) == " ".join(lines)


def _joined(lang: str, lines: list[str]) -> str:
    from pipeline.extract.joining import join_lines, word_usage

    return join_lines(list(enumerate(lines, start=1)), profile(lang), word_usage(" ".join(lines))).text
