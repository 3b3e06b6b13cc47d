"""Mutation check: the suite must fail for each of these deliberate breakages.

Each breakage replaces one snippet of catalog's code (it must occur exactly once) in a
scratch copy of the checkout, then runs the suite there with `-x`: first the test files that
import the broken module, then, if they all pass, the rest. The suite passes the check for
that breakage when it fails, and the first failing test is reported as the one that caught it.
Breakages run side by side, one per core (`--jobs`), each in a copy of its own.
One breakage at least per writer and per validator, and one per parser stage.

    python tools/mutation_check.py            # all, a table on stdout; exit 1 if any survives
    python tools/mutation_check.py --only mods-writer-review-link
"""
from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("catalog", "tests", "schemas", "examples", "fuzz", "tools", "benchmarks",   # all the suite reads
          "pyproject.toml", "README.md", "Makefile")
# Slow tests that exercise nothing a breakage below needs (install, pre-commit's install from
# a git checkout, kill signals) stay out.
DESELECT = ("tests/test_install.py", "tests/test_pre_commit_hook.py",
            "tests/test_mutation_table.py",   # it reads the unbroken code
            "tests/test_batch.py::test_interrupted_run_leaves_previous_output_or_none")


@dataclass(frozen=True)
class Breakage:
    name: str
    path: str
    old: str
    new: str


BREAKAGES = (
    # writers
    Breakage("bibtex-writer-drops-publisher", "catalog/writers/bibtex.py",
             '("publisher", literal(book.publisher)), ("address", literal(book.place))',
             '("address", literal(book.place))'),
    Breakage("bibtex-writer-drops-review-month", "catalog/writers/bibtex.py",
             '("month", MONTHS[date[1] - 1] if len(date) > 1 else None)', '("month", None)'),
    Breakage("biblatex-writer-drops-review-link", "catalog/writers/biblatex.py",
             '("relatedtype", "reviewof")', '("relatedtype", "")'),
    Breakage("biblatex-writer-drops-page-count", "catalog/writers/biblatex.py",
             '("pagetotal", str(book.pages) if book.pages else None)', '("pagetotal", None)'),
    Breakage("biblatex-writer-names-book-where-zotero-cannot-see", "catalog/writers/biblatex.py",
             '("annote", f"Review of {reviewed_books(books)}")',
             '("annotation", f"Review of {reviewed_books(books)}")'),
    Breakage("bib-writers-stop-protecting-case", "catalog/writers/bibsyntax.py",
             "return None if text is None else _OPEN + text + _CLOSE", "return text"),
    Breakage("mods-writer-review-link", "catalog/writers/mods.py",
             'related = _el(mods, "relatedItem", type="reviewOf",',
             'related = _el(mods, "relatedItem", type="references",'),
    Breakage("mods-writer-invalid-attribute", "catalog/writers/mods.py",
             'def _el(parent: list, tag: str, text: str | None = None, **attrs: str) -> list:',
             'def _el(parent: list, tag: str, text: str | None = None, **attrs: str) -> list:\n'
             '    attrs = {**attrs, "bogus": "1"} if tag == "genre" else attrs'),
    Breakage("csljson-writer-drops-pages", "catalog/writers/csljson.py",
             '"number-of-pages": book.pages,', '"number-of-pages": None,'),
    Breakage("csljson-writer-loses-inferred-mark", "catalog/writers/csljson.py",
             'item["issued"]["circa"] = True', 'pass'),
    Breakage("csljson-writer-reviewed-title", "catalog/writers/csljson.py",
             'item["reviewed-title"] = reviewed', 'pass'),
    Breakage("csljson-writer-untitled-review-unmarked", "catalog/writers/csljson.py",
             'item["genre"] = f"Review of {reviewed}"', 'pass'),
    Breakage("marc-writer-review-names-no-book-in-words", "catalog/writers/marc.py",
             'fields.append(_data("500", " ", " ", ("a", _end(f"Review of {reviewed_books(books)}"))))', 'pass'),
    Breakage("csljson-writer-book-note-silent", "catalog/writers/csljson.py",
             'item["note"] = note', 'pass'),
    Breakage("mods-writer-review-type-unnamed", "catalog/writers/mods.py",
             '_el(mods, "genre", ZOTERO_TYPES[outlet_kind(review.outlet)], authority="local")', 'pass'),
    Breakage("mods-writer-bare-page-extent", "catalog/writers/mods.py",
             '"extent", " : ".join(p for p in extent_statement(book) if p))',
             '"extent", str(book.pages), unit="pages")'),
    Breakage("mods-writer-note-drops-page-count", "catalog/writers/mods.py",
             'return sentences([f"{book.pages} pages" if book.pages else None,', 'return sentences(['),
    Breakage("mods-writer-host-not-a-serial", "catalog/writers/mods.py",
             '_el(host, "genre", HOST_GENRES[outlet_kind(review.outlet)], authority="marcgt")', 'pass'),
    Breakage("ris-writer-drops-isbn", "catalog/writers/ris.py",
             ' "issn": book.isbns[0] if book.isbns else None,', ''),
    Breakage("csljson-writer-drops-place", "catalog/writers/csljson.py",
             '"publisher-place": book.place,', ''),
    Breakage("hubjson-writer-drops-confidence", "catalog/writers/hubjson.py",
             '"confidence": book.confidence,', ''),
    Breakage("articles-ignore-the-title-language", "catalog/language.py",
             "if any(word in _ARTICLES[lang] for lang in title_languages(title)):",
             "if any(word in _ARTICLES[lang] for lang in _ARTICLES):"),
    Breakage("marc-writer-drops-invalid-isbn", "catalog/writers/marc.py",
             'fields.append(_data("020", " ", " ", ("z", printed)))', 'pass'),
    Breakage("github-annotations-unescaped", "catalog/validate/report.py",
             'return _data(text).replace(":", "%3A").replace(",", "%2C")', 'return text'),
    # validators
    Breakage("bibtex-validator-accepts-anything", "catalog/validate/bibtex.py",
             "    return errors\n", "    return []\n"),
    Breakage("mods-validator-accepts-anything", "catalog/validate/mods.py",
             "    if schema.validate(doc):", "    if True:"),
    Breakage("csljson-validator-accepts-anything", "catalog/validate/csljson.py",
             "        csl_fast_check()(data)\n        return []\n    except", "        return []\n    except"),
    Breakage("jsonl-validator-accepts-anything", "catalog/formats.py",
             'errors.append((n, f"not JSON: {exc.msg}"))', "pass"),
    Breakage("bibscan-accepts-unbalanced-braces", "catalog/validate/bibscan.py",
             "    if not _balanced(inner):", "    if False:"),
    Breakage("iso2709-check-ignores-the-directory", "catalog/validate/marc.py",
             "        if size < 1 or stop > last or record.find(FIELD_END, start, stop) != stop - 1:",
             "        if False:"),
    Breakage("iso2709-check-allows-any-indicators", "catalog/validate/marc.py",
             '_DATA_FIELD = re.compile(rb"[0-9a-z ]{2}(?:', '_DATA_FIELD = re.compile(rb"[^\\x1f]{2}(?:'),
    Breakage("iso2709-check-allows-bytes-between-fields", "catalog/validate/marc.py",
             "        if start > covered:\n            return True", "        if False:\n            return True"),
    Breakage("marcxml-scan-accepts-raw-markup", "catalog/validate/marcxmlscan.py",
             '_TEXT = f"{_CHAR}*(?:&(?:amp|lt|gt);{_CHAR}*)*"', '_TEXT = "[^<]*"'),
    Breakage("csl-check-allows-unknown-keys", "catalog/validate/cslcheck.py",
             "                if not extra:\n                    return False", "                pass"),
    Breakage("ris-line-check-accepts-a-byte-order-mark", "catalog/validate/ris.py",
             '    if text.startswith("\\ufeff"):', "    if False:"),
    Breakage("render-chunk-trusts-a-failing-chunk", "catalog/formats.py",
             "    if not good or not fmt.write_errors(fmt.document(good)):", "    if True:"),
    # parser stages
    Breakage("detokenizer-keeps-ptb-brackets", "catalog/text/detokenize.py",
             '_BRACKETS = {"-LRB-": "(", "-RRB-": ")",', '_BRACKETS = {"-LRB-": "-LRB-", "-RRB-": "-RRB-",'),
    Breakage("repair-keeps-glued-role-words", "catalog/text/repair.py",
             '        text = _GLUED_ROLE.sub(" ", text)', "        pass"),
    Breakage("inverted-name-cut-takes-a-name-in-reading-order", "catalog/parse/cuts.py",
             "and not _direct_name_ends(text[m.end():end]):", ":"),
    Breakage("comma-publisher-by-shape-takes-a-person", "catalog/parse/cuts.py",
             "        if by_shape and is_person(rest) and not any(", "        if False and not any("),
    Breakage("people-keep-the-words-describing-them", "catalog/parse/head.py",
             "            if not described:", "            if True:"),
    Breakage("description-swallows-a-corporate-body", "catalog/parse/names.py",
             "        and not CORPORATE_BODY.match(name) and name.lower() not in THE_AUTHOR",
             "        and name.lower() not in THE_AUTHOR"),
    Breakage("illustrated-by-the-author-kept-as-a-name", "catalog/parse/normalize.py",
             "(authors if name.lower() in THE_AUTHOR and role != Role.AUTHOR else [name])", "([name])"),
    Breakage("publisher-stays-in-a-bracketed-role-clause", "catalog/parse/imprint.py",
             "    return close + 1 if is_role_clause(text[opening + 1:close]) else None", "    return None"),
    Breakage("name-keeps-the-bracket-its-role-opened", "catalog/parse/head.py",
             'elif names.endswith(")") and "(" not in names:', 'elif False:'),
    Breakage("capitals-first-list-not-read", "catalog/parse/names.py",
             "    if listed is not None:\n        return listed", "    if False:\n        return listed"),
    Breakage("inverted-names-with-eds-read-as-authors", "catalog/parse/head.py",
             " or _EDS_CLOSING.search(head, 0, start)", ""),
    Breakage("credited-names-not-read", "catalog/parse/head.py",
             '    credited = credited_names(head) if ")" in head else None', "    credited = None"),
    Breakage("credit-after-a-name-ignored", "catalog/parse/head.py",
             "    credited = credit_of(name)\n", "    credited = None\n"),
    Breakage("credit-bracket-read-as-illustrated", "catalog/parse/items.py",
             r"|(?<=[.;(])(?<!\w \())", r"|(?<=[.;(]))"),
    Breakage("credit-bracket-read-as-imprint", "catalog/parse/imprint.py",
             " \\\n            and not credit_at(text, start)", ""),
    Breakage("credit-does-not-close-the-names", "catalog/parse/imprint.py",
             "    if credited is not None:   #", "    if False:   #"),
    Breakage("names-after-leading-people-told-by-shape", "catalog/parse/head.py",
             "    if leading and split_by in (BY_COMMA, BY_NAME_SHAPE):", "    if False:"),
    Breakage("repair-keeps-a-name-glued-to-its-role", "catalog/text/repair.py",
             "            cuts.append(glued.end())", "            pass"),
    Breakage("repair-keeps-a-glued-full-stop", "catalog/text/repair.py",
             '        text = _GLUED_STOP.sub(". ", text)', "        pass"),
    Breakage("plain-names-ignore-nameparser-vocabulary", "catalog/parse/names.py",
             "        if lower in known or any(part in known for part in _WORD_PARTS.split(lower)) \\\n",
             "        if False and lower in known \\\n"),
    Breakage("titlecase-words-skip-the-last-word-fix", "catalog/parse/casing.py",
             "    if not cased[-1][1]:", "    if False:"),
    Breakage("price-starts-one-short", "catalog/parse/items.py", "_LONGEST_MARK = 5", "_LONGEST_MARK = 4"),
    Breakage("price-ignores-the-raised-decimal-point", "catalog/parse/items.py",
             '        return Decimal(amount.replace("\\u00b7", "."))',
             '        return Decimal(amount.split("\\u00b7")[0])'),
    Breakage("role-phrases-gate-non-ascii-words", "catalog/parse/tables.py",
             "(word.isascii() and word.lower() not in ROLE_FIRST_WORDS)", "(word.lower() not in ROLE_FIRST_WORDS)"),
    Breakage("utf32-le-mark-read-as-utf16", "catalog/readers/text.py",
             '_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),\n'
             '         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))',
             '_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),\n'
             '         (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"))'),
    Breakage("nitf-walk-takes-the-last-pubdata", "catalog/readers/nitf.py",
             'elif tag == "pubdata" and parts.pubdata is None:', 'elif tag == "pubdata":'),
    Breakage("locator-ignores-the-label", "catalog/text/locate.py",
             'LABEL = re.compile(r"PUBLICATION NOTES?\\s*:", re.IGNORECASE)', 'LABEL = re.compile(r"(?!x)x")'),
    Breakage("price-finder-ignores-bindings", "catalog/parse/items.py",
             "BINDINGS.get(binding.lower()) if binding else None,", "None,"),
    Breakage("page-finder-off-by-one", "catalog/parse/items.py",
             'found.append((Span(roman.start() if roman else m.start(), m.end()), int(count.replace(",", ""))))',
             'found.append((Span(roman.start() if roman else m.start(), m.end()), int(count.replace(",", "")) + 1))'),
    Breakage("isbn-finder-skips-check-digit", "catalog/parse/items.py",
             "elif not m.group(\"tagged\"):\n            continue", "elif False:\n            continue"),
    Breakage("isbn-finder-ignores-unlabelled-items", "catalog/parse/items.py",
             'r"|(?:(?<=[(,;.:]\\s)|(?<=[(\\n])|(?<=^))(?P<clause>', 'r"|(?!x)x(?P<clause>'),
    Breakage("isbn-label-needs-a-hyphen", "catalog/parse/items.py",
             'ISBN(?:-?1[03]|\\s1[03](?=:))?', 'ISBN(?:-1[03])?'),
    Breakage("names-ignore-a-closing-colon", "catalog/parse/names.py",
             "    m = LEADING_INVERTED.match(head) or _colon_closed(head)", "    m = LEADING_INVERTED.match(head)"),
    Breakage("colon-closes-any-names", "catalog/parse/names.py",
             "    return m if all(is_given_name(w) for w in given) else None", "    return m"),
    Breakage("price-comma-is-always-thousands", "catalog/parse/items.py",
             "    if comma and len(cents) == 2:", "    if False:"),
    Breakage("imprint-ignores-a-dated-place", "catalog/parse/imprint.py",
             "    if placed is not None and placed > clause_start:", "    if False:"),
    Breakage("place-year-first-not-read", "catalog/parse/trailer.py",
             "            if year_first:", "            if False:"),
    Breakage("bookshop-offer-is-a-price", "catalog/parse/items.py",
             "    return [p for p in found if not _retail_offer(text, p.span.start)]", "    return found"),
    Breakage("publisher-keeps-at", "catalog/parse/trailer.py", "|(?i:rrp)|at)$", "|(?i:rrp))$"),
    Breakage("labelled-run-keeps-connectors", "catalog/parse/labeller.py",
             '    return _CONNECTOR_END.sub("", value).rstrip(_TRIM_END)', "    return value.rstrip(_TRIM_END)"),
    Breakage("town-before-publisher-left-in-title", "catalog/parse/imprint.py",
             'if town and is_place(town.group("town")) and _title_before(text, town.start(), author_known):',
             'if False:'),
    Breakage("known-town-imprint-needs-a-year", "catalog/parse/tables.py",
             'm.start("place") if m and (m.group("year_first") or is_place(m.group("place"))) else None',
             'm.start("place") if m and m.group("year_first") else None'),
    Breakage("one-word-title-never-split", "catalog/parse/head.py",
             "    return len(words) >= 2 or (len(words) == 1 and", "    return len(words) >= 2 or (False and"),
    Breakage("dotted-initials-read-as-a-capitals-title", "catalog/parse/head.py",
             'return bare in ACRONYMS or bare.rstrip(".") in ACRONYMS or _DOTTED_INITIALS.fullmatch(bare) is not None',
             'return bare.strip(".") in ACRONYMS'),
    Breakage("dash-never-parts-title-and-subtitle", "catalog/parse/head.py",
             "    if dashed is not None:   #", "    if False:   #"),
    Breakage("and-others-read-as-a-name", "catalog/parse/names.py",
             '    text = _AND_OTHERS.sub("", _SPACES.sub(" ", text).strip(" ,;:"))',
             '    text = _SPACES.sub(" ", text).strip(" ,;:")'),
    Breakage("slashed-family-first-names-split-at-commas", "catalog/parse/names.py",
             '    if "/" in text and (slashed := _slashed_inverted(text)):',
             '    if False and (slashed := _slashed_inverted(text)):'),
    Breakage("by-in-a-title-starts-the-people", "catalog/parse/head.py",
             'if by.group(0) != "by" or is_person(', 'if True or is_person('),
    Breakage("french-series-mark-read-as-a-stop", "catalog/parse/tables.py",
             '    "coll",   # "Armand Colin, coll. U": a French series\n', ''),
    Breakage("series-between-publisher-and-year-hides-the-publisher", "catalog/parse/imprint.py",
             'r"(?: coll?\\. [^,()]+,)?\\s+(?:1[5-9]', 'r"\\s+(?:1[5-9]'),
    Breakage("french-series-read-as-publisher", "catalog/parse/trailer.py",
             'r"|^(?:coll?\\.|collection|colecci\\u00f3n|collana) "', 'r"|^(?!x)x"'),
    Breakage("town-read-as-a-family-name-before-a-publisher", "catalog/parse/cuts.py",
             'and not is_place(m.group("family")) and not', 'and not'),
    Breakage("counted-subtitle-after-a-stop-kept-in-the-title", "catalog/parse/head.py",
             " or _COUNTED.match(text, stop))", ")"),
    Breakage("labeller-only-book-keeps-what-it-is-unsure-of", "catalog/pipeline.py",
             "            book = without_unsure(book, reading.unsure)\n", ""),
    Breakage("fields-left-empty-unnamed", "catalog/parse/agreement.py",
             'review_reasons=book.review_reasons + (LEARNED_UNSURE + ", ".join(fields),))',
             "review_reasons=book.review_reasons)"),
    Breakage("labeller-sure-of-every-field", "catalog/parse/labeller.py",
             "if score < SURE_ENOUGH),", "if score < 0),"),
    Breakage("french-editors-mark-ignored", "catalog/parse/head.py",
             '"sg", "ir", "rd", "tr"', '"sg", "tr"'),
    Breakage("no-foreign-editor-phrases", "catalog/parse/tables.py",
             '    (r"herausgegeben von|', '    (r"(?!x)xherausgegeben von|'),
    Breakage("names-joined-by-und-or-et-kept-as-one", "catalog/parse/names.py",
             "(?:and|&|und|et)", "(?:and|&)"),
    Breakage("french-editors-words-read-as-prose", "catalog/text/locate.py",
             '    "sous direction dir coord cura herausgegeben übersetzt traduit traduction".split())',
             '    "".split())'),
    Breakage("no-foreign-translator-phrases", "catalog/parse/tables.py",
             '    (r"traduit(?: de l', '    (r"(?!x)xtraduit(?: de l'),
    Breakage("author-before-title-with-a-role-ignored", "catalog/parse/head.py",
             '        if lead and is_person(lead.group("name")):', "        if False:"),
    Breakage("author-before-title-after-a-colon", "catalog/parse/head.py",
             '        lead = comma if comma and (comma.group(0).rstrip().endswith(",") or _GERMAN_ROLE.match('
             'people_part))', "        lead = comma if comma and (True)"),
    Breakage("editors-mark-makes-authors", "catalog/parse/head.py",
             "        role = Role.EDITOR if EDITORS_MARK.search(head, 0, start) or",
             "        role = Role.EDITOR if False or"),
    Breakage("imprint-ignores-comma-publishers", "catalog/parse/cuts.py",
             "def comma_publisher(text: str, start: int, end: int, by_shape: bool = False) -> int | None:",
             "def comma_publisher(text: str, start: int, end: int, by_shape: bool = False) -> int | None:\n"
             "    return None"),
    Breakage("head-ignores-inverted-names", "catalog/parse/names.py",
             "    m = LEADING_INVERTED.match(head)", "    m = None"),
    Breakage("title-split-ignores-colon", "catalog/parse/head.py",
             'for separator in (": ", "; "):', 'for separator in ("; ",):'),
    Breakage("translator-read-as-author", "catalog/parse/tables.py",
             'r"|traduzione di", (Role.TRANSLATOR,)),', 'r"|traduzione di", (Role.AUTHOR,)),'),
    Breakage("names-not-split-on-and", "catalog/parse/names.py",
             '_NAME_SEPARATOR = re.compile(rf",?\\s+(?:and|&|und|et)\\s+',
             '_NAME_SEPARATOR = re.compile(rf",?\\s+(?:&|und|et)\\s+'),
    Breakage("casing-leaves-all-caps", "catalog/parse/casing.py",
             "    return len(letters) >= 2 and all(c.isupper() for c in letters)", "    return False"),
    Breakage("casing-ignores-the-title-language", "catalog/parse/casing.py",
             "    return cased if languages == ENGLISH else foreign_case(cased, languages)", "    return cased"),
    Breakage("titles-keep-stray-quotes", "catalog/parse/normalize.py",
             'text = strip_unmatched_quotes(text or "")', 'text = text or ""'),
    Breakage("year-not-marked-inferred", "catalog/parse/normalize.py",
             'provenance["year"] = Source.TRAILER if parsed.year else Source.INFERRED',
             'provenance["year"] = Source.TRAILER'),
    Breakage("confidence-always-high", "catalog/parse/confidence.py",
             "    return tuple(reasons)", "    return ()"),
    # every reason a book is marked for review: the rules' signs, then the two readers
    Breakage("reason-name-shape-split-dropped", "catalog/parse/confidence.py",
             'reasons.append("title and author told apart by the shape of a name only")', 'pass'),
    Breakage("reason-imprint-guess-dropped", "catalog/parse/confidence.py",
             "reasons.append(parsed.imprint_guess)", "pass"),
    Breakage("reason-no-people-dropped", "catalog/parse/confidence.py",
             'reasons.append(NO_AUTHOR)', "pass"),
    Breakage("reason-implausible-name-dropped", "catalog/parse/confidence.py",
             'reasons.append(f"not clearly a name: {person.display!r}")', "pass"),
    Breakage("reason-cut-title-dropped", "catalog/parse/confidence.py",
             'reasons.append(f"title may be cut short: {text!r}")', "pass"),
    Breakage("reason-long-title-dropped", "catalog/parse/confidence.py",
             'reasons.append("title unusually long: it may hold other text")', "pass"),
    Breakage("reason-unparsed-notes-dropped", "catalog/parse/confidence.py",
             'reasons.append(NOT_UNDERSTOOD)', "pass"),
    Breakage("reason-invalid-isbn-dropped", "catalog/parse/confidence.py",
             'reasons.append("an ISBN printed with a wrong check digit")', "pass"),
    Breakage("reason-readers-disagree-dropped", "catalog/parse/agreement.py",
             '        return (DISAGREE + ", ".join(disputed),)', "        return ()"),
    Breakage("agreement-ignores-one-field", "catalog/parse/agreement.py",
             'COMPARED = ("title", "subtitle", "authors",', 'COMPARED = ("title", "authors",'),
    Breakage("reason-rules-alone-dropped", "catalog/parse/agreement.py",
             "        return (RULES_ONLY,)", "        return ()"),
    Breakage("reason-labeller-alone-dropped", "catalog/pipeline.py",
             "review_reasons=(LABELLER_ONLY,) + book.review_reasons", "review_reasons=book.review_reasons"),
    Breakage("unsure-rules-keep-their-misread-title", "catalog/parse/agreement.py",
             "    if _SHAPE_DOUBTS.isdisjoint(rules.review_reasons):", "    if True:"),
    Breakage("reason-learned-kept-dropped", "catalog/parse/agreement.py",
             'kept = (LEARNED_KEPT + ", ".join(taken),) if taken else ()', "kept = ()"),
    Breakage("empty-learned-value-replaces-a-printed-one", "catalog/parse/agreement.py",
             ' and (values[f] or f == "subtitle"))', ")"),
    Breakage("header-alone-needs-an-imprint", "catalog/parse/labeller.py",
             "(book.publisher or has_item or header)", "(book.publisher or has_item)"),
    Breakage("byline-read-as-a-header", "catalog/parse/labeller.py",
             " and not _BYLINE_VERB.search(before)", ""),
    Breakage("labeller-reads-a-run-of-names-as-one", "catalog/parse/labeller.py",
             "people += [(role or PEOPLE[span.label], name) for name in people_in(value)]",
             "people.append((role or PEOPLE[span.label], value))"),
    Breakage("labeller-keeps-the-possessive-in-a-name", "catalog/parse/labeller.py",
             '(_POSSESSIVE.sub("", n).strip(" ,") for n in names)', '(n.strip(" ,") for n in names)'),
    Breakage("labeller-ignores-the-role-after-a-name", "catalog/parse/labeller.py",
             'role = role_printed_after(text[span.end:]) if span.label == "author" else None', "role = None"),
    Breakage("labeller-names-run-across-lines", "catalog/parse/labeller.py",
             '_ONE_LINE = frozenset({"author", "editor", "translator", "illustrator", "publisher", "place"})',
             "_ONE_LINE: frozenset[str] = frozenset()"),
    Breakage("labeller-invents-records-from-prose", "catalog/parse/labeller.py",
             "and reading.covered >= MIN_COVERED and (has_item or not is_prose(unit))", ""),
    Breakage("labeller-reads-only-the-first-token-label", "catalog/parse/labeller.py",
             "        if spans and spans[-1].label == label and spans[-1].last == i - 1 and not (",
             "        if False and not ("),
    Breakage("labeller-reads-an-item-into-a-field", "catalog/parse/labeller.py",
             "        if (inside or marker) and kept[i] not in _ITEM_LABELS:", "        if False:"),
    Breakage("bare-dollar-ignores-the-publishers-country", "catalog/parse/normalize.py",
             "        dollar = imprint_dollar(parsed.publisher, parsed.place)", "        dollar = None"),
    Breakage("reason-dollar-from-the-imprint-dropped", "catalog/parse/normalize.py",
             "            reason = f\"a bare '$' read as {dollar}, from the publisher's country: the outlet names "
             "none\"",
             "            reason = None"),
    Breakage("reason-dash-in-title-dropped", "catalog/parse/confidence.py",
             '        reasons.append("a dash in the title may part it from a subtitle")', "        pass"),
    Breakage("reading-level-run-into-the-names", "catalog/parse/imprint.py",
             "            and (level := _INLINE_LEVEL.search(text)) is not None:", "            and False:"),
    Breakage("german-small-words-read-as-prose", "catalog/text/locate.py",
             '    "auf aus bei dem den ein eine einem einer eines für mit nach über unter vom vor zu zum zur "',
             '    ""'),
    Breakage("front-matter-pages-read-as-publisher", "catalog/parse/tables.py",
             'FRONT_MATTER = re.compile(r"^(?:[ivxlc]+|', 'FRONT_MATTER = re.compile(r"^(?!)(?:[ivxlc]+|'),
    Breakage("possessive-author-ignores-a-described-work", "catalog/parse/head.py",
             r"(?P<described>(?:[a-z][\w\-]*,? ){1,6})?", r"(?P<described>(?!))?"),
    Breakage("comma-publisher-broken-at-a-line", "catalog/parse/imprint.py",
             '        text = COMMA_PUBLISHERS.sub(lambda m: m.group(0).replace("\\n", " "), text)',
             "        pass"),
    Breakage("title-keeps-an-isbd-slash", "catalog/parse/head.py",
             '.rstrip(" /([{-\\u2013\\u2014")', '.rstrip(" ([{-\\u2013\\u2014")'),
    Breakage("title-keeps-a-dash-before-the-byline", "catalog/parse/head.py",
             '.rstrip(" /([{-\\u2013\\u2014")', '.rstrip(" /([{")'),
    Breakage("series-after-a-byline-read-as-name", "catalog/parse/head.py",
             "            names = _clean(_GROUP_AFTER_NAMES.sub(\"\", names))", "            pass"),
    Breakage("question-title-not-a-heading", "catalog/text/locate.py",
             '    asked = text[-1] in "?!" and titled', "    asked = False"),
    Breakage("role-word-read-as-title", "catalog/parse/head.py",
             '        return "", joined, BY_MARKER', "        pass"),
    Breakage("name-runs-across-a-full-stop", "catalog/parse/head.py",
             "            if any(_ENDS_SENTENCE.search(w) for w in name[:-1]):", "            if False:"),
    Breakage("only-the-last-comma-name-is-a-person", "catalog/parse/head.py",
             "    while \", \" in title:", "    while False:"),
    Breakage("illustrated-mark-starts-an-imprint", "catalog/text/locate.py",
             "        if span.start - end > 60 and priced:", "        if span.start - end > 60:"),
    Breakage("citation-imprint-is-no-trailer", "catalog/text/locate.py",
             "    if place_imprint(end) is not None and len(end.split()) <= 40 and not is_prose(end):",
             "    if False:"),
    Breakage("citation-imprint-left-in-the-head", "catalog/parse/imprint.py",
             "        cut = place_imprint(text.rstrip()) or credit_end(", "        cut = credit_end("),
    Breakage("editors-before-the-title-read-as-title", "catalog/parse/head.py",
             "    if editors and all(is_person(n) for n in _NAME_LIST.split(joined[:editors.start()])):",
             "    if False:"),
    Breakage("capitals-inverted-name-unread", "catalog/parse/names.py",
             "        caps = _LEADING_CAPITALS.match(head) if head[1:2].isupper() else None", "        caps = None"),
    Breakage("edition-kept-in-the-title", "catalog/parse/head.py",
             r'r"|\s*\((?i:\d+', r'r"|(?!)\s*\((?i:\d+'),
    Breakage("the-age-read-anywhere-in-an-outlet", "catalog/parse/tables.py",
             "            if found and (i == 0 or phrase not in _LEADING_ONLY):", "            if found:"),
    Breakage("first-byline-only-before-a-parenthesis", "catalog/text/locate.py",
             '        m = _BY_NAME_PAREN.search(line, m.start("names"))', "        m = None"),
    Breakage("shilling-needs-its-stop-before-net", "catalog/parse/items.py",
             r"s(?:\.|(?= net\b))", r"s(?:\.)"),
    Breakage("comma-entry-name-needs-a-known-given-name", "catalog/parse/cuts.py",
             "                or (by_shape and plain_name(people) is not None and not is_corporate(people))):",
             "                or False):"),
    Breakage("parenthesis-broken-across-lines", "catalog/text/locate.py",
             "            line = _join_parenthesis(lines, i)", "            pass"),
    Breakage("signal-leaves-an-unrecorded-temporary-file", "catalog/output.py",
             "                    tmp.unlink(missing_ok=True)\n            raise",
             "                    pass\n            raise"),
    Breakage("spans-miss-words-run-together", "catalog/parse/spans.py",
             '        if not seen and "".join(words) in self.run_together:', "        if False:"),
    Breakage("cli-version-drops-the-number", "catalog/cli.py",
             'typer.echo(f"catalog {found}")', 'typer.echo("catalog")'),
    Breakage("keys-skip-articles-of-every-language", "catalog/keys.py",
             'title_slug = slug(title[len(leading_article(title)):]) or "untitled"',
             'title_slug = slug(re.sub(r"^(?:the|a|an|le|la|les|el|der|die|das)\\s+", "", title, flags=re.I))'
             ' or "untitled"'),
    Breakage("cli-to-writes-only-the-first-of-a-list", "catalog/formats.py",
             '        for name in value.split(","):', '        for name in value.split(",")[:1]:'),
    Breakage("completion-forgets-the-list-typed-so-far", "catalog/formats.py",
             '    prefix = f"{done}," if done else ""', '    prefix = ""'),
    Breakage("shell-completion-off", "catalog/cli.py",
             "app = typer.Typer(pretty_exceptions_enable=False,",
             "app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,"),
    Breakage("keys-not-unique", "catalog/keys.py",
             "        while candidate in taken:", "        while False:"),
    Breakage("dates-not-typed", "catalog/readers/metadata.py",
             '    raise InputError(f"cannot read the date {value!r}: {USAGE}")', "    return value"),
    # the review desk
    Breakage("spans-reuse-claimed-text", "catalog/parse/spans.py",
             "if not any(start < b and a < end for a, b in taken):", "if True:"),
    Breakage("hubjson-drops-printed-notes", "catalog/writers/hubjson.py",
             '"printed_notes": book.printed_notes,', '"printed_notes": "",'),
    Breakage("corrections-not-verified", "catalog/corrections.py", "verified=True)", "verified=False)"),
    Breakage("export-ignores-corrections", "catalog/batch.py",
             "record = apply_corrections(catalog_document(document), corrections)",
             "record = catalog_document(document)"),
    Breakage("verified-book-unmarked", "catalog/writers/shared.py",
             'return "Verified by a cataloger"', 'return None'),
    # --engine dask: the keys' reduce, the partitions' line numbers, the joining of parts
    Breakage("dask-keys-unique-per-partition-only", "catalog/dask_engine.py",
             "final = [unique_keys(k, taken) if k else None for k in future.result()]",
             "final = [unique_keys(k, KeySet()) if k else None for k in future.result()]"),
    Breakage("partitions-lines-renumbered", "catalog/partitions.py",
             "start, first_line = offset + at, lines + 1", "start, first_line = offset + at, 1"),
    Breakage("dask-parts-joined-without-separator", "catalog/dask_engine.py",
             'sink("" if first else fmt.separator)', 'sink("")'),
    Breakage("desk-without-token", "catalog/review/server.py",
             "if not hmac.compare_digest(given.encode(), token.encode()):", "if False:"),
    Breakage("desk-answers-any-host", "catalog/review/server.py", "if host not in HOSTS:", "if False:"),
    Breakage("desk-notes-as-html", "catalog/review/templates/book.html",
             '<span class="f f-{{ field }}" data-field="{{ field }}">{{ text }}</span>{% else %}{{ text }}{% endif %}',
             '<span class="f f-{{ field }}" data-field="{{ field }}">{{ text|safe }}</span>'
             '{% else %}{{ text|safe }}{% endif %}'),
    Breakage("stated-title-above-its-byline-is-no-heading", "catalog/text/locate.py",
             '    stated = text[-1] == "." and (above_byline or _names_with_role(text))',
             '    stated = text[-1] == "." and _names_with_role(text)'),
    Breakage("place-imprint-line-left-out-of-the-header", "catalog/text/locate.py",
             '    if place_imprint(f". {text}") == 2:', "    if False:"),
    Breakage("trailer-alone-never-read-as-one-line", "catalog/text/locate.py",
             "        if _covered(again) > _covered(located):", "        if False:"),
    Breakage("line-ending-in-a-run-on-word-ends-a-field", "catalog/text/locate.py",
             " or joined.rsplit(None, 1)[-1].lower() in _RUNS_ON", ""),
    Breakage("blank-lines-joined-into-one-trailer", "catalog/text/locate.py",
             "    if not keep_blocks:", "    if True:"),
    Breakage("pp-before-a-count-read-as-the-years-pages", "catalog/parse/items.py",
             r"|pp\.?(?!\.?\s?(?:[ivxlc]+\s?[,+]\s?)?\d{1,5}(?![-\s/.,]?\d))", r"|pp\.?"),
    Breakage("name-in-a-run-sought-only-where-a-match-ended", "catalog/parse/cuts.py",
             r"""(?<=\s)(?=(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)* (?P<family>[A-Z][\w'\u2019\-]+) +[A-Z])""",
             r"""(?<=\s)(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)* (?P<family>[A-Z][\w'\u2019\-]+)(?= [A-Z])"""),
    Breakage("title-above-a-byline-only-on-the-next-line", "catalog/text/locate.py",
             "above_byline=bool(found) and _is_role_line(lines[found[0]])",
             "above_byline=bool(found) and found[0] == j + 1 and _is_role_line(lines[found[0]])"),
    Breakage("headless-trailer-keeps-its-paragraphs", "catalog/text/locate.py",
             " and any(_has_no_title(t) for t in untitled)", " and False"),
    Breakage("web-page-bars-kept-in-the-fields", "catalog/text/repair.py",
             '        text = _BAR.sub("\\n", text)', "        pass"),
    Breakage("country-dollar-needs-no-space", "catalog/parse/tables.py",
             r'US ?\$|CAN ?\$|Can\$|CA\$|AU ?\$|NZ ?\$', r'US\$|CAN\$|Can\$|CA\$|AU\$|NZ\$'),
    Breakage("spaced-country-dollar-unknown", "catalog/parse/items.py",
             '    mark = mark.replace(" ", "")', "    pass"),
    Breakage("capitalized-euro-unread", "catalog/parse/items.py",
             "(?P<post>[Ee]uros?|", "(?P<post>euros?|"),
    Breakage("published-by-line-read-as-a-name", "catalog/parse/imprint.py",
             r'                           r"|(?:(?<=\n)|(?<=[.;] ))[ \t]*Published by\s+(?=[A-Z])"',
             '                           r"|(?!)"'),
    Breakage("unpaged-read-as-the-publisher", "catalog/parse/tables.py",
             '|[Uu]npaged|[Uu]npaginated)$")', ')$")'),
    Breakage("price-word-left-before-the-year", "catalog/parse/trailer.py",
             '            # "Harbor House, 2019, RRP $32.99": the word before the price, then the year\n'
             '            publisher = _TRAILING_WORD.sub("", publisher) or publisher\n',
             ""),
    Breakage("name-sentence-before-a-role-kept-in-the-title", "catalog/parse/head.py",
             "        named = _name_sentence_at_end(joined[:marker])", "        named = None"),
    Breakage("any-sentence-before-a-role-read-as-a-name", "catalog/parse/head.py",
             r'known = len(first) > 1 and is_given_name(first) or bool(re.match(r"[A-Z]\.", first))',
             "known = True"),
    Breakage("inverted-names-line-not-closed-by-its-break", "catalog/parse/names.py",
             r'    r"|[ \t]*\n\s*(?=', r'    r"|(?!)[ \t]*\n\s*(?='),
    Breakage("publisher-year-line-after-leading-names-kept-in-head", "catalog/parse/imprint.py",
             "        _PUBLISHER_YEAR_LINE.match(above) is not None\n", "        False\n"),
    Breakage("publisher-year-after-names-not-an-imprint", "catalog/parse/imprint.py",
             "\n            or publisher_year_end(text)\n", "\n            or None\n"),
    Breakage("header-closed-by-publisher-year-not-located", "catalog/text/locate.py",
             "    if end.rstrip(\".\")[-1:].isdigit() and len(end.split()) <= 30", "    if False"),
    Breakage("publisher-year-end-without-names-before", "catalog/parse/imprint.py",
             '    if m is None or not is_role_clause(text[:m.start("publisher")]) or is_person(m.group("publisher")):',
             '    if m is None:'),
    Breakage("picture-book-credits-unknown", "catalog/parse/tables.py",
             '    (r"written by|(?:(?<=^)|(?<=[.;,|\\n] )|(?<=\\n))(?:story|words|text) by", (Role.AUTHOR,)),', ""),
    Breakage("capital-euro-read-in-a-sentence", "catalog/parse/items.py",
             '                and not _CLAUSE_BEFORE.search(text, 0, m.start()):',
             '                and False:'),
    Breakage("person-leading-a-comma-list-read-as-title", "catalog/parse/imprint.py",
             "        cut = comma_publisher(text, 0, first) if not _person_leads_a_list(text, first) \\",
             "        cut = comma_publisher(text, 0, first) if True \\"),
    Breakage("june-and-july-end-a-sentence", "catalog/parse/tables.py", '"apr", "jun", "jul", "aug",', '"apr", "aug",'),
    Breakage("publisher-line-after-leading-names-kept-in-head", "catalog/parse/imprint.py",
             "    led = (author_known or named_first) and bool(before_above) and (", "    led = False and ("),
    Breakage("a-head-before-a-byline-counted-as-no-title", "catalog/text/locate.py",
             '    return bool(head) and bool(split_title_and_people(head)[0].strip(" .,;:"))',
             "    return bool(head) and not _headless(head)"),
    Breakage("section-name-above-notes-joins-the-title", "catalog/text/kickers.py",
             "    return titled and (_REVIEWER_LINE.match(line) is not None or _is_section_line(line))",
             "    return titled and _REVIEWER_LINE.match(line) is not None"),
    Breakage("reviewer-line-above-notes-joins-the-title", "catalog/text/kickers.py",
             "    return titled and (_REVIEWER_LINE.match(line) is not None or _is_section_line(line))",
             "    return titled and _is_section_line(line)"),
    Breakage("reviewer-line-inside-the-notes-ends-them", "catalog/text/kickers.py",
             "    return titled and (_REVIEWER_LINE.match(line) is not None or _is_section_line(line))",
             "    return _REVIEWER_LINE.match(line) is not None or titled and _is_section_line(line)"),
    Breakage("section-name-dropped-where-it-is-the-title", "catalog/text/locate.py",
             "is_kicker(lines[j], titled=titled or _hold_a_title([lines[k] for k in found]))",
             "is_kicker(lines[j], titled=True)"),
    Breakage("section-name-above-a-titled-trailer-kept", "catalog/text/locate.py",
             "is_kicker(lines[j], titled=titled or _hold_a_title(", "is_kicker(lines[j], titled=_hold_a_title("),
    Breakage("byline-below-a-section-name-counts-as-title", "catalog/text/locate.py",
             "    unbylined = [line for line in headings if not _is_role_line(line)]",
             "    unbylined = headings"),
    Breakage("title-and-name-below-a-section-name-count-as-no-title", "catalog/text/locate.py",
             "    return len(unbylined) > 1 or any(", "    return any("),
    Breakage("section-name-kept-in-the-one-line-reading", "catalog/text/locate.py",
             "    if len(lines) > 1 and is_kicker(lines[0], titled=True):", "    if False:"),
    Breakage("section-name-kept-above-labelled-fields", "catalog/text/locate.py",
             " and not is_kicker(lines[start - 1], titled=start < i):", ":"),
    Breakage("labeller-reads-the-section-name", "catalog/text/kickers.py",
             "        return rest.strip()\n", "        return text.strip()\n"),
    Breakage("html-entities-left-escaped", "catalog/text/repair.py",
             "        text = _ENTITY.sub(_unescaped, text)\n", "        pass\n"),
    Breakage("unknown-entity-closed-up", "catalog/text/repair.py",
             "    return entity.group() if character == closed else character", "    return character"),
    Breakage("markdown-emphasis-kept", "catalog/text/repair.py",
             '        text = _EMPHASIS.sub(r"\\2", text)\n', "        pass\n"),
    Breakage("odd-spaces-kept", "catalog/text/repair.py",
             '"\\u2009\\u200a\\u202f\\u205f\\u3000", " ")', '"", "\\u2009")'),
    Breakage("invisible-marks-kept", "catalog/text/repair.py",
             '**dict.fromkeys("\\u00ad\\u200b\\u2060\\ufeff")', '**dict.fromkeys("")'),
    Breakage("tab-in-ascii-text-kept", "catalog/text/repair.py",
             '    if "\\t" in text or not text.isascii():', "    if not text.isascii():"),
    Breakage("typeset-isbn-dashes-kept", "catalog/text/repair.py",
             '            text = _DASHED_ISBN.sub(lambda m: _DASH.sub("-", m.group()), text)', "            pass"),
    Breakage("dashes-of-a-range-made-hyphens", "catalog/text/repair.py",
             "(?:\\d[{_DASHES}-]?){{9,12}}", "(?:\\d[{_DASHES}-]?){{5,12}}"),
    Breakage("isbn-13-label-unknown", "catalog/parse/labelled.py",
             "(?P<label>[A-Za-z][A-Za-z0-9()\\-]*", "(?P<label>[A-Za-z][A-Za-z()\\-]*"),
    Breakage("catalog-entry-read-as-prose", "catalog/text/locate.py",
             " and not (_catalog_entry(line[:end]) or _described_book", " and not (False or _described_book"),
    Breakage("catalog-entry-of-any-length", "catalog/text/locate.py",
             "    return len(notes.split()) <= 40 and leading_inverted_names", "    return leading_inverted_names"),
    Breakage("apparatus-not-understood", "catalog/parse/trailer.py",
             " or FRONT_MATTER.match(clause) or _APPARATUS.match(clause):", " or FRONT_MATTER.match(clause):"),
    Breakage("german-colon-name-read-as-title", "catalog/parse/head.py",
             '(comma.group(0).rstrip().endswith(",") or _GERMAN_ROLE.match(people_part))',
             'comma.group(0).rstrip().endswith(",")'),
    Breakage("labels-of-when-unknown", "catalog/parse/labelled.py",
             '        return (None, m.group("value")) if label.rsplit(None, 1)[-1] in _WHEN_LABEL_ENDS else None',
             "        return None"),
    Breakage("sheet-of-items-alone-not-a-sheet", "catalog/parse/labelled.py",
             " or is_untitled_sheet(fields)\n", "\n"),
    Breakage("sheet-of-items-without-its-head", "catalog/text/locate.py",
             "(_opening_header(lines, used) if _untitled_sheet(lines[start:stop]) else [])", "[]"),
    Breakage("opening-header-needs-no-byline", "catalog/text/locate.py",
             'if _is_heading(title) and re.match(r"[Bb]y [A-Z]", byline) and', "if _is_heading(title) and"),
    Breakage("sheets-byline-read-as-title", "catalog/parse/labelled.py",
             '        elif _BYLINE.match(line) and found["title"] is not None:', "        elif False:"),
    Breakage("author-editor-translator-credits-unknown", "catalog/parse/names.py",
             'r"|pictures|author|editor|translator)|text', 'r"|pictures)|text'),
    Breakage("credited-list-family-first-not-read", "catalog/parse/head.py",
             '        if credited:   # "Doe, Jane (author), Roe, John (illustrator)."', "        if False:"),
    Breakage("credited-names-after-the-title-kept-in-it", "catalog/parse/head.py",
             '    credited = _credited_names_at_end(joined) if joined.endswith(")") else None', "    credited = None"),
    Breakage("date-after-credits-kept-in-head", "catalog/parse/names.py",
             "    if between and DATE_CLAUSE.match(between):", "    if False:"),
    Breakage("credited-family-first-needs-no-given-name", "catalog/parse/names.py",
             '        if m is None or not is_given_name(m.group("given").split()[0]):', "        if m is None:"),
    Breakage("apa-year-after-names-unread", "catalog/parse/names.py",
             '                  rf"(?:\\.?{EDITORS_MARK.pattern})?{_APA_YEAR}")',
             '                  rf"(?:\\.?{EDITORS_MARK.pattern})?")'),
    Breakage("apa-comma-ampersand-ends-the-names", "catalog/parse/names.py",
             '(?:(?:,? and |; |,? & )(?:{_INVERTED_2}', '(?:(?:,? and |; | & )(?:{_INVERTED_2}'),
    Breakage("apa-capital-ed-no-editors-mark", "catalog/parse/names.py",
             'EDITORS_MARK = re.compile(r" \\((?:[Ee]ds?', 'EDITORS_MARK = re.compile(r" \\((?:eds?'),
    Breakage("rupee-sign-no-currency", "catalog/parse/tables.py",
             "|\u00a3|\u20ac|\u00a5|\u20b9)", "|\u00a3|\u20ac|\u00a5)"),
    Breakage("rupee-sign-skips-the-line", "catalog/parse/tables.py",
             'CURRENCY_SIGNS = "$\\u00a3\\u20ac\\u00a5\\u20b9"', 'CURRENCY_SIGNS = "$\\u00a3\\u20ac\\u00a5"'),
    Breakage("rupee-sign-skipped-by-the-quick-test", "catalog/text/locate.py",
             ' or "\\u20b9" in line', ""),
    Breakage("dashes-between-fields-kept", "catalog/text/repair.py", "        text = _dashes_as_bars(text)\n",
             "        pass\n"),
    Breakage("dashes-in-prose-part-it", "catalog/text/repair.py",
             "    if len(parts) > 3 and all(len(part) <= 60 for part in parts):", "    if len(parts) > 3:"),
    Breakage("one-dash-parts-the-fields", "catalog/text/repair.py",
             "    if len(parts) > 3 and all(", "    if len(parts) > 1 and all("),
    Breakage("dash-before-a-byline-kept", "catalog/text/repair.py",
             "    return len(parts) > 1 and bool(_DASHED_BYLINE.search(line))",
             "    return False and bool(_DASHED_BYLINE.search(line))"),
    Breakage("review-by-not-the-reviewer", "catalog/parse/tables.py", '(r"reviewed by|(?-i:Review) by",',
             '(r"reviewed by",'),
    Breakage("published-by-line-holds-a-title", "catalog/text/locate.py",
             "|Written|Introduced|Illustrated|Published)", "|Written|Introduced)"),
    Breakage("author-date-year-after-names-unread", "catalog/parse/names.py",
             '|\\. (?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\.)?"', ')?"'),
    Breakage("town-and-state-after-publisher-kept-in-it", "catalog/parse/trailer.py",
             "            elif \", \" in before and place is None and is_place(",
             "            elif False and is_place("),
    Breakage("harvard-year-in-brackets-unread", "catalog/parse/head.py",
             '|\\s\\((?:1[5-9]\\d\\d|20\\d\\d)\\)\\.?\\s+)"', ')"'),
    Breakage("author-sentence-before-title-and-role-read-as-title", "catalog/parse/head.py",
             "            else _LEADING_PERSON_STOP.match(title_part)", "            else None"),
    Breakage("labeller-title-may-be-a-label", "catalog/parse/labeller.py",
             '    titled = bool(book.title) and label_of(f"{book.title}: -") is None', "    titled = bool(book.title)"),
    Breakage("town-state-and-town-no-place", "catalog/parse/trailer.py",
             '(?P<place>[A-Z][\\w.\\-]*(?:(?:,? and |/| |, )', '(?P<place>[A-Z][\\w.\\-]*(?:(?: and |/| |, )'),
    Breakage("tagged-isbn-runs-into-the-next-word", "catalog/parse/items.py",
             "(?P<tagged>[\\dXx][\\dXx\\- ]{8,18}[\\dXx])(?!\\w)", "(?P<tagged>[\\dXx][\\dXx\\- ]{8,18}[\\dXx])"),
    Breakage("commonwealth-towns-unknown", "catalog/parse/tables.py", '    "Karachi", "Lahore",', '    "Lahore",'),
    Breakage("name-on-the-first-line-leads-no-publisher-line", "catalog/parse/imprint.py",
             "    led = (author_known or named_first) and bool(before_above) and (",
             "    led = author_known and bool(before_above) and ("),
    Breakage("capitals-title-colon-names-read-as-subtitle", "catalog/parse/head.py",
             '    caps = _CAPS_TITLE_COLON_NAMES.match(joined) if ": " in joined else None', "    caps = None"),
    Breakage("capitals-title-colon-any-words-read-as-names", "catalog/parse/head.py",
             '    if caps and all(is_person(n) for n in _NAME_LIST.split(caps.group("names"))):', "    if caps:"),
    Breakage("continued-imprint-joined-without-a-stop", "catalog/text/locate.py",
             'trailers[-1] = _joined([f"{notes} {binding}".strip(), *dates, line[:end].strip()])',
             'trailers[-1] = " ".join(f"{notes} {binding} {line[:end]}".split())'),
    Breakage('binding-line-starts-a-second-book', 'catalog/text/locate.py',
             'if len(between) > 2 or any(line.strip() and not _BINDING_LINE.match(line) and not _DATE_LINE.match(line)',
             'if len(between) > 2 or any(line.strip()'),
    Breakage("closing-bracket-ends-a-joined-line", "catalog/text/locate.py",
             'ended = joined[-1] in ".,;:!?(["', 'ended = joined[-1] in ".,;:!?()[]"'),
    Breakage("place-imprint-ignores-the-state", "catalog/parse/tables.py",
             'rf"(?:, (?:{_STATE}))?)"', 'r")"'),
    Breakage("chicago-state-abbreviations-unknown", "catalog/parse/tables.py",
             '(?:Ala|Ariz|Ark|Calif|Ca|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|La|Md|Me',
             '(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Ky|La|Md|Me'),
    Breakage("notes-opening-with-their-imprint-take-no-title-above", "catalog/text/locate.py",
             '    return m is not None and bool(m.group("year")) and is_place(m.group("place"))',
             '    return False'),
    Breakage("any-colon-and-year-opens-the-notes-with-an-imprint", "catalog/text/locate.py",
             '    return m is not None and bool(m.group("year")) and is_place(m.group("place"))',
             '    return m is not None and bool(m.group("year"))'),
    Breakage("names-with-their-role-after-are-no-heading", "catalog/text/locate.py",
             'stated = text[-1] == "." and (above_byline or _names_with_role(text))',
             'stated = text[-1] == "." and above_byline'),
    Breakage("whole-name-and-town-read-as-family-and-given", "catalog/parse/names.py",
             "    if m is None or is_place(family) or first.lower() not in _PARTICLES and is_given_name(first) "
             "and is_person(family):",
             "    if m is None or is_place(family):"),
    Breakage("unknown-town-after-a-name-left-in-the-head", "catalog/parse/imprint.py",
             '    return clause_start + m.start("town")', '    return None'),
    Breakage("a-title-after-a-name-read-as-its-town", "catalog/parse/imprint.py",
             'm.group("town").split()[0] in ("The", "A", "An") or ', ''),
    Breakage("capital-by-never-opens-the-names", "catalog/parse/head.py",
             'and following.split(" ", 1)[0].isupper() and not _capitals_name(following) \\\n',
             'and following.split(" ", 1)[0].isupper() \\\n'),
    Breakage("capital-by-always-opens-the-names", "catalog/parse/head.py",
             "    return name is not None and is_person(name.group(0).title())", "    return True"),
    Breakage("slash-between-prices-read-as-the-publisher", "catalog/parse/imprint.py",
             '    after = _masked_slice(text, spans, first).replace("|/|", "|||")',
             "    after = _masked_slice(text, spans, first)"),
    Breakage("slash-between-prices-not-understood", "catalog/parse/trailer.py",
             "        if not any(ch.isalnum() for ch in clause):", "        if False:"),
    Breakage("comma-published-by-read-as-a-name", "catalog/parse/imprint.py",
             '                           r"|, published by\\s+(?=[A-Z])"', '                           r"|(?!)"'),
    Breakage('trans-abbreviation-names-nobody', 'catalog/parse/tables.py',
             '(r"trans\\.(?= [A-Z])", (Role.TRANSLATOR,)),',
             '(r"trans\\.(?= [0-9])", (Role.TRANSLATOR,)),'),
    Breakage('binding-clause-read-as-the-publisher', 'catalog/parse/imprint.py',
             ' or _BINDING_CLAUSE.match(clause)):',
             '):'),
    Breakage('person-first-dashes-kept', 'catalog/text/repair.py',
             '    if len(parts) == 3 and is_person(parts[0].strip())',
             '    if False and is_person(parts[0].strip())'),
    Breakage('slashes-between-fields-kept', 'catalog/text/repair.py',
             '_SPACED_DASH = re.compile(r" [\\u2013\\u2014/-] ")',
             '_SPACED_DASH = re.compile(r" [\\u2013\\u2014-] ")'),
    Breakage('book-label-no-title', 'catalog/parse/labelled.py',
             '"book title": "title", "book": "title",',
             '"book title": "title",'),
    Breakage('is-out-now-read-as-a-name', 'catalog/parse/imprint.py',
             '                           r"|\\s+(?:is|are) (?:out|available)(?: now)?(?=\\s*\\()")',
             '                           )'),
    Breakage('year-line-hides-the-publisher-line', 'catalog/parse/imprint.py',
             '    if line_start > 0 and above and DATE_CLAUSE.match(above):',
             '    if False:'),
    Breakage('whole-name-in-capitals-read-family-first', 'catalog/parse/names.py',
             '            and not _whole_name_in_capitals(family, words)\n',
             '\n'),
    Breakage('harvard-year-comma-ends-no-names', 'catalog/parse/names.py',
             '_APA_YEAR = (r"(?:\\.? \\((?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)(?=[.,])"',
             '_APA_YEAR = (r"(?:\\.? \\((?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)(?=[.])"'),
    Breakage('capitals-title-split-at-its-last-letter', 'catalog/parse/head.py',
             ' and any(c.islower() for c in "".join(words[k:])):',
             ':'),
    Breakage('from-publisher-left-in-the-head', 'catalog/parse/imprint.py',
             '    sourced = _FROM_PUBLISHER.search(text, 0, spans[0].start) if spans and " from " in text else None',
             '    sourced = None'),
    Breakage('artist-in-brackets-read-as-the-author', 'catalog/parse/head.py',
             "        text = _ARTIST_IN_BRACKETS.sub(lambda m: f\", illustrated by "
             "{m.group('after') or m.group('before')}\", text)",
             '        pass'),
    Breakage('bracketed-role-line-no-people-line', 'catalog/parse/head.py',
             'lead = re.sub(r"\\b(?:and|&)\\b|[,;(]", " ", line[: marker.start()]).split()',
             'lead = re.sub(r"\\b(?:and|&)\\b|[,;]", " ", line[: marker.start()]).split()'),
    Breakage('publisher-particle-unknown', 'catalog/parse/tables.py',
             'PUBLISHER_START = r"(?:(?:de|van|von) )?[A-Z]"',
             'PUBLISHER_START = r"[A-Z]"'),
    Breakage('citation-imprint-publisher-particle-unknown', 'catalog/parse/tables.py',
             'rf"(?:[A-Z]\\. ?)*{PUBLISHER_START}[^.:;()\\n]{{1,60}}?',
             'rf"(?:[A-Z]\\. ?)*[A-Z][^.:;()\\n]{{1,60}}?'),
    Breakage('lowercase-rrp-kept-in-the-publisher', 'catalog/parse/trailer.py',
             '|(?i:rrp)|at)$")',
             '|RRP|at)$")'),
    Breakage('family-name-that-is-given-carries-the-names-on', 'catalog/parse/imprint.py',
             '        and not (len(last) == 1 and is_given_name(last[0])) \\',
             '        and not is_given_name(last[-1]) \\'),
    Breakage('given-name-alone-ends-the-names-line', 'catalog/parse/imprint.py',
             '        and not (len(last) == 1 and is_given_name(last[0])) \\',
             '        and True \\'),
    Breakage('sentence-after-a-name-kept-in-it', 'catalog/parse/names.py',
             '    return before if is_person(before) and not is_person(after) else name',
             '    return name'),
    Breakage('any-words-before-a-stop-taken-for-a-name', 'catalog/parse/names.py',
             '    return before if is_person(before) and not is_person(after) else name',
             '    return before if not is_person(after) else name'),
    Breakage('role-names-keep-the-sentence-after-them', 'catalog/parse/head.py',
             '                people.extend(_credited(before_a_sentence(name), roles))',
             '                people.extend(_credited(name, roles))'),
    Breakage('leading-names-keep-the-sentence-after-them', 'catalog/parse/head.py',
             '        people.extend(_credited(before_a_sentence(name), (postfix[1],) if postfix else (Role.AUTHOR,)))',
             '        people.extend(_credited(name, (postfix[1],) if postfix else (Role.AUTHOR,)))'),
    Breakage('elided-article-read-as-prose', 'catalog/text/locate.py',
             '        words = [_ELISION.sub("", w) if',
             '        words = [w if'),
    Breakage('subtitle-sentence-runs-into-the-town', 'catalog/parse/imprint.py',
             '    elif "\\n" not in text[clause_start:first]:',
             '    elif False:'),
    Breakage('town-and-state-read-as-town-and-publisher', 'catalog/parse/imprint.py',
             "                and not is_place(f\"{town.group('town')}, {dated.group('publisher')}\"):",
             "                and True:"),
    Breakage('town-after-the-publisher-read-as-the-publisher', 'catalog/parse/imprint.py',
             '            if publisher and is_place(dated.group("publisher")) and ", " in text[:publisher.start()]:',
             '            if False:'),
    Breakage('binding-after-the-year-kept-in-the-publisher', 'catalog/parse/trailer.py',
             '            publisher = rest if rest and _NO_PUBLISHER.match(binding) else publisher',
             '            publisher = publisher'),
    Breakage('date-line-starts-a-second-book', 'catalog/text/locate.py',
             ' and not _BINDING_LINE.match(line) and not _DATE_LINE.match(line)',
             ' and not _BINDING_LINE.match(line)'),
    Breakage('any-word-after-a-comma-a-given-name', 'catalog/parse/names.py',
             '    if m is None or not is_given_name(m.group("given").split()[0]):\n        return None\n    return f',
             '    if m is None:\n        return None\n    return f'),
    Breakage('family-first-name-line-read-as-two-names', 'catalog/parse/head.py',
             '    inverted = one_inverted_name(lead) if not postfix and ", " in lead else None',
             '    inverted = None'),
    Breakage('family-first-name-sentence-read-as-subtitle', 'catalog/parse/head.py',
             '        inverted = ", " in name and one_inverted_name(name) is not None',
             '        inverted = False'),
    Breakage('date-line-between-items-dropped', 'catalog/text/locate.py',
             '            dates = [b for b in between if _DATE_LINE.match(b)]   # "$26.95" / "March 5, 2019"',
             '            dates = []'),
    Breakage('line-labels-left-in-the-fields', 'catalog/parse/trailer.py',
             '        text = _unlabelled(text)',
             '        text = text'),
    Breakage('publisher-label-read-as-a-byline', 'catalog/parse/trailer.py',
             '    return _LINE_LABEL.sub(lambda m: "By " if m.group("by") else "Published by ", text)',
             '    return _LINE_LABEL.sub("By ", text)'),
    Breakage('slash-price-anywhere', 'catalog/parse/items.py',
             '    rf"|{_AFTER_MARK}(?P<s3>\\d{{1,2}})/(?P<d4>\\d|-)(?![\\w/])")',
             '    rf"|(?P<s3>\\d{{1,2}})/(?P<d4>\\d\\d?|-)(?![\\w/])")'),
    Breakage('slash-price-dash-unread', 'catalog/parse/items.py',
             '    rf"|{_AFTER_MARK}(?P<s3>\\d{{1,2}})/(?P<d4>\\d|-)(?![\\w/])")',
             '    rf"|{_AFTER_MARK}(?P<s3>\\d{{1,2}})/(?P<d4>\\d)(?![\\w/])")'),
    Breakage('slash-price-never-looked-for', 'catalog/parse/items.py',
             'or "s net" in text or "/" in text) else []',
             'or "s net" in text) else []'),
    Breakage('rand-anywhere', 'catalog/parse/items.py',
             '    rf"|{_AFTER_MARK}(?P<rand>R)(?P<amt3>{_WORD_AMOUNT})(?!\\w)")',
             '    rf"|(?P<rand>R)(?P<amt3>{_WORD_AMOUNT})(?!\\w)")'),
    Breakage('rand-never-looked-for', 'catalog/parse/items.py',
             '"SFr", "CHF", "(R", ", R", *ISO_CODES)',
             '"SFr", "CHF", *ISO_CODES)'),
    Breakage('doubtful-agreement-reason-lost', 'catalog/parse/agreement.py',
             '    return (DOUBTFUL_AGREEMENT + ", ".join(weak),) if weak else ()',
             '    return ()'),
    Breakage('doubted-fields-not-handed-on', 'catalog/pipeline.py',
             'settle(book, learned[i], readings[i].doubtful)',
             'settle(book, learned[i])'),
    Breakage('agreement-doubt-threshold-raised', 'catalog/parse/labeller.py',
             'AGREEMENT_DOUBT = 0.5',
             'AGREEMENT_DOUBT = 0.7'),
    Breakage('labeller-doubts-nothing', 'catalog/parse/labeller.py',
             '                   frozenset(field for field, score in sureness.items() if score < AGREEMENT_DOUBT))',
             '                   frozenset())'),
    Breakage('title-naming-another-dollar-country-unheeded', 'catalog/parse/normalize.py',
             '        named = named_dollar_country(f"{parsed.title} {parsed.subtitle or \'\'}")',
             '        named = None'),
    Breakage('dollar-country-word-anywhere', 'catalog/parse/tables.py',
             'r"\\b(?:(?P<AUD>Australian?)|',
             'r"(?:(?P<AUD>Australian?|Age)|'),
    Breakage('catalog-record-pages-no-bar-line', 'catalog/text/repair.py',
             '|\\d ?(?:pp|pages)\\b|\\d ?p\\.")',
             '|\\d ?(?:pp|pages)\\b")'),
    Breakage('predecimal-starts-miss-the-pound-sign', 'catalog/parse/items.py',
             '_PREDECIMAL_FIRST = re.compile(r"[\\d\\u00a3]")',
             '_PREDECIMAL_FIRST = re.compile(r"\\d")'),
    Breakage('word-price-starts-miss-the-rand', 'catalog/parse/items.py',
             '|R(?=s|\\d)|D(?=M|KK)',
             '|R(?=s)|D(?=M|KK)'),
    Breakage('name-first-line-wins-over-a-name-family-first-below', 'catalog/parse/head.py',
             ' and not is_person(lines[-1]) and one_inverted_name(lines[-1]) is None \\',
             ' and not is_person(lines[-1]) \\'),
    Breakage('space-before-a-colon-kept', 'catalog/text/repair.py',
             '        text = _SPACED_STOP.sub(r"\\1", text)',
             '        text = text'),
    Breakage('typewriter-spaces-kept', 'catalog/text/repair.py',
             '    return _SPACES.sub(lambda m: " " if m.end()',
             '    return _SPACES.sub(lambda m: m.group() if m.end()'),
    Breakage('list-markers-kept', 'catalog/text/repair.py',
             '        text = _LIST_MARK.sub("", text)',
             '        text = _LIST_MARK.sub(lambda m: m.group(), text)'),
    Breakage('iso-currency-codes-unread', 'catalog/parse/items.py',
             '_CODES = "|".join(ISO_CODES)',
             '_CODES = "EUR"'),
    Breakage('empty-cell-between-bars-kept', 'catalog/text/repair.py',
             '[|\\u2022\\u00b7](?:[ \\t\\u00a0]+[|\\u2022\\u00b7])*[ \\t\\u00a0]+")',
             '[|\\u2022\\u00b7][ \\t\\u00a0]+")'),
    Breakage('described-book-read-as-prose', 'catalog/text/locate.py',
             ' and not (_catalog_entry(line[:end]) or _described_book(line[:end])):',
             ' and not (_catalog_entry(line[:end])):'),
    Breakage('description-stops-after-one-part', 'catalog/parse/head.py',
             '            described = is_description(name) or described and name[:1].islower()',
             '            described = is_description(name)'),
    Breakage('described-book-with-no-person', 'catalog/text/locate.py',
             '    return described is not None and is_person(described.group("name"))',
             '    return described is not None'),
    Breakage('labeller-reads-the-reviewers-line', 'catalog/parse/labeller.py',
             '            unit = _REVIEWER_LINE.sub("", unit).strip()',
             '            unit = unit.strip()'),
    Breakage('labeller-publisher-keeps-binding-words', 'catalog/parse/labeller.py',
             '        if span.label == "publisher" and not (value := _publisher_value(value)):',
             '        if span.label == "publisher" and not value:'),
    Breakage('labeller-publisher-keeps-from', 'catalog/parse/labeller.py',
             '    return _PUBLISHER_LEAD.sub("", value)',
             '    return value'),
    Breakage('two-given-names-in-capitals-unread', 'catalog/parse/names.py',
             "(?P<given>[A-Z][A-Z'\\u2019\\-]+(?: [A-Z][A-Z'\\u2019\\-]+)?(?: [A-Z]\\.)*)",
             "(?P<given>[A-Z][A-Z'\\u2019\\-]+(?: [A-Z]\\.)*)"),
    Breakage('capitals-byline-after-comma-unread', 'catalog/parse/head.py',
             '                and not _capitals_byline_after_comma(text[:m.start()], following):',
             '                and True:'),
    Breakage('capitals-byline-of-function-words', 'catalog/parse/head.py',
             ' and not _FUNCTION_WORDS.intersection(name.split())',
             ' and True'),
    Breakage('capital-and-joins-no-names', 'catalog/parse/names.py',
             '|(?<=[A-Z]{{2}}),? AND (?=[A-Z]{{2}})"',
             '"'),
    Breakage('bracketed-given-names-unread', 'catalog/parse/names.py',
             '    if "(" in head[:40] and (bracketed := _bracketed_given_names(head)) is not None:',
             '    if False and (bracketed := _bracketed_given_names(head)) is not None:'),
    Breakage('bracketed-town-read-as-given-name', 'catalog/parse/names.py',
             '        if is_place(given) or not (known or family.isupper() and len(family) > 1):',
             '        if not (known or family.isupper() and len(family) > 1):'),
    Breakage('any-bracketed-word-read-as-given-name', 'catalog/parse/names.py',
             '        if is_place(given) or not (known or family.isupper() and len(family) > 1):',
             '        if is_place(given):'),
    Breakage('town-after-leading-names-stays-in-title', 'catalog/parse/imprint.py',
             '    return ", " in text[:start] or author_known and bool(text[:start].strip())',
             '    return ", " in text[:start]'),
    Breakage('title-words-in-a-persons-name', 'catalog/parse/names.py',
             ' and not is_corporate(name) and _TITLE_WORDS.isdisjoint(words[1:])',
             ' and not is_corporate(name)'),
    Breakage('publisher-town-year-unread', 'catalog/parse/imprint.py',
             '        town_dated = _PUBLISHER_TOWN_YEAR.search(text, 0, first) if dated is None else None',
             '        town_dated = None'),
    Breakage('publisher-then-any-word-with-a-year', 'catalog/parse/imprint.py',
             'if town_dated and is_place(town_dated.group("town")) and',
             'if town_dated and'),
    Breakage('euro-before-the-amount-unread', 'catalog/parse/items.py',
             '|DM|EUR|[Ee]uro|SFr',
             '|DM|EUR|SFr'),
    Breakage('euro-before-a-year-read-as-a-price', 'catalog/parse/items.py',
             ' or m.group("pre") in ("euro", "Euro")) \\',
             ') \\'),
    Breakage('starred-reviews-mark-dropped', 'catalog/text/repair.py',
             '_LIST_MARK = re.compile(rf"^[ \\t]*[{LIST_BULLETS}-][ \\t]+", re.M)',
             '_LIST_MARK = re.compile(rf"^[ \\t]*[{LIST_BULLETS}*-][ \\t]+", re.M)'),
    Breakage('column-gaps-after-a-stop-closed', 'catalog/text/repair.py',
             '    return _SPACES.sub(lambda m: " " if m.end() - m.start() == 2 and m.start()',
             '    return _SPACES.sub(lambda m: " " if m.start()'),
    Breakage('inverted-name-loses-its-initials-stop', 'catalog/parse/names.py',
             '    if _INVERTED_INITIAL_END.search(name) and printed.endswith("."):',
             '    if False:'),
    Breakage('family-then-initials-read-as-a-degree', 'catalog/parse/names.py',
             '    if initials := _FAMILY_THEN_INITIALS.match(name):',
             '    if initials := None:'),
)


def scratch_copy(parent: Path) -> Path:
    repo = parent / "main"
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name,
                            ignore=shutil.ignore_patterns("__pycache__", ".hypothesis", "node_modules"))
        else:
            shutil.copy2(source, repo / name)
    clients = ROOT / "tests" / "interop" / "node_modules"
    if clients.is_dir():   # the npm clients are read, never written: linked, not copied for each breakage
        (repo / "tests" / "interop" / "node_modules").symlink_to(clients)
    shared = ROOT.parent / "shared"
    if shared.exists():
        (parent / "shared").symlink_to(shared)   # tests read ../shared as in a checkout
    return repo


def broken_text(repo: Path, breakage: Breakage) -> str:
    """The broken module's text; a snippet that is not there once stops the check."""
    text = (repo / breakage.path).read_text(encoding="utf-8")
    count = text.count(breakage.old)
    if count != 1:
        raise SystemExit(f"{breakage.name}: the snippet occurs {count} times in {breakage.path}; update the table")
    return text.replace(breakage.old, breakage.new)


def apply(repo: Path, breakage: Breakage) -> None:
    (repo / breakage.path).write_text(broken_text(repo, breakage), encoding="utf-8")


# The suite stops at its first failure, so the quick unit tests go first and the real
# clients last: a breakage most tests catch is caught in seconds, not after the interop run.
FAST_FIRST = ("tests/parse", "tests/text", "tests/writers", "tests/validate", "tests/readers")
LAST = ("tests/test_dask_engine.py",)   # minutes of cluster runs: only the dask breakages get that far


def _fast_first(repo: Path, broken: str | None = None) -> list[str]:
    """Every test path of the suite, each once, the quick ones first, and first of all the
    tests of the broken module's own step (catalog/writers/ -> tests/writers,
    catalog/cli.py -> tests/test_cli.py), which most often catch it."""
    top = sorted(str(p.relative_to(repo)) for p in (repo / "tests").glob("test_*.py"))
    rest = [p for p in top if p not in DESELECT and p not in LAST]
    order = [*FAST_FIRST, *rest, "tests/review", "tests/interop", *LAST]
    if broken:
        parts = Path(broken).parts
        own = f"tests/{parts[1]}" if len(parts) > 2 else f"tests/test_{Path(broken).stem}.py"
        if own in order and own not in LAST:
            order = [own, *(p for p in order if p != own)]
    return order


def importers(repo: Path, module: str) -> list[str]:
    """The test files that import the broken module (`catalog/parse/items.py` is imported
    as `catalog.parse.items` or `from catalog.parse import items`): they are the likeliest
    to catch its breakage, so they run on their own before the rest of the suite."""
    dotted = ".".join(Path(module).with_suffix("").parts)
    found = []
    for path in sorted((repo / "tests").rglob("test_*.py")):
        if "node_modules" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        if dotted in names:
            found.append(str(path.relative_to(repo)))
    return found


def _pytest(repo: Path, paths: list[str]) -> tuple[bool, str]:
    env = {**os.environ, "PYTHONPATH": str(repo), "CATALOG_SKIP_CLIENTS": os.environ.get("CATALOG_SKIP_CLIENTS", "0")}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-o", "addopts="]
    command += [f"--deselect={d}" for d in DESELECT if "::" in d] + [f"--ignore={d}" for d in DESELECT if "::" not in d]
    done = subprocess.run(command + paths, cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    failed = re.search(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.MULTILINE)
    last = (done.stdout.strip().splitlines() or ["no output"])[-1]
    return done.returncode != 0, failed.group(1) if failed else last


def run_suite(repo: Path, broken: str | None = None) -> tuple[bool, str]:
    """(suite failed, the first failing test or the closing line). With `broken`, the module
    a breakage changed, the tests that import it run first on their own (the interop and
    Dask tests among them only when no other does); the rest of the suite runs only if they
    all pass, so each test still runs once at most."""
    order = _fast_first(repo, broken)
    first = [p for p in importers(repo, broken) if p not in DESELECT] if broken else []
    quick = [p for p in first if p not in LAST and not p.startswith("tests/interop/")]
    first = quick or first   # the slow clients and cluster runs first only for a module nothing else imports
    first.sort(key=lambda p: next(i for i, o in enumerate(order) if p == o or p.startswith(o + "/")))
    if first:
        caught, by = _pytest(repo, first)
        if caught:
            return caught, by
        return _pytest(repo, [p for p in order if p not in first] + [f"--ignore={p}" for p in first])
    return _pytest(repo, order)


def check(breakage: Breakage | None) -> tuple[bool, str, float]:
    """(suite failed, the test that failed or the closing line, seconds) for one breakage
    applied to a scratch copy of its own, or for none (the suite must pass there)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="catalog-mutation-") as folder:
        repo = scratch_copy(Path(folder))
        if breakage:
            apply(repo, breakage)
        failed, by = run_suite(repo, breakage.path if breakage else None)
    return failed, by, time.perf_counter() - started


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        return os.cpu_count() or 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="run only the named breakage(s)")
    parser.add_argument("--jobs", type=int, default=_cores(),
                        help="breakages checked at once, each in its own scratch copy (default: the cores)")
    args = parser.parse_args()
    chosen = [b for b in BREAKAGES if not args.only or b.name in args.only]
    for breakage in chosen:   # a snippet that is not there stops the check before any suite runs
        broken_text(ROOT, breakage)
    # Each breakage runs the suite in a process of its own on a copy of its own (the interop
    # tests' servers take free ports), so they run side by side; the table keeps its order.
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        unbroken = pool.submit(check, None)
        results = [pool.submit(check, b) for b in chosen]
        failed, by, _ = unbroken.result()
        if failed:   # a failure now would be counted as a catch below: the check would prove nothing
            print(f"the suite fails in a scratch copy with no breakage ({by}); fix that first", flush=True)
            pool.shutdown(wait=False, cancel_futures=True)
            return 2
        survived = 0
        print(f"{'breakage':<42} {'caught':<7} by", flush=True)
        for breakage, result in zip(chosen, results, strict=True):
            caught, by, took = result.result()
            survived += not caught
            print(f"{breakage.name:<42} {'yes' if caught else 'NO':<7} {by}  ({took:.0f} s)", flush=True)
    print(f"{len(chosen) - survived} of {len(chosen)} breakages caught")
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main())
