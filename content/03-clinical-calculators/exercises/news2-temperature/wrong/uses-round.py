# Mistake: Python's round(). It rounds 36.05 to 36.0, because the float nearest 36.05 is a shade below it.
def temperature_score(temp_c: float) -> int:
    rounded = round(temp_c, 1)
    if rounded <= 35.0:
        return 3
    if rounded <= 36.0:
        return 1
    if rounded <= 38.0:
        return 0
    if rounded <= 39.0:
        return 1
    return 2
