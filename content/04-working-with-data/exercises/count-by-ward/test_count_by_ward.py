import os

from solution import count_by_ward


def run_on_csv(function, text):
    """Write text to a small CSV file, call function with its path, then delete the file (a helper, not a test)."""
    path = "small_test_file.csv"
    with open(path, "w", newline="") as f:
        f.write(text)
    try:
        return function(path)
    finally:
        os.remove(path)


def test_counts_every_ward_in_the_census():
    assert count_by_ward("ward_census.csv") == {
        "AMU": 16,
        "Cardiology": 11,
        "Elderly Care": 14,
        "Respiratory": 12,
        "Surgical": 7,
    }


def test_reads_ward_census_csv_by_default():
    """called with no argument, it reads ward_census.csv"""
    assert count_by_ward() == count_by_ward("ward_census.csv")


def test_counts_add_up_to_the_60_patients():
    """the header line is not counted as a patient"""
    assert sum(count_by_ward().values()) == 60


def test_counts_are_whole_numbers():
    for count in count_by_ward().values():
        assert isinstance(count, int)


def test_a_small_file():
    text = ("nhs_number,family_name,given_name,ward,bed\n"
            "9990001111,DOE,Alex,Ward 7,1\n"
            "9998765439,ROE,Sam,Ward 7,2\n"
            "9992468106,POE,Kit,Ward 9,1\n")
    assert run_on_csv(count_by_ward, text) == {"Ward 7": 2, "Ward 9": 1}


def test_finds_the_ward_column_wherever_it_is():
    """a file with the columns in a different order still counts by ward"""
    text = ("ward,bed,nhs_number\n"
            "AMU,1,9990001111\n"
            "AMU,2,9998765439\n"
            "Surgical,1,9992468106\n")
    assert run_on_csv(count_by_ward, text) == {"AMU": 2, "Surgical": 1}


def test_a_file_with_only_the_header_gives_an_empty_dictionary():
    text = "nhs_number,family_name,given_name,ward,bed\n"
    assert run_on_csv(count_by_ward, text) == {}
