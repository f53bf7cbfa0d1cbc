import json, os, glob, sys
sys.path.insert(0, os.path.dirname(__file__))
from plan import P
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
clean = {}
for f in sorted(glob.glob(os.path.join(D, '_build/src/*.json'))):
    nn = os.path.basename(f)[:2]; s = json.load(open(f, encoding='utf-8'))
    txt = 'SOURCE: ' + s['url'] + '\n' + s['text'].rstrip('\n') + '\n'
    clean[nn] = txt
    open(os.path.join(D, f'clean-{nn}.txt'), 'w', encoding='utf-8').write(txt)
    fj = os.path.join(D, f'clean-{nn}.findings.json')
    if not os.path.exists(fj): open(fj, 'w').write('{"findings": []}\n')
bad = 0
for (iid, nn, code, find, rep, text, related, why) in P:
    c = clean[nn]
    n = c.count(find)
    if n != 1: print('FIND count', iid, n, repr(find)); bad += 1
    inj = c.replace(find, rep, 1)
    open(os.path.join(D, f'inj-{iid}.txt'), 'w', encoding='utf-8').write(inj)
    for t in [text] + related:
        if t not in inj: print('MISSING in inj', iid, repr(t)); bad += 1
    if text in c: print('NOTE text also in clean', iid, repr(text))
    json.dump({"findings": [{"code": code, "text": text, "related": related, "find": find, "replace": rep, "why": why}], "source": f"clean-{nn}"},
              open(os.path.join(D, f'inj-{iid}.findings.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('plantings', len(P), 'problems', bad)
