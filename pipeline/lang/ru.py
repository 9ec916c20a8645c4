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
)
