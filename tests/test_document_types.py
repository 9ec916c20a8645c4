"""Documents that are not agendas: the type is read from the title, the structure from the
language's own labels, and a document of no known type is read as headings and paragraphs
with a note, never refused and never read as an agenda."""

from pathlib import Path

import pytest

from pipeline.extract import extract_document
from pipeline.model import BlockKind
from tests.conftest import ROOT

NOTE = Path(__file__).parent / "data" / "documents" / "note"


def read(tmp_path: Path, lang: str, text: str):
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, lang)


def body_ids(document):
    return [b.id for b in document.blocks if not b.id.startswith("masthead/")]


@pytest.fixture(scope="module")
def note():
    return {lang: extract_document(NOTE / f"{lang}.txt", lang) for lang in ("en", "ru")}


def test_a_note_by_the_secretariat_is_read_as_one_in_english_and_russian(note):
    """The case that was read as an agenda: `1.` became `agenda/title` and a note without
    numbered items was refused."""
    for document in note.values():
        assert document.doc_type == "note"
        assert document.notes == ()
    assert body_ids(note["en"]) == body_ids(note["ru"])
    assert body_ids(note["en"]) == [
        "h/1", "p/1", "fn/1", "p/2", "h/2", "h/2.1", "p/3", "p/3/a", "p/3/a/i", "p/3/a/ii", "p/3/b", "p/3/c",
        "p/4", "h/2.2", "p/5", "h/3", "h/3/p1", "p/6",
    ]


def test_the_masthead_says_symbol_distribution_original_and_agenda_item(note):
    en, ru = note["en"], note["ru"]
    assert en.masthead.symbol == ru.masthead.symbol == "CTOC/COP/WG.7/2021/2"
    assert en.masthead.distribution == "Distr.: General" and en.masthead.issued == "9 April 2021"
    assert ru.masthead.original == "English"
    assert ru.block("masthead/organ").text.startswith("Конференция участников Конвенции")
    assert ru.block("masthead/body").text == "Рабочая группа по незаконному ввозу мигрантов"
    assert ru.block("masthead/dates").text == "Вена, 28 и 29 июня 2021 года"
    assert ru.block("masthead/item").text == "Пункт 3 предварительной повестки дня"
    assert ru.block("masthead/item/title").text == "Эффективное использование специальных методов расследования"
    assert ru.block("masthead/title2").text == "Записка Секретариата"
    # The job number, the language line and "Distr." are no catalog entries.
    texts = " ".join(b.text for b in ru.blocks)
    assert "V.21-02345" not in texts and "Distr" not in texts and "Russian" not in texts


def test_numbers_and_labels_are_taken_off_the_text_and_headings_keep_their_words(note):
    ru = note["ru"]
    assert ru.block("h/2.1").text == "Контролируемые поставки"  # a Cyrillic А. label
    assert ru.block("p/3/a").text == "контролируемые поставки, в том числе:"
    assert ru.block("p/3/a/ii").text == "поставки внутри страны;"  # `ii)` as Russian writes it
    assert ru.block("p/1").kind is BlockKind.PARAGRAPH and len(ru.block("p/1").sentences) == 2
    assert ru.block("h/3/p1").text == "Рабочая группа, возможно, пожелает рассмотреть следующее."


def test_page_header_and_footer_are_removed_and_the_paragraph_goes_on(note):
    en = note["en"]
    assert en.block("p/4").text == "Several States noted that the use of such techniques required judicial authorization."
    assert en.block("fn/1").text == "See CTOC/COP/WG.7/2019/4, para. 12."
    assert en.block("fn/1").note_of == "p/1" and en.block("p/1").footnotes == ("fn/1",)


RESOLUTION = """\
 United Nations CTOC/COP/2020/L.4 

Conference of the Parties to the United Nations 
Convention against Transnational Organized Crime 
Tenth session 
Vienna, 12–16 October 2020 

Agenda item 3 (b) 
Implementation of the Protocol against the Smuggling of Migrants 

  Italy and Mexico: draft resolution 

  Ensuring the protection of the rights of smuggled migrants 

  The Conference of the Parties to the United Nations Convention against 
Transnational Organized Crime, 

  Recalling General Assembly resolution 55/25 of 15 November 2000, 

  Noting with concern the loss of life of migrants at sea, 

1. Urges States parties to implement the Protocol fully; 

2. Requests the Secretariat: 

  (a) To continue to provide technical assistance; 

  (b) To report to the Conference at its eleventh session. 
"""


def test_a_draft_resolution_has_its_preamble_and_operative_paragraphs(tmp_path):
    document = read(tmp_path, "en", RESOLUTION)
    assert document.doc_type == "resolution"
    assert document.masthead.symbol == "CTOC/COP/2020/L.4"
    assert document.block("masthead/body").text.startswith("Conference of the Parties")
    assert document.block("masthead/session").text == "Tenth session"
    assert document.block("masthead/item").text == "Agenda item 3 (b)"
    assert document.block("masthead/title").text == "Italy and Mexico: draft resolution"
    assert body_ids(document) == ["pre/1", "pre/2", "pre/3", "op/1", "op/2", "op/2/a", "op/2/b"]
    assert document.block("pre/3").text == "Noting with concern the loss of life of migrants at sea,"
    assert document.block("op/2/b").text == "To report to the Conference at its eleventh session."


ARABIC_REPORT = """\
الفريق العامل المعني بتهريب المهاجرين 
فيينا، 27 و28 حزيران/يونيه 2022 

  تقرير عن اجتماع الفريق العامل المعني بتهريب المهاجرين 

 أولاً- مقدِّمة 

1- عقد الفريق العامل اجتماعه التاسع في فيينا. 

 ثانياً- التوصيات 

 ألف- التعاون مع القطاع الخاص 

2. أوصى الفريق العامل بما يلي: 

  (أ) أن تتعاون الدول مع القطاع الخاص؛ 

    ‘1’ في مجال النقل؛ 

  (ب) أن تتبادل المعلومات. 
"""

CHINESE_REPORT = """\
 偷运移民问题工作组 
2022年6月27日和28日，维也纳 

  偷运移民问题工作组2022年6月27日和28日在维也纳举行的会议的报告 

 一. 导言 

1. 工作组在维也纳举行了第九次会议。 

 二. 建议 

 A. 与私营部门的合作 

2. 工作组建议： 

  (a) 各国与私营部门合作； 

    (i) 在运输领域； 

  (b) 各国交流信息。 
"""


@pytest.mark.parametrize("lang, text", [("ar", ARABIC_REPORT), ("zh", CHINESE_REPORT)])
def test_arabic_and_chinese_reports_are_read_by_their_own_labels(tmp_path, lang, text):
    document = read(tmp_path, lang, text)
    assert document.doc_type == "report"
    assert body_ids(document) == ["h/1", "p/1", "h/2", "h/2.1", "p/2", "p/2/a", "p/2/a/i", "p/2/b"]
    assert document.block("h/2.1").text in ("التعاون مع القطاع الخاص", "与私营部门的合作")


def test_a_document_of_no_known_type_is_read_as_headings_and_paragraphs_with_a_note(tmp_path):
    text = "Guidelines on travel\n\n1. Staff travel by the most direct route.\n\n2. Tickets are booked\nby the travel unit.\n\nAnnex\n\nForm   Purpose\n\nF.10   Travel claim\n"
    document = read(tmp_path, "en", text)
    assert document.doc_type == "generic"
    assert document.notes == (
        "no masthead (no place-and-date line in the first blocks)",
        "document type not recognised: read as generic headings and paragraphs",
    )
    assert [b.id for b in document.blocks] == [
        "masthead/title", "p/1", "p/2", "annex/heading", "annex/r1/c1", "annex/r1/c2", "annex/r2/c1", "annex/r2/c2",
    ]
    assert document.block("p/2").text == "Tickets are booked by the travel unit."
    assert document.block("annex/r2/c2").text == "Travel claim"


def test_a_title_that_names_an_agenda_with_no_items_is_read_as_paragraphs_not_refused(tmp_path):
    text = "Working Group on the Smuggling of Migrants\nVienna, 27 and 28 June 2022\n\nProvisional agenda\n\nThe agenda will be issued later.\n"
    document = read(tmp_path, "en", text)
    assert document.doc_type == "generic"
    assert "the title names an agenda, but no numbered agenda items after the agenda heading" in document.notes[0]
    assert [b.id for b in document.blocks] == ["masthead/body", "masthead/dates", "masthead/title", "body/p1"]
    assert document.block("body/p1").text == "The agenda will be issued later."


def test_an_arabic_footnote_call_before_an_arabic_comma_is_found(tmp_path):
    text = ("الفريق العامل المعني بتهريب المهاجرين \nفيينا، 27 و28 حزيران/يونيه 2022 \n\n  تقرير عن الاجتماع \n\n"
            "1. إذ يشير إلى البروتوكول(1)، وإذ يعيد تأكيد الاتفاقية. \n__________________ \n (1)  الأمم المتحدة، مجموعة المعاهدات. \n")
    document = read(tmp_path, "ar", text)
    assert document.block("p/1").footnotes == ("fn/1",)
    assert "(1)" not in document.block("p/1").text


@pytest.mark.parametrize("call", ["Crime.¹ It", "Crime¹. It"])
def test_a_footnote_call_in_superscript_digits_is_found(tmp_path, call):
    # As text copied from Word or a web page writes it: the call stayed in the text (REF004
    # "none here" of a version that has it), or, in the source, the footnote's translations
    # left every catalog. A unit's square (`km²`) is no call.
    text = ("Working Group on the Smuggling of Migrants \nVienna, 27 and 28 June 2022 \n\n  Report \n\n"
            f"1. The Protocol supplements the Convention against Transnational Organized {call} covers 20 km² of land. \n"
            "__________________ \n 1  United Nations, Treaty Series, vol. 2241. \n")
    document = read(tmp_path, "en", text)
    assert document.block("p/1").footnotes == ("fn/1",)
    assert "¹" not in document.block("p/1").text and "20 km² of land" in document.block("p/1").text


def test_a_chinese_footnote_call_between_two_sentences_is_found(tmp_path):
    # A PDF's text glues the next sentence to the call: `》。1我们呼吁`. The call was read as
    # the next sentence's first character (REF004 "none here", NUM001 "1 here"); a number the
    # next sentence opens with is none (`。5月10日`).
    text = ("偷运移民问题工作组 \n2022年6月27日和28日，维也纳 \n\n  会议报告 \n\n"
            "1. 我们重申致力于执行《议定书》。1我们呼吁所有国家批准该议定书。5月10日举行了会议。 \n"
            "__________________ \n 1  联合国，《条约汇编》，第2241卷。 \n")
    document = read(tmp_path, "zh", text)
    paragraph = document.block("p/1")
    assert paragraph.footnotes == ("fn/1",)
    assert [sentence.text for sentence in paragraph.sentences] == [
        "我们重申致力于执行《议定书》。", "我们呼吁所有国家批准该议定书。", "5月10日举行了会议。"]



@pytest.mark.parametrize("text, number, before", [
    ("takes note of the report on the implementation of resolution 77/234;4", 4, "resolution 77/234;"),  # after the stop
    ("принимает к сведению доклад об осуществлении резолюции 77/2344;", 4, "резолюции 77/234"),  # before it, glued
    ("prend note du rapport sur l’application de la résolution 77/2344 ;", 4, "résolution 77/234"),
    ("敦促尚未批准《联合国反腐败公约》3的会员国考虑批准", 3, "《联合国反腐败公约》"),  # after a title's closing mark
    ("принимает к сведению резолюцию 77/24;", 4, None),  # a number of two digits: no call in it
    ("данные за 12/2022;", 2, None),  # a month and its year
    ("根据《议定书》3条的规定", 3, None),  # a count after the title
    ("根据《公约》3至5条的规定", 3, None),  # a range of articles
    ("《公约》3多年来", 3, None),
    ("تحيط علماً بتقرير الأمين العام عن تنفيذ القرار 77/2344؛", 4, "القرار 77/234"),  # Arabic's semicolon
])
def test_footnote_calls_by_a_resolution_s_number_and_after_a_chinese_title(text, number, before):
    from pipeline.extract.markers import find_marker

    found = find_marker(text, number, exact=False)
    assert (text[:found[0]].endswith(before) and text[found[0]:found[1]] == str(number)) if before else found is None


def test_a_chinese_sentence_opening_with_a_number_keeps_it_where_a_surer_call_is_on_the_page(tmp_path):
    # `。1国观察员`: the sentence's number, taken for the call of footnote 1, left the real
    # call (`会议。1` ending the paragraph before) in the text and the digit out of this one.
    text = ("偷运移民问题工作组 \n2022年6月27日和28日，维也纳 \n\n  会议报告 \n\n"
            "1. 一些国家派代表出席了会议。1 \n\n2. 联合国系统各实体也派代表出席了会议。1国观察员也出席了会议。 \n"
            "__________________ \n 1  名单见附件。 \n")
    document = read(tmp_path, "zh", text)
    assert document.block("p/1").footnotes == ("fn/1",) and document.block("p/1").text.endswith("会议。")
    assert document.block("p/2").text.endswith("1国观察员也出席了会议。")


GENERAL_ASSEMBLY_REPORT = """\
 United Nations A/78/123 

General Assembly 

Distr.: General 
10 July 2023 

Original: English 

23-12345 (E) 120723 

Seventy-eighth session 
Item 69 (b) of the preliminary list 
Promotion and protection of human rights 

  Measures to combat trafficking in persons 

  Report of the Secretary-General 

 I. Developments in 2022 

1. The present report is submitted pursuant to General Assembly resolution 77/194. 
"""


def test_a_masthead_with_no_place_and_dates_ends_before_the_title(tmp_path):
    """A General Assembly masthead names the session and the agenda item, no place and dates:
    the chapter heading with a year is not taken for them, nor the title for the organ."""
    document = read(tmp_path, "en", GENERAL_ASSEMBLY_REPORT)
    assert document.doc_type == "report" and document.notes == ()
    assert [(b.id, b.text) for b in document.blocks][:6] == [
        ("masthead/body", "General Assembly"),
        ("masthead/session", "Seventy-eighth session"),
        ("masthead/item", "Item 69 (b) of the preliminary list"),
        ("masthead/item/title", "Promotion and protection of human rights"),
        ("masthead/title", "Measures to combat trafficking in persons"),
        ("masthead/title2", "Report of the Secretary-General"),
    ]
    assert body_ids(document) == ["h/1", "p/1"]
    assert not any("23-12345" in b.text for b in document.blocks)


# A draft resolution's text as a copy from its PDF gives it: no blank line inside the masthead
# and the title, blank lines between the paragraphs below.
GLUED_MASTHEADS = {
    "en": (" United Nations A/C.3/78/L.17\nGeneral Assembly\nDistr.: Limited\n12 October 2023\nOriginal: English\n"
           "23-19876 (E)\nSeventy-eighth session\nThird Committee\nAgenda item 108\nCrime prevention and criminal justice\n"
           "  Mexico and Morocco: draft resolution\n  Strengthening international cooperation to prevent and combat the smuggling of\n"
           "migrants\n  The General Assembly,\n\n"
           "  Recalling that the Protocol against the Smuggling of Migrants by Land, Sea and Air\nentered into force on 28 January 2004,\n\n"
           "1. Urges States that have not yet done so to consider ratifying the Protocol;\n",
           ["General Assembly", "Seventy-eighth session", "Third Committee", "Agenda item 108", "Crime prevention and criminal justice",
            "Mexico and Morocco: draft resolution",
            "Strengthening international cooperation to prevent and combat the smuggling of migrants", "The General Assembly,"]),
    "ru": (" Организация Объединенных Наций A/C.3/78/L.17\nГенеральная Ассамблея\nDistr.: Limited\n12 October 2023\nRussian\n"
           "Original: English\n23-19876 (R)\nСемьдесят восьмая сессия\nТретий комитет\nПункт 108 повестки дня\n"
           "Предупреждение преступности и уголовное правосудие\n  Марокко и Мексика: проект резолюции\n"
           "  Укрепление международного сотрудничества в целях предупреждения незаконного\nввоза мигрантов\n"
           "  Генеральная Ассамблея,\n\n  ссылаясь на то, что Протокол против незаконного ввоза мигрантов\n"
           "вступил в силу 28 января 2004 года,\n\n1. настоятельно призывает государства рассмотреть возможность ратификации Протокола;\n",
           ["Генеральная Ассамблея", "Семьдесят восьмая сессия", "Третий комитет", "Пункт 108 повестки дня",
            "Предупреждение преступности и уголовное правосудие", "Марокко и Мексика: проект резолюции",
            "Укрепление международного сотрудничества в целях предупреждения незаконного ввоза мигрантов", "Генеральная Ассамблея,"]),
    "zh": (" 联合国 A/C.3/78/L.17\n大会\nDistr.: Limited\n12 October 2023\nChinese\nOriginal: English\n23-19876 (C)\n"
           "第七十八届会议\n第三委员会\n议程项目108\n预防犯罪和刑事司法\n  摩洛哥和墨西哥：决议草案\n  加强国际合作预防和打击偷运移民\n"
           "  大会，\n\n  回顾《关于打击陆、海、空偷运移民的补充议定书》于2004年1月28日生效，\n\n"
           "1. 敦促尚未批准议定书的国家考虑批准议定书；\n",
           ["大会", "第七十八届会议", "第三委员会", "议程项目108", "预防犯罪和刑事司法", "摩洛哥和墨西哥：决议草案",
            "加强国际合作预防和打击偷运移民", "大会，"]),
}


@pytest.mark.parametrize("lang", sorted(GLUED_MASTHEADS))
def test_a_masthead_and_title_with_no_blank_line_between_their_lines_lose_no_line(tmp_path, lang):
    # The block holding `Distr.:` was read whole as metadata: the body's name, the session, the
    # item, the title and `The General Assembly,` were in no catalog, and the first preambular
    # paragraph was taken for the masthead's body and dates. Exit 0, a note on the type alone.
    text, expected = GLUED_MASTHEADS[lang]
    document = read(tmp_path, lang, text)
    assert document.doc_type == "resolution" and document.notes == ()
    assert [(b.id, b.text) for b in document.blocks][:9] == list(zip(
        ["masthead/body", "masthead/session", "masthead/organ", "masthead/item", "masthead/item/title", "masthead/title",
         "masthead/title2", "pre/1", "pre/2"], expected + [document.blocks[8].text]))
    assert document.blocks[8].text.endswith(("2004,", "2004 года,", "生效，")) and [b.id for b in document.blocks[9:]] == ["op/1"]
    assert document.masthead.symbol == "A/C.3/78/L.17" and document.masthead.issued == "12 October 2023"


# The same draft resolution as a PDF viewer's copy gives it: lines broken at the page's width, a
# paragraph's first line set in, no blank line anywhere, the page's header and footer in place.
PASTED_RESOLUTIONS = {
    "en": (GLUED_MASTHEADS["en"][0].split("\n\n")[0] + "\n"
           "  Recalling that the Protocol against the Smuggling of Migrants by Land, Sea and Air,\n"
           "supplementing the United Nations Convention against Transnational Organized Crime,\n"
           "entered into force on 28 January 2004,\n"
           "  Recognizing that cross-border cooperation among law enforcement, judicial and border\n"
           "control authorities, including through the timely exchange of information and joint\n"
           "investigations, is essential to dismantling the criminal groups involved in smuggling,\n"
           "1. Urges States that have not yet done so to consider ratifying or acceding to the\n"
           "Protocol, and urges States parties to the Protocol to implement it fully and\n"
           "effectively;\n"
           "2. Requests the Secretary-General to submit to the General Assembly at its eightieth\n"
           "session a report on the implementation of the present resolution, updating the figures\n"
           "set out in the annex to the present resolution.\n"
           "23-19876 1/2\n\fA/C.3/78/L.17\n"
           "Annex\n"
           "Cases of smuggling of migrants reported by States parties, 2021–2022\n"
           "Region   2021   2022\n"
           "Africa   1,250   1,480\n"
           "Americas   980   1,115\n"
           "23-19876 2/2\n"),
    "ru": (GLUED_MASTHEADS["ru"][0].split("\n\n")[0] + "\n"
           "  ссылаясь на то, что Протокол против незаконного ввоза мигрантов по суше, морю и\n"
           "воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснацио-\n"
           "нальной организованной преступности, вступил в силу 28 января 2004 года,\n"
           "  признавая, что трансграничное сотрудничество правоохранительных и судебных органов\n"
           "и органов пограничного контроля имеет огромное значение для ликвидации организо-\n"
           "ванных преступных групп, причастных к незаконному ввозу мигрантов, в том числе морем,\n"
           "1. настоятельно призывает государства, которые еще не сделали этого, рассмотреть воз-\n"
           "можность ратификации Протокола или присоединения к нему;\n"
           "2. просит Генерального секретаря представить Генеральной Ассамблее на ее восьмидесятой\n"
           "сессии доклад об осуществлении настоящей резолюции.\n"
           "23-19876 1/2\n\fA/C.3/78/L.17\n"
           "Приложение\n"
           "Случаи незаконного ввоза мигрантов, о которых сообщили государства-участники\n"
           "Регион   2021 год   2022 год\n"
           "Африка   1 250   1 480\n"
           "Америка   980   1 115\n"
           "23-19876 2/2\n"),
}


@pytest.mark.parametrize("lang", sorted(PASTED_RESOLUTIONS))
def test_a_pdf_s_short_text_pasted_without_blank_lines_is_read_as_its_paragraphs(tmp_path, lang):
    # A short document has many short lines (the masthead, titles, each paragraph's last line):
    # fewer than half of its lines reach the page's width, and it was read a line a paragraph,
    # 58 fragments of lines (`…незако-` / `нного ввоза мигрантов`) paired at random.
    document = read(tmp_path, lang, PASTED_RESOLUTIONS[lang])
    assert document.doc_type == "resolution" and document.notes == ()
    assert [b.id for b in document.blocks] == [
        "masthead/body", "masthead/session", "masthead/organ", "masthead/item", "masthead/item/title", "masthead/title",
        "masthead/title2", "pre/1", "pre/2", "pre/3", "op/1", "op/2", "annex/heading", "annex/title",
        "annex/r1/c1", "annex/r1/c2", "annex/r1/c3", "annex/r2/c1", "annex/r2/c2", "annex/r2/c3",
        "annex/r3/c1", "annex/r3/c2", "annex/r3/c3"]
    texts = {b.id: b.text for b in document.blocks}
    assert texts["pre/2"].endswith(("28 January 2004,", "28 января 2004 года,"))
    assert "транснациональной" in texts["pre/2"] or lang == "en"  # the line-end hyphen joined
    assert texts["op/1"].endswith(("effectively;", "присоединения к нему;"))
    assert texts["annex/r1/c1"] in ("Region", "Регион") and texts["annex/r3/c3"] in ("1,115", "1 115")


def test_a_text_written_a_paragraph_a_line_with_few_long_lines_is_read_a_line_a_paragraph(tmp_path):
    # Word's plain text of a note: most paragraphs one short sentence (80–95 columns, as a
    # page's lines are), two of them long. Judged by the width all but the longest twentieth of
    # lines reach, the text looked broken at a page's width, and 14 paragraphs ran together.
    said = ["The Working Group noted the value of cooperation with the private sector in {}.",
            "Speakers stressed the importance of data on smuggling routes during the {} session.",
            "Several speakers described national procedures for investigations in {} cases.",
            "The Secretariat was asked to compile the good practices shared during the {} meeting."]
    paragraphs = [line.format(n) for n in range(1, 10) for line in said]
    long = ("The Working Group recalled that the Protocol against the Smuggling of Migrants by Land, Sea and Air, "
            "supplementing the United Nations Convention against Transnational Organized Crime, was adopted by the "
            "General Assembly in its resolution 55/25 of 15 November 2000 and entered into force on 28 January 2004, "
            "and that it has since been ratified by most Member States.")
    paragraphs[5:5], paragraphs[20:20] = [long], [long.replace("recalled", "also recalled")]
    text = ("United Nations CTOC/COP/WG.7/2022/9\nWorking Group on the Smuggling of Migrants\nVienna, 27 and 28 June 2022\n"
            "Summary of the discussion\nNote by the Secretariat\n" + "\n".join(paragraphs) + "\n")
    document = read(tmp_path, "en", text)
    assert [b.text for b in document.blocks if not b.id.startswith("masthead/")] == paragraphs


STARRED_REPORT = GENERAL_ASSEMBLY_REPORT.replace("Item 69 (b) of the preliminary list", "Item 69 (b) of the provisional agenda*").replace(
    "1. The present report is submitted pursuant to General Assembly resolution 77/194. \n",
    "1. The present report is submitted pursuant to General Assembly resolution 77/194. It \n"
    "describes the measures taken by Member States and the \n"
    "__________________ \n\n *  A/78/50. \n\n"
    "23-12345 1/9 \n\f"
    "support provided by the United Nations system in the period under review. \n\n"
    "2. Member States reported on new legislation.1 \n"
    "__________________ \n\n 1  See A/77/123. \n")


@pytest.mark.parametrize("footer", ["23-12345 1/9 \n", "V.23-12345 (E)    270523    300523 \n\n*2312345* \n\nPlease recycle \n"],
                         ids=["page footer", "first page's job number, dates, barcode and recycling mark"])
@pytest.mark.parametrize("mark", ["*", "＊"], ids=["star", "full-width star (Chinese)"])
def test_a_footnote_marked_with_a_star_is_a_footnote_not_text_in_a_paragraph(tmp_path, footer, mark):
    """The `*` footnote every General Assembly document has on its agenda item (and a late
    document on its title) takes no number: read as body text after the rule, it was glued
    into the paragraph running over the page, `... and the * A/78/50. support provided ...`.
    Under it, the first page's job number with its two dates was read as the footnote's text,
    and `Please recycle` went into the paragraph."""
    document = read(tmp_path, "en", STARRED_REPORT.replace("23-12345 1/9 \n", footer).replace("agenda*", f"agenda{mark}")
                    .replace(" *  A/78/50.", f" {mark}  A/78/50."))
    assert document.block("p/1").text == ("The present report is submitted pursuant to General Assembly resolution 77/194. "
                                          "It describes the measures taken by Member States and the support provided by the "
                                          "United Nations system in the period under review.")
    star = document.block(f"fn/{mark}")
    assert star.text == "A/78/50." and star.note_of == "masthead/item"
    assert document.block("masthead/item").text == f"Item 69 (b) of the provisional agenda{mark}"  # the mark stays, as Word keeps it
    assert document.block("fn/1").text == "See A/77/123." and document.block("fn/1").note_of == "p/2"
    ids = [b.id for b in document.blocks]
    assert ids.index(f"fn/{mark}") == ids.index("masthead/item") + 1
    # A second note marked alike, on a later page: an id of its own, and the block on its page.
    again = STARRED_REPORT.replace("2. Member States reported on new legislation.1 \n", "2. Member States reported on new laws.* \n").replace(
        " 1  See A/77/123. \n", " *  In 2022. \n")
    document = read(tmp_path, "en", again)
    assert [(b.id, b.text, b.note_of) for b in document.blocks if b.kind is BlockKind.FOOTNOTE] == [
        ("fn/*", "A/78/50.", "masthead/item"), ("fn/*2", "In 2022.", "p/2")]


CONTINUED_FOOTNOTE = """\
Working Group on the Smuggling of Migrants 
Vienna, 27 and 28 June 2022 

  Report on the meeting 

 I. Introduction 

1. The Working Group met in Vienna.1 It discussed the 
__________________ 

 1  The meeting was held in a hybrid format, with some participants attending in person and 
others online, in accordance with the decision of the Conference 

V.22-04012 2/9 
\f
CTOC/COP/WG.7/2022/4 

smuggling of migrants by sea and the role of the private sector. 

2. The Working Group adopted its report.2 
__________________ 

of the Parties at its tenth session. 
 2  Adopted on 28 June 2022. 
"""


def test_a_footnote_going_on_under_the_next_page_s_rule_stays_one_footnote(tmp_path):
    """A long footnote goes on under the next page's rule, with no number: read as body text,
    its end was glued to the paragraph above the rule ("... adopted its report. of the Parties
    at its tenth session.") and the footnote cut short."""
    document = read(tmp_path, "en", CONTINUED_FOOTNOTE)
    assert document.block("fn/1").text == ("The meeting was held in a hybrid format, with some participants attending in person "
                                           "and others online, in accordance with the decision of the Conference of the Parties "
                                           "at its tenth session.")
    assert document.block("fn/1").note_of == "p/1"
    assert document.block("p/2").text == "The Working Group adopted its report."
    assert (document.block("fn/2").text, document.block("fn/2").note_of) == ("Adopted on 28 June 2022.", "p/2")
    # Cut at a sentence's end, it goes on all the same.
    at_a_stop = CONTINUED_FOOTNOTE.replace("in accordance with the decision of the Conference \n", "as the Conference decided. \n").replace(
        "of the Parties at its tenth session. \n", "Its tenth session had so decided. \n")
    document = read(tmp_path, "en", at_a_stop)
    assert document.block("fn/1").text.endswith("as the Conference decided. Its tenth session had so decided.")
    assert document.block("p/2").text == "The Working Group adopted its report."
    # The rule that closes the text, a heading after it (indented, as the text sets headings):
    # no footnote goes on there.
    closing = at_a_stop.replace("__________________ \n\nIts tenth session had so decided. \n 2  Adopted on 28 June 2022. \n",
                                "__________________ \n\n Annex \n\n List of participants \n")
    document = read(tmp_path, "en", closing)
    assert document.block("fn/1").text.endswith("as the Conference decided.")
    assert not any("Annex" in b.text for b in document.blocks if b.kind is BlockKind.FOOTNOTE)


def test_a_paragraph_number_given_twice_is_said_and_is_no_text(tmp_path):
    """A typed `4.` among paragraphs Word numbers (4, 4, 5): the second became an unnumbered
    paragraph whose first sentence was its label, `4.`, to translate, and nothing was said."""
    text = GENERAL_ASSEMBLY_REPORT.replace(
        "1. The present report is submitted pursuant to General Assembly resolution 77/194. \n",
        "1. The present report is submitted pursuant to General Assembly resolution 77/194. \n\n"
        "2. UNODC concluded 3 memorandums of understanding. \n\n"
        "2. The General Assembly may wish to take note of the present report. \n\n"
        "3. Member States are invited to share good practices. \n")
    document = read(tmp_path, "en", text)
    assert [(b.id, b.text) for b in document.blocks if b.id.startswith(("p/", "h/"))] == [
        ("h/1", "Developments in 2022"),
        ("p/1", "The present report is submitted pursuant to General Assembly resolution 77/194."),
        ("p/2", "UNODC concluded 3 memorandums of understanding."),
        ("h/1/p1", "The General Assembly may wish to take note of the present report."),
        ("p/3", "Member States are invited to share good practices."),
    ]
    assert document.notes == ("paragraph 2 follows paragraph 2 (line 26): numbered again, read as a paragraph of its own",)


def test_an_organ_s_name_printed_on_five_lines_is_still_the_masthead(tmp_path):
    """The Conference's name wraps to five lines in Russian: a block of more than four lines
    was taken for the first paragraph, the version read as generic, and its masthead's texts
    were paired with the wrong entries, none fuzzy."""
    text = (ROOT / "corpora" / "CTOC-COP-2022-L.4" / "ru.txt").read_text(encoding="utf-8")
    wrapped = text.replace("Организации Объединенных Наций \n", "Организации \nОбъединенных Наций \n", 1)
    assert wrapped != text
    document, original = read(tmp_path, "ru", wrapped), extract_document(ROOT / "corpora" / "CTOC-COP-2022-L.4" / "ru.txt", "ru")
    assert document.doc_type == original.doc_type == "resolution"
    assert [(b.id, b.text) for b in document.blocks] == [(b.id, b.text) for b in original.blocks]


@pytest.mark.parametrize("title, body", [
    ("Decision 5/2. Provisional agenda of the sixth session", ["pre/1", "pre/2", "op/1", "op/2"]),
    ("76/123. Strengthening cooperation", ["pre/1", "pre/2", "op/1", "op/2"]),
    ("Resolution adopted by the General Assembly on 2 December 2021", ["pre/1", "pre/2", "op/1", "op/2"]),
])
def test_a_resolution_or_decision_is_known_by_its_heading_whatever_else_it_names(tmp_path, title, body):
    text = (f"Conference of the Parties \nVienna, 12–16 October 2020 \n\n  {title} \n\n  The Conference of the Parties, \n\n"
            "  Recalling its decision 4/1, \n\n1. Decides that the session shall be held in Vienna; \n\n2. Approves the agenda. \n")
    document = read(tmp_path, "en", text)
    assert document.doc_type == "resolution" and document.notes == ()
    assert body_ids(document) == body


def test_annex_table_rows_one_a_line_with_no_blank_line_between(tmp_path):
    text = ("Working Group on the Smuggling of Migrants \nVienna, 27 and 28 June 2022 \n\n  Report on the meeting \n\n"
            "1. The Working Group met. \n\nAnnex \n\n  Activities by region \n\n"
            "Region   Countries   Activities \nAfrica   12   45 \nLatin America and   7   21 \n  the Caribbean \n")
    document = read(tmp_path, "en", text)
    cells = {b.id: b.text for b in document.blocks if b.id.startswith("annex/r")}
    assert cells == {
        "annex/r1/c1": "Region", "annex/r1/c2": "Countries", "annex/r1/c3": "Activities",
        "annex/r2/c1": "Africa", "annex/r2/c2": "12", "annex/r2/c3": "45",
        "annex/r3/c1": "Latin America and the Caribbean", "annex/r3/c2": "7", "annex/r3/c3": "21",
    }


def test_chinese_sub_sub_paragraphs_are_numbered_with_parenthesized_ideographs(tmp_path):
    text = (" 偷运移民问题工作组 \n2022年6月27日和28日，维也纳 \n\n  秘书处的说明 \n\n 一、导言 \n\n1. 委员会不妨： \n\n"
            "(a) 鼓励各国： \n\n㈠ 批准《公约》； \n\n㈡ 执行《公约》； \n\n(b) 请秘书处在其第二届会议上报告。 \n")
    document = read(tmp_path, "zh", text)
    assert body_ids(document) == ["h/1", "p/1", "p/1/a", "p/1/a/i", "p/1/a/ii", "p/1/b"]
    assert document.block("p/1/a/ii").text == "执行《公约》；"


def test_chinese_sub_paragraphs_lettered_in_full_width_brackets_are_sub_paragraphs(tmp_path):
    # `（a）` as Chinese typing gives it, with no space after: read as no label, both
    # sub-paragraphs were in no catalog and said untranslated.
    text = (" 偷运移民问题工作组 \n2022年6月27日和28日，维也纳 \n\n  秘书处的说明 \n\n 一、导言 \n\n1. 委员会不妨： \n\n"
            "（a）鼓励各国批准《公约》； \n\n（b）请秘书处在其第二届会议上报告。 \n")
    document = read(tmp_path, "zh", text)
    assert body_ids(document) == ["h/1", "p/1", "p/1/a", "p/1/b"]
    assert document.block("p/1/a").text == "鼓励各国批准《公约》；"


@pytest.mark.parametrize("lang, one, several", [
    ("en", "Agenda item 3 (b)", "Agenda items 3 and 4"),
    ("fr", "Point 3 b) de l'ordre du jour", "Points 3 et 4 de l'ordre du jour"),
    ("es", "Tema 3 b) del programa", "Temas 3 y 4 del programa"),
    ("ru", "Пункт 3 b) повестки дня", "Пункты 3 и 4 повестки дня"),
    ("ar", "البند 3 (ب) من جدول الأعمال", "البندان 3 و 4 من جدول الأعمال"),
    # As a background paper's masthead writes it, with the footnote that names the agenda.
    ("zh", "议程项目3(b)", "临时议程* 项目2(a)(c)(e)(f)"),
])
def test_a_masthead_naming_two_agenda_items_reads_as_one_naming_one(tmp_path, lang, one, several):
    # A document issued under two items: the line was not known, the masthead ended early and
    # "Agenda items 3 and 4" became a body paragraph in some versions only.
    source = Path(__file__).resolve().parent.parent / "corpora" / "CTOC-COP-2022-L.4" / f"{lang}.txt"
    text = source.read_text(encoding="utf-8")
    assert one in text
    document = read(tmp_path, lang, text.replace(one, several))
    assert document.doc_type == "resolution"
    item = next(b for b in document.blocks if b.id == "masthead/item")
    assert item.text == several


def test_the_version_s_language_and_original_on_one_line_are_metadata(tmp_path):
    # A Word masthead's cell breaks its lines with w:br, read as spaces: "Russian Original:
    # English" was taken for the body's name and the masthead misread.
    source = Path(__file__).resolve().parent.parent / "corpora" / "CTOC-COP-2022-L.4" / "ru.txt"
    text = source.read_text(encoding="utf-8")
    assert "Russian \nOriginal: English" in text
    document = read(tmp_path, "ru", text.replace("Russian \nOriginal: English", "Russian Original: English"))
    assert document.masthead.original == "English"
    assert document.doc_type == "resolution"
    assert "Russian" not in next(b for b in document.blocks if b.id == "masthead/body").text


URL_IN_A_PARAGRAPH = """Press release

1. The report of the meeting is available on the website of the Office at
https://www.unodc.org/unodc/en/treaties/CTOC/working-group-on-smuggling.html
and in all six official languages of the United Nations.

2. For more information, visit
https://www.unodc.org/unodc/en/index.html.

3. The Working Group thanked the Secretariat.
"""


def test_a_url_on_a_line_of_its_own_inside_a_paragraph_is_its_text(tmp_path):
    """A URL that wraps onto a line of its own is text of its paragraph: taken for a PDF page's
    link target, it was cut out of its sentence ("… of the Office at and in all six …")."""
    document = read(tmp_path, "en", URL_IN_A_PARAGRAPH)
    assert document.block("p/1").text == (
        "The report of the meeting is available on the website of the Office at "
        "https://www.unodc.org/unodc/en/treaties/CTOC/working-group-on-smuggling.html "
        "and in all six official languages of the United Nations.")
    assert document.block("p/2").text == "For more information, visit https://www.unodc.org/unodc/en/index.html."
    assert not any(b.id.startswith("links/") or "/link" in b.id for b in document.blocks)
    # A page's link targets, after a blank line at its end (as pdftotext writes them), stay links.
    at_page_end = URL_IN_A_PARAGRAPH.replace("3. The Working", "\nhttps://www.unodc.org/unodc/en/index.html\n3. The Working")
    document = read(tmp_path, "en", at_page_end)
    assert [b.text for b in document.blocks if "/link" in b.id or b.id.startswith("links/")] == [
        "https://www.unodc.org/unodc/en/index.html"]
    assert document.block("p/3").text == "The Working Group thanked the Secretariat."


def test_a_url_ending_a_chinese_sentence_on_a_line_of_its_own_is_its_text(tmp_path):
    # `查阅：` then the URL and `。` on the next line (a wrap, as Chinese typesets it) was taken
    # for the page's link target: cut out of its sentence, REF002 "none here" on a correct version.
    text = ("新闻稿\n\n1. 答复可在以下网址查阅：\nhttps://www.unodc.org/unodc/en/ahc-som/replies.html。\n\n"
            "2. 工作组感谢秘书处。\n")
    document = read(tmp_path, "zh", text)
    assert document.block("p/1").text == "答复可在以下网址查阅：https://www.unodc.org/unodc/en/ahc-som/replies.html。"
    assert not any(b.id.startswith("links/") or "/link" in b.id for b in document.blocks)


@pytest.mark.parametrize("line", ["暂定项目清单项目107", "暂定项目清单* 项目107", "临时议程项目69(b)"])
def test_a_chinese_general_assembly_item_line_is_the_masthead_s(tmp_path, line):
    # The General Assembly's "Item 107 of the preliminary list", as UN Chinese writes it, was
    # not known: the masthead ended there, and the title entries held the item line and the
    # item's title, not fuzzy, while the five other versions read theirs.
    source = Path(__file__).resolve().parent.parent / "corpora" / "CTOC-COP-2022-L.4" / "zh.txt"
    document = read(tmp_path, "zh", source.read_text(encoding="utf-8").replace("议程项目3(b)", line))
    assert document.block("masthead/item").text == line


CALL_AT_PAGE_END = """Press release

1. Challenges included:

  (a) The use of fraudulent travel documents;

  (b) The limited capacity to gather electronic evidence.1 

__________________ 
 1  See CTOC/COP/WG.7/2021/4, para. 12. 
\f Table 1 
Cases reported by region 

2. The Working Group thanked the Secretariat.
"""


def test_a_footnote_call_after_the_last_stop_of_a_page_ends_the_paragraph(tmp_path):
    # `evidence.1` at a page's end (a call after the stop): the paragraph was taken to go on,
    # and the next page's table caption was glued to it.
    document = read(tmp_path, "en", CALL_AT_PAGE_END)
    assert document.block("p/1/b").text == "The limited capacity to gather electronic evidence."
    assert document.block("fn/1").note_of == "p/1/b"
    assert any(b.text.startswith("Table 1") for b in document.blocks)


def test_a_version_numbered_again_a_thousand_times_says_so_in_a_few_lines(tmp_path):
    # A version pasted a thousand times over gave a line for each paragraph numbered again:
    # 11,998 lines of output for one file. The first five are said, then that there are more.
    repeated = "".join(f"{n}. Member States are invited to share good practices. \n\n" for n in range(1, 4))
    text = GENERAL_ASSEMBLY_REPORT.replace(
        "1. The present report is submitted pursuant to General Assembly resolution 77/194. \n",
        "1. The present report is submitted pursuant to General Assembly resolution 77/194. \n\n" + repeated * 12)
    notes = [note for note in read(tmp_path, "en", text).notes if "numbered again" in note]
    assert len(notes) == 6 and notes[-1].startswith("and more paragraphs numbered again after line ")


@pytest.mark.parametrize("lang, title", [
    ("en", "78/231. Strengthening international cooperation to prevent and combat trafficking in persons"),
    ("fr", "78/231. Renforcement de la coopération internationale"),
    # UN Arabic heads an adopted resolution with its number and a dash: read as nothing, the
    # Arabic version was "generic", 29 of its 42 entries untranslated.
    ("ar", "78/231 - تعزيز التعاون الدولي على منع الاتجار بالأشخاص وتهريب المهاجرين ومكافحتهما"),
    ("zh", "78/231. 加强国际合作，预防和打击贩运人口和偷运移民行为"),
])
def test_an_adopted_resolution_is_known_by_its_number_as_each_language_writes_it(lang, title):
    from pipeline.lang import profile

    assert profile(lang).parts.type_of([title]) == "resolution"
    assert profile(lang).parts.type_of(["78/231 proposals were received"]) != "resolution"


REPORT_WITHOUT_A_BLANK_UNDER_THE_DATES = """ United Nations CTOC/COP/WG.7/2023/3

Conference of the Parties to the
United Nations Convention against
Transnational Organized Crime

Distr.: General
30 January 2023

Original: English

Working Group on the Smuggling of Migrants
Tenth meeting
Vienna, 13–17 March 2023
Item 3 of the provisional agenda
Technical assistance in preventing and combating the
smuggling of migrants

  Report of the Secretariat

1. In its resolution 11/3, the Conference of the Parties requested the Secretariat to report.
"""


def test_an_item_line_right_under_the_place_and_dates_is_the_item_not_more_dates(tmp_path):
    # No blank line between the dates and the item (as a PDF's text often has it): the item
    # and its title were read as more of the dates, one entry `Vienna, 13–17 March 2023 Item 3…`.
    document = read(tmp_path, "en", REPORT_WITHOUT_A_BLANK_UNDER_THE_DATES)
    assert document.block("masthead/dates").text == "Vienna, 13–17 March 2023"
    assert document.block("masthead/item").text == "Item 3 of the provisional agenda"
    assert document.block("masthead/item/title").text == "Technical assistance in preventing and combating the smuggling of migrants"
    assert document.block("masthead/title").text == "Report of the Secretariat"


REPORT_WITH_A_TABLE = """ United Nations CTOC/COP/WG.7/2023/3

Distr.: General
30 January 2023

  Report of the Secretariat

 II. Overview of technical assistance activities

4. The activities delivered in 2022 are summarized in the table below.

  Table
  Technical assistance activities on the smuggling of migrants, by region, 2022

Region                             Activities   Expenditure (thousands of US$)
Africa                             42           1,250.4
Asia and the Pacific               27           830.0

5. UNODC assisted 11 States in reviewing legislation.
"""

REPORT_WITH_A_TABLE_ZH = """ 联合国 CTOC/COP/WG.7/2023/3

Distr.: General
30 January 2023

  秘书处的报告

 二. 技术援助活动概览

4. 2022年开展的活动概述见下表。

  表
  2022年按区域分列的偷运移民问题技术援助活动

区域                 活动     支出（千美元）
非洲                 42       1,250.4
亚洲及太平洋         27       830.0

5. 毒品和犯罪问题办公室协助11个国家审查立法。
"""


def test_a_table_in_the_body_is_read_a_cell_an_entry_in_every_version(tmp_path):
    # Read as one paragraph, the table was a run of padded cells: Spanish and French split it
    # into sentences (fuzzy, so a wrong figure went unchecked), and Chinese, with no stop at its
    # end, took it for a heading that paired with nothing: its text was in no catalog.
    english, chinese = read(tmp_path, "en", REPORT_WITH_A_TABLE), read(tmp_path, "zh", REPORT_WITH_A_TABLE_ZH)
    for document in (english, chinese):
        cells = [block.id for block in document.blocks if block.kind is BlockKind.TABLE_CELL]
        assert cells == [f"h/1/r{row}/c{column}" for row in (1, 2, 3) for column in (1, 2, 3)]
        assert body_ids(document)[-1] == "p/5"
    assert english.block("h/1/r1/c3").text == "Expenditure (thousands of US$)"
    assert (english.block("h/1/r3/c3").text, chinese.block("h/1/r3/c3").text) == ("830.0", "830.0")
    assert chinese.block("h/1/r3/c1").text == "亚洲及太平洋"


def test_a_list_set_in_two_columns_is_no_table(tmp_path):
    # The officers in two columns in one version and run on in another (Chinese): read as a
    # table in the first alone, the second's text paired with nothing.
    text = REPORT_WITH_A_TABLE.replace(
        "5. UNODC assisted", "Chair:            Carlos Vega (Ecuador)\nRapporteur:       Anna Kowalska (Poland)\n\n5. UNODC assisted")
    document = read(tmp_path, "en", text)
    assert not [block.id for block in document.blocks if block.kind is BlockKind.TABLE_CELL and block.text.startswith(("Chair", "Carlos"))]
    assert any("Carlos Vega (Ecuador)" in block.text for block in document.blocks if block.kind is BlockKind.PARAGRAPH)


# An adopted resolution as the General Assembly publishes it (a probe's A/RES/78/231, cut
# short): under the masthead, `Resolution adopted by …`, a line in square brackets saying where
# it comes from, then its numbered title.
ADOPTED = {
    "en": ("United Nations A/RES/78/231\n\nGeneral Assembly\n\nDistr.: General\n27 December 2023\n\n"
           "Seventy-eighth session\nAgenda item 108\nCrime prevention and criminal justice\n\n"
           "Resolution adopted by the General Assembly on 22 December 2023\n\n"
           "[on the report of the Third Committee (A/78/479, para. 32)]\n\n"
           "78/231. Strengthening international cooperation to prevent and combat trafficking in persons\n\n"
           "The General Assembly,\n\n"
           "Noting with concern that, according to the Global Report on Trafficking in Persons 2022,1 the number of "
           "detected victims fell by 11 per cent in 2020,\n\n"
           "1. Urges Member States to consider ratifying the Protocol;\n\n"
           "2. Requests the Secretary-General to submit a report at its eightieth session.\n\n"
           "__________________\n\n 1  United Nations publication, Sales No. E.23.IV.1.\n"),
    "zh": ("联合国 A/RES/78/231\n\n大会\n\nDistr.: General\n27 December 2023\n\nChinese\nOriginal: English\n\n"
           "第七十八届会议\n议程项目108\n预防犯罪和刑事司法\n\n"
           "2023年12月22日大会通过的决议\n\n"
           "［根据第三委员会的报告(A/78/479，第32段)通过］\n\n"
           "78/231. 加强国际合作，预防和打击贩运人口行为\n\n"
           "大会，\n\n"
           "关切地注意到，根据《2022年全球人口贩运问题报告》1，2020年发现的被害人人数减少了11%，\n\n"
           "1. 敦促会员国考虑批准《议定书》；\n\n"
           "2. 请秘书长在大会第八十届会议上提交报告。\n\n"
           "__________________\n\n 1  联合国出版物，出售品编号：C.23.IV.1。\n"),
    "ru": ("Организация Объединенных Наций A/RES/78/231\n\nГенеральная Ассамблея\n\nDistr.: General\n27 December 2023\n\n"
           "Russian\nOriginal: English\n\nСемьдесят восьмая сессия\nПункт 108 повестки дня\n"
           "Предупреждение преступности и уголовное правосудие\n\n"
           "Резолюция, принятая Генеральной Ассамблеей 22 декабря 2023 года\n\n"
           "[по докладу Третьего комитета (A/78/479, п. 32)]\n\n"
           "78/231. Укрепление международного сотрудничества в целях предупреждения торговли людьми\n\n"
           "Генеральная Ассамблея,\n\n"
           "с озабоченностью отмечая, что, согласно Глобальному докладу о торговле людьми за 2022 год1, число "
           "выявленных жертв в 2020 году сократилось на 11 процентов,\n\n"
           "1. настоятельно призывает государства-члены рассмотреть вопрос о ратификации Протокола;\n\n"
           "2. просит Генерального секретаря представить доклад на ее восьмидесятой сессии.\n\n"
           "__________________\n\n 1  Издание Организации Объединенных Наций, в продаже под № R.23.IV.1.\n"),
    "ar": ("الأمم المتحدة A/RES/78/231\n\nالجمعية العامة\n\nDistr.: General\n27 December 2023\n\nArabic\nOriginal: English\n\n"
           "الدورة الثامنة والسبعون\nالبند 108 من جدول الأعمال\nمنع الجريمة والعدالة الجنائية\n\n"
           "قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023\n\n"
           "[بناء على تقرير اللجنة الثالثة (A/78/479، الفقرة 32)]\n\n"
           "78/231 - تعزيز التعاون الدولي على منع ومكافحة الاتجار بالأشخاص\n\n"
           "إن الجمعية العامة،\n\n"
           "إذ يساورها القلق لأن عدد الضحايا المكتشفين انخفض بنسبة 11 في المائة في عام 2020، وفقا للتقرير العالمي "
           "عن الاتجار بالأشخاص لعام 2022(1)،\n\n"
           "1 - تحث الدول الأعضاء على النظر في التصديق على البروتوكول؛\n\n"
           "2 - تطلب إلى الأمين العام أن يقدم تقريرا في دورتها الثمانين.\n\n"
           "__________________\n\n(1) منشورات الأمم المتحدة، رقم المبيع A.23.IV.1.\n"),
}


@pytest.mark.parametrize("lang", sorted(ADOPTED))
def test_an_adopted_resolution_has_its_three_title_lines_then_its_preamble(tmp_path, lang):
    # The bracketed line ended with a closing mark and was read as the preamble's first
    # paragraph (in Chinese, whose ］ was no closing mark, as a second title): every preambular
    # id one off, the numbered title an unnumbered heading, and the Chinese title in no catalog.
    document = read(tmp_path, lang, ADOPTED[lang])
    assert document.doc_type == "resolution"
    titles = [document.block(f"masthead/title{n}").text for n in ("", "2", "3")]
    assert titles[1].strip("[]［］") and titles[1][0] in "[［" and titles[2].startswith("78/231")
    assert body_ids(document) == ["pre/1", "pre/2", "fn/1", "op/1", "op/2"]
    # The numbered title is the paragraphs' context, and one sentence: `78/231.` starts it.
    title = document.block("masthead/title3")
    assert [s.text for s in title.sentences] == [title.text]
    assert next(b for b in document.blocks if b.id == "op/1").context == title.text
    # The footnote's call left the text wherever it stood (in Chinese, after 》).
    assert "1，2020" not in document.block("pre/2").text and "20221" not in document.block("pre/2").text
    assert document.block("pre/2").footnotes == ("fn/1",)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_adopted_decision_has_its_three_title_lines(lang):
    # `Decision adopted by the General Assembly on 22 December 2023` holds a date and was read as
    # the masthead's place and dates; the bracketed line became the first paragraph.
    document = extract_document(Path(__file__).parent / "data" / "documents" / "decision" / f"{lang}.txt", lang)
    titles = [document.block(f"masthead/title{n}") for n in ("", "2", "3")]
    assert all(titles) and titles[2].text.startswith("78/545.") and titles[1].text[0] in "[［"
    assert document.block("masthead/dates") is None and body_ids(document)[0] == "pre/1"


def test_a_draft_s_bracketed_paragraphs_under_its_title_stay_paragraphs():
    # Text still negotiated is bracketed: a draft's first paragraphs, in brackets under its
    # title, were read as title lines. Only a bracketed line right above an adopted
    # resolution's numbered title is one.
    document = extract_document(Path(__file__).parent / "data" / "documents" / "draft-bracketed" / "en.txt", "en")
    bracketed = [block.id for block in document.blocks if block.text.startswith("[")]
    assert len(bracketed) == 2 and not any(id.startswith("masthead/") for id in bracketed)


@pytest.mark.parametrize("lang, line", [
    ("ar", "قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023"),
    # The Economic and Social Council (masculine in Arabic) adopts them too: the line was read
    # as the masthead's place and dates.
    ("ar", "قرار اتخذه المجلس الاقتصادي والاجتماعي في 24 تموز/يوليه 2024"),
    ("ar", "مقرر اتخذه المجلس الاقتصادي والاجتماعي في 24 تموز/يوليه 2024"),
    ("ru", "Решение, принятое Генеральной Ассамблеей 22 декабря 2023 года"),
    ("zh", "2023年12月22日大会通过的决定"),
    ("fr", "Décision adoptée par l'Assemblée générale le 22 décembre 2023"),
    # The Human Rights Council's, whose Arabic verb is another (`اعتمده`): its Arabic version was
    # read as a document of no known type, and most of it left in no catalog.
    ("ar", "قرار اعتمده مجلس حقوق الإنسان في 4 نيسان/أبريل 2023"),
    ("ar", "مقرر اعتمده مجلس حقوق الإنسان في 4 نيسان/أبريل 2023"),
    ("en", "Resolution adopted by the Human Rights Council on 4 April 2023"),
    ("fr", "Résolution adoptée par le Conseil des droits de l'homme le 4 avril 2023"),
    ("es", "Resolución aprobada por el Consejo de Derechos Humanos el 4 de abril de 2023"),
    ("ru", "Резолюция, принятая Советом по правам человека 4 апреля 2023 года"),
    ("zh", "人权理事会2023年4月4日通过的决议"),
])
def test_the_line_that_says_who_adopted_it_names_a_resolution_or_decision(lang, line):
    from pipeline.lang import profile

    assert profile(lang).parts.type_of([line]) == "resolution"


def test_the_symbol_heading_the_second_page_after_the_first_page_s_job_number_is_no_text(tmp_path):
    # The first page's job number marks no page break (it also stands in mastheads): the symbol
    # at the top of page 2 after it was a heading, `h/1/h1 A/78/125`, in every catalog.
    path = tmp_path / "en.txt"
    path.write_text("United Nations A/78/125\n\nGeneral Assembly\n\nDistr.: General\n3 July 2023\n\nOriginal: English\n\n"
                    "Seventy-eighth session\nItem 108 of the provisional agenda\n\n  Technical assistance\n\n"
                    "  Report of the Secretary-General\n\n I. Introduction\n\n1. The report covers 2022.\n\n"
                    "23-13057 (E)    030723    050723\n\fA/78/125\n\n2. It draws on the work of UNODC.\n\n23-13057 2/4\n",
                    encoding="utf-8")
    blocks = extract_document(path, "en").blocks
    assert [b.id for b in blocks if b.id.startswith(("h/", "p/"))] == ["h/1", "p/1", "p/2"]
    assert not [b for b in blocks if b.text == "A/78/125"]


def test_a_table_whose_rows_blank_lines_set_apart_is_read_as_the_same_table(tmp_path):
    # A PDF may space a table's rows as paragraphs: each row was a heading of its own
    # (`h/1/h1 'Region   2021   2022'`), where a version written without the blank lines had
    # the cells, which were then in no catalog.
    from tests.test_docx import NOTE_WITH_A_TABLE

    rows = "Region   Replies   Increase\nAfrica   12   5\nEurope   20   9\nAmericas   10   3\n"
    assert rows in NOTE_WITH_A_TABLE
    (tmp_path / "en.txt").write_text(NOTE_WITH_A_TABLE, encoding="utf-8")
    (tmp_path / "spaced").mkdir()
    (tmp_path / "spaced" / "en.txt").write_text(NOTE_WITH_A_TABLE.replace(rows, rows.replace("\n", "\n\n")), encoding="utf-8")
    together, apart = (extract_document(path, "en").blocks for path in (tmp_path / "en.txt", tmp_path / "spaced" / "en.txt"))
    assert [(b.id, b.kind, b.text) for b in apart] == [(b.id, b.kind, b.text) for b in together]
    assert sum(b.kind is BlockKind.TABLE_CELL for b in apart) == 12


def test_another_document_s_symbol_as_a_page_s_first_line_is_the_citation_going_on(tmp_path):
    # Only the document's own symbol heads its pages: another there is text (`contained in
    # document` / `A/78/102` / `and decided`), which was dropped.
    path = tmp_path / "en.txt"
    path.write_text("United Nations A/78/125\n\nGeneral Assembly\n\nDistr.: General\n3 July 2023\n\nOriginal: English\n\n"
                    "  Report of the Secretary-General\n\n I. Introduction\n\n1. The reports are contained in document\n"
                    "\fA/78/102\nand the Committee decided to take note of them.\n", encoding="utf-8")
    [paragraph] = [b for b in extract_document(path, "en").blocks if b.id == "p/1"]
    assert "document A/78/102 and the Committee decided" in paragraph.text


def test_a_heading_or_a_numbered_paragraph_set_apart_by_spaces_is_no_table_row(tmp_path):
    # pdftotext lays out `II.   Attendance` and `2.     The Committee …`: joined to the table
    # rows beside them, the chapter heading and the paragraphs lost their ids.
    path = tmp_path / "en.txt"
    path.write_text("United Nations A/78/125\n\nGeneral Assembly\n\n  Report of the Secretary-General\n\n"
                    " I.   Introduction\n\n1.     The report covers 2022.\n\n II.   Attendance\n\n"
                    "Region      2021      2022\n\nAfrica      12      15\n\nEurope      20      22\n\n"
                    "2.     The Committee adopted the programme on 3 July.\n\n3.     The report was adopted at 6 p.m.\n",
                    encoding="utf-8")
    blocks = {b.id: b.text for b in extract_document(path, "en").blocks}
    assert blocks["h/2"] == "Attendance" and blocks["p/2"].startswith("The Committee") and "p/3" in blocks
    assert [blocks[f"h/2/r{row}/c1"] for row in (1, 2, 3)] == ["Region", "Africa", "Europe"]


@pytest.mark.parametrize("title, doc_type", [
    ("مذكِّرة من الأمانة", "note"),
    ("جدول الأعمال المؤقَّت وشروحه", "agenda"),
    ("تقريـر عن اجتماع الفريق العامل", "report"),  # a tatweel, as justified Arabic text draws one
])
def test_an_arabic_title_written_with_its_vowel_marks_names_its_type(title, doc_type):
    # UN Arabic often writes a title's shadda and kasra: `مذكِّرة من الأمانة` read as no type,
    # the version "generic" where the English one was a note by the Secretariat.
    from pipeline.lang import profile

    assert profile("ar").parts.type_of([title]) == doc_type


def test_a_masthead_whose_agenda_item_title_wraps_over_three_lines_is_read_field_by_field(tmp_path):
    # A Human Rights Council resolution as copied from its PDF: body, session, dates, item and
    # the item's title in one block of seven lines. Read as the document's first paragraph in
    # English (six lines in Chinese, where the title wraps once, were read field by field), it
    # paired English's fields with Chinese's title and shifted every entry after it.
    english = ("United Nations A/HRC/RES/52/24\n\nGeneral Assembly\n\nDistr.: General\n11 April 2023\n\n"
               "Original: English\n\nHuman Rights Council\nFifty-second session\n27 February–4 April 2023\n"
               "Agenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social "
               "and cultural rights,\nincluding the right to development\n\n"
               "  Resolution adopted by the Human Rights Council on 4 April 2023\n\n"
               "  52/24. Human rights of migrants in the context of the smuggling of migrants\n\n"
               "  The Human Rights Council,\n\n  Guided by the purposes and principles of the Charter of the United Nations,\n")
    path = tmp_path / "en.txt"
    path.write_text(english, encoding="utf-8")
    blocks = extract_document(path, "en").blocks
    assert [(block.id, block.text) for block in blocks[:6]] == [
        ("masthead/organ", "General Assembly"), ("masthead/body", "Human Rights Council"),
        ("masthead/session", "Fifty-second session"), ("masthead/dates", "27 February–4 April 2023"),
        ("masthead/item", "Agenda item 3"),
        ("masthead/item/title", "Promotion and protection of all human rights, civil, political, economic, social and "
                                "cultural rights, including the right to development")]
    assert blocks[6].text == "Resolution adopted by the Human Rights Council on 4 April 2023"


@pytest.mark.parametrize("lang", ["en", "ru", "zh", "ar"])
def test_a_draft_resolution_under_an_item_with_no_title_keeps_its_sponsors_line_as_its_title(lang):
    # `Agenda item 2`, then `Italy and Mexico: draft resolution`: the sponsors' line was taken
    # for the item's title, the type went unread, and the preamble and operative paragraphs
    # were generic paragraphs (body/p1, p/1) in every version.
    document = extract_document(Path(__file__).parent / "data" / "documents" / "draft-no-item-title" / f"{lang}.txt", lang)
    ids = [block.id for block in document.blocks]
    assert "masthead/item/title" not in ids
    assert document.block("masthead/title").text.endswith(
        {"en": "draft resolution", "ru": "проект резолюции", "zh": "决议草案", "ar": "مشروع قرار"}[lang])
    assert ids[ids.index("masthead/title2") + 1:ids.index("masthead/title2") + 2] == ["pre/1"]
    assert "op/1" in ids


@pytest.mark.parametrize("lang, item_title", [("en", "Report of the Working Group on the Smuggling of Migrants"),
                                              ("zh", "偷运移民问题工作组的报告")])
def test_an_item_titled_as_a_report_keeps_its_title_above_a_draft_resolution_s_sponsors(lang, item_title, tmp_path):
    # Only a draft resolution's sponsors' line is taken for the document's first title under an
    # item line: an item's title that names a report (`Report of the Economic and Social
    # Council`) became the document's title.
    original = (Path(__file__).parent / "data" / "documents" / "draft-no-item-title" / f"{lang}.txt").read_text(encoding="utf-8")
    item = {"en": "Agenda item 2\n", "zh": "议程项目2\n"}[lang]
    assert item in original
    (tmp_path / f"{lang}.txt").write_text(original.replace(item, f"{item}{item_title}\n", 1), encoding="utf-8")
    document = extract_document(tmp_path / f"{lang}.txt", lang)
    assert document.block("masthead/item/title").text == item_title
    assert document.block("masthead/title").text.endswith({"en": "draft resolution", "zh": "决议草案"}[lang])


@pytest.mark.parametrize("lang", ["en", "zh", "ar", "ru"])
def test_an_organ_above_the_body_that_meets_stays_apart_with_no_distribution_between(lang, tmp_path):
    # A PDF's text of the Economic and Social Council's masthead gives the Council, then the
    # Commission that meets, then its session, with no `Distr.` lines between (they stand
    # beside them on the page): the Commission was joined to the Council as an organ of the
    # band, and masthead/organ lost in every version.
    text = (Path(__file__).parent / "data" / "documents" / "sg-report" / f"{lang}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    distribution = next(n for n, line in enumerate(lines) if line.startswith("Distr."))
    job = next(n for n, line in enumerate(lines) if line.startswith("V.24-01234"))
    body = job + 2  # the Commission's line, its session under it
    pdf_like = lines[:distribution] + [lines[body], ""] + lines[body + 1:]
    path = Path(__file__).parent / "data" / "documents" / "sg-report" / f"{lang}.txt"
    document = read(tmp_path, lang, "\n".join(pdf_like))
    assert [block.id for block in document.blocks[:3]] == ["masthead/organ", "masthead/body", "masthead/session"]
    original = extract_document(path, lang)
    assert document.block("masthead/body").text == original.block("masthead/body").text
