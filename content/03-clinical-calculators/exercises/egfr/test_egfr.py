import pytest
from solution import ckd_g_category, egfr_ckd_epi_2009, egfr_ckd_epi_2021


def test_2021_matches_the_published_check_man_55_creatinine_106_gives_71():
    """2021: matches the published check (man, 55, creatinine 106.08 µmol/L gives 71)"""
    # kidney.org calculator: male, 55, creatinine 1.2 mg/dL (106.08 µmol/L) -> 71.
    result = egfr_ckd_epi_2021(106.08, 55, "male")
    assert round(result) == 71
    assert result == pytest.approx(71.42, abs=0.01)


def test_2021_woman_55_creatinine_0_9_mg_dl_gives_75_5():
    """2021: woman, 55, creatinine 0.9 mg/dL (79.56 µmol/L) gives 75.5"""
    assert egfr_ckd_epi_2021(79.56, 55, "female") == pytest.approx(75.50, abs=0.01)


def test_2021_uses_kappa_in_mg_dl_not_rounded_umol_l():
    """Man, 50, creatinine 80 µmol/L: 103.36. Writing kappa as 80 µmol/L instead of 79.56 gives 104.05."""
    assert egfr_ckd_epi_2021(80, 50, "male") == pytest.approx(103.36, abs=0.01)


def test_2021_woman_with_creatinine_below_kappa():
    assert egfr_ckd_epi_2021(60, 30, "female") == pytest.approx(120.13, abs=0.01)


def test_2021_man_with_high_creatinine():
    assert egfr_ckd_epi_2021(250, 70, "male") == pytest.approx(23.26, abs=0.01)


def test_2009_man_at_kappa_is_141_times_0_993_to_the_age():
    """2009: a man at kappa is 141 × 0.993^age"""
    # Creatinine 79.56 µmol/L is exactly 0.9 mg/dL, so both ratio terms are 1.
    assert egfr_ckd_epi_2009(79.56, 40, "male") == pytest.approx(106.46, abs=0.01)


def test_2009_woman_at_kappa_includes_the_1_018_factor():
    """2009: a woman at kappa includes the 1.018 factor"""
    # 61.88 µmol/L is exactly 0.7 mg/dL.
    assert egfr_ckd_epi_2009(61.88, 40, "female") == pytest.approx(108.38, abs=0.01)


def test_2009_man_below_kappa_uses_alpha_minus_0_411():
    """2009: a man below kappa uses alpha −0.411"""
    assert egfr_ckd_epi_2009(39.78, 40, "male") == pytest.approx(141.55, abs=0.01)


def test_2009_woman_below_kappa_uses_alpha_minus_0_329():
    """2009: a woman below kappa uses alpha −0.329"""
    assert egfr_ckd_epi_2009(30.94, 40, "female") == pytest.approx(136.14, abs=0.01)


def test_2009_man_above_kappa_uses_minus_1_209():
    """2009: a man above kappa uses the power −1.209"""
    assert egfr_ckd_epi_2009(159.12, 40, "male") == pytest.approx(46.05, abs=0.01)


def test_2009_for_the_published_check_gives_68_not_71():
    """The UK (2009) and US (2021) equations give different answers for the same blood test."""
    assert egfr_ckd_epi_2009(106.08, 55, "male") == pytest.approx(67.67, abs=0.01)
    assert round(egfr_ckd_epi_2009(106.08, 55, "male")) != round(egfr_ckd_epi_2021(106.08, 55, "male"))


def test_accepts_age_18():
    assert egfr_ckd_epi_2021(88.4, 18, "male") == pytest.approx(111.88, abs=0.01)
    assert egfr_ckd_epi_2009(88.4, 18, "male") == pytest.approx(109.39, abs=0.01)


def test_2009_rejects_under_18():
    with pytest.raises(ValueError):
        egfr_ckd_epi_2009(60, 17, "female")


def test_2021_rejects_under_18():
    with pytest.raises(ValueError):
        egfr_ckd_epi_2021(60, 17, "female")


@pytest.mark.parametrize("sex", ["F", "Male", "", None])
def test_2009_rejects_sex_other_than_female_or_male(sex):
    with pytest.raises(ValueError):
        egfr_ckd_epi_2009(80, 50, sex)


@pytest.mark.parametrize("sex", ["F", "Male", "", None])
def test_2021_rejects_sex_other_than_female_or_male(sex):
    with pytest.raises(ValueError):
        egfr_ckd_epi_2021(80, 50, sex)


@pytest.mark.parametrize("creatinine", [0, -80])
def test_2009_rejects_creatinine_of_zero_or_less(creatinine):
    with pytest.raises(ValueError):
        egfr_ckd_epi_2009(creatinine, 50, "male")


@pytest.mark.parametrize("creatinine", [0, -80])
def test_2021_rejects_creatinine_of_zero_or_less(creatinine):
    with pytest.raises(ValueError):
        egfr_ckd_epi_2021(creatinine, 50, "male")


@pytest.mark.parametrize(
    "egfr, expected",
    [(90, "G1"), (89, "G2"), (60, "G2"), (59, "G3a"), (45, "G3a"), (44, "G3b"),
     (30, "G3b"), (29, "G4"), (15, "G4"), (14, "G5")],
)
def test_g_category_each_side_of_every_edge(egfr, expected):
    assert ckd_g_category(egfr) == expected


def test_g_category_high_value_is_g1():
    assert ckd_g_category(125) == "G1"


def test_g_category_zero_is_g5():
    assert ckd_g_category(0) == "G5"


def test_g_category_rejects_a_negative_egfr():
    with pytest.raises(ValueError):
        ckd_g_category(-1)


@pytest.mark.parametrize("calculated, expected", [(59.6, "G2"), (59.4, "G3a"), (89.6, "G1"), (44.7, "G3a")])
def test_g_category_applies_to_the_whole_number_the_lab_reports(calculated, expected):
    """Categories apply to the eGFR rounded to the whole number the lab reports (59.6 is reported as 60)"""
    assert ckd_g_category(round(calculated)) == expected
