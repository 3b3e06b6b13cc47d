"""role_phrases tries ROLE_PATTERN only at words that can open a role phrase; over any
text it finds what ROLE_PATTERN.finditer finds (find_role what .search finds)."""
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.parse.tables import ROLE_PATTERN, ROLE_PHRASES, find_role, role_phrases
from tests.conftest import dev_rows

# Every phrase as trailers print it, and some near misses.
PHRASES = (
    "Edited and translated from the Norwegian by", "translated and edited by", "Tr. by", "tr. from German by",
    "trans. from Portuguese by", "Trans. Jane Doe", "trans. jane", "Translated and with an introduction by",
    "with an introduction by",
    "With a new introduction by", "Intro. by", "new foreword by", "with a foreword by", "afterword by",
    "with photographs by", "photos by", "Photography by", "illustrations by", "drawings by", "pictures by",
    "illus. by", "Illustrated by", "selected and edited by", "edited, with an introduction and notes, by",
    "Ed. by", "eds. ", "ed. ", "Compiled and edited by", "selected by", "Written and Illustrated by",
    "with additional essays by", "with contributions by", "with text by", "with commentary by", "Reviewed by",
    "By", "BY", "by", "with", "WITH", "bye", "byline", "edition", "translation", "newer", "withal", "tri",
    "Traduit de l\u2019anglais (\u00c9tats-Unis) par", "traduit par", "Aus dem Englischen \u00fcbersetzt von",
    "\u00fcbersetzt von", "\u00fcbers. von", "traducci\u00f3n de", "traducido del ingl\u00e9s por",
    "tradotto dall'inglese da", "traduzione di", "Aus dem Haus von", "traduit", "traduzioni",
    "herausgegeben von", "Hrsg. von", "hg. v.", "sous la direction de", "a cura di", "a cura", "hg.", "sous",
    "Written by", "Story by", "Text and pictures by", "Words by", "A Story by", "Other Words by", "story",
    "read by", "Narrated by", "narr. by", "reader", "narrated", "narr.",
    ", tr. John", ", trs. John", ", transl. John", ", trans John", ", illus. John", ", ill. John", ", intro. John",
    "ill. ", "trs", "transl", ", ill. john", "deur", "Deur", ". Tr. John",
)
# Characters IGNORECASE folds onto the phrases' letters, and neighbours the lookbehind reads.
ODD = ("ſelected by", "tranſlated by", "ılluſ. by", "Kompiled", "bY", "ʙy", "_by", "'by", "1by", "é by", "by\u00a0",
       "\u2019by ", "ed.\t", "²by ")
WORDS = ("The", "Quiet", "Harbor", "Jane", "Doe", "and", "of", "Knopf", "(", ")", ",", ".", ";", ":", "\n", "  ", "-")


def agrees(text: str) -> bool:
    fast = [(m.span(), m.groupdict()) for m in role_phrases(text)]
    slow = [(m.span(), m.groupdict()) for m in ROLE_PATTERN.finditer(text)]
    search = ROLE_PATTERN.search(text)
    found = find_role(text)
    return fast == slow and (found.span() if found else None) == (search.span() if search else None)


def _text(rnd: random.Random) -> str:
    pieces = [rnd.choice(PHRASES + ODD) if rnd.random() < 0.4 else rnd.choice(WORDS) for _ in range(rnd.randint(1, 12))]
    return "".join(p + rnd.choice(("", " ", " ", " ", ", ")) for p in pieces)


def test_every_phrase_is_sampled():
    hit = set()
    for phrase in PHRASES + ODD:
        for m in ROLE_PATTERN.finditer(phrase + " Jane Doe"):
            hit.update(name for name, value in m.groupdict().items() if value and name.startswith("r"))
    assert hit == {f"r{i}" for i in range(len(ROLE_PHRASES))}


def test_agrees_on_generated_heads():
    rnd = random.Random(1)
    texts = [_text(rnd) for _ in range(20_000)]
    assert [t for t in texts if not agrees(t)] == []
    assert sum(1 for t in texts if ROLE_PATTERN.search(t)) > 10_000


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PHRASES + ODD + WORDS) | st.text(alphabet="byedtrans.ſıK _'1é ", max_size=6),
                max_size=12))
def test_agrees_on_any_mix(pieces):
    assert agrees(" ".join(pieces))


def test_agrees_on_the_dev_inputs():
    texts = [row["text"] for row in dev_rows()]
    assert len(texts) == 204 and all(agrees(t) for t in texts)
