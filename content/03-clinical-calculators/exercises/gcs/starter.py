def gcs_total(eye: int, verbal: int, motor: int) -> int:
    """Glasgow Coma Scale total, E + V + M."""
    # TODO: raise ValueError for a component outside its range (eye 1-4, verbal 1-5, motor 1-6) or "NT".
    return eye + verbal + motor


def gcs_severity(total: int) -> str:
    """'severe' (8 or less), 'moderate' (9-12) or 'mild' (13-15)."""
    # TODO: raise ValueError outside 3-15, then return the band.
    return "mild"
