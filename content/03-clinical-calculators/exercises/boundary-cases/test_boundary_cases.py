from solution import boundary_values, find_mismatches

# NEWS2 boundary vectors from the RCP's Chart 1: [value, expected score].
PULSE_CASES = [[40, 3], [41, 1], [50, 1], [51, 0], [90, 0], [91, 1], [110, 1], [111, 2], [130, 2], [131, 3]]
TEMPERATURE_CASES = [[35.0, 3], [35.1, 1], [36.0, 1], [36.1, 0], [38.0, 0], [38.1, 1], [39.0, 1], [39.1, 2]]


def pulse_score(pulse):
    if pulse <= 40:
        return 3
    if pulse <= 50:
        return 1
    if pulse <= 90:
        return 0
    if pulse <= 110:
        return 1
    if pulse <= 130:
        return 2
    return 3


def pulse_score_with_off_by_one(pulse):
    """Uses < 50 where the table says 41-50."""
    if pulse <= 40:
        return 3
    if pulse < 50:
        return 1
    if pulse <= 90:
        return 0
    if pulse <= 110:
        return 1
    if pulse <= 130:
        return 2
    return 3


def pulse_score_with_two_bugs(pulse):
    """Uses < 40 and < 130."""
    if pulse < 40:
        return 3
    if pulse <= 50:
        return 1
    if pulse <= 90:
        return 0
    if pulse <= 110:
        return 1
    if pulse < 130:
        return 2
    return 3


def temperature_score_symmetrical(temp_c):
    """Scores 39.1 and above as 3, as if the table were symmetrical."""
    if temp_c <= 35.0:
        return 3
    if temp_c <= 36.0:
        return 1
    if temp_c <= 38.0:
        return 0
    if temp_c <= 39.0:
        return 1
    return 3


def test_pulse_bounds_give_the_published_pulse_values():
    assert boundary_values([41, 51, 91, 111, 131]) == [40, 41, 50, 51, 90, 91, 110, 111, 130, 131]


def test_respiratory_rate_bounds_give_both_sides_of_each_edge():
    assert boundary_values([9, 12, 21, 25]) == [8, 9, 11, 12, 20, 21, 24, 25]


def test_step_defaults_to_1():
    assert boundary_values([9, 13]) == [8, 9, 12, 13]


def test_temperature_bounds_with_a_step_of_0_1():
    """Temperature bounds with a step of 0.1 °C"""
    result = boundary_values([35.1, 36.1, 38.1, 39.1], 0.1)
    # Rounded to 1 decimal place, because 35.1 - 0.1 may come out a hair's breadth away from 35.0.
    assert [round(value, 1) for value in result] == [35.0, 35.1, 36.0, 36.1, 38.0, 38.1, 39.0, 39.1]


def test_no_bounds_gives_no_values():
    assert boundary_values([]) == []


def test_a_correct_calculator_has_no_mismatches():
    assert find_mismatches(pulse_score, PULSE_CASES) == []


def test_finds_an_off_by_one_at_50():
    assert find_mismatches(pulse_score_with_off_by_one, PULSE_CASES) == [50]


def test_finds_every_mismatch_in_order():
    assert find_mismatches(pulse_score_with_two_bugs, PULSE_CASES) == [40, 130]


def test_finds_39_1_scored_as_3():
    """Finds 39.1 °C scored as 3"""
    assert find_mismatches(temperature_score_symmetrical, TEMPERATURE_CASES) == [39.1]


def test_no_cases_means_no_mismatches():
    assert find_mismatches(pulse_score, []) == []
