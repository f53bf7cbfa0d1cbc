#!/usr/bin/env python3
"""Build inj-NNx copies and findings files for blind3 from clean-NN.txt and plan.py, then validate."""
import json, os, sys, difflib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from plan import P

def rd(p):
    with open(os.path.join(ROOT, p), encoding="utf-8") as f:
        return f.read()

def wr(p, s):
    with open(os.path.join(ROOT, p), "w", encoding="utf-8") as f:
        f.write(s)

errs = []
cleans = sorted(f for f in os.listdir(ROOT) if f.startswith("clean-") and f.endswith(".txt"))
for c in cleans:
    wr(c[:-4] + ".findings.json", json.dumps({"findings": []}, ensure_ascii=False) )
for doc, letter, code, find, repl, related, why in P:
    src = rd(f"clean-{doc}.txt")
    n = src.count(find)
    if n != 1:
        errs.append(f"{doc}{letter}: find occurs {n}x"); continue
    out = src.replace(find, repl)
    name = f"inj-{doc}{letter}"
    wr(name + ".txt", out)
    fj = {"findings": [{"code": code, "text": repl, "related": related, "find": find,
                        "replace": repl, "why": why}], "source": f"clean-{doc}"}
    wr(name + ".findings.json", json.dumps(fj, ensure_ascii=False, indent=1) + "\n")

# validation
for doc, letter, code, find, repl, related, why in P:
    name = f"inj-{doc}{letter}"
    if not os.path.exists(os.path.join(ROOT, name + ".txt")):
        continue
    t = rd(name + ".txt"); s = rd(f"clean-{doc}.txt")
    fj = json.loads(rd(name + ".findings.json"))
    for f in fj["findings"]:
        if f["text"] not in t: errs.append(f"{name}: text not in copy")
        for r in f["related"]:
            if r not in t: errs.append(f"{name}: related not in copy: {r!r}")
            if r in f["text"]: errs.append(f"{name}: related inside text")
    # copy differs from source only at the planting
    if t != s.replace(find, repl, 1): errs.append(f"{name}: differs beyond planting")
    sm = difflib.SequenceMatcher(None, s, t, autojunk=False)
    ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
    start = s.find(find)
    for tag, i1, i2, j1, j2 in ops:
        if not (start <= i1 and i2 <= start + len(find)):
            errs.append(f"{name}: change outside find span {tag} {i1}-{i2}")
    if s == t: errs.append(f"{name}: no change")
print("plantings:", len(P), "errors:", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
