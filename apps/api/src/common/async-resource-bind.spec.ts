import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { bindAddsAsyncResource, installLeanAsyncResourceBind } from './async-resource-bind.js';

describe('installLeanAsyncResourceBind', () => {
  const storage = new AsyncLocalStorage<string>();

  beforeAll(() => installLeanAsyncResourceBind());

  it('drops the deprecated asyncResource accessor from bound functions', () => {
    expect(bindAddsAsyncResource()).toBe(false);
    expect(
      Object.hasOwn(
        AsyncResource.bind(() => 1),
        'asyncResource',
      ),
    ).toBe(false);
  });

  it('runs the bound function in the async context it was bound in, wherever it is called', () => {
    const bound = storage.run('request-1', () => new AsyncResource('test').bind(() => storage.getStore()));
    const staticBound = storage.run('request-2', () => AsyncResource.bind(() => storage.getStore()));
    expect(storage.run('elsewhere', bound)).toBe('request-1');
    expect(bound()).toBe('request-1');
    expect(storage.run('elsewhere', staticBound)).toBe('request-2');
  });

  it("passes arguments and the caller's this through, or the thisArg it was given, and keeps the length", () => {
    function describeCall(this: unknown, a: number, b: number) {
      return { self: this, sum: a + b };
    }
    const resource = new AsyncResource('test');
    const receiver = { name: 'receiver' };
    const unbound = resource.bind(describeCall);
    expect(unbound.call(receiver, 1, 2)).toEqual({ self: receiver, sum: 3 });
    const fixed = { name: 'fixed' };
    // @types/node leaves out bind's thisArg.
    const withThisArg = Reflect.apply(resource.bind, resource, [describeCall, fixed]) as typeof describeCall;
    expect(withThisArg.call(receiver, 2, 3)).toEqual({ self: fixed, sum: 5 });
    expect(unbound.length).toBe(2);
  });

  it('refuses what is not a function with Node’s own error', () => {
    expect(() => new AsyncResource('test').bind('nope' as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }),
    );
  });
});
