from datetime import date


def length_of_stay(admitted, discharged):
    """Days from admission to discharge; both dates are text in the form "YYYY-MM-DD"."""
    # TODO: turn both into dates, refuse a discharge before admission, and return the days between them
    return 0


print(length_of_stay("2024-02-27", "2024-03-02"))
