/**
 * The order test files start in: the longest quarter first (by the last run's durations, or by file size on a fresh
 * clone, as vitest's own order does), then every other file shuffled with the run's seed. Two workers share the run:
 * a long file that starts last leaves one of them idle at the end, while the shuffle still finds files that depend on
 * running after another one.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A seeded shuffle (mulberry32), so that a seed printed by a failing run gives the same order again. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const seed = this.ctx.config.sequence.seed ?? 0;
    // vitest runs projects one after the other: each keeps its place, and is ordered on its own.
    const projects = [...new Set(ordered.map((f) => f.project.name))];
    return projects.flatMap((name) => {
      const own = ordered.filter((f) => f.project.name === name);
      const longest = Math.ceil(own.length / 4);
      return [...own.slice(0, longest), ...shuffled(own.slice(longest), seed)];
    });
  }
}
