import json, os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from plan import P, REAL
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
ok = True
clean = {}
for f in sorted(os.listdir(os.path.join(B,'src'))):
    nn = f[:2]; t = open(os.path.join(B,'src',f), encoding='utf-8').read()
    clean[nn] = t
    open(os.path.join(OUT, f'clean-{nn}.txt'),'w',encoding='utf-8').write(t)
    json.dump({'findings': REAL.get(nn, [])}, open(os.path.join(OUT, f'clean-{nn}.findings.json'),'w',encoding='utf-8'), ensure_ascii=False, indent=1)
for x in P:
    nn = x['inj'][:2]; c = clean[nn]
    n = c.count(x['find'])
    if n != 1: print('FIND count', n, x['inj'], repr(x['find'])); ok = False; continue
    inj = c.replace(x['find'], x['replace'])
    # text and related must occur in inj; text must not occur in clean (planted), related must occur
    if x['text'] not in inj: print('TEXT missing', x['inj']); ok = False
    if x['text'] in c and x['code'] not in ('claimed-ratio',): print('TEXT also in clean (check)', x['inj'], repr(x['text']))
    for r in x['related']:
        if r not in inj: print('RELATED missing', x['inj'], repr(r)); ok = False
    for r in REAL.get(nn, []):
        if r['text'] not in inj: print('REAL text missing', x['inj']); ok = False
    open(os.path.join(OUT, f"inj-{x['inj']}.txt"),'w',encoding='utf-8').write(inj)
    fnd = [{k: x[k] for k in ('code','text','related','find','replace','why')}]
    fnd += [dict(r, real=True) for r in REAL.get(nn, [])]
    json.dump({'findings': fnd, 'source': f'clean-{nn}'}, open(os.path.join(OUT, f"inj-{x['inj']}.findings.json"),'w',encoding='utf-8'), ensure_ascii=False, indent=1)
print('OK' if ok else 'PROBLEMS', len(P), 'plantings', len(clean), 'clean')
