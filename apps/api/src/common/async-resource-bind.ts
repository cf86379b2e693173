import { AsyncResource } from 'node:async_hooks';

// Node's signature, which @types/node gives without the optional thisArg.
type Bind = (this: AsyncResource, fn: (...args: unknown[]) => unknown, thisArg?: unknown) => unknown;
const originalBind = AsyncResource.prototype.bind as Bind;

/**
 * `AsyncResource.prototype.bind` as Node.js 25 has it: the bound function runs `fn` in the resource's async
 * scope and carries `fn`'s length, and nothing else.
 *
 * Node.js 20 also gives every bound function the deprecated `asyncResource` accessor (DEP0172), built with
 * `util.deprecate`, which sets each getter's prototype (nodejs/node#58218). A new prototype means a new
 * hidden class in the old generation that points at the young getter, and through its closure at the
 * request it was made for: the scavenger keeps all of it and promotes it. Fastify binds once per request
 * with a body and Nest twice per interceptor, so the API process promoted about a sixth of what each
 * `GET /healthz` allocated and the old generation filled with garbage that only a major GC reclaims: the
 * clusters of 50–90 ms answers in docs/BENCHMARKS.md. Nothing in our dependencies reads `asyncResource`.
 */
const leanBind: Bind = function (fn, thisArg) {
  if (typeof fn !== 'function') return originalBind.call(this, fn, thisArg); // Node's own TypeError
  const bound = thisArg === undefined ? passingThis(this, fn) : this.runInAsyncScope.bind(this, fn, thisArg);
  Object.defineProperty(bound, 'length', {
    configurable: true,
    enumerable: false,
    value: fn.length,
    writable: false,
  });
  return bound;
};

/** `fn` run in `resource`'s scope with the bound function's own `this`, as Node's bind does without thisArg. */
function passingThis(resource: AsyncResource, fn: (...args: unknown[]) => unknown) {
  return function (this: unknown, ...args: unknown[]) {
    return resource.runInAsyncScope(fn, this, ...args);
  };
}

/** True where this Node.js still attaches the deprecated accessor, i.e. where `leanBind` is worth installing. */
export const bindAddsAsyncResource = (): boolean =>
  Object.hasOwn(
    new AsyncResource('probe').bind(() => undefined),
    'asyncResource',
  );

/** Replaces `AsyncResource.prototype.bind` (and so the static `AsyncResource.bind`) where it is still slow. */
export function installLeanAsyncResourceBind(): void {
  if (bindAddsAsyncResource()) AsyncResource.prototype.bind = leanBind as typeof AsyncResource.prototype.bind;
}
