import pytest
from solution import hba1c_to_mmol_mol, hba1c_to_percent


def test_6_5_percent_is_48_mmol_mol_the_diagnostic_threshold():
    """6.5% is 48 mmol/mol, the diagnostic threshold"""
    assert hba1c_to_mmol_mol(6.5) == 48


def test_7_5_percent_is_58_not_59():
    """The formula gives 58.47, which rounds to 58; a widely shared table says 59."""
    assert hba1c_to_mmol_mol(7.5) == 58


@pytest.mark.parametrize(
    "percent, expected", [(5.0, 31), (6.0, 42), (7.0, 53), (8.0, 64), (9.0, 75), (10.0, 86), (12.0, 108)]
)
def test_percent_to_mmol_mol(percent, expected):
    """% to mmol/mol"""
    assert hba1c_to_mmol_mol(percent) == expected


def test_mmol_mol_result_is_a_whole_number():
    """The mmol/mol result is a whole number"""
    assert isinstance(hba1c_to_mmol_mol(6.5), int)


def test_48_mmol_mol_is_6_5_percent():
    """48 mmol/mol is 6.5%"""
    assert hba1c_to_percent(48) == pytest.approx(6.5)


@pytest.mark.parametrize(
    "mmol_mol, expected", [(31, 5.0), (42, 6.0), (53, 7.0), (58, 7.5), (64, 8.0), (75, 9.0), (108, 12.0)]
)
def test_mmol_mol_to_percent(mmol_mol, expected):
    """mmol/mol to %"""
    assert hba1c_to_percent(mmol_mol) == pytest.approx(expected)


def test_47_mmol_mol_just_below_the_threshold_still_displays_as_6_5_percent():
    """0.0915 x 47 + 2.15 = 6.45, which rounds to 6.5: diagnose on the reported unit, not a converted one."""
    assert hba1c_to_percent(47) == pytest.approx(6.5)


def test_percent_is_rounded_to_1_decimal_place():
    """% is rounded to 1 decimal place"""
    # 0.0915 x 50 + 2.15 = 6.725
    assert hba1c_to_percent(50) == pytest.approx(6.7)


@pytest.mark.parametrize("percent", [2.15, 2.0, 1.5, 0, -6.5])
def test_percent_rejects_2_15_or_less(percent):
    """% rejects 2.15 or less, which would give 0 mmol/mol or a negative number"""
    with pytest.raises(ValueError):
        hba1c_to_mmol_mol(percent)


@pytest.mark.parametrize("mmol_mol", [0, -0.5, -48])
def test_mmol_mol_rejects_zero_or_less(mmol_mol):
    """mmol/mol rejects 0 or less"""
    with pytest.raises(ValueError):
        hba1c_to_percent(mmol_mol)


def test_percent_just_above_2_15_still_converts():
    """Just above 2.15% still converts: (2.3 − 2.15) × 10.929 = 1.64, which rounds to 2 mmol/mol"""
    assert hba1c_to_mmol_mol(2.3) == 2
