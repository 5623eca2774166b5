import pytest

from solution import length_of_stay


def test_one_night_is_one_day():
    assert length_of_stay("2024-01-15", "2024-01-16") == 1


def test_a_same_day_discharge_is_0_days():
    assert length_of_stay("2024-01-15", "2024-01-15") == 0


def test_a_week():
    assert length_of_stay("2024-01-15", "2024-01-22") == 7


def test_across_the_end_of_a_month():
    assert length_of_stay("2024-01-30", "2024-02-02") == 3


def test_across_29_february_in_a_leap_year():
    """across 29 February in a leap year"""
    assert length_of_stay("2024-02-27", "2024-03-02") == 4


def test_across_the_end_of_february_in_an_ordinary_year():
    """across the end of February in an ordinary year"""
    assert length_of_stay("2023-02-27", "2023-03-02") == 3


def test_across_new_year():
    assert length_of_stay("2023-12-30", "2024-01-02") == 3


def test_a_long_stay():
    assert length_of_stay("2023-11-01", "2024-02-14") == 105


def test_returns_a_whole_number():
    assert isinstance(length_of_stay("2024-01-15", "2024-01-22"), int)


def test_rejects_a_discharge_before_admission():
    with pytest.raises(ValueError):
        length_of_stay("2024-01-16", "2024-01-15")
