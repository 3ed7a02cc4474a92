import { describe, it } from 'vitest';
import { runGardenModel } from '../unit/electron/garden/garden-model';

// The unit suite runs 25 short sequences; this runs many longer ones.
describe('the garden against a model, at length', () => {
  it('matches it after every step of 200 random sequences of up to 40 steps', async () => {
    await runGardenModel(Number(process.env.PLN_MODEL_RUNS ?? 200), 40);
  });
});
