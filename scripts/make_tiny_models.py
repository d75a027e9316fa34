"""make_tiny_models.py OUT_DIR

Writes two tiny token-classification models with the Kompress interface, each next to a small
word-level tokenizer.json, for the `ml` unit tests (committed under tests/fixtures/ml/):

  OUT_DIR/scores/  model.onnx: input_ids, attention_mask int64 [batch, seq] -> final_scores [batch, seq]
  OUT_DIR/logits/  model.onnx: same inputs -> logits [batch, seq, 2]

A token's score is known in advance: a table lookup by token id (see SCORES below), so tests can
say which words a target keeps. Both models add a 512-row position table sliced to the sequence
length, as BERT does, so a window longer than 512 tokens fails to run.

Needs: pip install onnx numpy
"""
import json, os, sys

import numpy as np
import onnx
from onnx import helper as oh, TensorProto as TP, numpy_helper as nh

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
# Each word's keep-score: "high" words 0.9, "low" words 0.1, the rest graded by position.
HIGH = ["cause", "crash", "because", "config", "leak", "retry", "root", "fix", "lenient", "parser"]
LOW = ["the", "a", "an", "of", "to", "and", "is", "it", "that", "was", "very", "really", "just", "quite",
       "basically", "actually", "some", "many", "then", "so"]
OTHER = ["we", "saw", "after", "deploy", "server", "ran", "for", "hours", "memory", "grew", "until", "kernel",
         "killed", "process", "team", "found", "in", "cache", "layer", "added", "limit", "stopped", "report",
         "says", "with", "on", "at", "by", "from", "this", "word", "text", "line", "new", "old", "file", "value"]
VOCAB = SPECIALS + HIGH + LOW + OTHER
SCORES = [0.0, 0.5, 0.0, 0.0] + [0.9] * len(HIGH) + [0.1] * len(LOW) + [
    0.2 + 0.6 * i / (len(OTHER) - 1) for i in range(len(OTHER))]


def tokenizer():
    special = lambda i, t: {"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                            "normalized": False, "special": True}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [special(i, t) for i, t in enumerate(SPECIALS)],
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "Whitespace"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [VOCAB.index(t)], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": None,
        "model": {"type": "WordLevel", "vocab": {w: i for i, w in enumerate(VOCAB)}, "unk_token": "[UNK]"},
    }


def model(kind):
    inits = [
        nh.from_array(np.zeros(512, np.float32), "pos"),
        nh.from_array(np.array([0], np.int64), "zero"),
    ]
    nodes = [
        oh.make_node("Shape", ["input_ids"], ["seq"], start=1, end=2),
        oh.make_node("Slice", ["pos", "zero", "seq", "zero"], ["pos_rows"]),
        oh.make_node("Cast", ["attention_mask"], ["maskf"], to=TP.FLOAT),
    ]
    scores = np.array(SCORES, np.float32)
    if kind == "scores":
        inits.append(nh.from_array(scores, "table"))
        nodes += [
            oh.make_node("Gather", ["table", "input_ids"], ["raw"], axis=0),
            oh.make_node("Add", ["raw", "pos_rows"], ["placed"]),
            oh.make_node("Mul", ["placed", "maskf"], ["final_scores"]),
        ]
        out = oh.make_tensor_value_info("final_scores", TP.FLOAT, ["batch", "seq"])
    else:
        p = np.clip(scores, 1e-4, 1 - 1e-4)
        table = np.stack([np.zeros_like(p), np.log(p / (1 - p))], axis=1).astype(np.float32)
        inits += [nh.from_array(table, "table"), nh.from_array(np.array([1], np.int64), "ax")]
        nodes += [
            oh.make_node("Gather", ["table", "input_ids"], ["raw"], axis=0),
            oh.make_node("Unsqueeze", ["pos_rows", "ax"], ["pos3"]),
            oh.make_node("Add", ["raw", "pos3"], ["logits"]),
        ]
        out = oh.make_tensor_value_info("logits", TP.FLOAT, ["batch", "seq", 2])
    graph = oh.make_graph(nodes, f"tiny_{kind}",
                          [oh.make_tensor_value_info("input_ids", TP.INT64, ["batch", "seq"]),
                           oh.make_tensor_value_info("attention_mask", TP.INT64, ["batch", "seq"])],
                          [out], initializer=inits)
    m = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)], producer_name="headroom-test")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


out = sys.argv[1]
for kind in ("scores", "logits"):
    os.makedirs(os.path.join(out, kind), exist_ok=True)
    onnx.save(model(kind), os.path.join(out, kind, "model.onnx"))
    with open(os.path.join(out, kind, "tokenizer.json"), "w") as f:
        json.dump(tokenizer(), f, indent=1)
