import pytest

from solution import find_original, pseudonymise, pseudonymise_file


def numbers_starting(prefix):
    """The 100 ten-digit numbers that start with an 8-digit prefix (a helper, not a test)."""
    numbers = []
    for ending in range(100):
        numbers.append(f"{prefix}{ending:02d}")
    return numbers


def test_the_pseudonym_is_the_salted_sha256_hash():
    """the pseudonym is the SHA-256 hash of the salt followed by the number"""
    assert pseudonymise("9998765439", "ward-7-audit-2024") == (
        "14ed1b17905dfc9f8103d689bc5933eeb907fe52708e529c0d4eecede5b99bb4"
    )


def test_the_pseudonym_is_64_hexadecimal_characters():
    pseudonym = pseudonymise("9998765439", "ward-7-audit-2024")
    assert len(pseudonym) == 64
    for character in pseudonym:
        assert character in "0123456789abcdef"


def test_the_same_number_and_salt_always_give_the_same_pseudonym():
    """this is what lets the audit team link a patient's appointments"""
    assert pseudonymise("9998765439", "s3cret") == pseudonymise("9998765439", "s3cret")


def test_spaces_in_the_number_do_not_change_the_pseudonym():
    assert pseudonymise("999 876 5439", "ward-7-audit-2024") == pseudonymise("9998765439", "ward-7-audit-2024")


def test_a_different_salt_gives_a_different_pseudonym():
    assert pseudonymise("9998765439", "a-different-salt") == (
        "dd94d9e05143e5effbf917686ed89bd9fc0c30d89905686d7853e71d1ea7bee0"
    )


def test_different_numbers_give_different_pseudonyms():
    assert pseudonymise("9998765439", "s3cret") != pseudonymise("9990001111", "s3cret")


def test_rejects_an_empty_salt():
    with pytest.raises(ValueError):
        pseudonymise("9998765439", "")


@pytest.mark.parametrize("number", ["999876543", "99987654390", "999 876 543X", ""])
def test_rejects_something_that_is_not_a_10_digit_number(number):
    """rejects anything that is not a 10-digit number"""
    with pytest.raises(ValueError):
        pseudonymise(number, "s3cret")


def test_find_original_recovers_a_number_when_the_salt_is_known():
    """with the salt, trying 100 candidate numbers reverses the pseudonym"""
    pseudonym = pseudonymise("9998765439", "ward-7-audit-2024")
    assert find_original(pseudonym, "ward-7-audit-2024", numbers_starting("99987654")) == "9998765439"


def test_find_original_gives_none_when_no_candidate_matches():
    """find_original gives None when no candidate matches"""
    pseudonym = pseudonymise("9998765439", "ward-7-audit-2024")
    assert find_original(pseudonym, "ward-7-audit-2024", numbers_starting("99900011")) is None


def test_find_original_gives_none_with_the_wrong_salt():
    """find_original gives None with the wrong salt"""
    pseudonym = pseudonymise("9998765439", "ward-7-audit-2024")
    assert find_original(pseudonym, "a-guessed-salt", numbers_starting("99987654")) is None


def test_pseudonymise_file_keeps_every_appointment():
    """pseudonymise_file keeps every appointment"""
    assert len(pseudonymise_file("clinic-audit-salt", "clinic_list.csv")) == 50


def test_pseudonymise_file_reads_clinic_list_csv_by_default():
    """with no path, pseudonymise_file reads clinic_list.csv"""
    assert pseudonymise_file("clinic-audit-salt") == pseudonymise_file("clinic-audit-salt", "clinic_list.csv")


def test_pseudonymise_file_keeps_only_what_the_audit_needs():
    """no NHS number, name, date of birth or postcode district in the shared rows"""
    for row in pseudonymise_file("clinic-audit-salt"):
        assert sorted(row) == ["attended", "clinic", "pseudonym"]


def test_pseudonymise_file_first_row():
    """pseudonymise_file: the first row"""
    assert pseudonymise_file("clinic-audit-salt")[0] == {
        "pseudonym": "7048aa044e568e1ca9131337be82801471c4553c9f7c58695d9a8db235e79008",
        "clinic": "Heart failure",
        "attended": "no",
    }


def test_pseudonymise_file_links_repeat_appointments():
    """50 appointments belong to 36 patients, so there are 36 different pseudonyms"""
    pseudonyms = []
    for row in pseudonymise_file("clinic-audit-salt"):
        if row["pseudonym"] not in pseudonyms:
            pseudonyms.append(row["pseudonym"])
    assert len(pseudonyms) == 36
