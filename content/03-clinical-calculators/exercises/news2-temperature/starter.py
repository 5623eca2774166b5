from decimal import Decimal, ROUND_HALF_UP


def temperature_score(temp_c: float) -> int:
    """NEWS2 score for a temperature in degrees Celsius."""
    # TODO: round temp_c to 1 decimal place half-up with Decimal, then score it with the table.
    return 0
