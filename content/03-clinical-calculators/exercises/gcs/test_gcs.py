import pytest
from solution import gcs_severity, gcs_total


def test_lowest_possible_total_is_3():
    assert gcs_total(1, 1, 1) == 3


def test_highest_possible_total_is_15():
    assert gcs_total(4, 5, 6) == 15


def test_e3_v4_m6_is_13():
    """E3V4M6 = 13"""
    assert gcs_total(3, 4, 6) == 13


def test_e2_v2_m4_is_8():
    """E2V2M4 = 8"""
    assert gcs_total(2, 2, 4) == 8


@pytest.mark.parametrize("eye", [0, 5])
def test_rejects_eye_outside_1_to_4(eye):
    with pytest.raises(ValueError, match="(?i)eye"):
        gcs_total(eye, 5, 6)


@pytest.mark.parametrize("verbal", [0, 6])
def test_rejects_verbal_outside_1_to_5(verbal):
    with pytest.raises(ValueError, match="(?i)verbal"):
        gcs_total(4, verbal, 6)


@pytest.mark.parametrize("motor", [0, 7])
def test_rejects_motor_outside_1_to_6(motor):
    with pytest.raises(ValueError, match="(?i)motor"):
        gcs_total(4, 5, motor)


def test_not_testable_component_gives_no_total():
    with pytest.raises(ValueError, match="(?i)verbal"):
        gcs_total(3, "NT", 5)


def test_rejects_a_half_point():
    with pytest.raises(ValueError):
        gcs_total(3.5, 4, 6)


@pytest.mark.parametrize(
    "total, expected",
    [(3, "severe"), (8, "severe"), (9, "moderate"), (12, "moderate"), (13, "mild"), (15, "mild")],
)
def test_severity_at_each_band_edge(total, expected):
    assert gcs_severity(total) == expected


@pytest.mark.parametrize("total", [2, 16, 0])
def test_severity_rejects_impossible_totals(total):
    with pytest.raises(ValueError):
        gcs_severity(total)
