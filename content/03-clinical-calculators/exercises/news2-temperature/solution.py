from decimal import Decimal, ROUND_HALF_UP


def temperature_score(temp_c: float) -> int:
    """NEWS2 score for a temperature in degrees Celsius."""
    # round() would turn 36.05 into 36.0 (floats can't hold 36.05 exactly); Decimal rounds it half-up to 36.1.
    rounded = float(Decimal(str(temp_c)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    if rounded <= 35.0:
        return 3
    if rounded <= 36.0:
        return 1
    if rounded <= 38.0:
        return 0
    if rounded <= 39.0:
        return 1
    return 2
