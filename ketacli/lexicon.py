"""The matcher's word lists: filler words, spelling variants and a small domain lexicon.

Synonym groups are written from what the FAQ's answers say and the everyday words
people use for the same things (hooked / addictive, drip / infusion, Spravato /
esketamine). Each group becomes one concept, so a question and an answer that use
different words of a group still meet. Entries are lower case and unaccented,
separated by commas; a phrase of several words is matched before its single words.
"""

from __future__ import annotations

# Words that carry no topic: question scaffolding, pronouns, fillers; contractions
# (apostrophes are dropped before matching) and hedges.
STOPWORDS = frozenset(
    """
    doesnt couldnt wouldnt shouldnt cant cannot wont arent wasnt werent hasnt havent hadnt didnt whos
    theres heres lets youll theyre weve youve shes hes theyve inside within else genuinely truly
    a about actually after again all also am an and any anyone anything are around as at be been before being both
    but by can could did do does doing done dont each eh even ever exactly for from get gets getting go going gonna
    got had has have having he hello her here hers hey hi him his how however i id if ill im in into is isnt it its
    itself ive just kind kinda know let like lot lots me mean might more most much must my myself no nor not now of
    off ok okay on once one only or other our ours out over own people person please pls plz pretty quite
    rather really said say says she should so some someone something sort sorta still such tell than thank thanks
    that thats the their theirs them then there these they thing things this those though through thx to too u under
    until up us very wanna want was way we well were what whats when where whether which while who whom whose why
    will with would ya yeah yes yet you your youre yours yourself become became becoming
    therapy therapies treatment treatments drug drugs medication medications medicine
    """.split()
)

# Narrative words: who is asking for whom, when, and how they heard of it. They add
# nothing to what is asked, so they are dropped like filler words.
NARRATIVE = frozenset(
    """
    sister brother mum mom mother dad father wife husband partner boyfriend girlfriend friend friends son daughter
    kid kids child children family relative aunt uncle grandma grandpa cousin colleague neighbour neighbor ago
    lately recently nowadays currently today yesterday tomorrow tonight week weeks month months year honestly
    basically literally seriously apparently supposedly probably maybe perhaps totally definitely heard hear read
    reading saw seen seeing told telling saying mentioned mention mentioning talking talked wondering wonder
    wondered curious question questions asking asked ask explain explanation understand loads bunch bit little whole
    few several many four three two five stuff guess think thought thinking feel feeling felt try tried trying
    consider considering mums moms dads sisters brothers husbands wifes partners gp booked brought bring
    bringing suggested suggest recommended recommend offered offer offering psychiatrist psychiatrists gp gps
    nurse nurses nursing student students counsellor counselor article articles keeps seeing
    amazing awesome great wonderful fantastic incredible nice terrible horrible awful crazy weird strange funny
    super lol haha omg wow hmm um uh anyway anyways wait okay alright sure glad happy excited hoping hope hopeful
    worried worry worrying scared afraid nervous frustrated
    morning mornings evening evenings afternoon night nights day days weekend weekends someday
    everyone everybody anybody somebody nobody folks guy guys lady ladies man woman
    website websites site sites internet online google reddit forum forums blog blogs news tiktok youtube
    podcast podcasts video videos ad ads advert adverts
    everything nothing
    """.split()
)

# Words that say nothing of what is asked: neither matched nor corrected.
IGNORED = STOPWORDS | NARRATIVE

# Things people often ask about ketamine treatment that this FAQ's answers do not
# discuss: cost and insurance, driving, pregnancy, drug tests, the law, doses in units,
# weight. A question about one of them is mostly about what the FAQ lacks, so such a
# word weighs as much as a word the FAQ never uses, even where an answer mentions it
# in passing, and more than other unknown words.
UNCOVERED = frozenset(
    """
    cost costs price prices pricing priced expensive cheap cheaper afford affordable insurance insurer insured
    medicare medicaid pay paying paid payment dollars money fee fees reimburse reimbursed drive driving driver car
    pregnant pregnancy breastfeeding breastfeed urine detect detected detectable screening
    mg milligram milligrams ml kg weight diet bladder urinary cystitis
    """.split()
)

# British (and other) spellings, and a few short forms, folded to one form before anything else.
SPELLINGS = {
    "anaesthetic": "anesthetic",
    "anaesthetics": "anesthetics",
    "anaesthesia": "anesthesia",
    "anaesthetise": "anesthetize",
    "anaesthetised": "anesthetized",
    "anaesthetist": "anesthetist",
    "anaesthesiologist": "anesthesiologist",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "behavioural": "behavioral",
    "tranquilliser": "tranquilizer",
    "tranquiliser": "tranquilizer",
    "tranquillizer": "tranquilizer",
    "haemorrhage": "hemorrhage",
    "oesophagus": "esophagus",
    "programme": "program",
    "paediatric": "pediatric",
    "centre": "center",
    "centres": "centers",
    "licence": "license",
    "favour": "favor",
    "utilise": "utilize",
    "recognised": "recognized",
    "organisation": "organization",
    "ketamines": "ketamine",
    "ket": "ketamine",
    "everybody": "everyone",
    "colour": "color",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "hw": "how",
    "ur": "your",
}

# Phrases that say when, not what: dropped like narrative words ("last week" is not "last").
WHEN = (
    "last week, last night, last month, last year, last time, last weekend, last summer, last winter, last "
    "spring, last autumn, last fall, last monday, last friday, last few weeks, last few months, last few years"
)
IGNORED_CONCEPT = "when"

# Concept -> the words and phrases that name it. A word may belong to one group only.
_GROUPS = {
    IGNORED_CONCEPT: WHEN,
    "esketamine": (
        "esketamine, spravato, s ketamine, nasal spray, nose spray, intranasal, nasal, up the "
        "nose, sniff, snort, inhale, spray"
    ),
    "infusion": "infusion, iv, intravenous, intravenously, drip, into a vein, bloodstream, injection",
    "addiction": (
        "addictive, addiction, addicted, addict, hooked, habit forming, dependence, dependent, dependency, "
        "abuse, abused, misuse, crave, craving, substance abuse"
    ),
    "speed": (
        "fast, faster, quick, quickly, quicker, rapid, rapidly, rapid acting, soon, speed, kick in, kicks in, "
        "start working, starts working, onset, how long does it take, how long until, how long before, take "
        "to work, takes to work, to kick in, within hours, hours, immediately, instantly, right away"
    ),
    "duration": "last, lasts, lasting, wear off, wears off, wearing off, duration",
    "side-effect": (
        "side effect, side effects, side affect, side affects, adverse, adverse effect, reaction, reactions"
    ),
    "depression": "depression, depressed, depressive, mdd, low mood, mood",
    "anesthesia": (
        "anesthetic, anesthesia, anesthetize, anesthetized, anesthetist, anesthesiologist, sedative, "
        "sedation, sedate, surgery, surgical, operation, knock out, put under"
    ),
    "recreational": (
        "party, parties, club, clubbing, rave, recreational, recreationally, street, special k, party goers, "
        "partygoers, scene"
    ),
    "hallucination": (
        "hallucination, hallucinations, hallucinate, hallucinogenic, hallucinogen, psychedelic, trip, "
        "tripping, k hole, khole, mind altering, dissociation, dissociative, see things, seeing things, hear "
        "things, hearing things, hearing voices"
    ),
    "receptor": (
        "receptor, receptors, nmda, nmdar, ampa, bind, binding, block, blocks, blockade, antagonist, antagonists"
    ),
    "glutamate": "glutamate, neurotransmitter, neurotransmitters",
    "neuron": "neuron, neurons, neural, neuronal, brain cells, nerve cells, synapse, synapses, synaptic",
    "connection": (
        "connection, connections, pathways, pathway, communicate, communication, rewire, rewires, rewiring, "
        "talk to each other, signal, signals, signalling, signaling"
    ),
    "ect": "ect, electroconvulsive, shock therapy, electroshock, electric shock",
    "tms": "tms, transcranial, magnetic stimulation",
    "psychotherapy": (
        "cbt, cognitive behavioral therapy, cognitive behavioral, psychotherapy, talk therapy, talking "
        "therapy, counseling, counselling, therapist"
    ),
    "antidepressant": (
        "antidepressant, antidepressants, anti depressant, anti depressants, ssri, ssris, prozac, zoloft, "
        "lexapro, medication trials"
    ),
    "safety": "safe, safety, dangerous, danger, risk, risks, risky, harmful, caution, careful",
    "long-term": "long term, longterm, years, forever, indefinitely, permanently",
    "animal": "veterinary, veterinarian, veterinarians, vet, vets, animal, animals, horse, horses, tranquilizer",
    "approval": "fda, approved, approval, approve, licensed, license, authorized",
    "off-label": "off label, unapproved, not approved",
    "suicidality": "suicidal, suicide, suicidality, suicidal thoughts, suicidal behavior",
    "effective": (
        "effective, effectiveness, efficacy, efficacious, work, works, worked, working, help, helps, helpful, "
        "useful, usefulness, benefit, benefits, success, successful, respond, response, responds, responded"
    ),
    "relief": (
        "relief, relieve, relieves, lift, lifts, ease, eases, improve, improvement, better, notice a "
        "difference, feel a difference, feel better, feeling better, results"
    ),
    "cure": (
        "cure, cures, curing, miracle, silver bullet, magic bullet, breakthrough, game changer, hype, hyped, "
        "overhyped, overblown, exaggerated, too good to be true, wonder drug"
    ),
    "resistant": (
        "treatment resistant, resistant, hasnt responded, not responded, nothing worked, nothing else worked, "
        "failed, didnt work, did not work, other medications have not been effective, stubborn, hard to "
        "treat, difficult to treat, refractory"
    ),
    "pain": "pain, analgesic, analgesia, painkiller, painkillers, pain relief, pain management",
    "research": "research, study, studies, trial, trials, evidence, science, scientific, review",
    "dose": "dose, doses, dosing, dosage, session, sessions",
    "frequency": "often, frequently, how many, booster, boosters, schedule, times a week, per week",
    "types": "type, types, kinds, forms, form, versions, racemic, different",
    "first-line": "first line, first choice, first option, first resort, last resort",
    "serotonin": "serotonin, chemical imbalance, low serotonin",
    "mechanism": (
        "mechanism, how it works, how does it work, mode of action, why it works, how does ketamine work, how "
        "ketamine works, how does esketamine work, what does it do, what does ketamine do"
    ),
    "bipolar": "bipolar, manic depression, manic",
    "remission": "remission, recover, recovery, recovered",
    "confusion": "confusion, confused, agitation, agitated, disoriented",
    "nausea": "nausea, nauseous, vomiting, vomit, throw up, sick to my stomach",
    "sleepiness": "sleepiness, sleepy, drowsy, drowsiness, tired",
    "blood-pressure": "blood pressure, hypertension, heart rate",
    "breathing": "breathing, breath, respiratory, laryngospasm",
    "stigma": "stigma, stigmatized, reputation, discredited, notoriety, bad name",
    "clinic": "clinic, clinics, center, centers, provider, providers",
    "expert": ("expert, experts, expertise, qualified, specialist, specialists, trained, training, experienced"),
    "opioid": "opioid, opioids, opiate, opiates",
    "protein": "protein, proteins, protein synthesis",
    "name": "name, called, brand, brand name",
    "route": "route, routes, administration, administered, ways, delivery, given as",
    "availability": "available, availability, accessible, access, get hold of, readily, easier to get",
    "option": "option, options, choice, choices",
    "short-term": "short term, immediate",
    "stopping": (
        "stop, stopping, stopped, discontinue, discontinued, discontinuation, quit, come off, taper, tapered, "
        "tapering, cut back, cut down, wean"
    ),
    "unknown": (
        "understood, unknown, mystery, mysterious, unclear, not known, nobody knows, no one knows, not sure "
        "how, complicated"
    ),
    "oral": "oral, orally, by mouth, pill, pills, tablet, tablets, swallow, capsule, lozenge",
    "alternative": "alternative, alternatives, other options, instead, other treatments, besides, what else",
    "prevalence": (
        "statistics, stats, how common, prevalence, rates, diagnoses, diagnosed, epidemic, rising, on the rise"
    ),
}
SYNONYMS: dict[str, list[str]] = {
    concept: [name.strip() for name in names.split(",")] for concept, names in _GROUPS.items()
}
