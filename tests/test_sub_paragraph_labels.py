"""REF006: the sub-paragraphs a segment cites by letter or numeral, compared across the six
versions, each read in the letters it writes them with (a reviser's cross-references)."""

import json

import pytest

from pipeline.lang import profile
from pipeline.value_extraction import extract_values
from tests.conftest import run_hexaglot
from tests.test_qa_checks import write_document

SOURCE = ("In accordance with paragraph 5 (b) of resolution 11/3 and subparagraphs (a) (ii) and (c) above, "
          "the Working Group may wish to consider the matters listed in its mandate.")
CORRECT = {
    "fr": ("Conformément à l'alinéa b) du paragraphe 5 de la résolution 11/3 et aux alinéas a) ii) et c) ci-dessus, "
           "le Groupe de travail voudra peut-être examiner les questions énumérées dans son mandat."),
    "es": ("De conformidad con el párrafo 5 b) de la resolución 11/3 y los apartados a) ii) y c) supra, "
           "el Grupo de Trabajo tal vez desee examinar las cuestiones enumeradas en su mandato."),
    "ru": ("В соответствии с пунктом 5 (b) резолюции 11/3 и подпунктами (a) (ii) и (c) выше Рабочая группа, "
           "возможно, пожелает рассмотреть вопросы, перечисленные в ее мандате."),
    "ar": ("ووفقاً للفقرة 5 (ب) من القرار 11/3 والفقرتين الفرعيتين (أ) ‘2’ و(ج) أعلاه، "
           "قد يود الفريق العامل أن ينظر في المسائل المدرجة في ولايته."),
    "zh": "根据第11/3号决议第5(b)段及上文（a）项(二)目和(c)项，工作组似宜审议其任务授权中所列事项。",
}


def ref006(root):
    result = run_hexaglot("check", str(root), "--no-glossary", "--select", "REF006", "--format", "json", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return [(f["lang"], f["message"]) for f in json.loads(result.stdout)["findings"]]


def test_every_version_citing_the_same_sub_paragraphs_in_its_own_letters_passes(tmp_path):
    write_document(tmp_path, "p/3/s1", SOURCE, CORRECT)
    assert ref006(tmp_path) == []


@pytest.mark.parametrize(("lang", "wrong", "said"), [
    ("ru", CORRECT["ru"].replace("5 (b)", "5 (c)"), "(a), (c), (ii) here, (a), (b), (c), (ii) in the source"),
    ("ar", CORRECT["ar"].replace("5 (ب)", "5 (د)"), "(a), (c), (d), (ii) here"),
    ("fr", CORRECT["fr"].replace("a) ii)", "a) iii)"), "(a), (b), (c), (iii) here"),
    ("zh", CORRECT["zh"].replace("(二)目", "(三)目"), "(a), (b), (c), (iii) here"),
    ("es", CORRECT["es"].replace("y c) supra", "y e) supra"), "(a), (b), (e), (ii) here"),
])
def test_a_version_citing_another_sub_paragraph_is_said(tmp_path, lang, wrong, said):
    write_document(tmp_path, "p/3/s1", SOURCE, {**CORRECT, lang: wrong})
    [(found_lang, message)] = ref006(tmp_path)
    assert found_lang == lang and said in message


def test_what_only_looks_like_a_label_is_none():
    en, fr, es = profile("en"), profile("fr"), profile("es")
    # A plural in brackets, a placeholder, a letter glued to a word or a number after it.
    assert extract_values("Each State(s) party shall notify %(a)s of the (b)5 items.", en).labels == frozenset()
    # Spanish `y)`, `o)` close a bracket after a word, and are words; French `à` is no letter.
    assert extract_values("(los Estados partes y las organizaciones o)", es).labels == frozenset()
    assert extract_values("(de 2020 à)", fr).labels == frozenset()
    # Where a version writes one: Russian typed letters, full-width brackets.
    assert extract_values("в подпункте б) пункта 2", profile("ru")).labels == {"b"}
    assert extract_values("第2段（b）项", profile("zh")).labels == {"b"}


def test_the_arabic_label_of_a_sub_sub_paragraph_is_no_number_either_way_its_marks_read(tmp_path):
    # UN Arabic numbers (i), (ii) as ‘1’, ‘2’; some PDFs give the marks the other way round.
    # Read as the number 2 against none in the source, a correct version was NUM001.
    for written in ("‘2’", "’2‘"):
        values = extract_values(f"والفقرة الفرعية (أ) {written} أعلاه", profile("ar"))
        assert (dict(values.numbers), values.labels) == ({}, {"a", "ii"})


@pytest.mark.parametrize("lang, text, labels", [
    # A range cites what it spans, however it is written (a regression probe's false alarms:
    # `a)-d)` read as (a) alone; `(a) to (c)` against `a), b) et c)`).
    ("en", "subparagraphs (a) to (c)", {"a", "b", "c"}),
    ("fr", "alinéas a), b) et c)", {"a", "b", "c"}),
    ("fr", "alinéas a)-d)", {"a", "b", "c", "d"}),
    ("es", "apartados a)–d)", {"a", "b", "c", "d"}),
    ("ru", "подпунктах а)–г)", {"a", "b", "c", "d"}),
    ("en", "(i) to (iii)", {"i", "ii", "iii"}),
    # UN Chinese's ㈡ for (ii); Arabic's '2' typed with straight marks
    ("zh", "第1款(a)项㈡目", {"a", "ii"}),
    ("ar", "الفقرة (أ) '2'", {"a", "ii"}),
    # letters past (n), where a resolution's list reaches them; a one-letter word as a label
    # where it plainly is one (`apartados o) y p)`), not where it closes a bracket after words
    ("fr", "l'alinéa p) du paragraphe 3", {"p"}),
    ("es", "los apartados o) y p)", {"o", "p"}),
    ("es", "el apartado o) del párrafo 2", {"o"}),
    ("es", "(los Estados partes y las organizaciones o)", frozenset()),
    # Latin letters typed on a Russian keyboard are the Latin ones (not the 18th and 6th of
    # the Cyrillic alphabet), unless the text letters its sub-paragraphs in Cyrillic
    ("ru", "в подпунктах (а), (с) и (е)", {"a", "c", "e"}),
    ("ru", "подпункты а), б) и в)", {"a", "b", "c"}),
])
def test_labels_cited_by_range_or_in_every_form(lang, text, labels):
    assert extract_values(text, profile(lang)).labels == labels


def test_a_chinese_numeral_label_right_after_a_letter_leaves_the_letter():
    # `第3段(a)㈡项`: ㈡ is a word character to Python, and (a) before it was dropped.
    assert extract_values("第3段(a)㈡项", profile("zh")).labels == {"a", "ii"}
