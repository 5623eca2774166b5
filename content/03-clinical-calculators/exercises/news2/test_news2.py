import pytest
from solution import news2_risk, news2_score


def observations(**changes):
    """A set of observations that scores 0 everywhere, with some values changed."""
    obs = {"resp_rate": 16, "spo2": 97, "spo2_scale": 1, "on_oxygen": False,
           "systolic_bp": 124, "pulse": 72, "consciousness": "A", "temperature": 37.0}
    obs.update(changes)
    return obs


def test_normal_observations_score_0():
    assert news2_score(observations()) == 0


@pytest.mark.parametrize(
    "resp_rate, expected", [(8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3)]
)
def test_respiratory_rate_band_edges(resp_rate, expected):
    assert news2_score(observations(resp_rate=resp_rate)) == expected


@pytest.mark.parametrize("spo2, expected", [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0)])
def test_spo2_scale_1_band_edges(spo2, expected):
    assert news2_score(observations(spo2=spo2)) == expected


def test_scale_1_spo2_score_does_not_change_on_oxygen():
    # 96% scores 0 for SpO2, plus 2 for being on oxygen.
    assert news2_score(observations(spo2=96, on_oxygen=True)) == 2


@pytest.mark.parametrize("spo2, expected", [(83, 3), (84, 2), (85, 2), (86, 1), (87, 1), (88, 0), (92, 0)])
def test_spo2_scale_2_band_edges_on_air(spo2, expected):
    assert news2_score(observations(spo2=spo2, spo2_scale=2)) == expected


def test_scale_2_93_or_more_on_air_scores_0():
    """Scale 2: 93% or more on air scores 0"""
    assert news2_score(observations(spo2=93, spo2_scale=2)) == 0
    assert news2_score(observations(spo2=99, spo2_scale=2)) == 0


@pytest.mark.parametrize(
    "spo2, spo2_points", [(88, 0), (92, 0), (93, 1), (94, 1), (95, 2), (96, 2), (97, 3), (100, 3)]
)
def test_spo2_scale_2_band_edges_on_oxygen(spo2, spo2_points):
    # Every row also gets the separate 2 points for oxygen.
    assert news2_score(observations(spo2=spo2, spo2_scale=2, on_oxygen=True)) == spo2_points + 2


def test_oxygen_adds_2_on_scale_2_too():
    assert news2_score(observations(spo2=90, spo2_scale=2, on_oxygen=True)) == 2


@pytest.mark.parametrize(
    "systolic_bp, expected", [(90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3)]
)
def test_systolic_bp_band_edges(systolic_bp, expected):
    assert news2_score(observations(systolic_bp=systolic_bp)) == expected


@pytest.mark.parametrize(
    "pulse, expected",
    [(40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2), (130, 2), (131, 3)],
)
def test_pulse_band_edges(pulse, expected):
    assert news2_score(observations(pulse=pulse)) == expected


@pytest.mark.parametrize("level, expected", [("A", 0), ("C", 3), ("V", 3), ("P", 3), ("U", 3)])
def test_consciousness_scores(level, expected):
    assert news2_score(observations(consciousness=level)) == expected


@pytest.mark.parametrize(
    "temperature, expected",
    [(35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1), (39.0, 1), (39.1, 2)],
)
def test_temperature_band_edges(temperature, expected):
    assert news2_score(observations(temperature=temperature)) == expected


def test_temperature_is_rounded_half_up_first():
    """Temperature is rounded half-up first: 39.05 °C is 39.1 °C and scores 2"""
    assert news2_score(observations(temperature=39.05)) == 2


def test_adds_up_several_parameters():
    # RR 22 (2) + SpO2 95 (1) + SBP 105 (1) + pulse 95 (1) + temperature 38.4 (1) = 6
    obs = observations(resp_rate=22, spo2=95, systolic_bp=105, pulse=95, temperature=38.4)
    assert news2_score(obs) == 6


def test_maximum_possible_score_is_20():
    obs = observations(resp_rate=25, spo2=91, on_oxygen=True, systolic_bp=90, pulse=131,
                       consciousness="U", temperature=35.0)
    assert news2_score(obs) == 20


def test_score_0_is_low_risk():
    assert news2_risk(observations()) == "low"


def test_score_4_without_a_red_score_is_low_risk():
    # RR 21 (2) + pulse 111 (2) = 4, and no single parameter scores 3.
    assert news2_risk(observations(resp_rate=21, pulse=111)) == "low"


def test_a_single_3_with_total_3_is_low_medium():
    assert news2_risk(observations(consciousness="C")) == "low-medium"


def test_a_single_3_with_total_4_is_low_medium():
    # New confusion (3) + pulse 95 (1) = 4.
    assert news2_risk(observations(consciousness="C", pulse=95)) == "low-medium"


def test_total_5_is_medium():
    # RR 22 (2) + SBP 95 (2) + pulse 95 (1) = 5.
    assert news2_risk(observations(resp_rate=22, systolic_bp=95, pulse=95)) == "medium"


def test_total_6_is_medium():
    assert news2_risk(observations(resp_rate=22, systolic_bp=95, pulse=115)) == "medium"


def test_total_5_with_a_red_score_is_still_medium():
    # SBP 88 (3) + RR 22 (2) = 5: the 5-6 band comes before the red-score rule.
    assert news2_risk(observations(systolic_bp=88, resp_rate=22)) == "medium"


def test_total_7_is_high():
    # RR 22 (2) + SBP 95 (2) + pulse 115 (2) + temperature 38.5 (1) = 7.
    assert news2_risk(observations(resp_rate=22, systolic_bp=95, pulse=115, temperature=38.5)) == "high"


def test_maximum_score_is_high():
    obs = observations(resp_rate=25, spo2=91, on_oxygen=True, systolic_bp=90, pulse=131,
                       consciousness="U", temperature=35.0)
    assert news2_risk(obs) == "high"


REQUIRED = ["resp_rate", "spo2", "spo2_scale", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def names(parameter):
    """A pattern that finds the parameter's name in an error message, as a whole word."""
    return rf"(?i)\b{parameter}\b"


@pytest.mark.parametrize("parameter", REQUIRED)
def test_missing_parameter_raises_an_error_naming_it(parameter):
    obs = observations()
    del obs[parameter]
    with pytest.raises(ValueError, match=names(parameter)):
        news2_score(obs)


@pytest.mark.parametrize("parameter", REQUIRED)
def test_parameter_given_as_none_raises_an_error_naming_it(parameter):
    with pytest.raises(ValueError, match=names(parameter)):
        news2_score(observations(**{parameter: None}))


@pytest.mark.parametrize("parameter", REQUIRED)
def test_missing_parameter_is_never_counted_as_0_for_the_risk_band(parameter):
    obs = observations()
    del obs[parameter]
    with pytest.raises(ValueError, match=names(parameter)):
        news2_risk(obs)


@pytest.mark.parametrize("parameter", REQUIRED)
def test_parameter_given_as_none_is_never_counted_as_0_for_the_risk_band(parameter):
    with pytest.raises(ValueError, match=names(parameter)):
        news2_risk(observations(**{parameter: None}))


def test_rejects_respiratory_rate_that_is_not_a_whole_number():
    with pytest.raises(ValueError, match=names("resp_rate")):
        news2_score(observations(resp_rate=20.5))


def test_rejects_spo2_that_is_not_a_whole_number():
    """Rejects an SpO2 that is not a whole number (95.5%)"""
    with pytest.raises(ValueError, match=names("spo2")):
        news2_score(observations(spo2=95.5))


def test_rejects_systolic_bp_that_is_not_a_whole_number():
    """Rejects a systolic BP that is not a whole number (100.5 mmHg)"""
    with pytest.raises(ValueError, match=names("systolic_bp")):
        news2_score(observations(systolic_bp=100.5))


def test_rejects_pulse_that_is_not_a_whole_number():
    with pytest.raises(ValueError, match=names("pulse")):
        news2_score(observations(pulse=90.5))


def test_rejects_temperature_written_as_text():
    """Rejects temperature written as text ("37.2")"""
    with pytest.raises(ValueError, match=names("temperature")):
        news2_score(observations(temperature="37.2"))


@pytest.mark.parametrize("parameter", ["resp_rate", "spo2", "spo2_scale", "systolic_bp", "pulse", "temperature"])
def test_rejects_true_or_false_for_a_number(parameter):
    # True counts as 1 in Python's arithmetic, so resp_rate=True would score 3 as if it were a rate of 1.
    with pytest.raises(ValueError, match=names(parameter)):
        news2_score(observations(**{parameter: True}))


def test_accepts_a_whole_number_written_as_a_decimal():
    assert news2_score(observations(resp_rate=21.0)) == 2


def test_rejects_an_unknown_spo2_scale():
    with pytest.raises(ValueError, match=names("spo2_scale")):
        news2_score(observations(spo2_scale=3))


def test_rejects_on_oxygen_written_as_text():
    # "no" would count as true in an if, and add 2 points by mistake.
    with pytest.raises(ValueError, match="(?i)on_oxygen"):
        news2_score(observations(on_oxygen="no"))


def test_rejects_an_unknown_consciousness_level():
    with pytest.raises(ValueError, match="(?i)consciousness"):
        news2_score(observations(consciousness="X"))
