import sys, collections, traceback, re
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2]))
import transpiler
from transpiler.multistage.api import transpile
root = '/work/shared/corpus/'
files = [l.split('\t')[1].strip() for l in open(root + 'ECOSYSTEMS.tsv') if l.startswith('go\t')]
ok, declined, crashed = [], collections.Counter(), []
examples = collections.defaultdict(list)
for f in files:
    text = open(root + f, encoding='utf-8', errors='replace').read()
    try:
        r = transpile(text)
    except Exception as e:
        crashed.append((f, repr(e))); continue
    if r.report.declined:
        key = re.sub(r'line \d+|`[^`]*`|\([^)]*\)|\d+:\d+', '…', r.report.reason)[:110]
        declined[key] += 1; examples[key].append(f)
    else:
        ok.append(f)
print(f"go files: {len(files)}  transpiled: {len(ok)}  declined: {sum(declined.values())}  crashed: {len(crashed)}")
for k, n in declined.most_common(): print(f"  {n:4}  {k}")
for c in crashed[:10]: print("CRASH", c)
if '-v' in sys.argv:
    for f in ok: print("OK", f)
