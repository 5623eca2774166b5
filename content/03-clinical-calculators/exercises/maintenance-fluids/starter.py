def maintenance_fluids_ml_per_day(weight_kg: float) -> float:
    """Holliday-Segar daily maintenance fluid (100/50/20 rule), mL/day."""
    # TODO: 100 mL/kg for the first 10 kg, 50 mL/kg for the next 10 kg, 20 mL/kg for each kg above 20.
    return 100 * weight_kg


def maintenance_fluids_ml_per_hour(weight_kg: float) -> float:
    """Hourly maintenance fluid rate (4-2-1 rule), mL/h."""
    # TODO: 4 mL/kg for the first 10 kg, 2 mL/kg for the next 10 kg, 1 mL/kg for each kg above 20.
    return 4 * weight_kg
