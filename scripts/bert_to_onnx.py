"""bert_to_onnx.py MODEL_DIR OUT.onnx

Writes a BERT encoder (safetensors + config.json, e.g. all-MiniLM-L6-v2) as an ONNX graph with the
`onnx` package alone (no torch), plus an untrained 2-class token head so the same file also has the
token-classification interface (Kompress / LLMLingua-2 shape).

Inputs : input_ids, attention_mask int64 [batch, seq]
Outputs: last_hidden_state f32 [batch, seq, H], logits f32 [batch, seq, 2], final_scores f32 [batch, seq]

Next to OUT.onnx it writes reference.json: token ids of a few sentences and their mean-pooled,
normalised embeddings computed by a plain numpy forward pass of the same weights, and checks
those against sentence-transformers' published similarities for all-MiniLM-L6-v2 (the script
fails if they differ). The Rust tests run the ONNX graph through ONNX Runtime and compare it
with reference.json.
"""
import json, math, os, struct, sys

import numpy as np
import onnx
from onnx import helper as oh, TensorProto as TP, numpy_helper as nh

d, out = sys.argv[1], sys.argv[2]
cfg = json.load(open(f"{d}/config.json"))
with open(f"{d}/model.safetensors", "rb") as f:
    n = struct.unpack("<Q", f.read(8))[0]
    hdr = json.loads(f.read(n))
    raw = f.read()
DT = {"F32": np.float32, "I64": np.int64}
PREFIX = "bert." if any(k.startswith("bert.") for k in hdr) else ""


def W(k):
    m = hdr[PREFIX + k]
    a, b = m["data_offsets"]
    return np.frombuffer(raw[a:b], dtype=DT[m["dtype"]]).reshape(m["shape"])


H, NH, L, eps = cfg["hidden_size"], cfg["num_attention_heads"], cfg["num_hidden_layers"], cfg["layer_norm_eps"]
HD = H // NH
inits, nodes = [], []


def I(name, arr):
    inits.append(nh.from_array(np.ascontiguousarray(arr), name))
    return name


def N(op, ins, outs, **kw):
    nodes.append(oh.make_node(op, ins, outs, **kw))
    return outs[0]


I("word", W("embeddings.word_embeddings.weight"))
I("pos", W("embeddings.position_embeddings.weight"))
I("type0", W("embeddings.token_type_embeddings.weight")[0])
I("qkv_shape", np.array([0, 0, NH, HD], np.int64))
I("ctx_shape", np.array([0, 0, H], np.int64))
I("scale", np.array(1.0 / math.sqrt(HD), np.float32))
I("one_f", np.array(1.0, np.float32))
I("neg", np.array(-1e4, np.float32))
I("ax12", np.array([1, 2], np.int64))
I("sqrt2", np.array(math.sqrt(2.0), np.float32))
I("half", np.array(0.5, np.float32))

# Position rows 0..seq via Slice: ORT's optimizer breaks Gather(pos, Range(0, seq)).
I("z1", np.array([0], np.int64))
N("Shape", ["input_ids"], ["shp1"], start=1, end=2)
N("Gather", ["word", "input_ids"], ["we"], axis=0)
N("Slice", ["pos", "z1", "shp1", "z1"], ["pe"])
N("Add", ["we", "pe"], ["e1"])
N("Add", ["e1", "type0"], ["e2"])


def LN(x, prefix, y):
    I(prefix + ".w", W(prefix + ".weight"))
    I(prefix + ".b", W(prefix + ".bias"))
    return N("LayerNormalization", [x, prefix + ".w", prefix + ".b"], [y], axis=-1, epsilon=eps)


def Lin(x, k, y):
    I(k + ".wt", W(k + ".weight").T)
    I(k + ".b", W(k + ".bias"))
    t = N("MatMul", [x, k + ".wt"], [y + "_mm"])
    return N("Add", [t, k + ".b"], [y])


x = LN("e2", "embeddings.LayerNorm", "h0")
N("Cast", ["attention_mask"], ["mf"], to=TP.FLOAT)
N("Sub", ["one_f", "mf"], ["inv"])
N("Mul", ["inv", "neg"], ["mb2"])
N("Unsqueeze", ["mb2", "ax12"], ["maskbias"])  # [B,1,1,S]
for i in range(L):
    p, s = f"encoder.layer.{i}.", f"l{i}_"
    heads = {}
    for nm in ("query", "key", "value"):
        t = Lin(x, p + "attention.self." + nm, s + nm)
        t = N("Reshape", [t, "qkv_shape"], [s + nm + "_r"])
        heads[nm] = N("Transpose", [t], [s + nm + "_t"], perm=[0, 2, 3, 1] if nm == "key" else [0, 2, 1, 3])
    sc = N("MatMul", [heads["query"], heads["key"]], [s + "sc"])
    sc = N("Mul", [sc, "scale"], [s + "scs"])
    sc = N("Add", [sc, "maskbias"], [s + "scm"])
    pr = N("Softmax", [sc], [s + "pr"], axis=-1)
    ctx = N("MatMul", [pr, heads["value"]], [s + "ctx"])
    ctx = N("Transpose", [ctx], [s + "ctx_t"], perm=[0, 2, 1, 3])
    ctx = N("Reshape", [ctx, "ctx_shape"], [s + "ctx_r"])
    ao = Lin(ctx, p + "attention.output.dense", s + "ao")
    r1 = N("Add", [ao, x], [s + "r1"])
    x1 = LN(r1, p + "attention.output.LayerNorm", s + "x1")
    it = Lin(x1, p + "intermediate.dense", s + "it")
    g = N("Div", [it, "sqrt2"], [s + "g1"])
    g = N("Erf", [g], [s + "g2"])
    g = N("Add", [g, "one_f"], [s + "g3"])
    g = N("Mul", [it, g], [s + "g4"])
    g = N("Mul", [g, "half"], [s + "gelu"])  # exact (erf) GELU, as BERT uses
    o = Lin(g, p + "output.dense", s + "o")
    r2 = N("Add", [o, x1], [s + "r2"])
    x = LN(r2, p + "output.LayerNorm", s + "out")
N("Identity", [x], ["last_hidden_state"])
rng = np.random.default_rng(0)
I("head.w", (rng.standard_normal((H, 2)) * 0.05).astype(np.float32))
I("head.b", np.zeros(2, np.float32))
N("MatMul", ["last_hidden_state", "head.w"], ["hl"])
N("Add", ["hl", "head.b"], ["logits"])
I("diff", np.array([[-1.0], [1.0]], np.float32))  # softmax(l)[..., 1] == sigmoid(l1 - l0)
I("ax2", np.array([2], np.int64))
N("MatMul", ["logits", "diff"], ["d"])
N("Squeeze", ["d", "ax2"], ["d2"])
N("Sigmoid", ["d2"], ["final_scores"])
graph = oh.make_graph(
    nodes,
    "bert_tokcls",
    [oh.make_tensor_value_info("input_ids", TP.INT64, ["batch", "seq"]),
     oh.make_tensor_value_info("attention_mask", TP.INT64, ["batch", "seq"])],
    [oh.make_tensor_value_info("last_hidden_state", TP.FLOAT, ["batch", "seq", H]),
     oh.make_tensor_value_info("logits", TP.FLOAT, ["batch", "seq", 2]),
     oh.make_tensor_value_info("final_scores", TP.FLOAT, ["batch", "seq"])],
    initializer=inits,
)
model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)], producer_name="headroom-bert-export")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, out)


# The reference: the same network in plain numpy, straight from the safetensors weights.
def layer_norm(v, prefix):
    mu = v.mean(-1, keepdims=True)
    var = ((v - mu) ** 2).mean(-1, keepdims=True)
    return (v - mu) / np.sqrt(var + eps) * W(prefix + ".weight") + W(prefix + ".bias")


def linear(v, k):
    return v @ W(k + ".weight").T + W(k + ".bias")


erf = np.vectorize(math.erf)


def embed(ids):
    ids = np.array(ids)
    n = len(ids)
    v = W("embeddings.word_embeddings.weight")[ids] + W("embeddings.position_embeddings.weight")[:n]
    v = layer_norm(v + W("embeddings.token_type_embeddings.weight")[0], "embeddings.LayerNorm").astype(np.float64)
    for i in range(L):
        p = f"encoder.layer.{i}."
        q, k, val = (linear(v, p + "attention.self." + nm).reshape(n, NH, HD).transpose(1, 0, 2)
                     for nm in ("query", "key", "value"))
        sc = q @ k.transpose(0, 2, 1) / math.sqrt(HD)
        pr = np.exp(sc - sc.max(-1, keepdims=True))
        pr /= pr.sum(-1, keepdims=True)
        ctx = (pr @ val).transpose(1, 0, 2).reshape(n, H)
        x1 = layer_norm(linear(ctx, p + "attention.output.dense") + v, p + "attention.output.LayerNorm")
        it = linear(x1, p + "intermediate.dense")
        v = layer_norm(linear(it * 0.5 * (1 + erf(it / math.sqrt(2))), p + "output.dense") + x1,
                       p + "output.LayerNorm")
    pooled = v.mean(0)
    return (pooled / np.linalg.norm(pooled)).tolist()


def wordpiece(text):
    """BERT uncased tokenization (basic split, then greedy longest-match WordPiece) from the
    model directory's vocab.txt, enough for the reference sentences."""
    vocab = {w: i for i, w in enumerate(open(f"{d}/vocab.txt", encoding="utf-8").read().split("\n"))}
    words = []
    for chunk in text.lower().split():
        word = ""
        for ch in chunk:
            if ch.isalnum():
                word += ch
            else:
                words += [word] if word else []
                words.append(ch)
                word = ""
        words += [word] if word else []
    ids = [vocab["[CLS]"]]
    for word in words:
        start = 0
        while start < len(word):
            end = len(word)
            while end > start and (("##" if start else "") + word[start:end]) not in vocab:
                end -= 1
            if end == start:
                ids.append(vocab["[UNK]"])
                break
            ids.append(vocab[("##" if start else "") + word[start:end]])
            start = end
    return ids + [vocab["[SEP]"]]


SENTENCES = ["The cat sits on the mat.", "A cat is sitting on a rug.", "Quarterly revenue grew by 12 percent."]
assert wordpiece(SENTENCES[0]) == [101, 1996, 4937, 7719, 2006, 1996, 13523, 1012, 102], wordpiece(SENTENCES[0])
reference = [{"text": t, "ids": wordpiece(t), "embedding": embed(wordpiece(t))} for t in SENTENCES]
# The weights are read right if the numpy network gives sentence-transformers' published
# similarities for all-MiniLM-L6-v2 (skipped for other models).
cos = lambda a, b: float(np.dot(a["embedding"], b["embedding"]))
if cfg.get("hidden_size") == 384 and cfg.get("num_hidden_layers") == 6:
    for (a, b), expected in (((0, 1), 0.7689), ((0, 2), -0.0236)):
        got = cos(reference[a], reference[b])
        if abs(got - expected) > 2e-3:
            sys.exit(f"reference check failed: cos({SENTENCES[a]!r}, {SENTENCES[b]!r}) = {got:.4f}, expected {expected}")
json.dump(reference, open(os.path.join(os.path.dirname(os.path.abspath(out)), "reference.json"), "w"))
print(f"wrote {out} ({os.path.getsize(out) >> 20} MiB) and reference.json; reference similarities "
      f"{cos(reference[0], reference[1]):.4f} and {cos(reference[0], reference[2]):.4f}", file=sys.stderr)
