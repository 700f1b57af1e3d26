"""The architecture the README describes, checked: layers without import circles, tests
that use only public names, factories that are all used, and a README that names every
folder holding code."""

import ast
import os
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Folders that are not ours to check.
SKIPPED = {"node_modules", "staticfiles", "media", "locale", "test-results"}


def tracked_files():
    """Our files: everything below the checkout but dependencies, build output and data."""
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [
            name
            for name in subfolders
            if name not in SKIPPED and not name.startswith(".") and name != "__pycache__"
        ]
        found.extend(Path(folder) / name for name in files)
    return found


def python_files():
    return [path for path in tracked_files() if path.suffix == ".py"]


PACKAGES = sorted(
    path.name
    for path in ROOT.iterdir()
    if path.is_dir() and (path / "__init__.py").exists() and path.name not in SKIPPED
)
FEATURE_APPS = {"home", "technique", "faq", "booking", "practitioners", "locations", "patients"}


def imported_modules(path):
    """Every absolute module ``path`` imports, at any depth (function-level included)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, [alias.name for alias in node.names], node


def package_of(path):
    return path.relative_to(ROOT).parts[0]


def import_graph():
    edges = defaultdict(set)
    for path in python_files():
        source = package_of(path)
        if source not in PACKAGES:
            continue
        for module, _names, _node in imported_modules(path):
            target = module.split(".")[0]
            if target in PACKAGES and target != source:
                edges[source].add(target)
    return edges


def find_cycle(edges):
    """One cycle in ``edges`` as a list of packages, or None."""
    state = {}

    def visit(node, stack):
        state[node] = "open"
        for target in sorted(edges.get(node, ())):
            if state.get(target) == "open":
                return stack[stack.index(target) :] + [target]
            if target not in state:
                cycle = visit(target, [*stack, target])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node, [node])
            if cycle:
                return cycle
    return None


def test_the_layout_checks_see_the_packages():
    assert {"config", "core", "seo", "caching", "security", "demo", "tests"} <= set(PACKAGES)
    assert FEATURE_APPS <= set(PACKAGES)


def test_no_import_circle_between_top_level_packages():
    assert find_cycle(import_graph()) is None, " -> ".join(find_cycle(import_graph()))


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def module_graph(package):
    """Imports between the modules of one package, function-level ones included: an import
    of ``package.x`` (or ``from package import x``) is an edge to the module ``package.x``."""
    paths = [path for path in python_files() if package_of(path) == package]
    modules = {module_name(path) for path in paths}
    edges = defaultdict(set)
    for path in paths:
        source = module_name(path)
        for module, names, _node in imported_modules(path):
            targets = [f"{module}.{name}" for name in names if f"{module}.{name}" in modules]
            if not targets:
                # The deepest of our modules the import names: a.b.C is the module a.b.
                parts = module.split(".")
                while parts and ".".join(parts) not in modules:
                    parts.pop()
                targets = [".".join(parts)] if parts else []
            edges[source].update(target for target in targets if target != source)
    return edges


PRODUCT_PACKAGES = sorted(set(PACKAGES) - {"tests", "bench", "scripts", "demo"})


@pytest.mark.parametrize("package", PRODUCT_PACKAGES)
def test_no_import_circle_between_the_modules_of_an_app(package):
    cycle = find_cycle(module_graph(package))
    assert cycle is None, " -> ".join(cycle)


def test_the_module_graph_sees_lazy_imports_inside_an_app():
    # booking's chain runs one way: the pages import the views, never the reverse.
    graph = module_graph("booking")
    assert "booking.views" in graph["booking.pages"]
    assert "booking.pages" in graph["booking.models"]
    assert "booking.pages" not in graph["booking.views"]


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("layer", ["core", "seo", "caching", "security"])
def test_lower_layers_import_no_feature_app(layer):
    allowed = {"core", "seo", "caching", "security"} if layer != "core" else {"core"}
    reached = import_graph()[layer] - allowed
    assert not reached, f"{layer} imports {sorted(reached)}"


def test_product_code_imports_neither_demo_nor_bench_nor_tests():
    product = set(PACKAGES) - {"demo", "bench", "tests", "scripts", "config"}
    graph = import_graph()
    for package in product:
        assert not graph[package] & {"demo", "bench", "tests", "scripts"}, package


def private_names_used(path, first_party):
    """``(line, name)`` for every private name of ours that ``path`` imports or reads."""
    found = []
    aliases = set()
    for module, names, node in imported_modules(path):
        if module.split(".")[0] not in first_party:
            continue
        if any(part.startswith("_") and not part.startswith("__") for part in module.split(".")):
            found.append((node.lineno, module))
        for name in names:
            if name.startswith("_") and not name.startswith("__"):
                found.append((node.lineno, f"{module}.{name}"))
            aliases.add(name)
        if isinstance(node, ast.Import):
            aliases.update(alias.asname or alias.name.split(".")[0] for alias in node.names)
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return found


def test_no_test_uses_a_private_name_of_ours():
    first_party = set(PACKAGES) - {"tests"}
    offenders = {
        str(path.relative_to(ROOT)): names
        for path in python_files()
        if package_of(path) == "tests"
        for names in [private_names_used(path, first_party)]
        if names
    }
    assert not offenders


def test_every_factory_is_used():
    factories = {}
    for path in ROOT.glob("*/factories.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Factory"):
                factories[node.name] = path.relative_to(ROOT)
    assert factories
    users = "\n".join(
        path.read_text()
        for path in python_files()
        if package_of(path) == "tests" or path.name == "factories.py"
    )
    unused = {
        name: str(where)
        for name, where in factories.items()
        if len(re.findall(rf"\b{name}\b", users)) < 2  # its definition, and a use
    }
    assert not unused


TEXT_SUFFIXES = {".py", ".md", ".html", ".txt", ".toml", ".cfg", ".template", ".css", ".js"}


def test_no_file_cites_a_tracker_issue_number():
    pattern = re.compile(r"\bissue\s*#?\d+", re.IGNORECASE)
    citing = [
        str(path.relative_to(ROOT))
        for path in tracked_files()
        if (path.suffix in TEXT_SUFFIXES or path.name in {"Makefile", "run"})
        and pattern.search(path.read_text(errors="ignore"))
    ]
    assert not citing


def folders_holding_code():
    code = {".py", ".html", ".css", ".js", ".template", ".conf"}
    return sorted(
        {
            path.relative_to(ROOT).parts[0]
            for path in tracked_files()
            if len(path.relative_to(ROOT).parts) > 1 and path.suffix in code
        }
        - SKIPPED
    )


def test_the_readme_layout_table_names_every_folder_holding_code():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"^\| `([a-z_.]+)/`", table, re.MULTILINE))
    assert set(folders_holding_code()) <= named, set(folders_holding_code()) - named
