from pipeline.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="ru",
    cased=True,
    unspaced=False,
    # UN Russian abbreviates hours and minutes ("10 час. 00 мин."), references ("см.", "п."),
    # and "г." for year; none of them ends a sentence by itself.
    abbreviations=frozenset(
        "см. ср. час. мин. сек. ч. м. г. гг. п. пп. с. стр. т. тт. т.е. т.д. т.п. др. пр. "
        "им. ст. гл. разд. рис. табл. прим. ок. млн. млрд. тыс. руб. долл. p. pp. "
        "янв. февр. апр. авг. сент. окт. нояб. дек.".split()
    ),
    final_abbreviations=frozenset("час. мин. сек. г. гг. т.д. т.п. др. млн. млрд. тыс. руб. долл.".split()),
    sentence_end=".!?…",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("Документация",),
    annex_headings=("Приложение",),
    continued_marks=("(продолжение)",),
    time_range=r"\d{1,2}(?::\d{2}|\s*час\.\s*\d{2}\s*мин\.)\s*[–-]\s*\d{1,2}(?::\d{2}|\s*час\.\s*\d{2}\s*мин\.)",
    hyphenation="morphology",
    number_words={"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
    and_words=("и", "–", "-"),
    resolution_words=r"резолюци\w*|решени\w*",
    quotes=(("«", "»"), ("„", "“")),
    decimal_comma=True,
)
