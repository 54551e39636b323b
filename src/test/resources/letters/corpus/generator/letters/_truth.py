"""Reads a seed's hand-checked answer, for the rewrites of that seed in other layouts (the shared copy when the
project sits beside ../shared, else the copy in src/test/resources/letters/ground-truth)."""
import json
import pathlib

from model import Item

ROOT = pathlib.Path(__file__).resolve().parents[7]


def truth(name):
    for path in (ROOT.parent / "shared" / "ground-truth" / name, ROOT / "src/test/resources/letters/ground-truth" / name):
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(name)


def nest(entries, parents):
    """Entries of a flat answer list as Items, the entries listed in parents[i] becoming children of entry i."""
    children = {c for cs in parents.values() for c in cs}
    return [Item(text, [entries[c] for c in parents.get(i, [])]) for i, text in enumerate(entries) if i not in children]


def findings_by_theme(answer, rename=None):
    """(theme, strengths, areas) in the order themes first appear; rename maps a table heading to another."""
    rename = rename or {}
    rows = {}
    for finding in answer["detailed_findings"]:
        theme = rename.get(finding["theme"], finding["theme"])
        row = rows.setdefault(theme, ([], []))
        row[0 if finding["kind"] == "strength" else 1].append(finding["text"])
    return [(theme, s, a) for theme, (s, a) in rows.items()]
