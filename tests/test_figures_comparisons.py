"""Comparisons only between figures of the same measure (issue 25), on invented sentences read by hand."""

import pandas as pd
import pytest

import kornews
from kornews.figures import NOTHING_COMPARED


def _compared(body: str) -> pd.DataFrame:
    article = kornews.read_article("제목\n" + body + "\n")
    return kornews.comparisons(kornews.figures(kornews.tokenize(article), article), article=article)


def test_a_budget_is_never_set_against_a_per_bus_cost():
    # 1200억원 is the year's budget, 1억5000만원 a subsidy per bus (대당): nothing to compare.
    compared = _compared(
        "시는 올해 예산 1200억원을 들여 대당 1억5000만원의 구매 보조금을 지원한다."
    )
    assert compared.empty
    assert kornews.comparison_extremes(compared).empty


def test_figures_of_one_measure_compare():
    compared = _compared("가맹 신청 수는 3월 8만5000건, 4월 5만9000건이었다.")
    assert list(compared["text"]) == ["8만5000건", "5만9000건"]
    extremes = kornews.comparison_extremes(compared)
    assert extremes["ratio"].tolist() == [pytest.approx(85000 / 59000)]
    assert extremes["measure"].tolist() == ["가맹 신청 수"]


def test_two_measures_in_one_unit_are_two_groups():
    # buses against buses and chargers against chargers, never buses against chargers
    compared = _compared(
        "시는 전기버스 500대를 사고 충전기 600대를 놓는다. 내년에는 전기버스 300대, 충전기 200대를 더한다."
    )
    extremes = kornews.comparison_extremes(compared)
    assert list(zip(extremes["group"], extremes["largest"], extremes["smallest"])) == [
        ("count · section 0 · 전기버스", "500대", "300대"),
        ("count · section 0 · 충전기", "600대", "200대"),
    ]
    assert extremes["ratio"].tolist() == [pytest.approx(5 / 3), pytest.approx(3.0)]


def test_rates_compare_only_with_rates_of_the_same_base():
    # two subsidies per bus compare (both 보조금, per 대); the budget stands alone
    compared = _compared(
        "전기버스 보조금은 대당 1억5000만원, 수소버스 보조금은 대당 3억원이다. 예산은 1200억원이다."
    )
    assert list(compared["text"]) == ["1억5000만원", "3억원"]
    assert set(compared["group"]) == {"money · section 0 · per 대"}
    assert kornews.comparison_extremes(compared)["ratio"].tolist() == [pytest.approx(2.0)]


def test_a_count_of_one_names_a_unit_not_an_amount():
    # 전기버스 한 대의 연료비: one bus is the unit of the cost, never "500 times one bus"
    compared = _compared("시는 전기버스 500대를 산다. 전기버스 한 대의 연료비는 1200만원이다.")
    assert "한 대" not in set(compared["text"])


def test_unnamed_figures_join_only_a_measure_named_alone():
    # 3000만원 names nothing; beside one measure (연료비) it is that measure's, beside two it is no one's
    alone = _compared("전기버스 연료비는 1200만원으로 경유버스(3000만원)보다 적다.")
    assert list(alone["text"]) == ["1200만원", "3000만원"]
    two = _compared("예산은 1200억원, 연료비는 1200만원으로 경유버스(3000만원)보다 적다.")
    assert two.empty
    nothing = _compared("이 사고로 2명이 숨지고 11명이 다쳤다.")
    assert nothing.empty  # no noun says what either counts


def test_nothing_compared_is_one_sentence_in_either_language():
    assert set(NOTHING_COMPARED) == {"ko", "en"}
    assert all(text.endswith(".") and "\n" not in text for text in NOTHING_COMPARED.values())
    assert "수치" in NOTHING_COMPARED["ko"]
