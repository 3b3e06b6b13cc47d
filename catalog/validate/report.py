"""How `catalog validate` words a problem: `file:line: message` for people and editors,
or a GitHub Actions workflow command, which the Actions runner turns into an annotation
on the file and line of a pull request."""
from __future__ import annotations


def text_line(path: str, line: int, message: str) -> str:
    return f"{path}:{line}: {message}"


def _data(text: str) -> str:
    # The runner reads %, CR and LF as escapes in a command's message...
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    # ...and also ':' and ',' in its properties (file=..., line=...).
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(path: str, line: int, message: str) -> str:
    """`::error file=…,line=…::…`; line 0 (the file as a whole) names no line."""
    where = f"file={_property(path)}" + (f",line={line}" if line > 0 else "")
    return f"::error {where},title=catalog validate::{_data(message)}"
