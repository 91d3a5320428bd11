import { Rng, table } from '../../src/sample/prng';

describe('Rng', () => {
  it('repeats its sequence for a seed (mulberry32 reference values)', () => {
    const a = new Rng(1);
    const first = [a.next(), a.next(), a.next()];
    // mulberry32(1) starts 0.6270739405881613, 0.002735721180215478, 0.5274470399599522.
    expect(first[0]).toBeCloseTo(0.6270739405881613, 12);
    expect(first[1]).toBeCloseTo(0.002735721180215478, 12);
    expect(first[2]).toBeCloseTo(0.5274470399599522, 12);
  });

  it('draws ints within bounds and weighted picks near their weights', () => {
    const rng = new Rng(42);
    const ints = Array.from({ length: 2000 }, () => rng.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const t = table([['a', 3], ['b', 1]] as const);
    const draws = Array.from({ length: 8000 }, () => t.draw(rng));
    const share = draws.filter((d) => d === 'a').length / draws.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });

  it('gives counts with the requested mean', () => {
    const rng = new Rng(9);
    const small = Array.from({ length: 5000 }, () => rng.count(4));
    const large = Array.from({ length: 5000 }, () => rng.count(100));
    expect(small.reduce((s, v) => s + v, 0) / 5000).toBeCloseTo(4, 0);
    expect(large.reduce((s, v) => s + v, 0) / 5000).toBeGreaterThan(99);
    expect(large.reduce((s, v) => s + v, 0) / 5000).toBeLessThan(101);
  });
});
