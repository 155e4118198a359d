"""The rules for names (see personal_data.py for what they find). A name is recognised by
what stands around it, or because a resident in the store bears it:

- a title, 'gezin' or 'familie', before a surname: 'Mevr. A. Jansen', 'het gezin van Visser';
- initials before a surname: 'J.P. de Vries';
- a first name before a surname: 'Karin Hoogduin', 'sanne proefpersoon' (store names);
- 'Surname, First name': 'Jansen, Anouk', 'Vries, de, Pieter';
- a relative named: 'zoon Levi', 'haar man Ahmed', 'de buurvrouw, Gerda';
- a first name with an age: 'Daan (8)', 'Levi, 16 jaar', 'Jesse van 12';
- a resident's first name or surname alone, written with a capital ('Sem', 'Vroom'). A
  surname or first name that is also an ordinary word ('Bakker', 'Groen', 'Wil', 'Roos')
  counts alone only inside a sentence and not after 'de', 'het' or 'een' ('de bakker', 'Wil
  de gemeente ...', 'De Visser van de markt' pass).
"""

from __future__ import annotations

import re

from .personal_data_first_names import COMMON_FIRST_NAMES
from .personal_data_types import (
    PREFIXES,
    Finding,
    FindingKind,
    NameIndex,
    adjacent,
    bare,
    finding,
    sentence_start,
    words_of,
)

Words = list[re.Match[str]]

_TITLES = frozenset({"mevrouw", "meneer", "mijnheer", "mevr", "mw", "dhr", "familie", "fam",
                     "mr", "mej", "juffrouw", "gezin", "mvr", "hr"})
_ABBREVIATED_TITLES = frozenset({"mevr", "mw", "dhr", "fam", "mr", "mej", "mvr", "hr"})
_RELATIVES = frozenset({
    "zoon", "zoontje", "dochter", "dochtertje", "kind", "kinderen", "baby", "broer", "broertje",
    "zus", "zusje", "man", "vrouw", "partner", "echtgenoot", "echtgenote", "vriend", "vriendin",
    "moeder", "vader", "oma", "opa", "buurman", "buurvrouw", "tante", "oom", "neef", "nicht",
    "stiefvader", "stiefmoeder", "pleegkind", "pleegzoon", "pleegdochter", "ex", "exman",
    "exvrouw", "kleinzoon", "kleindochter", "schoonmoeder", "schoonvader", "mantelzorger"})
# Capitalised words that begin a sentence or a name of a thing, never a surname on their own.
_NOT_A_SURNAME = frozenset({
    "de", "het", "een", "en", "er", "ze", "zij", "hij", "wij", "we", "ik", "u", "dit", "dat",
    "die", "deze", "is", "was", "heeft", "had", "kon", "kan", "wil", "wordt", "werd", "moet",
    "in", "op", "bij", "met", "van", "voor", "na", "naar", "om", "uit", "over", "ook", "maar",
    "of", "als", "nog", "niet", "geen", "wel", "zo", "toen", "dan", "sinds", "per", "via", "wmo",
    "jeugdwet", "uwv", "svb", "cak", "ggd", "ggz", "cjg", "bsn", "brp", "digid", "aow", "ww"})
# Surnames and first names that are also ordinary Dutch words (folded) or month abbreviations.
_ALSO_WORDS = frozenset({
    "bakker", "visser", "smit", "boer", "kok", "koster", "mulder", "dekker", "schipper", "vroom",
    "groen", "wit", "zwart", "jong", "bos", "berg", "brink", "haan", "vos", "kuiper", "timmerman",
    "smid", "molenaar", "schouten", "meijer", "koning", "keizer", "prins", "graaf", "hoek", "dijk",
    "veen", "beek", "wind", "storm", "zon", "ster", "roos", "lieve", "wil", "ben", "mark", "bas",
    "kim", "hoop", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    "zoon", "man", "vrouw", "lang", "klein", "groot", "kort",
    "post", "sint", "huis", "school"})
_ARTICLES = frozenset({"de", "het", "een", "des"})
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,4}")
_ABBREVIATIONS = frozenset({"n.b.", "p.s.", "a.u.b.", "o.a.", "t.a.v.", "m.b.t.", "i.v.m.",
                            "z.s.m.", "e.a.", "n.v.t.", "b.v.", "n.v."})
_AGE_AFTER = re.compile(r"\s*(?:\(\s*\d{1,2}\s*(?:jaar|jr\.?|mnd)?\s*\)|,\s*\d{1,2}\s*(?:jaar|jr)\b|"
                        r"\s+van\s+\d{1,2}\b(?!\s*(?:uur|euro|%)))")
# Businesses and places named after a person.
_NAMED_THINGS = frozenset({("albert", "heijn"), ("jan", "linders"), ("anne", "frank"),
                           ("jan", "splinter-beleid")})


def names(text: str, index: NameIndex) -> list[Finding]:
    words = words_of(text)
    found: list[Finding] = []
    for at, word in enumerate(words):
        end = (_after_title(text, words, at, index) or _after_initials(text, words, at, index)
               or _first_and_surname(text, words, at, index) or _surname_comma_first(text, words, at, index))
        if end is not None:
            found.append(finding(FindingKind.NAME, text, word.start(), words[end].end()))
            continue
        end = _alone(text, words, at, index)
        if end is None and (_named_relative(text, words, at) or _with_age(text, words, at, index)):
            end = at
        if end is not None:
            stop = words[end].end() - words[end].group(0).endswith(".")
            found.append(finding(FindingKind.NAME, text, word.start(), stop))
    return found


def _capitalised(word: re.Match[str]) -> bool:
    return word.group(0)[0].isupper()


def _first_name(word: re.Match[str], index: NameIndex) -> bool:
    token = bare(word)
    return token in index.first_names or token in COMMON_FIRST_NAMES


def _surname_from(text: str, words: Words, at: int, index: NameIndex, any_capitalised: bool,
                  comma: bool = False) -> int | None:
    """The last word of a surname starting at `at` (tussenvoegsels skipped): one in the store
    (any case), or with `any_capitalised` any capitalised word that is not an ordinary one."""
    while at < len(words):
        for length in range(min(index.longest_surname, len(words) - at), 0, -1):
            parts = words[at:at + length]
            if all(adjacent(text, a, b) for a, b in zip(parts, parts[1:], strict=False)) \
                    and " ".join(bare(p) for p in parts) in index.surnames \
                    and (_capitalised(parts[0]) or bare(parts[0]) not in _ALSO_WORDS):
                return at + length - 1
        word = words[at]
        if any_capitalised and _capitalised(word) and bare(word) not in _NOT_A_SURNAME \
                and bare(word) not in PREFIXES and len(word.group(0).rstrip(".")) > 1:
            return at  # also 'MEVROUW BAKKER'
        if bare(word) not in PREFIXES or word.group(0).endswith(".") or at + 1 >= len(words) \
                or not adjacent(text, word, words[at + 1], comma):
            return None
        at += 1
    return None


def _after_title(text: str, words: Words, at: int, index: NameIndex) -> int | None:
    token, raw = bare(words[at]), words[at].group(0)
    if token == "de" and at + 1 < len(words) and bare(words[at + 1]) == "heer":
        at += 1
    elif token not in _TITLES or (raw.endswith(".") and token not in _ABBREVIATED_TITLES):
        return None
    nxt = at + 1
    while nxt < len(words) and adjacent(text, words[nxt - 1], words[nxt]) \
            and _INITIALS.fullmatch(words[nxt].group(0)):
        nxt += 1
    if nxt >= len(words) or not adjacent(text, words[nxt - 1], words[nxt]):
        return None
    return _surname_from(text, words, nxt, index, any_capitalised=True)


def _after_initials(text: str, words: Words, at: int, index: NameIndex) -> int | None:
    if not _INITIALS.fullmatch(words[at].group(0)) or (
            at > 0 and _INITIALS.fullmatch(words[at - 1].group(0))
            and adjacent(text, words[at - 1], words[at])):
        return None
    nxt, run = at, ""
    while nxt < len(words) and _INITIALS.fullmatch(words[nxt].group(0)) and (
            nxt == at or adjacent(text, words[nxt - 1], words[nxt])):
        run += words[nxt].group(0).replace(" ", "")
        nxt += 1
    if run.lower() in _ABBREVIATIONS or nxt >= len(words) \
            or not adjacent(text, words[nxt - 1], words[nxt]):
        return None
    return _surname_from(text, words, nxt, index, any_capitalised=True)


def _first_and_surname(text: str, words: Words, at: int, index: NameIndex) -> int | None:
    word = words[at]
    if at + 1 >= len(words) or not _first_name(word, index) \
            or not adjacent(text, word, words[at + 1]) or word.group(0).endswith("."):
        return None
    if not _capitalised(word):  # 'sanne proefpersoon': both in the store
        if bare(word) not in index.first_names:
            return None
        return _surname_from(text, words, at + 1, index, any_capitalised=False)
    end = _surname_from(text, words, at + 1, index, any_capitalised=True)
    if end is not None and (bare(word), bare(words[end])) in _NAMED_THINGS:
        return None
    return end


def _surname_comma_first(text: str, words: Words, at: int, index: NameIndex) -> int | None:
    if not _capitalised(words[at]) or bare(words[at]) in _NOT_A_SURNAME:
        return None
    end = _surname_from(text, words, at, index, any_capitalised=False)
    if end is None or end + 1 >= len(words) or "," not in text[words[end].end():words[end + 1].start()]:
        return None
    nxt = end + 1
    while nxt < len(words) and bare(words[nxt]) in PREFIXES and nxt + 1 < len(words):
        nxt += 1  # 'Vries, de, Pieter'
    if _capitalised(words[nxt]) and _first_name(words[nxt], index) \
            and adjacent(text, words[nxt - 1], words[nxt], comma=True):
        return nxt
    return None


def _named_relative(text: str, words: Words, at: int) -> bool:
    if at == 0 or not _capitalised(words[at]) or bare(words[at]) in _NOT_A_SURNAME \
            or bare(words[at]) in _RELATIVES:
        return False
    before = words[at - 1]
    return bare(before) in _RELATIVES and not before.group(0).endswith(".") \
        and adjacent(text, before, words[at], comma=True)


def _with_age(text: str, words: Words, at: int, index: NameIndex) -> bool:
    word = words[at]
    return _capitalised(word) and _first_name(word, index) and not word.group(0).endswith(".") \
        and bool(_AGE_AFTER.match(text, word.end()))


def _alone(text: str, words: Words, at: int, index: NameIndex) -> int | None:
    """The last word of a resident's first name or whole surname starting at `at`."""
    word = words[at]
    if not _capitalised(word):
        return None
    end = None
    for length in range(min(index.longest_surname, len(words) - at), 0, -1):
        parts = words[at:at + length]
        if all(adjacent(text, a, b) for a, b in zip(parts, parts[1:], strict=False)) \
                and " ".join(bare(p) for p in parts) in index.surnames:
            end = at + length - 1
            break
    token = bare(word)
    if end is None and token in index.first_names:
        end = at
    if end is None or (end == at and token in PREFIXES):
        return None
    if end == at and token in _ALSO_WORDS:
        after_article = at > 0 and bare(words[at - 1]) in _ARTICLES
        if sentence_start(text, word) or after_article:
            return None
    return end
