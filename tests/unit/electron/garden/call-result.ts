/** Reading a service call's result in tests: its value, or the failure it should have been. */
import type { CallResult } from '../../../../shared/api';

export function value<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`call failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function failure<T>(result: CallResult<T>): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
