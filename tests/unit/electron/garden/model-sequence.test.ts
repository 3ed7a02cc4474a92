import { describe, it } from 'vitest';
import { runGardenModel } from './garden-model';

describe('the garden against a model', () => {
  it('matches it after every step of random sequences of edits, renames, deletes, outside edits, crashes and restarts', async () => {
    await runGardenModel(25, 18);
  }, 60_000);
});
