"""The structure of the agenda is found the same way in all six versions."""

import pytest

from pipeline.extract import extract_document
from pipeline.model import LANGUAGES, BlockKind
from tests.conftest import ROOT


def ids(document):
    return [block.id for block in document.blocks]


def test_seed_text_is_kept_as_it_is_defects_included(documents):
    ru = documents["ru"]
    # The Latin "a" letters of the title line are a defect for TYPO001 to find, not to fix.
    assert ru.block("masthead/body").text == "Рабочaя группa по незаконному ввозу мигрантов"
    assert "поэтому пункту" in ru.block("item/2/p2").text


def test_masthead_has_body_place_and_dates_and_title(documents):
    ru = documents["ru"]
    assert ru.block("masthead/dates").text == "Вена, 27 и 28 июня 2022 года"
    assert ru.block("masthead/title").text == "Аннотированная предварительная повестка дня"
    assert ru.block("agenda/title").text == "Предварительная повестка дня"


def test_agenda_lists_items_1_to_6_with_sub_items_a_and_b(documents):
    ru = documents["ru"]
    agenda = [b.id for b in ru.blocks if b.kind is BlockKind.AGENDA_ITEM]
    assert agenda == ["agenda/1", "agenda/1a", "agenda/1b", "agenda/2", "agenda/3", "agenda/4", "agenda/5", "agenda/6"]
    assert ru.block("agenda/1a").text == "открытие совещания;"
    assert ru.block("agenda/2").text == (
        "Успешная практика сотрудничества с частным сектором в деле предупреждения "
        "и пресечения незаконного ввоза мигрантов"
    )


def test_each_item_has_its_annotation_heading_and_paragraphs(documents):
    ru = documents["ru"]
    headings = [b.id for b in ru.blocks if b.id.startswith("item/") and b.id.count("/") == 2 and b.id.endswith("/title")]
    assert headings == [
        "item/1/title", "item/1a/title", "item/1b/title", "item/2/title", "item/3/title",
        "item/4/title", "item/5/title", "item/6/title",
    ]
    assert [b.id for b in ru.blocks if b.id.startswith("item/1b/")] == [
        "item/1b/title", "item/1b/p1", "item/1b/p2", "item/1b/p3", "item/1b/h1", "item/1b/p4",
    ]
    assert ru.block("item/1b/h1").text.startswith("Влияние пандемии коронавирусного заболевания")


def test_paragraph_broken_by_a_page_of_footnotes_is_whole_again(documents):
    paragraph = documents["ru"].block("item/1b/p1")
    assert "Конференция участников постановила, в частности, что Рабочая группа" in paragraph.text
    assert paragraph.text.endswith("для обеспечения эффективного использования ресурсов.")
    assert "Если совещание" not in paragraph.text


def test_documentation_blocks_carry_their_symbols(documents):
    ru = documents["ru"]
    assert ru.block("item/2/doc/title").text == "Документация"
    assert ru.block("item/2/doc/1").text.endswith("(CTOC/COP/WG.7/2022/2)")
    assert ru.block("item/3/doc/1").text.endswith("(CTOC/COP/WG.7/2022/3)")
    assert ru.block("item/4/doc/title") is None


def test_footnotes_are_attached_to_the_paragraph_with_the_marker(documents):
    ru = documents["ru"]
    assert ru.block("fn/1").note_of == "item/1a/p1"
    assert ru.block("fn/2").note_of == "item/2/p1"
    assert ru.block("annex/fn/1").note_of == "annex/title"
    assert ru.block("item/1a/p1").footnotes == ("fn/1",)
    assert ru.block("item/2/p1").footnotes == ("fn/2",)
    assert ru.block("annex/title").footnotes == ("annex/fn/1",)


def test_the_marker_becomes_a_reference_not_text(documents):
    ru = documents["ru"]
    assert ru.block("item/1a/p1").text.endswith("в 10 час. 00 мин.")
    assert "2019 год, однако" in ru.block("item/2/p1").text
    assert ru.block("annex/title").text == "Предлагаемая организация работы"


def test_footnote_text_is_whole(documents):
    ru = documents["ru"]
    assert ru.block("fn/1").text == (
        "Если совещание придется проводить в смешанном формате, то новая информация и изменения "
        "в предлагаемой организации работы, включая время начала, будут представлены на "
        "веб-странице девятого совещания Рабочей группы по незаконному ввозу мигрантов."
    )
    assert ru.block("fn/2").text.endswith("(Vienna, 2021), p. 47.")


def test_urls_are_intact_and_attached(documents):
    ru = documents["ru"]
    compendium = (
        "https://www.unodc.org/documents/treaties/compendiums_working_groups_2021/"
        "20-01800A_Smuggling_of_Migrants_eBooks.pdf"
    )
    assert ru.block("fn/2/link1").text == compendium
    assert ru.block("fn/2/link2").text == compendium
    assert ru.block("item/2/doc/1/link1").text == "http://undocs.org/ru/CTOC/COP/WG.7/2022/2"
    assert ru.block("item/3/doc/1/link1").text == "http://undocs.org/ru/CTOC/COP/WG.7/2022/3"


def test_annex_table_rows(documents):
    rows = documents["ru"].annex_rows
    assert [(r.time, r.item, r.continued) for r in rows] == [
        ("10:00–13:00", "1 (a)", False),
        ("", "1 (b)", False),
        ("", "2", False),
        ("15:00–18:00", "2", True),
        ("", "3", False),
        ("10:00–13:00", "3", True),
        ("", "4", False),
        ("15:00–18:00", "5", False),
        ("", "6", False),
    ]
    assert rows[1].title == "Утверждение повестки дня и организация работы"
    assert rows[3].title.endswith("незаконного ввоза мигрантов (продолжение)")
    ru = documents["ru"]
    assert ru.block("annex/day1").text == "Понедельник, 27 июня"
    assert ru.block("annex/day2").text == "Вторник, 28 июня"
    assert ru.block("annex/columns").text == "Дата и время Пункт повестки дня Название или описание"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "ru"])
def test_every_version_has_the_structure_of_the_seed(documents, lang):
    assert ids(documents[lang]) == ids(documents["ru"])
    rows = [(bool(r.time), r.continued) for r in documents[lang].annex_rows]
    assert rows == [(bool(r.time), r.continued) for r in documents["ru"].annex_rows]


@pytest.mark.parametrize(
    "lang, block_id, expected",
    [
        ("en", "annex/r1/time", "10 a.m.–1 p.m."),
        ("en", "annex/r4/time", "3–6 p.m."),
        ("fr", "annex/r1/item", "1 a)"),
        ("es", "annex/r4/time", "15.00 a 18.00 horas"),
        ("ar", "annex/r2/item", "1 (ب)"),
        ("ar", "annex/r1/time", "00/10–00/13"),
        ("zh", "annex/r1/time", "上午10时至下午1时"),
        ("zh", "annex/day1", "6月27日星期一"),
        ("ar", "agenda/1b", "إقرار جدول الأعمال وتنظيم الأعمال."),
    ],
)
def test_language_specific_numbering_and_times(documents, lang, block_id, expected):
    assert documents[lang].block(block_id).text == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footnotes_attached_in_every_version(documents, lang):
    document = documents[lang]
    assert document.block("fn/1").note_of == "item/1a/p1"
    assert document.block("fn/2").note_of == "item/2/p1"
    assert document.block("annex/fn/1").note_of == "annex/title"


def test_chinese_lines_join_without_spaces(documents):
    text = documents["zh"].block("item/1b/p2").text
    assert "2022年6月27日和28日在维也纳举行" in text
    assert " " not in text


def test_sentence_lines_point_into_the_file(documents):
    from tests.conftest import CORPUS

    for lang in ("ru", "en", "zh"):
        lines = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
        for block in documents[lang].blocks:
            for sentence in block.sentences:
                first_char = sentence.text[:1]
                assert first_char in lines[sentence.line - 1], (lang, block.id, sentence.line)


NOTE_EN = """United Nations                                                  A/AC.999/2023/3
General Assembly                                                Distr.: General
                                                                12 March 2023

Ad Hoc Committee on Cooperation

Note by the Secretariat

1. The Ad Hoc Committee held its first session in Vienna from 6 to 10 February 2023.
"""


def test_a_masthead_symbol_unlike_the_folder_name_is_not_blamed_on_a_missing_meta_toml(tmp_path):
    # Without meta.toml the folder's name stands for the symbol: the note must say so, not
    # send the reader to a meta.toml that does not exist.
    from pipeline.stages import extract_corpus

    folder = tmp_path / "corpora" / "ahc-note"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(NOTE_EN, encoding="utf-8")
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    assert "the masthead's symbol A/AC.999/2023/3 is not the document's (ahc-note, the folder's name: no symbol in meta.toml)" in result.structure_notes()
    (folder / "meta.toml").write_text('symbol = "A/AC.999/2023/4"\n', encoding="utf-8")
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    assert "the masthead's symbol A/AC.999/2023/3 is not the document's (A/AC.999/2023/4, from meta.toml)" in result.structure_notes()


@pytest.mark.parametrize("name", ["A_AC.999_2023_3", "A-AC.999-2023-3"])
def test_a_folder_named_after_the_masthead_symbol_with_its_slashes_as_underscores_is_that_document(tmp_path, name):
    # A/AC.999/2023/3 cannot be a folder's name; A_AC.999_2023_3 (as the UN Digital Library
    # names its files) was "not the document's" symbol, and so was A-AC.999-2023-3 (as this
    # project's corpus names its folders).
    from pipeline.stages import extract_corpus

    folder = tmp_path / "corpora" / name
    folder.mkdir(parents=True)
    (folder / f"{name}-EN.txt").write_text(NOTE_EN, encoding="utf-8")
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    assert result.masthead_symbol == result.symbol == "A/AC.999/2023/3"  # the document's symbol, in its catalogs too
    assert not [note for note in result.structure_notes() if "masthead" in note]
    assert "X-Document-Symbol: A/AC.999/2023/3" in (tmp_path / "locale" / "templates" / f"{name}.pot").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang, text, number, call", [
    # A digit that begins a number with a thousands group or a decimal part is no call
    # (`和1,132起`: the 1 was taken for footnote 1's call and the figure became `,132`).
    ("zh", "报告了2,450起调查和1,132起起诉。", 1, None),
    ("zh", "金额为1.5亿美元。", 1, None),
    ("en", "investigations and 1,132 prosecutions", 1, None),
    # A call glued to a word or a stop is still one.
    ("zh", "会员国提交了报告。1", 1, (9, 10)),
    ("zh", "促进原则2，但工作组", 2, (4, 5)),
    # ... but not to a caption's noun, whose number it is (`表1`, Table 1, after `。1`)
    ("zh", "报告借鉴了毒品和犯罪问题办公室的工作。1\n表1", 1, (19, 20)),
    ("zh", "见图2。", 2, None),
    # ... a word that ends with one is a word (`发表`, published; `路线图`, road map)
    ("zh", "该报告已于2022年发表1，", 1, (12, 13)),
    ("zh", "介绍了工作组的路线图3。", 3, (10, 11)),
    ("ru", "в 2022 году2, и", 2, (11, 12)),
    # A space between thousands (`1 245`) is a number's too, glued to a Chinese character as
    # Chinese writes numbers; so is a digit after Arabic's conjunction `و` (`و1`, "and 1").
    ("zh", "主管机关审查了1 245起案件。", 1, None),
    ("zh", "收到的捐款为1 395 000美元。", 1, None),
    ("fr", "soit 1 245 affaires", 1, None),
    ("ar", "شملت 1 ف-4 و1 من فئة ف-3", 1, None),
    ("ar", "بموجب مقرره 4/4.(1)", 1, (16, 19)),
    ("ar", "والأطراف1 في", 1, (8, 9)),
    ("fr", "figurent à l'annexe I2.", 2, (21, 22)),
    # A decimal's or a symbol's last digit after its stop is no call: the capital's is.
    ("en", "Arrivals rose by 12.5 per cent, as set out in annex I5.", 5, (53, 54)),
    ("ru", "Прибытие выросло на 12,5 процента, как указано в приложении I5.", 5, (61, 62)),
    ("en", "(see also A/77/L.1, para. 5), as provided in annex I1.", 1, (52, 53)),
    ("ru", "содержатся в приложении I1, а также", 1, (25, 26)),
    # A call glued to a year, before the stop as Spanish and French place it: `2022` and call 2.
    ("es", "la Trata de Personas 20222.", 2, (25, 26)),
    ("fr", "en juin 202212, puis", 12, (12, 14)),
    ("es", "en 2022. El año 20222 no existe", 3, None),
    # ... only where no other call is, and at a clause's end: a standard's or a treaty's number
    ("en", "payment data under ISO 20022. See the recommendations,2 which", 2, (54, 55)),
    ("en", "in 20215 cases", 5, None),
    ("fr", "tenue à Vienne les 27 et 28 juin 20224 ;", 4, (37, 38)),
    # A call after a resolution's number and its comma, as English places it: no number goes
    # on after a comma with one digit there.
    ("en", "General Assembly resolution 77/199,1 which addresses", 1, (35, 36)),
    ("en", "decisions 9/1 and 9/2,2 which", 2, (22, 23)),
    ("fr", "la résolution 77/199 et 1,5 million", 5, None),
    # ... not a number of a list, whose comma goes on to the next (and a call of the paragraph
    # before it is the one)
    ("en", "see decisions 2022/5,6 and 7", 6, None),
    ("en", "resolutions 77/1, 77/2,3 and 77/4", 3, None),
    ("fr", "les résolutions 77/1,2 et 3", 2, None),
    ("en", "The working teams.6 reviewed decisions 2022/5,6 and 7", 6, (18, 19)),
])
def test_a_number_s_first_digit_is_no_footnote_call(lang, text, number, call):
    from pipeline.extract.markers import find_marker

    assert find_marker(text, number, exact=False) == call


def test_a_room_named_with_a_capital_and_a_digit_is_no_footnote_call_where_a_call_glued_to_a_stop_is(tmp_path):
    # Vienna's rooms are `M3`, `C4`: the 1 of `Room M1` in the page's last paragraph was taken
    # for footnote 1's call (the last on the page wins), the room became `M` and the footnote
    # went to that paragraph, while the call `teams.1` stayed in the text of the one before.
    _, entries = _note_extracted(tmp_path, (
        "\n2. UNODC facilitated the establishment of two joint investigation teams.1 The time needed to\n"
        "execute such requests fell from 14 months in 2020 to 9 months in 2022.\n\n"
        "3. An informal briefing will be held on Monday, 13 March 2023, in Conference Room M1 of the\n"
        "Vienna International Centre.\n\n"
        "__________________\n\n"
        " 1  See the report of the Working Group (CTOC/COP/WG.7/2022/4).\n"))
    assert entries["p/3/s1"].msgid.endswith("in Conference Room M1 of the Vienna International Centre.")
    assert entries["p/2/s1"].msgid == "UNODC facilitated the establishment of two joint investigation teams."
    assert "Footnote to p/2" in entries["fn/1/s1"].comment


def test_an_address_on_a_line_of_its_own_in_a_footnote_is_the_footnote_s_text(tmp_path):
    # `Available at` and, on the next line, the address with the sentence's stop: the footnote
    # ended at `at`, and the address was made a link target of its own, in no catalog entry's
    # text (REF002 "none here", TERM001, TYPO004 followed on correct versions).
    result, entries = _note_extracted(tmp_path, (
        "\n2. UNODC published a revised edition of the Model Law against the Smuggling of Migrants.1\n\n"
        "__________________\n\n"
        " 1  United Nations publication, 2022. Available at\n"
        "https://www.unodc.org/unodc/en/human-trafficking/publications.html.\n"))
    assert entries["fn/1/s2"].msgid == "Available at https://www.unodc.org/unodc/en/human-trafficking/publications.html."
    assert not [context for context in entries if "link" in context]
    assert not [note for note in result.structure_notes() if "no counterpart" in note]


def _note_extracted(tmp_path, body: str):
    """NOTE_EN with `body` after it, extracted: the result, and the template's entries by msgctxt."""
    from pipeline.catalog import read_entries
    from pipeline.stages import extract_corpus

    folder = tmp_path / "corpora" / "ahc-note"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(NOTE_EN + body, encoding="utf-8")
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    return result, {entry.msgctxt: entry for entry in read_entries(tmp_path / "locale" / "templates" / "ahc-note.pot").entries}


def test_a_russian_preambular_paragraph_after_a_page_break_is_a_paragraph_of_its_own(tmp_path):
    # A Russian resolution opens its preambular paragraphs in lower case: the one at the top of
    # a page, set in as paragraphs open, was read as the going on of the one before the break,
    # and the two became one entry (fuzzy), the second untranslated.
    path = tmp_path / "ru.txt"
    path.write_text(
        "Организация Объединенных Наций A/HRC/RES/52/24\n\nГенеральная Ассамблея\n\nDistr.: General\n11 April 2023\n\n"
        "Russian\nOriginal: English\n\nСовет по правам человека\nПятьдесят вторая сессия\n"
        "27 февраля — 4 апреля 2023 года\nПункт 3 повестки дня\n\n"
        "  Резолюция, принятая Советом по правам человека 4 апреля 2023 года\n\n"
        "  52/24. Права человека мигрантов в контексте незаконного ввоза мигрантов\n\n"
        "  Совет по правам человека,\n\n"
        "  будучи глубоко обеспокоен тем, что в 2022 году на морских маршрутах погибли или\n"
        "пропали без вести по меньшей мере 3789 мигрантов и что незаконный ввоз мигрантов по\n"
        "морю по-прежнему уносит множество жизней,\n\n"
        "GE.23-06789 1/3\n \f"
        "A/HRC/RES/52/24\n\n"
        "  подчеркивая, что незаконно ввезенные мигранты могут также становиться жертвами\n"
        "торговли людьми и что необходимо четко разграничивать эти два преступления,\n\n"
        "  признавая важность международного сотрудничества между государствами происхождения,\n"
        "транзита и назначения,\n", encoding="utf-8")
    texts = [block.text for block in extract_document(path, "ru").blocks if block.kind.splits_into_sentences]
    assert any(text.startswith("будучи глубоко") and text.endswith("множество жизней,") for text in texts), texts
    assert any(text.startswith("подчеркивая, что") for text in texts), texts


def test_a_sentence_the_page_cut_after_a_comma_goes_on(tmp_path):
    # ... while a sentence cut at a comma, its next line under the margin as its lines are, goes on.
    path = tmp_path / "ru.txt"
    path.write_text(
        "  1. Рабочая группа рассмотрела вопросы, касающиеся незаконного ввоза мигрантов\n"
        "морем, и обменялась мнениями о передовом опыте государств, включая\n"
        "сотрудничество с частным сектором,\n"
        "GE.23-06789 1/3\n \fA/HRC/RES/52/24\n\n"
        "и рекомендовала продолжить эту работу на следующей сессии.\n", encoding="utf-8")
    texts = [block.text for block in extract_document(path, "ru").blocks if block.kind.splits_into_sentences]
    assert any("частным сектором, и рекомендовала" in text for text in texts), texts


def test_arabic_sub_sub_paragraphs_whose_marks_a_pdf_gave_reversed_are_the_same_blocks(tmp_path):
    # `’1‘` for `‘1’`, as some PDFs give the marks: op/4/c/i and ii were not read as labels, and
    # their text went to body blocks of no catalog.
    source = (ROOT / "corpora" / "CTOC-COP-2022-L.4" / "ar.txt").read_text(encoding="utf-8")
    reversed_marks = tmp_path / "ar.txt"
    reversed_marks.write_text(source.replace("‘1’", "’1‘").replace("‘2’", "’2‘"), encoding="utf-8")
    assert "’1‘" in reversed_marks.read_text(encoding="utf-8")
    as_typed = {block.id: block.text for block in extract_document(ROOT / "corpora" / "CTOC-COP-2022-L.4" / "ar.txt", "ar").blocks}
    as_given = {block.id: block.text for block in extract_document(reversed_marks, "ar").blocks}
    assert as_given.keys() == as_typed.keys()
    assert as_given["op/4/c/i"] == as_typed["op/4/c/i"] and "التسليم المراقب" in as_given["op/4/c/i"]


def test_a_first_page_footer_with_its_version_letter_and_page_number_is_page_furniture(tmp_path):
    # `V.22-23456 (E) 1/3`: the job number, the version's letter and the page, as some offices
    # print the first page's footer. It was read as text, the last footnote's, with the next
    # page's symbol header after it.
    source = (ROOT / "corpora" / "CTOC-COP-2022-L.4" / "en.txt").read_text(encoding="utf-8")
    lettered = tmp_path / "en.txt"
    lettered.write_text(source.replace("V.22-23456 1/3", "V.22-23456 (E) 1/3", 1), encoding="utf-8")
    assert "(E) 1/3" in lettered.read_text(encoding="utf-8")
    as_printed = {block.id: block.text for block in extract_document(ROOT / "corpora" / "CTOC-COP-2022-L.4" / "en.txt", "en").blocks}
    as_given = {block.id: block.text for block in extract_document(lettered, "en").blocks}
    assert as_given == as_printed


@pytest.mark.parametrize("lang, before, first", [
    ("ru", "мигрантов, \n\n1. настоятельно", "мигрантов, \n1. настоятельно"),
    ("en", None, None),
])
def test_the_first_operative_paragraph_with_no_blank_line_under_the_preamble_is_its_own_block(tmp_path, lang, before, first):
    # A resolution's last preambular paragraph ends with a comma; the operative paragraph under
    # it, its blank line lost, was glued to it (`…мигрантов, 1. настоятельно призывает…`,
    # pre/9 and no op/1), the entry not fuzzy.
    path = ROOT / "corpora" / "CTOC-COP-2022-L.4" / f"{lang}.txt"
    source = path.read_text(encoding="utf-8")
    if before is None:  # the English version's own last preambular paragraph and op/1
        at = source.index("\n1. ")
        before = source[source.rindex("\n", 0, at - 1):at + 4]
        first = before.replace("\n\n1. ", "\n1. ")
        assert first != before
    assert before in source
    joined = tmp_path / f"{lang}.txt"
    joined.write_text(source.replace(before, first, 1), encoding="utf-8")
    as_printed = {block.id: block.text for block in extract_document(path, lang).blocks}
    as_given = {block.id: block.text for block in extract_document(joined, lang).blocks}
    assert as_given == as_printed


# A General Assembly draft resolution with no sponsor line (an adopted resolution, a note's
# annex): the Chinese version's preamble is a line a paragraph, `…，1` after its date.
_NO_SPONSOR = {
    "en": (" United Nations A/79/L.99 \n\nGeneral Assembly\n\nDistr.: General \n12 November 2024 \n\nOriginal: English \n\n"
           "Seventy-ninth session\nAgenda item 27 (b)\n\n\n  Strengthening cooperation on migration data\n\n"
           "  The General Assembly,\n\n"
           "  Recalling its resolution 73/195 of 19 December 2018, by which it endorsed the Global Compact for Safe, "
           "Orderly and Regular Migration,1\n\n"
           "  Noting with appreciation the report of the Secretary-General on migration data,2\n\n"
           "1. Requests the Secretary-General to submit to it at its eighty-first session a report on the "
           "implementation of the present resolution;\n\n"
           "__________________\n\n 1  Resolution 73/195, annex.\n 2  A/79/123.\n"),
    "zh": (" 联合国 A/79/L.99 \n\n大会\n\nDistr.: General \n12 November 2024 \n\nChinese \nOriginal: English \n\n"
           "第七十九届会议\n议程项目27(b)\n\n\n  加强移民数据方面的合作\n\n  大会，\n\n"
           "  回顾其2018年12月19日第73/195号决议，其中大会核可了《安全、有序和正常移民全球契约》，1\n\n"
           "  赞赏地注意到秘书长关于移民数据的报告，2\n\n"
           "1. 请秘书长在大会第八十一届会议上提交一份关于本决议执行情况的报告；\n\n"
           "__________________\n\n 1  第73/195号决议，附件。\n 2  A/79/123。\n"),
}


def test_a_resolution_with_no_sponsor_line_is_read_alike_in_chinese(tmp_path):
    # The Chinese version was typed a report (`…秘书长关于移民数据的报告，` among its first
    # blocks) and its first preambular paragraph read as the masthead's dates (a date in it, a
    # comma and a footnote's call at its end): masthead/title held a preambular paragraph,
    # masthead/body `大会，`, none of it fuzzy.
    read = {}
    for lang, text in _NO_SPONSOR.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
        read[lang] = extract_document(tmp_path / f"{lang}.txt", lang)
    assert read["zh"].doc_type == read["en"].doc_type
    english, chinese = ({block.id: block.text for block in read[lang].blocks} for lang in ("en", "zh"))
    assert chinese.keys() == english.keys()
    assert chinese["masthead/title"] == "加强移民数据方面的合作" and chinese["masthead/session"] == "第七十九届会议"


def test_chinese_sub_sub_paragraphs_numbered_as_word_draws_them_are_the_ones_numbered_with_circled_ideographs(tmp_path):
    # Word's chineseCounting numbering shows `(一)`, `(二)` (no Word format gives `㈠`): the
    # sub-sub-paragraphs went to body blocks of no catalog, op/4/c/i and ii untranslated.
    path = ROOT / "corpora" / "CTOC-COP-2022-L.4" / "zh.txt"
    source = path.read_text(encoding="utf-8")
    drawn = tmp_path / "zh.txt"
    drawn.write_text(source.replace("(i) ", "(一) ").replace("(ii) ", "(二) "), encoding="utf-8")
    assert "(一) " in drawn.read_text(encoding="utf-8")
    as_typed = {block.id: block.text for block in extract_document(path, "zh").blocks}
    as_drawn = {block.id: block.text for block in extract_document(drawn, "zh").blocks}
    assert as_drawn == as_typed


def test_an_arabic_list_item_ending_with_its_semicolon_is_a_paragraph_of_the_list(tmp_path):
    # `المعلومات المسبقة عن الركاب؛`, as UN Arabic ends every list item but the last: read as a
    # heading (the Arabic semicolon was no clause's end to the numbered reader), the English
    # item was left untranslated and the next one paired fuzzy.
    body = {"en": ("Working Group on the Smuggling of Migrants\n\nCooperation with carriers\n\nNote by the Secretariat\n\n"
                   "I.    Carriers\n\n1.    Eleven States parties concluded memorandums of understanding with carriers, "
                   "covering:\n\nadvance passenger information;\n\njoint training of border police and airline staff.\n\n"
                   "2.    The Working Group may wish to take note of the present note.\n"),
            "ar": ("الفريق العامل المعني بتهريب المهاجرين\n\nالتعاون مع الناقلين\n\nمذكرة من الأمانة\n\nأولاً-    الناقلون\n\n"
                   "1-    أبرمت إحدى عشرة دولة طرفاً مذكرات تفاهم مع الناقلين تشمل ما يلي:\n\nالمعلومات المسبقة عن الركاب؛\n\n"
                   "التدريب المشترك لشرطة الحدود وموظفي شركات الطيران.\n\n2-    لعل الفريق العامل يود أن يحيط علماً بهذه المذكرة.\n")}
    kinds = {}
    for lang, text in body.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
        document = extract_document(tmp_path / f"{lang}.txt", lang)
        kinds[lang] = [(block.kind, block.id) for block in document.blocks if block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)]
    assert kinds["ar"] == kinds["en"]
    assert (BlockKind.HEADING, "h/1/h1") not in kinds["ar"]


def test_a_list_s_bullets_are_no_words_of_its_items(tmp_path):
    # A PDF's text keeps the bullet Word draws from a list's numbering: `• advance passenger
    # information;` from the PDF, `advance passenger information;` from the .docx of the same
    # version, every entry of the list rewritten when one form replaced the other. A bullet
    # starts an item with no blank line before it, as a PDF prints a list.
    head = ("Working Group on the Smuggling of Migrants\n\nCooperation with carriers\n\nNote by the Secretariat\n\n"
            "I.    Carriers\n\n1.    Eleven States parties concluded memorandums of understanding with carriers, covering:\n\n")
    tail = "\n\n2.    The Working Group may wish to take note of the present note.\n"
    items = ("advance passenger information;", "joint training of border police and airline staff.")
    read = {}
    for name, between in (("plain", "\n\n"), ("round", "\n•   "), ("symbol", "\n\uf0b7\t"), ("black", "\n●  ")):
        first = "" if name == "plain" else between[1:]
        (tmp_path / f"{name}.txt").write_text(head + first + between.join(items) + tail, encoding="utf-8")
        read[name] = [(block.id, block.text) for block in extract_document(tmp_path / f"{name}.txt", "en").blocks]
    assert read["round"] == read["symbol"] == read["black"] == read["plain"]
    assert [text for _, text in read["plain"] if text in items] == list(items)


def test_a_symbol_a_table_s_key_defines_is_no_bullet(tmp_path):
    # `■ means that the State has ratified`: the square is the text's (the Word version keeps
    # it), not a list's bullet (a regression probe's).
    text = ("Working Group on the Smuggling of Migrants\n\nStatus of ratification\n\nNote by the Secretariat\n\n"
            "1.    The table below shows the status of ratification.\n\n■ means that the State has ratified the Protocol.\n\n"
            "○ means that the State has signed it.\n\n■ 表示该国已批准。\n\n■ تعني أن الدولة صدقت.\n")
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    texts = [block.text for block in extract_document(tmp_path / "en.txt", "en").blocks]
    assert "■ means that the State has ratified the Protocol." in texts and "○ means that the State has signed it." in texts
    assert "■ 表示该国已批准。" in texts and "■ تعني أن الدولة صدقت." in texts
