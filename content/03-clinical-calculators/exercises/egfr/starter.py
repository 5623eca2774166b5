def egfr_ckd_epi_2021(creatinine_umol_l: float, age: int, sex: str) -> float:
    """eGFR (mL/min/1.73 m2) by the race-free CKD-EPI 2021 equation."""
    # TODO: check the inputs, convert creatinine to mg/dL, pick kappa, alpha and the sex factor, then calculate.
    return 0.0


def egfr_ckd_epi_2009(creatinine_umol_l: float, age: int, sex: str) -> float:
    """eGFR by CKD-EPI 2009 without the ethnicity coefficient (NICE NG203)."""
    # TODO: the same shape as 2021, with the 2009 numbers.
    return 0.0


def ckd_g_category(egfr: float) -> str:
    """KDIGO GFR category, 'G1' to 'G5'."""
    # TODO: raise ValueError for a negative eGFR, then return the category.
    return "G1"
