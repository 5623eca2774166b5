import pytest

from solution import age_on


def test_birthday_already_passed_this_year():
    assert age_on("1968-04-12", "2024-05-01") == 56


def test_birthday_still_to_come_this_year():
    assert age_on("1968-04-12", "2024-03-01") == 55


def test_the_day_before_a_birthday():
    assert age_on("1968-04-12", "2024-04-11") == 55


def test_age_goes_up_on_the_birthday_itself():
    assert age_on("1968-04-12", "2024-04-12") == 56


def test_a_baby_on_the_day_they_are_born_is_0():
    assert age_on("2024-05-01", "2024-05-01") == 0


def test_the_day_before_a_first_birthday_is_still_0():
    assert age_on("2023-05-01", "2024-04-30") == 0


def test_the_last_day_of_a_month():
    assert age_on("1990-01-31", "2024-01-30") == 33
    assert age_on("1990-01-31", "2024-01-31") == 34


def test_a_birthday_late_in_december():
    """a birthday on 31 December"""
    assert age_on("1959-12-31", "2024-12-30") == 64
    assert age_on("1959-12-31", "2024-12-31") == 65


@pytest.mark.parametrize(
    "on_date, expected",
    [
        ("2001-02-28", 0),
        ("2001-03-01", 1),
        ("2004-02-28", 3),
        ("2004-02-29", 4),
        ("2023-02-28", 22),
        ("2023-03-01", 23),
    ],
)
def test_born_on_29_february(on_date, expected):
    """born 29 February 2000: the birthday counts from 1 March in other years"""
    assert age_on("2000-02-29", on_date) == expected


def test_rejects_a_date_before_birth():
    with pytest.raises(ValueError):
        age_on("1968-04-12", "1968-04-11")


def test_rejects_a_date_written_day_first():
    """'12/04/1968' is ambiguous (12 April or 4 December?), so it is refused, not guessed"""
    with pytest.raises(ValueError):
        age_on("12/04/1968", "2024-05-01")
