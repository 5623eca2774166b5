import pytest
from solution import maintenance_fluids_ml_per_day, maintenance_fluids_ml_per_hour


@pytest.mark.parametrize(
    "weight_kg, expected",
    [(5, 500), (10, 1000), (11, 1050), (14, 1200), (20, 1500), (21, 1520), (22, 1540), (30, 1700)],
)
def test_daily_rule_each_side_of_10_and_20_kg(weight_kg, expected):
    """Daily rule each side of 10 kg and 20 kg"""
    assert maintenance_fluids_ml_per_day(weight_kg) == pytest.approx(expected)


def test_daily_22_kg_matches_published_1540_ml():
    """Daily: 22 kg matches the published 1540 mL"""
    assert maintenance_fluids_ml_per_day(22) == pytest.approx(1540)


def test_daily_14_kg_matches_published_1200_ml():
    """Daily: 14 kg matches the published 1200 mL"""
    assert maintenance_fluids_ml_per_day(14) == pytest.approx(1200)


def test_daily_29_kg_is_1680_ml():
    """Daily: 29 kg is 1680 mL"""
    # One website gives 1600 mL/day for 29 kg; the 100/50/20 rule gives 1000 + 500 + 180.
    assert maintenance_fluids_ml_per_day(29) == pytest.approx(1680)


def test_daily_works_for_a_part_kilogram():
    assert maintenance_fluids_ml_per_day(10.5) == pytest.approx(1025)


@pytest.mark.parametrize(
    "weight_kg, expected",
    [(5, 20), (10, 40), (11, 42), (14, 48), (20, 60), (21, 61), (22, 62), (30, 70)],
)
def test_hourly_rule_each_side_of_10_and_20_kg(weight_kg, expected):
    """Hourly rule each side of 10 kg and 20 kg"""
    assert maintenance_fluids_ml_per_hour(weight_kg) == pytest.approx(expected)


def test_hourly_22_kg_matches_published_62_ml_per_hour():
    """Hourly: 22 kg matches the published 62 mL/h"""
    assert maintenance_fluids_ml_per_hour(22) == pytest.approx(62)


def test_hourly_30_kg_matches_published_70_ml_per_hour():
    """Hourly: 30 kg matches the published 70 mL/h"""
    assert maintenance_fluids_ml_per_hour(30) == pytest.approx(70)


def test_hourly_14_kg_matches_published_48_ml_per_hour():
    """Hourly: 14 kg matches the published 48 mL/h"""
    assert maintenance_fluids_ml_per_hour(14) == pytest.approx(48)


def test_hourly_rule_is_not_the_daily_rule_divided_by_24():
    """22 kg: 1540 / 24 is about 64.2 mL/h, but the 4-2-1 rule gives 62 mL/h."""
    assert maintenance_fluids_ml_per_day(22) / 24 == pytest.approx(64.17, abs=0.01)
    assert maintenance_fluids_ml_per_hour(22) != pytest.approx(maintenance_fluids_ml_per_day(22) / 24)


def test_hourly_and_daily_differ_at_14_kg_too():
    """Hourly and daily differ at 14 kg too"""
    assert maintenance_fluids_ml_per_hour(14) != pytest.approx(maintenance_fluids_ml_per_day(14) / 24)


@pytest.mark.parametrize("weight_kg", [0, -3])
def test_daily_rejects_weight_of_zero_or_less(weight_kg):
    with pytest.raises(ValueError):
        maintenance_fluids_ml_per_day(weight_kg)


@pytest.mark.parametrize("weight_kg", [0, -3])
def test_hourly_rejects_weight_of_zero_or_less(weight_kg):
    with pytest.raises(ValueError):
        maintenance_fluids_ml_per_hour(weight_kg)
