import os

from solution import admissions_by_month, load_admissions


def run_on_csv(function, text):
    """Write text to a small CSV file, call function with its path, then delete the file (a helper, not a test)."""
    path = "small_test_file.csv"
    with open(path, "w", newline="") as f:
        f.write(text)
    try:
        return function(path)
    finally:
        os.remove(path)


def test_loads_all_120_admissions():
    conn = load_admissions("admissions.csv")
    assert conn.execute("SELECT COUNT(*) FROM admissions").fetchone()[0] == 120


def test_loads_the_columns_as_text():
    """the first row comes back exactly as it is in the file, NHS number as text"""
    conn = load_admissions("admissions.csv")
    first = conn.execute("SELECT nhs_number, ward, admitted FROM admissions ORDER BY rowid LIMIT 1").fetchone()
    assert first == ("9995708779", "Cardiology", "2024-01-01")


def test_counts_admissions_by_ward_and_month():
    assert admissions_by_month("admissions.csv") == [
        ("AMU", "2024-01", 19),
        ("AMU", "2024-02", 14),
        ("AMU", "2024-03", 12),
        ("Cardiology", "2024-01", 10),
        ("Cardiology", "2024-02", 8),
        ("Cardiology", "2024-03", 7),
        ("Elderly Care", "2024-01", 7),
        ("Elderly Care", "2024-02", 9),
        ("Elderly Care", "2024-03", 12),
        ("Respiratory", "2024-01", 10),
        ("Respiratory", "2024-02", 5),
        ("Respiratory", "2024-03", 7),
    ]


def test_reads_admissions_csv_by_default():
    """with no argument, it reads admissions.csv"""
    assert admissions_by_month() == admissions_by_month("admissions.csv")


def test_counts_add_up_to_120():
    total = 0
    for ward, month, count in admissions_by_month():
        total = total + count
    assert total == 120


def test_a_month_with_no_admissions_has_no_row():
    text = ("nhs_number,ward,admitted\n"
            "9990001111,Ward 7,2024-01-05\n"
            "9998765439,Ward 7,2024-03-09\n"
            "9992468106,Ward 7,2024-03-28\n")
    assert run_on_csv(admissions_by_month, text) == [("Ward 7", "2024-01", 1), ("Ward 7", "2024-03", 2)]


def test_a_ward_name_with_an_apostrophe():
    """St Luke's: the apostrophe must not break the SQL (use ? placeholders)"""
    text = ("nhs_number,ward,admitted\n"
            "9990001111,St Luke's,2024-02-05\n"
            "9998765439,St Luke's,2024-02-19\n")
    assert run_on_csv(admissions_by_month, text) == [("St Luke's", "2024-02", 2)]
