#!/usr/bin/env python3
"""Micro-averaged typed entity P/R/F1 for one entity type, with score.py's own matching.

usage: score_by_type.py SCORE_PY GOLD_DIR PRED_DIR TYPE

Gold and predictions are both restricted to TYPE (optional gold items keep every type, as
score.py drops predictions that only match them); prints {"p": .., "r": .., "f": .., "gold": n, "pred": n}.
"""
import importlib.util
import json
import os
import sys


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    score_py, gold_dir, pred_dir, typ = sys.argv[1:]
    spec = importlib.util.spec_from_file_location("score", score_py)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tot = {"tp_p": 0, "n_p": 0, "tp_r": 0, "n_g": 0}
    for fn in sorted(f for f in os.listdir(gold_dir) if f.endswith(".json")):
        with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
            gold = json.load(f)
        pred = {}
        if os.path.exists(os.path.join(pred_dir, fn)):
            with open(os.path.join(pred_dir, fn), encoding="utf-8") as f:
                pred = json.load(f)
        gold = dict(gold, entities=[e for e in gold.get("entities", []) if e.get("type") == typ])
        pred = dict(pred, entities=[e for e in pred.get("entities", []) or [] if e.get("type") == typ])
        r = score.score_entities(gold, pred, True, False)
        for k in tot:
            tot[k] += r[k]
    p, r, f = score.prf(tot["tp_p"], tot["n_p"], tot["tp_r"], tot["n_g"])
    print(json.dumps({"p": p, "r": r, "f": f, "gold": tot["n_g"], "pred": tot["n_p"]}))


if __name__ == "__main__":
    main()
