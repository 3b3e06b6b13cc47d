"""Real output damaged by inserting, deleting or replacing text: what the proofs of the
fast checks (bibscan, marcxmlscan, the RIS line check) give their checks to judge."""
from hypothesis import strategies as st


def damaged(data: st.DataObject, texts: list[str], pieces: list[str]) -> str:
    """One of the texts, changed in one to three places: a piece (or nothing) put in at a
    random point, in place of up to three characters."""
    text = data.draw(st.sampled_from(texts))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 3))
        text = text[:at] + data.draw(st.sampled_from(pieces) | st.just("")) + text[at + cut:]
    return text
