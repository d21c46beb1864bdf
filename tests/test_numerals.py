"""parse_number: Korean numerals in the forms news text writes them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews import NumeralError, parse_number


@pytest.mark.parametrize(
    "numeral, expected",
    [
        ("0", 0),
        ("7", 7),
        ("1,234", 1234),
        ("12,000", 12000),
        ("1,234,567", 1234567),
        ("3.5", 3.5),
        ("0.25", 0.25),
        ("2만 7606", 27606),
        ("2만7606", 27606),
        ("8만5000", 85000),
        ("5만9000", 59000),
        ("53만", 530000),
        ("만", 10000),
        ("천", 1000),
        ("백만", 1_000_000),
        ("3천만", 30_000_000),
        ("1천", 1000),
        ("2천500", 2500),
        ("2천5백", 2500),
        ("1억2000만", 120_000_000),
        ("1억 2000만 300", 120_000_300),
        ("1조 2천억", 1_200_000_000_000),
        ("천억", 100_000_000_000),
        ("1,234억", 123_400_000_000),
        ("3.5억", 350_000_000),
        ("1.1만", 11000),
        ("이천십구", 2019),
        ("십이", 12),
        ("삼십오만", 350000),
        ("두", 2),
        ("한", 1),
        ("세", 3),
        ("넉", 4),
        ("하나", 1),
        ("다섯", 5),
        ("열", 10),
        ("열두", 12),
        ("스물다섯", 25),
        ("스무", 20),
        ("아흔아홉", 99),
        ("-3", -3),
        ("마이너스 2.5", -2.5),
    ],
)
def test_parse_number(numeral, expected):
    value = parse_number(numeral)
    assert value == expected
    assert type(value) is type(expected)  # int when whole, float otherwise


@pytest.mark.parametrize(
    "numeral",
    [
        "",
        " ",
        "abc",
        "12,34",
        "1,2345",
        "2만 17606",
        "2천5000",
        "만만",
        "억만" + "조",
        "두천",
        "스물스물",
        "2 3",
        "수십",
        "1.2.3",
    ],
)
def test_not_a_numeral(numeral):
    with pytest.raises(NumeralError):
        parse_number(numeral)


def test_numeral_error_is_a_value_error():
    assert issubclass(NumeralError, ValueError)


@given(st.integers(0, 10**8), st.integers(0, 9999), st.sampled_from(["", " "]))
def test_man_then_rest(n, m, space):
    assert parse_number(f"{n}만{space}{m}") == n * 10_000 + m


@given(st.integers(1, 9999), st.integers(0, 9999), st.integers(0, 9999))
def test_eok_man_rest(n, m, k):
    assert parse_number(f"{n}억 {m}만 {k}") == n * 10**8 + m * 10**4 + k


@given(st.integers(0, 10**15))
def test_commas_change_nothing(n):
    assert parse_number(f"{n:,}") == parse_number(str(n)) == n


@given(st.integers(0, 10**6), st.integers(1, 99))
def test_decimals(whole, hundredths):
    assert parse_number(f"{whole}.{hundredths:02d}") == pytest.approx(whole + hundredths / 100)


_SINO = "영일이삼사오육칠팔구"


def _spell(n: int) -> str:
    """A reference Sino-Korean spelling of 1..9999 (일 is dropped before 십, 백, 천)."""
    out = ""
    for power, name in ((1000, "천"), (100, "백"), (10, "십")):
        digit, n = divmod(n, power)
        if digit:
            out += ("" if digit == 1 else _SINO[digit]) + name
    return out + (_SINO[n] if n else "")


@given(st.integers(1, 9999))
def test_sino_korean_words(n):
    assert parse_number(_spell(n)) == n


@given(st.integers(1, 9999), st.integers(1, 9999))
def test_words_and_digits_mix(n, m):
    assert parse_number(f"{_spell(n)}만 {m}") == n * 10_000 + m


def test_long_numbers_stay_exact():
    # Decimal's default 28 digits would round these; every digit written counts.
    thirty = "123456789012345678901234567890"
    assert parse_number(thirty) == int(thirty)
    assert parse_number(thirty + "억") == int(thirty) * 10**8
    assert parse_number("9" * 400) == int("9" * 400)  # too large for a float, still an exact int


@given(st.integers(10**28, 10**60), st.integers(0, 9999))
def test_long_numbers_with_powers(n, m):
    assert parse_number(f"{n}만 {m}") == n * 10_000 + m
