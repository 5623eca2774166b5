# Mistake: assuming the table is symmetrical, so 39.1 and above scores 3. The RCP table gives 2.
from decimal import Decimal, ROUND_HALF_UP


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
    return 3
