# Mistake: filling a missing observation with a normal value, so it silently scores 0. A missing parameter
# means no total: the score would look falsely reassuring.
from decimal import Decimal, ROUND_HALF_UP

REQUIRED = ["resp_rate", "spo2", "spo2_scale", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def pulse_score(pulse: int) -> int:
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
    if resp_rate <= 8:
        return 3
    if resp_rate <= 11:
        return 1
    if resp_rate <= 20:
        return 0
    if resp_rate <= 24:
        return 2
    return 3


def spo2_score(spo2: int, scale: int, on_oxygen: bool) -> int:
    if scale == 1:
        if spo2 <= 91:
            return 3
        if spo2 <= 93:
            return 2
        if spo2 <= 95:
            return 1
        return 0
    # Scale 2: only for a prescribed target of 88-92%.
    if spo2 <= 83:
        return 3
    if spo2 <= 85:
        return 2
    if spo2 <= 87:
        return 1
    if spo2 <= 92:
        return 0
    if not on_oxygen:
        return 0
    # Above target while on oxygen: the patient may be getting too much.
    if spo2 <= 94:
        return 1
    if spo2 <= 96:
        return 2
    return 3


def systolic_bp_score(systolic_bp: int) -> int:
    if systolic_bp <= 90:
        return 3
    if systolic_bp <= 100:
        return 2
    if systolic_bp <= 110:
        return 1
    if systolic_bp <= 219:
        return 0
    return 3


def check_observations(obs: dict) -> None:
    """Raise ValueError, naming the parameter, for anything missing or malformed."""
    # Fill any gap with a normal value so the total can still be worked out.
    normal = {"resp_rate": 16, "spo2": 97, "spo2_scale": 1, "on_oxygen": False,
              "systolic_bp": 124, "pulse": 72, "consciousness": "A", "temperature": 37.0}
    for name in REQUIRED:
        if obs.get(name) is None:
            obs[name] = normal[name]
    for name in ["resp_rate", "spo2", "systolic_bp", "pulse", "temperature"]:
        value = obs[name]
        # True and False count as 1 and 0 in Python, so rule them out before checking for a number.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{name} should be a number, not {value!r}.")
    for name in ["resp_rate", "spo2", "systolic_bp", "pulse"]:
        if obs[name] != round(obs[name]):
            raise ValueError(f"{name} should be a whole number, not {obs[name]}.")
    if isinstance(obs["spo2_scale"], bool) or obs["spo2_scale"] not in [1, 2]:
        raise ValueError(f"spo2_scale should be 1 or 2, not {obs['spo2_scale']}.")
    if not isinstance(obs["on_oxygen"], bool):
        raise ValueError(f"on_oxygen should be True or False, not {obs['on_oxygen']}.")
    if obs["consciousness"] not in ["A", "C", "V", "P", "U"]:
        raise ValueError(f"consciousness should be A, C, V, P or U, not {obs['consciousness']}.")


def parameter_scores(obs: dict) -> dict:
    """Each parameter's score, after checking the observations."""
    check_observations(obs)
    oxygen = 0
    if obs["on_oxygen"]:
        oxygen = 2
    consciousness = 0
    if obs["consciousness"] != "A":
        consciousness = 3  # C (new confusion), V, P or U
    return {
        "resp_rate": resp_rate_score(obs["resp_rate"]),
        "spo2": spo2_score(obs["spo2"], obs["spo2_scale"], obs["on_oxygen"]),
        "air_or_oxygen": oxygen,
        "systolic_bp": systolic_bp_score(obs["systolic_bp"]),
        "pulse": pulse_score(obs["pulse"]),
        "consciousness": consciousness,
        "temperature": temperature_score(obs["temperature"]),
    }


def news2_score(obs: dict) -> int:
    """Aggregate NEWS2 score (0-20) for one set of observations."""
    scores = parameter_scores(obs)
    total = 0
    for name in scores:
        total += scores[name]
    return total


def news2_risk(obs: dict) -> str:
    """'high', 'medium', 'low-medium' or 'low', applying the RCP's bands in order."""
    scores = parameter_scores(obs)
    total = news2_score(obs)
    if total >= 7:
        return "high"
    if total >= 5:
        return "medium"
    for name in scores:
        if scores[name] == 3:
            return "low-medium"
    return "low"
