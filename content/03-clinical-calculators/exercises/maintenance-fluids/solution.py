def maintenance_fluids_ml_per_day(weight_kg: float) -> float:
    """Holliday-Segar daily maintenance fluid (100/50/20 rule), mL/day."""
    if weight_kg <= 0:
        raise ValueError(f"Weight must be more than 0 kg, not {weight_kg}.")
    first = min(weight_kg, 10)  # the first 10 kg
    middle = min(max(weight_kg - 10, 0), 10)  # the next 10 kg
    above_20 = max(weight_kg - 20, 0)  # each kg above 20
    return 100 * first + 50 * middle + 20 * above_20


def maintenance_fluids_ml_per_hour(weight_kg: float) -> float:
    """Hourly maintenance fluid rate (4-2-1 rule), mL/h. Its own rule: not the daily figure divided by 24."""
    if weight_kg <= 0:
        raise ValueError(f"Weight must be more than 0 kg, not {weight_kg}.")
    first = min(weight_kg, 10)
    middle = min(max(weight_kg - 10, 0), 10)
    above_20 = max(weight_kg - 20, 0)
    return 4 * first + 2 * middle + 1 * above_20
