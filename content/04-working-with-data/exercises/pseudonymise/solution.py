import csv
import hashlib


def pseudonymise(nhs_number, salt):
    """The SHA-256 hash (64 hex characters) of salt + the NHS number's 10 digits."""
    if salt == "":
        raise ValueError("A salt is required: without one, anyone can recompute the pseudonyms")
    digits = nhs_number.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        raise ValueError(f"An NHS number has exactly 10 digits: '{nhs_number}'")
    return hashlib.sha256((salt + digits).encode("utf-8")).hexdigest()


def find_original(pseudonym, salt, candidates):
    """The candidate NHS number whose pseudonym matches, or None."""
    for candidate in candidates:
        if pseudonymise(candidate, salt) == pseudonym:
            return candidate
    return None


def pseudonymise_file(salt, path="clinic_list.csv"):
    """Each row with only "pseudonym", "clinic" and "attended"."""
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.append({
                "pseudonym": pseudonymise(row["nhs_number"], salt),
                "clinic": row["clinic"],
                "attended": row["attended"],
            })
    return rows


print(pseudonymise("999 876 5439", "a-secret-salt"))
