import pytest
from solution import creatinine_clearance


def test_man_40_weighing_80_kg_with_creatinine_100():
    """Man, 40, weighing 80 kg, with creatinine 100 µmol/L"""
    # (140 - 40) x 80 x 1.23 / 100
    assert creatinine_clearance(40, 80, 100, "male") == pytest.approx(98.4, abs=0.01)


def test_woman_80_weighing_60_kg_with_creatinine_90():
    """Woman, 80, weighing 60 kg, with creatinine 90 µmol/L"""
    # (140 - 80) x 60 x 1.04 / 90
    assert creatinine_clearance(80, 60, 90, "female") == pytest.approx(41.6, abs=0.01)


def test_close_to_a_published_mg_dl_calculator_result():
    """Man, 65, 70 kg, creatinine 1.4 mg/dL (123.76 µmol/L): the original mg/dL formula gives 52.1."""
    result = creatinine_clearance(65, 70, 123.76, "male")
    assert result == pytest.approx(52.18, abs=0.01)
    # The rounded UK constants differ from the original by a fraction of a mL/min.
    assert result == pytest.approx(52.1, abs=0.5)


def test_female_factor_is_1_04_and_male_factor_is_1_23():
    """The female factor is 1.04 and the male factor is 1.23"""
    woman = creatinine_clearance(60, 70, 100, "female")
    man = creatinine_clearance(60, 70, 100, "male")
    assert woman == pytest.approx(58.24, abs=0.01)
    assert man == pytest.approx(68.88, abs=0.01)


def test_returns_the_result_unrounded():
    assert creatinine_clearance(75, 55, 110, "female") == pytest.approx(33.8, abs=0.001)


def test_accepts_age_139():
    assert creatinine_clearance(139, 70, 100, "male") == pytest.approx(0.861, abs=0.001)


@pytest.mark.parametrize("age", [140, 150])
def test_rejects_age_140_or_more(age):
    with pytest.raises(ValueError):
        creatinine_clearance(age, 70, 100, "male")


@pytest.mark.parametrize("creatinine", [0, -50])
def test_rejects_creatinine_of_zero_or_less(creatinine):
    with pytest.raises(ValueError):
        creatinine_clearance(60, 70, creatinine, "female")


def test_rejects_weight_of_zero():
    with pytest.raises(ValueError):
        creatinine_clearance(60, 0, 100, "female")


@pytest.mark.parametrize("sex", ["F", "Female", "", None])
def test_rejects_sex_other_than_female_or_male(sex):
    with pytest.raises(ValueError):
        creatinine_clearance(60, 70, 100, sex)
