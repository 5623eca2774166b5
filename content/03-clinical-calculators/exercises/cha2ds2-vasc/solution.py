def cha2ds2_vasc(*, age: int, female: bool, chf: bool, hypertension: bool,
                 diabetes: bool, stroke: bool, vascular: bool) -> int:
    """CHA2DS2-VASc stroke risk score (0-9). All arguments must be given by name."""
    if age < 0:
        raise ValueError(f"Age can't be negative ({age}).")
    score = 0
    if chf:
        score += 1
    if hypertension:
        score += 1
    # One if/elif, so the two age rows can never both count.
    if age >= 75:
        score += 2
    elif age >= 65:
        score += 1
    if diabetes:
        score += 1
    if stroke:
        score += 2
    if vascular:
        score += 1
    if female:
        score += 1
    return score
