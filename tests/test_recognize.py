"""`recognize`: torch-free checkpoint reading, the ONNX EfficientNet-Lite0, labels, hierarchy, option matching."""

from __future__ import annotations

import collections
import pickle
import sys
import types
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from seeingeye.sir import EvidenceDraft
from seeingeye.tools import TOOLS, Engines, ToolContext
from seeingeye.tools import efficientnet as en
from seeingeye.tools.imagenet_hierarchy import GROUPS, ancestors, class_names, group_members, hierarchy
from seeingeye.tools.pth import CheckpointError, load_state_dict
from seeingeye.tools.recognize import (
    UNKNOWN_PRIOR,
    asks_what_is_shown,
    classify,
    known_concept,
    label_matches,
    option_scores,
)

skimage_data = pytest.importorskip("skimage.data")


# ---- checkpoint reader ------------------------------------------------------------------------------


def _fake_torch(monkeypatch: pytest.MonkeyPatch) -> tuple[object, type]:
    """Just enough of a `torch` module for pickle to name the globals a real checkpoint names."""
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")

    def _rebuild_tensor_v2(*args: object) -> None: ...

    _rebuild_tensor_v2.__module__ = "torch._utils"
    _rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2  # type: ignore[attr-defined]
    storage_cls = type("FloatStorage", (), {"__module__": "torch"})
    torch.FloatStorage = storage_cls  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "torch._utils", utils)
    return _rebuild_tensor_v2, storage_cls


class _T:
    def __init__(self, key: str, offset: int, size: tuple[int, ...], stride: tuple[int, ...], rebuild: object):
        self.key, self.args, self.rebuild = key, (offset, size, stride), rebuild

    def __reduce__(self) -> tuple:
        return self.rebuild, (_S(self.key), *self.args, False, collections.OrderedDict())


class _S:
    def __init__(self, key: str) -> None:
        self.key = key


def _write(path: Path, storages: dict[str, np.ndarray], tensors: dict[str, _T], cls: type, legacy: bool) -> None:
    class P(pickle.Pickler):
        def persistent_id(self, obj: object) -> object:
            if isinstance(obj, _S):
                n = storages[obj.key].size
                return ("storage", cls, obj.key, "cpu", n) + ((None,) if legacy else ())
            return None

    def dump(f: object, obj: object) -> None:
        P(f, protocol=2).dump(obj)

    state = collections.OrderedDict(tensors)
    if legacy:
        with path.open("wb") as f:
            for head in (0x1950A86A20F9469CFC6C, 1001, {"little_endian": True}):
                pickle.dump(head, f, protocol=2)
            dump(f, state)
            pickle.dump(list(storages), f, protocol=2)
            for arr in storages.values():
                f.write(np.int64(arr.size).tobytes() + arr.astype("<f4").tobytes())
    else:
        import io

        buf = io.BytesIO()
        dump(buf, state)
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("archive/data.pkl", buf.getvalue())
            for key, arr in storages.items():
                zf.writestr(f"archive/data/{key}", arr.astype("<f4").tobytes())


@pytest.mark.parametrize("legacy", [True, False])
def test_checkpoint_reader_rebuilds_views_and_strides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, legacy: bool):
    rebuild, cls = _fake_torch(monkeypatch)
    base = np.arange(12, dtype=np.float32)
    tensors = {
        "w": _T("0", 0, (3, 4), (4, 1), rebuild),
        "w_t": _T("0", 0, (4, 3), (1, 4), rebuild),  # a transposed view of the same storage
        "tail": _T("0", 8, (4,), (1,), rebuild),  # an offset view
        "b": _T("1", 0, (2,), (1,), rebuild),
    }
    path = tmp_path / "ck.pth"
    _write(path, {"0": base, "1": np.array([5.0, 6.0], np.float32)}, tensors, cls, legacy)
    monkeypatch.delitem(sys.modules, "torch")  # the reader itself must not need it
    sd = load_state_dict(path)
    assert sd["w"].tolist() == base.reshape(3, 4).tolist()
    assert sd["w_t"].tolist() == base.reshape(3, 4).T.tolist()
    assert sd["tail"].tolist() == [8, 9, 10, 11]
    assert sd["b"].tolist() == [5, 6]


def test_checkpoint_reader_refuses_code(tmp_path: Path) -> None:
    path = tmp_path / "evil.pth"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("archive/data.pkl", pickle.dumps({"x": print}, protocol=2))
    with pytest.raises(CheckpointError, match="print"):
        load_state_dict(path)
    path.write_bytes(b"not a checkpoint at all")
    with pytest.raises((CheckpointError, pickle.UnpicklingError, EOFError)):
        load_state_dict(path)


def test_shipped_weights_read_without_torch() -> None:
    assert "torch" not in sys.modules or not hasattr(sys.modules["torch"], "load")  # nothing imported torch
    sd = load_state_dict(en.weights_path())
    assert sd["_conv_stem.weight"].shape == (32, 3, 3, 3)
    assert sd["_conv_head.weight"].shape == (1280, 320, 1, 1)
    assert sd["_fc.weight"].shape == (1000, 1280) and sd["_fc.weight"].dtype == np.float32
    assert sum(k.endswith("_depthwise_conv.weight") for k in sd) == 16
    assert all((v >= 0).all() for k, v in sd.items() if k.endswith("running_var"))


# ---- the network and the tool ----------------------------------------------------------------------


def test_onnx_graph_is_built_once_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEEINGEYE_CACHE", str(tmp_path))
    first = en.onnx_model_path()
    assert first.parent == tmp_path and first.stat().st_size > 10_000_000
    stamp = first.stat().st_mtime_ns
    assert en.onnx_model_path() == first and first.stat().st_mtime_ns == stamp


def _photo(name: str) -> Image.Image:
    return Image.fromarray(getattr(skimage_data, name)()).convert("RGB")


def test_real_photos_get_the_right_labels() -> None:
    cat = classify(_photo("chelsea"))
    assert cat[0].kind == "object" and cat[0].attrs["class_id"] in range(281, 286)
    assert cat[0].attrs["hierarchy"][-3:] == ["cat", "mammal", "animal"]
    assert cat[0].attrs["group_conf"]["cat"] > 0.8  # the breeds disagree, "cat" does not
    assert any(e.value == "cat" and e.attrs.get("group") for e in cat)
    coffee = classify(_photo("coffee"))
    assert coffee[0].value == "espresso" and coffee[0].confidence > 0.5
    probs = en.classifier().probabilities(_photo("coffee"))
    assert probs.shape == (1000,) and abs(probs.sum() - 1) < 1e-4


def test_recognize_tool_whole_image_and_region() -> None:
    img = _photo("chelsea")
    ctx = ToolContext(image=img, engines=Engines())
    res = TOOLS.get("recognize")(ctx, {"top_k": 2, "min_prob": 0.0})
    labels = [e for e in res.evidence if not e.attrs.get("group")]
    assert len(labels) == 2 and labels[0].confidence >= labels[1].confidence
    # a region: the cat's face (left-centre of the photo) is still a cat; the box is kept
    box = {"x0": 80, "y0": 20, "x1": 330, "y1": 290}
    part = TOOLS.get("recognize")(ctx, {"box": box})
    assert part.evidence[0].attrs["hierarchy"][-2:] == ["mammal", "animal"]
    assert part.evidence[0].box is not None and part.evidence[0].box.x0 == 80
    with pytest.raises(Exception, match="top_k"):
        TOOLS.get("recognize")(ctx, {"top_k": 0})


# ---- hierarchy and option matching ------------------------------------------------------------------


def test_hierarchy_is_a_tree_over_real_classes() -> None:
    assert len(class_names()) == 1000
    for g, (parent, _) in GROUPS.items():
        assert parent is None or parent in GROUPS
        assert ancestors(g)[-1] in {n for n, (p, _) in GROUPS.items() if p is None}
    assert len(group_members()["dog"]) == 118
    assert hierarchy(281) == ["tabby cat", "cat", "mammal", "animal"]
    assert hierarchy(282)[0] == "tiger cat"  # a descriptive curated name falls back to the WordNet word
    assert hierarchy(404)[-2:] == ["aircraft", "vehicle"]


def _ev(label: str, conf: float, chain: list[str], group_conf: dict[str, float], cid: int | None = None):
    attrs: dict = {"hierarchy": chain, "group_conf": group_conf}
    if cid is not None:
        attrs["class_id"] = cid
    return EvidenceDraft(kind="object", value=label, confidence=conf, attrs=attrs)


def test_label_matches_uses_hierarchy_synonyms_and_group_probability() -> None:
    tabby = _ev("tabby cat", 0.4, ["tabby cat", "cat", "mammal", "animal"], {"cat": 0.9, "mammal": 0.95,
                                                                              "animal": 0.97}, 281)
    assert label_matches("tabby cat", tabby) == pytest.approx(0.4)
    assert label_matches("a cat", tabby) == pytest.approx(0.9)  # the group's summed probability
    assert label_matches("Kittens", tabby) == pytest.approx(0.9)  # synonym, plural
    assert label_matches("an animal", tabby) == pytest.approx(0.97)
    assert label_matches("a dog", tabby) == 0.0
    assert label_matches("lion", tabby) == 0.0
    assert label_matches("big cat", tabby) < label_matches("cat", tabby)
    assert label_matches("Persian cat", tabby) < label_matches("tabby cat", tabby)
    assert label_matches("", tabby) == 0.0
    as_dict = tabby.model_dump()
    assert label_matches("cat", as_dict) == label_matches("cat", tabby)
    retriever = _ev("Golden Retriever", 0.7, ["Golden Retriever", "dog", "mammal", "animal"], {"dog": 0.95}, 207)
    assert label_matches("retriever", retriever) > 0.5
    assert label_matches("a puppy", retriever) == pytest.approx(0.95)


def test_option_scores_pick_the_label_and_eliminate_known_absent_things() -> None:
    tabby = _ev("tabby cat", 0.4, ["tabby cat", "cat", "mammal", "animal"], {"cat": 0.9}, 281)
    scores = option_scores(["a dog", "a cat", "a horse", "a bird"], [tabby])
    assert scores.index(max(scores)) == 1
    # nothing matches: an option the classifier cannot know beats ones it would have recognised
    odd = _ev("bubble", 0.1, ["bubble", "landscape"], {"landscape": 0.2}, 971)
    scores = option_scores(["a dog", "an astronaut", "a pizza", "a bicycle"], [odd])
    assert scores == [0.0, UNKNOWN_PRIOR, 0.0, 0.0]
    assert known_concept("a bicycle") and known_concept("aeroplane") and not known_concept("an astronaut")


def test_question_detector() -> None:
    assert asks_what_is_shown("What animal is shown in the photo?")
    assert asks_what_is_shown("Which of these is pictured?")
    assert not asks_what_is_shown("What is the total on the receipt?")


def test_default_plan_recognizes_photos_only() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.translator import ToolPlanTranslator
    from seeingeye.sir import SIR, ImageFacts

    engines = Engines()  # one OCR engine for the four plans

    def plan(kind: str, question: str, text_lines: int = 0) -> list[str]:
        facts = ImageFacts(width=64, height=64, original_width=64, original_height=64, sha256="x", format="PNG",
                           mode="RGB")
        sir = SIR(question=question, image=facts)
        sir.overview.kind = kind  # type: ignore[assignment]
        sir.overview.text_lines = text_lines
        ctx = ToolContext(image=Image.new("RGB", (64, 64), "white"), engines=engines)
        return [name for name, _ in ToolPlanTranslator().plan(analyse(question), ctx, sir)]

    assert "recognize" in plan("photo", "Is it sunny?")
    assert "recognize" in plan("diagram", "What animal is shown?")
    assert "recognize" not in plan("document", "What is the total?", 30)
    assert "recognize" not in plan("screenshot", "What is shown in the sidebar?", 40)
