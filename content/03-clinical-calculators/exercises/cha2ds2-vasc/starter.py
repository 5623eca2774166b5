def cha2ds2_vasc(*, age: int, female: bool, chf: bool, hypertension: bool,
                 diabetes: bool, stroke: bool, vascular: bool) -> int:
    """CHA2DS2-VASc stroke risk score (0-9). All arguments must be given by name."""
    score = 0
    # TODO: add the points for age (2 for 75+, 1 for 65-74), each condition and female sex.
    return score
