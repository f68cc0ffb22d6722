"""Names the role-filler classifier proposes as victims that the sentence tells as someone else: one called
responsible for an act, or accused or arrested for it, is a doer (`fields.called_a_doer`); one whose relative
or staff was struck is not the one struck (`fields.kin_owner`)."""

from __future__ import annotations

from wirecoder.extract import fields as F



def test_a_person_blamed_is_a_doer(span_of):
    for text, words in (
        ('THE DOCUMENT STATES THAT "COLONEL JUAN PEREZ MOLINA, CHIEF OF THE CUSTOMS POLICE, IS RESPONSIBLE FOR '
         'THE MURDERS."', "JUAN PEREZ MOLINA"),
        ("Police said Carlos Mendez was responsible for the bombing of the bank.", "Carlos Mendez"),
        ("Jorge Alvarez was accused of the killing of the mayor.", "Jorge Alvarez"),
        ("Two days later Luis Ortega was arrested for the attack.", "Luis Ortega"),
    ):
        assert F.called_a_doer(span_of(text, words)), words


def test_a_victim_is_no_doer(span_of):
    for text, words in (
        ("Gunmen killed Mayor Jorge Alvarez in his office yesterday.", "Jorge Alvarez"),
        ("Carlos Mendez was wounded when the bomb exploded.", "Carlos Mendez"),
        ("The rebels said they were not responsible for the death of Luis Ortega.", "Luis Ortega"),
        ("Judge Maria Lopez, who was investigating the murders, was kidnapped.", "Maria Lopez"),
    ):
        assert not F.called_a_doer(span_of(text, words)), words


def test_the_kin_or_employer_of_the_one_struck(span_of):
    for text, words in (
        ("There was an attack on a relative of Colonel Ramon Lopez Garcia, among others.", "Ramon Lopez Garcia"),
        ("PRESIDENT CARLOS ANDRES PEREZ' BROTHER-IN-LAW WAS KIDNAPPED IN COLOMBIA.", "CARLOS ANDRES PEREZ"),
        ("Gunmen shot the driver of Senator Luis Ortega in Lima.", "Luis Ortega"),
    ):
        assert F.kin_owner(span_of(text, words)), words


def test_the_one_struck_or_a_house_owner_is_no_kin_owner(span_of):
    for text, words in (
        ("Gunmen shot Senator Luis Ortega and his driver in Lima.", "Luis Ortega"),
        ("The rebels attacked President Alfredo Perez's residence.", "Alfredo Perez"),
        ("The murder of Judge Maria Lopez shocked the country.", "Maria Lopez"),
    ):
        assert not F.kin_owner(span_of(text, words)), words
