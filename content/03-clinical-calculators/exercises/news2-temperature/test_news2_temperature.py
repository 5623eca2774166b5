import pytest
from solution import temperature_score


@pytest.mark.parametrize(
    "temp_c, expected",
    [(35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1), (39.0, 1), (39.1, 2)],
)
def test_scores_each_side_of_every_band_edge(temp_c, expected):
    assert temperature_score(temp_c) == expected


def test_39_1_scores_2_not_3():
    """39.1 °C scores 2, not 3"""
    assert temperature_score(39.1) == 2


def test_very_high_temperature_still_scores_2():
    assert temperature_score(41.5) == 2


def test_very_low_temperature_scores_3():
    assert temperature_score(32.0) == 3


def test_normal_temperature_scores_0():
    assert temperature_score(37.0) == 0


def test_whole_number_temperature_works():
    assert temperature_score(37) == 0


def test_35_05_rounds_half_up_to_35_1_and_scores_1():
    """35.05 °C rounds half-up to 35.1 °C and scores 1"""
    assert temperature_score(35.05) == 1


def test_36_05_rounds_half_up_to_36_1_and_scores_0():
    """36.05 °C rounds half-up to 36.1 °C and scores 0"""
    assert temperature_score(36.05) == 0


def test_38_05_rounds_half_up_to_38_1_and_scores_1():
    """38.05 °C rounds half-up to 38.1 °C and scores 1"""
    assert temperature_score(38.05) == 1


def test_39_05_rounds_half_up_to_39_1_and_scores_2():
    """39.05 °C rounds half-up to 39.1 °C and scores 2"""
    assert temperature_score(39.05) == 2


def test_35_04_rounds_down_to_35_0_and_scores_3():
    """35.04 °C rounds down to 35.0 °C and scores 3"""
    assert temperature_score(35.04) == 3


def test_38_96_rounds_up_to_39_0_and_scores_1():
    """38.96 °C rounds up to 39.0 °C and scores 1"""
    assert temperature_score(38.96) == 1
