"""Dev-only cross-check: our ONNX EfficientNet-Lite0 against the reference PyTorch implementation.

Needs torch and the ml-illustrated EfficientNet-Lite-PyTorch source (a lukemelas fork) on the path;
neither is a dependency of seeingeye. Run in a throwaway venv:
    python -m venv /tmp/tvenv --system-site-packages && /tmp/tvenv/bin/pip install torch
    PYTHONPATH=src:/path/to/EfficientNet-Lite-PyTorch /tmp/tvenv/bin/python benchmarks/crosscheck_torch.py
"""

from __future__ import annotations

import numpy as np
import torch
from efficientnet_lite_pytorch import EfficientNet
from PIL import Image
from skimage import data

from seeingeye.tools import efficientnet as en
from seeingeye.tools.pth import load_state_dict


def main() -> None:
    ref = EfficientNet.from_pretrained("efficientnet-lite0", weights_path=str(en.weights_path())).eval()
    ours_sd = load_state_dict(en.weights_path())
    torch_sd = torch.load(en.weights_path(), map_location="cpu")
    worst = max(float(np.abs(ours_sd[k] - v.numpy()).max()) for k, v in torch_sd.items())
    print(f"state dict: {len(ours_sd)} tensors, max abs difference to torch.load {worst:.2e}")
    clf = en.classifier()
    for name in ("chelsea", "coffee", "astronaut", "rocket"):
        x = en.preprocess(Image.fromarray(getattr(data, name)()))
        with torch.no_grad():
            want = ref(torch.from_numpy(x)).numpy()[0]
        got = clf.session.run(["logits"], {"image": x})[0][0]
        print(f"{name}: max |logit diff| {np.abs(want - got).max():.2e}, top-1 ref {want.argmax()} ours {got.argmax()}")


if __name__ == "__main__":
    main()
