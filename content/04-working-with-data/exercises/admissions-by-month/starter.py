import csv
import sqlite3


def load_admissions(path="admissions.csv"):
    """An in-memory database with one table, admissions (nhs_number, ward, admitted), filled from the CSV file."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE admissions (nhs_number TEXT, ward TEXT, admitted TEXT)")
    # TODO: read the CSV file and INSERT each row, with ? placeholders
    return conn


def admissions_by_month(path="admissions.csv"):
    """(ward, month, count) for every ward and month with admissions, sorted by ward then month."""
    conn = load_admissions(path)
    # TODO: one SELECT with COUNT(*), GROUP BY and ORDER BY; return .fetchall()
    return []


print(admissions_by_month())
