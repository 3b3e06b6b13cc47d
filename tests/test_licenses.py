"""catalog is MIT: no runtime dependency, direct or transitive, may be GPL (LGPL is fine to import)."""
import importlib.metadata as metadata
import re

from packaging.requirements import Requirement


def _license(dist: metadata.Distribution) -> str:
    md = dist.metadata
    classifiers = [c for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
    return " | ".join(filter(None, [md.get("License-Expression"), md.get("License"), *classifiers]))


def _runtime_closure(name: str) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo = [name]
    while todo:
        dist = metadata.distribution(todo.pop())
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen[key] = _license(dist)
        for raw in dist.requires or []:
            requirement = Requirement(raw)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def test_no_gpl_in_the_runtime_dependencies():
    licenses = _runtime_closure("catalog")
    strong = {name: text for name, text in licenses.items()
              if re.search(r"\bGPL|General Public License", text) and not re.search(r"LGPL|Lesser", text)}
    assert strong == {}
    assert "gender-guesser" not in licenses
