"""The second, disjoint collection (written by a collaborator who had read neither the model nor the first set),
converted with the rules of zhiti-econ/validation/curate.py; every usable row is kept. Run: python3 zhiti-econ/validation/second/curate.py"""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
src = list(csv.DictReader(open(os.path.join(HERE, 'collected-rows.csv'))))
OUT = ['name','params_b','hidden','layers','heads','kv_heads','head_dim','ffn_hidden','gated_ffn','experts','top_k',
       'seq_len','vocab','gpu','gpus','tp','pp','cp','ep','interleave','zero','software','global_batch','micro_batch',
       'precision','recompute','flops_basis','measured_tflops_per_gpu','measured_s_per_iter','source','notes']
SHAPES = {'Llama 2 13B': dict(hidden=5120, layers=40, heads=40, kv_heads=40, ffn_hidden=13824, gated_ffn='yes')}
def gpu(g):
    g = g.lower()
    if 'a800' in g: return None
    if 'h800' in g: return 'H800'
    if 'h100' in g: return 'H100 SXM 80GB'
    if 'a100' in g and '40' in g: return 'A100 40GB'
    if 'a100' in g: return 'A100 80GB SXM'
    return None
out = []; skipped = []
for i, r in enumerate(src):
    g = gpu(r['gpu'])
    if g is None or not r['hidden'] and r['name'] not in SHAPES: skipped.append((r['name'], 'gpu or shape')); continue
    o = {k: '' for k in OUT}
    for k in ['hidden','layers','heads','kv_heads','head_dim','ffn_hidden','gated_ffn','experts','top_k','seq_len','vocab','gpus','tp','pp','cp','ep','micro_batch']:
        o[k] = r.get(k, '') or ''
    for key, sh in SHAPES.items():
        if key == r['name']:
            for k, v in sh.items(): o[k] = str(v)
    if not o['heads']: skipped.append((r['name'], 'no heads')); continue
    o['name'] = f"{r['name']} {r['gpus']}x{r['gpu'].split()[0]} {r['precision'] or 'bf16'} s{r['seq_len']} #{i}"
    o['gpu'] = g
    o['interleave'] = '' if r['vp'] in ('', '1') else r['vp']
    for k in ('cp', 'ep'):
        if o[k] == '1': o[k] = ''
    o['vocab'] = o['vocab'] or ('131072' if 'Grok' in r['name'] else '51200')
    o['precision'] = 'bf16' if r['precision'] in ('', 'amp') else r['precision']
    o['recompute'] = '' if r['recompute'] in ('', 'unknown') else r['recompute']
    sw = r['software'].lower()
    if 'torchtitan' in sw: o['software'] = 'fsdp'
    elif 'deepspeed' in sw: o['software'] = 'deepspeed'
    elif 'maxtext' in sw or 'paxml' in sw: o['software'] = ''   # JAX stacks: not modelled, default used
    else: o['software'] = 'megatron-core'
    if 'torchtitan' in sw and (not o['tp'] or o['tp'] == '1') and (not o['pp'] or o['pp'] == '1'): o['zero'] = '3'
    B = r['global_batch_seqs']
    if not B and r['micro_batch'] and r['dp']:
        B = str(int(r['dp']) * int(r['micro_batch']))
    o['global_batch'] = B
    secs = r['measured_s_per_iter']; tok = r['measured_tokens_per_s_per_gpu']
    if not secs and tok and B:
        secs = '%.4g' % (int(B) * int(o['seq_len']) / (float(tok) * int(o['gpus'])))
    if secs:
        o['measured_s_per_iter'] = secs; o['flops_basis'] = 'model'
    elif r['measured_tflops_per_gpu'] and r['tflops_definition'] in ('model', 'hardware'):
        o['measured_tflops_per_gpu'] = r['measured_tflops_per_gpu']; o['flops_basis'] = r['tflops_definition']
    else:
        skipped.append((r['name'], 'no usable measurement')); continue
    o['source'] = r['source']; o['notes'] = (r['notes'] + ' [' + r['software'] + ']')[:400]
    out.append(o)
w = csv.DictWriter(open(os.path.join(HERE, 'second-set.csv'), 'w', newline=''), fieldnames=OUT, lineterminator='\n'); w.writeheader(); w.writerows(out)
print(len(out), 'rows;', len(skipped), 'skipped:', sorted(set(skipped)))
