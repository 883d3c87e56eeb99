"""Reporting frames: the speaker before a reporting verb and the content after it.

News prose wraps the verb in modifiers a reader skips without noticing:
"Sen. Ana Ruiz (D-Ore.), the panel's chair, on Tuesday also said in a statement
that …". This module peels them off both sides of the verb, so the quote and
claim extractors only decide *whether* a frame is there, never *where* its parts
start. Word lists live in ``rules/lexicon/speech.toml`` under ``[frames]``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from provlint.extract.cues import belief_verbs, irregular_past, speech_verbs, verb_forms
from provlint.extract.people import tokens
from provlint.extract.speakers import (
    ADVERBS,
    PLACE_PREPOSITIONS,
    Phrase,
    classify,
    classify_words,
    is_role,
    is_title_word,
    source_like,
)
from provlint.resources import lexicon
from provlint.text import alternation, strip_span


@cache
def _words() -> dict[str, frozenset[str]]:
    data = lexicon("speech")["frames"]
    return {key: frozenset(word.lower() for word in value) for key, value in data.items()}


@cache
def _time_pattern() -> str:
    """When something was said: "Tuesday", "on Tuesday night", "last week", "earlier"."""
    times = alternation(_words()["times"], grouped=True)
    parts = alternation(_words()["day_parts"], grouped=True)
    return (
        rf"(?:(?:on|in|last|this|next|early|late|earlier|later)\s+)?(?:{times})"
        rf"(?:\s+(?:{parts}))?(?![’']s\b)"  # "Monday's decision" is no time of saying
        # "in the past", "in recent weeks", "within the past few days"
        r"|(?:in|within|over)\s+(?:the\s+past|recent)(?:\s+(?:few\s+|two\s+|three\s+|several\s+)?"
        r"(?:days|weeks|months|years))?\b"
        # "at one point", "at that point", "at times"
        r"|at\s+(?:(?:one|some|that|this|any)\s+point|times)\b"
        # "two weeks ago", "less than a month ago"
        r"|(?:(?:less|more)\s+than\s+|about\s+|nearly\s+)?(?:a|an|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)"
        r"\s+ago\b"
    )


@cache
def _setting_pattern() -> str:
    """Where or how it was said: "in a statement", "during Monday's debate", "on Harbour Radio"."""
    settings = alternation(_words()["settings"], grouped=True)
    return (
        rf"(?:in|during|at|on|via|by|over|through)\s+(?:(?!that\b)[^\s,;:.“”\"]+\s+){{0,5}}"
        rf"(?:{settings}){_COMPANY}"
    )


# Who else was there, or what it was of: "in an interview with Harbour Radio", "at a rally
# in Eastport that", "in an account of the ferry years that".
_COMPANY = (
    r"(?:\s+(?:with|to|on|in|at)\s+[^,;:“”\"]{1,40}?(?=\s*(?:,|that\b))"
    r"|\s+of\s+[^,;:“”\"]{1,40}?(?=\s+that\b))?"
)


# A broadcaster's programme after its name, read past after a verb: "said on QTV's
# ''Pier Talk''", "on Harbour News' Morning Tide", "on Bay News’ “The Tide Hour”".
_SHOW = (
    r"[’']s?\s+(?:(?:''|[“\"])[^“”\"\n]{1,40}?(?:''|[”\"])"
    r"|(?-i:[A-Z][\w’'-]*(?:(?:\s+(?:the|of|and|a))*\s+[A-Z][\w’'-]*){0,3}))"
)


def is_setting(phrase: str) -> bool:
    """Whether a phrase names how something was said, not who said it ("a statement")."""
    words = phrase.lower().split()
    return bool(words) and words[-1] in _words()["settings"]


# Lower-case words ending in -ly that are not adverbs.
_LY_NOUNS = frozenset(
    "family ally rally assembly supply reply anomaly monopoly bully italy".split()
)
_AUXILIARIES = frozenset(
    "has have had will would could should may might must long did does do is was are were".split()
)


@cache
def _left_modifier() -> re.Pattern[str]:
    """One modifier at the very end of the words before a verb (anchored with $)."""
    return re.compile(
        rf"(?=[\s,(])(?:\s*\([^()\n]{{1,60}}\)\s*,?"  # "(D-Ore.)", "(pictured)", "(R-WA),"
        r"|,\s*(?-i:[RDI]-[A-Z][A-Za-z.]{0,12})\s*,?"  # "Sen. Ana Ruiz, R-Ore.,"
        rf"|,\s*(?:however|meanwhile|though|too|in\s+turn|for\s+(?:his|her|their|its)\s+part)\s*,"
        rf"|\s+(?:{_time_pattern()})"
        rf"|\s+{_setting_pattern()}"
        r"|\s+(?-i:[a-z]+(?:n['’]t)?))\s*$",
        re.IGNORECASE,
    )


_MODIFIER_REACH = 160
# "’s", "’ve", "’d", "’ll", "’re", "’m" written into a pronoun: "he’s said", "they’ve
# argued", "we’re seeing".
_AUXILIARY_SUFFIX = r"['’](?:s|ve|d|ll|re|m)"
_CONTRACTION = re.compile(rf"\b(?i:he|she|it|they|we|i|you)({_AUXILIARY_SUFFIX})\s*$")


def _peel_left(text: str, start: int, end: int) -> int:
    """Move ``end`` back over adverbs, auxiliaries, times, settings and parentheticals."""
    pattern = _left_modifier()
    while end > start:
        contracted = _CONTRACTION.search(text, max(start, end - 12), end)
        if contracted is not None:
            # "he’s said", "they’ve argued": the auxiliary is written into the pronoun.
            end = contracted.start(1)
            continue
        # Modifiers are short: look only at the end, not at the whole sentence again.
        match = pattern.search(text, max(start, end - _MODIFIER_REACH), end)
        if match is None:
            break
        raw = match.group().strip()
        word = raw.lower()
        bare = not re.search(r"[\s(,]", word)
        if bare and not (_skippable_word(word) or raw in _THIS_DAY):
            break  # "Holt's backers today argue"; not "EASTPORT TODAY reported"
        end = match.start()
    return end


_THIS_DAY = frozenset({"today", "yesterday", "tonight"})


def _skippable_word(word: str) -> bool:
    """A single lower-case word that may stand between a subject and its verb."""
    if word in ADVERBS or word in _AUXILIARIES or word in _words()["adverbs"]:
        return True
    if word == "not" or (word.endswith(("n't", "n’t")) and word[:-3] in _AUXILIARIES):
        return True  # "does not say", "didn't report": a denial names its speaker too
    return word.endswith("ly") and word not in _LY_NOUNS


def gap_is_subject(text: str, end: int, cue_start: int) -> bool:
    """Whether only skippable words stand between a subject ending at ``end`` and the verb."""
    return _peel_left(text, end, cue_start) <= end or not text[end:cue_start].strip()


def subject_before(text: str, start: int, cue_start: int) -> Phrase | None:
    """The speaker of a reporting verb, read back from the verb within [start, cue_start).

    Skips what may stand between them ("Ruiz on Tuesday also said") and an
    appositive set off by commas ("Ruiz, the panel's chair, said").
    """
    end = _peel_left(text, start, cue_start)
    dashed = _DASHED_ASIDE.search(text, max(start, end - 160), end)
    if dashed is not None:
        # "A former candidate -- Ben Holt, who lost in 2011 -- said": the name in
        # the aside says who the description is.
        named = classify(text, *dashed.span(1))
        if named is not None and named.kind == "name":
            return named
        end = dashed.start()
    share = _SHARE.search(text, max(start, end - 90), end)
    if share is not None:
        # "half of island ferry users said", "75 percent of islanders said": poll answers.
        return Phrase(share.group(1), share.start(1), share.end(1), "group")
    relative = _RELATIVE.search(text, max(start, end - 12), end)
    if relative is not None:
        # "Frost, who said he votes …": the speaker is the one the clause is about.
        return subject_before(text, start, relative.start()) or phrase_before(
            text, start, relative.start()
        )
    restrictive = _restrictive_clause(text, start, end, cue_start)
    if restrictive is not None:
        # "People who know him well said", "Voters that backed the levy say": the one the
        # clause picks out speaks, not the clause's object.
        return _with_home(text, start, restrictive)
    phrase = phrase_before(text, start, end)
    if phrase is not None and not text[phrase.end : end].strip():
        return _with_home(text, start, _whole_subject(text, start, phrase) or phrase)
    if phrase is None:
        owner = _owner_before(text, start, end) or _source_with_knowledge(text, start, end)
        if owner is not None:
            return owner
    # The aside may end in a quoted phrase: "Frost, citing ''the magic of the pier,'' said".
    unquoted = text[start:end].rstrip()
    before = unquoted.rstrip("”\"'’")
    if not before.endswith(","):
        return None
    comma = start + len(before) - 1
    opening = text.rfind(",", start, comma)
    if opening == -1:
        return None
    if len(before) < len(unquoted) and not _QUOTE_OPENS.search(text, opening, comma):
        return None  # "…,” wrote Tideline": the end of a quotation, not of an aside
    if _CLOSES_QUOTED_TITLE.match(text, opening + 1):
        # "Marsh, the co-author of "Low Tide," about …, said": the comma closed a
        # quoted title inside the aside; the aside opens before it.
        title = _QUOTE_OPENS_BEFORE.search(text, max(start, opening - 80), opening)
        opening = text.rfind(",", start, title.start()) if title else -1
        if opening == -1:
            return None
    if _is_state(text[opening + 1 : comma]) and _CITY_BEFORE.search(text, start, opening):
        # "Jane Doe, of Eastport, Maine, said": the state continues the aside's place.
        opening = text.rfind(",", start, opening)
        if opening == -1:
            return None
    appositive = classify(text, opening + 1, comma)
    if appositive is not None and appositive.kind == "name":
        # "the skipper, Tom Obi, told": the name says who the description is.
        described = phrase_before(text, start, opening)
        if described is not None and described.kind in ("descriptor", "group"):
            return appositive
        if _DESCRIPTION.fullmatch(text, start, opening):
            # "the director of the port, Joan B. Holt, said": too long to read as
            # one phrase, but a description all the same.
            return appositive
    aside = text[opening + 1 : comma]
    if not (looks_appositive(aside) or is_long_description(aside)):
        return None
    age = _AGE_BEFORE.search(text, start, opening)
    if age is not None:
        # "Rosa Ortiz, 21, a deckhand from Eastport, said": the age is a second aside.
        opening = age.start()
    share = _SHARE.search(text, max(start, opening - 90), opening)
    if share is not None:
        # "A third of ferry riders, 33%, say": a poll's answer, its figure set aside.
        return Phrase(share.group(1), share.start(1), share.end(1), "group")
    # The comma opening the aside may close another: "Marsh, meanwhile, who …, said".
    before_aside = _peel_left(text, start, opening + 1)
    if before_aside > opening:
        before_aside = _peel_left(text, start, opening)
    phrase = phrase_before(text, start, before_aside)
    if phrase is None or (phrase.kind == "group" and not source_like(phrase.text)):
        return None  # "a harbour source, who …, told" speaks; "the fans, …" not
    return _with_home(text, start, phrase)


_QUOTE_OPENS = re.compile(r"[“‘]|''|(?<![\w.,!?])\"")
# A closing mark right after a comma, then more of the aside: ',” about the spread of'.
_CLOSES_QUOTED_TITLE = re.compile(r"(?:”|''|\")\s+[a-z]")
# The opening mark of the last quoted phrase before a point.
_QUOTE_OPENS_BEFORE = re.compile(r"(?:“|''|(?<![\w.,!?])\")[^“”\"]{1,60}$")
_SHARE = re.compile(
    r"(?:^|(?<=[\s,]))((?:(?:about|nearly|almost|over|more than|fewer than|roughly)\s+)?"
    r"(?:half|most|many|some|all|none|(?:a|the)\s+(?:majority|minority|plurality)|"
    r"a\s+(?:third|quarter|fifth)|"
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|fifteen)"
    r"\s*(?:percent|per\s+cent|%)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:quarters?|thirds?|fifths?|"
    r"in\s+(?:\d+|ten|five|three|four))|\d{1,2}\s+in\s+(?:\d{1,3}|ten)|three-quarters|two-thirds)"
    r"(?:\s+of\s+[^,;:.()“”\"]{1,60}?)?)\s*$",
    re.IGNORECASE,
)
# The words a share (`_SHARE`) can open with: a cheap test before reading a clause's
# subject for one.
_SHARE_LEAD = re.compile(
    r"(?i:\d|about|nearly|almost|over|more|fewer|roughly|half|most|many|some|all|none|"
    r"(?:a|the)\s+(?:third|quarter|fifth|majority|minority|plurality)|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)"
)


def may_open_share(text: str, start: int, end: int) -> bool:
    """Whether a share ("14 percent of voters", "a third") may start at ``start``."""
    return _SHARE_LEAD.match(text, start, end) is not None


_RELATIVE = re.compile(r",?\s*\bwho\s*$")
# A relative clause with no comma before it, up to the verb: "who know him well", "that
# have backed him". After "that" only a plain verb form opens one ("that officials"
# is the next clause's subject).
_RESTRICTIVE_OPENER = re.compile(r"(?<=[\w’'])\s+(?:(who)|that)\s+([a-z][\w’'-]*)")
_RESTRICTIVE_BODY = re.compile(r"[^,;:()“”\"—–]{0,80}")
_NOT_A_VERB = frozenset("he she they i we you it the a an his her their its this that".split())
# A clause holding these is joined to another, or has a subject of its own ("when he").
_NOT_IN_CLAUSE = frozenset(
    "who that which and or but nor when if because as while after before since until unless "
    "although though where whether he she they i we it you".split()
)
# A word the verb cannot follow: "led her to announce", "for no other reason", "let them
# think" (where "them" is the subject).
_NOT_BEFORE_VERB = frozenset(
    "to the a an no other his her its their our my your this these those every any some each "
    "of for with at in on by from about as than them".split()
)
# "who has been confirmed", "who can support": the verb is the clause's own.
_CLAUSE_AUXILIARIES = frozenset(
    "has have had is are was were be been being will would could can may might must shall "
    "should did does do not never yet still just already once".split()
)
_THAT_VERB = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|also|once|still|"
    r"never|[a-z]+ed|[a-z]+ly)"
)


def _restrictive_clause(text: str, start: int, end: int, cue_start: int) -> Phrase | None:
    """The subject before a restrictive relative clause that ends at the verb; not for a
    participle ("a speech that included Holt vowing"), whose subject is nearer."""
    window = max(start, end - 100)
    if text.rfind(" who ", window, end) == -1 and text.rfind(" that ", window, end) == -1:
        return None  # the common case, answered without the search below
    openers = list(_RESTRICTIVE_OPENER.finditer(text, window, end))
    if not openers or not _RESTRICTIVE_BODY.fullmatch(text, openers[-1].end(), end):
        return None
    opener = openers[-1]
    first = opener.group(2)
    if first in _NOT_A_VERB or (opener.group(1) is None and not _THAT_VERB.fullmatch(first)):
        return None
    body = text[opener.start(2) : end].split()
    verb = text[cue_start : cue_start + 20].split(maxsplit=1)
    if (
        len(body) > 10
        or (verb and verb[0].endswith("ing"))
        or any(word.lower() in _NOT_IN_CLAUSE for word in body)
        or body[-1].lower() in _NOT_BEFORE_VERB
        or body[-1].endswith(_POSSESSIVE)
        or "--" in body
        or all(_auxiliary_or_skippable(word.lower()) for word in body)
    ):
        return None
    head = phrase_before(text, start, opener.start())
    if head is None or head.end != opener.start() or head.kind == "pronoun":
        return None
    return head


def _auxiliary_or_skippable(word: str) -> bool:
    return word in _CLAUSE_AUXILIARIES or _skippable_word(word)


# A sentence-initial description: "On Friday, however, the head of the port".
_DESCRIPTION = re.compile(
    r"(?:[^,]{0,40},\s*(?:however,\s*)?)?(?i:the|a|an|his|her|its|their)\s+[a-z][^,;:“”\"]{0,80}"
)
# "associate professor of geography at the University of Tidewater-Eastport": a lower-case
# description longer than ``looks_appositive`` takes, with no verb of saying in it.
_LONG_DESCRIPTION = re.compile(r"\s*[a-z][\w-]*(?:\s+[\w.’'&-]+){1,16}\s*")
# An aside between dashes ("--", "—", "–" or a spaced "-") just before the verb.
_DASHED_ASIDE = re.compile(
    r"\s(?:--|—|–|-(?=\s))\s*([^,—–\n]{1,120}?)\s*(?:,[^—–\n]{0,100})?\s*(?:--|—|–|(?<=\s)-)\s*$"
)
_AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*$")


def object_verbs() -> frozenset[str]:
    """Verbs whose listener comes right after them ("told reporters")."""
    return _words()["object_verbs"]


def is_long_description(phrase: str) -> bool:
    """ "director of the Harbour Studies Unit at the University of Tidewater"; a role's may
    run longer ("director of the Center for Coastal Trade and Shipping at the Marsh
    Institute of Ports at Tidewater University")."""
    if _LONG_DESCRIPTION.fullmatch(phrase) is not None:
        return True
    return _ROLE_DESCRIPTION.fullmatch(phrase) is not None and is_role(phrase.split()[0])


_ROLE_DESCRIPTION = re.compile(r"\s*[a-z][\w-]*(?:\s+[\w.’'&-]+){17,30}\s*")


def is_share(phrase: str) -> bool:
    """ "Fewer than three in 10", "75 percent of islanders": a share of people polled."""
    return _SHARE.fullmatch(phrase) is not None


_OWNED = re.compile(r"\s+(?:of|for|in|at|from|on)\s+[^,;:()“”\"]{1,50}?\s*$")


def _owner_before(text: str, start: int, end: int) -> Phrase | None:
    """ "Several supporters of the levy", "advocates for harbour dredging": the people,
    when what they belong to reads as no phrase of its own."""
    link = _OWNED.search(text, max(start, end - 60), end)
    if link is None:
        return None
    head = phrase_before(text, start, link.start())
    if head is None or head.kind == "pronoun" or text[head.end : link.start()].strip():
        return None
    lead = text[start : head.start].strip()
    if lead and not lead.endswith(","):
        return None  # the owner opens its clause: "took the stage in Eastport and said" has none
    if head.kind == "group" and not (
        source_like(head.text) and head.text.split()[-1][:1].islower()
    ):
        return None  # "supporters", "critics"; not "the stage Tuesday"
    return head


def home_subject(text: str, start: int, end: int) -> tuple[Phrase, int] | None:
    """The subject ending at ``end``, read back through a home link ("a source close to
    Holt", "people familiar with the talks" are the source and the people), and where
    the words that make it end."""
    phrase = phrase_before(text, start, end)
    if phrase is not None:
        return _with_home(text, start, phrase), phrase.end
    pronoun = _OBJECT_PRONOUN_BEFORE.search(text, max(start, end - 8), end)
    if pronoun is None:
        source = _source_with_knowledge(text, start, end)
        return (source, strip_span(text, start, end)[1]) if source is not None else None
    linked = Phrase(pronoun.group(1), pronoun.start(1), pronoun.end(1), "pronoun")
    home = _with_home(text, start, linked)
    return (home, linked.end) if home is not linked else None


_OBJECT_PRONOUN_BEFORE = re.compile(r"\b(him|her|them)\s*$")


def _source_with_knowledge(text: str, start: int, end: int) -> Phrase | None:
    """ "An aide familiar with the plans for Friday's vote", "pilots with direct
    knowledge of Holt's work": an anonymous source, whose object reads as no phrase."""
    link = _SOURCE_LINK.search(text, max(start, end - 90), end)
    if link is None or _DETERMINER_BEFORE.search(text, link.end(1), end):
        return None  # "aides familiar with her thinking": "thinking" is no verb here
    head = phrase_before(text, start, link.start())
    if head is None or not (head.kind == "descriptor" or source_like(head.text)):
        return None
    return head


def _with_home(text: str, start: int, phrase: Phrase) -> Phrase:
    """ "Rep. Ana Ruiz of Oregon" names Ruiz, "officials in the port" the officials,
    "a source familiar with Holt's plans" the source."""
    link = _HOME_LINK.search(text, max(start, phrase.start - 30), phrase.start)
    if link is None:
        return phrase
    head = phrase_before(text, start, link.start())
    if head is None:
        return phrase
    if _title_through_of(head, link.group(1), phrase):
        # "Secretary of State Ada Lindqvist": the title runs on through "of" to the name.
        return Phrase(text[head.start : phrase.end], head.start, phrase.end, "name")
    if head.kind in ("name", "descriptor") and (phrase.kind == "name" or link.group(1) != "of"):
        return head
    if head.kind == "group" and source_like(head.text):
        return head
    return phrase


def _title_through_of(head: Phrase, link: str, phrase: Phrase) -> bool:
    """Whether "of" joins a title to the rest of it and a name: "Secretary of State Jo
    Marsh", "Chief of Staff Ian Frost". Not "Rep. Ana Ruiz of Oregon", and not a
    description in lower case ("president of the Tidewater Institute") or an acronym's
    ("CEO of …"): what follows those is an organisation."""
    title = head.text.split()[-1]
    return (
        link == "of"
        and phrase.kind == "name"
        and len(phrase.text.split()) >= 3
        and title[:1].isupper()
        and not title.isupper()
        and is_title_word(title.lower())
    )


_DETERMINER_BEFORE = re.compile(r"\b(?i:his|her|their|its|our|my|your|the|a|an)\s*$")
# What links an anonymous source to what it is near or knows: "a source familiar with
# Holt's plans", "pilots with direct knowledge of the plan".
_NEAR = r"familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about"
_KNOWING = rf"{_NEAR}|with\s+(?:direct\s+|intimate\s+)?knowledge\s+of"
# The link, with up to eight words of what is known before the verb: "pilots with
# direct knowledge of Holt's work".
_SOURCE_LINK = re.compile(rf"\s+({_KNOWING})(?:\s+[^\s,;:.!?“”\"]+){{0,8}}\s+$")
# "officials in the port"; "a source familiar with Holt's plans", "people close to him".
_HOME_LINK = re.compile(rf"\s+(of|in|at|from|{_NEAR})\s+$")


_APPOSITIVE_OPENERS = frozenset(
    "a an the who whose which his her their its one another now then also both "
    "himself herself".split()
)


# News asides run long ("a veteran pilot who steered the dredger through the 2009 storm
# and now trains the crews that run the night ferry": 21 words); past 40 it is a sentence.
_LONGEST_APPOSITIVE = 40


def looks_appositive(phrase: str) -> bool:
    """ ", a historian at Tidewater," / ", who led the talks," — not a list or a clause."""
    words = phrase.split()
    if not words or len(words) > _LONGEST_APPOSITIVE:
        return False
    written = words[0].strip("(")
    first = written.lower()
    if first in _APPOSITIVE_OPENERS or first.endswith(_POSSESSIVE):
        return True
    if _owned_by_name(words):
        return True  # "Ana Ruiz’s right-hand woman"
    # "R-Ore.", "52", "chair of the panel", "North Shore director for Ortiz":
    # a short description, an age, or a role.
    return len(words) <= 8 and (
        any(is_role(word.lower().strip(".,")) for word in words[:5])
        or written[:1].isdigit()
        or written.islower()
        or first in _titles()
        or _PARTY_STATE.match(written) is not None
        or _PARTY_OF.match(phrase.strip()) is not None
    )


_POSSESSIVE = ("’s", "'s", "s’", "s'")


def _owned_by_name(words: list[str]) -> bool:
    """A description owned by a name of two or three words: "Ada Ortiz’s aide"."""
    for index, word in enumerate(words[1:3], start=1):
        if word.endswith(_POSSESSIVE):
            return index + 1 < len(words) and all(w[:1].isupper() for w in words[: index + 1])
    return False


_CITY_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*\s*$")


def _is_state(phrase: str) -> bool:
    return phrase.strip().lower() in _states()


@cache
def _states() -> frozenset[str]:
    return frozenset(lexicon("places")["states"])


# A US legislator's party and state: "R-Ore.", "D-Wash.", "I-Maine", "Republican of Idaho".
_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")
_PARTY_OF = re.compile(r"(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z]")


@cache
def _titles() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon("people")["titles"])


_PHRASE_WORD = re.compile(r"[^\s,;:()“”\"]+")
_PHRASE_BREAK = re.compile(r"[,;:()“”\"—–]|--")
_SUBJECT_WORDS = 9  # a subject is among the last nine words before its verb
_PHRASE_WINDOW = 240


def phrase_before(text: str, start: int, end: int) -> Phrase | None:
    """The subject right before a verb: "Vershbow", "the president", "he"."""
    # A window of the text before the verb holds the words a subject can be made of,
    # and a word the window cuts in two is not among them, unless the words are very
    # long; then the whole span is read.
    window = max(start, end - _PHRASE_WINDOW)
    words = list(_PHRASE_WORD.finditer(text, window, end))
    if window > start and len(words) <= _SUBJECT_WORDS:
        words = list(_PHRASE_WORD.finditer(text, start, end))
    chosen = None
    lowest = max(-1, len(words) - 1 - _SUBJECT_WORDS)
    # Split once: the tokens from a later word are the tail of these (no token spans
    # the space or mark between two phrase words).
    split = tokens(text, words[lowest + 1].start(), words[-1].end()) if words else []
    starts = [token.start for token in split]
    for first in range(len(words) - 1, lowest, -1):
        if _PHRASE_BREAK.search(text, words[first].end(), words[-1].start()):
            break
        candidate = classify_words(text, split[bisect_left(starts, words[first].start()) :])
        lowered = words[first].group().lower()
        if candidate is None:
            if chosen is not None:
                break
            continue
        chosen = candidate
        if candidate.kind == "pronoun" or lowered in ("the", "a", "an"):
            break
    if not words:
        return None
    adverb = words[-1].group().lower()
    if chosen is None and adverb in ADVERBS and len(words) > 1:
        return phrase_before(text, start, words[-1].start())
    if chosen is not None and chosen.kind != "pronoun":
        return _speaking_for(text, start, chosen) or chosen
    return chosen


# "A spokesman for", "the head of", "Critics of": a source who speaks for what follows.
_SPEAKS_FOR = re.compile(
    r"\b((?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?)?[\w’'-]+)\s+(?:for|of)\s+$", re.I
)


def _speaking_for(text: str, start: int, owner: Phrase) -> Phrase | None:
    """ "A spokesman for Eastport Ferries": the source, not what it speaks for."""
    window = max(start, owner.start - 60)
    if not text[window : owner.start].rstrip()[-3:].lower().endswith(("for", "of")):
        return None  # the common case, answered without the search below
    lead = _SPEAKS_FOR.search(text, window, owner.start)
    if lead is None:
        return None
    role = classify(text, *lead.span(1))
    if role is not None and role.kind == "name" and role.text.isalpha() and role.text[-1] == "s":
        # "Critics of the mayor": a capitalised plural opening the sentence is no name.
        role = Phrase(role.text, role.start, role.end, "group")
    if role is None or role.kind not in ("descriptor", "group") or not source_like(role.text):
        return None
    if " " not in role.text and not role.text.endswith("s"):
        return None  # "survey of voters showed": a record, read as such elsewhere
    return Phrase(text[role.start : owner.end], role.start, owner.end, role.kind)


_CLAUSE_STARTERS = frozenset(
    "who which that whose in at on during after before when while as for to with from "
    "of told adding".split()
)


# "(D-Ore.)", "(R)": a party tag in brackets after a name ("(Bill)" is a nickname).
_PARTY_TAG = re.compile(r"\([RDI](?:-[A-Z]|\))")


def phrase_after(text: str, start: int, end: int) -> Phrase | None:
    """The subject after a fronted verb, cut before a relative or participle clause."""
    stop = start
    taken = 0
    after_of = None
    for word in re.finditer(r"[^\s,]+", text[start:end]):
        lowered = word.group().lower()
        if taken and _PARTY_TAG.match(word.group()):
            break  # "said Rep. Lena Holt (D-Ore.)": the party tag is no part of the name
        if taken and (lowered in _CLAUSE_STARTERS or lowered.endswith("ing")):
            if lowered == "of":
                after_of = start + word.end()
            break
        stop = start + word.end()
        taken += 1
        if text[stop : stop + 1] == "," or _LINK_AFTER.match(text, stop):
            break  # "said an aide close to the mayor": the aide speaks
        if taken >= 10:
            return None
    if not taken:
        return None
    found = classify(text, start, stop) or _name_at_end(text, start, stop)
    if found is None and after_of is not None and taken <= 2:
        # "said one of three deckhands", "said master of ceremonies Lena Obi": what
        # follows "of", as a subject before its verb is read back to that word.
        return phrase_after(text, after_of, end)
    return found


_LINK_AFTER = re.compile(rf"\s+(?:{_KNOWING})\s")


def _name_at_end(text: str, start: int, end: int) -> Phrase | None:
    """ "Tidewater State University political scientist Nora Marsh": a description
    too long to classify, ending in the name it describes."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for size in (2, 3):
        if len(words) <= size or not words[-size - 1].group()[:1].islower():
            continue  # the name must follow a lower-case role word
        phrase = classify(text, start + words[-size].start(), end)
        if phrase is not None and phrase.kind == "name":
            return phrase
    return None


# A full stop after a title or an initial ("Mr. Holt", "Nora K. Frost") does not end a
# clause, nor one before a comma ("of Eastport, Ore., said").
_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bSt)"
    r"(?<!\bJr)(?<!\b[A-Z])\.(?!,)|[;:!?“”\"«»]"
)


def clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause starting at ``start`` ends: a stop, a colon, a quotation mark.

    A stop inside parentheses ("Rep. Ruiz (D-Ore.) said") ends nothing.
    """
    position = start
    while (match := _CLAUSE_END.search(text, position, limit)) is not None:
        before = text[start : match.start()]
        if before.count("(") <= before.count(")"):
            return match.start()
        position = match.end()
    return limit


def sentence_subject(text: str, start: int, end: int) -> Phrase | None:
    """The subject of a sentence's main verb: "Ruiz criticised the plan, saying …" gives Ruiz.

    The main verb is taken to be the first word in -ed, -s or an auxiliary whose
    subject starts the sentence or follows an opening phrase ("In Eastport, Ruiz …").
    """
    contracted = _CONTRACTED_START.match(text, start, end)
    if contracted is not None:
        # "He’s comparing the plans and says …": the auxiliary hides in the pronoun.
        return Phrase(contracted.group(1), *contracted.span(1), "pronoun")
    for word in _verbal().finditer(text, start, end):
        if source_like(word.group()):
            continue  # "officials", "voters": a plural noun, not the verb
        subject = subject_before(text, start, word.start())
        if subject is None:
            continue
        if _opens_clause(text, start, subject, end) and (
            subject.kind != "group" or source_like(subject.text)
        ):
            return subject
    return None


def _opens_clause(text: str, start: int, subject: Phrase, end: int) -> bool:
    """Whether a subject starts its sentence's clause: nothing before it but an opening
    phrase and its comma, connectives, a dateline or a subordinating word."""
    lead = text[start : subject.start].strip()
    return bool(
        not lead
        or lead.endswith(",")
        or all(word in CONNECTIVES for word in lead.lower().split())
        or _DATELINE.fullmatch(lead)
        or _HOW_MANY_OF.fullmatch(lead)
        or (_SUBORDINATOR_END.search(lead) and "," not in text[subject.end : end])
    )


# What may join a subject's first phrase to the one the verb was read from: "Ruiz and
# other board members", "The skippers on the north quay".
_SUBJECT_LINK = re.compile(rf"\s+(?:and|{'|'.join(PLACE_PREPOSITIONS)})\s+$")


_PLACED = frozenset({"in", "at", "across"})


def _whole_subject(text: str, start: int, subject: Phrase) -> Phrase | None:
    """The whole subject where the words read back from the verb are its tail: "Ruiz
    and other board members shunned …", "The skippers on the north quay seized …",
    "The fight in Eastport underscored …" (read by `subject_before`, so also the
    sentence's subject a participle after its clause speaks for). A place after a
    person is no part of a group ("Ruiz in Eastport")."""
    link = _SUBJECT_LINK.search(text, max(start, subject.start - 12), subject.start)
    if link is None:
        return None
    head = phrase_before(text, start, link.start())
    if head is None or head.kind == "pronoun" or text[head.end : link.start()].strip():
        return None
    whole = Phrase(text[head.start : subject.end], head.start, subject.end, "group")
    if "and" in link.group():
        return whole if source_like(whole.text) else None
    if head.kind != "group":
        return None
    # A group placed "in", "at" or "across" somewhere is the subject, not the place,
    # even one that cannot speak (callers judge that). After "on" or "from" the tail
    # may be the speaker ("a reply from the mayor said") unless the group can speak.
    return whole if link.group().split()[0] in _PLACED or source_like(head.text) else None


# A clause the verb stands in, opened after the sentence's start: "There were jabs,
# such as when Ruiz met Holt and called him …" (the verb in the same clause, no
# comma before it).
_SUBORDINATOR_END = re.compile(r"(?:^|[\s,])(?i:when|as|after|because|if|since|while|once|until)$")


def passive_verb(text: str, subject_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a verb of speech or belief stands in the passive after its subject: in
    "Holt is expected to run", "it was reported that …", "Ruiz was asked whether …"
    the subject is what the report is about, not who made it, and the report names
    no speaker. The form of "be" may be part of the cue ("is expected to")."""
    gap = _PASSIVE_GAP.match(text, subject_end, cue_end)
    if gap is None or gap.end() < cue_start:
        return False
    participle = _WORD.match(text, gap.end(), cue_end)
    if participle is None:
        return False
    verb = participle.group().lower()
    if not (verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES):
        return False
    if not _PASSIVE_TAIL.fullmatch(text, participle.end(), cue_end):
        return False  # "Holt was quoted as saying …" is Holt's
    # Not a state of mind: "Holt is worried that …" is Holt's.
    return verb in speech_verbs() or verb in belief_verbs()


# Between a subject and a participle: a form of "be", after auxiliaries and adverbs
# ("has long been", "was widely"); not "’s", which is also "has" ("he’s said").
_PASSIVE_GAP = re.compile(
    r"\s+(?:(?:has|have|had|will|would|may|might|could|should|can|must|not|also|\w+ly)\s+)*"
    r"(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?",
    re.I,
)
_IRREGULAR_PARTICIPLES = frozenset("said told heard known seen shown written thought".split())
_WORD = re.compile(r"[A-Za-z]+\b")
# What a cue may hold after its participle: nothing, or a preposition ("asked about").
_PASSIVE_TAIL = re.compile(r"(?:\s+(?:to|about|of|on|over|for|by))?\s*", re.I)


# A count of the subject before it: "Hundreds of dockworkers marched, chanting …".
_HOW_MANY_OF = re.compile(
    r"(?:(?:and|but|then)\s+)?(?:hundreds|dozens|thousands|scores|millions|a\s+handful|"
    r"a\s+crowd|a\s+group|a\s+few|several|many|some|most|\d[\d,]*)\s+of(?:\s+the)?",
    re.I,
)


# A word that opens a sentence before its subject without a comma ("Then he turned on …"),
# or stands set off by commas among the words that open it ("On Thursday, however, …").
CONNECTIVES = frozenset(
    "and but yet so still then later also instead meanwhile now again however".split()
)


# A wire dateline before the first sentence: "EASTPORT, Ore. (Quay Wire) -", "(HNA) —",
# "Tidewater (HNA) –" (a place in capitals, or any place before the agency).
# Looser than the metadata reader's dateline patterns, which need the place: the
# sentence reader may have split "Ore." off, leaving "(Quay Wire) -" as the lead.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .’'-]+(?:,\s*[A-Z][\w.]*)*\s*(?:\([^()]{1,40}\)\s*)?|"
    r"(?:[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3}\s*)?\([^()]{1,40}\)\s*)[-—–]"
)


_CONTRACTED_START = re.compile(rf"\s*(He|She|It|They|We|I|You){_AUXILIARY_SUFFIX}\b")


@cache
def _verbal() -> re.Pattern[str]:
    """A word that may be a sentence's main verb: -ed, -s, an auxiliary (also negated:
    "didn’t", "isn't"), a past form."""
    forms = alternation(irregular_past())
    return re.compile(
        rf"\b(?:[a-z]+ed|[a-z]{{3,}}s|has|have|had|is|was|are|were|will|would|did|does|{forms}|"
        r"(?:did|does|do|is|was|are|were|has|have|had|could|would|should|ca|wo)n[’']t)\b"
    )


@cache
def _right_modifier() -> re.Pattern[str]:
    """Modifiers right after a verb: times, settings, "of X,", adverbs."""
    return re.compile(
        rf"\s*,?\s*(?:(?:{_time_pattern()}|{_setting_pattern()}|(?:also|again|later|then|"
        r"repeatedly|recently|previously|publicly|privately|flatly|bluntly|simply|"
        r"(?:however|though|in\s+fact|of\s+course|nonetheless|nevertheless|"
        r"among\s+other\s+things)(?=\s*,)|"
        rf"once|often|early|earlier|ago|for\s+the\s+first\s+time))\b|{_SHOW}{_COMPANY})\s*,?",
        re.IGNORECASE,
    )


_OBJECT = re.compile(
    r"\s+(?:me|us|him|her|them|you|[a-z][\w-]*s|[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4}"
    r"(?:\s*[“\"][^”\"\n]{1,40}[”\"])?|(?:the|a|an|his|her|their|its|our|local|several)"
    r"(?:(?:\s+(?!(?:to|the|a|an|his|her|their|its|how|whether|if|why|what|when|where|"
    r"in|at)\b)"
    r"[a-z][\w-]*){1,3}"
    r"|(?:\s+[A-Z][\w’'.&-]*){1,4}(?:\s+(?!(?:to|that|and|or|how|whether|if|why|what|"
    r"when|where|who|in|at|on|for|with|from|by|of|about|he|she|it|they|we|i|you|there|"
    r"the|a|an|his|her|their|its|our|this|these|those)\b)[a-z][\w-]*)?))(?=[\s,])"
)
_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
# Where the listener was: "in Ames", "at the Mill Street Hall".
_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=[\s,])")
_THAT = re.compile(r"\s*,?\s*(that)\b")
_PUNCTUATION = re.compile(r"\s*[,:;.!?]")
# A conjunction right after the verb joins it to another verb or noun: what is said
# never starts with one ("praised and mocked them", "news reports and a book").
_CONJUNCTION = re.compile(r"\s*(?:and|or|nor|but)\b")
# What may follow a "that" opening reported content: its subject (a pronoun, a
# determiner, a name, a figure), a quotation, or an opening phrase.
_CLAUSE_AFTER_THAT = re.compile(
    r"\s*(?:[“\"‘,—–(]|''|\d|[A-Z]|(?:he|she|it|they|we|i|you|there|the|a|an|his|her|"
    r"their|its|our|this|these|those|some|many|most|no|every|all|any|both|each|one|"
    r"in|on|at|before|after|while|if|when|because|although|though|despite|since|as|"
    r"for|during|without|with|under|unless|once|even|only|not|such|more|fewer|few|"
    r"several|nearly|about|almost|over)\b)"
)
_THAT_AFTER_PHRASE = re.compile(
    r"\s*(?:of|about|on|in|at|during|before|after|to|from|over|for)"
    r"(?:\s+[^\s,;:.!?“”\"]+){1,6}?\s+(that)\b"
)
_THAT_AFTER_OBJECT = re.compile(r"(?:\s+[^\s,;:.!?“”\"]+){1,12}?\s+(that)\b")
# A listener of up to six words, then the question. No preposition among them: "asked
# him to explain why" asks for an act, "was asked by the host whether" names the asker,
# and "questions for which" is a relative clause.
_QUESTION_AFTER_OBJECT = re.compile(
    r"(?:\s+(?!(?:to|by|for|in|of|on|at|about|with|from)\b)[^\s,;:.!?“”\"]+){1,6}?"
    r"\s+((?:whether|if|why|how|what|when|where|who|which)\b)"
)
_CLAUSE_OPENER = re.compile(
    r"\s*(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|this|these|those|"
    r"[A-Z][\w’'.-]*)\b"
)
_ASKING = re.compile(r"\s*,?\s*(?:whether|if|why|how|what|when|where|who)\b", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\s*(?:on|in|at|during|about|of|for|to|with|by|from|over|after|before|into)\b"
)


def content_after(text: str, cue_end: int, end: int, verb: str) -> int | None:
    """Where reported content starts after a verb ending at ``cue_end``, or None.

    "said (on Tuesday) (in a statement) that …", "told reporters (that) …",
    "asked whether …"; a verb followed by a preposition or nothing reports
    no content ("spoke on Tuesday", "said so").
    """
    position = skip_right(text, cue_end, end)
    lowered = verb.lower()
    topic = _TOPIC.match(text, position, end)
    if (
        topic
        and lowered in _forms_of("topic_verbs")
        and not _THAT_AFTER_PHRASE.match(text, position, end)  # "warned of X that …"
    ):
        return topic.end(1)  # "warned of a bitter fight", "spoke about the pier"
    if lowered in _words()["asking_verbs"] and _ASKING.match(text, position, end):
        return word_start(text, position)
    if lowered in _forms_of("infinitive_verbs"):
        infinitive = _TO_DO.match(text, position, end)
        if infinitive:
            return infinitive.start(1)  # "promised to publish a survey"
    if lowered in _words()["object_verbs"]:
        that = _THAT.match(text, position, end) or _THAT_AFTER_OBJECT.match(text, position, end)
        if that:
            # "told The Tide and Gazette of Eastport on Saturday that …"
            return that.start(1)
        question = lowered in _words()["asking_verbs"] and _QUESTION_AFTER_OBJECT.match(
            text, position, end
        )
        if question:
            # "asked former mayor Tom Berg whether …", "asked our readers which …"
            return question.start(1)
        obj = _OBJECT.match(text, position, end)
        if obj is None:
            return None
        if _INFINITIVE.match(text, obj.end(), end):
            # "asked pilots to run for the board": the request is the listener and the act.
            return word_start(text, obj.start())
        position = skip_right(text, obj.end(), end)
        place = _PLACE.match(text, position, end)
        if place:
            position = skip_right(text, place.end(), end)  # "told a crowd in Ames she …"
        if lowered in _words()["asking_verbs"] and _ASKING.match(text, position, end):
            return word_start(text, position)  # "asked Holt how high the tolls would be"
        that = _THAT.match(text, position, end)
        if that:
            return that.start(1)
        opener = _CLAUSE_OPENER.match(text, position, end)
        return word_start(text, position) if opener else None
    that = _THAT.match(text, position, end)
    if that:
        return that.start(1)
    if lowered in _words()["that_verbs"]:
        return None
    if _PREPOSITION.match(text, position, end):
        that = _THAT_AFTER_PHRASE.match(text, position, end)
        # "said of the plan that …", "said at a church in Eastport that …", "have said
        # for months that …"; not "spoke in a boathouse that faces the harbour" or "went
        # on to retire that year", where "that" opens no clause of what was said.
        if that is None or not _CLAUSE_AFTER_THAT.match(text, that.end(1), end):
            return None
        return that.start(1)
    if _PUNCTUATION.match(text, position, end) or _CONJUNCTION.match(text, position, end):
        return None  # "said.", "praised and mocked", "news reports and a book reveal"
    if lowered in talk_verbs() and not _PARTICLE.match(text, position, end):
        return None  # "spoke Hebrew", "speaks fluent Spanish": a language, no report
    return word_start(text, position)


# What a verb that takes no object reports through: "talked about", "spoke out against".
_PARTICLE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:about|of|on|over|out|up|against|for|as|in)\b")


_TOPIC = re.compile(r"\s*((?:of|about)\s+)(?=[\w“\"‘$])")


def talk_verbs() -> frozenset[str]:
    """Every form of the verbs of talk that take no object ("spoke", "talking")."""
    return _forms_of("intransitive_verbs")


@cache
def _forms_of(verb_class: str) -> frozenset[str]:
    """Every form of a class of verbs in ``speech.toml``'s frames: "topic_verbs" (content
    may be their topic: "warned of …"), "infinitive_verbs" ("vowed to …")."""
    return frozenset(form for lemma in _words()[verb_class] for form in verb_forms(lemma))


_TO_DO = re.compile(r"\s*(to)\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[“\"‘]?[a-z]")


def skip_right(text: str, position: int, end: int) -> int:
    """Move past the times, settings and adverbs after a verb ("said in a statement Monday")."""
    pattern = _right_modifier()
    while position < end:
        match = pattern.match(text, position, end)
        if match is None or match.end() == position:
            break
        position = match.end()
    return position


def word_start(text: str, position: int) -> int:
    """The next word's start: past spaces, line breaks and commas."""
    while position < len(text) and text[position] in " \t\n,":
        position += 1
    return position
