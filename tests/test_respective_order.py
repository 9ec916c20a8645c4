"""Values that `respectively` pairs with another list, given in another order in a version
(pipeline/checks/respective_order.py): NUM001 and NUM002 compared the values alone, and a
reviser's probe swapped two dates and two amounts after `respectivement` without a finding."""

import json

import pytest

from tests.conftest import run_hexaglot
from tests.test_qa_checks import write_document

AMOUNTS = "The meetings in Vienna and New York cost US$ 45,300 and US$ 12,800, respectively."
YEARS = "In 2021 and 2022, 45 and 12 cases were reported, respectively."
CITED = "Paragraphs 3 and 4 refer to articles 5 and 6, respectively."
SHARES = "The figures were 10, 20 and 30 per cent, respectively."
DATES = "The sessions were held on 3 May and 5 June 2023, respectively."


@pytest.mark.parametrize("source, versions, said", [
    # in another order: each value goes with the other list's other item
    (AMOUNTS, {"zh": "在维也纳和纽约举行的会议费用分别为12,800美元和45,300美元。"}, [("zh", "12,800, 45,300 here, 45,300, 12,800")]),
    (SHARES, {"ar": "وكانت الأرقام 10 و30 و20 في المائة على التوالي."}, [("ar", "10, 30, 20 here, 10, 20, 30")]),
    (DATES, {"es": "Los períodos de sesiones se celebraron el 5 de junio y el 3 de mayo de 2023, respectivamente."},
     [("es", "5 June, 3 May here, 3 May, 5 June")]),
    # in the source's order, however each language words it
    (AMOUNTS, {"zh": "在维也纳和纽约举行的会议费用分别为45,300美元和12,800美元。",
               "ru": "Расходы на совещания в Вене и Нью-Йорке составили соответственно 45 300 и 12 800 долл. США.",
               "es": "Las reuniones de Viena y Nueva York costaron 45.300 y 12.800 dólares, respectivamente.",
               "ar": "وبلغت تكاليف اجتماعي فيينا ونيويورك 300 45 دولار و800 12 دولار على التوالي."}, []),
    (SHARES, {"ru": "Эти показатели составили соответственно 10, 20 и 30 процентов."}, []),
    (DATES, {"es": "Los períodos de sesiones se celebraron el 3 de mayo y el 5 de junio de 2023, respectivamente."}, []),
    # a clause with two lists of numbers: a version may turn both round together, or give each
    # value with its pair, which is right, and which it did is not guessed (a regression probe's
    # false alarms); nor then a list turned alone
    (YEARS, {"fr": "45 et 12 cas ont été signalés respectivement en 2021 et 2022."}, []),
    (YEARS, {"ar": "وفي عامي 2022 و2021، أُبلغ عن 12 و45 حالة على التوالي."}, []),
    (CITED, {"fr": "Les articles 5 et 6 sont visés respectivement aux paragraphes 3 et 4."}, []),
    ("Spending rose by 10 and 20 per cent, to $500 and $600, respectively.",
     {"es": "El gasto aumentó un 10 %, hasta 500 dólares, y un 20 %, hasta 600 dólares, respectivamente."}, []),
    (YEARS, {"fr": "En 2021 et 2022, respectivement 12 et 45 cas ont été signalés."}, []),
    # the word in another sense, away from the values (`分别会见了`: met separately)
    ("Men and women made up 45 and 55 per cent, respectively; the Chair met them separately.",
     {"zh": "女性占55%，男性占45%；主席分别会见了他们。"}, []),
    # ... an abbreviation's stop between the list and the word (a regression probe's misses)
    (AMOUNTS, {"ru": "Расходы на совещания в Вене и Нью-Йорке составили 12 800 и 45 300 долл. США соответственно."},
     [("ru", "12,800, 45,300 here, 45,300, 12,800")]),
    (AMOUNTS, {"es": "Las reuniones costaron 12.800 y 45.300 dólares de los EE. UU., respectivamente."},
     [("es", "12,800, 45,300 here, 45,300, 12,800")]),
    # ... and in a sentence of several, other numbers in the others (a regression probe's misses)
    ("Vienna and Nairobi received 30 and 8 requests, respectively. The total was 38.",
     {"fr": "Vienne et Nairobi ont reçu 8 et 30 demandes, respectivement. Le total était de 38."}, [("fr", "8, 30 here, 30, 8")]),
    # ... and the usual UN form, the unit repeated
    ("Men and women accounted for 45 per cent and 55 per cent, respectively.",
     {"fr": "Les hommes et les femmes représentaient respectivement 55 % et 45 %."}, [("fr", "55, 45 here, 45, 55")]),
    # the sentence turned so that no list pairs with another: nothing to compare
    ("Men and women made up 45 and 55 per cent, respectively.", {"fr": "Les femmes représentaient 55 % et les hommes 45 %."}, []),
])
def test_values_respectively_paired_keep_their_order(tmp_path, source, versions, said):
    write_document(tmp_path, "p/1", source, versions)
    result = run_hexaglot("check", str(tmp_path), "--no-glossary", "--select", "NUM", "--format", "json", cwd=tmp_path)
    found = [f for f in json.loads(result.stdout)["findings"] if "another order" in f["message"]]
    assert [(f["lang"], f["message"].split("(respectively): ")[1].split(" in the source")[0]) for f in found] == said
    assert all(f["code"] == ("NUM002" if source == DATES else "NUM001") for f in found)
