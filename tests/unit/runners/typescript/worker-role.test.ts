/** The shared TypeScript worker script gives each instance one job, decided by its first message. */
import { describe, expect, test } from 'vitest';
import { COMPILER_CHANNEL, installRoleRouter } from '../../../../src/runners/typescript/worker-role.ts';

function scope() {
  const target = new EventTarget() as EventTarget & { onmessage?: ((event: MessageEvent) => void) | null };
  const compiler: unknown[] = [];
  installRoleRouter(target as unknown as Parameters<typeof installRoleRouter>[0], (data) => compiler.push(data));
  const send = (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
  return { target, compiler, send };
}

describe('installRoleRouter', () => {
  test('an instance started by Monaco passes every message to the handler Monaco last assigned', () => {
    const { target, compiler, send } = scope();
    const seen: unknown[] = [];
    target.onmessage = () => seen.push('bootstrap');
    send({ monaco: 'first' });
    target.onmessage = (event) => seen.push(event.data);
    send({ monaco: 'second' });
    send({ channel: COMPILER_CHANNEL, type: 'warm-up' });
    expect(seen).toEqual(['bootstrap', { monaco: 'second' }, { channel: COMPILER_CHANNEL, type: 'warm-up' }]);
    expect(compiler).toEqual([]);
  });

  test('an instance started by the runner sends everything to the compiler, never to Monaco', () => {
    const { target, compiler, send } = scope();
    const seen: unknown[] = [];
    target.onmessage = (event) => seen.push(event.data);
    send({ channel: COMPILER_CHANNEL, type: 'warm-up' });
    send({ channel: COMPILER_CHANNEL, type: 'prepare', id: 1 });
    expect(compiler).toHaveLength(2);
    expect(seen).toEqual([]);
  });
});
