/** Handlers are split by area (one file each) and merged by the service. */
import type { MethodName, Output, ParsedInput } from '../../../shared/api';
import type { Garden } from '../garden';

export type HandlerMap<K extends MethodName> = { [P in K]: (input: ParsedInput<P>) => Promise<Output<P>> | Output<P> };

/** What an area's handlers get: the open garden (throws a readable error when none is). */
export interface HandlerContext {
  current(): Garden;
}
