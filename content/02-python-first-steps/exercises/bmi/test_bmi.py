import pytest

from solution import bmi


def test_healthy_adult():
    """70 kg and 1.75 m give a BMI of 22.9"""
    assert bmi(70, 1.75) == pytest.approx(22.9)


def test_another_adult():
    """95 kg and 1.68 m give a BMI of 33.7"""
    assert bmi(95, 1.68) == pytest.approx(33.7)


def test_result_is_rounded_to_1_decimal_place():
    """72 kg and 1.80 m give 22.2, not 22.222..."""
    assert bmi(72, 1.8) == pytest.approx(22.2, abs=0.001)


def test_returns_the_value_rather_than_printing_it():
    """bmi() returns a number (print shows it; return hands it back)"""
    assert bmi(60, 1.6) is not None, "bmi() returned None: did you print the answer instead of returning it?"
    assert bmi(60, 1.6) == pytest.approx(23.4)


def test_rejects_zero_height():
    with pytest.raises(ValueError):
        bmi(70, 0)


def test_rejects_negative_height():
    with pytest.raises(ValueError):
        bmi(70, -1.75)


def test_rejects_height_in_centimetres():
    """175 looks like centimetres: raise a ValueError that says 'height in metres'"""
    with pytest.raises(ValueError, match="height in metres"):
        bmi(70, 175)


def test_rejects_height_just_above_3_metres():
    with pytest.raises(ValueError, match="height in metres"):
        bmi(70, 3.01)


def test_accepts_a_height_of_exactly_3_metres():
    """3 m is the tallest height accepted: 90 kg gives 10.0"""
    assert bmi(90, 3) == pytest.approx(10.0)
