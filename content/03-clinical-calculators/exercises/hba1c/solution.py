def hba1c_to_mmol_mol(percent: float) -> int:
    """HbA1c from DCCT % to IFCC mmol/mol, as a whole number."""
    # 2.15% or less would give 0 mmol/mol or a negative number: not a possible HbA1c.
    if percent <= 2.15:
        raise ValueError(f"HbA1c must be more than 2.15%, not {percent}: that would give 0 mmol/mol or less.")
    return round((percent - 2.15) * 10.929)


def hba1c_to_percent(mmol_mol: float) -> float:
    """HbA1c from IFCC mmol/mol to DCCT %, to 1 decimal place."""
    if mmol_mol <= 0:
        raise ValueError(f"HbA1c must be more than 0 mmol/mol, not {mmol_mol}.")
    return round(0.0915 * mmol_mol + 2.15, 1)
