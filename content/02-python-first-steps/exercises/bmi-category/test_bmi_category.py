import pytest

from solution import bmi_category


@pytest.mark.parametrize(
    "bmi, expected",
    [
        (18.49, "underweight"),
        (18.5, "healthy weight"),
        (24.99, "healthy weight"),
        (25.0, "overweight"),
        (29.99, "overweight"),
        (30.0, "obesity class 1"),
        (34.99, "obesity class 1"),
        (35.0, "obesity class 2"),
        (39.99, "obesity class 2"),
        (40.0, "obesity class 3"),
    ],
)
def test_standard_cut_points_on_both_sides(bmi, expected):
    assert bmi_category(bmi) == expected


@pytest.mark.parametrize(
    "bmi, expected",
    [
        (18.49, "underweight"),
        (18.5, "healthy weight"),
        (22.99, "healthy weight"),
        (23.0, "overweight"),
        (27.49, "overweight"),
        (27.5, "obesity class 1"),
        (32.49, "obesity class 1"),
        (32.5, "obesity class 2"),
        (37.49, "obesity class 2"),
        (37.5, "obesity class 3"),
    ],
)
def test_adjusted_cut_points_on_both_sides(bmi, expected):
    assert bmi_category(bmi, adjusted=True) == expected


@pytest.mark.parametrize("bmi", [24.95, 24.96])
def test_values_in_the_gap_between_24_9_and_25_are_healthy_weight(bmi):
    """a BMI between 24.9 and 25 (unrounded) is still a healthy weight"""
    assert bmi_category(bmi) == "healthy weight"


def test_value_in_the_gap_between_29_9_and_30_is_overweight():
    """29.97 (between 29.9 and 30) is overweight"""
    assert bmi_category(29.97) == "overweight"


@pytest.mark.parametrize("bmi", [27.45, 27.46])
def test_adjusted_values_in_the_gap_between_27_4_and_27_5_are_overweight(bmi):
    """with adjusted=True, a BMI between 27.4 and 27.5 is still overweight"""
    assert bmi_category(bmi, adjusted=True) == "overweight"


def test_standard_table_is_the_default():
    """leaving out adjusted uses the standard table: 24.0 is a healthy weight"""
    assert bmi_category(24.0) == "healthy weight"


def test_adjusted_table_changes_the_answer():
    """with adjusted=True, 24.0 is overweight"""
    assert bmi_category(24.0, adjusted=True) == "overweight"


def test_very_high_bmi_is_obesity_class_3():
    """a BMI of 55.2 is obesity class 3"""
    assert bmi_category(55.2) == "obesity class 3"


def test_low_bmi_is_underweight():
    """a BMI of 15.1 is underweight"""
    assert bmi_category(15.1) == "underweight"


def test_rejects_zero():
    """a BMI of 0 raises a ValueError"""
    with pytest.raises(ValueError):
        bmi_category(0)


def test_rejects_a_negative_bmi():
    """a negative BMI raises a ValueError"""
    with pytest.raises(ValueError):
        bmi_category(-22.5)
