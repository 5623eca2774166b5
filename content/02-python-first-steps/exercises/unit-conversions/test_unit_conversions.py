import pytest

from solution import glucose_mmol_l, height_m, height_m_squared, weight_kg


def test_weight_in_kg_is_74_point_8():
    """165 lb is 74.8 kg, rounded to 1 decimal place"""
    assert weight_kg == pytest.approx(74.8, abs=0.001)


def test_height_in_metres_is_1_point_72():
    """172 cm is 1.72 m"""
    assert height_m == pytest.approx(1.72)


def test_height_squared():
    """1.72 m squared is 2.9584"""
    assert height_m_squared == pytest.approx(2.9584)


def test_glucose_in_mmol_per_litre_is_5_point_6():
    """100 mg/dL is 5.6 mmol/L, rounded to 1 decimal place"""
    assert glucose_mmol_l == pytest.approx(5.6, abs=0.001)
