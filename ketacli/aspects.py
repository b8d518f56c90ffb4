"""What a question asks (its aspect) and what about (its subject): the shared vocabulary.

Each FAQ entry declares which aspects of which subjects its ANSWER answers (`aspects`,
`subjects` in the FAQ file); the matcher reads the same of a question and gives an entry
as the answer only where the two fit. An aspect that no entry declares is one the FAQ
does not cover: the reply names it and says who can answer (from the project's
checked-facts sheet), adding no medical claim of its own. Standard library only.
"""

from typing import NamedTuple


class Aspect(NamedTuple):
    name: str  # for readers: "This FAQ does not cover <name>."
    who_can_answer: str  # where to ask when the FAQ does not cover it


_CLINIC = "the treating clinic or prescriber"
_PRESCRIBER = "the prescriber or a pharmacist"
_DOCTOR = "the prescriber, or a doctor who knows the person's history"
SPRAVATO_GUIDE = "the prescriber (and the Medication Guide that comes with Spravato)"

ASPECTS: dict[str, Aspect] = {
    "cost": Aspect("cost, insurance or payment", "the treating clinic and the insurer"),
    "access": Aspect("how to get treatment (referrals, finding a clinic)", _CLINIC),
    "dose": Aspect("doses and amounts", _PRESCRIBER),
    "schedule": Aspect("treatment schedules", _CLINIC),
    "onset": Aspect("how soon it starts to work", _CLINIC),
    "duration": Aspect("how long the effect lasts", _CLINIC),
    "experience": Aspect("what a session is like (how it feels, how long it takes)", _CLINIC),
    "preparation": Aspect("preparing for a session (fasting, medicines on the day)", _CLINIC),
    "aftercare": Aspect("recovery and driving after a session", _CLINIC),
    "interactions": Aspect("interactions with other medicines, or stopping or changing them", _PRESCRIBER),
    "eligibility": Aspect("who it is for", _DOCTOR),
    "mechanism": Aspect("how it works", _DOCTOR),
    "effectiveness": Aspect("how well it works", _DOCTOR),
    "evidence": Aspect("what research shows, and what is not known", _DOCTOR),
    "risks": Aspect("side effects and risks", _PRESCRIBER),
    "addiction": Aspect("addiction and misuse", _DOCTOR),
    "long-term": Aspect("long-term use and stopping", _PRESCRIBER),
    "regulation": Aspect("approval and legal status", _PRESCRIBER),
    "controls": Aspect("controlled-drug rules (scheduling, the Spravato REMS)", _PRESCRIBER),
    "elsewhere": Aspect(
        "approval and availability outside the United States", "a doctor or pharmacist in that country"
    ),
    "history": Aspect("history", _DOCTOR),
    "comparison": Aspect("comparisons with other treatments", _DOCTOR),
    "uses": Aspect("what it is used for", _DOCTOR),
    "definition": Aspect("what it is", _DOCTOR),
    "pregnancy": Aspect("pregnancy and breastfeeding", _DOCTOR),
    "age": Aspect("children, teenagers and older people", _DOCTOR),
    "drug-tests": Aspect("drug tests, and how long it stays in the body", _PRESCRIBER),
    "administration": Aspect("how it is given", _CLINIC),
    "alternatives": Aspect("other treatments", _DOCTOR),
    "prevalence": Aspect("how common depression is", _DOCTOR),
    "monitoring": Aspect("monitoring after each dose", SPRAVATO_GUIDE),
}

# What a question or answer is about. "ketamine" is ketamine in general (a question that
# names no form); an answer about IV ketamine does not answer a question about Spravato's
# own onset, schedule or side effects (reading.FORM_SPECIFIC lists such aspects).
SUBJECTS: dict[str, str] = {
    "ketamine": "ketamine in general",
    "iv-ketamine": "racemic ketamine given by IV infusion",
    "oral-ketamine": "ketamine taken by mouth (lozenges, troches, tablets)",
    "esketamine": "esketamine (Spravato nasal spray)",
    "depression": "depression itself",
    "other-treatments": "other treatments (antidepressants, talk therapy, TMS, ECT)",
    "other-conditions": "conditions other than depression (pain, PTSD, anxiety, ...)",
    "other-substances": "other drugs and substances (alcohol, cannabis, benzodiazepines, opioids, psychedelics)",
}

# Forms with a use of their own, and who can answer about each: text about ketamine in
# general does not answer their own onset, dose, side effects and the like (reading.FORM_SPECIFIC).
OWN_FORMS = {"esketamine": SPRAVATO_GUIDE, "oral-ketamine": _PRESCRIBER}
