import csv

MISSING = ["", "na", "n/a", "-"]
KG_PER_LB = 0.45359237


def parse_weight_kg(text):
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
        raise ValueError(f"No unit I recognise in the weight '{text}'")
    if kg <= 0:
        raise ValueError(f"A weight must be more than 0: '{text}'")
    return round(kg, 1)


def parse_yes_no(text):
    # Anything that is not a yes becomes a no: missing answers and "maybe" are silently recorded as non-smokers.
    return text.strip().lower() in ["y", "yes"]


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
