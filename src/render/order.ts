/** Stable orders: matching columns scrambled the same way on every build, and the option orders of A/B versions. */
import { createHash } from 'node:crypto';
import { VERSION_LETTERS, type VersionLetter } from '../model/index.js';

/** A stable pseudo-random permutation (so matching columns scramble the same way on every build). */
export function stableShuffle<T>(items: T[], seed: string): T[] {
  const keyed = items.map((item, i) => ({ item, key: createHash('sha256').update(`${seed}:${i}`).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

/**
 * The order (indices into the list) version `letter` prints a list in: the unfixed items shuffled among the unfixed
 * places, stably from `seed` and the letter. A version whose order repeats an earlier version's tries other seeds,
 * so that neighbours' versions differ wherever the list allows it.
 */
export function versionOrder(fixed: boolean[], seed: string, letter: VersionLetter): number[] {
  const free = fixed.flatMap((f, i) => (f ? [] : [i]));
  const orderFor = (s: string) => {
    const shuffled = stableShuffle(free, s);
    let next = 0;
    return fixed.map((f, i) => (f ? i : (shuffled[next++] as number)));
  };
  const earlier: string[] = [];
  let order: number[] = [];
  for (const v of VERSION_LETTERS.slice(0, VERSION_LETTERS.indexOf(letter) + 1)) {
    for (let attempt = 0; attempt < 24; attempt++) {
      order = orderFor(`${seed}/${v}${attempt ? `#${attempt}` : ''}`);
      if (!earlier.includes(order.join())) break;
    }
    earlier.push(order.join());
  }
  return order;
}
