"""NUM, REF, TYPO and CONS checks: every code fails and passes in at least two languages.

Rows are (language, source, translation, expected codes); cross-version rows give the six
versions of one segment and the version expected to be reported.
"""

import re
import unicodedata
from pathlib import Path

import polib
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.run import check_catalog, check_catalogs, terminology_for
from pipeline.checks import selected
from pipeline.model import CatalogFile, Entry
from tests.foreign import po_text

ENTRY_CODES = ["TYPO001", "TYPO002", "TYPO003", "TYPO004", "TYPO005", "TYPO006", "TYPO007", "TYPO008", "TYPO009",
               "TYPO011", "TYPO012", "CONS001", "CONS002", "CONS003", "CONS007"]


def codes(lang, source, target, fuzzy=False):
    catalog = CatalogFile("t.po", lang, (Entry("e", source, target, 1, fuzzy),))
    return sorted({f.code for f in check_catalog(catalog, selected(ENTRY_CODES), terminology_for([]), "en")})


ROWS = [
    # TYPO001 mixed scripts
    ("ru", "Working Group", "Рабочaя группa", ["TYPO001"]),
    ("ru", "Working Group", "Рабочая группа", []),
    ("en", "Working Group", "Wоrking Group", ["TYPO001"]),  # Cyrillic о
    ("zh", "CTOC document", "ＣＴＯＣ文件", ["TYPO001"]),
    # Traditional characters in UN Chinese (a text copied from a Traditional source)
    ("zh", "States parties shall report.", "各締約國應提交報告。", ["TYPO001"]),
    ("zh", "States parties shall report.", "各缔约国应提交报告。", []),
    ("zh", "The famous report of 2024", "2024年著名的报告", []),  # 著: Simplified writes it too
    ("zh", "CTOC document", "CTOC文件", []),
    # A Latin acronym in a Russian compound is two words, not a mixed one; a look-alike in a part still is.
    ("ru", "Enter the IP address and the JSON object.", "Введите IP-адрес и JSON-объект.", []),
    ("ru", "SQL statements", "SQL-оператоpы", ["TYPO001"]),  # Latin p in операторы
    # A code copied from the source, retyped in Cyrillic letters that look like its Latin ones
    # (all of them Cyrillic: no word mixes scripts, and search for CO2 misses it)
    ("ru", "Emissions of CO2 and PM10 fell.", "Выбросы СО2 и РМ10 сократились.", ["TYPO001"]),
    ("ru", "Emissions of CO2 and PM10 fell.", "Выбросы CO2 и PM10 сократились.", []),
    ("ru", "The EC and the A4 format", "ЕС и формат А4", []),  # not codes copied: the Russian abbreviation, a paper size
    ("fr", "The COVID-19 response", "La riposte à la СOVID-19", ["TYPO001"]),  # a Cyrillic С, in a Latin text
    # an escape's letter is no letter of the word after it (`\\nСтрока`: FMT006's, not a mixed word)
    ("ru", "Line one\\nLine two", "Строка один\\nСтрока два", []),
    ("ru", "Column\\tValue", "Столбец\\tЗначение", []),
    ("ru", "Line one\\nLine two", "Строка один\\nСтрокa два", ["TYPO001"]),  # a Latin а all the same
    ("ru", "Saved in C:\\Reports\\analysis", "Сохранено в C:\\Отчёты\\aнализ", ["TYPO001"]),  # a path's Latin а
    # TYPO002 quotation marks
    ("ru", "resolution “Strengthening”", 'резолюция "Активизация"', ["TYPO002"]),
    ("ru", "resolution “Strengthening”", "резолюция «Активизация»", []),
    ("fr", "resolution “Strengthening”", "résolution «Renforcement»", ["TYPO002"]),
    ("fr", "resolution “Strengthening”", "résolution «\u00a0Renforcement\u00a0»", []),
    ("es", "resolution “Strengthening”", "resolución «Fortalecimiento»", []),
    ("en", "resolution “Strengthening”", "resolution «Strengthening»", ["TYPO002"]),
    # TYPO003 whitespace
    # A re-indenting tool's layout, or a PDF's, inside a sentence: a blank line, an indented line
    ("fr", "The Group met on 28 June 2022. It adopted its agenda.",
     "Le Groupe s'est réuni le 28 juin 2022.\n           \n          Il a adopté son ordre du jour.", ["TYPO003"]),
    ("ru", "The Group met on 29 June 2022. It closed the meeting.",
     "Группа собралась 29 июня 2022 года.\n Она закрыла совещание.", ["TYPO003"]),
    ("ru", "Usage:\n  hexaglot check PATH", "Использование:\n  hexaglot check ПУТЬ", []),  # the source's own layout
    ("ru", "First line\nSecond line", "Первая строка\nВторая строка", []),
    # A source written with CRLF has its blank line too; a space before a line break is no indentation
    ("ru", "First paragraph.\r\n\r\nSecond paragraph.", "Первый абзац.\n\nВторой абзац.", []),
    ("ru", "First line\nSecond line", "Первая строка \nВторая строка", []),
    ("es", "The Working Group met.", "El Grupo de Trabajo  se reunió.", ["TYPO003"]),
    ("ru", "The Working Group met.", "Рабочая группа собралась.", []),
    # An HTML entity's `;` is markup, no French punctuation (its fix broke the entity)
    ("fr", "Select <i>Settings</i> &gt; <i>Language</i>.", "Sélectionnez <i>Paramètres</i> &gt; <i>Langue</i>.", []),
    ("fr", "Select Settings; then Language.", "Sélectionnez Paramètres; puis Langue.", ["TYPO003"]),
    # ... and before a tag that closes the emphasis (it was read only before a space or the end)
    ("fr", "<b>Note:</b> the session is closed.", "<b>Note :</b> la séance est close.", ["TYPO003"]),
    # ... not a mark glued to a placeholder on both sides: a format's, an address's
    ("fr", "%d:%02d left", "%d:%02d restantes", []),
    ("fr", "Server {host}:{port}", "Serveur {host}:{port}", []),
    ("fr", "Call tel:{number}", "Appelez tel:{number}", []),
    ("fr", "Write to mailto:%s", "Écrivez à mailto:%s", []),
    # ... but a word's mark glued to what follows is French punctuation with no space
    ("fr", "Error: %s", "Erreur:%s", ["TYPO003"]),
    ("fr", "Connect with ssh:%s", "Connexion par ssh:%s", []),  # the source's own string
    ("fr", "Listening on localhost:%d", "À l'écoute sur localhost:%d", []),
    ("fr", "<b>Note:</b> the session", "<b>Remarque:</b> la séance", ["TYPO003"]),
    # a double space in a Chinese sentence (a masthead's letter-spaced name is tested apart)
    ("zh", "The General Assembly decided.", "大会  决定。", ["TYPO003"]),
    ("zh", "The meeting", "会  议", ["TYPO003"]),
    ("fr", "Organizational matters:", "Questions d'organisation :", ["TYPO003"]),
    ("fr", "Organizational matters:", "Questions d'organisation\u00a0:", []),
    ("fr", "at 10:00", "à 10:00", []),
    # A string the program joins to another by its edge space: lost, the words run together
    ("es", "Name: ", "Nombre:", ["TYPO003"]),
    ("fr", " (default)", "(par défaut)", ["TYPO003"]),
    ("fr", "Name: ", "Nom\u00a0: ", []),
    # French figures: a per cent sign and groups of three take a no-break space, or the line
    # may break inside the figure
    ("fr", "an increase of 10.5 per cent", "une hausse de 10,5%", ["TYPO003"]),
    ("fr", "an increase of 10.5 per cent", "une hausse de 10,5 %", ["TYPO003"]),
    ("fr", "an increase of 10.5 per cent", "une hausse de 10,5\u00a0%", []),
    ("fr", "some 2,300 labour inspectors", "quelque 2 300 inspecteurs du travail", ["TYPO003"]),
    ("fr", "some 2,300 labour inspectors", "quelque 2\u00a0300 inspecteurs du travail", []),
    ("fr", "some 1,250,000 migrants", "quelque 1\u202f250\u202f000 migrants", []),
    # (two numbers side by side, which the source does not write as one figure)
    ("fr", "In 2022, 300 migrants arrived.", "En 2022 300 migrants sont arrivés.", []),
    ("fr", "articles 5 and 123", "les articles 5 123", []),
    ("fr", "Download 50%% of {name}", "Télécharger 50\u00a0%% de {name}", []),
    ("fr", "Progress: %1 %2", "Progression\u00a0: %1 %2", []),  # Qt's arguments, unflagged (a regression probe's)
    ("zh", "Name: ", "名称：", []),  # a full-width mark holds its own space
    ("ru", "Done\n", "Готово", []),  # a lost line break is FMT006's
    # TYPO004 end punctuation
    ("ru", "Opening of the meeting;", "Открытие совещания", ["TYPO004"]),
    ("zh", "Opening of the meeting.", "会议开幕。", []),
    ("ar", "Is it so?", "هل هو كذلك؟", []),
    ("es", "at 10 a.m.", "a las 10.00 horas.", []),
    ("es", "Opening of the meeting;", "Apertura de la reunión.", ["TYPO004"]),
    # a unit's abbreviation in a closing bracket: its stop is no end of the text
    ("ru", "Amount (thousand roubles)", "Сумма (тыс. руб.)", []),
    ("fr", "Weight (lb)", "Poids (liv.)", []),
    ("ru", "Amount (thousand roubles).", "Сумма (тыс. руб.)", []),
    ("ru", "Width (in pixels)", "Ширина (в пикселях).", ["TYPO004"]),
    # (a sentence in brackets keeps its stop: a lost one is said, a regression probe's)
    ("fr", "(See annex.)", "(Voir l'annexe)", ["TYPO004"]),
    ("ru", "(See annex.)", "(См. приложение)", ["TYPO004"]),
    # a footnote's code after the stop (a CAT tool's <x2/>), lost in the translation: the tags'
    # check's to say (FMT005), not an ending; a sentence in bold ends inside its tag
    ("ru", "<g1>Smuggling of migrants</g1> is a crime.<x2/>", "<g1>Незаконный ввоз мигрантов</g1> является преступлением.",
     []),
    ("fr", "<b>Note:</b>", "<b>Remarque :</b>", []),
    ("fr", "<b>Note:</b>", "<b>Remarque</b>", ["TYPO004"]),
    # French's narrow no-break space, the one it prefers before ? and inside « », ends nothing
    ("fr", 'asked: "What more can the private sector do?"',
     "a demandé\u202f: «\u202fQue peut faire de plus le secteur privé\u202f?\u202f»", []),
    # ...and a stop after the quotation that ends with its own mark, as Spanish writes it (RAE)
    # and French may: the quotation's mark is the source's
    ("es", "One speaker asked: “What more can be done?”", "Un orador preguntó: “¿Qué más se puede hacer?”.", []),
    ("es", "The participants chanted: “Never again!”", "Los participantes corearon: «¡Nunca más!».", []),
    ("fr", "The slogan was “Never again!”", "Le slogan était «\u202fPlus jamais ça\u202f!\u202f».", []),
    ("es", "He asked: “What more can be done?”.", "Preguntó: «¿Qué más se puede hacer?»", []),
    # (not a quotation's own mark: the question lost, a quotation that ends with none)
    ("es", "One speaker asked: “What more can be done?”", "Un orador preguntó: «Qué más se puede hacer».", ["TYPO004"]),
    ("es", "One speaker asked what more could be done?", "Un orador preguntó qué más se podía hacer «hoy».", ["TYPO004"]),
    ("es", "One speaker said: “More can be done.”", "Un orador dijo: «Se puede hacer más»", ["TYPO004"]),
    # TYPO011 the Latin script's marks inside a Chinese or Arabic sentence, a Spanish question
    # not opened; a mark between Latin letters or digits is theirs
    ("zh", "It is estimated that, in 2021, more than 2,400 migrants died; most at sea.",
     "据估计,2021年有2,400多名移民死亡;大多数死于海上。", ["TYPO011"]),
    ("zh", "It is estimated that, in 2021, more than 2,400 migrants died; most at sea.",
     "据估计，2021年有2,400多名移民死亡；大多数死于海上。", []),
    ("zh", "the Office (UNODC) at 10:30, see www.unodc.org/som?lang=zh",
     "毒品和犯罪问题办公室（UNODC）于10:30，见www.unodc.org/som?lang=zh", []),
    ("zh", "the impact of the pandemic (mainly in 2020)", "大流行(主要是在2020年)的影响", ["TYPO011"]),
    # a document symbol pasted in the English brackets: UN Chinese writes `（CTOC/COP/WG.7/2022/1）`
    ("zh", "the background paper (CTOC/COP/WG.4/2022/2).", "背景文件(CTOC/COP/WG.4/2022/2)。", ["TYPO011"]),
    ("zh", "the background paper (CTOC/COP/WG.4/2022/2).", "背景文件（CTOC/COP/WG.4/2022/2）。", []),
    # ... brackets around Latin letters are theirs: a sub-paragraph's reference as UN Chinese
    # writes it, a name in English; a stop only after a Chinese character ends its sentence
    ("zh", "article 2, paragraph (b), and paragraph 5 (e) of the Protocol (UNODC).",
     "《议定书》第二款(b)项和第5(e)段(UNODC)。", []),
    ("zh", "The Chair thanked the Secretariat.", "主席感谢秘书处.", ["TYPO011"]),
    # ... and after a full-width bracket or quotation mark that closes Chinese text
    ("zh", "The meeting is closed (see report).", "会议已结束（见报告）.", ["TYPO011"]),
    # TYPO003 a space inside Chinese text, cutting a word in two (search and the term checks read two)
    ("zh", "The Working Group on the Smuggling of Migrants met.", "偷运 移民问题工作组举行了会议。", ["TYPO003"]),
    ("zh", "The Working Group met.", "工作　组举行了会议。", ["TYPO003"]),
    # ... not after a label Chinese typesetting sets apart, nor beside Latin letters or digits
    ("zh", "Article 1 Use of terms", "第一条　用语", []),
    ("zh", "Annex I. List of States parties", "附件一 缔约国名单", []),
    ("zh", "Part one General provisions", "第一部分 总则", []),
    ("zh", "Article 5 bis Criminalization", "第五条之二 刑事定罪", []),
    ("zh", "Table 1 Parties", "表一 缔约方", []),
    ("zh", "Box 1 Examples", "方框一 实例", []),
    ("zh", "Section A Introduction", "甲节 导言", []),
    # a stop after a closing quotation mark in a text with no Chinese in it: the English's own
    ("zh", "UNODC, “Global Study on Smuggling of Migrants”.", "UNODC, “Global Study on Smuggling of Migrants”.", ["CONS003"]),
    ("zh", "The UNODC report of 2024", "UNODC 2024年报告", []),
    ("zh", "It adopted the “Vienna Declaration”.", "它通过了“维也纳宣言”.", ["TYPO011"]),
    ("zh", "The meeting is closed (see report).", "会议已结束(见报告).", ["TYPO011"]),
    ("zh", "United Nations, Treaty Series (vol. 2241).", "United Nations, Treaty Series (vol. 2241).", ["CONS003"]),
    # a call's brackets are code's; one half of a pair typed full-width, the other not, is a slip
    ("zh", "Run func(key=1) to see it", "运行func(参数=1)查看", []),
    ("zh", "see the annex (para. 3).", "见附件（第3段)。", ["TYPO005", "TYPO011"]),
    # an address whose path is Chinese is the address's to the next space
    ("zh", "See https://zh.wikipedia.org/wiki/UN?action=history for it.", "见https://zh.wikipedia.org/wiki/联合国?action=history 了解。", []),
    ("zh", "See the U.S.A. report", "见U.S.A.报告", []),
    ("ar", "in 2021, and that", "في عام 2021, وأنَّ", ["TYPO011"]),
    # a question cited in English, a doubt's `(?)`, an address, code, a mixed `¡…?`
    ("es", 'the report "What Next?" of 1870 (?)', "el informe “What Next?” de 1870 (?)", []),
    ("es", "see unodc.org/search?q=trata; x != 0; a ? b : c; 5!", "véase unodc.org/search?q=trata; x != 0; a ? b : c; 5!", []),
    ("es", "What are you saying?", "¡Qué estás diciendo?", []),
    # a question that ends with a placeholder, as software writes one
    ("es", "Delete {name}?", "Eliminar {name}?", ["TYPO011"]),
    ("es", "Delete {name}?", "¿Eliminar {name}?", []),
    ("ar", "ten, in the year", "عشرة, في العام", ["TYPO011"]),
    ("ar", "ten, in the year 3,5", "عشرة، في العام 3,5", []),
    ("ar", "What more can be done?", "ماذا يمكن أن يُفعل أكثر من ذلك?", ["TYPO011"]),
    # ... and the mark that ends a sentence after a bracket or a figure: an item of a list of
    # documents, the commonest place of all
    ("ar", "Annotated provisional agenda (CTOC/COP/WG.7/2023/1);", "جدول الأعمال المؤقت وشروحه (CTOC/COP/WG.7/2023/1);",
     ["TYPO011"]),
    ("ar", "Annotated provisional agenda (CTOC/COP/WG.7/2023/1);", "جدول الأعمال المؤقت وشروحه (CTOC/COP/WG.7/2023/1)؛", []),
    ("ar", "Background paper for 2022–2023;", "ورقة معلومات أساسية للفترة 2022-2023;", ["TYPO011"]),
    ("ar", "Has it been adopted (CTOC/COP/WG.7/2023/1)?", "هل اعتُمد (CTOC/COP/WG.7/2023/1)?", ["TYPO011"]),
    ("zh", "Annotated provisional agenda (CTOC/COP/WG.7/2023/1);", "临时议程说明（CTOC/COP/WG.7/2023/1）;", ["TYPO011"]),
    ("zh", "Annotated provisional agenda (CTOC/COP/WG.7/2023/1);", "临时议程说明（CTOC/COP/WG.7/2023/1）；", []),
    ("zh", "Was it adopted (CTOC/COP/WG.7/2023/1)?", "是否通过了（CTOC/COP/WG.7/2023/1）?", ["TYPO011"]),
    # (a reference kept in English ends as English does)
    ("zh", "Official Records, Supplement No. 3 (A/78/3);", "Official Records, Supplement No. 3 (A/78/3 and Corr.1);", []),
    ("ar", "See A/78/123 (para. 5);", "انظر A/78/123 (para. 5)؛", []),
    ("es", "What more can the private sector do?", "Qué más puede hacer el sector privado?", ["TYPO011"]),
    ("es", "If not, what more can the private sector do?", "Si no, ¿qué más puede hacer el sector privado?", []),
    ("es", "What? When?", "¿Qué? ¿Cuándo?", []),
    # ... but a Spanish question quoted is written as Spanish writes it (a reviser's note)
    ("es", 'the question "How can the Fund better reach survivors?"',
     "la cuestión “Cómo puede el Fondo llegar mejor a los supervivientes?”", ["TYPO011"]),
    ("es", 'the question "How can the Fund better reach survivors?"',
     "la cuestión “¿Cómo puede el Fondo llegar mejor a los supervivientes?”", []),
    ("es", 'the report "Where Next?"', "el informe “Where Next?”", []),
    # ... an English title with a place's accent, or inside a Spanish quotation, is English;
    # a Spanish question with no question word is Spanish (a regression probe's)
    ("es", 'the study "What Next for Panamá?"', "el estudio “What Next for Panamá?”", []),
    ("es", 'He said: "The study What Next? is useful"', "Dijo: “El estudio ‘What Next?’ es útil”", []),
    ("es", 'the question "Can the private sector help?"', "la cuestión “Puede ayudar el sector privado?”", ["TYPO011"]),
    ("es", 'the question "Is there political will?"', "la cuestión “Existe voluntad política?”", ["TYPO011"]),
    ("es", 'The study "Smuggling Through Darién?" appeared.', "El estudio “Smuggling Through Darién?” se publicó.", []),
    ("es", 'the reports "No Easy Answers?" and "Con Artists or Smugglers?"',
     "los informes “No Easy Answers?” y “Con Artists or Smugglers?”", []),
    # TYPO012 English's decimal point in a language of the decimal comma, before a percent or a
    # magnitude; a target's or a section's number alone is left alone
    ("fr", "an increase of 2.5 per cent in 2022", "une hausse de 2.5\u00a0% en 2022", ["TYPO012"]),
    ("fr", "an increase of 2.5 per cent in 2022", "une hausse de 2,5\u00a0% en 2022", []),
    ("es", "US$ 1.5 million", "1.5 millones de dólares de los Estados Unidos", ["TYPO012"]),
    ("ru", "an increase of 3.5 per cent", "рост на 3.5 процента", ["TYPO012"]),
    ("fr", "target 16.2 of the Sustainable Development Goals", "la cible 16.2 des objectifs de développement durable", []),
    ("es", "1,500 million", "1.500 millones", []),
    # ... nor in a link, code or a quotation, which may quote English as written
    ("fr", "see report-2.5%20final.pdf, `zoom = 1.25%`", "voir https://example.org/report-2.5%20final.pdf, `zoom = 1.25%`", []),
    ("fr", 'he wrote: "inflation rose by 2.5%"', "il a écrit\u00a0: «\u00a0inflation rose by 2.5%\u00a0»", []),
    ("fr", "7.4 per cent", "7.4 pour cent", ["TYPO012"]),
    ("es", "3 million under section 4.2 and 1.5 million", "3 millones en la sección 4.2 y 1,5 millones", []),
    # ... and a number in English notation, kept from the English version (a reviser's probe: NUM001
    # said "none here" of it); one group alone is a decimal there, and left alone
    ("es", "a contribution of US$ 1,234,567.89", "una contribución de 1,234,567.89 dólares", ["TYPO012"]),
    ("fr", "a contribution of US$ 1,234,567", "une contribution de 1,234,567 dollars", ["TYPO012"]),
    ("ru", "12,500.50 dollars", "12,500.50 долл. США", ["TYPO012"]),
    ("es", "a contribution of US$ 1,234,567.89", "una contribución de 1.234.567,89 dólares", []),
    ("fr", "a contribution of US$ 1,234,567.89", "une contribution de 1\u202f234\u202f567,89 dollars", []),
    ("fr", "2,400 migrants", "2,400 migrants", []),
    ("fr", 'he wrote: "costs of 1,234,567.89"', "il a écrit\u00a0: «\u00a0costs of 1,234,567.89\u00a0»", []),
    # ... but not a list without its spaces, nor a code or an ISBN (a regression probe's)
    ("fr", "paragraphs 101, 102, 103", "paragraphes 101,102,103", []),
    ("fr", "the licence KA1,234,567", "la licence KA1,234,567", []),
    ("es", "ISBN 978-1,234,567-89", "ISBN 978-1,234,567-89", []),
    # ... and a negative one, or one of the source's numbers written so (a regression probe's)
    ("fr", "a balance of -1,234,567 dollars", "un solde de -1,234,567 dollars", ["TYPO012"]),
    ("es", "US$ 1.2 million", "1,200,000 dólares de los Estados Unidos", ["TYPO012"]),
    # ... and the decimal comma in Chinese, which writes a point: read as 2.5, it passed NUM001
    ("zh", "Unemployment rose to 2.5 per cent.", "失业率升至2,5%。", ["TYPO012"]),
    ("zh", "Some 1.5 million migrants.", "约1,5百万移民。", ["TYPO012"]),
    ("zh", "Unemployment rose to 2.5 per cent.", "失业率升至2.5%。", []),
    ("zh", "Costs of 1,250 dollars and 1,25 per cent.", "费用为1,250美元和1.25%。", []),
    ("en", "Le chômage est passé à 2,5 %.", "Unemployment rose to 2,5 per cent.", ["TYPO012"]),
    # TYPO005 brackets
    ("ru", "pandemic (COVID-19) impact", "влияние пандемии (COVID-19 на работу", ["TYPO005"]),
    ("zh", "pandemic (COVID-19) impact", "大流行（COVID-19的影响", ["TYPO005"]),
    # French and Spanish cite a sub-paragraph as `1 a)`, `a) ii)`, followed by punctuation too
    ("fr", "Article 3, paragraph 1 (a), of the Protocol.", "Article 3, paragraphe 1 a), du Protocole.", []),
    ("es", "See article 6, paragraph 1 (a) (i).", "Véase el artículo 6, párrafo 1 a) i).", []),
    ("fr", "See article 6, paragraph 1 (a) (ii); and (iv).", "Voir l'article 6, paragraphe 1 a) ii)\u00a0; et iv).", []),
    ("es", "See article 6 (a) of the Protocol.", "Véase el artículo 6 a) del Protocolo (2000.", ["TYPO005"]),
    ("fr", "1 (a)", "1 a)", []),
    # ... but a number or letter before a bracket that closes what opened before it is no label
    ("ru", "Required by the Protocol (articles 10 and 11 of the Protocol).", "Этого требует Протокол (статьи 10 и 11).", []),
    ("ar", "The replies are summarized below (see para. 12 of the report).", "ويرد ملخص الردود أدناه (انظر التقرير، الفقرة 12).", []),
    ("ru", "The conduct (see article 6, paragraph 1 (a)).", "Деяния (см. пункт 1 (a) статьи 6).", []),
    ("fr", "The conduct (see article 6, paragraph 1 (a)).", "Les actes (voir art. 6, par. 1 a)).", []),
    ("es", "The conduct (see article 6, paragraph 1 (a) (i)).", "Los actos (véase el artículo 6, párrafo 1 a) i)).", []),
    ("ru", "The procedure is described below (see annex I).", "Порядок описан ниже (см. приложение I.", ["TYPO005"]),
    # a label outside brackets in the source lends no label to a bracket inside them
    ("fr", "(a) To consider the report (see para. 12);", "a) Examiner le rapport (voir par. 12)\u00a0;", []),
    ("es", "(a) the report; (b) the note (see annex, item 2)", "a) el informe; b) la nota (véase el anexo, tema 2)", []),
    ("ru", "Pursuant to article 6, paragraph 1 (a) (see also para. 12)", "Согласно подпункту а) пункта 1 статьи 6 (см. также пункт 12)", []),
    ("fr", "(i) the report (A/1); (ii) the note (see para. 3)", "i) le rapport (A/1)\u00a0; ii) la note (voir par. 3)", []),
    ("fr", "The conduct (see article 6, paragraph 1 (a)).", "Les actes (voir art. 6, par. 1 a).", ["TYPO005"]),
    ("ru", "Hold down “Control”, or “Command” on a Mac", "Удерживайте „Control“ (или „Command“ на Mac)", []),
    # French and Russian quote inside a quotation with their second pair: English quotes opening
    # a French quotation, or guillemets inside guillemets, are wrong; rightly nested, or a
    # sentence of a quoted paragraph that closes what an earlier one opened, they are not
    ("fr", 'the publication "Global Study on Smuggling of Migrants 2018" and',
     "la publication “Étude mondiale sur le trafic illicite de migrants 2018” et", ["TYPO002"]),
    # a sentence inside a quotation an earlier one opened: the source quotes in single marks
    ("fr", "They share ‘good practices’.", "Ils partagent les “bonnes pratiques”.", []),
    ("fr", 'he said: "the term \'smuggled migrants\' is used".',
     "il a dit\u00a0: «\u00a0le terme “migrants objet d’un trafic illicite” est employé\u00a0».", []),
    ("ru", 'the title "Implementation of the Protocol on "smuggled migrants""',
     "название «Осуществление Протокола в отношении «незаконно ввезенных мигрантов»»", ["TYPO002"]),
    ("ru", 'the title "Implementation of the Protocol on "smuggled migrants""',
     "название «Осуществление Протокола в отношении „незаконно ввезенных мигрантов“»", []),
    # TYPO006 repeated words
    ("ru", "The Working Group will consider", "Рабочая группа группа рассмотрит", ["TYPO006"]),
    # a source's own grammatical doubling (`that that`) lets no slip of the translation pass
    ("ru", "The Group noted that that approach had been effective.", "Группа группа отметила эффективность этого подхода.",
     ["TYPO006"]),
    ("es", "The Group noted that that approach had been effective.", "El Grupo observó que ese enfoque había sido eficaz en la región región.",
     ["TYPO006"]),
    ("fr", "The Working Group will consider", "Le Groupe de travail travail examinera", ["TYPO006"]),
    # the grammar's own doubling (Django's French catalog): no slip
    ("fr", "check the address you registered with", "vérifiez l’adresse avec laquelle vous vous êtes enregistré", []),
    ("en", "Le Groupe s'était réuni", "The Group had had a meeting", []),
    ("fr", "The Working Group will consider", "Le Groupe de travail examinera", []),
    # ... a word of one letter too, where the language has such words (prepositions, conjunctions)
    ("ru", "The meeting in Vienna and New York.", "Заседание в в Вене и Нью-Йорке.", ["TYPO006"]),
    ("ru", "The migrants in Vienna.", "Мигрантов в в Вене.", ["TYPO006"]),  # after a word ending in the letter
    ("ru", "The meeting in Vienna and New York.", "Заседание в Вене и и Нью-Йорке.", ["TYPO006"]),
    ("es", "Migrants and refugees.", "Migrantes y y refugiados.", ["TYPO006"]),
    # Arabic vowel marks are part of a word: قد before قدَّمت ("had submitted") is no repetition
    ("ar", "92 States had submitted replies.", "وكانت 92 دولة قد قدَّمت ردودها.", []),
    ("ar", "92 States had submitted replies.", "وكانت 92 دولة قد قدَّمت قدَّمت ردودها.", ["TYPO006"]),
    # A definite word closing the construct of a plural before it, then the verb's object: the
    # grammar's (smugglers of migrants provide migrants with documents); not a slip after a verb
    ("ar", "Migrant smugglers often provide migrants with forged documents.",
     "وكثيرا ما يزوّد مهرِّبو المهاجرين المهاجرين بوثائق مزورة.", []),
    ("ar", "The Working Group discussed the matter.", "وناقش الفريق الفريق العامل المسألة.", ["TYPO006"]),
    ("ar", "At the meeting, the Group discussed the matter.", "وفي الاجتماع الاجتماع ناقش الفريق المسألة.", ["TYPO006"]),
    ("ar", "The Group is conducting the review.", "يجري الفريق الفريق الاستعراض.", ["TYPO006"]),  # a verb, no construct noun
    ("fr", "Report to the Conference.", "Rapport à à la Conférence.", ["TYPO006"]),
    ("en", "Parts A and B.", "Parts A A and B.", []),  # a letter naming something, not a word
    ("ru", "It was held in Vienna.", "Оно прошло в Вене.", []),
    # TYPO007 leading capital (info)
    ("fr", "The Working Group met.", "le Groupe de travail s'est réuni.", ["TYPO007"]),
    ("ru", "The Working Group met.", "Рабочая группа собралась.", []),
    # TYPO008 unknown Russian word, TYPO009 run-together words
    ("ru", "of the smuggling", "незаконнного ввоза", ["TYPO008"]),
    ("ru", "views on this agenda item", "мнениями поэтому пункту повестки дня", ["TYPO009"]),
    ("ru", "therefore the item was", "поэтому пункт был", []),
    ("ru", "See CTOC/COP/2014/17, sect. I.A.", "См. CTOC/COP/2014/17, разд. I.A.", []),  # an abbreviation
    ("ru", "the section", "разд разделы", ["TYPO008"]),  # ... but not without its stop
    # CONS003: a document symbol stays as it is in every language
    ("ru", "CTOC/COP/WG.7/2022/1", "CTOC/COP/WG.7/2022/1", []),
    # ... an ICU message's syntax and an HTML entity are no words (`{count, plural, one {`,
    # `&copy;` read as `copy`): a French word in its two numbers is no copy, English words are
    ("fr", "{count, plural, one {# message} other {# messages}}", "{count, plural, one {# message} other {# messages}}", []),
    ("fr", "{count, plural, one {# file deleted} other {# files deleted}}",
     "{count, plural, one {# file deleted} other {# files deleted}}", ["CONS003"]),
    ("fr", "&copy; 2024 Example Inc. All rights reserved.", "&copy; 2024 Example Inc. Tous droits réservés.", []),
    # CONS001 untranslated, CONS002 fuzzy (one finding, nothing else), CONS003 copied source
    ("ru", "Other matters", "", ["CONS001"]),
    ("zh", "Other matters", "", ["CONS001"]),
    # a blank for a translation (a space, a line break): gettext takes it, the page has a hole
    ("ru", "The meeting was closed.", " ", ["CONS001"]),
    ("fr", "The meeting was closed.", "\n", ["CONS001"]),
    ("es", "The meeting was closed.", "\u200b", ["CONS001"]),  # a zero-width space: nothing a reader sees
    ("es", "The meeting was closed.", "\u3164", ["CONS001"]),  # Hangul's filler: a letter that draws nothing
    ("ru", "Other matters.", "Прочие  вопросы", ["CONS002"]),
    ("ru", "Opening of the meeting", "Opening of the meeting", ["CONS003"]),
    # a person's name with their country (a list of participants) is the same in French and Spanish
    ("es", "María Fernanda Espinosa Garcés (Ecuador)", "María Fernanda Espinosa Garcés (Ecuador)", []),
    ("ru", "María Fernanda Espinosa Garcés (Ecuador)", "María Fernanda Espinosa Garcés (Ecuador)", ["CONS003"]),
    # ... but capitals make no name of a title
    ("fr", "Save File", "Save File", ["CONS003"]),
    ("fr", "Adoption Of The Agenda", "Adoption Of The Agenda", ["CONS003"]),
    ("es", "Final Report (Draft)", "Final Report (Draft)", ["CONS003"]),
    ("es", "Provisional Agenda", "Provisional Agenda", ["CONS003"]),
    # ... copied with French spacing or quotation marks, a paragraph left in English all the same
    ("fr", "Decides to remain seized of the matter; requests a report: “final”.",
     "Decides to remain seized of the matter\u00a0; requests a report\u00a0: «\u00a0final\u00a0».", ["CONS003"]),
    ("fr", "“Smuggling of migrants” shall mean the procurement of a benefit.",
     "«\u00a0Smuggling of migrants\u00a0» shall mean the procurement of a benefit.", ["CONS003"]),
    ("fr", "Item 2: Good practices in cooperation with the private sector",
     "Item 2\u00a0: Good practices in cooperation with the private sector", ["CONS003"]),
    ("fr", "http://undocs.org/en/X", "http://undocs.org/en/X", []),
    # ... and words of the source in a row left inside a translated sentence: in a language of
    # other letters, two common words of the source's; in French or Spanish, three words in a
    # row, two of them common in English and not in the translation's language. Not a title
    # or a name, a quotation, a link, nor a publication cited as published
    ("es", "Invites Member States to provide resources, in accordance with the rules and procedures of the United Nations;",
     "Invita a los Estados Miembros a aportar recursos, in accordance with the rules and procedures of the United Nations;",
     ["CONS003"]),
    ("ru", "Invites Member States to provide resources, in accordance with the rules and procedures of the United Nations;",
     "Предлагает государствам-членам предоставлять ресурсы в соответствии с rules and procedures Организации "
     "Объединенных Наций;", ["CONS003"]),
    ("fr", "The secretariat shall, in accordance with the rules, report to the Conference.",
     "Le secrétariat fait rapport, in accordance with the rules, à la Conférence.", ["CONS003"]),
    # ... three words a reviser's probe left in (four were needed)
    ("fr", "Decides to convene, within existing resources, a high-level meeting.",
     "Décide de convoquer, within existing resources, une réunion de haut niveau.", ["CONS003"]),
    ("es", "Decides to convene, within existing resources, a high-level meeting.",
     "Decide convocar, con cargo a los recursos existentes, una reunión de alto nivel.", []),
    ("fr", "The general debate on national action plans was held.",
     "Le débat général sur les plans d'action nationaux a eu lieu.", []),
    # ... three words only where each is English's and not the language's, a space apart: not a
    # named approach with a short word in it, nor a list of search words (a regression probe's)
    ("fr", "Investigators should follow the money across borders.",
     "Les enquêteurs devraient appliquer le principe follow the money au-delà des frontières.", []),
    ("fr", "The search used the keywords trafficking, smuggling, migrants in the English database.",
     "La recherche a utilisé les mots clefs trafficking, smuggling, migrants dans la base de données anglaise.", []),
    ("es", "See the Global Report on Trafficking in Persons 2022.",
     "Véase el Global Report on Trafficking in Persons 2022.", []),
    ("fr", "The slogan “leave no one behind” was recalled.",
     "Le slogan «\u00a0leave no one behind\u00a0» a été rappelé.", []),
    ("ru", "Information is available at www.unodc.org/smuggling-of-migrants.",
     "Информация размещена на сайте www.unodc.org/smuggling-of-migrants.", []),
    ("es", "The Working Group on the Smuggling of Migrants met in Vienna.",
     "El Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes se reunió en Viena.", []),
    ("es", "The meeting was held ad hoc, inter alia to discuss the agenda.",
     "La reunión se celebró ad hoc, inter alia para debatir el programa.", []),
    # TYPO004: an item before a list's last ends with its mark, the conjunction after it or
    # not (Arabic and Chinese write none); another mark is still said
    ("ar", "(b) Provide technical assistance, upon request, to States in need; and",
     "(ب) تقديم المساعدة التقنية، عند الطلب، إلى الدول المحتاجة إليها؛", []),
    ("zh", "(b) Provide technical assistance, upon request, to States in need; and", "(b) 应请求向有需要的国家提供技术援助；", []),
    ("fr", "(b) Provide technical assistance to States in need; and",
     "b) Fournir une assistance technique aux États qui en ont besoin\u00a0; et", []),
    ("zh", "(b) Provide technical assistance, upon request, to States in need; and", "(b) 应请求向有需要的国家提供技术援助。", ["TYPO004"]),
    ("es", "(b) To promote cooperation with the private sector; and", "b) Promueva la cooperación con el sector privado; y", []),
    ("zh", "(b) To provide technical assistance to States in need; and", "(b) 向有需要的国家提供技术援助；并且", []),
    ("ru", "(b) To provide technical assistance to States in need; or", "b) оказывать техническую помощь нуждающимся государствам; либо", []),
    ("fr", "(b) To provide technical assistance to States in need; and",
     "b) Fournir une assistance technique aux États qui en ont besoin, et", ["TYPO004"]),
    ("ru", "(b) To provide technical assistance to States in need; and",
     "b) оказывать техническую помощь нуждающимся государствам и", ["TYPO004"]),
    ("ru", "They act according to the rules and procedures adopted earlier.",
     "Они действуют согласно rules and procedures, принятым ранее.", ["CONS003"]),  # a comma after it
    ("ru", "States should exercise due diligence in all cases.",
     "Государства должны проявлять due diligence во всех случаях.", ["CONS003"]),  # short words, other letters
    ("ru", "UNODC published Smuggling of migrants by sea: a guide for practitioners in 2022.",
     "В 2022 году УНП ООН опубликовало издание Smuggling of migrants by sea: a guide for practitioners.", []),
    ("es", "Run `git push origin main --force` to publish the changes.",
     "Ejecute `git push origin main --force` para publicar los cambios.", []),
    ("ru", "The meeting was held on Microsoft Teams and WhatsApp.",
     "Совещание проводилось на платформе Microsoft Teams и в WhatsApp.", []),
    # ... glued to Chinese characters, found whole; a title, a menu's label or a slogan kept
    # as the original writes it, in sentence case too, is none
    ("zh", "States should apply due diligence measures.", "各国应适用due diligence措施。", ["CONS003"]),
    ("ru", "See UNODC, Handbook on the management of violent extremist prisoners (Vienna, 2016).",
     "См. UNODC, Handbook on the management of violent extremist prisoners (Vienna, 2016).", []),
    ("ru", "Open the Settings menu and select Privacy and security.",
     "Откройте меню Settings и выберите Privacy and security.", []),
    # ... but one that opens the sentence is left English, and so is a name with the source's
    # words after it
    ("ru", "Due diligence measures should be applied by States.",
     "Due diligence measures должны применяться государствами.", ["CONS003"]),
    ("ru", "(a) Due diligence measures should be applied.", "a) Due diligence measures должны применяться.", ["CONS003"]),
    ("ru", "The motto was: Leave no one behind in the recovery.", "Лозунг был таков: Leave no one behind in the recovery.", []),
    ("ru", "Note: due diligence measures should be applied by all States.",
     "Примечание: Due diligence measures should be applied by all States.", ["CONS003"]),  # a sentence, its verb
    ("zh", "Question 2: How can States strengthen cooperation against migrant smuggling?",
     "问题2：How can States strengthen cooperation against migrant smuggling?", ["CONS003"]),
    # ... a title or a slogan inside a sentence, a verb in it or not, is kept; Chinese title marks too
    ("ru", "UNODC launched the campaign Together we can end trafficking.",
     "УНП ООН начало кампанию Together we can end trafficking.", []),
    ("zh", "See the issue paper Migrant smuggling is a crime of profit.", "见议题文件《Migrant smuggling is a crime of profit》。", []),
    ("ru", "He called on Member States and other stakeholders to cooperate.",
     "Он призвал Member States and other stakeholders к сотрудничеству.", ["CONS003"]),
    ("ru", "See the UNODC publication United Nations Handbook on practical anti-corruption measures for prosecutors.",
     "См. публикацию ЮНОДК United Nations Handbook on practical anti-corruption measures for prosecutors.", []),
    ("ru", "Resources are provided in accordance with United Nations rules and procedures.",
     "Ресурсы предоставляются в соответствии с United Nations rules and procedures.", ["CONS003"]),
    ("es", "Capacity-building and technical assistance are essential.",
     "Capacity-building and technical assistance son esenciales.", ["CONS003"]),
    ("es", "The Group referred to the Global Report on Trafficking in Persons.",
     "El Grupo se refirió al informe titulado of the Global Report on Trafficking in Persons.", []),
    # Characters that change no number: read through (1​500 is 1500, 20​21 is 2021), and the
    # zero-width ones a translation adds named (TYPO003); a soft hyphen inside a word is Word's
    # optional hyphen, one inside a number may cut it at a line end
    ("ru", "A total of 1,500 migrants were smuggled.", "Всего незаконно ввезено 1\u200b500 мигрантов.", ["TYPO003"]),
    ("ru", "A total of 1,500 migrants were smuggled.", "Всего незаконно ввезено 1\u00ad500 мигрантов.", ["TYPO003"]),
    ("fr", "The Group met on 27 and 28 June 2022.", "Le Groupe s’est réuni les 2\u20607 et 28 juin 2022.", ["TYPO003"]),
    ("ru", "Mutual legal assistance was provided in 2021.", "Взаим\u00adная правовая помощь была оказана в 2021 году.", []),
    ("ru", "The smuggling of migrants.", "Незакон\u00adный ввоз мигрантов.", []),  # TYPO008 reads the word whole
    # What makes a line read otherwise than it is stored, or break where none ends: a
    # bidirectional override in any language, an embedding or isolate in a language written
    # left to right (an Arabic text may embed a Latin name with them), a line separator
    ("ru", "Delete the file report.txt", "Удалить файл \u202etxt.troper", ["TYPO003"]),
    ("ar", "Delete the file report.txt", "حذف الملف \u202etxt.troper", ["TYPO003"]),
    ("fr", "The Group met in Vienna.", "Le Groupe s’est réuni à \u2066Vienne\u2069.", ["TYPO003"]),
    ("ar", "The Group met in Vienna (UNODC).", "اجتمع الفريق في فيينا (\u2066UNODC\u2069).", []),
    ("es", "The Group met. It agreed.", "El Grupo se reunió.\u2028Acordó.", ["TYPO003"]),
    # CONS007 sentence count (info)
    ("es", "The Bureau met. It agreed.", "La Mesa se reunió y acordó.", ["CONS007"]),
    ("ar", "The Bureau met. It agreed.", "اجتمع المكتب. واتفق.", []),
]


@pytest.mark.parametrize("lang, source, target, expected", ROWS)
def test_entry_checks(lang, source, target, expected):
    fuzzy = expected == ["CONS002"]
    assert codes(lang, source, target, fuzzy) == expected


def write_document(root, msgctxt, source, versions, comments=None):
    """One segment in five catalogs and a template, laid out as extraction lays them out."""
    template = polib.POFile()
    template.metadata = {"Content-Type": "text/plain; charset=UTF-8", "X-Source-Language": "en"}
    template.append(polib.POEntry(msgctxt=msgctxt, msgid=source, msgstr="", comment=(comments or {}).get("en", "")))
    (root / "templates").mkdir(parents=True, exist_ok=True)
    template.save(str(root / "templates" / "doc.pot"))
    for lang, text in versions.items():
        catalog = polib.POFile()
        catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
        catalog.append(polib.POEntry(msgctxt=msgctxt, msgid=source, msgstr=text, comment=(comments or {}).get(lang, "")))
        folder = root / lang / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        catalog.save(str(folder / "doc.po"))


SIX = [
    (
        "NUM002",
        "On 30 July 2021, the extended Bureau agreed.",
        {"ru": "Тридцатого июля 2021 года расширенное бюро согласовало.",
         "fr": "Le 30 juillet 2021, le Bureau élargi est convenu.",
         "es": "El 30 de julio de 2021, la Mesa ampliada acordó.",
         "ar": "وفي 31 تموز/يوليه 2021، اتفق المكتب الموسَّع.",
         "zh": "2021年7月30日，扩大主席团商定。"},
        "ar", "30 July (2021) in the source and 4 other versions",
    ),
    (
        "NUM003",
        "Monday, 27 June, 3–6 p.m.",
        {"ru": "Понедельник, 27 июня, 15:00–18:00", "fr": "Lundi 27 juin, 15 heures-18 heures",
         "es": "Lunes 27 de junio, 15.00 a 18.00 horas", "ar": "الاثنين، 27 حزيران/يونيه، 00/15–00/18",
         "zh": "6月27日星期一，下午3时至5时"},
        "zh", "15:00, 18:00 in the source",
    ),
    (
        "NUM001",
        "four plenary meetings over two days",
        {"ru": "четыре пленарных заседания в течение двух дней", "fr": "trois séances plénières sur deux jours",
         "es": "cuatro sesiones plenarias en dos días", "ar": "أربع جلسات عامة على مدى يومين",
         "zh": "在两天内举行四次全体会议"},
        "fr", "3 here, 4 in the source and 4 other versions (2 alike)",
    ),
    (
        "REF001",
        "Background paper (CTOC/COP/WG.7/2022/2)",
        {"ru": "Справочный документ (СTOC/COP/WG.7/2022/2)", "fr": "Document d'information (CTOC/COP/WG.7/2022/2)",
         "es": "Documento de antecedentes (CTOC/COP/WG.7/2022/2)", "ar": "ورقة معلومات أساسية (CTOC/COP/WG.7/2022/2)",
         "zh": "背景文件（CTOC/COP/WG.7/2022/2）"},
        "ru", "CTOC/COP/WG.7/2022/2 in the source",
    ),
    (
        "REF002",
        "http://undocs.org/en/CTOC/COP/WG.7/2022/3",
        {"ru": "http://undocs.org/ru/CTOC/COP/WG.7/2022/3", "fr": "http://undocs.org/fr/CTOC/COP/WG.7/2022/3",
         "es": "http://undocs.org/es/CTOC/COP/WG.7/2022/2", "ar": "http://undocs.org/ar/CTOC/COP/WG.7/2022/3",
         "zh": "http://undocs.org/zh/CTOC/COP/WG.7/2022/3"},
        "es", "http://undocs.org/*/CTOC/COP/WG.7/2022/3 in the source",
    ),
    (
        "REF003",
        "In its resolution 7/1, the Conference decided",
        {"ru": "В резолюции 7/1 Конференция постановила", "fr": "Dans sa résolution 7/2, la Conférence a décidé",
         "es": "En su resolución 7/1, la Conferencia decidió", "ar": "قرَّر المؤتمر، في قراره 7/1",
         "zh": "缔约方会议在第7/1号决议中决定"},
        "fr", "7/1 in the source",
    ),
    (
        "REF005",
        "Write to unodc-wgsom@un.org.",
        {"ru": "Пишите по адресу unodc-wgsom@un.org.", "fr": "Écrire à unodc-wgsom@un.org.",
         "es": "Escriba a unodc-wgsom@un.org.", "ar": "يُرجى الكتابة إلى unodc-wgsom@un.or.",
         "zh": "请致函 unodc-wgsom@un.org。"},
        "ar", "unodc-wgsom@un.org in the source",
    ),
]


@pytest.mark.parametrize("code, source, versions, odd, names", SIX)
def test_six_versions_name_the_odd_one(tmp_path, code, source, versions, odd, names):
    write_document(tmp_path, "item/1/p1/s1", source, versions)
    result = check_catalogs([tmp_path], [], "en", select=[code])
    assert [(f.code, f.lang) for f in result.findings] == [(code, odd)]
    assert names in result.findings[0].message


def test_six_versions_that_agree_give_nothing(tmp_path):
    for code, source, versions, odd, _ in SIX:
        fixed = dict(versions)
        fixed[odd] = dict(SIX[0][2])[odd] if code == "NUM002" else fixed[odd]
    agreeing = {"ru": "27 и 28 июня 2022 года", "fr": "27 et 28 juin 2022", "es": "27 y 28 de junio de 2022",
                "ar": "27 و28 حزيران/يونيه 2022", "zh": "2022年6月27日和28日"}
    write_document(tmp_path, "masthead/dates", "Vienna, 27 and 28 June 2022", agreeing)
    assert check_catalogs([tmp_path], [], "en", select=["NUM", "REF"]).findings == []


def test_ref003_a_number_without_its_word(tmp_path):
    write_document(tmp_path, "p", "In its resolution 7/1, the Conference decided",
                   {"ru": "Согласно документу 7/1 Конференция постановила", "es": "En su resolución 7/1, la Conferencia decidió"})
    found = check_catalogs([tmp_path], [], "en", select=["REF003"]).findings
    assert [(f.lang, f.message) for f in found] == [("ru", "resolution number 7/1 without the word that introduces it")]


def test_ref004_footnote_markers_follow_the_template(tmp_path):
    # (each entry extraction writes has its context comment: the French one keeps it, not the marker)
    comments = {"en": "Item 1 (a)\nFootnote marker: fn/1.", "ru": "Item 1 (a)\nFootnote marker: fn/1.", "fr": "Item 1 (a)"}
    write_document(tmp_path, "item/1a/p1/s1", "The meeting will be opened at 10 a.m.",
                   {"ru": "Совещание откроется в 10 час. 00 мин.", "fr": "La réunion sera ouverte à 10 heures."}, comments)
    found = check_catalogs([tmp_path], [], "en", select=["REF004"]).findings
    assert [(f.code, f.lang) for f in found] == [("REF004", "fr")]


def test_cons004_and_cons005_across_catalogs_of_one_language(tmp_path):
    for name, translation in (("a", "Прочие вопросы"), ("b", "Разное")):
        catalog = polib.POFile()
        catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
        catalog.append(polib.POEntry(msgctxt="agenda/5", msgid="Other matters", msgstr=translation))
        catalog.append(polib.POEntry(msgctxt="agenda/6", msgid="Adoption of the report", msgstr="Утверждение доклада и прочее"))
        catalog.append(polib.POEntry(msgctxt="agenda/7", msgid="Adoption of the agenda", msgstr="Утверждение доклада и прочее"))
        catalog.save(str(tmp_path / f"{name}.po"))
    found = check_catalogs([tmp_path], [], "en", select=["CONS004", "CONS005"]).findings
    cons004 = [(f.file.endswith("b.po") or f.file.endswith("a.po"), f.found) for f in found if f.code == "CONS004"]
    assert len(cons004) == 1 and cons004[0][1] in ("Прочие вопросы", "Разное")
    assert sum(f.code == "CONS005" for f in found) == 1  # once per other source, where first used
    # Same source, same translation, same kind: nothing.
    assert not [f for f in found if f.code == "CONS004" and f.msgctxt != "agenda/5"]


def test_cons004_names_the_unseen_character_two_translations_that_look_alike_differ_in(tmp_path):
    # `1 250` with a no-break space in one document, a space in another: "translated '1 250'"
    # against an entry that reads `1 250`, and nothing to see.
    for name, amount in (("a", "1\u00a0250"), ("b", "1 250"), ("c", "1\u00a0250")):
        (tmp_path / f"{name}.po").write_text(
            'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            f'msgctxt "annex/r2/c2"\nmsgid "1,250"\nmsgstr "{amount}"\n\n'
            f'msgctxt "annex/r2/c1"\nmsgid "Africa"\nmsgstr "{"Afrique" if name != "c" else "l’Afrique"}"\n', encoding="utf-8")
    found = [f for f in check_catalogs([tmp_path], [], "en", select=["CONS004"]).findings]
    amounts = [f for f in found if f.msgctxt == "annex/r2/c2"]
    assert len(amounts) == 1 and amounts[0].file.endswith("b.po")
    assert amounts[0].message.endswith("differ only in unseen characters (U+0020 space here, U+00A0 no-break space there)")
    # Translations that differ to the eye are quoted as before.
    assert [f.message for f in found if f.msgctxt == "annex/r2/c1"] == [
        f"the same source is translated 'Afrique' in {tmp_path / 'a.po'}:12"]


def test_an_empty_msgctxt_is_a_context_of_its_own_for_cons004(tmp_path):
    # gettext holds `msgctxt ""` and no msgctxt as two entries (msgfmt -c accepts both): they
    # were compared as one source translated two ways.
    (tmp_path / "app.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt ""\nmsgid "Open"\nmsgstr "Открыть файл"\n\n'
        'msgid "Open"\nmsgstr "Открыть"\n\n'
        'msgid "Close"\nmsgstr "Закрыть"\n\n'
        'msgctxt "dialog"\nmsgid "Close"\nmsgstr "Закрыть окно"\n', encoding="utf-8")
    (tmp_path / "more.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Open"\nmsgstr "Открыть документ"\n', encoding="utf-8")
    found = check_catalogs([tmp_path], [], "en", select=["CONS004"]).findings
    # The two entries without a context still differ; the one with `msgctxt ""` is not theirs.
    assert [(f.file.rsplit("/", 1)[-1], f.msgctxt, f.found) for f in found] == [("more.po", "", "Открыть документ")]


def test_cons006_flags_a_misaligned_entry(tmp_path):
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    sentences = [f"The Working Group will consider item {n} of its provisional agenda at its meeting." for n in range(12)]
    for n, sentence in enumerate(sentences):
        catalog.append(polib.POEntry(msgctxt=f"p{n}", msgid=sentence,
                                     msgstr=f"Le Groupe de travail examinera le point {n} de son ordre du jour provisoire."))
    catalog.append(polib.POEntry(msgctxt="odd", msgid=sentences[0] + " " + sentences[1], msgstr="Oui."))
    catalog.save(str(tmp_path / "doc.po"))
    found = check_catalogs([tmp_path], [], "en", select=["CONS006"]).findings
    assert [f.msgctxt for f in found] == ["odd"]


def test_cons006_does_not_count_a_link_in_a_texts_length(tmp_path):
    # A correct Chinese footnote that ends with its link (`/zh/` where the source's is `/en/`):
    # the link, half its length, read as a misalignment (probe 66g).
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh"}
    for n in range(12):
        catalog.append(polib.POEntry(msgctxt=f"p{n}", msgid=f"The Working Group will consider item {n} of its provisional agenda.",
                                     msgstr=f"工作组将审议其临时议程项目{n}。"))
    catalog.append(polib.POEntry(msgctxt="fn/1", msgid="Available at https://www.unodc.org/documents/treaties/WG/2024/en/report.pdf.",
                                 msgstr="可查阅https://www.unodc.org/documents/treaties/WG/2024/zh/report.pdf。"))
    # ... nor one written without its scheme (probe 66i)
    catalog.append(polib.POEntry(msgctxt="fn/2", msgid="See documents.un.org/doc/undoc/gen/n24/123/45/pdf/n2412345.pdf.",
                                 msgstr="见documents.un.org/doc/undoc/gen/n24/123/45/pdf/n2412345.pdf。"))
    catalog.save(str(tmp_path / "doc.po"))
    assert check_catalogs([tmp_path], [], "en", select=["CONS006"]).findings == []


@pytest.mark.parametrize("written_in, claimed, said", [
    ("fr", "es", "the translations read as French, not Spanish"),  # a French version saved as es.txt
    ("ru", "zh", "the translations read as Russian, not Chinese"),  # a Language header copied from another catalog
    ("en", "ru", "the translations read as English, not Russian"),  # the sources copied in, not translated
])
def test_a_catalog_in_another_language_than_it_says_is_said_once(tmp_path, written_in, claimed, said):
    # Checked as the language it claimed, with nothing said: its terms looked for in vain.
    from tests.conftest import ROOT

    shipped = ROOT / "locale" / ("templates" if written_in == "en" else f"{written_in}/LC_MESSAGES")
    catalog = polib.pofile(str(next(shipped.glob("CTOC-COP-WG.7-2022-1.po*"))))
    catalog.metadata["Language"] = claimed
    for entry in catalog:
        entry.msgstr = entry.msgstr or (entry.msgid if written_in == "en" else "")
    (tmp_path / claimed).mkdir()
    catalog.save(str(tmp_path / claimed / "doc.po"))
    found = check_catalogs([tmp_path], [], "en", select=["CONS008"]).findings
    assert len(found) == 1 and found[0].lang == claimed and said in found[0].message and found[0].found == written_in


UI_STRINGS = [("Save", "Сохранить"), ("Cancel", "Отмена"), ("Delete the file?", "Удалить файл?"),
              ("Open settings", "Открыть настройки"), ("Search results", "Результаты поиска"),
              ("Sign in to continue", "Войдите, чтобы продолжить"), ("Your changes were saved.", "Ваши изменения сохранены."),
              ("Export as PDF", "Экспортировать в PDF"), ("Add a new language", "Добавить новый язык"),
              ("Show all notifications", "Показать все уведомления")]


def test_a_short_catalog_with_no_word_of_its_language_s_script_is_said(tmp_path):
    # A program's menus and buttons, Russian filed as Chinese: under two hundred words the
    # evidence was too little, and the catalog passed as Chinese with nothing said.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh"}
    for source, translation in UI_STRINGS:
        catalog.append(polib.POEntry(msgid=source, msgstr=translation))
    (tmp_path / "zh").mkdir()
    catalog.save(str(tmp_path / "zh" / "app.po"))
    found = check_catalogs([tmp_path], [], "en", select=["CONS008"]).findings
    assert [(f.lang, f.found) for f in found] == [("zh", "ru")], found
    assert "the translations read as Russian, not Chinese" in found[0].message
    # ... and a short Russian one that keeps Latin names and codes is Russian
    catalog.metadata["Language"] = "ru"
    catalog.append(polib.POEntry(msgid="Wi-Fi", msgstr="Wi-Fi"))
    (tmp_path / "zh" / "app.po").unlink()
    (tmp_path / "ru").mkdir()
    catalog.save(str(tmp_path / "ru" / "app.po"))
    assert check_catalogs([tmp_path], [], "en", select=["CONS008"]).findings == []
    # ... and so is a language picker, each language's name in its own script
    picker = polib.POFile()
    picker.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    for source, name in [("English", "English"), ("French", "Français"), ("Arabic", "العربية"), ("Chinese", "中文"),
                         ("Simplified Chinese", "简体中文"), ("Traditional Chinese", "繁體中文"), ("Japanese", "日本語"),
                         ("Chinese (Singapore)", "中文（新加坡）"), ("Chinese (Hong Kong)", "中文（香港）")]:
        picker.append(polib.POEntry(msgid=source, msgstr=name))
    picker.save(str(tmp_path / "ru" / "app.po"))
    assert check_catalogs([tmp_path], [], "en", select=["CONS008"]).findings == []


def test_a_suppression_takes_a_family_as_ignore_does_and_ignore_all_is_no_code(tmp_path):
    # `# hexaglot: ignore TYPO` suppressed nothing, though --ignore takes families; and
    # `# hexaglot: ignore-all`, a note meant for someone, suppressed every code.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Working Group;", msgstr="Рабочaя группa", tcomment="hexaglot: ignore TYPO"))
    catalog.append(polib.POEntry(msgctxt="b", msgid="Working Group;", msgstr="Рабочaя группa", tcomment="hexaglot: ignore-all"))
    catalog.save(str(tmp_path / "doc.po"))
    result = check_catalogs([tmp_path], [], "en", select=["TYPO001", "TYPO004"])
    assert sorted((f.msgctxt, f.code) for f in result.findings) == [("b", "TYPO001"), ("b", "TYPO001"), ("b", "TYPO004")]
    assert result.suppressed == 3


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_suppression_naming_no_check_is_said_not_inert(tmp_path, hexaglot, jobs):
    # `# hexaglot: ignore TREM002` (a typo) suppressed nothing and said nothing: the translator
    # believed the finding accepted. Said in the summary, with the code it may have meant, from
    # the cache too.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Working Group;", msgstr="Рабочaя группa;", tcomment="hexaglot: ignore TREM002, TYPO"))
    catalog.save(str(tmp_path / "doc.po"))
    for cache in ("--no-cache", "--cache=c", "--cache=c"):
        run = hexaglot("check", "doc.po", "--no-glossary", "--jobs", jobs, cache, cwd=tmp_path)
        assert run.returncode == 0, run.stdout + run.stderr  # TYPO still suppresses the family
        assert "not understood: doc.po:7: '# hexaglot: ignore TREM002' names no check (TERM002?): it suppresses nothing" \
            in run.stdout.splitlines(), run.stdout


@pytest.mark.parametrize("word", ["T", "TYPO00", "typ"])
def test_a_suppression_naming_no_check_hides_no_finding(tmp_path, word):
    # `# hexaglot: ignore T` hid every TERM and TYPO finding of the entry (a beginning of the
    # code was enough) while the summary said that it suppressed nothing.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Working Group;", msgstr="Рабочaя группa", tcomment=f"hexaglot: ignore {word}"))
    catalog.save(str(tmp_path / "doc.po"))
    result = check_catalogs([tmp_path], [], "en", select=["TYPO001", "TYPO004"])
    assert sorted(f.code for f in result.findings) == ["TYPO001", "TYPO001", "TYPO004"]
    assert result.suppressed == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_suppression_silences_a_run_wide_finding_as_it_does_an_entry_s(tmp_path, hexaglot, jobs):
    # CONS004 and CONS005 are made once every document is in: `# hexaglot: ignore CONS004` on
    # the entry they name was neither applied nor said, and the warning failed the gate.
    def write(comment: str) -> None:
        for document, translation in (("a", "Рабочая группа по незаконному ввозу мигрантов"),
                                      ("b", "Рабочая группа по незаконному провозу мигрантов")):
            catalog = polib.POFile()
            catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
            catalog.append(polib.POEntry(msgctxt="title", msgid="Working Group on the Smuggling of Migrants", msgstr=translation,
                                         tcomment=comment if document == "b" else ""))
            (tmp_path / "ru").mkdir(exist_ok=True)
            catalog.save(str(tmp_path / "ru" / f"{document}.po"))

    write("")
    plain = hexaglot("check", "ru", "--no-glossary", "--select", "CONS004", "--no-cache", "--fail-on", "warning", cwd=tmp_path)
    assert plain.returncode == 1 and "ru/b.po:9: CONS004 warning" in plain.stdout, plain.stdout
    write("hexaglot: ignore CONS004")
    for cache in ("--no-cache", "--cache=c", "--cache=c"):
        run = hexaglot("check", "ru", "--no-glossary", "--select", "CONS004", "--jobs", jobs, "--fail-on", "warning", cache,
                       cwd=tmp_path)
        assert "CONS004" not in run.stdout and "1 suppressed by '# hexaglot: ignore'" in run.stdout, run.stdout
        assert run.returncode == 0


def test_no_catalog_of_the_shipped_corpus_reads_as_another_language():
    from tests.conftest import ROOT

    assert check_catalogs([ROOT / "locale"], [], "en", select=["CONS008"]).findings == []


def test_translator_comment_suppresses_named_codes(tmp_path):
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Working Group;", msgstr="Рабочaя группa", tcomment="hexaglot: ignore TYPO004"))
    catalog.append(polib.POEntry(msgctxt="b", msgid="Working Group;", msgstr="Рабочaя группa", tcomment="hexaglot: ignore"))
    catalog.save(str(tmp_path / "doc.po"))
    result = check_catalogs([tmp_path], [], "en", select=["TYPO001", "TYPO004"])
    assert sorted((f.msgctxt, f.code) for f in result.findings) == [("a", "TYPO001"), ("a", "TYPO001")]
    assert result.suppressed == 4


def test_configuration(tmp_path, monkeypatch):
    from pipeline.cli import main
    from pipeline.config import load_config
    from pipeline.errors import HexaglotInputError

    (tmp_path / "hexaglot.toml").write_text(
        'source_lang = "en"\nignore = ["TYPO007"]\nfail_on = "warning"\n[severity]\nTYPO004 = "info"\n', encoding="utf-8")
    config = load_config(tmp_path)
    assert config.ignore == ("TYPO007",) and config.fail_on == "warning" and config.severity["TYPO004"].value == "info"
    (tmp_path / "hexaglot.toml").write_text('ignore = ["TYPO999"]\n', encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_config(tmp_path)
    assert "'TYPO999', which is no check code" in caught.value.message
    (tmp_path / "hexaglot.toml").write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(HexaglotInputError):
        load_config(tmp_path)
    (tmp_path / "hexaglot.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.hexaglot]\nselect = ["TYPO004"]\n[tool.hexaglot.severity]\nTYPO004 = "error"\n', encoding="utf-8")
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Opening of the meeting;", msgstr="Открытие совещания"))
    catalog.save(str(tmp_path / "doc.po"))
    monkeypatch.chdir(tmp_path)
    assert main(["check", "doc.po", "--no-glossary"]) == 1  # TYPO004 raised to error by the configuration
    assert main(["check", "doc.po", "--no-glossary", "--fail-on", "never"]) == 0


def test_the_configuration_of_the_project_applies_from_any_of_its_folders(tmp_path, monkeypatch, capsys):
    # Run from a folder inside the project (`cd locale`), the project's hexaglot.toml was not
    # read: its severities, its gate and its glossaries silently did not apply.
    from pipeline.cli import main
    from pipeline.config import load_config

    project = tmp_path / "project"
    (project / "locale" / "ru").mkdir(parents=True)
    (project / ".git").mkdir()
    (project / "hexaglot.toml").write_text('fail_on = "warning"\n[severity]\nTYPO004 = "warning"\n', encoding="utf-8")
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    catalog.append(polib.POEntry(msgid="Opening of the meeting;", msgstr="Открытие совещания"))
    catalog.save(str(project / "locale" / "ru" / "doc.po"))
    assert load_config(project / "locale" / "ru") == load_config(project)
    monkeypatch.chdir(project / "locale")
    assert main(["check", "ru", "--no-glossary"]) == 1  # the project's gate: warnings fail
    out = capsys.readouterr().out
    assert "TYPO004 warning" in out and f"configuration: {Path('..') / 'hexaglot.toml'}" in out.splitlines()
    # Not past the project's root: a configuration above the repository is another project's.
    (project / "hexaglot.toml").rename(tmp_path / "hexaglot.toml")
    assert load_config(project / "locale").path is None
    monkeypatch.chdir(project)
    assert main(["check", "locale", "--no-glossary"]) == 0
    assert "configuration:" not in capsys.readouterr().out
    # Above the working folder, another tool's pyproject.toml that hexaglot cannot read (a
    # monorepo's templated one) is passed by, not an E017 that stops every command.
    (project / "pyproject.toml").write_text('[project]\nname = "x"\nversion = {{ version }}\n', encoding="utf-8")
    monkeypatch.chdir(project / "locale")
    assert main(["check", "ru", "--no-glossary"]) == 0


@pytest.mark.parametrize("written", ["[tool]\nhexaglot = 5\n", '[[tool.hexaglot]]\nfail_on = "warning"\n'])
def test_a_tool_hexaglot_that_is_no_table_is_one_configuration_error(tmp_path, written):
    # A traceback and exit 1, the code of findings, for a configuration written wrong.
    from pipeline.config import load_config
    from pipeline.errors import HexaglotInputError

    (tmp_path / "pyproject.toml").write_text(written, encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_config(tmp_path)
    assert caught.value.code == "E017" and "[tool.hexaglot] must be a table of settings" in caught.value.message
    # Another tool's `tool` written otherwise is not hexaglot's to refuse.
    (tmp_path / "pyproject.toml").write_text('tool = "x"\n', encoding="utf-8")
    assert load_config(tmp_path) == load_config(tmp_path / "nowhere")


@pytest.mark.parametrize("lang, text, numbers", [
    ("es", "Todos los Estados y las dos organizaciones; DOS expertos.", {2.0: 2}),
    # (`tenth meeting` is the meeting's number, 10, read as an ordinal: not `ten` in `tenth`)
    ("en", "Two experts attended, often with two others; the tenth meeting.", {2.0: 2, 10.0: 1}),
    ("en", "Two experts attended, often with two others; a tenth of them.", {2.0: 2, 10.0: 0}),
    # a compound is one number (`dix-sept` was read as 10 and 7)
    ("fr", "Deux experts; en septembre, les dix-sept délégations.", {2.0: 1, 17.0: 1, 10.0: 0, 7.0: 0}),
    ("en", "two-factor authentication for two users", {2.0: 1}),
    ("ru", "В течение двух дней, 27 июня, три заседания.", {2.0: 1, 3.0: 1, 27.0: 0}),
    ("ar", "على مدى يومين، في مستوى عال", {2.0: 1}),
])
def test_number_words_are_whole_words_in_any_case(lang, text, numbers):
    # Number words are found as strings first: `dos` in `Todos`, `ten` in `often`, `sept` in
    # `septembre` and `ست` (six) in `مستوى` must not count.
    from pipeline.lang import profile
    from pipeline.value_extraction import extract_values

    found = extract_values(text, profile(lang)).numbers
    assert {value: found[value] for value in numbers} == numbers
    assert set(found) <= set(numbers) | {27.0}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("abivx1234 )(\n\t\u00a0.,;:я_²"), max_size=30))
def test_list_letters_found_from_their_bracket_are_those_the_full_expression_finds(text):
    # TYPO005 looks for a list letter (`a)`, `12)`) from its bracket, for speed: it must find
    # one in exactly the texts where the full expression finds one.
    from pipeline.checks import typo

    assert (typo._LIST_LETTER_BRACKET.search(text) is None) == (typo._LIST_LETTER.search(text) is None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("«» \u00a0\u202fab"), max_size=20))
def test_every_guillemet_without_its_no_break_space_is_one_fault_whose_fix_leaves_none(text):
    # TYPO002 (French) and `check --fix` share the spans: each « or » without a no-break space
    # on its inner side is in exactly one fault, and the text with the replacements has none.
    from pipeline.checks.spacing import NO_BREAK_SPACES, guillemets_without_no_break

    faults = guillemets_without_no_break(text)
    bare = [i for i, ch in enumerate(text)
            if (ch == "«" and text[i + 1:i + 2] not in tuple(NO_BREAK_SPACES))
            or (ch == "»" and (i == 0 or text[i - 1] not in NO_BREAK_SPACES))]
    assert sorted(i for f in faults for i in range(f.start, f.end) if text[i] in "«»") == bare
    fixed = text
    for fault in sorted(faults, key=lambda f: f.start, reverse=True):
        fixed = fixed[:fault.start] + fault.replacement + fixed[fault.end:]
    assert guillemets_without_no_break(fixed) == []
    assert fixed.replace("\u00a0", "").replace("\u202f", "").replace(" ", "") == text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["ar", "en", "es", "fr", "ru", "zh"]),
       st.lists(st.sampled_from(["1", "10", "23", " ", "\u00a0", ":", "00", "30", "час.", "ЧАС.", "мин.", "h", "H", "heures",
                                 "时", "分", "上午", "下午", "至", "участники", "/", "x", "a.m.", "P.M.", "noon", "horas", "15/"]),
                max_size=12))
def test_a_text_passed_by_as_having_no_time_has_none(lang, parts):
    # The time expression runs only on texts the language's gate lets through (lang/<code>.py,
    # `time_gate`): for speed, so the gate must let through every text with a time.
    from pipeline.lang import profile
    from pipeline.value_extraction import _compiled

    text = "".join(parts)
    if _compiled(profile(lang).time_pattern).search(text):
        assert _compiled(profile(lang).time_gate).search(text)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["ar", "en", "es", "fr", "ru"]), st.data())
def test_month_names_grouped_by_letter_are_found_where_the_plain_list_finds_them(lang, data):
    import re

    from pipeline import value_extraction as values
    from pipeline.lang import profile

    months = sorted(profile(lang).months)
    parts = data.draw(st.lists(st.sampled_from([*months, *(m[:-1] for m in months), " ", "\u00a0", "x", "1", "-"]), max_size=8))
    text = "".join(parts)
    plain = re.compile(r"\s(?:" + "|".join(map(re.escape, months)) + ")" + ("" if lang == "ar" else r"\b"))
    assert (values._month_after_space(lang).search(text) is None) == (plain.search(text) is None)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbB İiIıßSsΣσςКкK\u0307\u0345ιΙ\u00a0-_1 .ǄǅǆяЯ𝐀𝐚")), max_size=14))
@example("Aσ AΣ")  # a final sigma: one word twice to re.IGNORECASE, two words to lower()
@example("AA A\u0307A\u0307")  # a combining mark after the second word: another word (hypothesis found `AA AȦ`)
def test_doubled_words_are_those_the_backtracking_expression_and_its_word_test_found(text):
    # TYPO006's possessive expression (typo._REPEATED) against what it replaced: a test for
    # two equal adjacent words, then the same expression with backtracking.
    import re

    from pipeline.checks import typo

    def before(text):
        words = re.findall(r"[^\W\d_]{2,}", text.lower())
        if not any(map(str.__eq__, words, words[1:])):
            return []
        # (a combining mark before a word is the end of the word before it, and one after a
        # word its last letter's, as the expression reads marks: `قدَّمت`; hypothesis found
        # `\u0307AA AA` and `AA AȦ`)
        return [m.span() for m in re.finditer(rf"(?<![\w{typo._MARKS}-])([^\W\d_]{{2,}})\s+\1(?![\w{typo._MARKS}-])", text,
                                              re.IGNORECASE)
                if m.group(1).lower() == m.group(0).split()[-1].lower()]

    assert [m.span() for m in typo.repeated_words(text)] == before(text)


@settings(max_examples=500, deadline=None)
# A list of characters, not st.text(alphabet=...): given an alphabet with st.characters() in
# it, text() draws from all characters alike and hardly ever from the digits listed.
@given(st.lists(st.sampled_from(list("0123456789٠١٢٣۴۵०१২৩๔０１２𝟎𝟗𞥐 ./,²½")) | st.characters(), max_size=30).map("".join))
def test_folded_text_has_no_digit_but_0_to_9(text):
    # The number and resolution expressions spell a digit `[0-9]`, not `\d`, for speed: right
    # only because they read text whose digits fold_digits has made ASCII, every script's.
    import re

    from pipeline import value_extraction as values

    folded = values.fold_digits(text)
    assert set(re.findall(r"\d", folded)) <= set("0123456789")
    assert [m.span() for m in values._NUMBER.finditer(folded)] == [m.span() for m in re.finditer(values._NUMBER.pattern.replace("[0-9]", r"\d"), folded)]


@pytest.mark.parametrize("lang, text", [
    ("zh", "见CTOC/COP/WG.7/2022/4号文件。"),  # glued to Chinese on both sides
    ("zh", "（CTOC/COP/WG.7/2022/4）"),
    ("en", "See CTOC/COP/WG.7/2022/4 for the report."),
    ("en", "See CTOC/COP/WG.7/2022/4."),  # the sentence's stop is not the symbol's
    ("zh", "见CTOC/COP/WG.7/2022/4。"),
])
def test_a_symbol_is_read_whole_whatever_script_it_is_glued_to(lang, text):
    """A `\\w` bound missed the symbol after `见` and, before `号`, backtracked to `CTOC/COP/WG`."""
    from pipeline.lang import profile
    from pipeline.value_extraction import extract_values

    assert extract_values(text, profile(lang)).symbols == {"CTOC/COP/WG.7/2022/4"}


def test_a_spanish_masthead_range_of_days_is_the_english_one(tmp_path):
    """`17 a 21 de octubre` is how the Spanish masthead writes `17–21 October`."""
    versions = {"ru": "Вена, 17–21 октября 2022 года", "fr": "Vienne, 17-21 octobre 2022",
                "es": "Viena, 17 a 21 de octubre de 2022", "zh": "2022年10月17日至21日，维也纳"}
    write_document(tmp_path, "masthead/dates", "Vienna, 17–21 October 2022", versions)
    assert check_catalogs([tmp_path], [], "en", select=["NUM", "REF"]).findings == []
    write_document(tmp_path, "masthead/dates", "Vienna, 17–21 October 2022", {**versions, "es": "Viena, 17 a 22 de octubre de 2022"})
    assert {(f.code, f.lang) for f in check_catalogs([tmp_path], [], "en", select=["NUM002"]).findings} == {("NUM002", "es")}


def test_a_sentence_that_closes_a_quotation_an_earlier_one_opened_quotes_inside_it():
    # The second sentence of a quoted paragraph: its “ ” stand inside the « » the first opened.
    from pipeline.checks.typo import _misnested_quote

    quotes = (("«", "»"), ("“", "”"))
    assert _misnested_quote("le terme “migrants objet d’un trafic illicite” est employé\u00a0».", quotes, True) is None
    assert _misnested_quote("le terme “migrants objet d’un trafic illicite” est employé.", quotes, True)[0] == 9


def test_one_quotation_mark_that_opens_and_closes_is_named_as_such():
    # Django's Russian catalog quotes `“Control“`: "2 '“' but 0 '”'" read as a bracket left
    # open, where the mark is paired as written and only its shape is wrong.
    catalog = CatalogFile("t.po", "ru", (Entry("e", "Hold down “Control” on a Mac", "Удерживайте “Control“ на Mac", 1),))
    [finding] = [f for f in check_catalog(catalog, selected(["TYPO005"]), terminology_for([]), "en")]
    assert finding.message == "'“' both opens and closes its quotations (2×); ru quotes as «…» and „…“"
    assert (finding.start, finding.end) == (12, 13)


def test_arabic_decimal_and_thousands_separators_keep_a_number_whole(tmp_path):
    # `2٫5` and `١٬٢٥٠` (CLDR's Arabic separators, the decimal key of an Arabic keyboard) were
    # read as two numbers each: "2, 5 here, 2.5 in the source", an error on a right translation.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ar"}
    for n, (source, translation) in enumerate([("Rate: 2.5 percent", "المعدل: 2٫5 في المائة"),
                                               ("Total 1,250 items", "المجموع ١٬٢٥٠ عنصرا"),
                                               ("Total 1,250 places", "المجموع ١٬٢٠٥ مكانا")]):
        catalog.append(polib.POEntry(msgctxt=f"p{n}", msgid=source, msgstr=translation))
    catalog.save(str(tmp_path / "doc.po"))
    found = check_catalogs([tmp_path], [], "en", select=["NUM001"]).findings
    assert [f.msgctxt for f in found] == ["p2"]  # 1205 for 1250: still a changed value


def test_a_code_retyped_in_look_alike_letters_names_the_source_s_and_is_fixed_to_it():
    catalog = CatalogFile("t.po", "ru", (Entry("e", "Emissions of CO2 fell.", "Выбросы СО2 сократились.", 1, False),))
    [finding] = check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en")
    assert finding.message == "'СО2' is written in Cyrillic letters that look like the Latin of the source's 'CO2'"
    assert (finding.found, finding.replacement) == ("СО2", "CO2")


def test_a_laid_out_line_break_in_chinese_is_fixed_to_nothing():
    # One space is right between English or Russian sentences; Chinese writes none.
    from pipeline.checks.spacing import laid_out_breaks

    [fault] = laid_out_breaks("会议于2022年6月27日开幕。\n          工作组通过了议程。", "The meeting opened. The agenda was adopted.", unspaced=True)
    assert (fault.found, fault.replacement) == ("\n          ", "")
    [fault] = laid_out_breaks("Заседание открыто.\n          Повестка принята.", "The meeting opened. The agenda was adopted.")
    assert fault.replacement == " "


def test_a_translators_note_after_the_codes_of_a_suppression_is_no_code(tmp_path, hexaglot):
    # `# hexaglot: ignore CONS003` then a note on the next comment line (or the same one): each
    # word of the note was read as a code, and six "names no check" lines said of a suppression
    # that worked.
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    catalog.append(polib.POEntry(msgctxt="a", msgid="Protocol against the Smuggling of Migrants",
                                 msgstr="Protocol against the Smuggling of Migrants",
                                 tcomment="hexaglot: ignore CONS003\nTitle kept in English as published"))
    catalog.append(polib.POEntry(msgctxt="b", msgid="Global Report on Trafficking in Persons",
                                 msgstr="Global Report on Trafficking in Persons", tcomment="hexaglot: ignore CONS003 approved by terminology"))
    catalog.append(polib.POEntry(msgctxt="c", msgid="Opening of the session", msgstr="Opening of the session",
                                 tcomment="hexaglot: ignore this one"))
    catalog.save(str(tmp_path / "doc.po"))
    run = hexaglot("check", "doc.po", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert "2 suppressed by '# hexaglot: ignore'" in run.stdout, run.stdout
    understood = [line for line in run.stdout.splitlines() if line.startswith("not understood")]
    # words and no code are no suppress-all: said, and the finding shown
    assert len(understood) == 1 and "'# hexaglot: ignore THIS' names no check" in understood[0], understood
    assert run.returncode == 0 and "CONS003" in run.stdout


def test_typo003_marks_the_first_control_the_translation_adds_where_it_stands():
    # Of U+202E and the U+202C after it, the one sorted first by code was marked, not the
    # override that turns the name round.
    catalog = CatalogFile("t.po", "ru", (Entry("e", "Open the file report.pdf", "Открыть файл \u202efdp.troper\u202c", 1, False),))
    [finding] = [f for f in check_catalog(catalog, selected(["TYPO003"]), terminology_for([]), "en") if f.code == "TYPO003"]
    assert (finding.start, finding.found) == (len("Открыть файл "), "\u202e")


def test_a_chinese_masthead_s_letter_spaced_name_is_layout():
    # `大  会` as UN Chinese mastheads set the organ's name: TYPO003 took it for a double space.
    for msgctxt, expected in (("masthead/organ", []), ("h/1/h1", ["TYPO003"])):
        catalog = CatalogFile("t.po", "zh", (Entry(msgctxt, "General Assembly", "大  会", 1, False),))
        assert sorted({f.code for f in check_catalog(catalog, selected(ENTRY_CODES), terminology_for([]), "en")}) == expected


@pytest.mark.parametrize("value, meant", [("TERM00", "TERM00"), ("TYPO01", "TYPO01"), ("T", None), ("TERM0011", "TERM001")])
def test_a_code_that_is_neither_a_check_nor_a_family_is_refused_where_it_would_select_others(hexaglot, tmp_path, value, meant):
    # `--ignore TERM00` dropped every TERM check and `--ignore TYPO01` TYPO010 (not TYPO001), in silence.
    for option in ("--ignore", "--select"):
        result = hexaglot("check", "locale", option, value, cwd=tmp_path)
        assert result.returncode == 2 and f"[E017] {option} names '{value}', which is no check code or family" in result.stderr
        assert re.search(rf"\({meant}\d?\?\)", result.stderr) if meant else "?)" not in result.stderr  # TYPO010, TERM007
    (tmp_path / "hexaglot.toml").write_text(f'ignore = ["{value}"]\n', encoding="utf-8")
    assert hexaglot("check", "locale", cwd=tmp_path).returncode == 2


def test_ref003_an_organ_named_between_the_word_and_the_number(tmp_path):
    # Arabic names the organ between `قرار` and the number (`قرار مجلس حقوق الإنسان 49/28`,
    # the Human Rights Council's resolution 49/28): three words there were read as none.
    source = "Recalling General Assembly resolution 77/199 and Human Rights Council resolution 49/28,"
    write_document(tmp_path, "pre/4", source,
                   {"ar": "وإذ يشير إلى قرار الجمعية العامة 77/199 وقرار مجلس حقوق الإنسان 49/28،",
                    "ru": "ссылаясь на резолюцию 77/199 Генеральной Ассамблеи и резолюцию 49/28 Совета по правам человека,",
                    "zh": "回顾大会第77/199号决议和人权理事会第49/28号决议，"})
    assert check_catalogs([tmp_path], [], "en", select=["REF003"]).findings == []
    # ... but not across a word that joins another item: that number is bare
    write_document(tmp_path, "p/2", "The resolution of the Council and decision 11/1 apply.",
                   {"fr": "La résolution du Conseil et la 11/1 s'appliquent.",
                    "ru": "Применяются резолюция Совета и документ 11/1.",
                    "es": "Se aplican la resolución del Consejo y la decisión 11/1."})
    found = check_catalogs([tmp_path], [], "en", select=["REF003"]).findings
    assert sorted(f.lang for f in found) == ["fr", "ru"]
    write_document(tmp_path, "p/2", "The resolution of the Council and decision 11/1 apply.",
                   {"fr": "La résolution du Conseil ainsi que la 11/1 s'appliquent.",
                    "es": "Se aplican la resolución del Consejo así como la 11/1.",
                    "ar": "ينطبق قرار المجلس و11/1."})
    found = check_catalogs([tmp_path], [], "en", select=["REF003"]).findings
    assert sorted(f.lang for f in found) == ["ar", "es", "fr", "ru"]  # (ru as written above)


def test_a_russian_clause_in_lower_case_in_another_tool_s_catalog_is_no_typo007():
    # A CAT tool's XLIFF of a resolution has no segment ids: Russian's preambular and operative
    # paragraphs, in lower case as UN Russian writes them, each gave TYPO007.
    entries = (Entry("", "Recalling the Protocol against the Smuggling of Migrants by Land, Sea and Air,",
                     "ссылаясь на Протокол против незаконного ввоза мигрантов по суше, морю и воздуху,", 5),
               Entry("", "Urges States to ensure that smuggled migrants are not prosecuted;",
                     "настоятельно призывает государства обеспечить, чтобы незаконно ввезенные мигранты не преследовались;", 8),
               Entry("", "The Working Group adopted its report.", "рабочая группа утвердила свой доклад.", 11))
    found = check_catalog(CatalogFile("x.po", "ru", entries), selected(["TYPO007"]), terminology_for([]), "en", with_terms=False)
    assert [(f.code, f.line) for f in found] == [("TYPO007", 11)]


@pytest.mark.parametrize("lang", ["ru", "zh", "fr"])
def test_a_publication_cited_as_published_is_no_copy(lang):
    # A journal article cited in English in a footnote, as UN versions cite a publication that
    # exists in one language: CONS003 called it a copy, TYPO002 asked Russian quotation marks.
    cited = "Smith, J., “Smuggling networks in the Sahel”, Journal of Migration and Human Security, vol. 5, No. 2 (2017)."
    also_cited = ["Vlassis, D., “The United Nations Convention against Transnational Organized Crime”, in: M. Berdal and "
                  "M. Serrano, eds., Transnational Organized Crime (Boulder, Lynne Rienner, 2002), pp. 83-94.",
                  "Baird, T., “Smugglers’ roles in irregular migration to Europe”, Crime, Law and Social Change, Vol. 12 (2016).",
                  "Doe, J., “Clandestine crossings,” Journal of Borderlands Studies, vol. 23, no. 4 (2001)."]
    copied = ["The Working Group adopted its report by consensus.",
              # ... a sentence left in English is still a copy, whatever numbers and years it holds
              "Resolution No. 5 was adopted by the Conference in 2020, see vol. 3.",
              'The "Global Study" was published in vol. 2 of the series (2018).',
              # ... and so are the references the UN versions translate
              "Official Records of the Economic and Social Council, 2019, Supplement No. 10 (E/2019/30).",
              "Ibid., vol. 2237, No. 39574 (2000).",
              # ... and a sentence that quotes a word or a title, with a page and a year in it
              "The term “migrant”, as used in the report (2019), is defined on p. 3.",
              "Report of the Secretariat, “World crime trends”, E/CN.15/2019/5, p. 7 (March 2019)."]
    entries = (Entry("fn/3/s1", cited, cited, 3), *(Entry(f"fn/{n}/s2", text, text, 4 + n) for n, text in enumerate(also_cited)),
               *(Entry(f"p/{n}/s1", text, text, 10 + n) for n, text in enumerate(copied)))
    found = check_catalog(CatalogFile("x.po", lang, entries), selected(["CONS003", "TYPO002"]), terminology_for([]), "en",
                          with_terms=False)
    assert sorted({f.line for f in found if f.code == "CONS003"}) == [10, 11, 12, 13, 14, 15, 16]
    assert not {3, 4, 5, 6} & {f.line for f in found}


def test_the_treaty_series_cited_in_english_in_a_russian_footnote_is_no_copy():
    # UN Russian cites the Treaty Series in English; `Ibid.` it writes `Там же`.
    cited = ["United Nations, Treaty Series, vol. 2241, No. 39574.",
             "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.",
             "United Nations, Treaty Series, vol. 2225, No. 39574; vol. 2237, No. 39574.",
             "United Nations, Treaty Series, vol. 1155, No. 18232, annex.", "United Nations, Treaty Series, vol. 2225, p. 85."]
    entries = (*(Entry(f"fn/{n}/s1", text, text, n + 1) for n, text in enumerate(cited)),
               Entry("fn/9/s1", "Ibid., vol. 2237, No. 39574.", "Ibid., vol. 2237, No. 39574.", 99))
    found = check_catalog(CatalogFile("x.po", "ru", entries), selected(["CONS003"]), terminology_for([]), "en", with_terms=False)
    assert [f.line for f in found] == [99]
    french = (Entry("fn/1/s1", "United Nations, Treaty Series, vol. 2241, No. 39574.",
                    "United Nations, Treaty Series, vol. 2241, No. 39574.", 5),)
    assert check_catalog(CatalogFile("x.po", "fr", french), selected(["CONS003"]), terminology_for([]), "en", with_terms=False)


@pytest.mark.parametrize("lang, column, said", [
    # A French column of percentages, one cell left with the English point
    ("fr", ["12,5", "26.7", "3,4 %", "1 250,75"], ["annex/r2/c3"]),
    # ... a Spanish one grouped by points, its decimals by a comma
    ("es", ["4.250,5", "1.860,25", "18.6"], ["annex/r3/c3"]),
    # ... English and Chinese the other way round
    ("zh", ["48.5%", "25,9%", "12.5%"], ["annex/r2/c3"]),
    # ... a column of targets' numbers writes no decimal comma: nothing to say (TYPO012 leaves them too)
    ("fr", ["16.2", "16.4", "10.7"], []),
    # ... nor a column of whole numbers and one decimal, nor one mostly of targets
    ("ru", ["1 250", "26.7", "300"], []),
    ("fr", ["16.4", "10.7", "12,5"], []),
    ("fr", ["12,5", "1 250", "300", "26.7"], ["annex/r4/c3"]),  # one of two figures
    # ... a negative written with a dash too
    ("fr", ["12,5", "–3.4", "1,2", "0,5"], ["annex/r2/c3"]),
])
def test_a_table_cell_with_the_other_decimal_mark_than_its_column_is_said(lang, column, said):
    # `26.7` in a French table whose other cells write `12,5`: a number alone in a cell was
    # left alone (it may be a target's), and the planted one passed.
    # (the check reads the translations alone: the column's own marks)
    entries = tuple(Entry(f"annex/r{row}/c3", "0.0", target, row) for row, target in enumerate(column, start=1))
    found = check_catalog(CatalogFile("t.po", lang, entries), selected(["TYPO013"]), terminology_for([]), "en", with_terms=False)
    assert [f.msgctxt for f in found] == said


def test_full_width_digits_are_said_and_a_chinese_numeral_label_in_brackets_is_not():
    from pipeline.checks import selected
    from pipeline.model import CatalogFile, Entry
    from pipeline.run import check_catalog, terminology_for

    def typo(source, target):
        catalog = CatalogFile("t.po", "zh", (Entry("e", source, target, 1),))
        return [(f.code, f.message) for f in check_catalog(catalog, selected(["TYPO"]), terminology_for([]), "en")]

    # `２０２４年` read as 2024 everywhere, and passed: UN Chinese writes its figures in ASCII digits.
    assert typo("The meeting will be held from 9 to 13 December 2024.", "会议将于２０２４年12月9日至13日举行。") == [
        ("TYPO001", "'２０２４' is written in full-width digits: write '2024'")]
    # `(二)` is a sub-paragraph's label, as REF006 reads it: no Chinese text in Latin brackets.
    assert typo("See paragraph 12 (c) (ii) above.", "见上文第12段(c)(二)分段。") == []


def test_persian_digits_in_an_arabic_text_are_said():
    # `۱۲۳۴۵` typed on a Persian keyboard reads as the number everywhere and passed: Arabic's
    # fonts draw its 4, 5 and 6 otherwise, and UN Arabic writes 0–9.
    from pipeline.checks import selected
    from pipeline.model import CatalogFile, Entry
    from pipeline.run import check_catalog, terminology_for

    catalog = CatalogFile("t.po", "ar", (Entry("e", "Some 12,345 migrants were rescued.", "وأُنقذ نحو ۱۲۳۴۵ مهاجرا.", 1),
                                         Entry("f", "Some 12,345 migrants were rescued.", "وأُنقذ نحو 12345 مهاجرا.", 2)))
    found = [(f.msgctxt, f.message, f.replacement) for f in check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en")]
    assert found == [("e", "'۱۲۳۴۵' is written in Persian digits (Extended Arabic-Indic): write '12345'", "12345")]


def test_arabic_copied_out_of_a_pdf_in_presentation_forms_is_said_and_its_terms_found(tmp_path):
    # `ﻭﻗﺪ ﻗﺪﻡ ﻣﻜﺘﺐ…`: the glyphs a PDF's font draws (contextual forms), which text copied out of
    # the PDF keeps. The forbidden name of the Office passed and three approved terms that were
    # there were TERM001, with nothing to say why.
    from pipeline.glossary.tbx import read_tbx
    from tests.conftest import ROOT

    written = "وقد قدم مكتب الأمم المتحدة لمكافحة الجريمة والمخدرات المساعدة التقنية للدول الأطراف."
    # as a PDF's font draws it: each letter's form in its place in the word, lam-alef one glyph
    glyphs = ("ﻭﻗﺪ ﻗﺪﻡ ﻣﻜﺘﺐ ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ ﻟﻤﻜﺎﻓﺤﺔ ﺍﻟﺠﺮﻳﻤﺔ ﻭﺍﻟﻤﺨﺪﺭﺍﺕ ﺍﻟﻤﺴﺎﻋﺪﺓ ﺍﻟﺘﻘﻨﻴﺔ ﻟﻠﺪﻭﻝ ﺍﻷﻃﺮﺍﻑ.")
    assert unicodedata.normalize("NFKC", glyphs) == written and not set(glyphs) & set(written[:-1].replace(" ", ""))
    source = "The United Nations Office on Drugs and Crime provided technical assistance to States parties."
    catalog = CatalogFile("t.po", "ar", (Entry("e", source, glyphs, 1), Entry("f", source, written, 2)))
    glossary = read_tbx(ROOT / "glossaries" / "untoc-som.tbx")
    found = [(f.msgctxt, f.code, f.concept) for f in check_catalog(catalog, selected(["TERM", "TYPO001"]),
                                                                    terminology_for([glossary]), "en")]
    assert sorted(found) == [("e", "TERM002", "unodc"), ("e", "TYPO001", ""), ("f", "TERM002", "unodc")]
    typo = next(f for f in check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en"))
    assert typo.message == ("'ﻭﻗﺪ' and 11 more are written in presentation forms (the glyphs a PDF's font draws, not "
                            "letters: no search, sort or spell-checker reads them): write 'وقد'")
    assert glyphs[:typo.start] + typo.replacement + glyphs[typo.end:] == written


def test_signs_that_are_no_glyphs_of_letters_are_left_and_an_isolated_vowel_mark_folds_onto_its_word():
    # ﷽ (the Basmala, which opens letters of Member States) and ﷺ are signs NFKC keeps: "write
    # '﷽'" was an error --fix could never mend. ﷼ is a currency's sign (NFKC spells it with the
    # Persian yeh). The isolated fathatan `ﹰ` became a space and the mark, breaking the word.
    from pipeline.lang.presentation_forms import fold_presentation_forms

    assert fold_presentation_forms("وقد أُنشئ المكتب نتيجةﹰ للدراسة.") == "وقد أُنشئ المكتب نتيجةً للدراسة."
    assert fold_presentation_forms("ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ") == "الأمم المتحدة"
    source = "In the name of God. The fee is 500 rials."
    catalog = CatalogFile("t.po", "ar", (Entry("e", source, "﷽ والرسم 500 ﷼.", 1),))
    assert list(check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en")) == []


@pytest.mark.parametrize("word, known", [("шестимесячный", True), ("трехдневного", True), ("пятидесятилетия", True),
                                         ("двадцатипятилетний", True), ("шестимесячнный", False), ("незаконнного", False)])
def test_a_russian_compound_of_a_number_is_a_word(word, known):
    # `на шестимесячный период` (a mandate's six months): TYPO008 on correct text, pymorphy3
    # listing such compounds only as it met them.
    from pipeline.checks.typo import _known_russian

    assert _known_russian(word) is known


def test_an_inflected_form_of_a_glossary_term_s_word_is_known_to_typo008(tmp_path):
    # `конференционного` of the term `конференционное обслуживание`: flagged wherever the
    # glossary had no word list beside it (a glossary exported elsewhere), as the term's word
    # was known only as written.
    from pipeline.checks import selected
    from pipeline.glossary import load_glossary
    from pipeline.model import CatalogFile, Entry
    from pipeline.run import check_catalog, terminology_for

    (tmp_path / "g.csv").write_text("concept id,en 1 term,en 1 status,ru 1 term,ru 1 status\n"
                                    "cs,conference services,preferred,конференционное обслуживание,preferred\n", encoding="utf-8")
    entry = Entry("a", "The cost of conference services rose.", "Расходы на услуги конференционного обслуживания выросли.", 1)
    findings = check_catalog(CatalogFile("t.po", "ru", (entry,)), selected(["TYPO008"]),
                             terminology_for([load_glossary(tmp_path / "g.csv")]), "en")
    assert findings == []


def test_a_sentence_in_traditional_characters_is_one_finding_naming_its_runs():
    # A sentence copied whole from a Traditional source was ten TYPO001 errors, one a run.
    catalog = CatalogFile("t.po", "zh", (Entry("e", "States parties shall report by 2025.", "各締約國應於2025年前提交報告。", 1),))
    [finding] = [f for f in check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en")]
    assert finding.message == "'締約國應', '報' are written in Traditional characters: UN Chinese writes Simplified ones"
    assert (finding.start, finding.end) == (1, 5)


def test_a_word_repeated_many_times_in_a_row_is_one_finding_that_counts_them():
    # A text pasted over itself gave a finding per pair of words: a 50 MB msgstr of one word
    # gave two million TYPO006 warnings for one entry.
    def repeats(target):
        catalog = CatalogFile("t.po", "ru", (Entry("e", "The Working Group will consider the report", target, 1, False),))
        return [(f.message, f.found) for f in check_catalog(catalog, selected(["TYPO006"]), terminology_for([]), "en")]

    assert repeats("Рабочая группа группа рассмотрит доклад") == [("'группа' is repeated", "группа группа")]
    assert repeats("Рабочая группа группа группа рассмотрит доклад доклад") == [
        ("'группа' is repeated (3 times in a row)", "группа группа группа"), ("'доклад' is repeated", "доклад доклад")]
    assert repeats("Рабочая " + "группа " * 5000 + "рассмотрит") == [("'группа' is repeated (5000 times in a row)", "группа ×5000")]
    # However wide the space before its last word.
    assert repeats("Рабочая группа группа          группа рассмотрит доклад") == [
        ("'группа' is repeated (3 times in a row)", "группа группа          группа")]


@pytest.mark.parametrize("lang, translation, said", [
    ("fr", "Vous vous êtes enregistré.", []),  # the grammar's doubling
    ("fr", "Vous vous vous êtes enregistré.", ["'Vous' is repeated (3 times in a row)"]),  # never three times
    ("en", "He had had had enough.", ["'had' is repeated (3 times in a row)"]),
])
def test_a_word_the_grammar_doubles_is_a_slip_three_times(lang, translation, said):
    catalog = CatalogFile("t.po", lang, (Entry("e", "You have registered.", translation, 1, False),))
    assert [f.message for f in check_catalog(catalog, selected(["TYPO006"]), terminology_for([]), "en")] == said


def test_a_translation_of_deeply_nested_tags_is_read_to_its_end_in_one_pass():
    # `<b>` fifty thousand deep around a word (a generated or crafted entry, far under the
    # length limit): the expression that set the closing tags aside tried every opening tag
    # and stalled check for minutes in every mode (an attacker's probe). Read from the end.
    depth = 50_000
    source = "<b>" * depth + "Note." + "</b>" * depth
    assert "TYPO004" in codes("fr", source, "<b>" * depth + "Remarque" + "</b>" * depth)
    assert "TYPO004" not in codes("fr", source, "<b>" * depth + "Remarque." + "</b>" * depth)


def test_a_word_of_look_alike_letters_alone_names_the_letters_not_of_the_language_s_script():
    # `УНП OOН` with two Latin O: the message named the right Cyrillic Н as the odd letter (two
    # Latin letters outnumbered it). Where every letter has a look-alike, the language's script
    # is the word's; where one has none, that letter's script is (`Microsоft`: the о is odd).
    from pipeline.model import CatalogFile, Entry

    def messages(lang, target):
        catalog = CatalogFile("t.po", lang, (Entry("e", "UNODC and Microsoft", target, 1, False),))
        return [f.message for f in check_catalog(catalog, selected(["TYPO001"]), terminology_for([]), "en")]

    assert messages("ru", "УНП OOН и Microsoft") == ["'OOН' mixes scripts: O (Latin)"]
    assert messages("ru", "УНП ООН и Microsоft") == ["'Microsоft' mixes scripts: о (Cyrillic)"]
    assert messages("ru", "Рабочaя группa") == ["'Рабочaя' mixes scripts: a (Latin)", "'группa' mixes scripts: a (Latin)"]


def test_a_mark_that_ends_no_sentence_is_named_not_said_as_none():
    # `建议．` (U+FF0E, the full-width full stop) visibly ends with a dot: "ends with no
    # punctuation" sent the reviser looking for a mark that is there.
    catalog = CatalogFile("t.po", "zh", (Entry("e", "The Working Group considered the recommendations.", "工作组审议了所载建议．", 1),
                                         Entry("f", "The Working Group considered the recommendations.", "工作组审议了所载建议", 2)))
    found = [(f.msgctxt, f.message, f.start) for f in check_catalog(catalog, selected(["TYPO004"]), terminology_for([]), "en")]
    assert found == [("e", "ends with '．' (fullwidth full stop), which ends no sentence, the source with .", 10),
                     ("f", "ends with no punctuation, the source with .", None)]
    # ... and a figure's per cent sign or a note's asterisk is the text's own, no mark
    catalog = CatalogFile("t.po", "zh", (Entry("e", "Growth was 5%.", "增长5%", 1),))
    assert [f.message for f in check_catalog(catalog, selected(["TYPO004"]), terminology_for([]), "en")] == [
        "ends with no punctuation, the source with ."]


def test_a_variety_that_writes_the_decimal_point_is_not_told_to_write_spain_s_comma(tmp_path):
    # `US$1,234.56` in es_419 was told to be `1.234,56`, as UN Spanish writes it; CLDR (Babel)
    # writes `1,234.56` for Latin American Spanish. Spain's Spanish is still told.
    for locale in ("es_419", "es"):
        catalog = tmp_path / locale / "LC_MESSAGES" / "app.po"
        catalog.parent.mkdir(parents=True)
        catalog.write_text(po_text(locale, [("Total: US$1,234.56, up 2.5 per cent", "Total: US$1,234.56, un aumento del 2.5 %")]),
                           encoding="utf-8")
    # ... and a variety that writes the comma, as Spain does, is told (es_AR, fr_CA: a regression probe's)
    for locale in ("es_AR", "fr_CA"):
        catalog = tmp_path / locale / "LC_MESSAGES" / "app.po"
        catalog.parent.mkdir(parents=True)
        catalog.write_text(po_text(locale, [("up 2.5 per cent", "un aumento del 2.5 %" if locale == "es_AR" else "hausse de 2.5 %")]),
                           encoding="utf-8")
    result = check_catalogs([tmp_path], [], "en", select=["TYPO012"])
    assert sorted({f.file.split("/")[-3] for f in result.findings}) == ["es", "es_AR", "fr_CA"]


def test_sentences_a_tag_joins_in_the_source_are_two_as_chinese_splits_them():
    # `saved.<br/>You can close…`: one sentence to the splitter (no space after the stop), two
    # in Chinese (`。`), and CONS009 named the faithful first one as added.
    pairs = [("Your changes have been saved.<br/>You can close this window.", "您的更改已保存。<br/>您可以关闭此窗口。"),
             ('Don\'t have an account? <a href="%(url)s">Sign up</a>', '还没有账户？<a href="%(url)s">注册</a>'),
             # (a sentence added is still said)
             ("Your changes have been saved.", "您的更改已保存。请立即重新启动计算机以完成安装过程。")]
    catalog = CatalogFile("t.po", "zh", tuple(Entry(f"e{i}", source, target, i + 1, flags=("python-format",))
                                              for i, (source, target) in enumerate(pairs)))
    found = [(f.msgctxt, f.code) for f in check_catalog(catalog, selected(["CONS009"]), terminology_for([]), "en")]
    assert found == [("e2", "CONS009")]


@pytest.mark.parametrize("text, numbers", [
    # UN Arabic writes no numeral with a dual: the dual is the count (a budget's `2 new posts`,
    # `two projects`, `two reports`), its agreeing adjectives no second one
    ("ويُقترح إنشاء وظيفتين جديدتين للمكتب في عام 2024.", {2.0: 1, 2024.0: 1}),
    ("نُفذ مشروعين في عام 2023.", {2.0: 1, 2023.0: 1}),
    ("قُدم تقريرين إلى اللجنة.", {2.0: 1}),
    # a sound plural, a country, a number that ends as a dual does: no 2
    ("شارك المشاركين في الاجتماع.", {}),
    ("زار ممثلو باكستان والأرجنتين الفلبين.", {}),
    ("ستين دولة", {60.0: 1}),
    # a regression probe's (66h): number words after a sound plural or a dual are theirs (250, 20),
    # a broken plural (`البلدان`), a sound one (`المقررين`), a name and a protein are no duals, and
    # a dual of a common noun is one (`جهتين`, `فرعين`), its adjectives no second count
    ("وحضر الاجتماع ما مجموعه مائتين وخمسين مشاركا.", {250.0: 1}),
    ("ويضم الفريق الموظفين العشرين الذين عُينوا في عام 2023.", {20.0: 1, 2023.0: 1}),
    ("ويُقترح إنشاء وظائف جديدة لدعم البلدان النامية.", {}),
    ("واستمع المجلس إلى المقررين الخاصين في عام 2024.", {2024.0: 1}),
    ("قدمت كريستين تقريرها عن البروتين.", {}),
    ("من جهتين", {2.0: 1}), ("فرعين", {2.0: 1}),
    ("عقدت الدورتين التدريبيتين", {2.0: 1}), ("وظيفتان اثنتان", {2.0: 1}),
    # of a noun whose plural ends as a dual, the other ending is the dual's (probe 66i)
    ("التعاون بين البلدين", {2.0: 1}), ("وقدم المقرران تقريرهما", {2.0: 1}),
])
def test_an_arabic_dual_counts_two(text, numbers):
    from pipeline.lang import profile
    from pipeline.value_extraction import extract_values

    assert dict(extract_values(text, profile("ar")).numbers) == numbers


def test_a_correct_arabic_staffing_table_sentence_passes_num001(tmp_path):
    # `2 P-4` is `وظيفتين برتبة ف-4` in UN Arabic: "none here, 2 in the source" (probe 66d).
    source = "The staffing comprises 1 D-1, 3 P-5, 2 P-4 and 4 General Service posts."

    def num001(translation: str, folder: str) -> list[str]:
        write_document(tmp_path / folder, "p/1", source, {"ar": translation})
        return [f.code for f in check_catalogs([tmp_path / folder], [], "en", select=["NUM001"]).findings]

    assert num001("ويشمل الملاك الوظيفي وظيفة واحدة برتبة مد-1، و3 وظائف برتبة ف-5، ووظيفتين برتبة ف-4، "
                  "و4 وظائف من فئة الخدمات العامة.", "dual") == []
    assert num001("ويشمل الملاك الوظيفي 1 مد-1، و3 ف-5، ووظائف برتبة ف-4، و4 وظائف من فئة الخدمات العامة.", "plural") == ["NUM001"]


@pytest.mark.parametrize("translation, found", [
    # `one in four` as Russian says it most: every fourth post (probe 66d: "none here, 1, 4 in the source")
    ("В общей сложности 23 процента сотрудников составляют женщины, и каждая четвертая должность находится "
     "в Центральных учреждениях.", []),
    ("В общей сложности 23 процента сотрудников составляют женщины, и каждая пятая должность находится "
     "в Центральных учреждениях.", ["NUM001"]),
    ("В общей сложности 23 процента сотрудников составляют женщины, и одна из четырех должностей находится "
     "в Центральных учреждениях.", []),
])
def test_every_nth_in_russian_is_one_in_n(tmp_path, translation, found):
    write_document(tmp_path, "p/1", "A total of 23 per cent of the staff are women, and 1 in 4 posts is located at Headquarters.",
                   {"ru": translation})
    assert [f.code for f in check_catalogs([tmp_path], [], "en", select=["NUM001"]).findings] == found


@pytest.mark.parametrize("lang, text, flagged", [
    # a label whose word Spanish shares, and its value, a code or a name: Spanish (probe 66f)
    ("es", "Total: {0:N2} USD", False), ("es", "Total: %(sum)s USD", False), ("es", "Capital: Madrid", False),
    # the source's words all the same: in capitals, or a value that is an English word (probe 66i)
    ("es", "Open file", True), ("es", "Error: File Not Found", True), ("es", "OPEN FILE", True), ("es", "SAVE AS", True),
    ("es", "Status: Pending", True), ("es", "Total: Amount", True), ("fr", "Type: Other", True),
    # a currency's code anywhere, a code after a label's colon (probe 66j)
    ("es", "Total (USD)", False), ("fr", "Total CHF", False), ("fr", "Format: PDF", False), ("es", "VIEW ALL", True),
    # a word in capitals after the colon is a word (probe 66k)
    ("es", "Status: DRAFT", True), ("fr", "Message: ERROR", True),
    # ... unless it spells the translation's word too, or an acronym (probe 66l)
    ("fr", "Total: OK", False), ("es", "Zone: EURO", False), ("fr", "Total: USA", False),
    # in another script, the label is the source's, untranslated
    ("ru", "Total: {0:N2} USD", True), ("ru", "Capital: Madrid", True),
])
def test_a_labels_value_is_no_word_left_untranslated(lang, text, flagged):
    catalog = CatalogFile("t.po", lang, (Entry("e", text, text, 1),))
    found = [f.code for f in check_catalog(catalog, selected(["CONS003"]), terminology_for([]), "en")]
    assert found == (["CONS003"] if flagged else [])
