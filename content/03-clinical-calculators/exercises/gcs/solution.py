def gcs_total(eye: int, verbal: int, motor: int) -> int:
    """Glasgow Coma Scale total, E + V + M."""
    # "not in range(...)" also catches "NT" (not testable) and fractions, without crashing on text.
    if eye not in range(1, 5):
        raise ValueError(f"Eye should be a whole number from 1 to 4, not {eye}.")
    if verbal not in range(1, 6):
        raise ValueError(f"Verbal should be a whole number from 1 to 5, not {verbal}.")
    if motor not in range(1, 7):
        raise ValueError(f"Motor should be a whole number from 1 to 6, not {motor}.")
    return eye + verbal + motor


def gcs_severity(total: int) -> str:
    """'severe' (8 or less), 'moderate' (9-12) or 'mild' (13-15)."""
    if total not in range(3, 16):
        raise ValueError(f"A GCS total must be from 3 to 15, not {total}.")
    if total <= 8:
        return "severe"
    if total <= 12:
        return "moderate"
    return "mild"
