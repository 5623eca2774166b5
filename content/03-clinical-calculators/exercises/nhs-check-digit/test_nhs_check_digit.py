import pytest
from solution import nhs_check_digit


def test_published_example_943_476_591_gives_9():
    # 943 476 5919: weighted sum 299, remainder 2, 11 - 2 = 9.
    assert nhs_check_digit("943476591") == 9


def test_nhs_england_sandbox_number_900_000_000_gives_9():
    assert nhs_check_digit("900000000") == 9


def test_uk_core_example_991_200_388_gives_8():
    assert nhs_check_digit("991200388") == 8


def test_synthetic_999_000_001_gives_8():
    assert nhs_check_digit("999000001") == 8


def test_an_answer_of_11_becomes_0():
    # 999 222 222: weighted sum 297, remainder 0, 11 - 0 = 11, so the check digit is 0.
    assert nhs_check_digit("999222222") == 0


def test_all_zeros_gives_0_because_11_becomes_0():
    assert nhs_check_digit("000000000") == 0


def test_an_answer_of_10_means_no_valid_number():
    # 999 123 456: weighted sum 320, remainder 1, 11 - 1 = 10: no such number is ever issued.
    assert nhs_check_digit("999123456") is None


def test_another_answer_of_10_means_no_valid_number():
    assert nhs_check_digit("999000000") is None


def test_widely_quoted_987_654_432_needs_2_not_1():
    """'987 654 4321' is often quoted as an example, but its check digit should be 2."""
    assert nhs_check_digit("987654432") == 2


def test_rejects_eight_digits():
    with pytest.raises(ValueError):
        nhs_check_digit("94347659")


def test_rejects_ten_digits():
    with pytest.raises(ValueError):
        nhs_check_digit("9434765919")


def test_rejects_a_letter():
    with pytest.raises(ValueError):
        nhs_check_digit("94347659X")
