def check_inputs(creatinine_umol_l: float, age: int, sex: str) -> None:
    if sex not in ["female", "male"]:
        raise ValueError(f'sex should be "female" or "male", not {sex}.')
    if age < 18:
        raise ValueError(f"CKD-EPI is for adults aged 18 or over, not {age}.")
    if creatinine_umol_l <= 0:
        raise ValueError(f"Creatinine must be more than 0 µmol/L, not {creatinine_umol_l}.")


def egfr_ckd_epi_2021(creatinine_umol_l: float, age: int, sex: str) -> float:
    """eGFR (mL/min/1.73 m2) by the race-free CKD-EPI 2021 equation."""
    check_inputs(creatinine_umol_l, age, sex)
    scr = creatinine_umol_l / 88.4  # the equation's constants are in mg/dL
    if sex == "female":
        kappa = 0.7
        alpha = -0.241
        sex_factor = 1.012
    else:
        kappa = 0.9
        alpha = -0.302
        sex_factor = 1
    ratio = scr / kappa
    return 142 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.200 * 0.9938 ** age * sex_factor


def egfr_ckd_epi_2009(creatinine_umol_l: float, age: int, sex: str) -> float:
    """eGFR by CKD-EPI 2009 without the ethnicity coefficient (NICE NG203)."""
    check_inputs(creatinine_umol_l, age, sex)
    scr = creatinine_umol_l / 88.4
    if sex == "female":
        kappa = 0.7
        alpha = -0.329
        sex_factor = 1.018
    else:
        kappa = 0.9
        alpha = -0.411
        sex_factor = 1
    ratio = scr / kappa
    return 141 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.209 * 0.993 ** age * sex_factor


def ckd_g_category(egfr: float) -> str:
    """KDIGO GFR category, 'G1' to 'G5'."""
    if egfr < 0:
        raise ValueError(f"An eGFR can't be negative ({egfr}).")
    if egfr >= 90:
        return "G1"
    if egfr >= 60:
        return "G2"
    if egfr >= 45:
        return "G3a"
    if egfr >= 30:
        return "G3b"
    if egfr >= 15:
        return "G4"
    return "G5"
