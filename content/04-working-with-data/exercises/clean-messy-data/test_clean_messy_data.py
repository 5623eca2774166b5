import pytest

from solution import clean_rows, parse_weight_kg, parse_yes_no


@pytest.mark.parametrize(
    "text, expected",
    [
        ("72kg", 72.0),
        ("72 kg", 72.0),
        ("72.5 KG", 72.5),
        (" 80 Kg ", 80.0),
    ],
)
def test_reads_kilograms_however_they_are_typed(text, expected):
    assert parse_weight_kg(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("158 lb", 71.7),
        ("158lbs", 71.7),
        ("131 LB", 59.4),
        (" 214 lbs ", 97.1),
    ],
)
def test_converts_pounds_to_kilograms(text, expected):
    """pounds are converted to kg (x 0.45359237) and rounded to 1 decimal place"""
    assert parse_weight_kg(text) == pytest.approx(expected, abs=0.001)


@pytest.mark.parametrize("text", ["", "NA", "n/a", "N/A", "  -  "])
def test_missing_markers_give_none_for_weight(text):
    """missing markers give None for a weight"""
    assert parse_weight_kg(text) is None


@pytest.mark.parametrize("text", ["72", "11 st", "heavy kg", "kg", "0 kg", "-5 kg"])
def test_refuses_to_guess_a_weight(text):
    """no unit, an unknown unit, no number, or 0 or less: raise a ValueError"""
    with pytest.raises(ValueError):
        parse_weight_kg(text)


@pytest.mark.parametrize("text", ["Y", "y", "YES", "Yes "])
def test_yes_answers_are_true(text):
    """yes answers give True"""
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["N", "n", "NO", "No "])
def test_no_answers_are_false(text):
    """no answers give False"""
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["", "NA", "n/a", "-"])
def test_missing_markers_give_none_for_yes_no(text):
    """a missing answer is None, not False"""
    assert parse_yes_no(text) is None


@pytest.mark.parametrize("text", ["maybe", "ex-smoker", "1"])
def test_refuses_to_guess_a_yes_or_no(text):
    with pytest.raises(ValueError):
        parse_yes_no(text)


def test_clean_rows_gives_one_dictionary_per_row():
    """clean_rows gives one dictionary per row"""
    assert len(clean_rows("messy_obs.csv")) == 50


def test_clean_rows_reads_messy_obs_csv_by_default():
    """with no argument, clean_rows reads messy_obs.csv"""
    assert clean_rows() == clean_rows("messy_obs.csv")


def test_clean_rows_first_row():
    """clean_rows: the first row"""
    assert clean_rows()[0] == {"patient_id": "P001", "weight_kg": 80.0, "smoker": False}


def test_clean_rows_converts_a_weight_in_pounds():
    """P003 weighed '131 lb', which is 59.4 kg"""
    assert clean_rows()[2] == {"patient_id": "P003", "weight_kg": 59.4, "smoker": False}


def test_clean_rows_keeps_missing_values_as_none():
    """clean_rows keeps missing values as None"""
    rows = clean_rows()
    assert rows[3] == {"patient_id": "P004", "weight_kg": None, "smoker": False}
    assert rows[11] == {"patient_id": "P012", "weight_kg": 119.6, "smoker": None}


def test_clean_rows_totals():
    """6 weights are missing; 14 patients smoke, 29 do not, 7 did not answer"""
    rows = clean_rows()
    missing_weights = 0
    answers = {True: 0, False: 0, None: 0}
    for row in rows:
        if row["weight_kg"] is None:
            missing_weights = missing_weights + 1
        answers[row["smoker"]] = answers[row["smoker"]] + 1
    assert missing_weights == 6
    assert answers == {True: 14, False: 29, None: 7}
