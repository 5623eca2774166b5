def hba1c_to_mmol_mol(percent: float) -> int:
    """HbA1c from DCCT % to IFCC mmol/mol, as a whole number."""
    # TODO: reject 2.15 or less (it would give 0 mmol/mol or less), apply (percent - 2.15) x 10.929, and round to a whole number.
    return 0


def hba1c_to_percent(mmol_mol: float) -> float:
    """HbA1c from IFCC mmol/mol to DCCT %, to 1 decimal place."""
    # TODO: reject 0 or less, apply 0.0915 x mmol/mol + 2.15, and round to 1 decimal place.
    return 0.0
