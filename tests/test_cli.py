"""The command line as a user meets it: exit codes, one-line errors, no partial files."""
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.formats import FORMATS, UnknownFormat, chosen_formats
from tests.conftest import SEED

ROOT = Path(__file__).resolve().parents[1]


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "catalog", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=120)


def test_export_all_writes_eight_valid_files(tmp_path):
    result = run("export", "examples/stalins-spy.txt", "--to", "all", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["stalins-spy.bib", "stalins-spy.biblatex.bib", "stalins-spy.csl.json",
                     "stalins-spy.jsonl", "stalins-spy.marcxml", "stalins-spy.mods.xml", "stalins-spy.mrc",
                     "stalins-spy.ris"]
    check = run("validate", *[str(p) for p in tmp_path.iterdir()])
    assert check.returncode == 0, check.stdout + check.stderr
    for fmt in ("bibtex", "biblatex", "mods", "csljson", "json", "marcxml", "marc", "ris"):
        assert f"valid {fmt}\n".encode() in check.stdout


def test_csl_json_is_an_alias_of_csljson():
    assert run("export", "examples/stalins-spy.txt", "--to", "csl-json").stdout == \
        run("export", "examples/stalins-spy.txt", "--to", "csljson").stdout


def test_export_one_format_to_stdout():
    result = run("export", "examples/stalins-spy.txt", "--to", "mods")
    assert result.returncode == 0 and result.stdout.startswith(b"<?xml")


def test_parse_prints_the_record():
    result = run("parse", "examples/stalins-spy.txt", "--date", "1996-07-01")
    book = json.loads(result.stdout)["books"][0]
    assert (book["title"], book["year"], book["provenance"]["year"]) == ("Stalin's Spy", 1996, "inferred")


def test_parse_jsonl_contract():
    lines = "\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "THE BUSH TRAGEDY, by Jacob Weisberg. (Random House, $26.)",
         "review": {"outlet": "The Times"}},
        {"id": "b", "text": "no notes here at all"},
        "not an object",
    ]) + "\n{broken\n"
    result = run("parse", "--jsonl", stdin=lines.encode())
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 1
    assert rows[0]["books"][0]["prices"] == [{"amount": "26", "currency": "USD", "binding": None, "isbn": None}]
    assert rows[0]["review"]["outlet"] == "The Times" and rows[0]["review"]["reviews"] == [rows[0]["books"][0]["key"]]
    assert [("error" in r) for r in rows] == [False, True, True, True]


@pytest.mark.parametrize("content,reason", [
    (b"An article about the weather with no book.", "no publication notes found"),
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary\x00", "binary file"),
])
def test_bad_input_is_one_line_exit_1_no_file(tmp_path, content, reason):
    source = tmp_path / "in.txt"
    source.write_bytes(content)
    out = tmp_path / "out"
    result = run("export", str(source), "--to", "all", "-o", str(out))
    stderr = result.stderr.decode().strip()
    assert result.returncode == 1
    assert reason in stderr and len(stderr.splitlines()) == 1 and "Traceback" not in stderr
    assert not any(out.iterdir())


def test_validate_github_format_annotates_each_problem(tmp_path):
    good = tmp_path / "good.bib"
    good.write_bytes(run("export", "examples/stalins-spy.txt", "--to", "bibtex").stdout)
    broken = tmp_path / "a,b:c.bib"
    broken.write_text("@book{a,\n title = {x\n}\n")
    unknown = tmp_path / "notes.txt"
    unknown.write_text("no format at all")
    result = run("validate", "--format", "github", str(good), str(broken), str(unknown))
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    where = str(broken).replace(":", "%3A").replace(",", "%2C")
    assert lines == [f"{good}: valid bibtex",
                     f"::error file={where},line=1,title=catalog validate::unparsable block: "
                     "Unexpectedly reached end of file.",
                     f"::error file={unknown},title=catalog validate::unknown format "
                     + lines[2].split("unknown format ")[1]]
    assert result.stderr == b""      # nothing from the libraries' own logging


def test_usage_errors_exit_2():
    assert run("export", "examples/stalins-spy.txt", "--to", "all").returncode == 2
    assert run("export", "examples/stalins-spy.txt", "--to", "nonsense").returncode == 2
    assert run("export", "examples/stalins-spy.txt", "--to", "mods,bibtex").returncode == 2   # two: no stdout


def _written(result) -> list[str]:
    return [line.rsplit("/", 1)[-1] for line in result.stderr.decode().splitlines() if line.startswith("wrote ")]


def test_to_takes_a_comma_list_and_repeats_in_any_mix(tmp_path):
    mixed = run("export", "examples/stalins-spy.txt", "--to", "ris,mods", "--to", "bibtex", "-o", str(tmp_path / "a"))
    assert mixed.returncode == 0, mixed.stderr
    files = ["stalins-spy.bib", "stalins-spy.mods.xml", "stalins-spy.ris"]   # the registry's order, not the options'
    assert _written(mixed) == files and sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(files)
    for name, fmt in zip(files, ("bibtex", "mods", "ris"), strict=True):
        assert (tmp_path / "a" / name).read_bytes() == run("export", "examples/stalins-spy.txt", "--to", fmt).stdout


def test_to_writes_a_format_named_twice_once(tmp_path):
    """Names, aliases and `all` may overlap: each file once, its records once."""
    twice = run("export", "examples/stalins-spy.txt", "--to", "csl-json,marc", "--to", "iso2709,csljson,mrc",
                "-o", str(tmp_path / "a"))
    assert _written(twice) == ["stalins-spy.csl.json", "stalins-spy.mrc"], twice.stderr
    assert len(json.loads((tmp_path / "a" / "stalins-spy.csl.json").read_text())) == 2   # the book and the review
    assert run("export", "examples/stalins-spy.txt", "--to", "mods,mods").stdout == \
        run("export", "examples/stalins-spy.txt", "--to", "mods").stdout   # one format: stdout still
    everything = run("export", "examples/stalins-spy.txt", "--to", "mods,all", "--to", "ris", "-o", str(tmp_path / "b"))
    assert _written(everything) == [f"stalins-spy{f.suffix}" for f in FORMATS.values()]


def test_to_lists_run_in_parallel_as_in_one_job(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_bytes(SEED.read_bytes())
    for jobs in ("1", "2"):
        done = run("export", str(folder), "--to", "marcxml,json", "--jobs", jobs, "-o", str(tmp_path / jobs))
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "2").iterdir()) == ["corpus.jsonl", "corpus.marcxml"]
    for path in (tmp_path / "1").iterdir():
        assert path.read_bytes() == (tmp_path / "2" / path.name).read_bytes()


@pytest.mark.parametrize("to", [["mods,nonsense"], ["mods", "--to", "bibtex,"], ["MODS,pdf"]])
def test_an_unknown_format_is_one_line_naming_every_choice(tmp_path, to):
    result = run("export", "examples/stalins-spy.txt", "--to", *to, "-o", str(tmp_path / "out"))
    err = result.stderr.decode()
    assert result.returncode == 2 and result.stdout == b""
    assert len(err.splitlines()) == 1 and err.startswith("catalog: --to: unknown format "), err
    for f in FORMATS.values():
        assert all(name in err for name in (f.name, *f.aliases)), err
    assert "all" in err and not (tmp_path / "out").exists()


def test_chosen_formats():
    assert chosen_formats(["csl-json"]) == [FORMATS["csljson"]]
    assert chosen_formats(["ris, Mods", "bibtex"]) == [FORMATS[n] for n in ("bibtex", "mods", "ris")]
    assert chosen_formats(["all", "mrc"]) == list(FORMATS.values())
    with pytest.raises(UnknownFormat, match="unknown format ''"):
        chosen_formats(["mods,"])


def test_validate_reports_file_and_line_of_broken_mods(tmp_path):
    good = run("export", "examples/stalins-spy.txt", "--to", "mods").stdout.decode()
    broken = tmp_path / "broken.xml"
    broken.write_text(good.replace("<genre ", "<genre bogus=\"x\" ", 1))
    result = run("validate", str(broken))
    assert result.returncode == 1
    assert result.stdout.decode().startswith(f"{broken}:17: ")


def test_dollar_option_names_the_corpus_dollar():
    line = json.dumps({"id": "a", "text": "THE QUIET HARBOR, by Jane Doe. (Knopf, $24.)",
                       "review": {"outlet": "The Globe and Mail"}}).encode() + b"\n"
    by_outlet = run("parse", "--jsonl", stdin=line)
    assert json.loads(by_outlet.stdout)["books"][0]["prices"][0]["currency"] == "CAD"
    given = run("parse", "--jsonl", "--dollar", "AUD", stdin=line)
    assert json.loads(given.stdout)["books"][0]["prices"][0]["currency"] == "AUD"
    exported = run("export", "-", "--from", "jsonl", "--to", "json", "--dollar", "nzd", stdin=line)
    assert exported.returncode == 0, exported.stderr
    assert b'"NZD"' in exported.stdout
    assert run("parse", "--jsonl", "--dollar", "EUR", stdin=line).returncode == 2


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_is_the_installed_packages(flag):
    from importlib.metadata import version
    result = run(flag)
    assert result.returncode == 0 and result.stdout.decode() == f"catalog {version('catalog')}\n", result
    assert result.stderr == b""


def _complete(*words: str) -> list[str]:
    """What catalog's bash completion offers for the last of `words` (typer's protocol)."""
    env = {**__import__("os").environ, "_CATALOG_COMPLETE": "complete_bash",
           "COMP_WORDS": " ".join(("catalog", *words)), "COMP_CWORD": str(len(words))}
    done = subprocess.run([sys.executable, "-m", "catalog"], env=env, capture_output=True, text=True, timeout=60)
    return done.stdout.split()


def test_shell_completion_is_installable_and_completes_commands_and_formats():
    assert "--install-completion" in run("--help").stdout.decode()
    # typer detects the shell from the process tree: a user's bash (kept as the parent by a second
    # command, where bash would exec a lone one), not the sh that make runs
    shown = subprocess.run(["bash", "-c", f"{shlex.quote(sys.executable)} -m catalog --show-completion; exit $?"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    script = shown.stdout
    assert "_catalog_completion" in script and "complete " in script
    assert _complete("ex") == ["export"]
    assert _complete("export", "x", "--to", "m") == ["mods", "marcxml", "marc"]
    assert _complete("export", "x", "--to", "mods,b") == ["mods,bibtex", "mods,biblatex"]
