def ckd_g_category(egfr: float) -> str:
    """Your answer from the eGFR exercise: the KDIGO GFR category, 'G1' to 'G5'."""
    if egfr < 0:
        raise ValueError(f"An eGFR can't be negative ({egfr}).")
    if egfr >= 90:
        return "G1"
    if egfr >= 60:
        return "G2"
    if egfr >= 45:
        return "G3a"
    if egfr >= 30:
        return "G3b"
    if egfr >= 15:
        return "G4"
    return "G5"


def g_category_from_report(text: str) -> str:
    """The G category for an eGFR as written on a lab report, e.g. '58' or '>90'."""
    # TODO: strip the text, handle ">90", insist on plain digits (ValueError otherwise), then categorise.
    return "G1"
