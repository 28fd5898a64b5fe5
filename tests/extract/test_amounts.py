"""Figures as the press writes them: scale, currency, approximation and bound, in English, Korean,
Japanese and Chinese. Our own phrases, each in the shape a paper uses."""

from __future__ import annotations

import pytest

from filmfacts.extract.amounts import east_value, find_amounts


@pytest.mark.parametrize(("text", "amount", "unit", "approx", "bound"), [
    ("grossed $52.4M", 52_400_000, "USD", True, ""),
    ("a haul of US$8.1 million", 8_100_000, "USD", True, ""),
    ("USD 1.006 billion", 1_006_000_000, "USD", True, ""),
    ("₩7.5 billion", 7_500_000_000, "KRW", True, ""),
    ("7.5 billion won", 7_500_000_000, "KRW", True, ""),
    ("W77.5b in sales", 77_500_000_000, "KRW", True, ""),
    ("1.2 billion yuan", 1_200_000_000, "CNY", True, ""),
    ("860 million yen", 860_000_000, "JPY", True, ""),
    ("28.84 million Taiwanese dollars", 28_840_000, "TWD", True, ""),
    ("NT$5 million", 5_000_000, "TWD", True, ""),
    ("Rs 2,000 crore", 20_000_000_000, "INR", True, ""),
    ("Rs. 625 crores", 6_250_000_000, "INR", True, ""),
    ("1,810 crore worldwide", 18_100_000_000, "INR", True, ""),
    ("its $200-million budget", 200_000_000, "USD", True, ""),
    ("a $1million budget", 1_000_000, "USD", True, ""),
    ("$232k on four screens", 232_000, "USD", True, ""),
    ("sold four million tickets", 4_000_000, "", True, ""),
    ("with 2.79M admissions", 2_790_000, "", True, ""),
    ("more than $100 million", 100_000_000, "USD", True, "lower"),
    ("nearly 3 million viewers", 3_000_000, "", True, "upper"),
    ("a $50 million plus total", 50_000_000, "USD", True, "lower"),
    ("8\u00a0135\u00a0000 entrées", 8_135_000, "", False, ""),
    ("1,00,000 tickets", 100_000, "", False, ""),
    # French and German: a decimal comma before the scale word, thousands apart by plain spaces
    ("plus de 3,4 millions d'entrées", 3_400_000, "", True, "lower"),
    ("un budget de 12,5 millions d'euros", 12_500_000, "EUR", True, ""),
    ("knapp 14,2 Mio. Dollar eingespielt", 14_200_000, "USD", True, "upper"),
    ("1,3 Milliarden Euro", 1_300_000_000, "EUR", True, ""),
    ("rund 700 000 spectateurs", 700_000, "", True, ""),
    ("a 2,5 million haul", 2_500_000, "", True, ""),
    # Korean units, in any spacing, with the rest under ten thousand
    ("1,109만 명", 11_090_000, "", True, ""),
    ("1237만 8366명", 12_378_366, "", False, ""),
    ("1000만 270명", 10_000_270, "", False, ""),
    ("30만953명", 300_953, "", False, ""),
    ("39만 4,080명", 394_080, "", False, ""),
    ("56만 8천여명", 568_000, "", True, "lower"),
    ("4백만명", 4_000_000, "", True, ""),
    ("천만 관객", 10_000_000, "", True, ""),
    ("650만명 이상", 6_500_000, "", True, "lower"),
    ("265억원", 26_500_000_000, "KRW", True, ""),
    ("약 28억 원", 2_800_000_000, "KRW", True, ""),
    ("1650만달러", 16_500_000, "USD", True, ""),
    # Japanese and Chinese
    ("194億円", 19_400_000_000, "JPY", True, ""),
    ("90億6800万円", 9_068_000_000, "JPY", True, ""),
    ("82万40人", 820_040, "", False, ""),
    ("5.76億元", 576_000_000, "CNY", True, ""),
    ("2.13億美元", 213_000_000, "USD", True, ""),
])
def test_one_figure(text: str, amount: float, unit: str, approx: bool, bound: str) -> None:
    (found,) = find_amounts(text)
    q = found.quantity
    assert (q.amount, q.unit, q.approx, q.bound) == (amount, unit, approx, bound)


def test_a_range_is_its_lower_and_upper_bound() -> None:
    found = find_amounts("earned $3–4 million")
    assert [(a.quantity.amount, a.quantity.bound) for a in found] == [(3e6, "lower"), (4e6, "upper")]


@pytest.mark.parametrize(("text", "kept"), [
    ("₩71.3 billion (~US$61 million)", 71.3e9),
    ("Rp 5 billion ($600,000)", 5e9),
    ("1650만달러(약 224억원)", 16.5e6),
])
def test_a_bracketed_conversion_is_no_figure_of_its_own(text: str, kept: float) -> None:
    assert [a.quantity.amount for a in find_amounts(text)] == [kept]


@pytest.mark.parametrize("text", ["in 1997 won the prize", "개봉 3일 만에", "the 7b sequel", "천만에요"])
def test_no_figure(text: str) -> None:
    assert [a for a in find_amounts(text) if a.quantity.amount >= 100] == []


def test_units_compose_in_either_order() -> None:
    assert east_value("1억2000만") == 120_000_000
    assert east_value("3천5백만") == 35_000_000
