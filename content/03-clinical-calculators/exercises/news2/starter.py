from decimal import Decimal, ROUND_HALF_UP

REQUIRED = ["resp_rate", "spo2", "spo2_scale", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def pulse_score(pulse: int) -> int:
    """The lesson's worked example."""
    if pulse <= 40:
        return 3
    if pulse <= 50:
        return 1
    if pulse <= 90:
        return 0
    if pulse <= 110:
        return 1
    if pulse <= 130:
        return 2
    return 3


def temperature_score(temp_c: float) -> int:
    """Your last exercise: round half-up to 1 decimal place, then score."""
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


def resp_rate_score(resp_rate: int) -> int:
    # TODO: 8 or less 3; 9-11 1; 12-20 0; 21-24 2; 25 or more 3
    return 0


def spo2_score(spo2: int, scale: int, on_oxygen: bool) -> int:
    # TODO: Scale 1 and Scale 2 from the table (Scale 2 above 92 depends on oxygen)
    return 0


def systolic_bp_score(systolic_bp: int) -> int:
    # TODO: 90 or less 3; 91-100 2; 101-110 1; 111-219 0; 220 or more 3
    return 0


def news2_score(obs: dict) -> int:
    """Aggregate NEWS2 score (0-20) for one set of observations."""
    # TODO: check nothing is missing or malformed, score each parameter, add 2 for oxygen, and add them up.
    return pulse_score(obs["pulse"]) + temperature_score(obs["temperature"])


def news2_risk(obs: dict) -> str:
    """'high', 'medium', 'low-medium' or 'low'."""
    # TODO: apply the bands in order: 7+, 5-6, any single 3, otherwise low.
    return "low"
