import csv
import sqlite3


def load_admissions(path="admissions.csv"):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE admissions (nhs_number TEXT, ward TEXT, admitted TEXT)")
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            # Pastes the values into the SQL text: an apostrophe in a ward name breaks the statement.
            conn.execute(
                f"INSERT INTO admissions VALUES ('{row['nhs_number']}', '{row['ward']}', '{row['admitted']}')"
            )
    return conn


def admissions_by_month(path="admissions.csv"):
    conn = load_admissions(path)
    return conn.execute(
        "SELECT ward, substr(admitted, 1, 7) AS month, COUNT(*) "
        "FROM admissions GROUP BY ward, month ORDER BY ward, month"
    ).fetchall()
