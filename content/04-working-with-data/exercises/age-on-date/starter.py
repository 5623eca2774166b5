from datetime import date


def age_on(date_of_birth, on_date):
    """Age in completed years on on_date; both dates are text in the form "YYYY-MM-DD"."""
    # TODO: turn both pieces of text into dates with date.fromisoformat
    # TODO: raise a ValueError if on_date is before the date of birth
    # TODO: subtract the years, then take one off if the birthday has not come yet that year
    return 0


print(age_on("1968-04-12", "2024-05-01"))
