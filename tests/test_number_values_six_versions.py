"""Numbers that every version writes in its own way are one value: what a reviser's report of
the tenth meeting of the Working Group on the Smuggling of Migrants showed (NUM001 through the
CLI, as a reviser runs it)."""

import json
import re
from collections import Counter

import pytest

from pipeline.lang import profile
from pipeline.value_extraction import extract_values
from tests.conftest import run_hexaglot
from tests.test_qa_checks import write_document


def num_findings(root) -> list[tuple[str, str]]:
    """(language, code) of each NUM finding on the tree at `root`."""
    result = run_hexaglot("check", str(root), "--no-glossary", "--select", "NUM", "--format", "json", cwd=root)
    return sorted((f["lang"], f["code"]) for f in json.loads(result.stdout)["findings"])


def num001_languages(root):
    result = run_hexaglot("check", str(root), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return sorted(f["lang"] for f in json.loads(result.stdout)["findings"])


AGREEING = {
    "ru": "Ряд выступавших отметили, что в 2022 году более 2400 мигрантов погибли или пропали без вести в море.",
    "fr": "Plusieurs orateurs ont fait observer que plus de 2 400 migrants étaient morts ou avaient disparu en mer en 2022.",
    "es": "Varios oradores señalaron que más de 2.400 migrantes habían muerto o desaparecido en el mar en 2022.",
    "ar": "وأشار عدة متكلمين إلى أن أكثر من 2400 مهاجر لقوا حتفهم أو فُقدوا في البحر في عام 2022.",
    # Chinese puts the year right after its full-width comma.
    "zh": "一些发言者指出，2022年有2,400多名移民在海上死亡或失踪。",
}
SOURCE = "Several speakers noted that more than 2,400 migrants had died or gone missing at sea in 2022."


def test_a_chinese_year_after_a_full_width_comma_is_a_number(tmp_path):
    write_document(tmp_path, "p/6/s1", SOURCE, AGREEING)
    assert num001_languages(tmp_path) == []
    # ... and a wrong one there is found.
    write_document(tmp_path, "p/6/s1", SOURCE, {**AGREEING, "zh": "一些发言者指出，2021年有2,400多名移民在海上死亡或失踪。"})
    assert num001_languages(tmp_path) == ["zh"]


def test_a_chinese_percentage_in_characters_is_its_number(tmp_path):
    # `百分之五十` is 50 per cent: read as no number, a correct version had "50 in the source
    # and 4 other versions, none here", an error.
    source = "Some 50 per cent of them were smuggled by sea, 3.5 per cent more than in 2021."
    versions = {"fr": "Environ 50 % d'entre eux ont été introduits clandestinement par mer, soit 3,5 % de plus qu'en 2021.",
                "ru": "Около 50 процентов из них были незаконно ввезены морем, что на 3,5 процента больше, чем в 2021 году.",
                "zh": "其中约百分之五十经海路被偷运，比2021年多百分之三点五。"}
    write_document(tmp_path, "p/2/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/2/s1", source, {**versions, "zh": "其中约百分之四十经海路被偷运，比2021年多百分之三点五。"})
    assert num001_languages(tmp_path) == ["zh"]


def test_numbers_either_side_of_a_chinese_full_width_comma_are_two_numbers():
    # Folded to `,`, the clause's comma joined them: `第1，2和3段` read 1.2 and 3, and a footnote
    # call before a year (`报告》1，2020年`) the number 1.202, with the year "missing".
    zh = profile("zh")
    assert sorted(extract_values("见第1，2和3段。", zh).numbers) == [1, 2, 3]
    assert 2020 in extract_values("据《报告》1，2020年发现的被害人人数减少了11%。", zh).numbers
    # Between digits typed in full width it is the number's own comma, as `12,345` is.
    assert sorted(extract_values("共计１２，３４５人。", zh).numbers) == [12345]


def test_a_number_in_english_notation_in_a_language_of_the_decimal_comma_is_its_english_value():
    # `1,234,567.89 dólares` kept from the English version: read as Spanish it was no number,
    # and NUM001 said "none here" of a number that is there (TYPO012 says the notation is wrong).
    for lang in ("es", "fr", "ru"):
        assert sorted(extract_values("1,234,567.89 y 1,234,567 y 12,500.5", profile(lang)).numbers) == [12500.5, 1234567, 1234567.89]
    # One group alone is a decimal there, as always.
    assert sorted(extract_values("2,400", profile("fr")).numbers) == [2.4]


@pytest.mark.parametrize("source, arabic", [
    # The marks Arabic translators and their tools put around Latin digits and links: read as
    # they were, they cut a day from its month, a number from its magnitude, and went into a link
    # (NUM001, NUM002, REF002 errors on correct Arabic, a probe's).
    ("Vienna, 27 and 28 June 2022", "فيينا، \u200f27\u200f و28 حزيران/يونيه 2022"),
    ("The Working Group met on 27 and 28 June 2022.", "اجتمع الفريق العامل يومي \u061c27 و\u061c28 حزيران/يونيه \u200f2022."),
    ("Some 3.5 million migrants paid 7 billion dollars.", "دفع نحو \u200f3,5\u200f ملايين مهاجر \u200f7\u200f بلايين دولار."),
    ("See https://www.unodc.org/smuggling/index.html.", "انظر الموقع \u200ehttps://www.unodc.org/smuggling/index.html\u200e."),
    ("See https://www.unodc.org/smuggling/index.html.", "انظر الموقع \u2066https://www.unodc.org/smuggling/index.html\u2069."),
])
def test_direction_marks_around_arabic_values_change_no_value(tmp_path, source, arabic):
    write_document(tmp_path, "p/1", source, {"ar": arabic})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM", "--select", "REF",
                          "--format", "json", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["findings"] == [], result.stdout
    # ... and a wrong value inside them is found all the same.
    write_document(tmp_path, "p/1", source, {"ar": arabic.replace("27", "26").replace("3,5", "4,5").replace("smuggling", "trafficking")})
    assert run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM", "--select", "REF",
                        cwd=tmp_path).returncode == 1


@pytest.mark.parametrize("text, numbers", [
    # A numeral before the measure words UN Chinese counts documents, recommendations, companies,
    # countries and people by: read before 次, 个, 项 alone, `十一条建议` for "ten
    # recommendations" passed (a probe's).
    ("工作组通过了针对三家航运公司的十条建议。", [3, 10]),
    ("2021年向工作组提交了三份报告。", [3, 2021]),
    ("五国和六人", [5, 6]),
    # ... not a month (六月), "all around" (四周), an ordinal, a count of one, nor an approximate one
    ("六月四周的第三条一家数百人", [3]),
])
def test_a_chinese_numeral_before_a_measure_word_is_a_count(text, numbers):
    assert sorted(extract_values(text, profile("zh")).numbers) == numbers


@pytest.mark.parametrize("text, minutes", [
    # A time in characters, as correct as `上午10时`: NUM003 said "none here" (a probe's).
    ("会议将于2022年6月27日星期一上午十时开幕。", [600]),
    ("上午十时至下午一时", [600, 780]),
    ("下午三时三十分", [930]),
    ("一时之间，同时", []),  # "for a moment", "at the same time": no time
    # ... nor "in the previous period"; and the minutes in characters, with a zero or a half
    # (a regression probe's: 01:00, and 10:00 for 10:05 and 10:30)
    ("在上一时期内", []),
    ("上午十时零五分", [605]),
    ("上午十时半", [630]),
    ("上午10时半", [630]),
    ("早上八时", [480]),  # the morning said otherwise (a regression probe's)
    ("下午3时半数代表团出席", [900]),  # 半数, half of them: no half hour
    ("深夜十一时", [1380]),
    ("深夜2时", [120]),  # the small hours, 2 a.m. (a regression probe's: read as 14:00)
    ("晚间十二时", []),  # midnight, which the other versions say in words no reading knows: not noon
    ("上午九九时", []),  # a numeral that is no hour: no time, and no run that fails on it
])
def test_a_chinese_time_in_characters_is_its_time(text, minutes):
    assert sorted(extract_values(text, profile("zh")).times) == minutes


@pytest.mark.parametrize("lang, text, numbers", [
    # A raised digit after a number is a footnote's call or an exponent: `2022²` (a Word
    # reference whose footnote is gone) was the year 20222, `10⁶` the number 106 (a regression probe's).
    ("en", "decisions taken in 2022².", [2022]),
    ("en", "some 10⁶ people over 250 km²", [10, 250]),
    ("zh", "2022年²", [2022]),
])
def test_a_raised_digit_is_no_digit_of_the_number_before_it(lang, text, numbers):
    assert sorted(extract_values(text, profile(lang)).numbers) == numbers


def test_an_arabic_decimal_comma_is_read_as_the_decimal_it_is(tmp_path):
    source = "One speaker reported that his country had confiscated proceeds of crime amounting to 3.5 million dollars in 2022."
    versions = {
        "ru": "Один из выступавших сообщил, что в 2022 году его страна конфисковала доходы от преступлений на сумму 3,5 млн долларов.",
        "fr": "Un orateur a indiqué que son pays avait confisqué en 2022 un produit du crime d'un montant de 3,5 millions de dollars.",
        "es": "Un orador informó de que su país había decomisado en 2022 producto del delito por valor de 3,5 millones de dólares.",
        "ar": "وأفاد أحد المتكلمين بأن بلده صادر في عام 2022 عائدات الجرائم بقيمة 3,5 ملايين دولار.",
    }
    write_document(tmp_path, "p/10/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/10/s1", source, {**versions, "ar": versions["ar"].replace("3,5", "5,3")})
    assert num001_languages(tmp_path) == ["ar"]


AMOUNTS_SOURCE = ("The Office received 3.5 million dollars in 2022 and estimates the proceeds of the smuggling of "
                  "migrants at 7 billion dollars a year.")
AMOUNTS = {
    # Each language's own words for a million and a thousand millions; Chinese counts in ten
    # thousands (万) and hundreds of millions (亿); Spanish writes a billion as 7.000 millones.
    "zh": "办公室在2022年收到350万美元，估计偷运移民的收益每年达70亿美元。",
    "es": "La Oficina recibió 3,5 millones de dólares en 2022 y calcula que el producto del tráfico ilícito de migrantes "
          "asciende a 7.000 millones de dólares al año.",
    "ru": "В 2022 году Управление получило 3,5 млн. долларов и оценивает доходы от незаконного ввоза мигрантов "
          "в 7 млрд долларов в год.",
    "fr": "L'Office a reçu 3,5 millions de dollars en 2022 et estime le produit du trafic illicite de migrants à "
          "7 milliards de dollars par an.",
    "ar": "وتلقى المكتب 3,5 ملايين دولار في عام 2022، ويقدر عائدات تهريب المهاجرين بمبلغ 7 مليارات دولار سنويا.",
}


def test_amounts_in_millions_are_one_value_in_every_language_s_words(tmp_path):
    write_document(tmp_path, "p/11/s1", AMOUNTS_SOURCE, AMOUNTS)
    assert num001_languages(tmp_path) == []
    # Written in full in one version, the amount is the same value.
    write_document(tmp_path, "p/11/s1", AMOUNTS_SOURCE, {**AMOUNTS, "fr": AMOUNTS["fr"].replace("3,5 millions", "3 500 000")})
    assert num001_languages(tmp_path) == []
    # A wrong magnitude is a wrong amount: 35万 is a tenth of 3.5 million; 7 millions is not 7 billion.
    write_document(tmp_path, "p/11/s1", AMOUNTS_SOURCE, {**AMOUNTS, "zh": AMOUNTS["zh"].replace("350万", "35万"),
                                                         "fr": AMOUNTS["fr"].replace("7 milliards", "7 millions")})
    assert num001_languages(tmp_path) == ["fr", "zh"]


def test_millions_of_people_after_a_year_are_not_an_amount(tmp_path):
    # English writes an amount's magnitude in the singular (`3 million`); `millions` is the
    # noun, and after a year it is no multiplier: 'In 2022 millions' was read as 2,022,000,000
    # and every version's 2022 a wrong number.
    source = "In 2022 millions of migrants were forced to rely on smugglers, who earned 7 billion dollars."
    versions = {
        "ru": "В 2022 году миллионы мигрантов были вынуждены прибегать к услугам незаконных перевозчиков, "
              "заработавших 7 млрд долларов.",
        "fr": "En 2022, des millions de migrants ont dû recourir à des passeurs, qui ont gagné 7 milliards de dollars.",
        "es": "En 2022, millones de migrantes se vieron obligados a recurrir a traficantes, que ganaron "
              "7.000 millones de dólares.",
        "ar": "وفي عام 2022، اضطر ملايين المهاجرين إلى الاستعانة بالمهربين الذين جنوا 7 مليارات دولار.",
        "zh": "2022年，数百万移民被迫求助于偷运者，偷运者获利70亿美元。",
    }
    write_document(tmp_path, "p/12/s1", source, versions)
    assert num001_languages(tmp_path) == []
    # Five versions outvote the source; a translator checking two of them is not outvoted.
    write_document(tmp_path / "two", "p/12/s1", source, {lang: versions[lang] for lang in ("ru", "fr")})
    assert num001_languages(tmp_path / "two") == []


def test_chinese_tens_of_millions_are_one_magnitude(tmp_path):
    # 千万 is ten million (a thousand ten-thousands): 1.2千万 was read as 1.2千, 1,200.
    source = "The project received 12 million dollars."
    versions = {"zh": "该项目获得1.2千万美元。", "fr": "Le projet a reçu 12 millions de dollars."}
    write_document(tmp_path, "p/13/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/13/s1", source, {**versions, "zh": "该项目获得1.2百万美元。"})
    assert num001_languages(tmp_path) == ["zh"]


ORDINALS = {
    "ru": "Генеральная Ассамблея на своей 77-й сессии и Конференция на своей 11-й сессии приняли решения.",
    "fr": "L’Assemblée générale, à sa 77e session, et la Conférence, à sa 11e session, ont pris des décisions.",
    "es": "La Asamblea General, en su 77.º período de sesiones, y la Conferencia, en su 11.º período de sesiones, adoptaron decisiones.",
    "ar": "واتخذت الجمعية العامة في دورتها الـ77 والمؤتمر في دورته الـ11 قرارات.",
    "zh": "大会第77届会议和缔约方会议第11届会议作出了决定。",
}
ORDINAL_SOURCE = "The General Assembly at its 77th session and the Conference at its 11th session took decisions."


def test_ordinals_written_with_digits_are_their_numbers(tmp_path):
    # `77th`, `77e`, `11.º` were no numbers: a session number changed in one version passed.
    write_document(tmp_path, "p/7/s1", ORDINAL_SOURCE, ORDINALS)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/7/s1", ORDINAL_SOURCE, {**ORDINALS, "fr": ORDINALS["fr"].replace("11e", "12e")})
    assert num001_languages(tmp_path) == ["fr"]
    write_document(tmp_path, "p/7/s1", ORDINAL_SOURCE, {**ORDINALS, "es": ORDINALS["es"].replace("77.º", "76.º")})
    assert num001_languages(tmp_path) == ["es"]


def num_findings(root):
    result = run_hexaglot("check", str(root), "--no-glossary", "--select", "NUM", "--format", "json", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return sorted((f["lang"], f["code"]) for f in json.loads(result.stdout)["findings"])


def test_a_24_hour_time_is_a_time_in_english_and_arabic_as_in_the_other_versions(tmp_path):
    # English `10:00` was read as the numbers 10 and 0 and the Arabic one too, so that the
    # versions that read theirs as times were the wrong ones, two errors each.
    source = "The meeting will be held from 10:00 to 13:00."
    versions = {"es": "La reunión se celebrará de las 10:00 a las 13:00 horas.",
                "fr": "La réunion se tiendra de 10 h 00 à 13 h 00.",
                "ru": "Совещание состоится с 10:00 до 13:00.",
                "ar": "ستعقد الجلسة من الساعة 10:00 إلى الساعة 13:00.",
                "zh": "会议将于10时至13时举行。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "ar": "ستعقد الجلسة من الساعة 10:00 إلى الساعة 14:00."})
    assert num_findings(tmp_path) == [("ar", "NUM003")]


def test_versions_that_agree_with_each_other_and_not_with_the_source_are_each_reported(tmp_path):
    # A number a translation memory gave every version (39 for the source's 38): the versions
    # agreed with each other, the source was "the odd one", and nothing was said: exit 0.
    source = "In 2022, the Committee held 38 meetings."
    versions = {"es": "En 2022, el Comité celebró 39 sesiones.",
                "fr": "En 2022, le Comité a tenu 39 séances.",
                "ru": "В 2022 году Комитет провел 39 заседаний.",
                "ar": "في عام 2022، عقدت اللجنة 39 جلسة.",
                "zh": "2022年，委员会举行了39次会议。"}
    write_document(tmp_path, "p/1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    found = json.loads(result.stdout)["findings"]
    assert sorted(f["lang"] for f in found) == ["ar", "es", "fr", "ru", "zh"]
    assert {f["code"] for f in found} == {"NUM001"}
    assert "39 here and in 4 other versions, 38 in the source (2022 alike)" in found[0]["message"]
    # One version alone with the source's number: the four others are still each reported.
    write_document(tmp_path, "p/1", source, {**versions, "fr": "En 2022, le Comité a tenu 38 séances."})
    assert num_findings(tmp_path) == [("ar", "NUM001"), ("es", "NUM001"), ("ru", "NUM001"), ("zh", "NUM001")]


def test_a_chinese_month_of_a_year_is_a_date_not_two_numbers(tmp_path):
    versions = {"zh": "该报告于2022年6月印发。", "ru": "Доклад был выпущен в июне 2022 года.",
                "fr": "Le rapport a été publié en juin 2022.", "es": "El informe se publicó en junio de 2022.",
                "ar": "وقد صدر التقرير في حزيران/يونيه 2022."}
    write_document(tmp_path, "p/1", "The report was issued in June 2022.", versions)
    assert num_findings(tmp_path) == []
    # A month with its year is a date in every language (day 0): a wrong year is a wrong date.
    write_document(tmp_path, "p/1", "The report was issued in June 2022.", {**versions, "zh": "该报告于2021年6月印发。"})
    assert num_findings(tmp_path) == [("zh", "NUM002")]
    assert extract_values("该报告将在6个月内印发。", profile("zh")).numbers == {6: 1}  # six months: a count


@pytest.mark.parametrize("by_march", ["К марту 2024 года сообщения представили 20 государств.",
                                      "Ближе к марту 2024 года сообщения представили 20 государств.",
                                      "В сравнении с мартом 2024 года сообщения представили 20 государств."])
def test_a_russian_month_in_the_dative_is_a_date(tmp_path, by_march):
    # `к марту 2024 года` (by March 2024): the month was no date, the year a number of its own,
    # NUM001 and NUM002 on a correct version.
    versions = {"ru": by_march, "fr": "En mars 2024, 20 États avaient fait rapport.",
                "es": "Para marzo de 2024, 20 Estados habían presentado informes.",
                "zh": "截至2024年3月，已有20个国家提交报告。", "ar": "وبحلول آذار/مارس 2024، كانت 20 دولة قد قدمت تقارير."}
    write_document(tmp_path, "p/1", "By March 2024, 20 States had reported.", versions)
    assert num_findings(tmp_path) == []


def test_an_arabic_range_of_days_gives_both_days(tmp_path):
    versions = {"ar": "ستعقد الدورة في الفترة من 27 إلى 28 حزيران/يونيه 2022.",
                "ru": "Сессия состоится 27 и 28 июня 2022 года.", "fr": "La session se tiendra du 27 au 28 juin 2022.",
                "es": "El período de sesiones se celebrará del 27 al 28 de junio de 2022.",
                "zh": "届会将于2022年6月27日至28日举行。"}
    write_document(tmp_path, "p/1", "The session will be held from 27 to 28 June 2022.", versions)
    assert num_findings(tmp_path) == []



@pytest.mark.parametrize("ru, zh", [
    ("Конференция проходила в Вене с 12 по 16 октября 2020 года.", "会议于2020年10月12-16日在维也纳举行。"),
    ("Конференция проходила в Вене с 12 по 16 октября 2020 года.", "会议于2020年10月12日至16日在维也纳举行。"),
    ("Конференция проходила в Вене 12–16 октября 2020 года.", "会议于2020年10月12—16日在维也纳举行。"),
])
def test_a_range_of_days_of_one_month_gives_both_days_as_russian_and_chinese_write_it(tmp_path, ru, zh):
    # `с 12 по 16 октября` was the number 12 and the date 16 October (NUM001 and NUM002
    # errors on a correct translation), `10月12-16日` no date at all.
    versions = {"ar": "عُقد المؤتمر في فيينا في الفترة من 12 إلى 16 تشرين الأول/أكتوبر 2020.", "ru": ru,
                "fr": "La Conférence s’est tenue à Vienne du 12 au 16 octobre 2020.",
                "es": "La Conferencia se celebró en Viena del 12 al 16 de octubre de 2020.", "zh": zh}
    write_document(tmp_path, "p/1", "The Conference was held in Vienna from 12 to 16 October 2020.", versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", "The Conference was held in Vienna from 12 to 16 October 2020.",
                   {**versions, "ru": ru.replace("16", "17"), "zh": zh.replace("16", "17")})
    assert num_findings(tmp_path) == [("ru", "NUM002"), ("zh", "NUM002")]


def test_the_first_of_a_month_written_as_an_ordinal_is_the_day(tmp_path):
    # `1.º de julio` was July with no day, against `1 July` in the source (NUM002).
    versions = {"es": "El informe se presentó el 1.º de julio de 2023.", "fr": "Le rapport a été présenté le 1er juillet 2023."}
    write_document(tmp_path, "p/1", "The report was submitted on 1 July 2023.", versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", "The report was submitted on 1 July 2023.", {**versions, "es": "El informe se presentó el 1.º de junio de 2023."})
    assert num_findings(tmp_path) == [("es", "NUM002")]


def test_a_url_ends_where_chinese_text_goes_on_without_a_space():
    # Chinese puts no space after a URL: what follows was read as part of it (REF002), and the
    # page number or the symbol after it was lost (NUM001).
    url = "https://www.unodc.org/unodc/*/index.html"
    for text, numbers in [("见https://www.unodc.org/unodc/zh/index.html和附件。", {}),
                          ("见https://www.unodc.org/unodc/zh/index.html，第5页。", {5: 1}),
                          ("见https://www.unodc.org/unodc/zh/index.html（第5页）。", {5: 1})]:
        values = extract_values(text, profile("zh"))
        assert (values.urls, values.numbers) == ({url}, numbers), text
    values = extract_values("见https://www.unodc.org和A/77/123号文件。", profile("zh"))
    assert (values.urls, values.symbols) == ({"https://www.unodc.org"}, {"A/77/123"})


def test_an_address_printed_without_its_scheme_is_a_url():
    # UN footnotes print `www.unodc.org/…`: a version's `publication.html` for the source's
    # `publications.html` was no value, and no difference.
    for lang, text in [("en", "Available at www.unodc.org/unodc/en/human-trafficking/publications.html."),
                       ("ru", "Размещено по адресу: www.unodc.org/unodc/ru/human-trafficking/publications.html."),
                       ("zh", "可查阅www.unodc.org/unodc/zh/human-trafficking/publications.html。")]:
        assert extract_values(text, profile(lang)).urls == {"www.unodc.org/unodc/*/human-trafficking/publications.html"}, text
    assert extract_values("See www.unodc.org/unodc/en/publication.html.", profile("en")).urls == {"www.unodc.org/unodc/*/publication.html"}
    # The punctuation after it is the sentence's, in every language.
    for lang, text in [("ar", "انظر الموقع www.unodc.org، والموقع الآخر"), ("ar", "الموقع www.unodc.org؛ ثم"),
                       ("en", "Visit www.unodc.org!"), ("es", "Véase www.unodc.org…")]:
        assert extract_values(text, profile(lang)).urls == {"www.unodc.org"}, text
    # Not an address: a word ending in `www.` or an e-mail's host.
    assert extract_values("Write to info@www.example.org today.", profile("en")).urls == frozenset()


def test_a_24_hour_time_kept_as_the_source_writes_it_is_a_time_in_every_version(tmp_path):
    # A timetable or a program's text keeps `10:30` where UN style writes `10.30 horas`,
    # `10 h 30`, `10时30分`: Spanish, French and Chinese read it as the numbers 10 and 30, two
    # errors each ("10, 30 here, none in the source"; "10:30 in the source, none here").
    source = "The meeting will resume at 10:30."
    versions = {"es": "La sesión se reanudará a las 10:30.", "fr": "La séance reprendra à 10:30.",
                "ru": "Заседание возобновится в 10:30.", "ar": "تستأنف الجلسة في الساعة 10:30.",
                "zh": "会议将于10：30复会。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "fr": "La séance reprendra à 11:30."})
    assert num_findings(tmp_path) == [("fr", "NUM003")]


def test_an_amount_in_another_currency_is_found_where_its_number_is_the_same(tmp_path):
    # `2 350 000 евро` for `$2,350,000`: NUM001 compares the number, the same; the currency was
    # compared nowhere. A version that names no currency (said before) is not compared.
    source = "Contributions of $2,350,000 were received in 2022, of which US$ 1.5 million from the European Union."
    versions = {"fr": "Des contributions d'un montant de 2 350 000 dollars ont été reçues en 2022, dont 1,5 million de dollars "
                      "de l'Union européenne.",
                "ru": "В 2022 году были получены взносы в размере 2 350 000 долл. США, в том числе 1,5 млн долл. США от "
                      "Европейского союза.",
                "zh": "2022年收到捐款2,350,000美元，其中150万美元来自欧洲联盟。",
                "ar": "وقد وردت في عام 2022 تبرعات قدرها 000 350 2 دولار، منها 1.5 مليون دولار من الاتحاد الأوروبي.",
                "es": "En 2022 se recibieron contribuciones por valor de 2.350.000, de las cuales 1,5 millones procedían de la "
                      "Unión Europea."}
    write_document(tmp_path, "p/4/s1", source, versions)
    assert num_findings(tmp_path) == []
    wrong = versions["ru"].replace("2 350 000 долл. США", "2 350 000 евро").replace("1,5 млн долл. США", "1,5 млн евро")
    write_document(tmp_path, "p/4/s1", source, {**versions, "ru": wrong})
    assert num_findings(tmp_path) == [("ru", "NUM004")]
    # One amount's currency changed, the other's kept: the currencies in common passed it; each
    # amount is compared where both versions name its currency.
    write_document(tmp_path, "p/4/s1", source, {**versions, "ru": versions["ru"].replace("2 350 000 долл. США", "2 350 000 евро")})
    assert num_findings(tmp_path) == [("ru", "NUM004")]
    # Spanish names no currency for its amounts (said before): not compared, until it names a
    # wrong one.
    write_document(tmp_path, "p/4/s1", source, {**versions, "es": versions["es"].replace("1,5 millones", "1,5 millones de euros")})
    assert num_findings(tmp_path) == [("es", "NUM004")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Euro-Mediterranean Partnership and UEFA Euro 2024, in the euro area, after dollarization"),
    ("ru", "Долларизация экономики и рост в еврозоне в 2021 году"),
    ("zh", "2020年经济美元化，欧元区增长放缓"),
    ("ar", "بيانات يوروستات لعام 2020"),
    ("en", "5 million Canadian dollars and HK$10 million"),
    ("es", "el proyecto Dollar Street, con 20 personas"),
    ("en", "In 2023 the euro area grew; dollar-denominated bonds"),
    ("fr", "En 2023, la zone euro et le partenariat euro-méditerranéen"),
    ("ar", "في عام 2023 منطقة اليورو"),
])
def test_a_currency_named_with_no_amount_of_it_is_none(lang, text):
    # `the euro area`, `Euro 2024`, `Долларизация`, `美元化`, `Eurostat`, another country's
    # dollars, a name: no amount in euros or United States dollars, and NUM004 said so.
    assert extract_values(text, profile(lang)).currencies == frozenset()


@pytest.mark.parametrize("lang, text, currencies", [
    ("ru", "2 350 000 евро и 1,5 млн. долл. США", {"EUR", "USD"}),
    ("ar", "5 ملايين فرنك سويسري و3 ملايين بالفرنكات السويسرية", {"CHF"}),
    ("en", "SwF 1.2 million (US$ 1.3 million)", {"CHF", "USD"}),
    ("fr", "1,2 million de FS (1,3 million de dollars)", {"CHF", "USD"}),
    ("zh", "500万欧元和一百五十万美元", {"EUR", "USD"}),
    # an amount in words, or its number words away from its currency
    ("fr", "cinq millions de dollars", {"USD"}),
    ("ar", "خمسة ملايين دولار ومليوني يورو", {"USD", "EUR"}),
    ("en", "5.4 million United States dollars", {"USD"}),
    ("es", "2,5 mil millones de dólares", {"USD"}),
    ("fr", "1,2 million de FS", {"CHF"}),
    ("en", "5 million USD", {"USD"}),  # a code after the amount's magnitude
    ("ru", "5 млн EUR", {"EUR"}),
    ("fr", "L'euro a progressé face au dollar en 2023", set()),  # named, with no amount
])
def test_an_amount_s_currency_is_read_in_each_language_s_words_and_signs(lang, text, currencies):
    assert extract_values(text, profile(lang)).currencies == currencies


def test_a_ratio_a_vote_or_a_scale_written_with_a_colon_is_its_numbers_as_another_version_writes_them(tmp_path):
    # A colon between numbers is read as a clock (`10:30`); `1：10` (a ratio), `以12:10票` (a
    # vote) and `1:50.000` (a scale) are the numbers other versions write in words: a time here
    # and the numbers there are one text read two ways, no difference.
    for source, versions in [
        ("Migrants and smugglers were in a ratio of 1 to 10.",
         {"ru": "Мигранты и ввозчики соотносились как 1:10.", "zh": "偷运者与移民的比例为1：10。",
          "es": "La proporción entre traficantes y migrantes era de 1 a 10."}),
        ("The resolution was adopted by 12 votes to 10.",
         {"zh": "决议以12:10票通过。", "fr": "La résolution a été adoptée par 12 voix contre 10."}),
        ("Map scale 1 to 50,000.", {"es": "Escala del mapa 1:50.000.", "ru": "Масштаб карты 1:50 000."}),
    ]:
        write_document(tmp_path, "p/1", source, versions)
        assert num_findings(tmp_path) == [], source
    # A vote changed is still a number that differs.
    write_document(tmp_path, "p/1", "The resolution was adopted by 12 votes to 10.", {"zh": "决议以12:9票通过。"})
    assert num_findings(tmp_path) == [("zh", "NUM001")]  # `12:9` is no clock: the numbers 12 and 9
    # A vote reversed, and a meeting's number swapped with the hour: the same numbers, not in
    # the order of the other version's clock.
    write_document(tmp_path, "p/1", "The resolution was adopted by 12 votes to 10.", {"zh": "决议以10:12票通过。"})
    assert num_findings(tmp_path) == [("zh", "NUM001"), ("zh", "NUM003")]
    write_document(tmp_path, "p/1", "Meeting 11 will start at 10:30.", {"zh": "第10次会议将于11点30分开始。"})
    assert num_findings(tmp_path) == [("zh", "NUM001"), ("zh", "NUM003")]


def test_an_address_a_version_or_a_section_number_is_written_alike_not_a_number():
    # `192.168` was the number 192168 where a stop groups thousands, `2.1.3` the number 2.1, and
    # `27.06.2022` the number 27.06 (a date in digits, which is the date).
    for lang in ("en", "fr", "es", "ru", "zh", "ar"):
        values = extract_values("192.168.0.1 ; 2.1.3 ; 27.06.2022", profile(lang))
        assert (values.numbers, values.symbols, values.dates) == ({}, {"192.168.0.1", "2.1.3"}, {(27, 6, 2022)}), lang
    # A number whose thousands a stop groups stays a number.
    assert extract_values("1.500.000 dólares", profile("es")).numbers == {1_500_000: 1}


def test_symbols_of_one_letter_series_are_symbols():
    # The General Assembly's, the Security Council's and ECOSOC's series start with one letter.
    for lang, text, symbols in [
        ("en", "See A/77/123 and A/RES/77/1, S/2022/45 and E/CN.15/2022/1.", {"A/77/123", "A/RES/77/1", "S/2022/45", "E/CN.15/2022/1"}),
        ("zh", "见A/77/123号文件和S/RES/2625(2022)号决议。", {"A/77/123", "S/RES/2625"}),
        ("ru", "См. документ А/77/123.", {"А/77/123"}),  # a Cyrillic А: a (wrong) symbol, not nothing
        ("en", "Input/output (I/O) is N/A here; see the A/B test.", set()),
    ]:
        assert extract_values(text, profile(lang)).symbols == symbols, text


def test_a_wrong_general_assembly_symbol_is_found(tmp_path):
    source = "The report is contained in document A/77/123."
    versions = {"ru": "Доклад содержится в документе A/77/123.", "fr": "Le rapport figure dans le document A/77/123.",
                "es": "El informe figura en el documento A/77/123.", "ar": "ويرد التقرير في الوثيقة A/77/123.",
                "zh": "报告载于A/77/132号文件。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == [] and ("zh", "REF001") in [
        (f["lang"], f["code"]) for f in json.loads(run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "REF001",
                                                                "--format", "json", cwd=tmp_path).stdout)["findings"]]


@pytest.mark.parametrize("lang, text, numbers", [
    ("ar", "نحو ألفين وأربعمائة مهاجر", [2400]),  # the dual of ألف: two thousand (read as ألف, 1,400)
    ("ar", "ألفان وخمسمائة", [2500]),
    ("ar", "مليونين من الدولارات", [2_000_000]),
    ("zh", "估计为一百五十万美元", [1_500_000]),  # a numeral ending with 万 is an amount before any word
    ("zh", "一亿五千万人", [150_000_000]),
    ("zh", "举行了两届会议", [2]),  # 届, the measure word of sessions
])
def test_amounts_and_counts_in_words_as_arabic_and_chinese_write_them(lang, text, numbers):
    assert sorted(extract_values(text, profile(lang)).numbers.elements()) == numbers


def test_an_arabic_double_month_name_whose_halves_differ_is_both_dates():
    # `حزيران/يوليه` (June/July): only the first name was read, and the slip passed.
    assert extract_values("يوم 28 حزيران/يوليه 2022", profile("ar")).dates == {(28, 6, 2022), (28, 7, 2022)}
    assert extract_values("يوم 28 حزيران/يونيه 2022", profile("ar")).dates == {(28, 6, 2022)}


def test_a_symbol_written_with_full_width_characters_is_said_so(tmp_path):
    # Read through their width, `CTOC／COP／WG.7／2022／2` was the source's symbol: as written, no
    # search finds the document by it.
    write_document(tmp_path, "p/1", "See the background paper (CTOC/COP/WG.7/2022/2).",
                   {"zh": "见背景文件（CTOC／COP／WG.7／2022／2）。", "fr": "Voir le document d'information (CTOC/COP/WG.7/2022/2)."})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "REF001", "--format", "json", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["lang"] == "zh" and "'CTOC／COP／WG.7／2022／2'" in finding["message"]


def test_a_symbol_typed_with_a_look_alike_letter_is_said_so(tmp_path):
    # `А/78/123` with a Cyrillic А reads as the source's on screen: the finding quoted two
    # symbols that look the same, and said nothing of why they differ.
    versions = {"ru": "Доклад содержится в документе А/78/123.", "fr": "Le rapport figure dans le document A/78/123.",
                "es": "El informe figura en el documento A/78/123.", "ar": "ويرد التقرير في الوثيقة A/78/123.",
                "zh": "报告载于A/78/123号文件。"}
    write_document(tmp_path, "p/1", "The report is contained in document A/78/123.", versions)
    [finding] = [f for f in json.loads(run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "REF001", "--format",
                                                    "json", cwd=tmp_path).stdout)["findings"]]
    assert finding["lang"] == "ru" and finding["message"].endswith("('А' is cyrillic capital letter a, not 'A')")


def test_two_thirds_is_a_fraction_in_every_version_not_the_number_two(tmp_path):
    # The numerator of a fraction written in words was a number in English, French, Spanish
    # and Russian, and nothing in Arabic (ثلثا) and Chinese (三分之二): the correct Arabic and
    # Chinese versions were errors.
    versions = {"ar": "ورد ثلثا الدول الأطراف (65 في المائة).", "zh": "三分之二的缔约国（65%）作了答复。",
                "ru": "Ответы представили две трети государств-участников (65 процентов).",
                "fr": "Les deux tiers des États parties (65 %) ont répondu.",
                "es": "Respondieron dos tercios de los Estados partes (65 %)."}
    write_document(tmp_path, "p/1", "Two thirds of States parties (65 per cent) replied.", versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", "A two-thirds majority of States parties (65 per cent) replied.", versions)
    assert num_findings(tmp_path) == []
    # A count is still one: `two States` against `три государства`.
    write_document(tmp_path, "p/1", "Two States replied.", {"ru": "Ответили три государства."})
    assert num_findings(tmp_path) == [("ru", "NUM001")]


SESSION = {"fr": "La Conférence a adopté la résolution à sa onzième session.",
           "es": "La Conferencia aprobó la resolución en su undécimo período de sesiones.",
           "ru": "Конференция приняла резолюцию на своей одиннадцатой сессии.",
           "ar": "واعتمد المؤتمر القرار في دورته الحادية عشرة.",
           "zh": "缔约方会议在第十一届会议上通过了该决议。"}


def test_a_session_s_number_written_in_words_is_compared_in_every_version(tmp_path):
    # `eleventh session` was no number: a wrong session number passed in every version, and
    # a version that wrote it in digits (`11.º`, `第11届`) was an error against the source.
    source = "The Conference adopted the resolution at its eleventh session."
    write_document(tmp_path, "p/1", source, SESSION)
    assert num_findings(tmp_path) == []
    in_digits = {**SESSION, "es": "La Conferencia aprobó la resolución en su 11º período de sesiones.",
                 "zh": "缔约方会议在第11届会议上通过了该决议。"}
    write_document(tmp_path, "p/1", source, in_digits)
    assert num_findings(tmp_path) == []
    wrong = {**SESSION, "ru": "Конференция приняла резолюцию на своей десятой сессии.",
             "fr": "La Conférence a adopté la résolution à sa dixième session."}
    write_document(tmp_path, "p/1", source, wrong)
    assert num_findings(tmp_path) == [("fr", "NUM001"), ("ru", "NUM001")]
    # The seventy-seventh session of the General Assembly, in each language's words.
    versions = {"fr": "Soixante-dix-septième session", "es": "Septuagésimo séptimo período de sesiones",
                "ru": "Семьдесят седьмая сессия", "ar": "الدورة السابعة والسبعون", "zh": "第七十七届会议"}
    write_document(tmp_path, "masthead/session", "Seventy-seventh session", versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "masthead/session", "Seventy-seventh session", {**versions, "ar": "الدورة السادسة والسبعون"})
    assert num_findings(tmp_path) == [("ar", "NUM001")]


def test_a_session_s_number_left_out_with_its_clause_is_a_difference(tmp_path):
    # Chinese left out `and to present it to the Council at its fifty-sixth session`: a session's
    # ordinal was taken for a number word a phrase may leave out, and nothing was said.
    source = "Requests the Office to prepare a report and to present it to the Council at its fifty-sixth session;"
    versions = {"fr": "Prie le Haut-Commissariat d’établir un rapport et de le présenter au Conseil à sa cinquante-sixième session;",
                "es": "Solicita a la Oficina que prepare un informe y lo presente al Consejo en su 56º período de sesiones;",
                "ru": "просит Управление подготовить доклад и представить его Совету на его пятьдесят шестой сессии;",
                "ar": "يطلب إلى المفوضية أن تعد تقريرا وأن تقدمه إلى المجلس في دورته السادسة والخمسين؛",
                "zh": "请高级专员办事处编写一份报告，并提交人权理事会第五十六届会议；"}
    write_document(tmp_path, "op/6", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "op/6", source, {**versions, "zh": "请高级专员办事处编写一份报告；"})
    assert num_findings(tmp_path) == [("zh", "NUM001")]
    # Arabic writes the preposition onto the noun (`للاجتماع التاسع`, of the ninth meeting): read
    # as the meeting's number, not left out.
    source = "Information will be made available on the web page of the ninth meeting of the Working Group."
    versions = {"fr": "Des informations seront publiées sur la page Web de la neuvième réunion du Groupe de travail.",
                "es": "La información se publicará en la página web de la novena reunión del Grupo de Trabajo.",
                "ru": "Информация будет размещена на веб-странице девятого совещания Рабочей группы.",
                "ar": "ستُتاح المعلومات على الصفحة الشبكية للاجتماع التاسع للفريق العامل.",
                "zh": "将在工作组第九次会议网页上提供信息。"}
    write_document(tmp_path, "p/2", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/2", source, {**versions, "ar": "ستُتاح المعلومات على الصفحة الشبكية للاجتماع الثامن للفريق العامل."})
    assert num_findings(tmp_path) == [("ar", "NUM001")]
    # The first meeting is written in many ways (`首次会议`, `the opening meeting`, `la première
    # séance`), and an ordinal the source's words hide (`first substantive session`) is a
    # version's to give: neither is a difference.
    source = "The Conference held its first substantive session and the first meeting of its Bureau."
    versions = {"fr": "La Conférence a tenu sa première session de fond et la première séance de son Bureau.",
                "es": "La Conferencia celebró su primer período de sesiones sustantivo y la primera sesión de su Mesa.",
                "ru": "Конференция провела свою первую основную сессию и первое заседание своего Бюро.",
                "ar": "وعقد المؤتمر دورته الموضوعية الأولى والاجتماع الأول لمكتبه.",
                "zh": "缔约方会议举行了首届实质性会议和主席团首次会议。"}
    write_document(tmp_path, "p/3", source, versions)
    assert num_findings(tmp_path) == []
    # A version that names the sessions but whose ordinals its reader does not take in full
    # (coordinated, a plural, a compound) has not left them out.
    source = "The Conference adopted the resolution at its eleventh, twelfth and thirteenth sessions."
    versions = {"fr": "La Conférence a adopté la résolution à ses onzième, douzième et treizième sessions.",
                "es": "La Conferencia aprobó la resolución en sus períodos de sesiones undécimo, duodécimo y decimotercero.",
                "ru": "Конференция приняла резолюцию на своих одиннадцатой, двенадцатой и тринадцатой сессиях.",
                "ar": "واعتمد المؤتمر القرار في دوراته الحادية عشرة والثانية عشرة والثالثة عشرة.",
                "zh": "缔约方会议在第十一、第十二和第十三届会议上通过了该决议。"}
    write_document(tmp_path, "p/4", source, versions)
    assert num_findings(tmp_path) == []
    # ... while one that names a meeting still but no longer the session has left it out
    source = "The Commission, at its sixty-fifth session, adopted the report of the meeting."
    versions = {"fr": "La Commission a adopté le rapport de la réunion.", "es": "La Comisión aprobó el informe de la reunión.",
                "ru": "Комиссия утвердила доклад совещания.", "zh": "委员会通过了会议报告。",
                "ar": "واعتمدت اللجنة تقرير الاجتماع."}
    write_document(tmp_path, "p/5", source, versions)
    assert num_findings(tmp_path) == [(lang, "NUM001") for lang in ("ar", "es", "fr", "ru", "zh")]


def test_meetings_and_sessions_as_un_reports_write_them_are_the_same_numbers(tmp_path):
    # `At its 2nd meeting` against the Arabic `في جلسته الثانية` (the noun with its possessive),
    # coordinated ordinals, Spanish `primer período ordinario` and ordinals after `períodos de
    # sesiones`: correct versions were errors.
    cases = [
        ("At its 2nd meeting, on 28 June 2022, the Working Group adopted its report.",
         {"ar": "واعتمد الفريق العامل تقريره في جلسته الثانية، المعقودة في 28 حزيران/يونيه 2022.",
          "ru": "На своем втором заседании 28 июня 2022 года Рабочая группа утвердила свой доклад.",
          "fr": "À sa deuxième séance, le 28 juin 2022, le Groupe de travail a adopté son rapport.",
          "es": "En su segunda sesión, celebrada el 28 de junio de 2022, el Grupo de Trabajo aprobó su informe.",
          "zh": "工作组在2022年6月28日第二次会议上通过了报告。"}),
        ("The Conference considered the matter at its eleventh and twelfth sessions.",
         {"ar": "ونظر المؤتمر في المسألة في دورتيه الحادية عشرة والثانية عشرة.",
          "ru": "Конференция рассмотрела этот вопрос на своих одиннадцатой и двенадцатой сессиях.",
          "fr": "La Conférence a examiné la question à ses onzième et douzième sessions.",
          "es": "La Conferencia examinó la cuestión en sus períodos de sesiones undécimo y duodécimo.",
          "zh": "缔约方会议在第十一届和第十二届会议上审议了该事项。"}),
        ("The Board will meet at its first regular session of 2023.",
         {"es": "La Junta se reunirá en su primer período ordinario de sesiones de 2023.",
          "fr": "Le Conseil se réunira à sa première session ordinaire de 2023.",
          "ru": "Совет проведет заседание на своей первой очередной сессии 2023 года.",
          "ar": "وسيجتمع المجلس في دورته العادية الأولى لعام 2023.",
          "zh": "执行局将在2023年第一届常会上举行会议。"}),
    ]
    for source, versions in cases:
        write_document(tmp_path, "p/1", source, versions)
        assert num_findings(tmp_path) == [], source


def test_the_russian_un_journal_s_short_times_are_times(tmp_path):
    versions = {"ru": "Заседания состоятся с 10 ч. 00 м. до 13 ч. 00 м. и с 15 ч. 00 м. до 18 ч. 00 м.",
                "fr": "Les séances se tiendront de 10 heures à 13 heures et de 15 heures à 18 heures."}
    write_document(tmp_path, "p/1", "Meetings will be held from 10 a.m. to 1 p.m. and from 3 to 6 p.m.", versions)
    assert num_findings(tmp_path) == []


@pytest.mark.parametrize("text, minutes", [
    ("Совещание откроется в 10 часов.", {600}),
    ("Совещание откроется в 10 часов утра.", {600}),
    ("Заседание начнется в 3 часа дня.", {900}),
    ("Прием состоится в 7 часов вечера.", {1140}),
    ("Заседания будут проводиться с 10 до 13 часов.", {600, 780}),
    ("Заседания будут проводиться с 15 до 18 час.", {900, 1080}),
    ("Совещание откроется в 10.00.", {600}),
    ("Совещание откроется в понедельник, 27 июня, в 10 час. 00 мин.", {600}),
    ("Совещание откроется в 10 час. 30 мин.", {630}),
    ("Совещание откроется около 10 часов утра.", {600}),
    ("Регистрация откроется после 15 часов.", {900}),
    ("Смена длится с 22 до 2 часов ночи.", {1320, 120}),
    ("Заседания будут проводиться с 10.00 до 13.00 и с 15.00 до 18.00.", {600, 780, 900, 1080}),
])
def test_russian_clock_times_in_hours_and_with_a_stop_are_times(text, minutes):
    # `в 10 часов`, `с 10 до 13 часов`, `в 3 часа дня`, `в 10.00`: the times of UN Russian
    # announcements, read as the numbers 10 and 13 (NUM001 and NUM003 on correct text).
    values = extract_values(text, profile("ru"))
    assert (set(values.times), dict(values.numbers)) == (minutes, {})


@pytest.mark.parametrize("lang, text, minutes", [
    ("fr", "Les séances se tiendront de 10 à 13 heures.", {600, 780}),
    ("fr", "La permanence est assurée de 22 à 2 heures.", {1320, 120}),
    ("es", "Las sesiones se celebrarán de 10 a 13 horas.", {600, 780}),
    ("es", "Las solicitudes se recibirán antes de las 18 horas.", {1080}),
    ("es", "La oficina abrirá a partir de las 9 horas.", {540}),
    ("es", "El turno de noche va de las 22 a las 2 horas.", {1320, 120}),
    ("fr", "Les consultations auront lieu entre 15 et 18 heures.", {900, 1080}),
    ("es", "Las sesiones se celebrarán de las 15 a las 18 horas.", {900, 1080}),
    ("es", "La sesión se abrirá a las 10 horas.", {600}),
])
def test_a_french_or_spanish_range_of_whole_hours_is_two_times(lang, text, minutes):
    # The hour written once after the range (`de 10 à 13 heures`): its first end was the number
    # 10, NUM001 and NUM003 on correct text.
    values = extract_values(text, profile(lang))
    assert (set(values.times), dict(values.numbers)) == (minutes, {})


@pytest.mark.parametrize("lang, text, numbers", [
    ("ru", "Задержанный должен предстать перед судьей в течение 48 часов.", {48: 1}),
    ("ru", "Подозреваемых могут задерживать до 72 часов.", {72: 1}),
    ("ru", "Судно находилось в море 10 часов.", {10: 1}),
    ("ru", "Ответ был получен через 3 часа.", {3: 1}),
    # (a regression probe's: about, after, within a day, every, from … down to, a section, a factor)
    ("ru", "После 12 часов переговоров стороны договорились.", {12: 1}),
    ("ru", "Ответ должен быть дан в 24 часа.", {24: 1}),
    ("ru", "Лекарство принимают раз в 4 часа.", {4: 1}),
    ("ru", "Это указано в 10.12 доклада.", {10.12: 1}),
    ("ru", "Число выросло в 2.25 раза.", {2.25: 1}),
    ("es", "El servicio está disponible las 24 horas del día.", {24: 1}),
    ("es", "Debe informarse dentro de las 72 horas siguientes.", {72: 1}),
    ("fr", "La garde à vue est passée de 48 à 72 heures.", {48: 1, 72: 1}),
])
def test_hours_that_last_are_no_times(lang, text, numbers):
    # A length of time is a number as the source's `24 hours` is.
    values = extract_values(text, profile(lang))
    assert (set(values.times), dict(values.numbers)) == (set(), numbers), text


@pytest.mark.parametrize("source, versions, wrong", [
    # Whole hours a version writes alike for the clock and for a length: read as the source
    # reads them (two regression probes found each reading wrong for the other's sentences).
    ("Shifts last from 8 to 12 hours.", {"es": "Los turnos duran de 8 a 12 horas.", "fr": "Les postes durent de 8 à 12 heures.",
                                         "ru": "Смены длятся от 8 до 12 часов."}, {"es": "Los turnos duran de 8 a 14 horas."}),
    ("The office is open from 8 a.m. to 6 p.m.", {"es": "La oficina está abierta de 8 a 18 horas.",
                                                   "fr": "Le bureau est ouvert de 8 à 18 heures.",
                                                   "ru": "Бюро открыто с 8 до 18 часов."}, {"fr": "Le bureau est ouvert de 8 à 17 heures."}),
    ("The curfew runs from 7 p.m. to 7 a.m.", {"es": "El toque de queda rige de las 19 a las 7 horas.",
                                               "fr": "Le couvre-feu s'applique de 19 à 7 heures.",
                                               "ru": "Комендантский час действует с 19 до 7 часов."},
     {"ru": "Комендантский час действует с 20 до 7 часов."}),
    ("Detention may not exceed 48 hours.", {"fr": "La garde à vue ne peut excéder 48 heures."},
     {"fr": "La garde à vue ne peut excéder 72 heures."}),
    ("Registration opens after 3 p.m.", {"ru": "Регистрация откроется после 15 часов."}, {"ru": "Регистрация откроется после 16 часов."}),
    ("The talks lasted about 10 hours.", {"ru": "Переговоры длились около 10 часов."}, {"ru": "Переговоры длились около 12 часов."}),
    ("Shifts were cut from 6 to 3 hours.", {"ru": "Смены сократили с 6 до 3 часов.", "es": "Los turnos se redujeron de 6 a 3 horas."},
     {"es": "Los turnos se redujeron de 6 a 4 horas."}),
    ("The meeting will start at 10 a.m. and last 3 hours.", {"fr": "La réunion commencera à 10 heures et durera 3 heures.",
                                                             "es": "La reunión comenzará a las 10 horas y durará 3 horas."},
     {"fr": "La réunion commencera à 3 heures et durera 10 heures."}),
    ("Comments must be submitted by 5 p.m. within 48 hours.",
     {"ru": "Замечания должны быть представлены до 17 часов в течение 48 часов.",
      "fr": "Les observations doivent être soumises avant 17 heures dans un délai de 48 heures.",
      "es": "Las observaciones deben presentarse antes de las 17 horas en un plazo de 48 horas."},
     {"ru": "Замечания должны быть представлены до 18 часов в течение 48 часов."}),
    ("Detention may last up to 12 hours.", {"ru": "Задержание может длиться до 12 часов."},
     {"ru": "Задержание может длиться до 14 часов."}),
    # Chinese and Arabic write the clock unmistakably: a clock time for a length is found
    ("The talks lasted 10 hours.", {"zh": "会谈持续了10小时。", "ar": "استمرت المحادثات 10 ساعات."},
     {"zh": "会谈于上午10时举行。"}),
    # (a final regression probe's: an hour and a length swapped is found, the source having a time)
    ("The meeting will start at 10 a.m. and last 3 hours.", {"ru": "Заседание начнется в 10 часов и продлится 3 часа."},
     {"ru": "Заседание начнется в 3 часа и продлится 10 часов."}),
])
def test_whole_hours_are_read_as_the_source_reads_them(tmp_path, source, versions, wrong):
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, **wrong})  # ... and a wrong hour is still one
    assert num_findings(tmp_path) != []


def test_a_wrong_russian_hour_is_said_as_the_hour(tmp_path):
    source = "Meetings will be held from 10 a.m. to 1 p.m."
    write_document(tmp_path, "p/1", source, {"ru": "Заседания будут проводиться с 10 до 13 часов."})
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {"ru": "Заседания будут проводиться с 10 до 14 часов."})
    assert num_findings(tmp_path) == [("ru", "NUM003")]


def test_arabic_duals_and_a_range_of_meetings_are_their_numbers(tmp_path):
    # `صوتين` (two votes) and `جلساتها من الأولى إلى الرابعة` (its 1st to 4th meetings) gave
    # no number: correct Arabic was an error against the source's digits.
    write_document(tmp_path, "p/1", "The resolution was adopted by 32 votes to 2, with 49 abstentions.",
                   {"ar": "واعتُمد القرار بأغلبية 32 صوتاً مقابل صوتين، وامتناع 49 عضواً عن التصويت."})
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", "The Working Group held its 1st to 4th meetings in Vienna.",
                   {"ar": "وعقد الفريق العامل جلساته من الأولى إلى الرابعة في فيينا."})
    assert num_findings(tmp_path) == []


# UN style spells a number that opens a sentence; the versions write it as their own rules say,
# in words or in digits.
SPELLED_SOURCE = "Twenty-five States had ratified the Protocol by 30 June 2022, and 112 had signed it."
SPELLED = {
    "ru": "К 30 июня 2022 года Протокол ратифицировали двадцать пять государств, а подписали его сто двенадцать.",
    "fr": "Au 30 juin 2022, vingt-cinq États avaient ratifié le Protocole et cent douze l'avaient signé.",
    "es": "Al 30 de junio de 2022, veinticinco Estados habían ratificado el Protocolo y ciento doce lo habían firmado.",
    "ar": "وبحلول 30 حزيران/يونيه 2022، كانت خمس وعشرون دولة قد صدّقت على البروتوكول ووقّعت عليه مائة واثنتا عشرة دولة.",
    "zh": "截至2022年6月30日，已有二十五个国家批准了该议定书，一百一十二个国家签署了该议定书。",
}


def test_a_number_spelled_in_words_of_a_compound_is_that_number(tmp_path):
    # Word by word, `двадцать пять` was 5 and `vingt-cinq` nothing: an error in every correct
    # version, and `Twenty-five` in the source no number at all.
    write_document(tmp_path, "p/3/s1", SPELLED_SOURCE, SPELLED)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/3/s1", SPELLED_SOURCE.replace("Twenty-five", "25"), SPELLED)
    assert num001_languages(tmp_path) == []


@pytest.mark.parametrize("lang, wrong", [
    ("ru", ("двадцать пять", "двадцать шесть")),
    ("fr", ("cent douze", "cent vingt")),
    ("es", ("veinticinco", "veintiséis")),
    ("ar", ("خمس وعشرون", "ست وعشرون")),
    ("zh", ("二十五个", "二十六个")),
])
def test_a_wrong_number_in_words_is_found(tmp_path, lang, wrong):
    write_document(tmp_path, "p/3/s1", SPELLED_SOURCE, {**SPELLED, lang: SPELLED[lang].replace(*wrong)})
    assert num001_languages(tmp_path) == [lang]


@pytest.mark.parametrize("lang, text, numbers", [
    ("en", "one hundred and twelve States, two-thirds of them", {112.0: 1, 2.0: 0, 100.0: 0}),
    ("fr", "quatre-vingt-dix-sept, soixante et onze, vingt et un, deux cents États", {97.0: 1, 71.0: 1, 21.0: 1, 200.0: 1}),
    ("fr", "quinze pour cent des États", {15.0: 1, 100.0: 0}),
    ("fr", "neuf États, un bâtiment remis à neuf et un ordinateur tout neuf", {9.0: 1}),  # `neuf`, new
    ("fr", "des enfants de huit à neuf ans", {8.0: 1, 9.0: 1}),
    # Thousands of: no number
    ("ru", "тысячи мигрантов и десятки тысяч беженцев, но тысяча экспертов", {1000.0: 1}),
    ("en", "several thousand migrants and thousands of refugees", {1000.0: 0}),
    # The tens of a compound ordinal are no cardinal
    ("ru", "по случаю семьдесят пятой годовщины Организации", {70.0: 0, 75.0: 0}),
    ("fr", "à la soixante-quinzième année", {60.0: 0, 75.0: 0}),
    # ... but a century's ordinal is its number, in every version (`XXIe siècle`, `21世纪`)
    ("fr", "au vingt et unième siècle", {20.0: 0, 21.0: 1}),
    # An Arabic number that begins with an ordinal unit is an ordinal (the seventy-fifth), as
    # no other version writes it as a number; a century's is its number
    ("ar", "الذكرى السنوية الخامسة والسبعين للأمم المتحدة في القرن التاسع عشر", {75.0: 0, 19.0: 1, 5.0: 0, 70.0: 0, 10.0: 0}),
    # The accusative of a count past ten, and the triennium
    ("ar", "من 15 مليون إلى 18 مليونا في فترة السنوات الثلاث", {15000000.0: 1, 18000000.0: 1, 18.0: 0, 3.0: 0}),
    ("es", "treinta y cinco, ciento doce; el quince por ciento", {35.0: 1, 112.0: 1, 15.0: 1, 100.0: 0}),
    ("ru", "двухсот двадцати пяти государств и двадцати одного", {225.0: 1, 21.0: 1, 5.0: 0}),
    ("ar", "ثلاث عشرة دولة و65 في المائة", {13.0: 1, 65.0: 1, 100.0: 0}),
    # Between five and ten: two numbers, not fifteen (Arabic puts units first only with tens).
    ("en", "between five and ten experts", {5.0: 1, 10.0: 1, 15.0: 0}),
    ("ar", "بين خمسة وعشرة خبراء", {5.0: 1, 10.0: 1, 15.0: 0}),
    ("zh", "几十个国家和二〇二二年", {10.0: 0, 2.0: 0}),
    ("zh", "一百零五名专家", {105.0: 1}),
    # ى written as ي by the normaliser: `إحدى` is one, eleven with عشرة, fifty-one with وخمسون
    ("ar", "إحدى عشرة دولة و إحدى وخمسون دولة", {11.0: 1, 51.0: 1, 10.0: 0, 50.0: 0}),
    # An age written as an ordinal (`دون الثامنة عشرة`, under the eighteenth year) is an ordinal,
    # not the ten of عشرة; `عشرات` is "dozens of"
    ("ar", "الأشخاص دون الثامنة عشرة من العمر وعشرات الدول", {18.0: 0, 10.0: 0, 8.0: 0}),
    # Thousands: spelled before a thousand, and inside a compound
    ("fr", "Dix mille migrants, mille cinq cents experts", {10000.0: 1, 1500.0: 1, 10.0: 0, 500.0: 0}),
    ("ar", "عشرة آلاف مهاجر وألف وخمسمائة خبير وخمسمائة ألف دولار وآلاف المهاجرين", {10000.0: 1, 1500.0: 1, 500000.0: 1, 1000.0: 0}),
    ("en", "one thousand five hundred migrants, 10 thousand experts", {1500.0: 1, 10000.0: 1, 1000.0: 0, 500.0: 0}),
    ("ru", "тысяча пятьсот мигрантов и 3 тысячи экспертов", {1500.0: 1, 3000.0: 1, 1000.0: 0}),
    ("zh", "一万名移民和五至十个国家", {10000.0: 1, 5.0: 1, 10.0: 1}),
    # The UN's Decades and bienniums are no counts; twenty years is
    ("zh", "国际十年、2022-2023两年期和二十年", {10.0: 0, 2.0: 0, 20.0: 1}),
    ("ar", "فترة السنتين 2022-2023 وامتنعت دولتان", {2.0: 1}),
    # Fractions in words are no numbers of the text
    ("es", "las dos terceras partes y las tres cuartas partes", {2.0: 0, 3.0: 0}),
    ("ar", "ثلاثة أرباع الدول", {3.0: 0}),
    # A decade: `the 1990s` is 1990, as `1990-х` and `1990年代` are
    ("en", "in the 1990s", {1990.0: 1}),
])
def test_the_words_of_one_number_are_read_as_one(lang, text, numbers):
    found = extract_values(text, profile(lang)).numbers
    assert {value: found[value] for value in numbers} == numbers


MONTH_SOURCE = "The Working Group will meet again in June 2023, after the Conference in October 2022."
MONTHS = {
    "ru": "Рабочая группа вновь соберется в июне 2023 года, после Конференции в октябре 2022 года.",
    "fr": "Le Groupe de travail se réunira de nouveau en juin 2023, après la Conférence d'octobre 2022.",
    "es": "El Grupo de Trabajo volverá a reunirse en junio de 2023, tras la Conferencia de octubre de 2022.",
    "ar": "وسيجتمع الفريق العامل مرة أخرى في حزيران/يونيه 2023، بعد المؤتمر في تشرين الأول/أكتوبر 2022.",
    "zh": "工作组将在2022年10月缔约方会议之后于2023年6月再次举行会议。",
}


def test_months_listed_before_their_year_are_each_a_date(tmp_path):
    # `in June and July 2022`: the other versions kept the last month and Chinese the first,
    # a NUM002 error on the correct Chinese; a wrong first month passed.
    source = "Consultations were held in June and July 2022."
    versions = {"ru": "Консультации проводились в июне и июле 2022 года.", "fr": "Des consultations ont eu lieu en juin et juillet 2022.",
                "es": "Se celebraron consultas en junio y julio de 2022.", "ar": "وأُجريت مشاورات في حزيران/يونيه وتموز/يوليه 2022.",
                "zh": "2022年6月和7月举行了磋商。"}
    write_document(tmp_path, "p/5/s1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/5/s1", source, {**versions, "fr": versions["fr"].replace("en juin", "en mai")})
    assert num_findings(tmp_path) == [("fr", "NUM002")]
    # The preposition said again before the second month (`en juin et en juillet`)
    write_document(tmp_path, "p/5/s1", source, {**versions, "fr": versions["fr"].replace("et juillet", "et en juillet")})
    assert num_findings(tmp_path) == []


@pytest.mark.parametrize("lang, wrong", [("ru", ("в июне", "в июле")), ("zh", ("2023年6月", "2023年7月")),
                                         ("ar", ("حزيران/يونيه", "تموز/يوليه")), ("es", ("junio", "julio"))])
def test_a_month_named_with_its_year_is_a_date(tmp_path, lang, wrong):
    # Read as the year alone, `в июле 2023 года` passed for `in June 2023` in every version.
    write_document(tmp_path, "p/4/s1", MONTH_SOURCE, MONTHS)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/4/s1", MONTH_SOURCE, {**MONTHS, lang: MONTHS[lang].replace(*wrong)})
    assert num_findings(tmp_path) == [(lang, "NUM002")]


RANGE_SOURCE = "The number of migrants smuggled by sea rose from 15 to 18 million between 2019 and 2021."
RANGE = {
    # Chinese writes the magnitude after both numbers; the others once, after the second.
    "zh": "2019年至2021年期间，经海路偷运的移民人数从1500万增至1800万。",
    "fr": "Le nombre de migrants introduits clandestinement par mer est passé de 15 à 18 millions entre 2019 et 2021.",
    "es": "El número de migrantes objeto de tráfico ilícito por mar aumentó de 15 a 18 millones entre 2019 y 2021.",
    "ru": "В период с 2019 по 2021 год число мигрантов, незаконно ввезенных морем, выросло с 15 до 18 млн.",
    "ar": "وارتفع عدد المهاجرين المهرَّبين بحرا من 15 إلى 18 مليونا بين عامي 2019 و2021.",
}


def test_a_range_that_names_its_magnitude_once_is_millions_at_both_ends(tmp_path):
    write_document(tmp_path, "p/12/s1", RANGE_SOURCE, RANGE)
    assert num001_languages(tmp_path) == []
    # ... and a range's wrong first number is still found.
    write_document(tmp_path, "p/12/s1", RANGE_SOURCE, {**RANGE, "zh": RANGE["zh"].replace("1500万", "1600万")})
    assert num001_languages(tmp_path) == ["zh"]


# `both` is `les deux`, `los dos`, `оба`, `كلا`, `两份`: French and Spanish write a number word
# where English has none; the age of five is `五岁以下` (岁 counts years of age, no measure word).
BOTH_SOURCE = "Both reports submitted in 2021 found that children under the age of five accounted for 12 per cent of victims."
BOTH = {
    "fr": "Les deux rapports présentés en 2021 ont établi que les enfants de moins de cinq ans représentaient 12 % des victimes.",
    "es": "Los dos informes presentados en 2021 determinaron que los niños menores de cinco años representaban el 12 % de las víctimas.",
    "ru": "В обоих докладах, представленных в 2021 году, установлено, что на детей в возрасте до пяти лет приходилось 12 процентов жертв.",
    "ar": "وخلص كلا التقريرين المقدمين في عام 2021 إلى أن الأطفال دون سن الخامسة يمثلون 12 في المائة من الضحايا.",
    "zh": "2021年提交的两份报告均认定，五岁以下儿童占受害者的12%。",
}


def test_a_number_word_where_another_version_has_no_number_is_a_phrase_beside_digits(tmp_path):
    write_document(tmp_path, "p/14/s1", BOTH_SOURCE, BOTH)
    assert num001_languages(tmp_path) == []
    # A word against another number is still a difference, and so is a digit.
    write_document(tmp_path, "p/14/s1", BOTH_SOURCE, {**BOTH, "ru": BOTH["ru"].replace("пяти", "шести")})
    assert num001_languages(tmp_path) == ["ru"]
    write_document(tmp_path, "p/14/s1", BOTH_SOURCE, {**BOTH, "es": BOTH["es"].replace("12 %", "21 %")})
    assert num001_languages(tmp_path) == ["es"]


DECADE_SOURCE = "In the 1990s, 12 States ratified the Convention."
DECADE = {
    # Chinese names the century and the decade; Spanish, French and Arabic write the decade in
    # words or by its tens; Russian by its first year.
    "zh": "在20世纪90年代，有12个国家批准了该公约。",
    "es": "En los años noventa, 12 Estados ratificaron la Convención.",
    "fr": "Dans les années 90, 12 États ont ratifié la Convention.",
    "ar": "وفي التسعينيات، صدقت 12 دولة على الاتفاقية.",
    "ru": "В 1990-х годах Конвенцию ратифицировали 12 государств.",
}


def test_a_decade_is_its_first_year_however_a_version_writes_it(tmp_path):
    write_document(tmp_path, "p/15/s1", DECADE_SOURCE, DECADE)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/15/s1", DECADE_SOURCE, {**DECADE, "zh": DECADE["zh"].replace("90年代", "80年代")})
    assert num001_languages(tmp_path) == ["zh"]


def test_a_translation_that_is_its_source_copied_has_the_source_s_values(tmp_path):
    # The dates of a masthead left in English in the Chinese catalog: CONS003 says it is the
    # source copied; read by Chinese rules it was also three numbers and no date, "none in the
    # source", two errors that are not there.
    source = "Vienna, 13–17 March 2023"
    versions = {"fr": "Vienne, 13-17 mars 2023", "es": "Viena, 13 a 17 de marzo de 2023",
                "ru": "Вена, 13–17 марта 2023 года", "ar": "فيينا، 13-17 آذار/مارس 2023", "zh": source}
    write_document(tmp_path, "masthead/dates", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    codes = sorted((f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"])
    assert ("CONS003", "zh") in codes and not [c for c in codes if c[0].startswith("NUM")], codes


def test_an_address_right_after_chinese_text_is_the_address_alone(tmp_path):
    # Chinese writes an address right after its text: `\w` took the sentence, its date with it,
    # for the address, two errors (REF005, NUM002) on a correct version.
    source = "Replies should be sent by 31 March 2023 to unodc-som@un.org."
    versions = {"zh": "答复应于2023年3月31日前发送至unodc-som@un.org。",
                "fr": "Les réponses doivent être envoyées d’ici au 31 mars 2023 à unodc-som@un.org.",
                "es": "Las respuestas deberán enviarse a más tardar el 31 de marzo de 2023 a unodc-som@un.org.",
                "ru": "Ответы следует направлять до 31 марта 2023 года по адресу unodc-som@un.org.",
                "ar": "ينبغي إرسال الردود في موعد أقصاه 31 آذار/مارس 2023 إلى unodc-som@un.org."}
    write_document(tmp_path, "p/16/s1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"]] == []
    write_document(tmp_path, "p/16/s1", source, {**versions, "zh": versions["zh"].replace("unodc-som", "unodc-smo")})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"]] == [("REF005", "zh")]


def test_each_version_linking_its_own_language_s_file_is_one_url(tmp_path):
    # UNODC's files end with their language's letter: five correct versions were five REF002.
    folder = "https://www.unodc.org/documents/treaties/WG_SOM/CTOC_COP_WG.7_2022_2"
    source = f"The report is available at {folder}_E.pdf."
    versions = {"fr": f"Le rapport est disponible à l’adresse {folder}_F.pdf.",
                "es": f"El informe puede consultarse en {folder}_S.pdf.",
                "ru": f"С докладом можно ознакомиться по адресу {folder}_R.pdf.",
                "ar": f"والتقرير متاح في الموقع {folder}_A.pdf.",
                "zh": f"报告可查阅{folder}_C.pdf。"}
    write_document(tmp_path, "p/3/s1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["findings"] == []
    # Another document is another URL still.
    write_document(tmp_path, "p/3/s1", source, {**versions, "ru": versions["ru"].replace("2022_2_R", "2022_3_R")})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"]] == [("REF002", "ru")]


CITATION_SOURCE = "In accordance with article 6, paragraph 2 (b), of the Protocol, children as young as 3 years old were protected."
CITATION = {
    # Chinese cites a treaty's parts in characters (第六条第二款) and counts years of age with 岁.
    "zh": "根据议定书第六条第二款(b)项，年仅三岁的儿童也得到了保护。",
    "fr": "Conformément à l’article 6, paragraphe 2 b), du Protocole, des enfants âgés d’à peine 3 ans ont été protégés.",
    "es": "De conformidad con el artículo 6, párrafo 2 b), del Protocolo, se protegió a niños de apenas 3 años de edad.",
    "ru": "В соответствии с пунктом 2 (b) статьи 6 Протокола защиту получили даже трехлетние дети в возрасте 3 лет.",
    "ar": "ووفقا للفقرة 2 (ب) من المادة 6 من البروتوكول، حظي بالحماية أطفال لا تتجاوز أعمارهم 3 سنوات.",
}


def test_a_treaty_s_parts_and_an_age_written_in_chinese_numerals_are_numbers(tmp_path):
    write_document(tmp_path, "p/4/s1", CITATION_SOURCE, CITATION)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/4/s1", CITATION_SOURCE, {**CITATION, "zh": CITATION["zh"].replace("第六条", "第七条")})
    assert num001_languages(tmp_path) == ["zh"]


ANNIVERSARY_SOURCE = "The Conference marked the seventy-fifth anniversary of the United Nations in 2020."
ANNIVERSARY = {
    # Spanish, French and Russian write the ordinal in digits, Chinese the anniversary's count;
    # English and Arabic spell it, and an ordinal in words is read only as a session's number.
    "es": "La Conferencia conmemoró en 2020 el 75º aniversario de las Naciones Unidas.",
    "fr": "La Conférence a célébré en 2020 le 75e anniversaire de l’Organisation des Nations Unies.",
    "ru": "В 2020 году Конференция отметила 75-летие Организации Объединенных Наций.",
    "zh": "缔约方会议在2020年纪念了联合国成立75周年。",
    "ar": "واحتفل المؤتمر في عام 2020 بالذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة.",
}


def test_an_ordinal_in_digits_where_another_version_spells_it_is_no_difference(tmp_path):
    write_document(tmp_path, "p/7/s1", ANNIVERSARY_SOURCE, ANNIVERSARY)
    assert num001_languages(tmp_path) == []
    # A wrong year beside it is still found.
    write_document(tmp_path, "p/7/s1", ANNIVERSARY_SOURCE, {**ANNIVERSARY, "es": ANNIVERSARY["es"].replace("2020", "2021")})
    assert num001_languages(tmp_path) == ["es"]


def test_arabic_numbers_its_roman_sub_items_as_labels_not_values(tmp_path):
    # (i) is ’1‘ in UN Arabic: a label, read as the number 1 against none in the source.
    source = "(i) Producing a fraudulent travel or identity document for 5 migrants;"
    versions = {"ar": "’1‘ إعداد وثيقة سفر أو هوية انتحالية لخمسة مهاجرين؛",
                "fr": "i) Fabriquer un document de voyage ou d’identité frauduleux pour 5 migrants ;",
                "es": "i) Crear un documento de viaje o de identidad falso para 5 migrantes;",
                "ru": "i) изготовление поддельного документа на въезд/выезд или удостоверения личности для 5 мигрантов;",
                "zh": "㈠ 为5名移民制作欺诈性旅行或身份证件；"}
    write_document(tmp_path, "p/4/i", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/4/i", source, {**versions, "ar": versions["ar"].replace("لخمسة", "لستة")})
    assert num001_languages(tmp_path) == ["ar"]


def test_a_russian_time_written_without_stops_is_a_time(tmp_path):
    # `10 ч 00 м`, as current UN Russian writes a time: read as two numbers and no time, a
    # correct schedule was NUM001 and NUM003 on every row.
    source = "Meetings will be held from 10 a.m. to 1 p.m. and from 3 to 6 p.m."
    versions = {"ru": "Заседания будут проходить с 10 ч 00 м до 13 ч 00 м и с 15 ч 00 м до 18 ч 00 м.",
                "fr": "Les séances se tiendront de 10 heures à 13 heures et de 15 heures à 18 heures.",
                "es": "Las sesiones se celebrarán de las 10.00 a las 13.00 horas y de las 15.00 a las 18.00 horas.",
                "ar": "وستُعقد الجلسات من الساعة 00/10 إلى الساعة 00/13 ومن الساعة 00/15 إلى الساعة 00/18.",
                "zh": "会议时间为上午10时至下午1时和下午3时至6时。"}
    write_document(tmp_path, "annex/r2", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"] if f["lang"] == "ru"] == []
    write_document(tmp_path, "annex/r2", source, {**versions, "ru": versions["ru"].replace("18 ч", "17 ч")})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--format", "json", cwd=tmp_path)
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"] if f["lang"] == "ru"] == [("NUM003", "ru")]


def test_noon_written_as_a_word_is_twelve_o_clock_in_french_as_in_english(tmp_path):
    # `de 10 heures à midi` gave French one time, 10:00, against 10:00 and 12:00 elsewhere:
    # NUM003 on correct French.
    source = "The meeting will be held from 10 a.m. to noon."
    versions = {"es": "La reunión se celebrará de las 10.00 a las 12.00 horas.",
                "fr": "La réunion se tiendra de 10 heures à midi.",
                "ru": "Совещание состоится с 10 час. 00 мин. до 12 час. 00 мин.",
                "ar": "ستعقد الجلسة من الساعة 00/10 إلى الساعة 00/12.",
                "zh": "会议将于上午10时至中午12时举行。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "fr": "La réunion se tiendra de 10 heures à 13 heures."})
    assert num_findings(tmp_path) == [("fr", "NUM003")]
    # Midnight is read in no version: French `minuit` alone gave French a time (NUM003 on
    # correct text).
    source = "Comments may be sent until midnight, Vienna time."
    versions = {"es": "Las observaciones podrán enviarse hasta la medianoche, hora de Viena.",
                "fr": "Les observations peuvent être envoyées jusqu'à minuit, heure de Vienne.",
                "ru": "Замечания можно направлять до полуночи по венскому времени.",
                "ar": "يمكن إرسال التعليقات حتى منتصف الليل بتوقيت فيينا.",
                "zh": "意见可在维也纳时间午夜之前提交。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    # `l'après-midi` (the afternoon) is no time of the clock
    assert extract_values("La séance de l'après-midi sera levée.", profile("fr")).times == frozenset()


def test_a_period_whose_last_year_is_written_in_two_digits_is_those_years(tmp_path):
    # `2022/23` against `2022/2023`: English read 2022 and 23, and NUM001 blamed the versions
    # that write the year whole.
    source = "The proposed budget for the period 2022/23 amounts to $10 million."
    versions = {"es": "El presupuesto propuesto para el período 2022/23 asciende a 10 millones de dólares.",
                "fr": "Le projet de budget pour l'exercice 2022/23 s'élève à 10 millions de dollars.",
                "ru": "Предлагаемый бюджет на период 2022/23 года составляет 10 млн. долл. США.",
                "ar": "تبلغ الميزانية المقترحة للفترة 2022/2023 ما قدره 10 ملايين دولار.",
                "zh": "2022/23年期间的拟议预算为1 000万美元。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "ar": "تبلغ الميزانية المقترحة للفترة 2022/2024 ما قدره 10 ملايين دولار."})
    assert num_findings(tmp_path) == [("ar", "NUM001")]


def test_a_chinese_century_in_digits_is_no_number_the_others_lack(tmp_path):
    # `21世纪` against `twenty-first century`, `XXIe siècle`, `XXI века`: Chinese alone read a
    # number, and NUM001 blamed it on correct text.
    source = "Organized crime is one of the challenges of the twenty-first century."
    versions = {"es": "La delincuencia organizada es uno de los desafíos del siglo XXI.",
                "fr": "La criminalité organisée est l'un des défis du XXIe siècle.",
                "ru": "Организованная преступность является одним из вызовов XXI века.",
                "ar": "الجريمة المنظمة هي أحد تحديات القرن الحادي والعشرين.",
                "zh": "有组织犯罪是21世纪的挑战之一。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []


def test_a_web_address_s_escapes_are_the_same_in_either_case():
    # `%2f` and `%2F` are one escape (RFC 3986): REF002 said the addresses differed.
    source = extract_values("See https://www.unodc.org/documents/CTOC%2fCOP%2fWG.7%2f2022%2f4.pdf", profile("en"))
    version = extract_values("Voir https://www.unodc.org/documents/CTOC%2FCOP%2FWG.7%2F2022%2F4.pdf", profile("fr"))
    assert source.urls == version.urls


def test_one_per_cent_is_the_number_one(tmp_path):
    # `one` alone is an article, no number; before `per cent` it is 1, as `1 %` is in the
    # versions that write digits: NUM001 blamed them.
    source = "Contributions increased by one per cent in 2023."
    versions = {"es": "Las contribuciones aumentaron un 1 % en 2023.",
                "fr": "Les contributions ont augmenté de 1 % en 2023.",
                "ru": "В 2023 году взносы увеличились на один процент.",
                "ar": "وزادت التبرعات بنسبة 1 في المائة في عام 2023.",
                "zh": "2023年捐款增加了1%。"}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []


@pytest.mark.parametrize("zh", [
    "会议于二〇二二年六月二十七日至二十八日在维也纳举行。",
    "会议于二零二二年六月二十七日和二十八日在维也纳举行。",
    "会议于2022年6月27日至28日在维也纳举行。",
])
def test_a_chinese_date_written_in_chinese_numerals_is_the_date(tmp_path, zh):
    # Letters and treaty texts date themselves in characters (`二〇二二年六月二十七日`): read
    # as no date at all, a correct version was a NUM002 error ("none here") and a wrong day
    # in it passed.
    versions = {"zh": zh, "fr": "La réunion se tiendra à Vienne les 27 et 28 juin 2022.",
                "ru": "Совещание состоится в Вене 27 и 28 июня 2022 года."}
    source = "The meeting will be held in Vienna on 27 and 28 June 2022."
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    wrong = zh.replace("二十七", "二十六").replace("27", "26")
    write_document(tmp_path, "p/1", source, {**versions, "zh": wrong})
    assert num_findings(tmp_path) == [("zh", "NUM002")]


def test_chinese_numerals_of_a_date_keep_their_places_and_counts_stay_counts():
    zh = profile("zh")
    text = "二〇二三年三月十六日的信"
    values = extract_values(text, zh)
    assert values.dates == {(16, 3, 2023)}
    assert [text[start:end] for kind, _, start, end in values.places if kind == "date"] in ([], ["二〇二三年三月十六日"])
    assert extract_values("一九九〇年通过了公约。", zh).numbers == {1990: 1}
    # A duration and a count are no dates: three months, twenty days.
    assert extract_values("为期三个月，共二十天。", zh).dates == frozenset()
    assert extract_values("十二月", zh).numbers == {}


@pytest.mark.parametrize("ar", [
    "وأفاد أحد المتكلمين بأن بلده اعترض 10 000 مهاجر في عام 2022.",
    # Text taken from a page in its visual order (a PDF copied, pdftotext): a number's groups
    # stand right to left, its first group last.
    "وأفاد أحد المتكلمين بأن بلده اعترض 000 10 مهاجر في عام 2022.",
])
def test_an_arabic_number_whose_groups_stand_in_the_page_s_order_is_that_number(tmp_path, ar):
    source = "One speaker reported that his country had intercepted 10,000 migrants in 2022."
    versions = {"ar": ar, "fr": "Un orateur a indiqué que son pays avait intercepté 10 000 migrants en 2022."}
    write_document(tmp_path, "p/1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "ar": ar.replace("10", "11")})
    assert num001_languages(tmp_path) == ["ar"]


def test_groups_in_the_page_s_order_are_read_only_where_no_number_starts_so():
    ar = profile("ar")
    assert extract_values("بلغ المجموع 000 000 2 دولار و500 234 1 شخص.", ar).numbers == {2_000_000: 1, 1_234_500: 1}
    assert extract_values("بلغ المجموع 2 000 000 دولار.", ar).numbers == {2_000_000: 1}
    assert extract_values("بلغ المجموع 234 500 دولار.", ar).numbers == {234_500: 1}  # as written: nothing tells
    # Not Arabic: a French `000` is no group of a reversed number.
    assert extract_values("les codes 000 12 et 450", profile("fr")).numbers == {0: 1, 12: 1, 450: 1}


def test_an_arabic_amount_in_a_pages_order_of_groups_is_the_source_amount(tmp_path):
    # Text copied from a PDF of an Arabic version gives a number's groups in the page's order:
    # `400 921` for 921 400. Two whole groups read as a number either way: the source says
    # which (three NUM001 errors on a correct statement of a trust fund's grants).
    source = "Grants of $921,400 (about 850,000 euros) were approved."
    versions = {"ar": "ووُفق على منح قدرها 400 921 دولار (نحو 000 850 يورو).",
                "fr": "Des subventions d’un montant de 921 400 dollars (environ 850 000 euros) ont été approuvées.",
                "ru": "Были утверждены субсидии на сумму 921 400 долл. США (около 850 000 евро)."}
    write_document(tmp_path, "p/4/s1", source, versions)
    assert num001_languages(tmp_path) == []
    # A wrong amount beside it is still found, and a number whose groups are another number's.
    write_document(tmp_path, "p/4/s1", source, {**versions, "ar": versions["ar"].replace("000 850", "000 860")})
    assert num001_languages(tmp_path) == ["ar"]
    write_document(tmp_path, "p/4/s1", source, {**versions, "ar": versions["ar"].replace("400 921", "400 912")})
    assert num001_languages(tmp_path) == ["ar"]


MONEY_SOURCE = ("Germany contributed 850,000 euros (approximately $921,400) and Switzerland 400,000 Swiss francs "
                "(approximately $452,300); China contributed 1,500,000 yuan.")
MONEY = {
    "fr": "L'Allemagne a versé 850 000 euros (environ 921 400 dollars) et la Suisse 400 000 francs suisses "
          "(environ 452 300 dollars) ; la Chine a versé 1 500 000 yuans.",
    "ru": "Германия внесла 850 000 евро (около 921 400 долл. США), Швейцария — 400 000 швейцарских франков "
          "(около 452 300 долл. США); Китай внес 1 500 000 юаней.",
    "zh": "德国捐款850,000欧元（约合921,400美元），瑞士捐款400,000瑞士法郎（约合452,300美元）；中国捐款1,500,000元人民币。",
    "es": "Alemania aportó 850.000 euros (aproximadamente 921.400 dólares) y Suiza 400.000 francos suizos "
          "(aproximadamente 452.300 dólares); China aportó 1.500.000 yuan.",
}


@pytest.mark.parametrize("lang, wrong, said", [
    # Each amount's currency, where a sentence names more than one: its currencies in common
    # with the source's passed a currency changed on one amount (a reviser's three cases).
    ("ru", ("400 000 швейцарских франков", "400 000 евро"), "the amount 400,000 is in EUR here, CHF in the source"),
    ("fr", ("850 000 euros", "850 000 dollars"), "the amount 850,000 is in USD here, EUR in the source"),
    ("zh", ("1,500,000元人民币", "1,500,000美元"), "the amount 1.5 million is in USD here, CNY in the source"),
    ("es", ("1.500.000 yuan", "1.500.000 rublos"), "the amount 1.5 million is in RUB here, CNY in the source"),
])
def test_each_amounts_currency_is_compared(tmp_path, lang, wrong, said):
    write_document(tmp_path, "p/4/s1", MONEY_SOURCE, MONEY)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/4/s1", MONEY_SOURCE, {**MONEY, lang: MONEY[lang].replace(*wrong)})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM004", "--format", "json", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["lang"] == lang and finding["message"] == said


def test_each_amounts_currency_is_the_one_beside_it():
    # A code after its number: `5 millions USD, 3 millions EUR` gave 5 million none and 3
    # million both (a regression probe's swapped codes passed); Chinese names its currency
    # right after its amount, and `美元500万和欧元300万` gave 500万 euros.
    assert extract_values("5 millions USD, 3 millions EUR", profile("fr")).amounts == {(5e6, "USD"), (3e6, "EUR")}
    assert extract_values("EUR 5 million, USD 3 million", profile("en")).amounts == {(5e6, "EUR"), (3e6, "USD")}
    assert extract_values("500万美元和300万欧元", profile("zh")).amounts == {(5e6, "USD"), (3e6, "EUR")}
    assert extract_values("美元500万和欧元300万", profile("zh")).amounts == frozenset()
    assert extract_values("3元组和元数据", profile("zh")).currencies == frozenset()


def test_a_code_takes_the_amount_after_it_and_chinese_over_millions_are_millions():
    # `In 2023 USD 2.4 million`: the code took the year (a regression probe's swapped currencies
    # passed); Chinese `500多万` (over five million) was 500.
    assert extract_values("In 2023 USD 2.4 million and in 2022 EUR 1.1 million", profile("en")).amounts == {
        (2.4e6, "USD"), (1.1e6, "EUR")}
    assert extract_values("500多万美元和1 200余万欧元", profile("zh")).amounts == {(5e6, "USD"), (12e6, "EUR")}
    # A year before `et 3 millions` is no amount of millions (`2023 et 3 millions` was 2023 million)
    assert set(extract_values("5 millions USD en 2023 et 3 millions EUR en 2022", profile("fr")).numbers) == {5e6, 2023, 3e6, 2022}


def test_twelve_noon_is_a_time_not_a_number(tmp_path):
    # `12 noon`, the UN's English for midday: its 12 was a number too, and `à midi`, `a las
    # 12.00 horas` were each a NUM001 error.
    source = "The Chair opened the meeting at 10 a.m. and closed it at 12 noon."
    versions = {"fr": "La Présidente a ouvert la séance à 10 heures et l'a levée à midi.",
                "es": "La Presidenta abrió la sesión a las 10.00 horas y la levantó a las 12.00 horas."}
    write_document(tmp_path, "p/1", source, versions)
    assert num_findings(tmp_path) == []
    write_document(tmp_path, "p/1", source, {**versions, "es": versions["es"].replace("12.00", "13.00")})
    assert num_findings(tmp_path) == [("es", "NUM003")]


MILLION_AND_A_HALF = {
    "ar": "وقد جرى تهريب نحو مليون ونصف مليون مهاجر في عام 2021.",
    "ru": "В 2021 году было незаконно ввезено около полутора миллионов мигрантов.",
    "es": "En 2021 fueron objeto de tráfico ilícito alrededor de un millón y medio de migrantes.",
    "fr": "Quelque 1,5 million de migrants ont fait l'objet d'un trafic illicite en 2021.",
    "zh": "2021年约有150万名移民被偷运。",
}


def test_a_magnitude_written_in_words_with_its_half_is_the_number(tmp_path):
    # `полтора миллиона`, `un millón y medio`, `مليون ونصف مليون` were read as no number: each
    # correct version had NUM001 against the source's 1.5 million.
    write_document(tmp_path, "p/6/s1", "Some 1.5 million migrants were smuggled in 2021.", MILLION_AND_A_HALF)
    assert num001_languages(tmp_path) == []
    # ... and a version that writes another number in words is still found.
    wrong = {**MILLION_AND_A_HALF, "ru": "В 2021 году было незаконно ввезено около двух с половиной миллионов мигрантов.",
             "es": "En 2021 fueron objeto de tráfico ilícito alrededor de un millón de migrantes."}
    write_document(tmp_path, "p/6/s1", "Some 1.5 million migrants were smuggled in 2021.", wrong)
    assert num001_languages(tmp_path) == ["es", "ru"]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Half a million migrants were smuggled.", 500_000),
    ("en", "One million migrants were smuggled.", 1_000_000),
    ("en", "Two and a half million migrants were smuggled.", 2_500_000),
    ("es", "Medio millón de migrantes fueron objeto de tráfico ilícito.", 500_000),
    ("es", "Unos dos millones y medio de migrantes.", 2_500_000),
    ("fr", "Plus d'un million de migrants.", 1_000_000),
    ("fr", "Un demi-million de migrants.", 500_000),
    ("fr", "Deux millions et demi de migrants.", 2_500_000),
    ("ru", "Было незаконно ввезено полмиллиона мигрантов.", 500_000),
    ("ru", "Был незаконно ввезен миллион мигрантов.", 1_000_000),
    ("ru", "Около двух с половиной миллионов мигрантов.", 2_500_000),
    ("ar", "وقد جرى تهريب نصف مليون مهاجر.", 500_000),
    ("ar", "وبلغت التكلفة مليونا ونصف مليون دولار.", 1_500_000),
    ("ar", "وقد جرى تهريب مليونين ونصف مليون مهاجر.", 2_500_000),
    ("ar", "وقد جرى تهريب نحو مليوني مهاجر.", 2_000_000),
    ("ar", "وقد جرى تهريب ثلاثة ملايين ونصف مليون مهاجر.", 3_500_000),
    ("en", "A quarter of a million migrants were smuggled.", 250_000),
    ("en", "Twenty-one million migrants were smuggled.", 21_000_000),
    ("ru", "Был незаконно ввезен один миллион мигрантов.", 1_000_000),
    ("ru", "Было ввезено около двадцати одного миллиона мигрантов.", 21_000_000),
    ("fr", "Un demi million de migrants.", 500_000),
    # a fraction of a magnitude: `three quarters` was blanked as a fraction, and `a million` read
    ("en", "Three quarters of a million migrants were smuggled.", 750_000),
    ("ru", "Было ввезено около четверти миллиона мигрантов.", 250_000),
    ("ar", "وقد جرى تهريب ربع مليون مهاجر.", 250_000),
    ("fr", "Un quart de million de migrants.", 250_000),
    ("es", "Un cuarto de millón de migrantes.", 250_000),
])
def test_magnitudes_in_words(lang, text, value):
    assert sorted(extract_values(text, profile(lang)).numbers) == [value]


@pytest.mark.parametrize("lang, text, numbers", [
    ("en", "Millions of migrants were smuggled.", []),
    ("ru", "Миллионы мигрантов и тысячи детей.", []),
    # the number before the magnitude is read with it, once
    ("ru", "Было ввезено два миллиона мигрантов.", [2_000_000]),
    ("ru", "Было ввезено 21 миллион мигрантов.", [21_000_000]),
    ("ar", "وقد جرى تهريب 18 مليونا.", [18_000_000]),
    ("ar", "وقد جرى تهريب مائة مليون.", [100_000_000]),
    # a year before a comma is no count of the million after it, nor one before `a million`
    ("es", "En 2021, un millón de personas.", [2021, 1_000_000]),
    ("en", "In 2021 a million migrants were smuggled.", [2021, 1_000_000]),
    ("en", "By 2030 one billion people will live in cities.", [2030, 1_000_000_000]),
])
def test_a_magnitude_after_its_number_or_in_the_plural_is_read_once(lang, text, numbers):
    assert sorted(extract_values(text, profile(lang)).numbers) == numbers


def test_a_currency_after_a_magnitude_in_words_is_the_amount_s(tmp_path):
    # `un millón y medio de euros` for the source's `$1.5 million`: the currency was looked for
    # after digits only, and the version's euros passed.
    source = "The project cost $1.5 million in 2021."
    versions = {"es": "En 2021 el proyecto costó un millón y medio de euros.",
                "fr": "En 2021, le projet a coûté un million et demi de dollars.",
                "ru": "В 2021 году стоимость проекта составила полтора миллиона долларов."}
    write_document(tmp_path, "p/7/s1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM", "--format", "json", cwd=tmp_path)
    assert sorted((f["lang"], f["code"]) for f in json.loads(result.stdout)["findings"]) == [("es", "NUM004")]


def test_an_arabic_target_or_indicator_numbered_with_hyphens_is_the_number_english_writes_with_points(tmp_path):
    # UN Arabic writes the Goals' target 10.7 `الغاية 10-7` and indicator 16.2.2 `المؤشر 16-2-2`:
    # read as 10 and 7, every correct Arabic version had NUM001 (and REF001 for the indicator).
    versions = {"ar": "والغايتان 10-7 و16-2 وثيقتا الصلة بالموضوع، ويُقاس التقدم بمؤشر أهداف التنمية المستدامة 16-2-2.",
                "fr": "Les cibles 10.7 et 16.2 sont directement pertinentes, et les progrès sont mesurés par l'indicateur 16.2.2.",
                "zh": "具体目标10.7和16.2直接相关，进展以指标16.2.2衡量。"}
    write_document(tmp_path, "p/2/s1", "Targets 10.7 and 16.2 are directly relevant, and progress is measured by indicator 16.2.2.",
                   versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path)
    assert json.loads(result.stdout)["findings"] == []
    # ... a wrong one is still found; a range of years or of counts is still a range
    write_document(tmp_path, "p/2/s1", "Targets 10.7 and 16.2 are directly relevant, and progress is measured by indicator 16.2.2.",
                   {**versions, "ar": "والغايتان 10-7 و16-3 وثيقتا الصلة بالموضوع، ويُقاس التقدم بالمؤشر 16-2-2."})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path)
    # (a target's number is compared as written, as an indicator's is: `target 16.10` is no 16.1)
    assert [(f["lang"], f["code"]) for f in json.loads(result.stdout)["findings"]] == [("ar", "REF001")]
    assert sorted(extract_values("في الفترة 2015-2020، من 10-15 شخصا", profile("ar")).numbers) == [10, 15, 2015, 2020]


def test_a_resolution_and_a_decision_swapped_are_other_instruments(tmp_path):
    # The numbers were compared as a set, their words only for being there: `резолюцию 9/3 и
    # решение 9/2` for `resolution 9/2 and decision 9/3` passed.
    source = "The Working Group took note of resolution 9/2 and decision 9/3."
    versions = {"ru": "Рабочая группа приняла к сведению резолюцию 9/2 и решение 9/3.",
                "fr": "Le Groupe de travail a pris note de la résolution 9/2 et de la décision 9/3.",
                "zh": "工作组注意到第9/2号决议和第9/3号决定。", "ar": "وأحاط الفريق العامل علما بالقرار 9/2 والمقرر 9/3.",
                "es": "El Grupo de Trabajo tomó nota de la resolución 9/2 y la decisión 9/3."}
    write_document(tmp_path, "p/1/s1", source, versions)
    checked = lambda: [(f["lang"], f["message"]) for f in json.loads(run_hexaglot(  # noqa: E731
        "check", str(tmp_path), "--no-glossary", "--select", "REF003", "--format", "json", cwd=tmp_path).stdout)["findings"]]
    assert checked() == []
    write_document(tmp_path, "p/1/s1", source, {**versions, "ru": "Рабочая группа приняла к сведению резолюцию 9/3 и решение 9/2."})
    assert checked() == [("ru", "decision numbers differ: 9/2 here, 9/3 in the source (the others are resolutions)")]
    # One Chinese word covers the numbers coordinated before it: `第10/4号和第11/3号决议`, no bare 10/4
    write_document(tmp_path, "p/1/s1", "The Conference recalled its resolutions 10/4 and 11/3 and its decisions 5/1 and 5/2.",
                   {"zh": "缔约方会议回顾其第10/4号和第11/3号决议以及第5/1号和第5/2号决定。",
                    "ru": "Конференция сослалась на свои резолюции 10/4 и 11/3 и свои решения 5/1 и 5/2."})
    assert checked() == []
    # ... and a list whose word is the other kind's is found, as a single number is
    write_document(tmp_path, "p/1/s1", "The Conference recalled its resolutions 10/4 and 11/3 and its decisions 5/1 and 5/2.",
                   {"zh": "缔约方会议回顾其第10/4号和第11/3号决定以及第5/1号和第5/2号决定。",
                    "ru": "Конференция сослалась на свои резолюции 10/4 и 11/3 и свои решения 5/1 и 5/2."})
    assert [lang for lang, _ in checked()] == ["zh"]
    # ... joined otherwise (`ainsi que`, `а также`), and a Chinese list of both kinds, each its word after it
    write_document(tmp_path, "p/1/s1", "The Conference recalled resolution 10/4, decision 11/3 and resolution 12/1, and "
                                       "its decisions 5/1 as well as 5/2.",
                   {"zh": "缔约方会议回顾第10/4号决议、第11/3号决定和第12/1号决议以及其第5/1号和第5/2号决定。",
                    "fr": "La Conférence a rappelé la résolution 10/4, la décision 11/3 et la résolution 12/1, ainsi que ses "
                          "décisions 5/1 ainsi que 5/2.",
                    "ru": "Конференция сослалась на резолюцию 10/4, решение 11/3 и резолюцию 12/1, а также на свои решения "
                          "5/1, а также 5/2."})
    assert checked() == []
    # The word nearest the number says what it is: `the decision contained in resolution 9/2`
    write_document(tmp_path, "p/1/s1", "The decision contained in resolution 9/2 stands.",
                   {"ru": "Решение, содержащееся в резолюции 9/2, остается в силе.", "zh": "第9/2号决议所载决定仍然有效。",
                    "es": "La decisión que figura en la resolución 9/2 se mantiene."})
    assert checked() == []


def test_a_percentage_written_as_a_plain_number_is_found(tmp_path):
    # `reached 64 per cent` → `… 64.`: the value is the same, the quantity another, and it passed.
    source = "The share of States that reported legislative measures reached 64 per cent."
    versions = {"ar": "وبلغت نسبة الدول التي أبلغت عن اتخاذ تدابير تشريعية 64 في المائة.",
                "fr": "La proportion d'États ayant signalé des mesures législatives a atteint 64 %.",
                "ru": "Доля государств, сообщивших о законодательных мерах, достигла 64 процентов.",
                "zh": "报告采取立法措施的国家比例达到百分之六十四。"}  # in words: a percentage too
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []
    # Other ways of writing per cent: an adjective (`64-процентное`), a table's `p. 100`, `por 100`
    for lang, written in (("ru", "Отмечено 64-процентное увеличение доли государств."), ("fr", "La proportion a atteint 64 p. 100."),
                          ("es", "La proporción alcanzó el 64 por 100.")):
        write_document(tmp_path, "p/1/s1", source, {**versions, lang: written})
        assert num001_languages(tmp_path) == [], lang
    write_document(tmp_path, "p/1/s1", source, {**versions, "ar": "وبلغت نسبة الدول التي أبلغت عن اتخاذ تدابير تشريعية 64."})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=tmp_path)
    assert [(f["lang"], f["message"]) for f in json.loads(result.stdout)["findings"]] == [
        ("ar", "64 per cent in the source is a plain number here: the percentage is not said")]
    # ... and said in English words, which "not said" sent a reviser looking for (a probe's)
    write_document(tmp_path, "p/1/s1", source, {**versions, "fr": "La proportion a atteint 64 per cent."})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=tmp_path)
    assert [(f["lang"], f["message"]) for f in json.loads(result.stdout)["findings"]] == [
        ("fr", "64 per cent in the source is a plain number here: the percentage is said in English ('per cent')")]


def test_an_arabic_age_written_as_an_ordinal_is_its_number(tmp_path):
    # `دون سن الثامنة عشرة`, under the age of eighteen, as UN Arabic writes an age limit: read as
    # no number, the correct version had NUM001 against the source's 18.
    write_document(tmp_path, "p/18/s6", "More than half of the smuggled migrants detected were under 18 years of age.",
                   {"ar": "وكان أكثر من نصف المهاجرين المهرَّبين المكتشفين دون سن الثامنة عشرة.",
                    "fr": "Plus de la moitié des migrants objet d'un trafic illicite détectés avaient moins de 18 ans."})
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/18/s6", "More than half of the smuggled migrants detected were under 18 years of age.",
                   {"ar": "وكان أكثر من نصف المهاجرين المهرَّبين المكتشفين دون سن السادسة عشرة."})
    assert num001_languages(tmp_path) == ["ar"]


def test_amounts_written_in_words_are_compared_with_their_currencies(tmp_path):
    # The currency after a magnitude in words was read, its amount not: two amounts swapped
    # between their currencies passed, where written in digits they were found.
    source = "The project cost USD 1.5 million and EUR 1 million."
    versions = {"fr": "Le projet a coûté un million et demi de dollars et un million d'euros.",
                "es": "El proyecto costó un millón y medio de dólares y un millón de euros."}
    write_document(tmp_path, "p/7/s1", source, versions)
    checked = lambda: sorted((f["lang"], f["code"]) for f in json.loads(run_hexaglot(  # noqa: E731
        "check", str(tmp_path), "--no-glossary", "--select", "NUM", "--format", "json", cwd=tmp_path).stdout)["findings"])
    assert checked() == []
    write_document(tmp_path, "p/7/s1", source, {**versions, "fr": "Le projet a coûté un million et demi d'euros et un million de dollars."})
    assert checked() == [("fr", "NUM004")]


@pytest.mark.parametrize("lang, version, found", [
    ("ru", "Прогресс в достижении задачи 16.1 остается ограниченным, как и по задачам 16.4 и 16.5.", ["REF001"]),
    ("fr", "Les progrès concernant la cible 16.1 restent limités, comme pour les cibles 16.4 et 16.5.", ["REF001"]),
    ("zh", "具体目标16.10的进展仍然有限，具体目标16.4和16.5也是如此。", []),
    ("es", "Los progresos en relación con la meta 16.10 siguen siendo limitados, al igual que en las metas 16.4 y 16.5.", []),
])
def test_a_target_s_number_is_compared_as_written_not_as_a_decimal(tmp_path, lang, version, found):
    # `задачи 16.1` for the source's `target 16.10` passed: read as decimals, 16.10 is 16.1.
    write_document(tmp_path, "p/3/s1", "Progress on target 16.10 remains limited, as it does on targets 16.4 and 16.5.",
                   {lang: version})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path)
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == found


@pytest.mark.parametrize("source, versions", [
    # Lettered targets (Spanish `16.a`, which reads as an ordinal elsewhere; Arabic `16-أ`), a
    # list with a comma before its last, the Goals' acronym between the word and the numbers,
    # a range; and a percentage after `target`, which is a number
    ("Progress was made under targets 16.4, 16.10, and 16.a.",
     {"es": "Se avanzó en las metas 16.4, 16.10 y 16.a.",
      "ar": "أُحرز تقدم في إطار الغايات 16-4 و16-10 و16-أ.",
      "fr": "Des progrès ont été accomplis au titre des cibles des ODD 16.4, 16.10 et 16.a.",
      "ru": "Прогресс был достигнут в рамках задач ЦУР 16.4, 16.10 и 16.a.",
      "zh": "在目标16.4、16.10和16.a方面取得了进展。"}),
    # Arabic's ranges and lists with their words spaced (`من 16-4 إلى 16-6`, `و 16-5`, `أو`),
    # and an amount after a list of targets, which is no target
    ("Targets 16.4 to 16.6, and targets 16.4 or 16.10, and targets 16.4, 16.5 and 16.a were reviewed.",
     {"ar": "استُعرضت الغايات من 16-4 إلى 16-6، والغاية 16-4 أو 16-10، والغايات 16-4 و 16-5 و 16-أ."}),
    ("Under targets 16.4 and 16.5, 2.5 million dollars were spent.",
     {"fr": "Au titre des cibles 16.4 et 16.5, 2,5 millions de dollars ont été dépensés.",
      "zh": "在具体目标16.4和16.5下，支出了250万美元。",
      "ru": "В рамках задач 16.4 и 16.5 было израсходовано 2,5 млн долларов."}),
    ("Targets 16.4 to 16.6 were reviewed against a target of 3.5 per cent.",
     {"fr": "Les cibles 16.4 à 16.6 ont été examinées au regard d’une cible de 3,5\u00a0%.",
      "es": "Se examinaron las metas 16.4 a 16.6 con respecto a una meta del 3,5\u00a0%."}),
])
def test_lettered_listed_and_ranged_targets_read_alike_in_every_version(tmp_path, source, versions):
    write_document(tmp_path, "p/4/s1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path)
    assert [(f["lang"], f["code"], f["message"]) for f in json.loads(result.stdout)["findings"]] == []


def test_security_council_resolutions_are_cited_by_number_and_year_together(tmp_path):
    # `2437 (2019), 2491 (2018)` for `2437 (2018), 2491 (2019)` cites two other resolutions;
    # compared as a set of numbers, the same four numbers passed.
    source = "Recalling its resolutions 2240 (2015), 2437 (2018) and 2491 (2019),"
    versions = {"ru": "ссылаясь на свои резолюции 2240 (2015), 2437 (2018) и 2491 (2019),",
                "fr": "Rappelant ses résolutions 2240 (2015), 2437 (2018) et 2491 (2019),",
                "es": "Recordando sus resoluciones 2240 (2015), 2437 (2018) y 2491 (2019),",
                "zh": "回顾其第2240(2015)、2437(2018)和2491(2019)号决议，",
                "ar": "إذ يشير إلى قراراته 2240 (2015) و 2437 (2018) و 2491 (2019)،"}
    write_document(tmp_path, "pre/2/s1", source, versions)
    checked = lambda: [(f["lang"], f["code"], f["message"]) for f in json.loads(run_hexaglot(  # noqa: E731
        "check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path).stdout)["findings"]]
    assert checked() == []
    write_document(tmp_path, "pre/2/s1", source, {**versions, "es": "Recordando sus resoluciones 2240 (2015), 2437 (2019) y 2491 (2018),"})
    [(lang, code, message)] = checked()
    assert (lang, code) == ("es", "REF003") and "2437 (2019), 2491 (2018)" in message
    # A year in brackets after a number that no word for resolution introduces is a number.
    assert sorted(extract_values("Cases rose to 45 (2021) and 52 (2022).", profile("en")).numbers) == [45, 52, 2021, 2022]


@pytest.mark.parametrize("lang, text, dates, times, numbers", [
    # `entre el 2 y el 5 de mayo`: the first day was lost (NUM002 on correct Spanish and French).
    ("es", "entre el 2 y el 5 de mayo", {(2, 5, None), (5, 5, None)}, set(), set()),
    ("fr", "entre le 2 et le 5 mai", {(2, 5, None), (5, 5, None)}, set(), set()),
    # UN Arabic's minutes/hour with any minutes after the word for the hour: 1.10 p.m. was the
    # resolution 10/13 (NUM003 and REF003 on correct text); quarters stand alone as before.
    ("ar", "ورُفعت الجلسة في الساعة 10/13.", set(), {13 * 60 + 10}, set()),
    ("ar", "من الساعة 20/15 إلى الساعة 55/17", set(), {15 * 60 + 20, 17 * 60 + 55}, set()),
    # `24 heures sur 24` is round the clock, no time 00:00.
    ("fr", "La ligne fonctionne 24 heures sur 24 et 7 jours sur 7.", set(), set(), {24, 7}),
    # ... and `على مدار الساعة 24/7` is no time 07:24 after the word for the hour.
    ("ar", "يعمل الخط على مدار الساعة 24/7.", set(), set(), set()),
    # The Group of 20 and of Seven by their Chinese names.
    ("zh", "二十国集团讨论了2019冠状病毒病对移民的影响。", set(), set(), {20}),
    ("zh", "七国集团", set(), set(), {7}),
])
def test_values_that_correct_versions_write_their_own_way(lang, text, dates, times, numbers):
    values = extract_values(text, profile(lang))
    assert set(values.dates) == dates and set(values.times) == times and set(values.numbers) == numbers


def test_a_range_with_entre_is_two_days_and_an_item_number_before_a_date_is_no_day():
    # `el tema 3 y el 5 de mayo` (item 3, and on 5 May) was read as the range 3–5 May.
    for lang, text in (("es", "El Grupo examinó el tema 3 y el 5 de mayo aprobó su informe."),
                       ("fr", "Le Groupe a examiné le point 3 et le 5 mai a adopté son rapport.")):
        values = extract_values(text, profile(lang))
        assert set(values.dates) == {(5, 5, None)} and set(values.numbers) == {3}
    assert Counter(extract_values("24 heures sur 24", profile("fr")).numbers) == Counter({24: 1})


def test_chinese_security_council_resolutions_each_closed_by_its_own_hao_are_one_list():
    values = extract_values("另见第2312(2016)号、第2380(2017)号和第2437(2018)号决议。", profile("zh"))
    assert values.citations == {"2312 (2016)", "2380 (2017)", "2437 (2018)"}
    assert set(values.numbers) == {2312, 2016, 2380, 2017, 2437, 2018}  # (numbers still, for NUM001)


FRACTIONS = {  # two thirds, and a half, as each version writes them
    "en": ("Two thirds of the States parties had submitted their reports.", "Half of the responding States reported gaps."),
    "es": ("Dos tercios de los Estados partes habían presentado sus informes.", "La mitad de los Estados que respondieron señaló lagunas."),
    "fr": ("Les deux tiers des États parties avaient présenté leurs rapports.", "La moitié des États ayant répondu ont signalé des lacunes."),
    "ru": ("Две трети государств-участников представили свои доклады.", "Половина ответивших государств сообщила о пробелах."),
    "zh": ("三分之二的缔约国提交了报告。", "一半的答复国报告了差距。"),
    "ar": ("وقدم ثلثا الدول الأطراف تقاريرها.", "وأفاد نصف الدول المجيبة بوجود ثغرات."),
}


@pytest.mark.parametrize("lang", sorted(FRACTIONS))
def test_a_fraction_in_words_is_its_value(lang):
    # `Un tercio de los Estados partes` for `Two thirds of …` passed: the fraction was blanked so
    # that its numerator was no count, and compared as nothing.
    two_thirds, half = FRACTIONS[lang]
    assert set(extract_values(two_thirds, profile(lang)).numbers) == {round(2 / 3, 4)}
    assert set(extract_values(half, profile(lang)).numbers) == {0.5}


def test_a_fraction_changed_in_one_version_is_found_and_a_half_year_is_no_half(tmp_path):
    source, _ = FRACTIONS["en"]
    versions = {lang: texts[0] for lang, texts in FRACTIONS.items() if lang != "en"}
    write_document(tmp_path, "p/1/s1", source, {**versions, "es": "Un tercio de los Estados partes había presentado sus informes."})
    assert num001_languages(tmp_path) == ["es"]
    # `the first half of 2024`, `в первой половине 2024 года`, `2024年上半年`: a half-year, no fraction.
    write_document(tmp_path, "p/1/s1", "Most reports arrived in the first half of 2024.",
                   {"ru": "Большинство докладов поступило в первой половине 2024 года.", "zh": "大多数报告于2024年上半年收到。",
                    "es": "La mayoría de los informes llegaron en el primer semestre de 2024."})
    assert num001_languages(tmp_path) == []


def test_economic_and_social_council_resolutions_and_decisions_are_cited_by_year_and_number(tmp_path):
    # `decisión 2023/16 y resolución 2023/251` for `decision 2023/251 and resolution 2023/16`
    # cites two other instruments with the same numbers, and passed: compared as numbers alone.
    source = "In its decision 2023/251 and resolution 2023/16, the Council took note of the report."
    versions = {"es": "En su decisión 2023/251 y su resolución 2023/16, el Consejo tomó nota del informe.",
                "fr": "Dans sa décision 2023/251 et sa résolution 2023/16, le Conseil a pris note du rapport.",
                "ru": "В своем решении 2023/251 и резолюции 2023/16 Совет принял к сведению доклад.",
                "zh": "理事会在其第2023/251号决定和第2023/16号决议中注意到该报告。",
                "ar": "وأحاط المجلس علما بالتقرير في مقرره 2023/251 وقراره 2023/16."}
    write_document(tmp_path, "p/1/s1", source, versions)
    findings = lambda: [(f["lang"], f["code"]) for f in json.loads(run_hexaglot(  # noqa: E731
        "check", str(tmp_path), "--no-glossary", "--select", "NUM,REF", "--format", "json", cwd=tmp_path).stdout)["findings"]]
    assert findings() == []
    write_document(tmp_path, "p/1/s1", source, {**versions, "es": "En su decisión 2023/16 y su resolución 2023/251, el "
                                                                  "Consejo tomó nota del informe."})
    assert findings() == [("es", "REF003")]
    # A number changed is NUM001's, once (its numbers differ): not said again as a citation.
    write_document(tmp_path, "p/1/s1", source, {**versions, "es": versions["es"].replace("2023/251", "2023/215")})
    assert findings() == [("es", "NUM001")]
    # A budget's period is no citation: `2023/24` stays the years it names.
    assert extract_values("the budget for 2023/24", profile("en")).citations == frozenset()


def test_a_fraction_a_version_writes_without_its_numerator_is_read(tmp_path):
    # `Треть государств-участников` (a third) for `Two thirds of the States parties` passed: the
    # Russian word alone was no fraction.
    source, _ = FRACTIONS["en"]
    versions = {lang: texts[0] for lang, texts in FRACTIONS.items() if lang != "en"}
    write_document(tmp_path, "p/1/s1", source, {**versions, "ru": "Треть государств-участников представила свои доклады."})
    assert num001_languages(tmp_path) == ["ru"]
    # `в третьей четверти 2024 года` is a quarter of a year, `par un tiers` a third party,
    # `un cuarto` a room: no fractions.
    assert set(extract_values("в третьей четверти 2024 года", profile("ru")).numbers) == {2024}
    assert not extract_values("une partie du prix étant détenue par un tiers jusqu'à l'arrivée", profile("fr")).numbers
    assert not extract_values("Se reunieron en un cuarto pequeño.", profile("es")).numbers


def test_russian_third_before_a_feminine_noun_in_the_accusative_is_the_ordinal():
    # `третью` is the ordinal's accusative (`свою третью сессию`, its third session) as well as
    # the instrumental of `треть` (a third): read as 1/3, the commonest phrase of a report was
    # NUM001 `0.3333 here, 3 in the source`.
    ru = profile("ru")
    assert dict(extract_values("Рабочая группа провела свою третью сессию в Вене.", ru).numbers) == {3: 1}
    assert dict(extract_values("Конференция постановила провести свою третью очередную сессию в 2006 году.", ru).numbers) \
        == {3: 1, 2006: 1}
    # ... coordinated with the next ordinal (`третью и четвертую сессии`, a regression probe's)
    assert dict(extract_values("Конференция проведет свою третью и четвертую сессии в Вене.", ru).numbers) == {3: 1, 4: 1}
    # The fraction is still a fraction: a third of the votes, one third part.
    assert dict(extract_values("Решение было принято более чем третью голосов.", ru).numbers) == {0.3333: 1}
    assert dict(extract_values("Это составляет одну третью часть бюджета.", ru).numbers) == {0.3333: 1}


def test_a_general_assembly_resolution_s_letter_and_session_in_arabic_are_no_numbers(tmp_path):
    # `2200 A (XXI)` is `2200 ألف (د-21)` in UN Arabic: the letter was read as a thousand and
    # the session as 21, NUM001 on correct text; a wrong number is still found.
    source = "The Covenant was adopted by the General Assembly in its resolution 2200 A (XXI)."
    versions = {"ar": "واعتمدت الجمعية العامة العهد بموجب قرارها 2200 ألف (د-21).",
                "fr": "Le Pacte a été adopté par l'Assemblée générale dans sa résolution 2200 A (XXI).",
                "ru": "Пакт был принят Генеральной Ассамблеей в ее резолюции 2200 A (XXI)."}
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1/s1", source, {**versions, "ar": "واعتمدت الجمعية العامة العهد بموجب قرارها 2100 ألف (د-21)."})
    assert num001_languages(tmp_path) == ["ar"]
    # A thousand after a number is still one where no session follows.
    assert dict(extract_values("وقد بلغ عدد المهاجرين 2200 ألف شخص.", profile("ar")).numbers) == {2_200_000: 1}


def test_one_in_five_is_a_fifth(tmp_path):
    source = "One in five children in the region is not enrolled in school; ten years ago, it was one in three."
    versions = {"zh": "该区域五分之一的儿童没有入学；十年前，这一比例为三分之一。",
                "fr": "Un enfant sur cinq dans la région n'est pas scolarisé ; il y a 10 ans, c'était un sur trois.",
                "ru": "Каждый пятый ребенок в регионе не посещает школу; десять лет назад – каждый третий.",
                "ar": "ولا يلتحق بالمدارس طفل واحد من كل خمسة أطفال في المنطقة؛ وقبل عشر سنوات، كان واحدا من كل ثلاثة."}
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []
    # A fifth against a third is a difference still.
    write_document(tmp_path, "p/1/s1", source, {**versions, "zh": "该区域三分之一的儿童没有入学；十年前，这一比例为三分之一。"})
    assert num001_languages(tmp_path) == ["zh"]


@pytest.mark.parametrize("source, versions", [
    # No side says one in so many: a fraction against a count is a difference (the probe of
    # the first reading of `one in five`, which took every unit fraction for its count).
    ("Half of the members replied.", {"fr": "Deux des membres ont répondu.", "es": "Dos de los miembros respondieron."}),
    ("A fifth of the children are not enrolled.", {"fr": "Cinq enfants ne sont pas scolarisés."}),
    ("Five children are not enrolled.", {"zh": "五分之一的儿童没有入学。"}),
])
def test_a_fraction_against_a_count_where_no_side_says_one_in_so_many_differs(tmp_path, source, versions):
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == sorted(versions)


def test_an_arabic_compound_with_an_accusative_one_is_its_number(tmp_path):
    source = "The report covers twenty-one countries in the region."
    write_document(tmp_path, "p/1/s1", source, {"ar": "ويغطي التقرير واحدا وعشرين بلدا في المنطقة.",
                                                "fr": "Le rapport porte sur vingt et un pays de la région."})
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1/s1", source, {"ar": "ويغطي التقرير واحدا وثلاثين بلدا في المنطقة.",
                                                "fr": "Le rapport porte sur vingt et un pays de la région."})
    assert num001_languages(tmp_path) == ["ar"]


PART_SOURCE = "The tables are contained in annexes I to IV, as set out in section IV.B and in Chapter VII of the Charter."
PART_VERSIONS = {
    "fr": "Les tableaux figurent dans les annexes I à IV, comme indiqué à la section IV.B et au Chapitre VII de la Charte.",
    "es": "Los cuadros figuran en los anexos I a IV, como se indica en la sección IV.B y en el Capítulo VII de la Carta.",
    "ru": "Таблицы содержатся в приложениях I–IV, как указано в разделе IV.B и в главе VII Устава.",
    "zh": "表格载于附件一至四，如第四.B节和《宪章》第七章所述。",
    "ar": "وترد الجداول في المرفقات من الأول إلى الرابع، على النحو المبين في الفرع رابعا-باء وفي الفصل السابع من الميثاق.",
}


@pytest.mark.parametrize("lang, wrong", [
    ("fr", ("annexes I à IV", "annexes I à V")),
    ("es", ("Capítulo VII", "Capítulo VI")),
    ("ru", ("в разделе IV.B", "в разделе V.B")),
    ("zh", ("第七章", "第六章")),
    ("ar", ("الفصل السابع", "الفصل السادس")),
])
def test_the_numbers_of_annexes_sections_and_chapters_are_compared(tmp_path, lang, wrong):
    # Roman numerals (annex II), Chinese numerals (附件二) and Arabic ordinals (المرفق الثاني)
    # were no numbers: `l'annexe III` for `annex II` passed.
    write_document(tmp_path, "p/1/s1", PART_SOURCE, PART_VERSIONS)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1/s1", PART_SOURCE, {**PART_VERSIONS, lang: PART_VERSIONS[lang].replace(*wrong)})
    assert num001_languages(tmp_path) == [lang]


def test_a_part_a_version_cites_otherwise_is_no_difference(tmp_path):
    # `the annex` where the source numbers it, a Roman `I.` heading label, a pronoun: no part.
    write_document(tmp_path, "p/1/s1", "The list is contained in annex II.", {"fr": "La liste figure en annexe.",
                                                                            "zh": "清单载于附件二。"})
    assert num001_languages(tmp_path) == []
    assert extract_values("Part of the funds was spent.", profile("en")).numbers == Counter()


def test_numbers_that_differ_are_named_alone_and_as_a_reader_writes_them(tmp_path):
    # `2021, 2022, 298700000, 350000000000 here, 2021, 2022, 298700000, 350000000 in the
    # source`: the translator counted zeros to find which differed.
    source = "Contributions reached US$ 350 million in 2022, compared with US$ 298.7 million in 2021."
    write_document(tmp_path, "p/1/s1", source, {"fr": "Les contributions ont atteint 350 milliards de dollars en 2022, "
                                                      "contre 298,7 millions de dollars en 2021."})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["message"] == "numbers differ from the source: 350 billion here, 350 million in the source (2021, 2022, 298.7 million alike)"


def test_the_main_committee_a_version_names_is_compared(tmp_path):
    # `Второму комитету` for `the Third Committee` passed: ordinals were read for sessions
    # and meetings alone.
    source = "The General Assembly adopted the resolution on the report of the Third Committee (A/78/479)."
    versions = {"ru": "Генеральная Ассамблея приняла резолюцию по докладу Третьего комитета (A/78/479).",
                "fr": "L'Assemblée générale a adopté la résolution sur le rapport de la Troisième Commission (A/78/479).",
                "es": "La Asamblea General aprobó la resolución sobre la base del informe de la Tercera Comisión (A/78/479).",
                "zh": "大会根据第三委员会的报告(A/78/479)通过了该决议。",
                "ar": "واتخذت الجمعية العامة القرار بناء على تقرير اللجنة الثالثة (A/78/479)."}
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1/s1", source, {**versions, "ru": versions["ru"].replace("Третьего", "Второго")})
    assert num001_languages(tmp_path) == ["ru"]


def test_two_numbers_that_differ_are_never_said_alike():
    # `1512.37 million here, 1512.37 million in the source`: six significant digits.
    from pipeline.checks.values import _numbers_said

    assert _numbers_said(frozenset({1_512_371_000.0, 2024.0}), frozenset({1_512_369_000.0, 2024.0})) == (
        "1,512,371,000", "1,512,369,000", " (2024 alike)")


@pytest.mark.parametrize("source, versions", [
    # A range and a list of its parts are one citation.
    ("The tables are contained in annexes I to IV.", {"fr": "Les tableaux figurent dans les annexes I, II, III et IV.",
                                                      "zh": "表格载于附件一、二、三和四。",
                                                      "ar": "وترد الجداول في المرفقات الأول والثاني والثالث والرابع."}),
    # Arabic's chapters past ten, and a part English numbers in words.
    ("See chapter XII and Part One of the report.", {"ar": "انظر الفصل الثاني عشر والجزء الأول من التقرير.",
                                                     "zh": "见报告第十二章和第一部分。"}),
    # A quarter of a year and a branch office are no parts (`الفصل`, `الفرع`).
    ("In the first quarter of 2022, the Office opened its second branch in Nairobi, as annex II shows.",
     {"ar": "وفي الفصل الأول من عام 2022، افتتح المكتب الفرع الثاني في نيروبي، على النحو المبين في المرفق الثاني."}),
    # A chapter in digits in the source is the number the version writes in characters.
    ("Chapter 3 of the Criminal Code was amended in 2021.", {"zh": "2021年修订了《刑法》第三章。"}),
])
def test_parts_cited_alike_otherwise_are_no_difference(tmp_path, source, versions):
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []


@pytest.mark.parametrize("source, versions, said", [
    # A part cited again where the source says `that annex`, a section's letters written out:
    # by value, not by how often.
    ("The data are contained in annex I and in the list appended to that annex.",
     {"fr": "Les données figurent à l'annexe I et dans la liste jointe à l'annexe I."}, []),
    ("See sections IV.A and B.", {"fr": "Voir les sections IV.A et IV.B.", "zh": "见第四.A节和第四.B节。"}, []),
    ("Parts One and Two of the guide were adopted.", {"zh": "指南第一和第二部分获得通过。"}, []),
    # A number a version drops beside a part it writes in characters is still missing.
    ("Chapter III lists 3 recommendations.", {"zh": "第三章列出了若干建议。"}, ["zh"]),
])
def test_parts_compared_by_value_and_numbers_with_them(tmp_path, source, versions, said):
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == said


def test_arabic_parts_in_the_plural_and_the_dual_are_read():
    from pipeline.lang.part_numbers import part_numbers

    def values(text):
        return sorted(int(value) for value, _, _ in part_numbers(text, "ar"))

    assert values("الفصول من الثاني إلى الرابع") == [2, 3, 4]
    assert values("الفروع من ثانيا إلى رابعا") == [2, 3, 4]
    assert values("الفصلين الأول والثاني") == [1, 2]
    assert values("المرفق الثاني والمرفق الثالث") == [2, 3]
    # a year's quarter, however the year is named, is no chapter
    assert values("في الفصل الأول من العام") == values("في الفصل الثاني من كل عام") == values("الفصل الثالث للعام 2023") == []


def test_an_arabic_article_numbered_with_an_ordinal_is_its_number(tmp_path):
    # `وفقاً للمادة التاسعة عشرة`, as UN Arabic cites an article as often as with digits: NUM001
    # against the source's 19, where Chinese `第十九条` passed.
    source = "In accordance with article 19 of the Convention, States parties shall cooperate."
    write_document(tmp_path, "p/4/s1", source, {"ar": "وفقاً للمادة التاسعة عشرة من الاتفاقية، تتعاون الدول الأطراف.",
                                                  "zh": "根据《公约》第十九条，缔约国应当开展合作。"})
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/4/s1", source, {"ar": "وفقاً للمادة الثامنة عشرة من الاتفاقية، تتعاون الدول الأطراف."})
    assert num001_languages(tmp_path) == ["ar"]


def test_a_year_given_with_the_dates_in_one_version_and_on_its_own_in_another_is_no_difference(tmp_path):
    # `In 2023, … between 1 January and 30 June` is `2023年1月1日至6月30日`, as Chinese writes
    # it, and `between 1 January and 30 June 2023` is `在2023年上半年（1月1日至6月30日）`: a
    # NUM001 and a NUM002 on each correct sentence.
    def found():
        return num_findings(tmp_path)

    write_document(tmp_path, "p/9/s1", "In 2023, the authorities intercepted 127 vessels between 1 January and 30 June.",
                   {"zh": "2023年1月1日至6月30日，当局拦截了127艘船只。",
                    "fr": "En 2023, les autorités ont intercepté 127 navires entre le 1er janvier et le 30 juin."})
    assert found() == []
    write_document(tmp_path, "p/9/s1", "The authorities intercepted 127 vessels between 1 January and 30 June 2023.",
                   {"zh": "在2023年上半年（1月1日至6月30日），当局拦截了127艘船只。"})
    assert found() == []
    # ... but the year is the dates' still: another year, or the year left out, is said
    write_document(tmp_path, "p/9/s1", "In 2023, the authorities intercepted 127 vessels between 1 January and 30 June.",
                   {"zh": "2022年1月1日至6月30日，当局拦截了127艘船只。"})
    assert found() == [("zh", "NUM001"), ("zh", "NUM002")]
    write_document(tmp_path, "p/9/s1", "On 11 September 2023, the Working Group considered agenda item 2.",
                   {"zh": "工作组于9月11日审议了议程项目2。"})
    assert found() == [("zh", "NUM002")]
    # ... and a period that names both years excuses no wrong year in a date (a regression probe's)
    write_document(tmp_path, "p/9/s1", "The strategy for 2024–2025 was launched on 1 February 2024.",
                   {"zh": "2024-2025年战略于2025年2月1日启动。", "ru": "Стратегия на 2024–2025 годы была принята 1 февраля 2025 года.",
                    "fr": "La stratégie pour 2024-2025 a été lancée le 1er février 2024."})
    assert found() == [("ru", "NUM002"), ("zh", "NUM002")]


@pytest.mark.parametrize("source, chinese", [
    ("Some 15,000 migrants were rescued.", "约1万5千名移民获救。"),
    ("More than 3,000 migrants were rescued.", "3千多名移民获救。"),
    ("The project cost 120 million dollars.", "该项目耗资1亿2千万美元。"),
    # 千 that begins a unit's name is no thousand: 10 km, 5 kg, kilotons, kbit, kilolitres
    ("The boats travelled 10 km with 5 kg of supplies.", "船只载着5千克物资航行了10千米。"),
    ("The link offers 64 kbit/s.", "该链路提供64千比特/秒的速率。"),
    # ... and a higher magnitude after 多 multiplies (over 50 million)
    ("More than 50 million people were affected.", "5千多万人受到影响。"),
    # ... and no other magnitude loses its units (a regression probe's): 50,000 tonnes, rose to
    ("Some 50,000 tonnes of food were delivered.", "运送了约5万吨粮食。"),
    ("It rose to 3,000 tonnes.", "升至3千吨。"),
    ("Seizures rose from 30,000 to 50,000.", "缉获量从3万升至5万。"),
    ("Some 30,000 volunteers took part.", "约3万位志愿者参加了活动。"),
])
def test_chinese_thousands_after_digits_are_read_as_their_value(tmp_path, source, chinese):
    # `1万5千` was 10,000 and 5, `3千多` 3: a NUM001 on each correct sentence.
    write_document(tmp_path, "p/3/s1", source, {"zh": chinese})
    assert num001_languages(tmp_path) == []
    first = re.search(r"\d[\d,]*", source).group(0)  # the source's first number, changed
    write_document(tmp_path, "p/3/s1", source.replace(first, str(int(first.replace(",", "")) + 1), 1), {"zh": chinese})
    assert num001_languages(tmp_path) == ["zh"]


def test_one_in_five_written_with_the_digit_one_is_one_in_five(tmp_path):
    # `每5名…中就有1名` (and `1 in 5`): the 1 is the `one` the other versions write as a word.
    source = "One in five smuggled migrants is a child."
    versions = {"zh": "每5名被偷运移民中就有1名是儿童。", "fr": "Un migrant objet de trafic illicite sur cinq est un enfant.",
                "es": "Uno de cada 5 migrantes objeto de tráfico ilícito es un niño."}
    write_document(tmp_path, "p/2/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/2/s1", "1 in 5 smuggled migrants is a child.", versions)
    assert num001_languages(tmp_path) == []
    # (`Goal 1 in 2023` says no share: a version that drops the 1 differs, a regression probe's)
    write_document(tmp_path, "p/2/s1", "Progress towards Goal 1 in 2023 was uneven.",
                   {"fr": "Les progrès vers l'objectif en 2023 ont été inégaux.", "zh": "2023年实现目标1的进展参差不齐。"})
    assert num001_languages(tmp_path) == ["fr"]
    # ... one in four is still a difference
    write_document(tmp_path, "p/2/s1", source, {**versions, "zh": "每4名被偷运移民中就有1名是儿童。"})
    assert num001_languages(tmp_path) == ["zh"]


def test_a_century_is_its_number_in_every_language(tmp_path):
    # `XXe siècle` for `the twenty-first century` passed: no version's century was read.
    source = "Migrant smuggling is a challenge of the twenty-first century."
    versions = {"fr": "Le trafic illicite de migrants est un défi du XXIe siècle.",
                "es": "El tráfico ilícito de migrantes es un desafío del siglo XXI.",
                "ru": "Незаконный ввоз мигрантов – это вызов XXI века.",
                "zh": "偷运移民是21世纪的一项挑战。",
                "ar": "إن تهريب المهاجرين تحدٍّ من تحديات القرن الحادي والعشرين."}
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == []
    write_document(tmp_path, "p/1/s1", source, {**versions, "fr": "Le trafic illicite de migrants est un défi du XXe siècle.",
                                                "ru": "Незаконный ввоз мигрантов – это вызов ХХ века."})
    assert num001_languages(tmp_path) == ["fr", "ru"]
    # the adjective, the words unhyphenated, two centuries (a regression probe's)
    for number, (source, versions) in enumerate((
            ("Twenty-first-century skills are needed.", {"fr": "Il faut des compétences du XXIe siècle.",
                                                         "zh": "需要21世纪的技能。"}),
            ("The twenty first century brings new challenges.", {"es": "El siglo XXI trae nuevos desafíos."}),
            ("The 21st and 22nd centuries", {"es": "Los siglos XXI y XXII", "ar": "القرنان الحادي والعشرون والثاني والعشرون"}),
            ("The 19th and 21st centuries", {"fr": "Les XIXe et XXIe siècles", "ru": "С XIX по XXI век"}),
            ("From the nineteenth to the twenty-first century", {"fr": "Du XIXe au XXIe siècle", "ru": "С XIX по XXI век"}),
            ("Twenty-first century: challenges", {"es": "Siglo XXI: desafíos"}))):
        write_document(tmp_path / str(number), "p/1/s1", source, versions)
        assert num001_languages(tmp_path / str(number)) == [], source


def test_a_date_and_a_time_as_software_writes_them_in_english(tmp_path):
    # `March 5, 2024` was no date and `2:30 PM` 02:30: NUM001, NUM002 and NUM003 errors on
    # every correct version, and the one wrong date said for the wrong reason.
    def found():
        return num_findings(tmp_path)

    write_document(tmp_path, "p/1/s1", "The update was released on March 5, 2024 and runs at 2:30 PM.",
                   {"ru": "Обновление было выпущено 5 марта 2024 года и запускается в 14:30.",
                    "fr": "La mise à jour a été publiée le 5 mars 2024 et s'exécute à 14 h 30.",
                    "zh": "该更新于2024年3月5日发布，于下午2:30运行。"})
    assert found() == []
    write_document(tmp_path, "p/1/s1", "The update was released on March 5, 2024 and runs at 2:30 PM.",
                   {"ru": "Обновление было выпущено 15 марта 2024 года и запускается в 14:30.",
                    "fr": "La mise à jour a été publiée le 5 mars 2024 et s'exécute à 2 h 30."})
    assert found() == [("fr", "NUM003"), ("ru", "NUM002")]
    # ... not a month's name before a count, nor AM radio (a regression probe's)
    tmp_path = tmp_path / "radio"
    write_document(tmp_path, "p/1/s1", "In May 5 delegations withdrew; the country has 24 AM and 30 FM radio stations.",
                   {"fr": "En mai, 5 délégations se sont retirées ; le pays compte 24 stations AM et 30 stations FM."})
    assert found() == []
    # ... and a date without its year, however the sentence goes on (a regression probe's)
    for number, (source, french) in enumerate((
            ("The office closed between May 5 and May 10 for repairs.", "Le bureau a fermé entre le 5 et le 10 mai pour travaux."),
            ("During June 27–28 the Group met twice.", "Les 27 et 28 juin, le Groupe s'est réuni deux fois."),
            ("It met on Tuesday, March 3 in New York.", "Il s'est réuni le mardi 3 mars à New York."))):
        tmp_path = tmp_path.parent / f"date{number}"
        write_document(tmp_path, "p/1/s1", source, {"fr": french})
        assert found() == [], source


def test_a_part_a_version_adds_to_the_sources_names_what_the_source_cites():
    # `annexes I to III` → `附件一至四`: "IV here, none in the source" read as a source that
    # cites no annex (probe 66d).
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_document(root, "p/1", "Details are set out in annexes I to III to the present report.",
                       {"zh": "详情载于本报告附件一至四。"})
        result = run_hexaglot("check", str(root), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=root)
        [finding] = json.loads(result.stdout)["findings"]
    assert finding["message"].endswith("IV here, not in the source, which cites I, II, III"), finding["message"]


@pytest.mark.parametrize("source, versions, said", [
    # a table's cell of figures alone: a minus or an accountant's brackets dropped (probe 66d)
    ("−2.5", {"fr": "2,5", "ru": "–2,5", "es": "−2,5", "zh": "-2.5"}, ["fr"]),
    ("(5.0)", {"es": "5,0", "fr": "(5,0)", "zh": "（5.0）"}, ["es"]),
    ("−3.1 %", {"fr": "–3,1 %", "es": "3,1 %"}, ["es"]),
    # not in a sentence, where the fall is said in words in more ways than a list holds
    # (probe 66i: `снизился`, `se contrajo`, `回落`), nor a list's label or a year in brackets
    ("The real growth of the regular budget was −2.5 per cent compared with 2023.",
     {"ru": "Реальный объем регулярного бюджета снизился на 2,5 процента по сравнению с 2023 годом.",
      "es": "El presupuesto ordinario se contrajo un 2,5 % en términos reales con respecto a 2023.",
      "zh": "与2023年相比，经常预算实际回落2.5%。"}, []),
    ("(2)", {"fr": "2)"}, []), ("(2023)", {"zh": "2023年"}, []), ("(10)", {"es": "10)", "ru": "10)"}, []),
    # grouped by spaces, or none, an accountant's negative all the same (probes 66j, 66k)
    ("(1,234)", {"fr": "(1 234)", "ru": "(1 234)", "es": "1.234"}, ["es"]), ("(205)", {"es": "205"}, ["es"]),
    ("(2,015)", {"es": "(2015)", "fr": "(2015)"}, []), ("(2015)", {"fr": "2015"}, []), ("(15)", {"es": "15"}, ["es"]),
    # a plus is a sign too, and a minus set off by a space
    ("+2.5", {"fr": "−2,5", "es": "+2,5"}, ["fr"]), ("−0.8", {"fr": "– 0,8"}, []),
    # ranges and dates are no signs
    ("In the 2022-2023 biennium, 10–15 posts were vacant.",
     {"fr": "Au cours de l'exercice biennal 2022-2023, 10 à 15 postes étaient vacants.",
      "ru": "В двухгодичный период 2022–2023 годов вакантными были 10–15 должностей.",
      "zh": "在2022年-2023年两年期，10-15个员额出缺。"}, []),
])
def test_a_numbers_sign_is_compared_in_a_cell_of_figures(tmp_path, source, versions, said):
    write_document(tmp_path, "p/1/s1", source, versions)
    assert num001_languages(tmp_path) == said


@pytest.mark.parametrize("versions, said", [
    # percentage points written as a per cent: a difference of two rates made a share (probe 66d)
    ({"es": "La tasa de vacantes disminuyó un 3,6 %.", "fr": "Le taux de vacance a baissé de 3,6 points de pourcentage.",
      "ru": "Доля вакантных должностей снизилась на 3,6 процентного пункта.", "zh": "空缺率下降了3.6个百分点。"}, ["es"]),
    ({"es": "La tasa de vacantes disminuyó 3,6 puntos porcentuales.", "fr": "Le taux de vacance a baissé de 3,6 points."}, []),
])
def test_percentage_points_are_no_per_cent(tmp_path, versions, said):
    write_document(tmp_path, "p/1/s1", "The vacancy rate fell by 3.6 percentage points.", versions)
    assert num001_languages(tmp_path) == said


def test_a_cells_sign_finding_quotes_both_cells_and_marks_the_figure(tmp_path):
    # The finding had no place (no `start`, nothing marked by --show-source), and a cell of two
    # numbers read "the number here, −the number in the source" (probe 66l).
    write_document(tmp_path, "annex/r1/c2", "-12.5 13.4", {"fr": "12,5 13,4"})
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM001", "--format", "json", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["message"] == "the sign of a number differs from the source: 12,5 13,4 here, -12.5 13.4 in the source"
    assert finding["start"] == 0 and finding["end"] == 4
