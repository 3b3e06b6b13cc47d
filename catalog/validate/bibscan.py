"""A strict reader of the one .bib layout catalog writes, to check every entry it writes.

bibtexparser's parse-back checks .bib files of any origin (`catalog validate` keeps it).
Our own output has one layout (writers/bibsyntax.write_entries): `@type{key,`, one
`  field = {value}` line per field (or a bare month macro), `}`, a blank line between
entries. This reads that layout line by line in a fraction of the time, and refuses
anything outside it: unbalanced braces, an escaped brace, a stray or unescaped `%`, `#`,
`&`, `$`, `_`, `~` or `^`, a key or field name of other characters, a repeated key, a
missing required field, a LaTeX-escaped URL. So whatever it accepts, bibtexparser reads
as the same entries with the same fields and values, and finds nothing wrong with:
tests/validate/test_bibscan.py shows it on generated hostile records and on damaged
copies of real output, and fuzz/fuzz_catalog.py checks it on every .bib it writes.
"""
from __future__ import annotations

import re

from catalog.validate.bibtex import Required, bib_errors

Scanned = tuple[str, str, list[tuple[str, str]]]     # type, key, [(field, value as written)]

_HEAD = re.compile(r"@([a-z]+)\{([A-Za-z0-9][A-Za-z0-9_.:+/-]*),")
_FIELD = re.compile(r"  ([a-z]+) = (\{.*\}|[a-z]+)")
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_VERBATIM = frozenset({"url", "doi"})
# In text: a special LaTeX reads as syntax unless escaped, an escaped brace (BibTeX counts
# it anyway), a doubled or final backslash, a control character.
_UNSAFE_TEXT = re.compile(r"(?<!\\)[%&$#_~^]|\\[{}\\]|\\\Z|[\x00-\x1f\x7f]")
# In a URL: written as typed, so no backslash, brace, space or control character at all.
_UNSAFE_URL = re.compile(r"[\\{}\s\x00-\x1f\x7f]")
_BRACE = re.compile(r"[{}]")
# Most field lines: a value of text in braces, or in a protecting second pair, with no
# brace, backslash, special or control character inside. _value_error finds nothing wrong
# with any of them (URLs aside, which may hold no space): the line answered by one match.
_PLAIN_FIELD = re.compile(r"  ([a-z]+) = (\{\{[^{}\\%&$#_~^\x00-\x1f\x7f]*\}\}|\{[^{}\\%&$#_~^\x00-\x1f\x7f]*\})")


def _balanced(inner: str) -> bool:
    """Braces inside the enclosing pair open before they close and all close."""
    if "{" not in inner and "}" not in inner:
        return True
    depth = 0
    for brace in _BRACE.findall(inner):
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def _value_error(name: str, value: str) -> str | None:
    if value[0] != "{":
        return None if name == "month" and value in _MONTHS else f"{name}: a bare value that is no month macro"
    inner = value[1:-1]
    if not _balanced(inner):
        return f"{name}: unbalanced braces"
    if name in _VERBATIM:
        return f"{name} is LaTeX-escaped or holds a space: write it verbatim" if _UNSAFE_URL.search(inner) else None
    bad = _UNSAFE_TEXT.search(inner)
    return f"{name}: unescaped or unsafe {bad.group(0)!r}" if bad else None


def scan(text: str, required: Required | None = None) -> tuple[list[Scanned], list[tuple[int, str]]]:
    """(entries, errors as (line, message)): errors empty only when the text is wholly in
    catalog's layout and every entry is sound."""
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) < 2:
        return [], [(len(lines), "the file does not end with a line break after an entry")]
    entries: list[Scanned] = []
    keys: set[str] = set()
    n, last = 0, len(lines) - 1
    while n < last:
        start = n + 1
        if entries:
            if lines[n] != "":
                return entries, [(start, "entries must be separated by one blank line")]
            n += 1
        head = _HEAD.fullmatch(lines[n]) if n < last else None
        if head is None:
            return entries, [(n + 1, "not an entry head '@type{key,'")]
        entry_type, key = head.groups()
        if key in keys:
            return entries, [(n + 1, f"repeated key {key}")]
        keys.add(key)
        head_line, n = n + 1, n + 1
        fields: list[tuple[str, str]] = []
        while n < last and lines[n] != "}":
            line = lines[n]
            closing = n + 1 < last and lines[n + 1] == "}"
            if not closing:
                if not line.endswith(","):
                    return entries, [(n + 1, "a field line that is not the last must end with ','")]
                line = line[:-1]
            field = _PLAIN_FIELD.fullmatch(line)
            if field is None or field.group(1) in _VERBATIM:
                field = _FIELD.fullmatch(line)
                if field is None:
                    return entries, [(n + 1, "not a field line '  name = {value}'")]
                problem = _value_error(*field.groups())
                if problem:
                    return entries, [(n + 1, f"@{entry_type}{{{key}}} {problem}")]
            name, value = field.groups()
            fields.append((name, value))
            n += 1
        if n >= last:
            return entries, [(n, f"@{entry_type}{{{key}}} is not closed")]
        n += 1
        if len({name for name, _ in fields}) < len(fields):
            return entries, [(head_line, f"@{entry_type}{{{key}}} repeats a field")]
        present = {name for name, value in fields if (value[1:-1] if value[0] == "{" else value).strip()}
        for group in (required or {}).get(entry_type, ()):
            if not present.intersection(group):
                return entries, [(head_line, f"@{entry_type}{{{key}}} lacks {' or '.join(group)}")]
        entries.append((entry_type, key, fields))
    if not entries:
        return entries, [(1, "no entries")]
    return entries, []


def scan_errors(text: str, required: Required | None = None) -> list[tuple[int, str]]:
    return scan(text, required)[1]


def disagreement(text: str, required: Required | None = None) -> str | None:
    """Where the scan and bibtexparser's full parse-back differ on text the scan accepts
    (None when it refuses the text, or when both read the same entries and find it sound).
    The proof that the fast check may stand in for the full one; tests and the fuzzer call it."""
    entries, errors = scan(text, required)
    if errors:
        return None
    full = bib_errors(text, required)
    if full:
        return f"the scan accepts what bibtexparser refuses: {full[0]}"
    import bibtexparser  # only the proofs call this; the checks themselves never need it
    library = bibtexparser.parse_string(text, parse_stack=[])
    parsed = [(e.entry_type, e.key, [(f.key, str(f.value)) for f in e.fields]) for e in library.entries]
    if parsed != entries or len(library.blocks) != len(entries):
        return f"the scan read {entries!r}, bibtexparser {parsed!r}"
    return None
