import csv

# Ways people write "no value here", compared after strip() and lower().
MISSING = ["", "na", "n/a", "-"]
KG_PER_LB = 0.45359237


def parse_weight_kg(text):
    """A typed weight such as "72kg", " 72 KG " or "158 lb" in kilograms (1 decimal place), or None if missing."""
    # TODO: normalise the text; return None for a missing marker;
    #       read kg or lb/lbs (converting pounds); raise a ValueError for anything else or a weight of 0 or less
    return None


def parse_yes_no(text):
    """True for yes, False for no, None if missing; anything else raises a ValueError rather than guessing."""
    # TODO
    return None


def clean_rows(path="messy_obs.csv"):
    """Every row of the file with its weight in kg and smoker as True, False or None."""
    rows = []
    # TODO: read the file and append {"patient_id": ..., "weight_kg": ..., "smoker": ...} for each row
    return rows


with open("messy_obs.csv") as f:
    print(f.read())
