# Mistake: working out the hourly rate as the daily volume divided by 24. The 4-2-1 rule is a separate rule
# (1 mL/kg/h is 24 mL/kg/day, not 20), so this gives 64.2 mL/h at 22 kg instead of 62.
def maintenance_fluids_ml_per_day(weight_kg: float) -> float:
    if weight_kg <= 0:
        raise ValueError(f"Weight must be more than 0 kg, not {weight_kg}.")
    first = min(weight_kg, 10)
    middle = min(max(weight_kg - 10, 0), 10)
    above_20 = max(weight_kg - 20, 0)
    return 100 * first + 50 * middle + 20 * above_20


def maintenance_fluids_ml_per_hour(weight_kg: float) -> float:
    return maintenance_fluids_ml_per_day(weight_kg) / 24
