def creatinine_clearance(age: int, weight_kg: float, creatinine_umol_l: float, sex: str) -> float:
    """Cockcroft-Gault creatinine clearance in mL/min (not normalised to body surface area)."""
    # TODO: pick F (1.23 male, 1.04 female), reject impossible inputs, then apply the formula.
    return 0.0
