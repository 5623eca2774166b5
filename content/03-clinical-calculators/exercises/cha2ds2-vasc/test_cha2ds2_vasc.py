import pytest
from solution import cha2ds2_vasc

NOTHING = {"female": False, "chf": False, "hypertension": False, "diabetes": False,
           "stroke": False, "vascular": False}


def score(age, **changes):
    """Score a person of this age with no risk factors except those changed."""
    factors = dict(NOTHING)
    factors.update(changes)
    return cha2ds2_vasc(age=age, **factors)


@pytest.mark.parametrize("age, expected", [(40, 0), (64, 0), (65, 1), (74, 1), (75, 2), (90, 2)])
def test_age_points_each_side_of_65_and_75(age, expected):
    assert score(age) == expected


def test_age_75_scores_2_not_3():
    """The two age rows are mutually exclusive."""
    assert score(80) == 2


def test_female_sex_scores_1():
    assert score(50, female=True) == 1


def test_heart_failure_scores_1():
    assert score(50, chf=True) == 1


def test_hypertension_scores_1():
    assert score(50, hypertension=True) == 1


def test_diabetes_scores_1():
    assert score(50, diabetes=True) == 1


def test_prior_stroke_or_tia_scores_2():
    assert score(50, stroke=True) == 2


def test_vascular_disease_scores_1():
    assert score(50, vascular=True) == 1


def test_man_of_70_with_hypertension_scores_2():
    assert score(70, hypertension=True) == 2


def test_woman_of_74_with_diabetes_and_prior_tia_scores_5():
    assert score(74, female=True, diabetes=True, stroke=True) == 5


def test_maximum_score_is_9():
    assert cha2ds2_vasc(age=82, female=True, chf=True, hypertension=True, diabetes=True,
                        stroke=True, vascular=True) == 9


def test_insists_on_named_arguments():
    with pytest.raises(TypeError):
        cha2ds2_vasc(70, True, False, True, False, False, False)


def test_rejects_a_negative_age():
    with pytest.raises(ValueError):
        score(-1)
