import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Only public unicast addresses may receive webhooks: anything else reaches the machine itself, the
 * private network or the cloud metadata service (169.254.169.254 is link-local). NAT64 and 6to4 forms
 * are refused too, since they can wrap an IPv4 address of any kind.
 */
const ALLOWED_RANGES = new Set(['unicast']);

export class WebhookTargetError extends Error {
  override readonly name = 'WebhookTargetError';
}

/** Addresses (and CIDR blocks) an operator allows although they are not public, e.g. a local test receiver. */
export class AddressAllowList {
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(entries: readonly string[]) {
    this.ranges = entries.map((entry) => {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === 'ipv4' ? 32 : 128];
    });
  }

  allows(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));
  }
}

/** Throws WebhookTargetError when a webhook must not be sent to `ip`. */
export function assertDeliverable(ip: string, allowList: AddressAllowList): void {
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const address = ipaddr.process(ip);
  if (allowList.allows(address)) return;
  const range = address.range();
  if (!ALLOWED_RANGES.has(range))
    throw new WebhookTargetError(
      `${ip} is a ${range} address; webhooks only go to public addresses unless WEBHOOK_ALLOWED_ADDRESSES names it.`,
    );
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http that resolves the name and refuses the connection unless every address is
 * deliverable. Checking at connect time, on the addresses actually used, leaves no gap for a name that
 * resolves differently between a check and the request (DNS rebinding).
 */
export function guardedLookup(allowList: AddressAllowList) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      try {
        for (const { address } of addresses) assertDeliverable(address, allowList);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, []);
      }
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, addresses);
      const [first] = addresses;
      callback(null, first!.address, first!.family);
    });
  };
}
