import csv
import hashlib


def pseudonymise(nhs_number, salt):
    if salt == "":
        raise ValueError("A salt is required")
    digits = nhs_number.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        raise ValueError(f"An NHS number has exactly 10 digits: '{nhs_number}'")
    # Hashes the number alone: anyone can rebuild every pseudonym from the list of possible numbers.
    return hashlib.sha256(digits.encode("utf-8")).hexdigest()


def find_original(pseudonym, salt, candidates):
    for candidate in candidates:
        if pseudonymise(candidate, salt) == pseudonym:
            return candidate
    return None


def pseudonymise_file(salt, path="clinic_list.csv"):
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.append({
                "pseudonym": pseudonymise(row["nhs_number"], salt),
                "clinic": row["clinic"],
                "attended": row["attended"],
            })
    return rows
