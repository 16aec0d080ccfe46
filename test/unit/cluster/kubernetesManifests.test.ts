import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const DIR = path.resolve(__dirname, '../../../cluster/kubernetes');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const shardsOf = (manifest: string) => Number(/- name: SHARDS\n\s+value: "(\d+)"/.exec(manifest)?.[1]);

// The Slurm recipe runs for real in test/cluster; these manifests can only be read here (no
// Kubernetes on this machine), so the test holds what would silently split an archive wrongly.
describe('the Kubernetes Indexed Job manifests', () => {
  it('run one shard per completion index, with N the same in completions and in --shard', () => {
    const job = read('annotate-indexed-job.yaml');
    assert.match(job, /completionMode: Indexed/);
    const completions = Number(/completions: (\d+)/.exec(job)?.[1]);
    assert.ok(completions > 1);
    assert.equal(shardsOf(job), completions, 'completions and SHARDS must be the same N');
    assert.match(job, /--shard "\$JOB_COMPLETION_INDEX\/\$SHARDS"/);
    assert.match(job, /--out "\/archive\/out\/shard-\$JOB_COMPLETION_INDEX-of-\$SHARDS\.jsonl"/);
  });

  it('join exactly the files the shards write', () => {
    const merge = read('merge-job.yaml');
    assert.equal(shardsOf(merge), shardsOf(read('annotate-indexed-job.yaml')));
    assert.match(merge, /for k in \$\(seq 0 \$\(\(SHARDS - 1\)\)\); do files="\$files \/archive\/out\/shard-\$k-of-\$SHARDS\.jsonl"; done/);
    assert.match(merge, /clinical-ner merge-suggestions \$files --out \/archive\/suggestions\.jsonl/);
  });
});
