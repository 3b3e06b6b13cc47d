"""Undo Penn-Treebank tokenization so the trailer grammar sees text as it was printed.

NLP corpora ship reviews as ``STALIN 'S SPY ' ... $ 25.95``; a reader wants
``STALIN'S SPY' ... $25.95``. Plain text passes through untouched.
"""
from __future__ import annotations

import re

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
             "-LCB-": "{", "-RCB-": "}"}
_GLUE_LEFT = {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "''", "'", "...", "n't", "N'T"}
_GLUE_RIGHT = {"(", "[", "{", "``", "`", "$", "#"}
_QUOTES = {"``": '"', "''": '"', "`": "'"}
_CLITIC = re.compile(r"^'(s|S|re|RE|ve|VE|ll|LL|d|D|m|M)$")
_PTB_MARKERS = ("-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-", "`` ", " ''", " 's ", " 'S ", " n't ")
_SPACED_PUNCT = (" , ", " . ", " ; ", " : ", " .\n", " ,\n")


def looks_tokenized(text: str) -> bool:
    """True when text carries PTB tokens (`` '' -LRB- 's) or space-separated punctuation.

    Plain substring tests, the rarest first: this runs on every document of a corpus, most
    of them long and plain. (Checked equal to testing every marker of _PTB_MARKERS.)
    """
    if ("-L" in text or "-R" in text) and any(token in text for token in _BRACKETS):
        return True
    if "`` " in text or " ''" in text or " n't " in text or (" '" in text and (" 's " in text or " 'S " in text)):
        return True
    if not (" ," in text or " ." in text or " ;" in text or " :" in text):   # no spaced punctuation at all
        return False
    return sum(text.count(p) for p in _SPACED_PUNCT) >= 2


def detokenize_line(line: str) -> str:
    """One tokenized line back to printed text."""
    out: list[str] = []
    glue_next = False
    for token in line.split():
        token = _BRACKETS.get(token, token)
        # "Harich - Schneider" -> "Harich-Schneider": a lone hyphen glues both ways
        if out and (glue_next or token in _GLUE_LEFT or token == "-" or (token[0] == "'" and _CLITIC.match(token))):
            out[-1] += _QUOTES.get(token, token)
        else:
            out.append(_QUOTES.get(token, token))
        glue_next = token in _GLUE_RIGHT or token[-1] == "-"
    return " ".join(out)


def detokenize(text: str) -> str:
    """Detokenize every line of a PTB-tokenized text; leave plain text as it is."""
    if not looks_tokenized(text):
        return text
    return "\n".join(detokenize_line(line) for line in text.splitlines())
