from solution import missing_observations


def complete_set():
    """A full, synthetic set of observations; each test changes a copy of it."""
    return {
        "resp_rate": 18,
        "spo2": 96,
        "on_oxygen": False,
        "systolic_bp": 128,
        "pulse": 82,
        "consciousness": "A",
        "temperature": 37.1,
    }


def test_a_complete_set_has_nothing_missing():
    assert missing_observations(complete_set()) == []


def test_finds_a_name_that_is_not_there():
    obs = complete_set()
    del obs["temperature"]
    assert missing_observations(obs) == ["temperature"]


def test_a_value_of_none_counts_as_missing():
    """a value of None counts as missing"""
    obs = complete_set()
    obs["pulse"] = None
    assert missing_observations(obs) == ["pulse"]


def test_on_room_air_is_recorded_not_missing():
    """on_oxygen False means 'on air': it is a recorded value, not a missing one"""
    obs = complete_set()
    obs["on_oxygen"] = False
    assert missing_observations(obs) == []


def test_on_oxygen_true_is_recorded():
    """on_oxygen True is recorded"""
    obs = complete_set()
    obs["on_oxygen"] = True
    assert missing_observations(obs) == []


def test_several_missing_come_back_in_chart_order():
    obs = {"temperature": 36.8, "pulse": 90, "spo2": None, "consciousness": "A"}
    assert missing_observations(obs) == ["resp_rate", "spo2", "on_oxygen", "systolic_bp"]


def test_an_empty_set_is_missing_everything():
    assert missing_observations({}) == [
        "resp_rate", "spo2", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature",
    ]


def test_ignores_extra_keys():
    obs = complete_set()
    obs["recorded_by"] = "Staff Nurse Example"
    obs["pain_score"] = None
    assert missing_observations(obs) == []


def test_leaves_the_observations_unchanged():
    obs = complete_set()
    del obs["spo2"]
    missing_observations(obs)
    assert "spo2" not in obs and len(obs) == 6
