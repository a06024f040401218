"""The import check: app dependencies follow config/architecture.py, one way, without a cycle.

Imports are read from the source (module level and inside functions alike), so an import made
inside a function to dodge a cycle is caught like any other.
"""

import ast
from pathlib import Path

import pytest

from config.architecture import ALLOWED_IMPORTS, OUTSIDE_THE_PLAN

ROOT = Path(__file__).resolve().parents[2]
APPS = set(ALLOWED_IMPORTS)
SKIPPED_FOLDERS = {"tests", "migrations", "__pycache__"}


def project_files(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if not SKIPPED_FOLDERS & set(path.relative_to(ROOT).parts):
            yield path


def imported_modules(path):
    """(line, module) for every absolute import in the file."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def import_edges():
    """{(app, imported app): ["file:line imports module", ...]} between project apps."""
    edges = {}
    for app in APPS:
        for path in project_files(app):
            for line, module in imported_modules(path):
                target = module.split(".")[0]
                if target != app and (target in APPS or target in OUTSIDE_THE_PLAN):
                    where = f"{path.relative_to(ROOT)}:{line} imports {module}"
                    edges.setdefault((app, target), []).append(where)
    return edges


def find_cycle(graph):
    """One cycle of the directed graph {node: {nodes}}, as a list, or None."""
    visiting, done = set(), set()

    def visit(node, trail):
        visiting.add(node)
        for other in sorted(graph.get(node, ())):
            if other in visiting:
                return trail[trail.index(other) :] + [other]
            if other not in done:
                cycle = visit(other, trail + [other])
                if cycle:
                    return cycle
        visiting.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start, [start])
            if cycle:
                return cycle
    return None


def test_the_plan_itself_has_no_cycle():
    assert find_cycle(ALLOWED_IMPORTS) is None


def test_every_app_of_the_plan_is_a_folder_of_the_repository():
    assert all((ROOT / app / "__init__.py").exists() for app in APPS)


def test_apps_import_only_what_the_plan_allows():
    forbidden = [
        where
        for (app, target), places in sorted(import_edges().items())
        if target not in ALLOWED_IMPORTS[app]
        for where in places
    ]
    assert forbidden == [], "Imports against config/architecture.py:\n" + "\n".join(forbidden)


def test_the_real_imports_have_no_cycle():
    graph = {}
    for app, target in import_edges():
        graph.setdefault(app, set()).add(target)
    assert find_cycle(graph) is None


def test_no_app_imports_the_demo_content_or_the_benchmarks():
    users = sorted(
        where
        for (app, target), places in import_edges().items()
        if target in {"demo", "benchmarks"}
        for where in places
    )
    assert users == []


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
    ],
)
def test_cycles_are_found(graph, expected):
    assert find_cycle(graph) == expected
