/**
 * The renderer's one typed client. Every call goes through a Transport (Electron's
 * `window.pln` or HTTP, see transports.ts); the client turns a failed CallResult into a
 * thrown ClientError carrying a message a person can read, so views never see stack traces.
 *
 * Only types come from shared/api: importing its values would pull zod into the page.
 */
import type { CallResult, ErrorCode, EventName, Events, Input, MethodName, Output } from '../../../shared/api';

/** The contract's codes, plus `unreachable` for a door that did not answer at all. */
export type ClientErrorCode = ErrorCode | 'unreachable';

export class ClientError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

/** The untyped wire underneath the client; injectable so the client is tested without a door. */
export interface Transport {
  readonly kind: 'electron' | 'http' | 'test';
  call(name: MethodName, input: unknown): Promise<CallResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface Client {
  /** Which door the page talks to: Electron offers native dialogs through its menu. */
  readonly kind: Transport['kind'];
  call<K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

const UNREADABLE_ANSWER = 'The garden sent an answer the app does not understand. Try again, or restart the app.';

function isCallResult(value: unknown): value is CallResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

export function createClient(transport: Transport): Client {
  return {
    kind: transport.kind,
    async call(name, input) {
      let result: unknown;
      try {
        result = await transport.call(name, input);
      } catch (error) {
        if (error instanceof ClientError) throw error;
        throw new ClientError('unreachable', 'The garden could not be reached. Check that the app or `pln serve` is still running.');
      }
      if (!isCallResult(result)) throw new ClientError('internal', UNREADABLE_ANSWER);
      if (!result.ok) {
        const code = (result.error as { code?: unknown }).code;
        throw new ClientError(typeof code === 'string' ? (code as ErrorCode) : 'internal', result.error.message || UNREADABLE_ANSWER);
      }
      return result.value as Output<typeof name>;
    },
    on(event, listener) {
      return transport.on(event, (payload) => listener(payload as Events[typeof event]));
    },
  };
}

/** A readable message for anything caught in the page: never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return 'Something went wrong in the app. Try again; if it keeps happening, restart the app.';
}
