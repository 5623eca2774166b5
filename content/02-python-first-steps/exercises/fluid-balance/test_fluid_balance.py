import pytest

from solution import running_balance


def test_example_from_the_instructions():
    assert running_balance([100, 250, 0], [0, 300, 50]) == [100, 50, 0]


def test_one_hour():
    assert running_balance([120], [40]) == [80]


def test_balance_can_go_negative():
    """more out than in gives a negative balance"""
    assert running_balance([50, 0, 0], [200, 150, 100]) == [-150, -300, -400]


def test_an_eight_hour_shift():
    intake = [250, 125, 125, 300, 125, 125, 0, 125]
    output = [0, 400, 0, 150, 0, 350, 200, 0]
    assert running_balance(intake, output) == [250, -25, 100, 250, 375, 150, -50, 75]


def test_last_entry_is_the_net_balance():
    """the final running balance equals total in minus total out"""
    intake = [80, 60, 240, 0, 100]
    output = [0, 150, 0, 300, 20]
    assert running_balance(intake, output)[-1] == sum(intake) - sum(output)


def test_one_balance_per_hour():
    assert len(running_balance([10, 20, 30, 40], [0, 0, 0, 0])) == 4


def test_empty_chart_gives_an_empty_list():
    assert running_balance([], []) == []


def test_rejects_a_missing_hour_of_output():
    with pytest.raises(ValueError):
        running_balance([100, 250, 0], [0, 300])


def test_rejects_a_missing_hour_of_intake():
    with pytest.raises(ValueError):
        running_balance([100], [0, 300])


def test_leaves_the_chart_lists_unchanged():
    intake = [100, 250]
    output = [0, 300]
    running_balance(intake, output)
    assert intake == [100, 250] and output == [0, 300]
