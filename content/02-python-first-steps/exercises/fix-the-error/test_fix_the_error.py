import pytest

from solution import average_pulse


def test_average_of_three_readings():
    assert average_pulse([72, 80, 88]) == 80


def test_a_single_reading_is_its_own_average():
    assert average_pulse([82]) == 82


def test_rounds_to_a_whole_number():
    """80, 81 and 81 average 80.67, which rounds to 81"""
    assert average_pulse([80, 81, 81]) == 81


def test_a_full_day_of_readings():
    assert average_pulse([64, 70, 76, 91, 88, 79]) == 78


def test_returns_a_whole_number():
    assert isinstance(average_pulse([70, 76, 79]), int)


def test_rejects_an_empty_list():
    """an empty list raises a ValueError, not a ZeroDivisionError"""
    with pytest.raises(ValueError):
        average_pulse([])
