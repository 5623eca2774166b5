def creatinine_clearance(age: int, weight_kg: float, creatinine_umol_l: float, sex: str) -> float:
    """Cockcroft-Gault creatinine clearance in mL/min (not normalised to body surface area)."""
    # 1.23 and 1.04 are the original 1/72 (and x 0.85 for women), rewritten for creatinine in µmol/L.
    if sex == "male":
        factor = 1.23
    elif sex == "female":
        factor = 1.04
    else:
        raise ValueError(f'sex should be "female" or "male", not {sex}.')
    if age >= 140:
        raise ValueError(f"Age must be under 140 for this formula, not {age}.")
    if creatinine_umol_l <= 0:
        raise ValueError(f"Creatinine must be more than 0 µmol/L, not {creatinine_umol_l}.")
    if weight_kg <= 0:
        raise ValueError(f"Weight must be more than 0 kg, not {weight_kg}.")
    return (140 - age) * weight_kg * factor / creatinine_umol_l
