/** A transport double: answers calls from a table of handlers and lets a test emit events. */
import type { CallResult, EventName, Events, Input, MethodName, Output } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import type { Transport } from '../../../../renderer/src/api/client';

type Handler<K extends MethodName> = (input: Input<K>) => Output<K> | Promise<Output<K>>;
export type Handlers = { [K in MethodName]?: Handler<K> };

export interface FakeTransport extends Transport {
  calls: { name: MethodName; input: unknown }[];
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  listenerCount(event: EventName): number;
}

export function fakeTransport(handlers: Handlers): FakeTransport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: { name: MethodName; input: unknown }[] = [];
  return {
    kind: 'test',
    calls,
    async call(name, input): Promise<CallResult<unknown>> {
      calls.push({ name, input });
      const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'internal', message: `No fake for ${name}.` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof GardenError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
    listenerCount(event) {
      return listeners.get(event)?.size ?? 0;
    },
  };
}
