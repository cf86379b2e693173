import { Injectable, type OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { OPERATIONS } from '@draftbench/contracts';
import { ACCESS_POLICY } from './access-policy.js';
import { routeKey } from './auth.guard.js';

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every registered route as `METHOD /path`, read from Nest's controller metadata. */
export function registeredRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const routes: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base = reflector.get<string | string[] | undefined>(PATH_METADATA, metatype) ?? '';
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const path = reflector.get<string | undefined>(PATH_METADATA, handler as () => void);
      const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler as () => void);
      if (path === undefined || method === undefined) continue;
      routes.push(routeKey(RequestMethod[method], join(String(base), path).replace(/^\/\*$/, '/*')));
    }
  }
  return routes;
}

/** Routes that are not part of the documented API: the web app's pages. */
const UNDOCUMENTED = new Set(['GET /*']);
const DOCUMENTED = new Set(Object.values(OPERATIONS).map((o) => routeKey(o.method, o.path)));

/**
 * Refuses to start while any route has no access rule or is missing from the operation catalogue that
 * the OpenAPI document is generated from: a forgotten entry fails at boot, not in production.
 */
@Injectable()
export class RoutePolicyCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const routes = registeredRoutes(this.discovery, this.scanner, this.reflector);
    const missing = routes.filter((r) => !(r in ACCESS_POLICY));
    if (missing.length)
      throw new Error(`Routes without an access rule in access-policy.ts: ${missing.join(', ')}`);
    const undocumented = routes.filter((r) => !UNDOCUMENTED.has(r) && !DOCUMENTED.has(r));
    if (undocumented.length)
      throw new Error(
        `Routes missing from the operation catalogue (packages/contracts/src/operations): ${undocumented.join(', ')}`,
      );
  }
}
