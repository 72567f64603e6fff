/** The GitHub Actions workflows: this repository's own and the one `lessonpack init` writes, parsed and read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './helpers.js';

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const load = (path: string) => parse(readFileSync(join(repoRoot, path), 'utf8'), { uniqueKeys: true }) as Workflow;
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
const uses = (job: Job, action: string) => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));

describe('workflows', () => {
  it("this repository's: Node 20, 22 and 24, npm ci, caches, a timeout, artifacts also on failure", () => {
    const wf = load('.github/workflows/build.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const [job] = Object.values(wf.jobs);
    if (!job) throw new Error('no job');
    expect(job.strategy?.matrix.node).toEqual([20, 22, 24]);
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(runs(job).some((r) => r.startsWith('npm ci'))).toBe(true);
    expect(runs(job).some((r) => /\bnpm install\b/.test(r))).toBe(false);
    expect(runs(job).some((r) => r.startsWith('npm test'))).toBe(true);
    expect(uses(job, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version': '$' + '{{ matrix.node }}', cache: 'npm' });
    expect(uses(job, 'actions/cache')[0]?.with?.path).toBe('/var/cache/apt/archives');
    const upload = uses(job, 'actions/upload-artifact')[0];
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.path)).toMatch(/dist\/[\s\S]*test\.log/);
  });

  it('the one init writes: builds and uploads the PDFs, documents the shard matrix', () => {
    const text = readFileSync(join(repoRoot, 'starter/workflow.yml'), 'utf8');
    const wf = parse(text, { uniqueKeys: true }) as Workflow;
    const job = wf.jobs.pdfs;
    if (!job) throw new Error('no pdfs job');
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(runs(job)).toEqual(['npm ci', 'npm test', 'npm run build']);
    expect(uses(job, 'actions/upload-artifact')[0]).toMatchObject({ if: 'always()', with: { path: 'dist/' } });
    // The documented matrix is itself valid YAML once uncommented.
    const sharded = parse(
      text
        .split('\n')
        .filter((l) => /^# {3}/.test(l) && !l.includes('...'))
        .map((l) => l.slice(2))
        .join('\n'),
    ) as Record<string, Job & { needs?: string }>;
    expect(sharded.pdfs?.strategy?.matrix.shard).toEqual([1, 2, 3]);
    expect(runs(sharded.pdfs as Job)).toEqual(['npx lessonpack build --shard $' + '{{ matrix.shard }}/3']);
    expect(runs(sharded.packs as Job)).toEqual(['npx lessonpack pack']);
  });
});
