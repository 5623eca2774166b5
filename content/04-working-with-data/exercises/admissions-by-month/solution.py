import csv
import sqlite3


def load_admissions(path="admissions.csv"):
    """An in-memory database with one table, admissions (nhs_number, ward, admitted), filled from the CSV file."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE admissions (nhs_number TEXT, ward TEXT, admitted TEXT)")
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            conn.execute(
                "INSERT INTO admissions VALUES (?, ?, ?)",
                (row["nhs_number"], row["ward"], row["admitted"]),
            )
    conn.commit()
    return conn


def admissions_by_month(path="admissions.csv"):
    """(ward, month, count) for every ward and month with admissions, sorted by ward then month."""
    conn = load_admissions(path)
    rows = conn.execute(
        "SELECT ward, substr(admitted, 1, 7) AS month, COUNT(*) "
        "FROM admissions GROUP BY ward, month ORDER BY ward, month"
    ).fetchall()
    conn.close()
    return rows


print(admissions_by_month())
