"""Sentence splitting per language: UN abbreviations, times, references, URLs and symbols."""

import pytest

from pipeline.extract.sentences import split_sentences
from pipeline.lang import profile


def sentences(text, lang):
    return [text[start:end] for start, end in split_sentences(text, profile(lang))]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "ru",
            "Совещание откроется в 10 час. 00 мин. Второго марта 2022 года бюро согласовало темы.",
            ["Совещание откроется в 10 час. 00 мин.", "Второго марта 2022 года бюро согласовало темы."],
        ),
        (
            "ru",
            "Предлагаемая организация работы (см. приложение) подготовлена. См. сборник, p. 47.",
            ["Предлагаемая организация работы (см. приложение) подготовлена.", "См. сборник, p. 47."],
        ),
        (
            "ru",
            "Документ CTOC/COP/WG.7/2022/2 представлен. Ссылка http://undocs.org/ru/CTOC/COP/WG.7/2022/3 работает.",
            ["Документ CTOC/COP/WG.7/2022/2 представлен.", "Ссылка http://undocs.org/ru/CTOC/COP/WG.7/2022/3 работает."],
        ),
        (
            "ru",
            "В резолюции 7/1 «Активизация усилий» Конференция постановила. Секретариат т. е. бюро.",
            ["В резолюции 7/1 «Активизация усилий» Конференция постановила.", "Секретариат т. е. бюро."],
        ),
        (
            "en",
            "The meeting will be opened at 10 a.m. on Monday. See the Compendium (Vienna, 2021), p. 47. Next.",
            ["The meeting will be opened at 10 a.m. on Monday.", "See the Compendium (Vienna, 2021), p. 47.", "Next."],
        ),
        (
            "en",
            "In its resolution 7/1, entitled “Strengthening the implementation.” The Conference decided.",
            ["In its resolution 7/1, entitled “Strengthening the implementation.”", "The Conference decided."],
        ),
        (
            "fr",
            "Voir l'Office (Vienne, 2021), p. 47. La réunion sera ouverte à 10 heures. M. Dupont préside.",
            ["Voir l'Office (Vienne, 2021), p. 47.", "La réunion sera ouverte à 10 heures.", "M. Dupont préside."],
        ),
        (
            "es",
            "Véase la Oficina (Viena, 2021), pág. 47. El Grupo de Trabajo se reunirá a las 10.00 horas.",
            ["Véase la Oficina (Viena, 2021), pág. 47.", "El Grupo de Trabajo se reunirá a las 10.00 horas."],
        ),
        (
            "zh",
            "工作组第九次会议将于6月27日开幕。如果会议必须以混合形式举行，则将公布新的信息。见《偷运移民议定书》。",
            ["工作组第九次会议将于6月27日开幕。", "如果会议必须以混合形式举行，则将公布新的信息。", "见《偷运移民议定书》。"],
        ),
        (
            "ar",
            "سيُفتتح الاجتماع في الساعة 00/10 من يوم الاثنين 27 حزيران/يونيه. وقد قرر المؤتمر ذلك في قراره 7/1.",
            ["سيُفتتح الاجتماع في الساعة 00/10 من يوم الاثنين 27 حزيران/يونيه.", "وقد قرر المؤتمر ذلك في قراره 7/1."],
        ),
        # What a symbol or a treaty citation keeps in English in every version (`Sect. 16`,
        # `vol. 2237, No. 39574`) split the sentence after it: fuzzy in every catalog.
        (
            "es",
            "Véase A/78/6 (Sect. 16), párr. 4. Naciones Unidas, Treaty Series, vol. 2237, No. 39574. El Grupo se reunió.",
            ["Véase A/78/6 (Sect. 16), párr. 4.", "Naciones Unidas, Treaty Series, vol. 2237, No. 39574.", "El Grupo se reunió."],
        ),
        (
            "fr",
            "Nations Unies, Recueil des Traités, vols. 2225, 2237 et 2241, No. 39574. Le Groupe s'est réuni.",
            ["Nations Unies, Recueil des Traités, vols. 2225, 2237 et 2241, No. 39574.", "Le Groupe s'est réuni."],
        ),
        (
            "ru",
            "См. A/78/6 (Sect. 16). Организация Объединенных Наций, Treaty Series, vol. 2237, No. 39574.",
            ["См. A/78/6 (Sect. 16).", "Организация Объединенных Наций, Treaty Series, vol. 2237, No. 39574."],
        ),
        (
            "ar",
            "انظر A/78/6 (Sect. 16). وقد قرر المؤتمر ذلك.",
            ["انظر A/78/6 (Sect. 16).", "وقد قرر المؤتمر ذلك."],
        ),
        # The United States' abbreviation: it may end a sentence, and ends none inside one.
        (
            "fr",
            "Le coût s'élève à 3,5 millions de dollars É.-U. Le Groupe de travail en a pris note.",
            ["Le coût s'élève à 3,5 millions de dollars É.-U.", "Le Groupe de travail en a pris note."],
        ),
        (
            "fr",
            "Les dépenses, en dollars É.-U., ont augmenté.",
            ["Les dépenses, en dollars É.-U., ont augmenté."],
        ),
    ],
)
def test_split(lang, text, expected):
    assert sentences(text, lang) == expected


def test_lowercase_after_a_stop_does_not_start_a_sentence():
    assert len(sentences("Рабочая группа и т.д. рассмотрит вопрос.", "ru")) == 1
    assert len(sentences("The report, e.g. its annex, is ready.", "en")) == 1


@pytest.mark.parametrize("lang", ["ru", "en", "fr", "es", "ar", "zh"])
def test_sentence_counts_of_the_seed_paragraph_match_across_versions(documents, lang):
    # item/1b/p4 (the COVID-19 paragraph) has four sentences in every version.
    assert len(documents[lang].block("item/1b/p4").sentences) == 4


def test_spanish_sea_ends_a_sentence_though_mar_abbreviates_march():
    # `por mar` is in every paragraph on the smuggling of migrants by sea; read as the month
    # `mar.`, it joined two sentences and the paragraph was aligned as one fuzzy unit.
    paragraph = (
        "Los oradores destacaron la función de las empresas navieras en la detección del tráfico "
        "ilícito de migrantes por mar. Algunos oradores pidieron una cooperación transfronteriza "
        "más estrecha entre los guardacostas."
    )
    assert len(sentences(paragraph, "es")) == 2
    # The month keeps its stop inside a date.
    assert len(sentences("La reunión se celebró el 15 mar. 2022 en Viena.", "es")) == 1


@pytest.mark.parametrize("lang, text, expected", [
    # The UN's way of writing US dollars: `долл.` before `США` ends nothing, and after it the
    # sentence may end (one of two sentences, not three, as in English).
    ("ru", "Кампания продлится до 31 декабря 2023 года. Она финансируется в объеме 2,5 млн долл. США.",
     ["Кампания продлится до 31 декабря 2023 года.", "Она финансируется в объеме 2,5 млн долл. США."]),
    ("ru", "Взнос составил 300 000 долл. США на период 2022–2023 годов. Секретариат благодарит доноров.",
     ["Взнос составил 300 000 долл. США на период 2022–2023 годов.", "Секретариат благодарит доноров."]),
    ("ru", "Было выделено 1,2 млн. долл. США, а срок продлен. Доклад представлен.",
     ["Было выделено 1,2 млн. долл. США, а срок продлен.", "Доклад представлен."]),
    # Spanish: the United States abbreviated `EE. UU.`, which may end a sentence too.
    ("es", "Se aportaron 2,5 millones de dólares de los EE. UU. en 2022. La campaña terminó.",
     ["Se aportaron 2,5 millones de dólares de los EE. UU. en 2022.", "La campaña terminó."]),
    ("es", "El donante fueron los EE. UU. La campaña terminó.", ["El donante fueron los EE. UU.", "La campaña terminó."]),
    # French: an abbreviation after an elided article (`l'art.`, `d'env.`) is still one.
    ("fr", "Voir l'art. 6 du Protocole. Il s'agit d'env. 3 millions de dollars. La campagne a pris fin.",
     ["Voir l'art. 6 du Protocole.", "Il s'agit d'env. 3 millions de dollars.", "La campagne a pris fin."]),
    ("fr", "Voir l’art. 6 du Protocole. Fin.", ["Voir l’art. 6 du Protocole.", "Fin."]),
    # English: a time zone named after `a.m.` goes on the sentence.
    ("en", "The meeting will open at 10 a.m. Vienna time on 27 June. Registration is open.",
     ["The meeting will open at 10 a.m. Vienna time on 27 June.", "Registration is open."]),
    ("en", "It opens at 3 p.m. New York time and closes at 6 p.m. EST. Registration is open.",
     ["It opens at 3 p.m. New York time and closes at 6 p.m. EST.", "Registration is open."]),
    ("en", "The meeting opened at 10 a.m. The Chair welcomed the participants.",
     ["The meeting opened at 10 a.m.", "The Chair welcomed the participants."]),
])
def test_an_abbreviation_a_capital_follows_inside_a_sentence(lang, text, expected):
    assert sentences(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A question quoted inside a sentence ends none: the sentence goes on after the quotation
    # (the paragraph was whole and fuzzy in Chinese, none of it checked).
    ("zh", "董事会还审议了“信托基金如何才能更好地惠及偏远地区的幸存者？”这一问题，并请秘书处提出备选方案。主席宣布会议闭幕。",
     ["董事会还审议了“信托基金如何才能更好地惠及偏远地区的幸存者？”这一问题，并请秘书处提出备选方案。", "主席宣布会议闭幕。"]),
    # A title's question never ends one: a sentence that ends with a title puts its 。 after it.
    ("zh", "有人提到《谁来保护移民？》一书。会议闭幕。", ["有人提到《谁来保护移民？》一书。", "会议闭幕。"]),
    # A quotation that is the sentence, opens after a colon, or after which a sentence starts,
    # ends it as before (a regression probe's: `主题是“移民安全吗？”共有…`).
    ("zh", "主席问道：“还有什么问题吗？”会议于下午6时闭幕。", ["主席问道：“还有什么问题吗？”", "会议于下午6时闭幕。"]),
    ("zh", "“还有什么问题吗？”会议于下午6时闭幕。", ["“还有什么问题吗？”", "会议于下午6时闭幕。"]),
    ("zh", "一位代表问道，“私营部门还能做什么？”会议随后休会。", ["一位代表问道，“私营部门还能做什么？”", "会议随后休会。"]),
    # ... and one opened inside the sentence goes on with it, whatever follows (a sentence
    # that ends after such a quotation puts its 。 after it)
    ("zh", "工作组就“私营部门还能做什么？”进行了小组讨论。十二名专家参加了讨论。",
     ["工作组就“私营部门还能做什么？”进行了小组讨论。", "十二名专家参加了讨论。"]),
    # An English title quoted in Arabic, or a quotation a relative pronoun goes on after, ends
    # no Arabic sentence; before و, which begins one as often as it goes on with one, a quoted
    # question ends it.
    ("ar", "ونوقشت الدراسة المعنونة “Smuggling at Sea: Who Pays the Price?” التي نشرت في عام 2021. واختتم الاجتماع.",
     ["ونوقشت الدراسة المعنونة “Smuggling at Sea: Who Pays the Price?” التي نشرت في عام 2021.", "واختتم الاجتماع."]),
    ("ar", "وكان موضوع الاجتماع \"هل المهاجرون آمنون؟\" وحضره 50 خبيراً.",
     ["وكان موضوع الاجتماع \"هل المهاجرون آمنون؟\"", "وحضره 50 خبيراً."]),
    # A Latin stop typed between two Chinese sentences ends the first, as `。` would: read as
    # one sentence, the paragraph was whole and fuzzy, and TYPO011 never saw the stop.
    ("zh", "会议每天上午10时开始.项目提案应于5月1日前提交。", ["会议每天上午10时开始.", "项目提案应于5月1日前提交。"]),
    ("zh", "见第1.2段和www.unodc.org。", ["见第1.2段和www.unodc.org。"]),
])
def test_how_chinese_and_arabic_end_a_sentence_around_quotations_and_stops(lang, text, expected):
    assert sentences(text, lang) == expected


def test_a_chinese_paragraph_joined_back_is_its_text_as_written():
    # A space was put after a quotation's closing mark (`？” 这一问题`): the catalog changed
    # the version's text, where the text is never corrected.
    from pipeline.model import join_sentences

    assert join_sentences(["董事会审议了“如何惠及幸存者？”", "这一问题。"]) == "董事会审议了“如何惠及幸存者？”这一问题。"
    assert join_sentences(["会议开始.", "项目提案。"]) == "会议开始.项目提案。"
    assert join_sentences(["He asked “Why?”", "No one answered."]) == "He asked “Why?” No one answered."


@pytest.mark.parametrize("text, expected", [
    # French sets a space inside its guillemets: the `»` after the stop closed no sentence, the
    # next one began with it, and the paragraph went whole, fuzzy and unchecked.
    ("Plusieurs États ont déclaré\u00a0: «\u00a0Le trafic illicite de migrants est une infraction.\u00a0» "
     "D'autres États n'étaient pas de cet avis.",
     ["Plusieurs États ont déclaré\u00a0: «\u00a0Le trafic illicite de migrants est une infraction.\u00a0»",
      "D'autres États n'étaient pas de cet avis."]),
    ("Ils ont demandé\u00a0: «\u00a0Comment améliorer la coopération\u202f?\u00a0» La plupart ont répondu.",
     ["Ils ont demandé\u00a0: «\u00a0Comment améliorer la coopération\u202f?\u00a0»", "La plupart ont répondu."]),
    ("Voir «\u00a0Rapport.\u00a0» et la suite.", ["Voir «\u00a0Rapport.\u00a0» et la suite."]),
    ("Il a dit\u00a0: «\u00a0Elle a dit\u00a0: «\u00a0Non.\u00a0» » Puis il est parti.",
     ["Il a dit\u00a0: «\u00a0Elle a dit\u00a0: «\u00a0Non.\u00a0» »", "Puis il est parti."]),
])
def test_a_french_quotation_closed_after_its_stop_ends_the_sentence(text, expected):
    assert [text[start:end] for start, end in split_sentences(text, profile("fr"))] == expected
