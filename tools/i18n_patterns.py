"""Find translatable strings that pyside6-lupdate cannot attribute to a context.

lupdate only understands ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``
written out in full.  The interface also uses a few shorthands, which at run time
translate in a context lupdate cannot see:

* ``tr = self.tr`` inside a method, then ``tr("…")``: the enclosing class;
* ``tr = QCoreApplication.translate``, then ``tr("Ctx", "…")``: the literal context;
* a module helper ``def _tr(text): return QCoreApplication.translate("Ctx", text)``;
* a function taking a ``tr`` parameter, called with ``self.tr``: the caller's class.

``find_messages`` returns them as (context, source, file, line) so that
tools/update_translations.py can hand them to lupdate with their right context.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Message:
    """One translatable string and the context it is looked up in at run time."""

    context: str
    source: str
    path: Path
    line: int


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_self_tr(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "tr"
            and isinstance(node.value, ast.Name) and node.value.id == "self")


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "translate" and (
        isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")


class _Scanner(ast.NodeVisitor):
    """Walks one module, tracking the enclosing class and each function's tr aliases."""

    def __init__(self, path: Path, tr_params: dict[str, set[str]]) -> None:
        self.path = path
        self.tr_params = tr_params  # function name -> contexts its ``tr`` parameter gets
        self.classes: list[str] = []
        self.scopes: list[dict[str, str | None]] = []  # name -> fixed context (None: 2-arg)
        self.functions: list[str] = []
        self.found: list[Message] = []
        self.calls: list[tuple[str, str]] = []  # (called function, context passed as tr)
        self.wrappers: dict[str, str] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        scope: dict[str, str | None] = {}
        names = [a.arg for a in [*node.args.args, *node.args.kwonlyargs]]
        if "tr" in names:
            scope["tr"] = "@" + node.name  # resolved later from the call sites
        if len(node.args.args) == 1 and len(node.body) >= 1:
            last = node.body[-1]
            if (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
                    and _is_translate(last.value.func) and len(last.value.args) == 2
                    and _literal(last.value.args[0]) is not None):
                self.wrappers[node.name] = _literal(last.value.args[0]) or ""
        self.scopes.append(scope)
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Assign(self, node: ast.Assign) -> None:
        targets: list[tuple[ast.AST, ast.AST]] = []
        for target in node.targets:
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                targets.extend(zip(target.elts, node.value.elts, strict=False))
            else:
                targets.append((target, node.value))
        for name, value in targets:
            if isinstance(name, ast.Name) and self.scopes:
                if _is_self_tr(value) and self.classes:
                    self.scopes[-1][name.id] = self.classes[-1]
                elif _is_translate(value):
                    self.scopes[-1][name.id] = None
        self.generic_visit(node)

    def _alias(self, name: str) -> tuple[bool, str | None]:
        for scope in reversed(self.scopes):
            if name in scope:
                return True, scope[name]
        return False, None

    def _tr_context(self, node: ast.AST) -> str | None:
        """The context a callable passed as ``tr`` translates in, when known."""
        if _is_self_tr(node) and self.classes:
            return self.classes[-1]
        if isinstance(node, ast.Name):
            known, context = self._alias(node.id)
            if known and context:
                return context
        return None

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            known, context = self._alias(func.id)
            if known and context is None and len(node.args) >= 2:
                ctx, text = _literal(node.args[0]), _literal(node.args[1])
                if ctx is not None and text is not None:
                    self.found.append(Message(ctx, text, self.path, node.lineno))
            elif known and context is not None and node.args:
                text = _literal(node.args[0])
                if text is not None:
                    self.found.append(Message(context, text, self.path, node.lineno))
            passed = [*node.args, *(k.value for k in node.keywords if k.arg == "tr")]
            for arg in passed:
                ctx = self._tr_context(arg)
                if ctx is not None:
                    self.calls.append((func.id, ctx))
        self.generic_visit(node)


def find_messages(paths: Iterable[Path]) -> list[Message]:
    """Every string translated through a shorthand, with its run-time context."""
    scanners: list[_Scanner] = []
    wrappers: dict[Path, dict[str, str]] = {}
    for path in sorted(paths):
        scanner = _Scanner(path, {})
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        scanners.append(scanner)
        wrappers[path] = scanner.wrappers
    # A function's tr parameter takes the contexts of its callers; follow chains of them.
    contexts: dict[str, set[str]] = {}
    for _ in range(5):
        for scanner in scanners:
            for function, ctx in scanner.calls:
                if ctx.startswith("@"):
                    contexts.setdefault(function, set()).update(contexts.get(ctx[1:], set()))
                else:
                    contexts.setdefault(function, set()).add(ctx)
    found: set[Message] = set()
    for scanner in scanners:
        for message in scanner.found:
            if message.context.startswith("@"):
                for ctx in contexts.get(message.context[1:], set()):
                    found.add(Message(ctx, message.source, message.path, message.line))
            else:
                found.add(message)
        tree = ast.parse(scanner.path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):  # calls of a module's own _tr-style wrapper
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in wrappers[scanner.path] and node.args):
                text = _literal(node.args[0])
                if text is not None:
                    context = wrappers[scanner.path][node.func.id]
                    found.add(Message(context, text, scanner.path, node.lineno))
    return sorted(found, key=lambda m: (m.context, str(m.path), m.line, m.source))
