"""The apps depend on each other one way only, as docs/architecture.md draws them.

The imports are read from the source (not from what happens to be loaded), so an
arrow the rule forbids fails here even in a module no other test imports.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. An app imports only apps of lower layers: never one of its own layer, never one above.
LAYERS = [
    {"core"},
    {"accounts", "caching", "pictures", "purging", "translations"},
    {"knowledge"},
    {"forums", "newsletters"},
    {"home"},
    {"indicators", "search"},
    {"config"},
]
LAYER_OF = {app: depth for depth, apps in enumerate(LAYERS) for app in apps}

# Imports inside functions hide an arrow from the reader of a module's head; the few that a
# library or Django's app loading demands say why in a comment.
MOST_FUNCTION_LEVEL_IMPORTS = 15


def _app_directories():
    return sorted({path.parent.name for path in ROOT.glob("*/apps.py")} | {"config"})


def _modules(app):
    return sorted((ROOT / app).rglob("*.py"))


def _imported_apps(node, app):
    """The project apps an import statement names (a relative import stays in its app)."""
    if isinstance(node, ast.ImportFrom):
        names = [app] if node.level else [node.module or ""]
    else:
        names = [alias.name for alias in node.names]
    return {name.split(".")[0] for name in names}


def _imports(path):
    """(import node, whether it sits inside a function) for every import of a module."""
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, in_function))
            visit(child, in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef))

    visit(ast.parse(path.read_text(), filename=str(path)), False)
    return found


def test_every_app_has_a_place_in_the_layers():
    assert set(_app_directories()) == set(LAYER_OF)


@pytest.mark.parametrize("app", _app_directories())
def test_an_app_imports_only_the_apps_below_it(app):
    forbidden = []
    for path in _modules(app):
        for node, _in_function in _imports(path):
            for target in _imported_apps(node, app) & set(LAYER_OF) - {app}:
                if LAYER_OF[target] >= LAYER_OF[app]:
                    forbidden.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {target}")
    assert forbidden == []


def _function_level_imports():
    for app in _app_directories():
        for path in _modules(app):
            lines = path.read_text().splitlines()
            for node, in_function in _imports(path):
                if in_function:
                    yield path, node, lines


def test_imports_inside_functions_are_few():
    found = [f"{path.relative_to(ROOT)}:{node.lineno}" for path, node, _lines in _function_level_imports()]
    assert len(found) <= MOST_FUNCTION_LEVEL_IMPORTS, found


def test_each_import_inside_a_function_says_why():
    silent = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, node, lines in _function_level_imports()
        if "#" not in lines[node.lineno - 1] and not lines[node.lineno - 2].strip().startswith("#")
    ]
    assert silent == []
