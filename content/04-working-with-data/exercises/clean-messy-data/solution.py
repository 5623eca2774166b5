import csv

# Ways people write "no value here", compared after strip() and lower().
MISSING = ["", "na", "n/a", "-"]
KG_PER_LB = 0.45359237


def parse_weight_kg(text):
    """A typed weight such as "72kg", " 72 KG " or "158 lb" in kilograms (1 decimal place), or None if missing."""
    cleaned = text.strip().lower()
    if cleaned in MISSING:
        return None
    cleaned = cleaned.replace(" ", "")
    if cleaned.endswith("kg"):
        kg = float(cleaned[:-2])
    elif cleaned.endswith("lbs"):
        kg = float(cleaned[:-3]) * KG_PER_LB
    elif cleaned.endswith("lb"):
        kg = float(cleaned[:-2]) * KG_PER_LB
    else:
        raise ValueError(f"No unit I recognise in the weight '{text}': expected kg or lb")
    if kg <= 0:
        raise ValueError(f"A weight must be more than 0: '{text}'")
    return round(kg, 1)


def parse_yes_no(text):
    """True for yes, False for no, None if missing; anything else raises a ValueError rather than guessing."""
    cleaned = text.strip().lower()
    if cleaned in MISSING:
        return None
    if cleaned in ["y", "yes"]:
        return True
    if cleaned in ["n", "no"]:
        return False
    raise ValueError(f"Not a yes or no answer: '{text}'")


def clean_rows(path="messy_obs.csv"):
    """Every row of the file with its weight in kg and smoker as True, False or None."""
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.append({
                "patient_id": row["patient_id"],
                "weight_kg": parse_weight_kg(row["weight"]),
                "smoker": parse_yes_no(row["smoker"]),
            })
    return rows


for row in clean_rows():
    print(row)
