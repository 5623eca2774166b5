import csv
import hashlib


def pseudonymise(nhs_number, salt):
    """The SHA-256 hash (64 hex characters) of salt + the NHS number's 10 digits."""
    # TODO: remove spaces; raise a ValueError for an empty salt or a number that is not 10 digits;
    #       return hashlib.sha256((salt + digits).encode("utf-8")).hexdigest()
    return nhs_number


def find_original(pseudonym, salt, candidates):
    """The candidate NHS number whose pseudonym matches, or None."""
    # TODO: try each candidate
    return None


def pseudonymise_file(salt, path="clinic_list.csv"):
    """Each row with only "pseudonym", "clinic" and "attended"."""
    rows = []
    # TODO: read the file and keep only what the audit needs
    return rows


print(pseudonymise("999 876 5439", "a-secret-salt"))
