# Mistake: stripping every character that isn't a digit. ">90" works, but so does "<90", which becomes 90 and is
# called G1 although it means "below 90"; and "58.6" becomes 586. Refuse what you can't read; don't repair it.
def ckd_g_category(egfr: float) -> str:
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
    digits = ""
    for character in text:
        if character.isdigit():
            digits = digits + character
    if digits == "":
        raise ValueError(f"Can't read an eGFR from {text}.")
    return ckd_g_category(int(digits))
