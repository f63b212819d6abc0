"""Redaction of what identifies a client, before an unanswered question is kept: each form of personal detail a
client may type goes, and the aftercare words around it stay."""

import difflib

import pytest

from bot.unanswered.redact import Redactor, redact
from evals.cases import load_cases

PII_FORMS = [
    # names: introductions, greetings, sign-offs, titles, people close to the client
    ("I'm Jane Doe, when can I wear makeup?", "I'm [name], when can I wear makeup?"),
    ("I’m Jane Doe, when can I wear makeup?", "I’m [name], when can I wear makeup?"),
    ("Im Jane and my skin is tight", "Im [name] and my skin is tight"),
    ("I am Jane Doe and my skin is red", "I am [name] and my skin is red"),
    ("Jane Doe here, is peeling normal?", "[name] here, is peeling normal?"),
    ("Hi, Jane Doe here. Is peeling normal?", "Hi, [name] here. Is peeling normal?"),
    ("Hello, this is Jane O'Brien. Can I exfoliate?", "Hello, this is [name]. Can I exfoliate?"),
    ("It's Emma from yesterday, still red", "It's [name] from yesterday, still red"),
    ("my name is Jane Doe, what do you charge?", "my name is [name], what do you charge?"),
    ("my name is jane doe and i have a question", "my name is [name] and i have a question"),
    ("my name's Jane-Marie Smith", "my name's [name]"),
    ("Call me Jane", "Call me [name]"),
    ("Is swelling normal? Thanks, Jane", "Is swelling normal? Thanks, [name]"),
    ("Can I swim? Kind regards, Jane Doe", "Can I swim? Kind regards, [name]"),
    ("Could you outline the risks? With thanks, Helen", "Could you outline the risks? With thanks, [name]"),
    ("Which numbing cream do you use? Sincerely, Dr. K. Oyelaran", "Which numbing cream do you use? Sincerely, Dr. [name]"),
    ("Are you open on Saturdays? Thank you very much, Mrs. J. Ellison",
     "Are you open on Saturdays? Thank you very much, Mrs. [name]"),
    ("Can I use retinol yet? - Jane", "Can I use retinol yet? - [name]"),
    ("Dr Patel said I could use serum", "Dr [name] said I could use serum"),
    ("Mrs. Jones told me to wait", "Mrs. [name] told me to wait"),
    ("my husband Tom asked about sweating", "my husband [name] asked about sweating"),
    ("my practitioner was Sarah Lee, is tingling normal?", "my practitioner was [name], is tingling normal?"),
    # e-mail addresses, links and handles
    ("email me at jane.doe@example.com please", "email me at [email] please"),
    ("jane+skin@example.co.uk", "[email]"),
    ("reach me at jane dot doe at example dot com", "reach me at [email]"),
    ("jane (at) example (dot) com", "[email]"),
    ("jane[at]example[dot]co[dot]uk", "[email]"),
    ("write to jane at example.com", "write to [email]"),
    ("my insta is @jane.doe", "my insta is [handle]"),
    ("see https://example.com/jane-doe", "see [link]"),
    # phone numbers in UK, US and international formats
    ("Call me on +44 7700 900123 please", "Call me on [phone] please"),
    ("call 07700 900123 about prices", "call [phone] about prices"),
    ("text 07700900123", "text [phone]"),
    ("my number is 020 7946 0958", "my number is [phone]"),
    ("ring 0044 20 7946 0958", "ring [phone]"),
    ("(212) 555-0123 is my cell", "[phone] is my cell"),
    ("+1 212 555 0123", "[phone]"),
    ("my number: 212.555.0123", "my number: [phone]"),
    ("call +33 1 23 45 67 89", "call [phone]"),
    # street addresses and postcodes, UK and US
    ("I live at 12 Baker Street, London NW1 6XE", "I live at [address]"),
    ("my address is Flat 3, 45 High Road, Leeds LS1 4AB", "my address is [address]"),
    ("come to 221B Baker Street", "come to [address]"),
    ("postcode SW1A 1AA", "postcode [postcode]"),
    ("I'm near m1 1ae", "I'm near [postcode]"),
    ("123 Main St, Springfield, IL 62704", "[address]"),
    ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "[address]"),
    ("456 Oak Ave Apt 2B, is that near you?", "[address], is that near you?"),
    ("send it to PO Box 123", "send it to [address]"),
    ("my zip is 90210", "my [postcode]"),
    ("I live in Springfield, can I fly?", "I live in [address], can I fly?"),
    # dates of birth and other calendar dates
    ("my date of birth is 14/03/1985", "my date of birth is [date]"),
    ("born March 14, 1985", "born [date]"),
    ("born on the 14th of March, 1985. Is that too old?", "born on the [date]. Is that too old?"),
    ("DOB 14.03.85", "DOB [date]"),
    ("dob: 1985-03-14", "dob: [date]"),
    ("I was born in March 1985", "I was born in [date]"),
    ("born 1985, is that too old?", "born [date], is that too old?"),
    ("my birthday is 14 March", "my birthday is [date]"),
    ("I had it on 12/10/2024, is redness on day 5 ok?", "I had it on [date], is redness on day 5 ok?"),
    # identity and account numbers
    ("NHS number 943 476 5919", "NHS number [phone]"),
    ("NI number QQ 12 34 56 C", "NI number [number]"),
    ("my patient id is 123456", "my patient id is [number]"),
]

ORDINARY = [
    "how long after 3-6 sessions?",
    "is flaking normal on day 4?",
    "when can I wear makeup after 24-48 hours?",
    "Can I go on a 10 mile walk after 2 days?",
    "Can I take vitamin B12 5mg?",
    "I'm on day 3 and it's very red",
    "I'm Worried about redness on Day 5",
    "It's Day 3 and my face is tight",
    "Can I use SPF 30 or SPF 50?",
    "Is 0.5 mm needle depth ok?",
    "When May I exfoliate?",
    "Can I drive home after 1 hour?",
    "Call me if it gets worse?",
    "Is it ok to use 1% hydrocortisone twice a day?",
    "I had 3 sessions 4 to 6 weeks apart, when is the next?",
    "Should I wait 48 hours or 72 hours before the gym?",
    "Can I go to the Park in the sun on Monday?",
    "I'm 45, will it work on my skin?",
]


@pytest.mark.parametrize("text,expected", PII_FORMS, ids=[f"pii-{i}" for i in range(len(PII_FORMS))])
def test_each_form_of_personal_detail_is_replaced_by_its_placeholder(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_the_table_covers_at_least_forty_forms() -> None:
    assert len(PII_FORMS) >= 40


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_aftercare_wording_is_left_as_it_is(text: str) -> None:
    assert redact(text) == text


def test_redaction_of_the_gold_questions_replaces_only_names_numbers_and_links() -> None:
    """Some blind-written questions sign off like e-mails ("Kind regards, Eleanor Whitfield"): their names go, and so
    does a pasted link ("[Click here for my photos](http://example.com/evil)"). No ordinary word of any question
    ("black", "rose", "guy" in lower case) is ever taken for personal detail."""
    replaced = []
    for case in load_cases("all"):
        before, after = case.question.split(), redact(case.question).split()
        for tag, i1, i2, _, _ in difflib.SequenceMatcher(a=before, b=after).get_opcodes():
            replaced += [w for w in before[i1:i2] if tag != "equal" and not (w[:1].isupper() or w[:1].isdigit())
                         and "://" not in w]
    assert replaced == []


def test_a_phone_number_written_with_its_country_code_is_found_whatever_the_regions() -> None:
    assert Redactor(("FR",))("call +44 7700 900123 today") == "call [phone] today"


def test_a_client_naming_their_skin_s_heritage_is_not_read_as_a_name() -> None:
    assert redact("I'm Black with dark marks, is microneedling safe for me?") == "I'm Black with dark marks, is microneedling safe for me?"
