"""An AT-SPI client, run by the system Python (Debian's python3-pyatspi), as a screen
reader would see the app: ``atspi_client.py COMMAND APP [ARGS]``, prints JSON.

Commands:
  tree APP                      every accessible object: depth, role, name, states, actions
  set-text APP ROLE NAME TEXT   replace the text of the first matching editable object
  do APP ROLE NAME ACTION       run a named action (e.g. "Press") of the first match
  focus APP ROLE NAME           grab focus on the first match (Component.grabFocus)
  type APP TEXT                 type TEXT, then Return, as keystrokes through AT-SPI's
                                device event controller (what an on-screen keyboard does)
  focused APP                   the object that has the keyboard focus (role, name)

It talks to the app only through the accessibility bus: no Qt, no test hooks.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def find_app(name: str, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.time() + timeout
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and (app.name or "").lower() == name.lower():
                    app.get_child_count()  # a window that has just gone raises here
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def describe(node, depth: int) -> dict:  # type: ignore[no-untyped-def]
    actions: list[str] = []
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
    return {"depth": depth, "role": node.getRoleName(), "name": node.name or "",
            "description": node.description or "", "states": states, "actions": actions,
            "children": node.childCount}


def walk(node, depth: int = 0, out: list | None = None) -> list:  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    out.append(describe(node, depth))
    # Big item views expose every cell; a few rows are enough to judge them.
    limit = 60 if node.getRoleName() in ("table", "tree table", "list", "tree") else 500
    for index in range(min(node.childCount, limit)):
        child = node.getChildAtIndex(index)
        if child is not None and depth < 60:
            walk(child, depth + 1, out)
    return out


def find(app, role: str, name: str):  # type: ignore[no-untyped-def]
    def matches(node) -> bool:  # type: ignore[no-untyped-def]
        return node is not None and node.getRoleName() == role and (node.name or "") == name

    # A busy machine may still be building what the last action asked for: look again
    # for a few seconds, as a person waits for a screen to settle.
    deadline = time.time() + 15
    while True:
        found = pyatspi.findDescendant(app, matches)
        if found is not None:
            return found
        if time.time() > deadline:
            raise SystemExit(f"no {role} named {name!r}")
        time.sleep(0.2)


def main(argv: list[str]) -> None:
    command, app_name, *rest = argv
    app = find_app(app_name)
    if command == "tree":
        result: object = walk(app)
    elif command == "set-text":
        role, name, text = rest
        node = find(app, role, name)
        editable = node.queryEditableText()
        editable.setTextContents(text)
        result = {"ok": True}
    elif command == "do":
        role, name, wanted = rest
        node = find(app, role, name)
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if wanted not in names:
            raise SystemExit(f"{role} {name!r} has no action {wanted!r} (has {names})")
        action.doAction(names.index(wanted))
        result = {"ok": True}
    elif command == "focus":
        role, name = rest
        result = {"ok": bool(find(app, role, name).queryComponent().grabFocus())}
    elif command == "type":
        (text,) = rest
        pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
        pyatspi.Registry.generateKeyboardEvent(0xFF0D, None, pyatspi.KEY_SYM)  # Return
        result = {"ok": True}
    elif command == "focused":
        node = pyatspi.findDescendant(
            app, lambda n: n is not None and n.getState().contains(pyatspi.STATE_FOCUSED))
        result = None if node is None else {"role": node.getRoleName(), "name": node.name}
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
