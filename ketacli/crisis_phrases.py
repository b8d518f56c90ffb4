"""What a person at risk may write: crisis phrases as data, grouped by warning sign.

Each kind names the published warning-sign lists it comes from. A phrase is one line,
matched against the message after normalising (lower case, no accents, no apostrophes:
"I'm" is "im", "don't" is "dont"; hyphens are spaces; a letter written three or more
times in a row counts once, "dieee" is "die"). In a phrase:

    word        that word, whole             (a|b c)   one of the alternatives
    word*       a word that starts so        (a|b)?    the alternatives, or nothing
    {slot}      one of SLOTS' alternatives   ...       up to six words in between
    _           any one word                 <n>       a number ("3", "3rd")
    <many>      a number of 10 or more       # ...     a comment line
    $           the end of a sentence (last in the phrase, outside any group)

Adding a phrase is adding a line; tests/test_safety.py checks that every line parses
and that every kind still catches its labelled messages (tests/data/crisis-kinds.jsonl)
without alarming on the hard negatives there. Whether the message is about the writer
or about someone else is read from the words around each match (SELF_WORDS,
OTHER_WORDS), so most phrases are written once for both: {self} is "myself" as well as
"himself", {my} is "my" as well as "his".

Sources (read for the kinds, none copied):
- 988 Suicide & Crisis Lifeline, "Know the warning signs".
- AFSP (American Foundation for Suicide Prevention), warning signs: talk, behaviour, mood.
- NIMH (National Institute of Mental Health), "Warning signs of suicide".
- Columbia Suicide Severity Rating Scale (C-SSRS) screener: wish to be dead, suicidal
  thoughts, method, intent, plan, preparatory and past behaviour.
- IS PATH WARM (American Association of Suicidology): ideation, substance use,
  purposelessness, anxiety, trapped, hopelessness, withdrawal, anger, recklessness, mood.
- National warning-sign pages in Spanish, French and Portuguese (the same signs).
"""

from typing import NamedTuple


class Kind(NamedTuple):
    name: str
    sources: str  # the published lists this kind of warning sign comes from
    phrases: str  # one phrase a line
    # Whose risk its phrases speak of whatever the words around them: "other" (someone
    # else at risk) or "self" (being a burden is the writer's own feeling); None: the words say.
    about: str | None = None


# Shared alternatives, used as {name}. An alternative may itself use a slot.
SLOTS = {
    "myself": "myself|my self|meself|myslef|mysefl|myelf|mysel|myseld|mysef|mself|myselfe|my own self|mysself",
    "themselves": "himself|herself|themselves|themself|themselfs|theirself|theirselves|hisself|him self|her self",
    "self": "{myself}|{themselves}",
    "my": "my|my own|his|her|their|his own|her own|their own|me own",
    "life": "life|lyfe|lfe|live|lives",
    # Ways of killing oneself that are never said of an accident (see NOT_CRISIS for idioms).
    "kill": (
        "kill|kil|kll|kiil|killing|kiling|kilin|killin|killed|kills|off|offing|offed|end|ending|ended|"
        "harm|harming|shoot|shooting|hang|hanging|hanged|drown|drowning|poison|poisoning|suffocate|"
        "suffocating|smother|stab|stabbing|unalive|unaliving|delete|deleting|erase|erasing|yeet|yeeting"
    ),
    # "want to die"; going/gonna/about to die are left out: mostly fear or hyperbole.
    "want": (
        "want|wants|wanted|wanting|wanna|wana|wnat|wamt|whant|need|needs|wish|wished|wishing|"
        "would like|d like|would love|d love|long|longing|ready|deserve|deserves|plan|plans|planning|"
        "planned|intend|intends|intending|decided|have decided|tempted|trying|tried|try|gonna try|urge|"
        "urges|desire|prefer|pray|praying|hope|hoping"
    ),
    "die": (
        "die|be dead|dead|death|not be alive|not be here|not be here anymore|not exist|"
        "stop existing|cease to exist|not wake up|never wake up|be gone|go to sleep forever|sleep forever"
    ),
    "time": (
        "tonight|tonite|tn|2nite|today|2day|tomorrow|tmrw|2morrow|this weekend|this week|soon|now|right now|"
        "rn|this evening|this afternoon|in the morning|after work|after school|on friday|on saturday|"
        "on sunday|on monday|on my birthday|next week|before (the|my) (infusion|appointment|session)"
    ),
    "pills": (
        "pills|pill|tablets|tablet|meds|med|medication|medications|medicine|capsules|sleeping pills|sleeping tablets|sleep meds|"
        "painkillers|pain killers|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|advil|benzos|xanax|"
        "lorazepam|ativan|diazepam|clonazepam|zolpidem|ambien|sertraline|zoloft|prozac|fluoxetine|citalopram|"
        "escitalopram|lexapro|venlafaxine|effexor|bupropion|wellbutrin|quetiapine|seroquel|trazodone|"
        "amitriptyline|mirtazapine|gabapentin|pregabalin|tramadol|codeine|oxycodone|morphine|methadone|"
        "percocet|vicodin|adderall|benadryl|nyquil|"
        "valium|klonopin|insulin|antidepressants|ssris|ketamine|spravato|esketamine|oxy|oxys|opioids|"
        "fentanyl|heroin|lithium|prescription|script|stash|supply|bottle|bottles|pack|packs|blister packs"
    ),
    "overdose": "overdose|overdosing|overdosed|od|oding|o d",
    "rels": (
        "sons|daughters|kids|childs|wifes|husbands|partners|boyfriends|girlfriends|moms|mums|mothers|dads|"
        "fathers|brothers|sisters|friends|roommates|patients|clients|students|teens|teenagers|parents"
    ),
    "rel": (
        "son|daughter|kid|kids|child|teen|teenager|boy|girl|wife|husband|partner|spouse|boyfriend|"
        "girlfriend|bf|gf|fiance|fiancee|mom|mum|mother|dad|father|parent|brother|sister|sibling|"
        "friend|best friend|bestie|bff|roommate|flatmate|housemate|coworker|colleague|classmate|"
        "student|patient|client|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|niece|"
        "nephew|stepson|stepdaughter|stepmom|stepdad|sis|bro|loved one|twin"
    ),
    "someone": (
        "he|she|they|hes|shes|theyre|he is|she is|they are|my {rel}|our {rel}|{rel}|someone|somebody|"
        "someone i love|someone i know|a friend|my friends|my {rel} and"
    ),
    "everyone": (
        "everyone|everybody|every one|my family|family|my kids|my children|my wife|my husband|my partner|"
        "my parents|people|they|the world|my friends|my mom|my mum|my dad|them|all of them|the people i love|"
        "those around me|my loved ones|the kids|my boyfriend|my girlfriend|everyone around me|everyone else"
    ),
    "gone": (
        "gone|dead|not here|not around|not alive|no longer here|no longer around|wasnt here|wasnt around|"
        "wasnt alive|werent here|werent around|was not here|was not around|were not around|were not here|"
        "wasnt in the picture|out of the picture|gone for good|six feet under|dead and gone|didnt exist|did not exist|never existed|never been born|died|disappeared|"
        "vanished|stopped existing"
    ),
}

KINDS = (
    Kind(
        "active ideation",
        "C-SSRS screener question 2 (thoughts of killing oneself); 988 Lifeline, AFSP and NIMH: talking "
        "about wanting to die or to kill oneself; IS PATH WARM: ideation",
        """
        {kill} {self}
        {kill} (my|me) (self|slef|sefl)
        {kill} {my} (own)? {life}
        (take|taking|took|takin) {my} own {life}
        (take|taking|took) {my} {life} (away)?$
        (end|ending|finish|finishing|stop|stopping) {my} (own)? {life}
        {want} to (end|finish) (it|it all|everything|things|my days)
        (end|ending) (it|it all|things|everything) (for good|forever|once and for all|permanently|{time})
        (end|ending) (it|it all) $
        (end|ending|finish|finishing) (it all|everything)
        (gonna|going to|will|ill|im going to|im gonna|about to|ready to) (end|finish) (it|it all|things|everything)
        (i|id|i would|i just|i really|i honestly|i kinda|i kind of|i still|i sometimes|and i|so i) {want} (to)? die
        {want} to (die|be dead|not be alive|not exist|stop existing)
        (wanna|wana|want) die
        (thinking|think|thought|thoughts|fantasise|fantasize|fantasising|fantasizing|dreaming|dream) (a lot|so much|constantly|all the time|often|lately|more and more|more)? (about|of) (dying|death|killing {self}|ending (it|it all|things|{my} {life})|taking {my} (own)? {life}|not being alive)
        (dont|do not|doesnt|does not|no longer|not|dont really|dont even|didnt|did not) (want|wanna|wish) (to)? (live|be alive|be here|exist|go on|wake up|keep living|keep going|carry on|stay alive|survive) (anymore|any more|any longer|another day|tomorrow)?
        (not|no longer) wanting to (live|be alive|be here|exist|wake up|go on|keep living)
        (dont|do not|no longer|not) (want|wanna) (life|living)
        (dont|do not|cant|cannot) (want to)? (keep|go on|carry on|continue) (living|like this|this way|going like this)
        (cant|cannot|can not|unable to) (go on|keep going|do this (anymore|any more)|take (it|this) (anymore|any more)|live like this|live this way|keep living)
        (cant|cannot|can not) (do|take|handle|bear|stand) (this|it|life|living) (anymore|any more|any longer)
        (dont|do not) (think|know if|know how|see how) (i can|i could|ill be able to|i will be able to|i can still) (keep going|go on|carry on|keep living|hold on|last|survive|make it|keep fighting) (much longer|any longer|anymore|any more|like this|another)
        (cant|cannot|can not) (keep going|go on|hold on|last|keep fighting|keep living) (much longer|any longer)
        (let go|give up|stop fighting|rest) (for good|forever|permanently)
        (give|giving|gave|given) up on (life|living|being alive|staying alive)
        (done|finished|through) with (life|living|it all|everything|being alive|this world|existing)
        (done|finished) living
        (imagining|imagine|picturing|picture|planning|plan) my (own)? (funeral|death|grave|obituary)
        (thought|thinking|think|figured|figuring|worked|working|know) (about|out)? how (i|id|i would|i will|i could|ill|to|im|i am) (going to|gonna)? (end it|kill|die|go through with it|end my life)
        (thought|thinking|think|figured|figuring|worked|working|know) (about|out)? how (i|id|i would|i will|i could|ill|to|im|i am) (going to|gonna)? do it $
        (dont|do not|doesnt|does not|didnt|did not) deserve to (live|be alive|be here|exist|keep living)
        (dying|death|being dead) (seems|feels|would be|is|sounds|looks) (easier|better|preferable|more appealing|like a relief|kinder) (than|to) (living|life|being alive|this|going on)
        (dont|do not|doesnt|does not) want to (try|fight|keep trying|keep fighting) (anymore|any more|any longer)
        (i|im|ive|i have|i get|i keep|having|been having|have had|had|keep having|getting|get) (some|these|bad|constant|strong|dark|the)? (suicidal|suicide) (thoughts|ideation|urges|feelings|plans)
        (feel|feeling|felt|been|am|im|getting|get|having|have|had|so|very|really|quite|pretty|kinda|extremely) suicidal
        (dont|do not|doesnt|does not) want to be (alive|here|on this earth|in this world) (anymore|any more|any longer)
        (want|wanna|need) out of (life|this life|existence|this world|living)
        (i|i just|just|i really|i only|honestly i|and i) (want|wanna) out $
        (so|just|really)? (tired|sick|exhausted|fed up) of (fighting|being alive|existing) $
        (planning|plan|planned|planing|preparing|prepare) (my|an|his|her|their) (exit|departure|own death|death|final exit)
        """,
    ),
    Kind(
        "passive ideation",
        "C-SSRS screener question 1 (wish to be dead, or to fall asleep and not wake up); 988 Lifeline and "
        "NIMH: talking about wanting to die",
        """
        (wish|wishes|wishing|wished|hope|hopes|hoping|want|wanted|rather|prefer|pray|praying) (that)? (i|id|i would|i could|to|he|she|they|hed|shed|theyd|he could|she could) (was|were|be|just be|could be|had been)? (dead|gone|not here|not alive|never born|no more)
        (wish|wishing|wished) (i|id) (had)? never (been born|existed|woken up|woke up)
        (wish|wishes|wishing|wished) (i|he|she|they) (wasnt|was not|werent|were not) (born|alive|here|around)
        (wish|wishes|wishing|wished) (i|id|he|she|they) (didnt|did not|never|couldnt|could not) (exist|existed)
        (rather|prefer to|prefer) (be dead|die|not be here|not exist|not be alive|not wake up)
        (i|id) (hope|pray|wish) (i|to) (dont|do not|wont|will not|never|not) wake up
        (hope|hoping|hopes|pray|praying|wish|wishing) (that)? (i|to) (dont|do not|wont|will not|never|wouldnt|would not|not) wake up
        (go|going|fall|falling) to sleep and (never|not|dont|wont) wake (up)?
        (sleep|asleep) and (never|not|dont|wont) wake (up)?
        (i|id|i just|just) (want|wanna|wish i could) (to)? (go to)? sleep (forever|for ever|and never wake up|and not wake up)
        (never|not) (to)? wake up again
        (be|id be|would be) (fine|ok|okay|happy|glad|content|at peace) (with)? ... (never|not) (waking|wake) up
        (i|id|i just|just|i really) (want|wanna|wish i could|wish to) (to)? (fall asleep|go to sleep|sleep|rest) (forever|for ever|permanently)
        (wish|want|hope|pray|wishing|hoping) (i could|to)? (just)? (stop|quit) waking up
        (wish|wishing|hope|hoping|want) (i|it|to) (could)? (just)? not wake up
        (hope|hoping|wish|pray) (i|that i) (just|would|could|will|would just|might)? (die|dont wake up|dont make it|get hit|never wake up) (in my sleep|tonight|soon)
        (hope|hoping|wish|pray|praying) (i|that i) (die|dont wake up|never wake up|get killed|get run over|get hit by|catch something)
        (wouldnt|would not|wont|will not) mind (dying|if i died|being dead|not waking up|not existing|if i didnt wake up|if i (just)? died)
        (welcome|welcomed) death
        (dont|do not|no longer|stopped|stop|dont even|dont really|cant say i) (care|caring) (if|whether) (i)? (live|die|am alive|live or die)
        death (would|will|could) be (a relief|a mercy|a blessing|a release|welcome|peaceful|easier)
        (dying|being dead) (would|will|could) be (a relief|easier|better|a mercy|peaceful)
        better off dead
        (no|any|what is the|whats the|what the|wats the|zero) (reason|point|use) (to|in|of|for)? (live|living|life|go on|going on|being alive|being here|existing|keep going|keep living|wake up|waking up|carrying on|continuing)
        nothing (left)? to live for
        point (in|of|to) (living|going on|being alive|carrying on|being here|existing|staying alive|waking up|continuing|life anymore|life any more|trying anymore|trying any more|my life)
        (dont|do not|cant|cannot|no longer|never) see (the|a|any) (point|reason|sense) (in|of|to|for) (living|life|going on|being alive|being here|existing|continuing|staying alive|waking up|anything|it all)
        (no|nothing|noone|no one|nobody) (left)? to (live|stay alive|keep going|stay) for
        (life|living|my life) (is|feels|has become|became) (not worth|pointless|meaningless|worthless|not worth living|too hard to (live|continue|go on))
        not worth (living|being alive|it anymore|it any more)$
        (life|it|living|my life) (isnt|is not|aint|is no longer|not|no longer) worth (living|it anymore|it any more|fighting for|continuing|the pain)
        and (just)? (not|never) wake (up)? (again)?$
        and (just)? (not|never) wake up
        (tired|sick|exhausted|fed up) of (living|being alive|life|my life|existing|breathing|waking up|being here|this life)
        (lost|have lost|ive lost) (the|my|all) will to live
        why (am i|am i even|is he|is she|are they) still (here|alive|breathing|around)
        why (should|do) i (keep|even|bother)? (living|go on|stay alive|keep going|bother living|wake up)
        (disappear|vanish|evaporate|fade away) (forever|for good|completely|permanently|from (this world|existence|the earth|everyone))
        (want|wanna|wish|wishing|would like) (i could|to)? (just)? (disappear|vanish|evaporate|fade away) $
        (stop|stopped) existing
        (not|never) (exist|existed|be born)
        (cease|ceased) to (exist|be)
        (hope|hoping) (something|anything) (bad)? happens (to me)?$
        ready to (die|leave this world|leave this life|be with (him|her|them)|go too|go home to (him|her|them))
        (disappointed|upset|gutted|devastated) (that)? i (woke up|am still alive|im still alive|am still here|im still here|survived the night|made it through the night) (again|this morning|today)? $
        (wouldnt|would not|wont|will not|dont|do not) mind if (a|the|some) _ (hit|hits|killed|kills|ran over|runs over) (me|him|her)
        (wish|wishing|hope|hoping|pray|praying) (that)? (i|id) (had|got|get|would get|catch) (cancer|a terminal illness|something terminal|terminal cancer|a fatal illness|something fatal) (so|then)
        (wish|wishing|hope|hoping|pray|praying) (that)? (i|id) (had|got|get|would get|catch) (cancer|a terminal illness|something terminal|terminal cancer|a fatal illness|something fatal) $
        (relieved|a relief|happy|glad) ... (if|to find out|to learn) (i|that i) (had|have|got) (a terminal illness|something terminal|terminal cancer|months to live|weeks to live)
        (im|i am|id be|i would be|i feel|ive become) (ok|okay|fine|at peace|content|happy) (with)? (just)? (being dead|dying|dying soon|not existing|not being here anymore|never waking up)
        (hope|hopes|hoping|pray|prays|praying|wish|wishes) (that)? (god|the lord|jesus|death) (takes|will take|would take|would just take|comes for|calls) (me|her|him|them) (home|soon|now|tonight|in (my|her|his|their) sleep|away|already)
        """,
    ),
    Kind(
        "method and means",
        "C-SSRS screener question 3 (thinking about how); NIMH: looking for a way to kill oneself, such as "
        "searching online for lethal methods; AFSP: looking for a way to end one's life, searching online "
        "for materials or means",
        """
        (lethal|fatal|deadly|killing|overdose) (dose|doses|amount|amounts|quantity|level)
        (lethal|fatal|deadly) (overdose|overdoses)
        (how much|how many|what amount|what dose|which dose|enough) ... (would|will|to|could|does it take to) (kill|end) (me|{self}|it|{my} {life})
        (how much|how many|what amount|what dose|which dose|enough) ... (to|would|will|could) (never|not) wake up
        (how much|how many|what amount|what dose|which dose|enough) ... (make sure|ensure|guarantee) (that)? (i|{self}) (never|dont|do not|wont|will not|would not) wake (up)?
        (how much|how many|what amount|enough) ... (so|so that|and) (i)? (never|dont|do not|wont|will not|would not|wouldnt) wake (up)?
        (enough|plenty) (pills|meds|tablets|ketamine)? to (kill|end|finish) (me|{self}|it|{my} {life})
        (painless|peaceful|quick|quickest|quicker|easy|easiest|fastest|surest|sure|certain|best|reliable|gentle|clean) (way|ways|method|methods|death) (to|of) (die|dying|end it|end (it|things) (all)?|go|kill {self}|end {my} {life}|not wake up|off {self}|commit)
        (ways|methods|how) to (die|kill {self}|end {my} {life}|end it all|off {self}) (quickly|painlessly|peacefully|fast|without pain)
        (searching|searched|search|looking|looked|googling|googled|researching|researched|reading) (up|online|for|about)? (ways|methods|how) to (die|kill {self}|end it|end {my} {life}|off {self}|kill yourself|end your life)
        (googling|googled|searching|searched|looking up|looked up|researching|researched) (how many|how much|what dose|lethal|overdose|overdoses|fatal|ways to die|suicide)
        (searching|searched|looking up|looked up|googling|googled|researching|researched|reading up on|read up on) (how|ways|a way) to (do it|end it) (painlessly|peacefully|so it doesnt hurt)
        (a|any|the|is there a) (way|method) to (die|end it|end it all|leave this world) (painlessly|peacefully|in my sleep)
        (way|ways|how|method|methods) to (kill|end|off) (yourself|oneself|your life|ones life|your own life)
        (swerve|swerving|swerved|crash|crashing|drive|driving|drove|steer|steering) (my car|the car|off the road)? (into|off) (a|the|an)? (tree|wall|bridge|truck|oncoming traffic|traffic|river|cliff|lake|barrier|pole|ditch|embankment)
        (crash|crashing|crashed|wreck|wrecking) (my|the) (car|bike|motorbike) (on purpose|deliberately|intentionally)
        (bought|buy|buying|got|get|getting|ordered|order|have|found|picked|picking|chose|chosen|tied|tie|tying) (a|the|some|my)? (_)? (rope|noose|gun|pistol|handgun|revolver|rifle|shotgun|bullets|ammo|razor blades|razorblades|helium|charcoal|exit bag)
        (found|picked|chose|chosen|scouting|scouted|looked at|checking out|checked out|looking for|looked for) (a|the)? (good|perfect|high|tall|right|quiet)? (bridge|cliff|ledge|rooftop|overpass|train tracks|railway|tracks)
        (found|picked|chose|scouted|scouting|looking for|looked for|checking out|checked out) (a|the)? (tall|high|good|perfect|right|quiet)? (building|bridge|cliff|ledge|rooftop|overpass|parking garage|spot|place) (to jump|high enough|tall enough|with roof access|with a long drop|to do it)
        (look|looking|looked|stare|staring|stared|peer|peering) (down|over the edge) (from|off) (the|a)? (roof|rooftop|bridge|ledge|balcony|cliff|top floor)
        (jump|jumping|jumped|leap|leaping) (off|from|in front of) (a|the|my)? (bridge|building|roof|rooftop|cliff|balcony|ledge|overpass|train|bus|truck|car|tower|parking garage)
        (step|stepping|stepped|walk|walking|walked) (in front of|into) (a|the)? (train|bus|truck|traffic|car|lorry)
        (how|what) (high|tall) ... (to|would|must|do i need) ... (die|kill|survive|be fatal|be lethal)
        (which|what) ({pills}|drugs|medications|medicines|meds|pills) (are|is|would be|could be|can be) (fatal|lethal|deadly)
        (fatal|lethal|deadly) (in|at) (large|high|big|huge) (amounts|doses|quantities|numbers)
        (<many>|twenty|thirty|forty|fifty|a hundred) (of)? (my|the|these|those)? _ (be|is|are) enough
        (think|thinking|thought|thoughts) (about|of) (jumping|stepping|falling|throwing myself|walking|leaping|driving) (off|in front of|onto|into|out of)
        (how long|how fast|how quickly) (does it take|would it take|will it take|until) (to)? (die|bleed out|drown|suffocate|lose consciousness)
        (how|what|which) (to|would|will|could) (kill|end|off) (me|{myself}|{my} {life}) (painlessly|quickly|fast|for sure)?$
        (gun|pistol|rope|noose|razor|blade|knife|pills|bridge) ... to (kill|end|off) (me|{self}|it all|{my} {life})
        (would|will|could|does) ... (kill me|end me) (for sure|painlessly|quickly|fast|if i took|if i take|if i swallowed)
        (take|took|taking|swallow|swallowed) ... (enough|all of it|the whole thing) to (not wake up|never wake up|die|end it)
        how (high|tall) (does|do|would|must|should|has) (a|the) (bridge|building|ledge|roof|balcony|cliff|fall|drop|jump) (need to|have to|got to)? be
        (how much|how many|what amount|enough) ... (would it take|it would take|does it take|it takes|do you need|would you need|would i need|to take) to (die|be fatal|be lethal)
        (how much|how many|what amount|enough) ... (would it take|it would take|does it take|it takes|would i need|to take) to (not|never) wake up (again)? $
        (go to sleep|fall asleep|drift off|sleep) (peacefully|forever|for good) and (thats it|that would be it|thats the end|its over|be done|be gone)
        (go to sleep|fall asleep|drift off) and (never|not) wake (up)? (again)? $
        (overdose|overdosing|lethal|fatal|deadly) ... (if (i|you) wanted to|if (someone|somebody|a person) wanted to (die|make sure)|make sure it works|to make sure i (dont|do not|never|wont) wake up)
        (does|would|will|did) it hurt (to|if (i|you)) (drown|hang|bleed out|jump|suffocate|overdose|die|od)
        (how many|how much) (mg|milligrams|grams|pills|tablets) ... (would|will|to) (stop (my|your) heart|stop (me|my) breathing)
        """,
    ),
    Kind(
        "intent and timing",
        "C-SSRS screener questions 4 and 5 (intention to act; a plan with its details worked out); NIMH: "
        "making a plan; AFSP: talking about killing oneself",
        """
        (have|got|made|make|making|working on|worked out|figured out) (a|the|my) plan (to|for) (die|dying|kill|end|ending|my death|it|how|when|suicide|off)
        (have|got|made) (a|my) plan ... (end|die|kill|suicide|gone|it tonight)
        (plan|planning|planned|going|gonna|decided|deciding|ready|about|intend|intending) to (do it|end it|go through with it) {time}
        (going|gonna|plan|planning|decided|ready) to (end|take|kill) ... {time}
        (going|gonna|plan|planning|planned|ready|about|decided) to (jump|hang {self}|drown {self}|shoot {self}|do it|end it|go through with it|overdose|od) {time}
        (im|i am|ill|i will) (doing|do|going to do|gonna do) it {time}
        (this|tonight|today|tomorrow|this weekend) (is|will be|is going to be|is gonna be|might be|is probably) (my|the) (last|final) (day|night|time|week|weekend|sunset|message|post|goodbye)
        (my|the) (last|final) (day|night|week|message|post|words|goodbye|breath) (alive|on earth|here|on this earth|ever)
        (have|got|made) (a|my|the) plan (now)? (and|but) ... (not telling|wont tell|will not tell|no one knows|nobody knows|not going to tell|dont want to say)
        (know|decided|picked|chosen|chose|worked out|figured out|set) (exactly)? (how|when|where|how and when|when and how|when and where|where and when) (im|i am|ill|i will|i) (going to|gonna|will|am going to)? (do it|end it|go through with it) $
        (im|i am) (not going to|not gonna|never going to) be (here|around|alive) (much longer|for (much)? long|anymore|any more|after (tonight|today))
        (dont think|do not think|doubt|dont expect|do not expect|cant see) (that)? (ill|i will|myself|i) (still)? (be here|be around|be alive) (for|by|until|to|at|past|to see)? (my|the|next|this)? (birthday|christmas|new year|next year|thanksgiving|summer|the summer|next week|next month|another year|much longer|the end of the (week|month|year))
        (checking|check) out (for good|permanently|of (life|this world|here))
        (last|only|final) (hope|chance|resort|option|shot) ... (if|when) (it|this|that|ketamine|spravato|esketamine|treatment|the treatment|the infusion|the infusions) (doesnt|does not|dont|fails|wont|will not|isnt|is not) ... (im done|im out|im gone|ill be gone|end it|ending it|give up on life|dont know what ill do|thats it for me)
        if (it|this|that|ketamine|spravato|esketamine|treatment|the treatment|the infusion|the infusions|the spray) (doesnt|does not|fails|wont|will not) (work|help)? ... (end it|ending it|im gone|ill be gone|kill {self}|thats it for me|im done with life|im done living)
        (this is|these are) my (last|final) (words|message|post|goodbye|day|night)
        (wont|will not|wont even|will no longer) be (here|around|alive) (tomorrow|much longer|for long|anymore|any more|next week|by (morning|tomorrow|friday|the weekend)|after tonight|to see)
        (by|before) ... (ill|i will|i|im|i am|i will already) (be)? (gone|dead|not here|no longer here|not alive) (by|before)?
        (it|this|everything) (ends|will end|is ending|all ends) (tonight|today|tomorrow|soon|this week|now)
        (ill|i will|i will be|ill be|im going to be|ill probably be|i should be) (dead|gone) (by|before|in a|within|soon|tomorrow|tonight|next week|this time)
        this is (goodbye|my goodbye|farewell|my last goodbye|the end for me)
        goodbye (cruel)? world
        (wont|will not|dont|do not) have to (worry|deal) (about|with) me (anymore|any more|much longer|soon|ever again|for much longer)
        (wont|will not) be (a problem|a burden|anyones problem|your problem|in your way|in anyones way) (much longer|for long|anymore|any more|soon|after (tonight|today))
        (ive|i have|i) (decided|made up my mind|made my decision|chosen) (to)? (die|end it|go|do it|go through with it|kill {self}|end {my} {life}|not be here)
        (decision|mind) is made ... (end|die|go|gone|it)
        (set|picked|chosen|chose|have) (a|the) (date|day|time) (to|for) (die|do it|end it|my death|it)
        (go|going|get|getting|went) through with it
        (is|will be) the (day|night) ... (decided|ive decided|made up my mind|its decided|no going back)
        (a|the|my) plan and (the|a)? (means|method|pills|way|date)
        (have|got|ive got|i have) (the means|a method|the method) (to|and)
        (intend|intending|mean|meaning|plan|planning) to act on (it|them|these thoughts|my thoughts)
        (act|acting|acted) on (these|my|the|those) (thoughts|urges|feelings|plans)
        (counting down|count down) (the|my) (days|hours)
        (go|going|will go|ill go|im going to go|gonna go|went) ahead with (what i (have|had)? planned|what ive planned|what i planned)
        if (nothing|it|this|ketamine|spravato|treatment|the treatment) (changes|doesnt|does not|fails|wont|will not|dont|isnt) ... ((go ahead|go through) with (it|my plan)|what i (have|ve|had)? planned|what ive planned|end it)
        (my|my own) (funeral|cremation|burial) (is|has been|was)? (all|already)? (prepaid|paid for|arranged|planned|booked|sorted|organised|organized)
        (made|making|make|finished|sorted) (all)? (my|the)? final arrangements $
        (life insurance|insurance policy|the policy) ... (wait|waited|waiting) out
        suicide (clause|exclusion)
        """,
    ),
    Kind(
        "preparation",
        "C-SSRS screener question 6 (prepared to do anything: collected pills, gave away valuables, wrote a "
        "will or a suicide note); NIMH: giving away possessions, saying goodbye, putting affairs in order, "
        "making a will; AFSP: visiting or calling people to say goodbye, giving away prized possessions",
        """
        (suicide|goodbye|farewell|final|last|good bye) (note|notes|letter|letters|message|messages|video|email|post|text|texts)
        (wrote|written|writing|write|left|leave|leaving|finished|drafted) (a|my|the|some)? (notes|letters|note|letter) (to|for) ({everyone}|my {rel}|each of|all my|the people|everybody|those i)
        (letters|notes) (are|is) (written|done|ready|finished|sealed)
        (wrote|made|updated|update|updating|finished|finalised|finalized|signed|drew up|drawing up|sorted out|sorting out|writing|made out) (my|a) (will|last will|testament)
        (my|all my|all of my) (affairs|finances|accounts|papers|paperwork) (are|is) (all|now|finally|all now)? (in order|sorted|settled|taken care of|arranged|ready)
        (put|putting|puts|got|get|getting|sort|sorted|sorting|set|setting|settle|settled|settling|have) (all)? (my|his|her|their)? affairs (in order|settled|sorted)
        (settle|settled|settling|tie|tied|tying) (up)? (my)? (affairs|loose ends)
        (taking care of|take care of|took care of|sorting out|sorted out|sort out) (all)? (my)? loose ends
        (nobody|no one|noone) (has|will have|would have|needs|will need) to (clean up|deal with|sort out|take care of) (after me|my mess|my stuff|my things)
        (giving|gave|give|given|started giving) (all)? (my|his|her|their) (things|stuff|belongings|possessions|prized possessions|favourite things|favorite things|pets|cat|dog|guitar|jewelry|jewellery|collection) away
        (giving|gave|give|given|gonna give|going to give) away (all|most|everything|all my|all of my|my favourite|my favorite|my prized|my most|my stuff|my things|my belongings|my possessions|my pets|my pet|my cat|my dog|my guitar|my jewelry|my jewellery|my books|my clothes|my games|my collection|his|her|their)
        (said|saying|say|started saying|have said|been saying|went round saying) (my)? (goodbyes|goodbye|good bye|farewell) (to)? ({everyone}|my {rel}|all|people|everybody|friends|the people|those)?$
        (called|texted|messaged|visited|calling|texting|messaging|visiting|rang|phoned) ... (today|tonight|yesterday|this week|this morning|last night)? to say (goodbye|good bye|farewell|my goodbyes|a last goodbye)
        (one last|a last|a final|final) (goodbye|good bye|time) (to|with|before)
        (thank you|thanks|thank u|thx) for everything ... (goodbye|good bye|farewell) (forever|everyone|all)
        (thank you|thanks|thank u|thx) for everything ... (goodbye|good bye|farewell) $
        (goodbye|good bye|farewell) ... (thank you|thanks|thank u) for everything
        (goodbye|good bye|farewell) (everyone|everybody|to everyone|to everybody|all of you|my friends|my loved ones|forever) $
        (gave|give|giving|given|rehomed|rehoming|rehome) (away)? (my|all my|our) (cat|dog|pets|pet|things|stuff|belongings|possessions|guitar|books|clothes|jewelry|jewellery|collection) ... (wont|will not|dont|do not|no longer) (need|be needing|be here|be around|have to (look after|take care of|care for|feed|walk))
        (passwords|will|papers|bank details|accounts|pin|life insurance|documents|keys) ... (in case|if|for when) (something|anything) (happens|were to happen|should happen) to me
        (have|got|ive got|i have) (the|my|enough) ({pills}|rope|gun|stuff|everything) (ready|prepared|lined up|set aside|counted out|laid out)
        (have|got|ive got|i have) (the|my|enough) (pills|tablets|meds|sleeping pills|sleeping tablets|painkillers|stash) (saved|saved up|stashed|stockpiled|hidden|hoarded|put away|put aside)
        (saved|saved up|stashed|stockpiled|hoarded|saving up|stockpiling) (up)? (a|an|two|three|several|a few|some)? (week|weeks|month|months|year|years) (worth)? of (my|the|his|her)? (pills|tablets|meds|sleeping pills|sleeping tablets|painkillers)
        (the|my) (pills|tablets|meds|sleeping pills|painkillers) (are|is) (all)? (saved|saved up|stashed|stockpiled|hoarded) (up)? (and (hidden|ready|waiting|counted)|ready|for (when|the day|the time|tonight))
        (the|my) (pills|tablets|meds|sleeping pills|painkillers) (are|is) (all)? (saved|saved up|stashed|stockpiled|hoarded) (up)? $
        (after|once|when) (im|i am|i have) (gone|dead|no longer here|not here|not around)
        (who|someone) (will|to|can|would) (look after|take care of|feed|care for|have|walk|adopt) my (cat|dog|pets|pet|kids|plants|fish) (when|after|once) (im|i am|i have)? (gone|dead|not here)
        (planned|planning|plan|picked|picking|chose|choosing|wrote|writing|write) (my|his|her) (own)? (funeral|obituary|eulogy|memorial)
        (enough|plenty of) ({pills}|stuff|meds) (saved|stashed|stockpiled|hoarded|collected|saved up|to do it|to (end|finish) it|to not wake up)
        {pills} (saved|stashed|stockpiled|hoarded|saved up) (up)? (to|for) (do it|end it|when|the day|that day|it)
        (stockpiled|stockpiling|saving|saved|saving up|hoarding|hoarded|collecting|collected|stashing|stashed|building up) (up)? (my|all my|all of my|the|a|some|his|her)? (stash of|_)? {pills}
        (visited|visiting|called|calling|saw|seeing|went to see|met|meeting|rang|phoned|texted) ... (to|and) (bid|say|said) (them|each|all|everyone|him|her)? (farewell|my goodbyes|a last goodbye|a final goodbye)
        (bid|bidding|bade) (them|everyone|all|you all|my friends|him|her) (all)? (farewell|goodbye|a last goodbye|a final goodbye)
        if (anyone|someone|somebody) finds this
        if (anyone|someone|somebody) (reads|sees|is reading) this ... (im sorry|i am sorry|goodbye|forgive me|i love (you|them)|tell my)
        (please|just|someone|can you) tell my {rel} (im sorry|i am sorry|i love (her|him|them)|i said goodbye|goodbye|that im sorry|that i love (her|him|them)) $
        (love you all|love you guys|love yall) ... (goodbye|forever|im sorry|sorry for everything|see you on the other side)
        (said|say|saying) (bye|goodbye|good bye) to (everyone|everybody|all) ... (for real|forever|like for real)
        (hurt|hurts|miss|grieve) (me)? less (when|once|after|if) (im|i am|i have|i) (gone|dead|no longer here|not here)
        (pushing|push|pushed) (everyone|people|them|my {rels}|my family|my friends) away (so|so that|before) ... (hurt less|miss me|im gone|i am gone|im dead|im not here)
        """,
    ),
    Kind(
        "self-harm acts",
        "C-SSRS screener question 6 (cut yourself); IS PATH WARM: recklessness, self-injury; 988 Lifeline "
        "and NIMH: self-destructive behaviour",
        """
        (want|wanna|urge|urges|urge to|going|gonna|keep|kept|been|started|start|trying not|try not|thinking about|think about|tempted|need|needed|craving|itching) (to)? (hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|scratch|scratching|hit|hitting|bruise|bruising|bite|biting|starve|starving) {self}
        (hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|scratch|scratching|hit|hitting|bruise|bruising) {self} (on purpose|deliberately|intentionally|again|to (cope|feel|punish|stop|calm|numb|make)|until|so|when i|every|because|as punishment|by)
        (cut|cutting|cuts|slit|slitting|slice|slicing|slash|slashing|carve|carving|carved|sliced|slashed|burned|burnt|burning) ... (my|his|her|their) (wrist|wrists|forearm|forearms|arms|thigh|thighs|legs|stomach|hips|skin|ankles)
        (cut|cutting|cuts|carve|carving|burn|burning|scratch|scratching|scratched|dug|dig|digging|hit|hitting|punch|punching|punched|bit|bite|biting|pick|picked|picking|pinch|pinching|bang|banging|banged|slam|slamming|slammed) ... until (it|they|i|my _|the skin|there was) (bled|bleed|bleeds|bleeding|hurt|hurts|hurt enough|bruised|bruise|broke|scarred|blistered|blood|went numb|cant feel)
        (dug|dig|digging|digs|press|pressed|pressing) (my|his|her|their) (nails|fingernails|nail) into
        (burn|burning|burned|burnt|cut|cutting|hit|hitting|hurt|hurting|scratch|scratching|punch|punching|bite|biting|pinch|pinching) ... (when|whenever|because|to|so) (i|im) (cant cope|cannot cope|cant handle it|feel numb|feel empty|get overwhelmed|feel overwhelmed|get upset|feel nothing|feel too much|can feel something|feel something|deserve it)
        (scratching|scratch|scratched|cutting|cut|burning|burn|burned|burnt|carving|carved|hitting|hit|punching|punched|slicing|sliced) (my|his|her|their) (arms|wrists|wrist|thighs|thigh|legs|skin|stomach|hips|forearms|forearm|knuckles|body) (with|until|on purpose|again|when|to|whenever|every)
        (bang|banging|banged|hit|hitting|slam|slamming|slammed|smash|smashed|smashing) (my|his|her|their) (head|fist|fists|hand|hands) (against|on|into) (the|a) (wall|walls|floor|door|desk|mirror)
        (razor|razors|blade|blades|razorblade|razorblades|boxcutter|box cutter|sharpener blade|lighter|glass) ... (my|his|her|their) (skin|arms|wrist|wrists|thigh|thighs|legs|body|stomach)
        (fresh|new|deep|old|more|my|his|her|their) (cuts|self harm scars|sh scars|burn marks|burns|cut marks) (on|all over) (my|his|her|their)
        (hide|hiding|hid|cover|covering|covered) (my|the|his|her|their) (cuts|scars|marks|burns|wounds|bruises)
        (relapse|relapsed|relapsing|slipped|slip) (and|on|into|with|back into|by)? (sh|self harm|selfharm|cutting|cut|burning|burned|burnt|hurting myself)
        (cut|cutting|burned|burnt|burning|hit myself|scratched|hurt myself) again (last night|today|tonight|yesterday|this morning|this week)
        (covered in|full of|so many) (cuts|scars|burns|self harm scars|fresh cuts)
        (sh|cutting|self harm) (urges|relapse|again|scars|clean|free)
        (days|weeks|months|years) (clean|free) (from|of)? (sh|cutting|self harm)
        (cutting|cut|burning|burn|scratching|hitting) (again|myself again)$
        (am|im|been|keep|kept|started|i) cutting (myself)? (again)?$
        (cut|cuts|cutting|cutted) {myself}
        (make|made|making) (myself|me) (bleed|bled|hurt|suffer|pay)
        (bruises|cuts|burns|scars) (i|that i) (gave|give|made|make) (myself|me)
        (sh|self harm|selfharm|cutting|hurting myself|burning myself|cutting myself) (is|has been|was)? (the)? only (thing|way) (that)? (helps|works|keeps me|gets me|i can cope|to cope)
        """,
    ),
    Kind(
        "burden",
        "988 Lifeline, AFSP and NIMH: talking about being a burden to others; IS PATH WARM: purposelessness",
        """
        (better|happier|easier|fine|ok|okay|lighter|relieved|free|freer|good) (off)? (without me|with me gone|once im gone|when im gone|if i was gone|if im gone)
        (better|happier|easier|fine|ok|okay|lighter|relieved|freer|cope|manage|get on|move on|survive) ... if i (was|were|wasnt|werent|am|was not|were not|just|simply|finally)? {gone}
        (better|happier|easier|fine|ok|okay|lighter|relieved|cope|manage) ... (without me|with me gone|once im gone|when im gone|after im gone)
        (im|i am|i feel like|i feel|feel like|im just|i am just|feel|being|i was|i became|ive become|i have become) (such|just|only|nothing but|always|simply)? (a|an) (burden|dead weight|drain|waste of space|waste of oxygen|waste of air|waste of life|nuisance) (on|to|for)? ({everyone}|all|anyone|others|the people|my)?
        (such|just|only|nothing but|being) a burden
        (better off|happier|better|fine) (with|having) (a different|another|a better|someone else|a new|a real|a normal) (father|mother|dad|mom|mum|parent|husband|wife|partner|person|man|woman|son|daughter)?
        ({everyone}|they|people) (would|will|d) (all)? be better off$
        waste of (space|oxygen|air|skin)
        (deserve|deserves|deserved) (better|more|so much better) than (me|a (mom|mum|mother|dad|father|wife|husband|partner|parent|friend|son|daughter|sister|brother) (like me|who))
        (burden|burdens|weight|problem) (to|on|for) ({everyone}|my {rel}|all|anyone|others|those|the people)
        (no one|noone|nobody|no body|not one person|not a single person) (would|will|even|would even|will even|is going to) (miss|notice|care|cry|mourn|come to my funeral) (me|if|when|that i|about me)?
        (nobody|no one|noone|not one person|not a single person) (cares|would care|will care|gives a damn|gives a shit|would notice|would even notice) (if|whether) i (live|die|am alive|exist|disappear|lived|died|was gone|vanished)
        ({everyone}|no one|nobody) (wont|will not|wouldnt|would not) (even)? (miss|notice|care) (if|when|that) i (was|were|am|died|disappeared|left|killed|ended|{gone})
        (relief|relieved|weight off|a favour|a favor) (for|to) ({everyone}|them|all|my {rel}) (if|when|once) i
        (do|doing) ({everyone}|them|my {rel}|the world) a (favour|favor) (and|by) (die|dying|disappear|disappearing|leaving|go|going|ending|end|killing|kill)
        (free|freeing|release|releasing|spare|sparing|save|saving|relieve|relieving) ({everyone}|them|my {rel}) (from|of) (me|my|the burden|having to deal with me|the trouble)
        ({everyone}|they|people) (would|will|d) (be)? (better off|better|happier|fine) ... (without me|if i (was|were|wasnt|werent)|with me gone)
        (save|saves|saving|spend|spending) (so much|a lot of|a lot|more|less)? (money|time|stress|trouble|hassle|heartache|worry) ... if i (was|were|wasnt|werent|am|was not|were not|just|simply|finally)? {gone}
        if i (wasnt|werent|was not|were not) (alive|around anymore|here anymore|around any more|here any more)
        (easier|better|kinder) (for them)? (if|when|once) (people|they|everyone|everybody|my {rels}|my family) (forget|forgot|stop caring about|stop thinking about) (me|about me) (first)?
        """,
        about="self",
    ),
    Kind(
        "trapped or in unbearable pain",
        "AFSP and NIMH: feeling trapped, no solutions, unbearable pain; 988 Lifeline: feeling trapped or "
        "in unbearable pain; IS PATH WARM: trapped (no way out)",
        """
        no (other)? (way|way out|escape|exit|option|options|solution|choice|choices) (left)? (but|except|other than|besides|apart from|out but|out except)
        (only|just one|one|last) (way out|escape|exit|option left|solution left|way to (stop|end) (the|this) (pain|suffering|hurt|it)|way i can (stop|end) (it|this|the pain))
        (only|one) (way|thing) (left)? (that will|to|that can|that could) (stop|end|fix) (the|this|my) (pain|suffering|misery|hurt)
        (theres|there is|there was|theres just|there seems to be|i see) no (way out|escape|exit|way forward|end to (it|this|the pain)|light at the end|way to (escape|get out))
        (cant|cannot|can not|dont|do not) see (a|any|the)? (way out|way forward|future|exit|end to (this|the pain|it)|light at the end|other (way|option|solution))
        (no|not any|no more) (way|ways) out (of this|for me|anymore|any more|left)?$
        (trapped|stuck) (with no|and there is no|and theres no|with nowhere|and no|and i cant) (way out|escape|exit|hope|way to escape|get out)
        (feel|feeling|felt|am|im) (completely|totally|so)? trapped (in|by) (my|this) (life|own life|pain|existence)
        (cant|cannot|can not|no longer|cant even) (live|survive|go on|keep living|exist|keep going|continue) (with|like|in|through) (this|the|my|it|such) (pain|hurt|agony|suffering|anymore|way|misery)
        (pain|hurt|agony|suffering|misery) (is|has become|became|feels) (unbearable|too much|too much to bear|more than i can (bear|take|handle)) (and|so|i|to) ... (die|end|stop|gone|dead|exist|live|anymore|over)
        (end|stop) (the|this|my) (pain|suffering|misery|hurt) (for good|forever|permanently|once and for all)
        (make|let) (it|the pain|this|everything) (stop|end) (for good|forever|permanently|once and for all)
        (want|need|wish|wanna) (it all|everything|this|the pain|life|it) to (end|stop|be over)
        (unbearable|unending|endless) (pain|suffering|agony) ... (end|die|stop|over|dead|exist)
        (death|dying|suicide|ending it|ending it all|ending my life|killing myself|not being here|not existing) (is|seems|might be|may be|feels like|would be|looks like) (the|my)? (only|last|best|one)? (answer|option|way out|solution|way|choice|escape|exit|option left|relief)
        (only|last) (answer|option|solution|escape|choice) (is|would be|left is) (death|dying|suicide|to die|ending it|to end it|killing myself)
        (cant|cannot|can not) (take|handle|bear|stand|live with|cope with) (this|the|my|all this) (hurt|suffering|agony|torment) (anymore|any more|any longer|much longer)
        if (it|this|that|ketamine|spravato|esketamine|treatment|the treatment|the infusion|the infusions|the spray) (doesnt|does not|fails|wont|will not|dont) ... (cant|cannot|can not) (keep doing this|do this anymore|do this any more|go on|keep going|keep living|carry on|take (it|this) (anymore|any more|much longer)) $
        (cant|cannot|can not) keep (living|going on|going) like this
        (dont|do not|cant|cannot|wont|will not|not going to|never) ... (get|getting|make it|come|coming) out of (it|this|here) alive
        """,
    ),
    Kind(
        "hopelessness and not wanting to exist",
        "NIMH: feeling empty, hopeless, having no reason to live; 988 Lifeline: feeling hopeless, no reason "
        "to live; IS PATH WARM: hopelessness, purposelessness; C-SSRS screener question 1",
        """
        (nothing|it|things|life) (will|is going to|is ever going to|is never going to|will never|never|wont ever|wont) (ever)? (get|gets|getting|be) better ... (why|so|die|end|exist|point|gone|bother|live|here)
        (no|there is no|theres no|zero) (hope|future|point) (left)? (for me|anymore|any more|in anything)? ... (die|end|exist|gone|live|living|alive|here|wake)
        (hopeless|no hope|pointless|meaningless|empty) ... (wish|want|wanna|rather) (i|to) (was|were|be|just|could|not)? (not)? (exist|dead|gone|die|here|born|alive|disappear|vanish)
        (why|what|whats) (bother|is the point|the point|even try|keep going|keep trying|go on|carry on|wake up) ... (anymore|any more|at all|alive|living|existing)
        (no|any) (point|reason) (in|to|for) (anything|trying|going on|continuing|me being here|me)$
        (want|wanna|wish|wishing|would like) (i could|to)? (just)? (be erased|not exist|stop existing|not be here|be nothing|be invisible forever)
        (want|wanna|wish|wishing|would like) (i could|to)? (just)? (disappear|vanish|evaporate|fade away) (forever|for good|completely|and never|and not come back|from (this world|existence|everyone|the earth|the face of the earth))
        (wish|wishing) (i|id) (could)? (just)? (disappear|vanish|evaporate|fade away|be erased) $
        (wish|wishing) (i|id) (could)? (just)? (disappear|vanish|evaporate|fade away|be erased) (forever|for good|completely|and never|from)
        (i|id) (just)? (want|wanna) (everything|it all|this|the world|life) to (stop|end|go away|be over)$
        (dont|do not|no longer) (see|have) (a|any)? (future|reason to (live|be here|exist|keep going|go on))
        (cant|cannot|can not) (see|imagine|picture) (a|any|my)? (future|myself (in the future|being alive|alive|still alive|living|here|old|in a year)|being alive)
        (dont|do not|cant|cannot|can not|never) (see|imagine|picture|expect) (myself|me) (being alive|alive|still alive|still here|being here|living|around|making it|surviving) (next|in|by|for|at|much longer|long|past|until|another|this time)
        (dont|do not|no longer) care (what|whatever) happens to me
        (dont|do not|no longer) care about (living|being alive|my life|staying alive|life) (anymore|any more)?
        (cant|cannot|can not|couldnt|could not) (think of|find|come up with|name|see) (a|one|a single|any) (single)? reason to (be alive|live|stay alive|keep living|be here|exist)
        (see|have|there is|theres|i see) no future (for me|for myself|ahead|left|at all)
        (given up|give up|gave up) on (myself|life|living|ever getting better|getting better|the future|everything|hope) $
        (im|i am|feel) (beyond|past) (help|saving|repair|fixing) $
        no hope (left)? (for me|anymore|any more)
        no hope left
        (it|its|things|life|my life|nothing|i|im) (will|is|are|am)? (never|not ever|never ever) (going to)? (get|gets|be|feel) (better|any better|okay|ok|normal again|good again)
        (whats|what is) the point (of anything|of it all|of living|of going on) (anymore|any more)? $
        (nothing|no one|nobody|nothing ever) (can|will|could|is going to) (help|fix|save) me (now|anymore|any more)? $
        """,
    ),
    Kind(
        "reckless, indifferent to death",
        "NIMH: taking great risks that could lead to death, such as driving extremely fast; 988 Lifeline and "
        "AFSP: acting recklessly; IS PATH WARM: recklessness",
        """
        (dont|do not|wouldnt|would not|couldnt|could not|no longer|dont even|dont really|honestly dont|do not even) care (anymore|any more|at all)? (if|whether|that) (i|im|i am|i will|ill|it kills me|i would) (die|live|dead|crash|get hurt|get killed|overdose|od|dying|living|killed|alive)
        (dont|do not|wouldnt|would not|no longer|dont even|dont really|honestly dont) care (anymore|any more|at all)? (if|whether) (i|i will|ill|i would) (wake up|survive|make it) (or not|tomorrow|the night|through the night|another day)? $
        (who cares|whatever|so what|so be it|oh well|fine by me|good riddance|all the better|then i die) ... (if|whether|when) (i|it) (die|dies|kill|kills me|crash|crashes|od|overdose|dont wake up|never wake up)
        (if|whether) (i|it|the _|this|that|my _|_) (die|dies|kills me|kill me|crash|od|overdose|dont wake up|never wake up|get hit|get killed) ... (so be it|who cares|whatever|oh well|fine by me|all the better|i dont care|i do not care|even better|good riddance)
        (hoping|hope|wishing|wish|praying|pray) (i|it|that i|that it|the car|the bus|the truck|a car|a bus|a truck|a drunk driver|something|someone) (would|will|might)? (just)? (crash|crashes|hit me|hits me|kill me|kills me|run me over|runs me over|ends me|get hit|not make it|doesnt make it|dont make it|finish me)
        (drive|drove|driving|drives|speed|speeding|sped) ... (hoping|hope|wanting|wishing|not caring|dont care|without caring|to see if|so that) ... (crash|die|dead|kill|end|not make it|dont make it|hit)
        (mix|mixing|mixed|take|taking|took|drink|drinking|drank|use|using|used) ... (not caring|dont care|do not care|without caring|hoping|to see if i|whatever happens) ... (wake|die|dead|survive|live|happens|kill)
        (russian roulette|play chicken with (cars|trains|traffic))
        (not|no longer|im not|i am not|not even) (afraid|scared) (of|to) (die|dying|death|be dead) (anymore|any more|any longer)
        (walk|walked|walking|run|ran|running|wander|wandered|wandering) (into|across|through) (traffic|the road|the highway|the motorway) (without looking|on purpose|hoping|and hope|not caring)
        (take|taking|took|been taking) (more and more|bigger and bigger|more|bigger|extra|reckless|stupid|crazy|dangerous|insane) (risks|doses|chances) ... (die|dead|end|care|hope|hurt|kill|crash|wake)
        if (i|he|she|they) (die|dies) (i|he|she|they) (die|dies)
        if it kills (me|him|her|them) (it kills (me|him|her|them)|so be it|whatever|then fine|fine|good|oh well)
        (hoping|hope|hoped|wishing|wished|praying) (that)? (the|a|some) (current|wave|waves|sea|ocean|river|cold|storm|tide) (would|will|might|could)? (take|took|get|got|sweep|swept|carry|carried|pull|pulled|kill) (me|him|her) (away|out|under)?
        (dont|do not|didnt|did not|doesnt|does not) (really|even|honestly)? care (what happens to me|about (living|dying|my life|myself|my safety|being safe|staying alive|getting hurt)) (anymore|any more)?
        (driving|drive|drove|speeding|sped|ride|riding|rode) ... (drunk|wasted|blackout|way too fast|without (a)? (seatbelt|helmet)|with my eyes closed|on purpose) ... (dont care|do not care|didnt care|whatever|so what|not caring)
        (mix|mixing|mixed|combine|combining|combined) ... (alcohol|vodka|booze|drinks|pills|benzos|opioids) ... (to see what happens|whatever happens|dont care|do not care|hoping|not caring|who cares)
        """,
    ),
    Kind(
        "wishing to join someone who died",
        "NIMH: talking or thinking about death often; C-SSRS screener question 1 (wish to be dead); AFSP: "
        "risk after a painful event or loss",
        """
        (want|wanna|wish|need|long|longing|cant wait|ready|waiting|wait) to (join|be with|be reunited with|reunite with|see|go to|follow|hold) (him|her|them|my {rel}|my baby|my little one|my love|my mom|my dad) (again)? (in heaven|on the other side|up there|in the afterlife|beyond|in death|wherever (he|she|they) (is|are|went)|where (he|she|they) (is|are|went)|soon|so badly|now|already)
        (join|be with|be reunited with|reunite with|follow) (him|her|them|my {rel}|my baby|my love|my mom|my dad) (in heaven|on the other side|up there|in the afterlife|in death|into death|to the grave|to heaven|wherever (he|she|they) (is|are|went))
        (go|be|going|get) (to)? where (he|she|they) (is|are|went|has gone|have gone) (now)?$
        (wish|wished|wishing) (it|that it) (had been|was|were|had been) me (instead|who died|not (him|her|them)|in that)
        (should|it should) (have|of) been me (instead|who died|not (him|her|them))
        (take|took|taken) me (instead|too|with (him|her|them)) ... (why|wish|should|god|please|didnt|did not)
        (why|wish) (didnt|did not|couldnt|couldn t) (god|it|death|the accident|cancer|life)? (take|taken|took) me (instead|too|with)
        (waiting for me|calling me|calling to me) (in heaven|on the other side|up there|from the other side)
        (join|be with|be reunited with|reunite with|follow) (my|our) (late|dead|deceased|departed) _
        (since|after|ever since) (he|she|they|my {rel}|my {rel} _) (died|passed|passed away|left us|killed (himself|herself|themselves)) ... (want|wanna|wish) to (die|go too|join|be with|follow|be dead|go with)
        (die|go|be dead) (too|as well) so (i|that i) (can|could) (be with|see|join|hold) (him|her|them)
        (passed|passed away|died|death|lost (him|her|them)|funeral|gone) ... (go be with|be with|join|go to) (him|her|them) (again|too|now|soon)?$
        (gone|died|passed|passed away|lost (him|her|them)|is dead|funeral) ... (no|any) reason to stay (behind|here|on)
        (want|wants|wanted|ready|longing|long|wish|wishes|would like) to (be)? (reunited|reunite) with (him|her|them|my {rel}) (again)? (in heaven|on the other side|soon)? $
        (want|wants|wanted|ready|longs|longing|wish|wishes) to (go)? (join|follow) (him|her|them|grandpa|grandma|my (late)? {rel}) (soon|now|there|in heaven|on the other side)? $
        (other)? half of me is (already)? (there|gone|dead|with (him|her|them)|buried)
        (other half|rest of me|part of me) wants to follow (him|her|them)? $
        """,
    ),
    Kind(
        "past attempt and a current wish",
        "C-SSRS screener (lifetime and recent suicidal behaviour); AFSP and NIMH: previous attempts among "
        "the major risk factors",
        """
        (tried|attempted|tryed|try|trying|tries|try again|trying again|attempt|attempting) (to)? ({kill} {self}|{kill} (my|me) self|end {my} {life}|end it|take {my} (own)? {life}|{overdose}|hang {self}|die)
        # "tried before" alone, said of oneself or another, and nothing after it: "Is it tried
        # before SSRIs?" and "I tried twice already, with two antidepressants" are treatment talk.
        (i|ive|i have|i had|he|she|they|hes|shes|hed|shed|theyve) (already)? (tried|attempted|tryed) (it)? (before|once before|twice|again|already|more than once|last (year|month|week|time|spring|summer|fall|autumn|winter)|in <n>|as a teen|when i was _)$
        (i|ive|i have|i had|had|he|she|they|hes|shes) attempted (before|once|twice|three times|several times|multiple times|many times|last|in <n>|when|back in|years ago|_ (years|months|weeks) ago|as a (teen|kid))
        (my|his|her|their|a|an|the) (last|previous|first|second|third|recent|failed|botched|unsuccessful|<n>) (suicide attempt|attempt on (my|his|her|their) (own)? life|attempt|overdose|od) (was|in|last|didnt|did not|failed|put me|landed|and|so)
        (survived|survive|survivor of) (my|an|a|the|his|her|their)? (attempt|overdose|od|suicide attempt)
        (wont|will not|not going to|not gonna) (make|repeat) (that|the same) mistake (again|twice)
        (woke|wake|ended|end) up in (the)? (hospital|icu|er|psych ward|emergency room) after (i|taking|swallowing|trying|my|an|the|he|she)
        (pumped my stomach|stomach pumped)
        (having|have|getting|got|get) (those|these|the same|the|my|dark|them|the old|those old|those dark) (thoughts|urges) (again|back)
        (overdosed|attempted|tried|od) ... (thoughts|urges|feelings) (again|are back|coming back|returning|back)
        (this time|next time) (ill|i will|im going to|im gonna|it will|i wont|i will not|i need to|i have to) (make sure|succeed|do it right|get it right|not fail|not mess (it)? up|not wake up|finish it|go through with it|not be found|not survive)
        (since|after) (my|his|her|their|the) (attempt|overdose|od|suicide attempt) ... (again|still|back|want|wanna|thoughts|thinking)
        (thoughts|urges|feelings|it|the thoughts) (are|is) (back|coming back|returning) ... (attempt|tried|last time|before)
        (i|ive|i have|i had|he|she|they|hes|shes) attempted (in|last|this|earlier this) (january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|spring|summer|autumn|fall|winter) (and|but|so)
        (i|ive|i have|i had|he|she|they|hes|shes) attempted (in|last|this|earlier this) (january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|spring|summer|autumn|fall|winter) $
        """,
    ),
    Kind(
        "overdose intent",
        "C-SSRS screener (collected pills; took pills, or took out pills and did not swallow); NIMH: stockpiling pills",
        """
        (going|gonna|want|wanna|plan|planning|planned|about|decided|ready|thinking about|think about|thinking of|considering|tempted|intend|intending|need|could just|try|trying|tried|urge) (to)? {overdose}
        {overdose} (on|with)? (purpose|intentionally|deliberately|tonight|to die|to end it|and not wake up|and never wake up|so i dont wake up)
        {overdose} ... (on purpose|intentionally|deliberately|to die|to end it|and not wake up|and never wake up|so i dont wake up|so i never wake up)
        (take|took|taking|swallow|swallowed|swallowing) (all|them all|all of|everything|enough|the whole|the rest|every|a lot|lots|loads|too many) ... so (that)? i (dont|do not|wont|will not|never|would not|wouldnt) wake (up)?
        (take|swallow|taking|swallowing|took|swallowed|down|downed|downing|chug|chugged|eat|ate) (them all|all of them|all|every one|every pill|every tablet|every last pill|everything) (of)? (my|the|of my|at once|tonight|in one go|together)? ({pills})?
        (take|swallow|taking|swallowing|took|swallowed|downed|down|downing|chug|chugging|ate|eat|eating) (the|a|my|an)? (whole|entire|full|rest of the|rest of my) ({pills}|lot|thing)
        (take|swallow|taking|swallowing|took|swallowed|downed|ate|taken) (a|an|the|my|one|two|three|half a) (bottle|bottles|pack|packs|packet|packets|box|boxes|handful|handfuls|strip|strips|blister pack|months supply|whole supply) (of)? ({pills}|them|it)?
        (took|taken|swallowed|have taken|ive taken|just took|already took|downed|ate) (<many> of (my|the|his|her) _|too many|way too many|a lot of|lots of|loads of|a bunch of|a handful of|handfuls of|<many>|twenty|thirty|forty|fifty|a hundred|all my|all of my|all the|every) ({pills}|of them|of my {pills}|of the {pills})
        (took|taken|swallowed|ive taken|just took|downed) ... (double|triple|ten times|twice|extra) ... (on purpose|to die|to not wake up|so i dont wake up|hoping)
        (how many|how much) {pills} ... (to|would|will) (die|not wake up|never wake up|kill|end it|overdose|od)
        """,
    ),
    Kind(
        "online slang, euphemisms and misspellings",
        "How people write the warning signs above online: slang and euphemism for suicide and self-harm "
        "(kms, unalive, sewerslide, ctb, toaster bath), and common misspellings",
        """
        kms
        kys
        kmsl
        kmslf
        unaliv*
        un alive (myself|me|{self})?
        (sewer slide|sewerslide)
        sewerslid*
        sewer slid*
        (suey side|sueyside)
        self (delete|deleting|deleted|deletion|yeet|yeeting|unalive|destruct|destructing)
        (delete|deleting|uninstall|uninstalling|log|logging) (myself|me|my self) (from|off|out of)? (life|existence|the world|this world|permanently|for good|forever|irl)?
        (log|logging|logged|sign|signing|check|checking|cash|cashing|tap|tapping) (off|out|in) (of life|for good|permanently|forever|early|from life|of this life|of existence)
        (check|checking) out (early|for good|permanently|of life)
        (catch|catching|caught) the bus
        ctb
        (toaster|toster) bath
        commit (die|toaster bath|sewerslide|sudoku|seppuku|not alive)
        (sui|suic|sewer) (thoughts|urges|ideation|plans)
        (yeet|yeeting|yeeted|throw|throwing|chuck|chucking) {myself} (off|into|in front of|from|out of) (a|the|this)? (bridge|building|roof|cliff|train|bus|sun|window|balcony|ocean|void|sea|traffic|highway)
        (eat|eating|ate) (a|my|the) (bullet|gun)
        (blow|blowing|put|putting) (my|a bullet in my|a bullet through my) (brains out|head|brain)
        (swallow|swallowing) (a|my) bullet
        (dirt|long|permanent|forever|eternal|final) (nap|sleep|rest) ... (want|wanna|take|taking|need|ready|going|gonna|time|wish)
        (want|wanna|need|ready|going|gonna|time) (for|to take|to have)? (a|the|my)? (dirt|permanent|forever|eternal|final) (nap|sleep|rest)
        (final|permanent) (exit|solution|goodbye|checkout|logout)
        (rope|roping) (myself|tonight|time|soon|szn|season|fuel|is calling)
        (time|ready|gonna|going|want|wanna) to rope
        (an|become an|be an) hero
        (kill|kil|kll|end) (meh|mehself|mahself|myslf|mysef|mysel|myselff)
        (game over|gg) (for me|irl|in real life)
        (want|wanna|gonna|going) to (die|be dead) (fr|frfr|ngl|tbh|lol|lmao|rn|irl)
        (wanna|want to|gonna|wana) (d1e|di3|d13|dai|d ie)
        """,
    ),
    Kind(
        "English as a second language",
        "The warning signs above as learners of English write them (calques from Spanish, Portuguese, "
        "French and other languages)",
        """
        (i|im|i am|me) (want|wants|wanting|will|would|go|going|am going|think|thinking|decide|decided|have idea|have ideas|have thoughts|had thoughts|have desire|have wish) (to)? (kill|killing) (me|myself)
        (i|im|i am) (want|wanting|wants|wish|will|going|go|think|thinking|have desire|have wish|desire) (to|of)? (die|dead|death|be death|make me die|finish my life|finish with my life|end with my life|stop my life|give end to my life|end with all|finish with all|finish all|finish everything)
        (want|wish|desire) (the|my)? death
        (i|im|i am) (no|not|dont|do not) (want|wanting|wish) (to)? (live|living|life|be live|stay alive|continue living|continue live) (more|anymore|no more|any more)?
        (i|im) (no|not|dont) want (live|living|life) (more|anymore|no more)
        (my|the) (life|live) (is|has|have|is have) (no|not) (sense|meaning|value|worth) (for me|anymore|any more|more|no more)?
        (life|live|my life) (no|not) (have|has) (sense|meaning|value) (for me|anymore|more)?
        (is|its|it is|will be) better (if|for me|that) (i|me|to)? (die|dead|am dead|be dead|not exist|not live|not living|disappear)
        (wish|want|hope) (i was|i were|to be|i am) (die|death)
        better (i|me) (die|dead|am dead|be dead|disappear)
        better (if|that)? (i|im|i am) (not|wasnt|werent|am not) (in this world|here|alive|around|exist|existing|living)
        (i|im|i am) (tired|fed up|cansado|cansada) (to|of|with) (live|living|life|be alive|be live|my live|exist)
        (i|im|i am) (think|thinking|thought) (to|in|for|of) (end|finish|stop) (my|with my) (life|live)
        (i|im|i am) (think|thinking|thought) (in|to) (kill|killing|suicide|suicid*|die|dying)
        (make|do|doing|made|commit) (a|the|my)? suicid*
        (want|wish|go|going|will|think) (to)? suicid*
        (i|im) (want|wanting|wish|will|want to|go to) sleep and (no|not|never|dont) (wake|awake|wake up) (more|again|anymore)?
        (i|im) (want|wanting|wish|will|go to|going to) (disappear|die) (from|of) (this|the) (world|life|earth)
        (no|not) (want|wanting) (to)? (wake|awake|wake up) (more|again|anymore|tomorrow)
        """,
    ),
    Kind(
        "Spanish, French, Portuguese (and German, Italian)",
        "The same warning signs as published in Spanish (señales de alerta), French (signes "
        "d'alerte / avant-coureurs) and Portuguese (sinais de alerta) prevention pages",
        """
        # Spanish
        (quiero|quisiera|queria|me quiero|voy a|pienso en|pensando en|ganas de|deseo|deseos de) (morir|morirme|matarme|suicidarme|desaparecer|quitarme la vida|acabar con (mi vida|todo)|terminar con (mi vida|todo)|dejar de existir|no despertar|no existir|dormir y no despertar)
        (matarme|suicidarme|quitarme la vida|morirme)
        me (quiero|voy a|vaya a) (matar|suicidar|morir)
        (acabar|terminar|termino|acabo) con mi vida
        no quiero (vivir|seguir viviendo|seguir|estar vivo|estar viva|despertar|existir|seguir aqui|estar aqui|estar en este mundo|seguir en este mundo)
        (ganas|deseo) de (morir|no vivir|no despertar|desaparecer)
        (estarian|estaran|estarias|estaria) (todos)? mejor sin mi
        (soy|me siento) (una)? (carga|estorbo) (para)?
        (ya)? no (aguanto|puedo) mas (vivir|esta vida|con mi vida|la vida|este dolor)
        (ojala|quisiera) (estar|estuviera|estuviese) (muerto|muerta)
        (ojala|quisiera) (no)? (hubiera|haber) nacido
        (me corto|me estoy cortando|me cortaba|cortarme|me lastimo|lastimarme|hacerme dano|me hago dano|me autolesiono|me quemo)
        (tome|tomare|tomar|me tome|me tomo|voy a tomar) (todas las|todas mis|muchas|un frasco de) (pastillas|pildoras|medicinas|tabletas)
        (carta|cartas|nota) de despedida
        (he|ya) (escrito|hecho|regalado) (mi|mis) (testamento|cosas)
        no (tengo|hay|veo) (salida|razon para vivir|motivos para vivir|por que vivir)
        (mi|la) vida no (tiene|vale) (sentido|la pena)
        # French
        (je)? (veux|voudrais|vais|pense a|envie de|aimerais) (mourir|me tuer|me suicider|en finir|disparaitre|mettre fin a mes jours|ne plus me reveiller|ne plus exister|me foutre en lair)
        (me suicider|me tuer|mettre fin a mes jours|en finir avec la vie|en finir avec ma vie|me foutre en lair)
        je (ne)? veux plus vivre
        (plus|pas) envie de vivre
        (envie|besoin|jai envie|jai besoin) (den finir|de mourir|de disparaitre|de me tuer)
        (vous seriez|ils seraient|tout le monde serait|ils seront|vous serez|serait) mieux sans moi
        (je suis|je me sens) (un|une) (fardeau|poids|boulet) (pour)?
        (je nen peux plus|jen peux plus) (de vivre|de cette vie|de la vie|de tout)
        (je voudrais|jaimerais|je veux) (mendormir|dormir) et ne (plus|jamais) (me reveiller|jamais me reveiller)
        (ne plus|plus jamais) me reveiller
        (je me|me) (scarifie|scarifier|coupe|couper|mutile|fais du mal|faire du mal|brule)
        lettre (dadieu|d adieu)
        (plus dissue|pas dissue|aucune issue|nai plus de raison de vivre|aucune raison de vivre)
        la vie ne vaut (plus|pas) la peine
        # Portuguese
        (quero|queria|vou|penso em|pensando em|vontade de|desejo) (morrer|me matar|suicidar|me suicidar|sumir|desaparecer|tirar minha vida|acabar com (minha vida|tudo)|dormir e nao acordar)
        (me matar|me suicidar|tirar (a)? minha (propria)? vida|acabar com a minha vida|por fim a minha vida)
        nao quero (mais)? (viver|acordar|existir|estar vivo|estar viva|continuar vivendo|estar aqui|estar neste mundo)
        (voces|todos|eles) (estariam|ficariam|seriam) (melhor|melhores|mais felizes) sem mim
        (sou|me sinto) (um)? (peso|fardo|estorvo) (para)?
        nao aguento mais (viver|essa vida|esta vida|a vida|essa dor)
        (queria|quero) dormir e (nao|nunca mais) acordar
        (me corto|me cortar|me cortando|me machucar|me machuco|me ferir|me firo|me queimo)
        carta de despedida
        (minha|a) vida nao (tem|faz) (sentido|mais sentido)
        # German
        (ich)? (will|mochte|moechte|mochte nicht mehr|will nicht mehr) (sterben|nicht mehr leben|tot sein|mich umbringen|mich toten|mich tote)
        (mich umbringen|mich toten|mich tote|mir das leben nehmen|mich ritzen|ich ritze mich)
        # Italian
        (voglio|vorrei) (morire|uccidermi|farla finita|sparire)
        (uccidermi|suicidarmi|togliermi la vita|farla finita)
        """,
    ),
    Kind(
        "someone else at risk",
        "988 Lifeline, AFSP and NIMH warning signs as seen in someone else (talking about killing themselves, "
        "self-harm, saying goodbye, giving things away); the lists' advice to those helping",
        """
        {someone} (is|are|was|has been|have been|seems|seemed|became|been|feels|felt|is being|keeps being|is now) (suicidal|self harming|cutting|hurting {themselves}|talking about (suicide|dying|death|killing {themselves}|ending it|ending (his|her|their) life|wanting to die))
        {someone} (has|have|had|is having|are having|been having|keeps having|has been having|mentioned|admitted|disclosed|told me about) (suicidal|suicide|dark) (thoughts|ideation|urges|feelings|plans)
        {someone} (said|says|told me|keeps saying|kept saying|texted|text|posted|wrote|writes|messaged|says that|said that|told us|told her|told him|mentioned) ... (wants|want|wanted|going|plans|planning|is going) to (die|kill|end|be dead|not be here|disappear)
        {someone} (wants|wanted|is going|plans|is planning|has planned|threatened|threatens|keeps threatening|is threatening) to (die|kill {themselves}|end (his|her|their) life|end it|hurt {themselves}|take (his|her|their) (own)? life|jump|overdose)
        {someone} (tried|attempted|has tried|has attempted|just tried|almost|nearly) (to)? ({kill} {themselves}|end (his|her|their) life|take (his|her|their) (own)? life|overdose|hang {themselves}|jump|die|suicide)
        (found|saw|discovered|noticed) (a|his|her|their|the) (note|letter|goodbye note|goodbye letter|suicide note|search history|google searches|searches)
        (found|saw|discovered|noticed|there are) (cuts|scars|marks|razor blades|blades|razors|burns|bruises|pills|a rope|a noose|a stash) (hidden)? (on|in|under|among) (his|her|their|my {rels}|the {rels})
        (found|saw|discovered) (a|his|her|their)? (goodbye|suicide|farewell)? (note|letter) (in|on|under) (his|her|their|my {rels}|the {rels})
        {someone} (gave|is giving|has been giving|was giving|started giving|keeps giving) away (his|her|their|all)
        {someone} (said|says|has been saying|keeps saying|was saying) (goodbye|goodbyes|good bye) (to everyone|to us|to me|like)
        (worried|scared|afraid|terrified|frightened|concerned|fear|think) (that)? {someone} (will|might|is going to|may|could|would|wants to|is about to|is planning to) (kill|hurt|harm|end|do something to|take|overdose|die|not be here)
        (worried|scared|afraid|terrified|frightened|concerned) (about|for) (my {rel}|him|her|them) (hurting|harming|killing|ending|doing something to) ({themselves}|(his|her|their) life)
        (how|what) (do|can|should|could) (i|we) (help|support|talk to|say to|do for|keep safe) (someone|somebody|a friend|my {rel}|him|her|them|a person) (who|that|whos|thats) (is|wants|talks|has|keeps|feels|seems|might) ... (suicidal|die|kill|end|harm|hurt|cutting|self harm|hopeless)
        (keep|keeping) (him|her|them|my {rel}) (safe|alive) (from {themselves}|tonight|until)
        """,
        about="other",
    ),
)

# Phrases that look like a crisis but are not: idioms, fear of dying, saying one does NOT
# want to. They are taken out of the message before the phrases above are looked for.
NOT_CRISIS = """
(dont|do not|didnt|did not|doesnt|does not|never|wont|would not|wouldnt|no longer|not|never ever) (want|wanna|wanted|wish|wished|plan|planning|intend|mean|meant|going|trying|gonna) to (die|be dead|kill {self}|hurt {self}|harm {self}|end {my} {life}|end it|overdose|od)
(no|not|never) (plan|plans|intent|intention) to (die|kill {self}|act on|end)
(what if|afraid|scared|worried|terrified|fear|fearful|nervous|anxious|panic|panicking|frightened|worry|worries|risk) (that|of)? ... (i|ill|i will|i would|id|i might|i could|im|you|they|people|someone|patients) (will|might|could|may|would|am going to|going to|gonna)? (accidentally|by accident)? (die|dying|dont wake up|wont wake up|not wake up|never wake up|stop breathing|overdose|overdosing|od|could die)
(kill|killing|killed) {self} (laughing|with laughter|at the gym|at work|over|for nothing)
(accidentally|accidently|nearly|almost) (cut|cuts) {self}
(cut|cuts|cutting) {self} (shaving|cooking|chopping|slicing|while|on (a|the|some|my)|by accident|accidentally|opening|with a (knife|razor) while)
killing {myself} (at|over|to|trying|working|with work|for|studying|in the)
(shoot|shooting|shot) {self} in the foot
(drown|drowning|drowned) {self} in
(rather|prefer to|prefer) (die|be dead) than (take|taking|go|going|do|doing|try|trying|have|having|deal|dealing|use|using|pay|paying|sit|sitting|get|getting|eat|eating|watch|watching|work|working|wait|waiting|miss|missing)
(die|died|dying|dead) (of|from) (embarrassment|shame|boredom|laughter|laughing|cringe|envy|jealousy|cuteness|curiosity|hunger|thirst)
(die|died|dying) laughing
(tired|sick|exhausted|fed up) of (living|life) with (depression|anxiety|ptsd|bipolar|ocd|adhd|migraines|insomnia|my diagnosis|this diagnosis|side effects|the side effects|my symptoms|these symptoms|the stigma|this illness|my illness|chronic fatigue)
(im|i am|am|not|never|no longer|wasnt|was not|isnt|is not|arent|are not) (not)? (actively|currently|feeling|really)? suicidal (but|just|at all|right now|though|and never)
(my|an|the|our) (exit|departure) (from|strategy|interview|date|plan from)
wake up (during|in the middle of|mid|before the end of) (the|my|an|a)? (infusion|procedure|surgery|session|treatment|operation|dose)
goodbye (letter|note) to (my)? (depression|anxiety|old self|the old me|addiction|alcohol|drinking|smoking|my old life)
(lethal|fatal|toxic) (dose|doses) (range|ranges|ld50|in (animals|rats|mice|the literature|studies|humans|trials)|for (rats|mice|animals))
(political|career|social|commercial|professional|financial|electoral|brand|business|marketing) suicide
suicide (squad|doors|door|lane|lanes|run|runs|sprint|sprints|shift|king|silence|blonde|forest|bomber|bombers|bombing|bombings|drill|drills|drive|squeeze|knot|mission|missions|pass|passes|seat)
(the|a) (risk|danger|chance|odds) of (overdose|overdosing|od|dying)
(can|could|would|will|does|do|is it|is) ... (kill|kills) (you|a person|someone|people|anyone)
(sleep|slept|sleeping) (for|until) ... (hours|days|noon|midday)
(painless|quick|easy|best|fastest) way (to|of) (go|going) (about|through|with)
end (of|to) my (rope|tether|patience|shift|day|week|course|treatment|contract|lease)
(save|saving|saved|saves) (my|his|her|their) (life|lives)
(saving|saved|save|saves) (up)? (money)? (for|to pay for) (a|an|the|my)? (ketamine|spravato|esketamine|infusion|infusions|treatment|treatments|session|sessions|therapy|clinic|trip|holiday|car|house|deposit)
(got|get|gets|getting|had|have) (a chance|the chance|time|the time)? to say (goodbye|goodbyes|good bye|our goodbyes)
(said|say|saying) our (goodbyes|goodbye|last goodbyes)
keep going (to|back to) (the|my|a|an|work|school|appointments|sessions|infusions|therapy|clinic)
(lethal|fatal|toxic) (dose|doses) of (ketamine|esketamine|spravato|it) (in|for) (humans|people|adults|animals|rats|mice)
(cant|cannot|can not) (take|stand|bear) it (anymore|any more) (with|from) (my|the|this|our) (upstairs|downstairs|next door|new|noisy)? (neighbour|neighbor|neighbours|neighbors|noise|job|boss|commute|landlord|flatmate|roommate|housemate)
(loose ends) (at work|before (my|the) (leave|holiday|vacation|surgery|treatment|move))
(gave|giving|give|given) away (all)? (my|our)? (old|winter|summer|baby|spare|unused|outgrown) (old|winter|summer|baby|spare)? (clothes|things|stuff|toys|furniture|books|coats)
(lethal|fatal|toxic) (dose|doses) compared (to|with)
(not|never) wake up (depressed|sad|anxious|low|groggy|tired|feeling|in pain|with|until|during|before|in the middle)
be (here|around) (tomorrow|next week|on _|this week) (for|at) (my|the|a|an) (session|appointment|infusion|treatment|visit|dose)
"""

# The second reader's vocabulary (safety.risk_score): the words of the warning signs above,
# as people put them, whatever the sentence around them. A message the phrases miss is
# scored on which of these it uses, each alone and with the word beside it; the weights
# are learnt from tests/data by scripts/make_crisis_model.py, not written by hand.
RISK_WORDS = """
die dying died dead death deaths kill killing killed end ending ended gone goodbye goodbyes farewell farewells funeral
grave heaven afterlife buried alive exist existing existence disappear vanish wake waking sleep forever burden burdens
pills tablets saved stash stashed stockpile stockpiled hoarding note notes letter letters affairs attempt attempted
overdose od rope noose bridge jump jumping gun cut cutting cuts blade blades razor burn burning hurt hurting harm
harming bleed scars hopeless hopelessness pointless point reason reasons future trapped trap escape unbearable
suffering agony torment join reunited follow reunite behind reckless belongings possessions forgive forgiveness nobody
noone surrender painless painlessly lethal fatal deadly suicide suicidal myself himself herself themselves
"""

# Words that say whose risk a match speaks of. Nearest first: the words of the match
# itself, then the words before it. With no such word, the message is taken to be the
# writer's own.
POSSESSIVES = "my our his her their your the mi mon ma meu minha"
SELF_WORDS = (
    "i im ive id ill me myself meself myslef mysefl myelf mysel myseld mysef mself myselfe mysself "
    "yo me mi je jai moi mon ma mes eu mim ich mich mir io"
)
OTHER_WORDS = (
    "he she they him her them himself herself themselves themself themselfs theirself theirselves hisself "
    "his hers their hes shes theyre theyve theyd hed shed someone somebody"
)
# A relation speaks of someone else when it is someone's: "my son", not "a mom who".
RELATIONS = (
    "son daughter kid kids child teen teenager boy girl wife husband partner spouse boyfriend girlfriend "
    "bf gf fiance fiancee mom mum mother dad father parent brother sister sibling friend bestie bff "
    "roommate flatmate housemate coworker colleague classmate student patient client grandma grandmother "
    "grandpa grandfather aunt uncle cousin niece nephew stepson stepdaughter stepmom stepdad sis bro twin "
    "hijo hija esposo esposa pareja amigo amiga fils fille mari femme filho filha marido"
)
