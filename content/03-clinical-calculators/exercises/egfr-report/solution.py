def ckd_g_category(egfr: float) -> str:
    """The KDIGO GFR category, 'G1' to 'G5'."""
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
    cleaned = text.strip()
    if cleaned == ">90":
        return "G1"  # "above 90" is G1 whatever the exact value
    # Labs report eGFR as a whole number; anything else came from somewhere we don't understand, so don't guess.
    if not cleaned.isdigit() or not cleaned.isascii():
        raise ValueError(f"Can't read an eGFR from '{text}': expected a whole number or '>90'.")
    return ckd_g_category(int(cleaned))
