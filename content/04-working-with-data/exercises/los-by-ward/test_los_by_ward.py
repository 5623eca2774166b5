import os

import pytest

from solution import los_by_ward


def run_on_csv(function, text):
    """Write text to a small CSV file, call function with its path, then delete the file (a helper, not a test)."""
    path = "small_test_file.csv"
    with open(path, "w", newline="") as f:
        f.write(text)
    try:
        return function(path)
    finally:
        os.remove(path)


def check_ward(summary, stays, median, q1, q3):
    """Compare one ward's summary with the expected numbers (a helper, not a test)."""
    assert summary["stays"] == stays, f"expected {stays} stays, got {summary['stays']}"
    assert summary["median"] == pytest.approx(median), f"expected a median of {median}, got {summary['median']}"
    assert summary["q1"] == pytest.approx(q1), f"expected a lower quartile (q1) of {q1}, got {summary['q1']}"
    assert summary["q3"] == pytest.approx(q3), f"expected an upper quartile (q3) of {q3}, got {summary['q3']}"


def test_has_one_entry_per_ward():
    assert sorted(los_by_ward()) == ["AMU", "Elderly Care", "Respiratory", "Surgical"]


def test_every_stay_is_counted_once():
    total = 0
    for summary in los_by_ward().values():
        total = total + summary["stays"]
    assert total == 80


def test_amu():
    """AMU: 24 stays, median 1 day (IQR 1 to 3)"""
    check_ward(los_by_ward()["AMU"], stays=24, median=1, q1=1, q3=3)


def test_elderly_care():
    """a skewed ward: a few long stays pull the mean (13.6) well above the median (9)"""
    check_ward(los_by_ward()["Elderly Care"], stays=20, median=9, q1=5.5, q3=16.5)


def test_respiratory():
    """Respiratory: 19 stays, median 6 days (IQR 3.5 to 9)"""
    check_ward(los_by_ward()["Respiratory"], stays=19, median=6, q1=3.5, q3=9)


def test_surgical():
    """Surgical: 17 stays, median 3 days (IQR 1 to 4)"""
    check_ward(los_by_ward()["Surgical"], stays=17, median=3, q1=1, q3=4)


def test_quartiles_use_the_inclusive_method_for_an_even_number_of_stays():
    """stays of 1 to 8 days: inclusive quartiles are 2.75 and 6.25 (exclusive would give 2.25 and 6.75)"""
    lines = "episode_id,ward,admitted,discharged\n"
    for day in range(1, 9):
        lines = lines + f"E{day},Ward 7,2024-01-01,2024-01-{1 + day:02d}\n"
    check_ward(run_on_csv(los_by_ward, lines)["Ward 7"], stays=8, median=4.5, q1=2.75, q3=6.25)


def test_quartiles_use_the_inclusive_method_for_an_odd_number_of_stays():
    """stays of 2, 3, 5, 9 and 20 days: inclusive quartiles are 3 and 9 (exclusive would give 2.5 and 14.5)"""
    text = ("episode_id,ward,admitted,discharged\n"
            "E1,Ward 9,2024-03-01,2024-03-21\n"
            "E2,Ward 9,2024-03-01,2024-03-03\n"
            "E3,Ward 9,2024-03-01,2024-03-10\n"
            "E4,Ward 9,2024-03-01,2024-03-04\n"
            "E5,Ward 9,2024-03-01,2024-03-06\n")
    check_ward(run_on_csv(los_by_ward, text)["Ward 9"], stays=5, median=5, q1=3, q3=9)


def test_keeps_wards_apart():
    text = ("episode_id,ward,admitted,discharged\n"
            "E1,Ward 7,2024-01-01,2024-01-02\n"
            "E2,Ward 8,2024-01-01,2024-01-11\n"
            "E3,Ward 7,2024-01-01,2024-01-03\n"
            "E4,Ward 8,2024-01-01,2024-01-21\n")
    summary = run_on_csv(los_by_ward, text)
    check_ward(summary["Ward 7"], stays=2, median=1.5, q1=1.25, q3=1.75)
    check_ward(summary["Ward 8"], stays=2, median=15, q1=12.5, q3=17.5)
