"""Carry translations from other copies of a .ts file into this one, by (context, source).

After a merge of two branches that both added interface strings, take either side's
.ts file, run ``tools/update_translations.py`` (lupdate marks the other branch's strings
unfinished), then::

    python tools/carry_translations.py resources/.../roundtables_nl.ts other_nl.ts [...]

Every message still unfinished (or empty) here that is translated in one of the other
files gets that translation, with its numerus forms; nothing already translated changes.
Then run ``update_translations.py`` once more to rebuild the .qm files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import write_ts  # a sibling script (tools/ is not a package)

Key = tuple[str, str]


def translated(path: Path) -> dict[Key, ET.Element]:
    """The finished translations of a .ts file, by (context name, source text)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                                  "obsolete"}:
                continue
            if not "".join(translation.itertext()).strip():
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def carry(target: Path, sources: list[Path]) -> int:
    """Fill ``target``'s unfinished messages from ``sources``; returns how many were filled."""
    known: dict[Key, ET.Element] = {}
    for source in sources:
        for key, element in translated(source).items():
            known.setdefault(key, element)
    tree: ET.ElementTree[ET.Element] = ET.parse(target)
    filled = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            done = translation.get("type") is None and "".join(translation.itertext()).strip()
            donor = known.get((name, message.findtext("source") or ""))
            if done or donor is None:
                continue
            message.remove(translation)
            message.append(donor)
            filled += 1
    write_ts(tree, target)
    return filled


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    target, *sources = (Path(arg) for arg in argv)
    print(f"{target}: {carry(target, sources)} translations carried")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
