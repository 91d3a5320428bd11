import { collectGarbage } from '../../src/cli/collect-garbage';

test('collectGarbage runs a full collection: an object nothing refers to is gone afterwards', async () => {
  const ref = new WeakRef(new Array<number>(1_000_000).fill(1));
  // A WeakRef keeps its target for the rest of the job that made it; collect in a later one.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
});
