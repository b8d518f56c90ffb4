"""Reading a question: which aspects it asks about (aspects.py's vocabulary), and of what.

Cues are general English, written from how people ask ("how much does it cost", "fast
before", "with my SSRI"), never from a labelled set. A rule is a line of alternatives
separated by "|"; "+" joins groups that must all be present, each within a few words of
the first ("with my | while on + ssri | medication"). Each alternative is a phrase of
whole words, matched on the question's words (lower case, no accents or apostrophes:
"what's" reads "whats").
"""

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ketacli.text import question_words

# The medicines and substances a question may ask to combine with ketamine.
_MEDICINES = (
    "ssri | ssris | snri | snris | maoi | maois | antidepressant | antidepressants | anti depressant | anti "
    "depressants | medication | medications | medicine | medicines | meds | pills | prescription | prescriptions | "
    "lithium | lamotrigine | lamictal | benzo | benzos | benzodiazepine | benzodiazepines | xanax | klonopin | "
    "ativan | valium | adderall | stimulants | antipsychotic | antipsychotics | opioids | suboxone | methadone | "
    "naltrexone | alcohol | drink | drinking | weed | cannabis | marijuana | prozac | zoloft | lexapro | wellbutrin "
    "| bupropion | sertraline | fluoxetine | escitalopram | venlafaxine | effexor | cymbalta | duloxetine | "
    "trazodone | gabapentin | birth control | supplements"
)

CUES: dict[str, tuple[str, ...]] = {
    "cost": (
        "package | packages | set me back | set you back | run me | what does it run",
        "cost | costs | price | prices | generic | generics | pricing | expensive | cheap | cheaper | afford | "
        "affordable | insurance | insurer | insured | medicare | medicaid | copay | co pay | out of pocket | fsa | hsa "
        "| reimburse | reimbursed | reimbursement | financing | payment | payments | pay for | dollars | fee | fees",
    ),
    "access": (
        "where can + ~ get | find | go | buy | try | access",
        "referral | refer me | referred | get access | access to | where do i get | how do i get | "
        "how can i get | how to get | find a clinic | find a provider | find a doctor | near me | available on | "
        "available in | available near | at home | home use | telehealth | prescribed online | online prescription | "
        "online clinic | online clinics | buy | nhs | sign up | waiting list | wait list | get started | "
        "qualifications | qualified to | credentials | what kind of doctor | which doctor | who can prescribe | who "
        "prescribes | who can give | who administers | family doctor prescribe | doctor prescribe | gp prescribe | "
        "need to see a psychiatrist | need a psychiatrist | prescribe it to me | get a prescription",
    ),
    "dose": (
        "mg | milligram | milligrams | ml | mg kg | per kg | how much ketamine | how much esketamine | how much "
        "spravato | what dose | which dose | dosage | dosages | dosing for | dosing of | dose is | doses are | right "
        "dose | recommended dose | usual dose | starting dose | typical dose | standard dose | maximum dose | max dose "
        "| how many mg | missed dose | miss a dose | forget a dose | forgot a dose | forgot my dose | skip a dose | "
        "skipped a dose | misses a dose | double dose | waste the dose | wasted the dose | lost the dose | repeat the "
        "dose | extra dose | spravato dose | esketamine dose | dose of spravato | dose of esketamine | take too much | "
        "took too much | taking too much | given too much | too much ketamine | too much esketamine | too much "
        "spravato | how many sprays | how many devices | how many puffs | spravato dosing | esketamine dosing | the "
        "dosing | overdose | overdosing | overdosed | microdose | microdosing | microdoses",
    ),
    "schedule": (
        "how often | how frequently | schedule | booster | boosters | per week | times a week | every week | once a "
        "week | twice a week | once weekly | twice weekly | every other week | every two weeks | every other day "
        "| course of | a course | normal course | typical course | full course | how long is a course | how long "
        "does a course | maintenance",
        "how many + infusions | sessions | treatments | doses | times | infusion | session | treatment | rounds | "
        "appointments | visits",
    ),
    "onset": (
        "take a long time | takes a long time | long time to work | take long to work | takes long to work",
        "how fast | how quickly | how soon | how long does it take | how long does ketamine take | how long does "
        "esketamine take | how long does spravato take | how long until | how long before it | take to work | takes to "
        "work | kick in | kicks in | start working | starts working | start to work | starts to work | take weeks | "
        "takes weeks | weeks before | notice anything | notice a difference | start feeling | start to feel | begin to "
        "feel | feel better | feel the effects | work fast | works fast | act fast | acts fast | fast acting | rapid "
        "acting | works faster | work faster | works quickly | work quickly | within hours | within a day | within "
        "days | overnight | by the next day | any quicker | any faster | much quicker | much faster | onset | right "
        "away | immediately | rapid relief | fast relief | quick relief",
    ),
    "duration": (
        "fade | fades | fading | after a while | wear off after | stick around | sticks around | hang around | keep "
        "working | keeps working | last long",
        "how long does it last | how long do the effects last | how long does the effect last | how long will it "
        "last | how long does ketamine last | how long does relief last | wear off | wears off | lasts | lasting | "
        "stop working | stops working | stopped working | does it last | will it last | effects last | effect "
        "last | relief last | benefits last | it last | infusion last | infusions last | drip last",
        "how long + ~ last",
        "how long + ~ feel better | feel good | feeling better | relief | benefit | benefits",
    ),
    "experience": (
        "it feel like | it feels like | ketamine feel like | ketamine feels like | infusion feel like | infusion feels "
        "like | infusions feel like | spray feel like | spray feels like | session feel like | session feels like | "
        "feel like during | feels like during | what is it like | whats it like | what its like | what was it like | "
        "like to take | like to have | like to get | like to receive | during the session | during a session | during "
        "an infusion | during the infusion | during treatment | k hole | khole | get high | getting high | get you "
        "high | get me high | make you high | make me high | euphoria | euphoric | dissociation | dissociative | "
        "dissociate | out of body | trip | tripping | experience like | what happens during | what will i feel | will "
        "i be awake | conscious during | how long is a session | how long is an infusion | how long does a session | "
        "how long does an infusion take | how long does the infusion take | how many minutes | how many hours does | "
        "appointment take | session take | session last | appointment last | session length | length of a session | "
        "length of an infusion | how long is each | painful | hurt | hurts | sting | stings | uncomfortable | taste | "
        "tastes",
        "how does | how do | how will | how did | what does | what did + feel | feels",
        "how long + ~ appointment | appointments | session | sessions | visit | visits",
        "how long is the infusion | how long is an infusion | how long is a ketamine infusion | how long is the "
        "ketamine infusion | how long are the infusions | how long are infusions | how long is the treatment | how "
        "long is a treatment | how long is the procedure",
        "treatment look like | session look like | sessions look like | infusion look like | appointment look like | "
        "what happens at",
    ),
    "preparation": (
        "night before | day before | morning of | any advice | any tips | tips for | advice for | what should i know | "
        "what do i need to know | how do i prepare | how should i prepare | need to fast | have to fast | should i "
        "fast | must i fast | do i fast | to fast | not eat | stop eating | empty stomach",
        "fast before | fasting | before my | before the infusion | before an infusion | before a session | before "
        "the session | before treatment | before my first | prepare | preparing | preparation | eat before | drink "
        "before | on the day of | day of my | what to bring | what should i bring | what to wear",
    ),
    "aftercare": (
        "post infusion | post treatment | post session | afterward | afterwards | recovery time | drive home | drive "
        "after | driving after | drive myself | can i drive | go back to work | back to work after | after my "
        "session | after my infusion | after the infusion | after a session | after an infusion + eat | drink | "
        "drive | driving | rest | sleep | work | recover",
        "after treatment + eat | drink | drive | driving | rest | sleep | work | recover",
        "after + ~ treatment | infusion | infusions | session | sessions | dose | spray | spravato | esketamine + "
        "drink | drinks | drinking | "
        "alcohol | drive | driving",
        "the day after | rest of the day | can you work | can i work | able to work | go to work | return to work | "
        "work the next day | work the same day | what to do after | what should i do after | what do i do after | "
        "what not to do after | what to avoid after",
    ),
    "interactions": (
        "interact | interacts | interaction | interactions | contraindicated with",
        "with my | while on | take with | taking with | take it with | taking it with | safe with | safe to combine | "
        "safe to mix | taken together | take together | used together | use together | while taking | while im on | "
        "while i am on | together with | at the same time as | alongside | mix | mixing | combine | combined | "
        "combining | on top of | currently taking | still take | still taking | keep taking | if im on | if i am on | "
        "im on | i am on + ~ " + _MEDICINES,
        "take ketamine on | taking ketamine on | do ketamine on | have ketamine on | get ketamine on | use ketamine on "
        "| ketamine while on | ketamine therapy while on | ketamine if im on | ketamine if i am on + ~ " + _MEDICINES,
        "stop taking | stop my | stop any | discontinue | discontinuing | come off | coming off | go off | get off | "
        "taper off | tapering off | wean off | go back on | switch from | replace my | instead of my + ~ "
        + _MEDICINES
        + " | current treatments | current treatment | other treatments i",
    ),
    "eligibility": (
        "tried before | used before | given before | tried first | before trying | before using | prescribed before + "
        "~ ssris | ssri | antidepressants | antidepressant | other treatments | other medications | medication | pills "
        "| tablets | therapy",
        "someone with | people with | a person with | past addiction | recovering | in recovery | sober",
        "an option | a good option | option for | worth trying | worth a try",
        "good fit | right fit | fit for | a fit for | good match for",
        "candidate | candidates | not a good candidate | not good candidates | not suitable | should avoid | should "
        "not get | cannot take | cant take | appropriate for | which patients | what patients | eligible | eligibility "
        "| qualify | qualifies | qualified for | right for me | good for me | suitable | suited | first line | first "
        "choice | first option | first resort | last resort | straight away | rather than | situations | situation | "
        "when would | when should | when is ketamine used | like me | a history of | my history | history with | bad "
        "idea | good idea | for me | who is it for | who is ketamine for | who is esketamine for | who is spravato for "
        "| who should | who can | who benefits | who may benefit | who would benefit | should not try | should not "
        "take | shouldnt take | contraindication | contraindications | can anyone | can i take | can i try | should i "
        "try | should i take | is it for me",
    ),
    "mechanism": (
        "does ketamine affect | does it affect | how does ketamine affect | how does it affect",
        "the way ketamine works | the way it works | way it works | science behind | the science of",
        "how does ketamine work | how does it work | how does esketamine work | how does spravato work | how does "
        "ketamine therapy work | how does ketamine treatment work | how ketamine works | how it works | mechanism | "
        "mode of action | in the brain | on the brain | the brain | why does it work | why does ketamine work | brain "
        "| what part does | what role | the role of | role in | does ketamine change | does it change | change how | "
        "changes how | impact | impacts | affect the brain | affects the brain | effect on the brain | do to the brain "
        "| do to your brain | doing to | doing in | what does ketamine do | what does it do | why ketamine | cause of "
        "depression | causes depression | causes of depression | what causes | how does ketamine help | how does it "
        "help | to do with",
        "how does | how do | how can | how might + work | works",
    ),
    "effectiveness": (
        "effective | effectiveness | efficacy | good treatment | effective treatment | does it work | does ketamine "
        "work | does it help | does ketamine help | will it help | will ketamine help | can ketamine help | can it "
        "help | could ketamine help | could it help | might ketamine help | would ketamine help | would it help | how "
        "well | success rate | response rate | worth it | benefit | benefits | cure | cures | curing | cured | miracle "
        "| hype | hyped | overhyped | overblown | overrated | worth the hype | hyped up | too good to be true | "
        "breakthrough | game changer | viable | works for | work for | helps with | help with | remission | respond | "
        "responds | percentage | percent | odds | chance | results | not work | doesnt work | didnt work | wont work | "
        "not working | stopped working | work on everyone | work for everyone | non responder | nonresponder",
        "pairing | paired with | combined with | combining | combine | together with | along with | alongside | at the "
        "same time | in addition to | also do | also doing | ketamine with | esketamine with | spravato with | it with "
        "+ ~ therapy | psychotherapy | cbt | talk therapy | counselling | counseling | therapist",
    ),
    "evidence": (
        "research | studies | study | studied | evidence | trial | trials | placebo | scientists | science | "
        "scientific | nobody knows | no one knows | knows how | established | proof | proven | understood | understand "
        "| theory | theories | unknown | not known | is it known | know how | do we know | mystery | tested | review",
    ),
    "risks": (
        "side effect | side effects | side affect | side affects | safe | safety | risk | risks | risky | dangerous | "
        "not a good candidate | not good candidates | not suitable | should avoid | should not take | shouldnt take | "
        "should not try | should not get | cannot take | cant take | contraindication | contraindications | "
        "danger | harmful | adverse | damage | toxic | bad for you | bad for | affect my | affects my | affect your | "
        "affects your | go wrong | goes wrong | complications | sleepy | drowsy | drowsiness | dizzy | dizziness | "
        "nausea | nauseous | vomit | vomiting | throw up | hallucinate | hallucinations | blood pressure | heart rate "
        "| memory loss | memory problems",
    ),
    "addiction": (
        "rave | raves | clubbing | festival | festivals | partying | nightclub | nightclubs",
        "addictive | addiction | addicted | addict | hooked | habit forming | dependence | dependent | withdrawal | "
        "withdrawals | abuse | "
        "abused | misuse | recreational | recreationally | party drug | club drug | street drug | special k | crave "
        "| craving",
    ),
    "long-term": (
        "long term | longterm | for a long time | forever | indefinitely | for years | permanently | stay on | how "
        "long can you stay | how long can i stay | how long can you take | how long can i take | how long can you "
        "keep | for months | months | long run | years from now | over the years",
        "stop taking | stop using | stopping | i stop | you stop | to stop | stop ketamine | stop spravato | stop "
        "esketamine | quit | quitting | come off | coming off | go off | discontinue | "
        "discontinuing | end my | ending my | wean off | weaning off | taper off | tapering off + ~ ketamine | "
        "esketamine | spravato | infusions | the infusions | the spray | my treatment | the treatment",
    ),
    "regulation": (
        "fda | approved | approval | legal | illegal | legally | law | laws | off label | regulated | licensed",
    ),
    "controls": (
        "schedule iii | schedule 3 | schedule three | controlled substance | controlled substances | controlled drug | "
        "controlled drugs | dea | rems | risk evaluation | class a | class b | class c | scheduled drug",
    ),
    "elsewhere": (
        "in the uk | in britain | in england | in scotland | in wales | in ireland | in canada | in australia | in new "
        "zealand | in europe | in the eu | in india | in germany | in france | in mexico | outside the us | outside "
        "the united states | outside america | other countries | mhra | health canada | tga",
    ),
    "history": (
        "becoming more common | more common now | popping up | more popular | catching on | new treatment | newest | "
        "how new",
        "the history | its history | history of ketamine | ketamines history | history behind | invented | "
        "discovered | first used | originally | origin | origins | how long has | since when | used to be | came "
        "from | where did",
    ),
    "comparison": (
        "difference | differences | differ | different from | different than | different to | compare | compared | "
        "comparing | comparison | versus | vs | better than | the better option | a better option | the best option | "
        "the better choice | a better choice | the best choice | stronger than | worse than | or ketamine | or "
        "esketamine | or spravato | or an infusion | or infusion | or iv | or the nasal spray | or ect | or tms | or "
        "ssris | or an ssri | or antidepressants | which is better | which works better | which one works better | "
        "which one is better | which is more effective | which works best | which type | which form | as effective as "
        "| as good as | works as well as | work as well as | just as well as | as fast as | as safe as | same as | "
        "more effective than | less effective than | more effective | safer than",
    ),
    "alternatives": (
        "other treatments | other treatment | other options | other option | alternatives | alternative | besides "
        "ketamine | instead of ketamine | what else can i | what else could i | what else is there | what else is out "
        "there | what else is available | what else helps | what else works | other therapies",
    ),
    "uses": (
        "used by | used in | given to",
        "used for | use for | uses | what conditions | which conditions | what can ketamine treat | what does "
        "ketamine treat | treat what | conditions | used to treat | use it for | besides depression | other than "
        "depression | good for",
    ),
    "definition": (
        "what is | whats | what are | what does it mean | meaning of | stand for | stands for | called | name of",
        "is ketamine a | is ketamine an | is esketamine a | is esketamine an | is spravato a | is spravato an | is it "
        "a | is it an + ~ opioid | opioids | narcotic | narcotics | psychedelic | hallucinogen | hallucinogenic | "
        "stimulant | sedative | tranquilizer | anesthetic | painkiller | analgesic | antidepressant | ssri | "
        "benzodiazepine | controlled substance | club drug | party drug | street drug | steroid",
    ),
    "pregnancy": (
        "pregnant | pregnancy | postpartum | post partum | postnatal | perinatal | prenatal | breastfeeding | "
        "breastfeed | breast feeding | nursing mother | trying to conceive | fertility",
    ),
    "age": (
        "my child | my kid | my teen | my teenager | children | child | kids | teen | teens | teenager | teenagers | "
        "teenage | years old | year old | year olds | adolescent | adolescents | minor | minors | under 18 | elderly | "
        "older adults | older people | seniors | old age | age limit | too old | too young | does age matter",
    ),
    "drug-tests": (
        "drug test | drug tests | drug screen | drug screening | urine test | show up on | test positive | half life "
        "| stay in your system | stays in your system | stay in my system | in your system | in my system | out of "
        "your system | stay in the body | stays in the body | stay in your body | stays in your body | in your body "
        "| in my body",
    ),
    "monitoring": (
        "monitor | monitors | monitoring | monitored | observation | observed | observe | supervision | stay at the "
        "clinic | wait at the clinic | have to wait | pick me up | stay with me | stay with you | keep an eye | after "
        "each dose",
    ),
    "administration": (
        "how is it given | how is ketamine given | how is ketamine administered | administered | administration | "
        "route | routes | be given | other ways | ways can | ways to take | ways of taking | by mouth | orally | oral "
        "ketamine | oral form | oral version | oral route | lozenge | lozenges | troche | troches | injection | "
        "injections | intramuscular | in the muscle | iv or | nasal spray or | through the vein | into a vein",
    ),
    "prevalence": (
        "how common | prevalence | statistics | rates of depression | depression rates | diagnoses | on the rise | "
        "rising | increase in depression",
        "how many people | how many americans | how many adults + depression | depressed",
        "becoming more common | more common | getting more common | going up | increasing + ~ depression | depressed",
    ),
}

SUBJECT_CUES: dict[str, str] = {
    "esketamine": ("esketamine | spravato | s ketamine | spray | nasal spray | nose spray | intranasal"),
    "iv-ketamine": (
        "iv | intravenous | intravenously | infusion | infusions | drip | racemic | through the vein | into a vein"
    ),
    "oral-ketamine": (
        "oral ketamine | ketamine lozenge | ketamine lozenges | ketamine troches | ketamine tablets | lozenge | "
        "lozenges | troche | troches | sublingual | rdt | rdts | orally | by mouth | ketamine pills | at home ketamine"
    ),
    "ketamine": ("ketamine | ket | kap | kat"),
    "depression": ("depression | depressed | depressive | mdd | trd"),
    "other-conditions": (
        "pain | chronic pain | ptsd | post traumatic | anxiety | ocd | obsessive compulsive | eating disorder | eating "
        "disorders | anorexia | bulimia | migraine | migraines | headache | headaches | fibromyalgia | crps | "
        "schizophrenia | adhd | autism | insomnia | tinnitus | seizures | epilepsy | burns | dementia | alzheimers | "
        "parkinsons | bipolar disorder | arthritis | neuropathy | neuropathic | cancer | asthma | glaucoma | diabetes "
        "| obesity | alcoholism | alcohol use disorder | substance use disorder | opioid use disorder | smoking | "
        "quitting | stroke | concussion | tbi | brain injury | multiple sclerosis | lupus | lyme | covid | long covid "
        "| ibs | acne | baldness | hair loss | tourettes | stuttering | phobia | phobias | social anxiety | grief | "
        "burnout | chronic fatigue | sleep apnea | restless legs | back pain | cluster headaches | nerve pain | "
        "arthritic"
    ),
    "other-treatments": (
        "antidepressant | antidepressants | anti depressant | anti depressants | ssri | ssris | snri | snris | maoi "
        "| maois | ect | electroconvulsive | tms | transcranial | psychotherapy | talk therapy | cbt | lithium | "
        "prozac | fluoxetine | zoloft | sertraline | lexapro | escitalopram | celexa | citalopram | paxil | "
        "paroxetine | effexor | venlafaxine | cymbalta | duloxetine | wellbutrin | bupropion | remeron | "
        "mirtazapine | trazodone | amitriptyline | nortriptyline | therapist | therapists | psychotherapist | "
        "counselling | counseling | counsellor | counselor | with therapy | and therapy | therapy sessions"
    ),
    "other-substances": (
        "alcohol | beer | wine | liquor | weed | cannabis | marijuana | thc | cbd | xanax | alprazolam | valium | "
        "diazepam | klonopin | clonazepam | ativan | lorazepam | benzo | benzos | benzodiazepine | benzodiazepines | "
        "opioid | opioids | opiate | opiates | oxycodone | heroin | fentanyl | morphine | cocaine | meth | "
        "methamphetamine | mdma | ecstasy | molly | psilocybin | mushrooms | shrooms | magic mushrooms | lsd | dmt | "
        "ayahuasca | ibogaine | coffee | caffeine | nicotine | cigarettes | vaping | adderall | ritalin | kratom | "
        "tramadol | ambien | zolpidem | gabapentin | pregabalin | lyrica | codeine | percocet | vicodin"
    ),
}

# A question that names the spray (or ketamine by mouth) alone, and asks one of these, is
# about that form's own use: text about ketamine in general or IV ketamine does not answer
# it (aspects.OWN_FORMS): how well the spray works is for its own trials to say.
FORM_SPECIFIC = frozenset(
    "onset duration schedule dose risks experience monitoring eligibility long-term effectiveness".split()
)
KETAMINE_FORMS = frozenset({"ketamine", "iv-ketamine", "esketamine", "oral-ketamine"})


class Reading(NamedTuple):
    """What a question asks: aspects in vocabulary order, and the subjects it names."""

    aspects: tuple[str, ...]
    subjects: tuple[str, ...]
    cues: dict[str, frozenset[str]]  # aspect -> the question's words that asked it


_Phrase = tuple[str, ...]


class _Place(NamedTuple):
    """Where a cue phrase stands: which aspect's rule, which group of it."""

    aspect: str
    rule: int
    group: int
    credited: bool  # False for a group written "~ ...": what is asked about, not how it is asked


class _Cues(NamedTuple):
    """The cues, indexed by phrase: a question's words are looked up, not every rule tried."""

    places: dict[_Phrase, list[_Place]]
    groups_in: dict[tuple[str, int], int]  # (aspect, rule) -> how many groups it has
    subject_of: dict[_Phrase, str]
    lengths: dict[str, tuple[int, ...]]  # first word -> the lengths of the phrases it starts


def _phrases(alternatives: str) -> list[_Phrase]:
    return [tuple(phrase.split()) for phrase in alternatives.split("|") if phrase.strip()]


@cache
def _cues() -> _Cues:
    """The cues, parsed and indexed on first use."""
    places: dict[_Phrase, list[_Place]] = {}
    groups_in = {}
    for aspect, written in CUES.items():
        for rule_number, rule in enumerate(written):
            groups = rule.split(" + ")
            groups_in[aspect, rule_number] = len(groups)
            for group_number, group in enumerate(groups):
                credited = not group.strip().startswith("~")
                for phrase in _phrases(group.strip().removeprefix("~")):
                    places.setdefault(phrase, []).append(_Place(aspect, rule_number, group_number, credited))
    subject_of = {phrase: subject for subject, written in SUBJECT_CUES.items() for phrase in _phrases(written)}
    lengths: dict[str, set[int]] = {}
    for phrase in (*places, *subject_of):
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    return _Cues(places, groups_in, subject_of, {first: tuple(found) for first, found in lengths.items()})


# Words that sit inside a cue without changing it: "what even is", "how does it actually work",
# "does it usually work", "how long is the whole infusion".
_FILLER = frozenset(
    "even actually really exactly just basically literally truly genuinely honestly ever usually normally typically "
    "generally whole entire".split()
)


@cache
def cue_words() -> frozenset[str]:
    """Every word the cues use."""
    cues = _cues()
    return frozenset(word for phrase in (*cues.places, *cues.subject_of) for word in phrase)


def _within_longer(span: range, aspect: str, where: dict[str, list[range]]) -> bool:
    """The span shares a word with a longer cue of another aspect (or name of another subject)."""
    return any(
        other != aspect and len(longer) > len(span) and span.start < longer.stop and longer.start < span.stop
        for other, found in where.items()
        for longer in found
    )


# The groups of a rule speak of one thing only when they stand this close (words between
# them): "with my" + "alcohol" asks of drinking in "ok with my alcohol intake?", not in "sober
# from alcohol ... someone with my background".
RULE_WINDOW = 6


def _together(groups: dict[int, list[range]]) -> bool:
    """Every later group of a rule stands within RULE_WINDOW words of its first group."""
    return all(
        any(
            max(first.start, later.start) - min(first.stop, later.stop) <= RULE_WINDOW
            for first in groups[0]
            for later in found
        )
        for group, found in groups.items()
        if group
    )


def read(question: str | Sequence[str]) -> Reading:
    """The aspects and subjects a question cues: its text, or its words as text.py reads them."""
    index = _cues()
    words = [
        word for word in (question_words(question) if isinstance(question, str) else question) if word not in _FILLER
    ]
    found: dict[tuple[str, int], dict[int, set[str]]] = {}  # (aspect, rule) -> group -> credited words
    spans: dict[tuple[str, int], dict[int, list[range]]] = {}  # (aspect, rule) -> group -> where its phrases stand
    named: dict[str, list[range]] = {}  # subject -> where its names stand
    for start, word in enumerate(words):
        for length in index.lengths.get(word, ()):
            if start + length > len(words):
                continue
            phrase = tuple(words[start : start + length])
            for place in index.places.get(phrase, ()):
                credited = found.setdefault((place.aspect, place.rule), {}).setdefault(place.group, set())
                if place.credited:
                    credited.update(phrase)
                spans.setdefault((place.aspect, place.rule), {}).setdefault(place.group, []).append(
                    range(start, start + length)
                )
            if phrase in index.subject_of:
                named.setdefault(index.subject_of[phrase], []).append(range(start, start + length))
    complete: dict[str, frozenset[str]] = {}
    where: dict[str, list[range]] = {}
    for (aspect, rule), groups in found.items():
        if len(groups) == index.groups_in[aspect, rule] and _together(spans[aspect, rule]):
            complete[aspect] = complete.get(aspect, frozenset()).union(*groups.values())
            where.setdefault(aspect, []).extend(span for found_at in spans[aspect, rule].values() for span in found_at)
    # A cue that stands inside, or across, a longer cue of another aspect is part of that one:
    # "how does ketamine (actually) work for depression" asks how it works, not whether
    # "ketamine work[s]" or what it "work[s] for".
    cues = {
        aspect: complete[aspect]
        for aspect in CUES
        if aspect in complete and not all(_within_longer(span, aspect, where) for span in where[aspect])
    }
    # So is a name inside a longer name of another subject: "ketamine lozenges" names the lozenges.
    subjects = tuple(
        subject
        for subject in SUBJECT_CUES
        if subject in named and not all(_within_longer(span, subject, named) for span in named[subject])
    )
    return Reading(tuple(cues), subjects, cues)


# A comparison asked in these words asks how two things differ, not which is better.
_HOW_THEY_DIFFER = frozenset({"difference", "differences", "differ", "different"})


def asks_which_is_better(reading: Reading) -> bool:
    """The question compares, asking which is better ("ketamine or ECT?"), not how they differ."""
    return _HOW_THEY_DIFFER.isdisjoint(reading.cues.get("comparison", _HOW_THEY_DIFFER))
