import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookHttpClient } from './webhook-http.client.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve).closeAllConnections())),
  );
});

async function receiver(
  handler: Parameters<typeof createServer>[1],
): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    handler!(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

describe('webhook targets (SSRF guard)', () => {
  const guarded = new WebhookHttpClient([], 2000);

  it.each([
    ['http://127.0.0.1:9/hook', 'loopback'],
    ['http://10.1.2.3/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://[::1]:9/hook', 'loopback'],
    ['http://[::ffff:192.168.0.10]/hook', 'private'],
    ['http://100.64.0.1/hook', 'carrierGradeNat'],
  ])('refuses %s (%s) without connecting', async (url, range) => {
    expect(() => guarded.checkUrl(url)).toThrow(range);
    await expect(guarded.post(url, '{}', {})).resolves.toMatchObject({
      status: null,
      error: expect.stringContaining(range),
      refused: true,
    });
  });

  it('refuses a name that resolves to a private address, at connect time', async () => {
    const local = await receiver((_req, res) => res.end('ok'));
    const url = local.url.replace('127.0.0.1', 'localhost');
    const result = await guarded.post(`${url}/hook`, '{}', {});
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/loopback/);
    expect(result.refused).toBe(true);
    expect(local.hits).toEqual([]);
  });

  it('refuses URLs that are not http(s) or carry credentials, and accepts a public address', () => {
    expect(() => guarded.checkUrl('file:///etc/passwd')).toThrow('https://');
    expect(() => guarded.checkUrl('https://user:pw@example.com/')).toThrow('user name');
    expect(guarded.checkUrl('https://93.184.215.14/hook').hostname).toBe('93.184.215.14');
  });
});

describe('webhook delivery over HTTP', () => {
  const allowed = new WebhookHttpClient(['127.0.0.0/8'], 2000);

  it('posts the body with its headers and reports status and latency', async () => {
    let received = '';
    const target = await receiver((req, res) => {
      req.setEncoding('utf8');
      req.on('data', (c: string) => (received += c));
      req.on('end', () => res.writeHead(204).end());
    });
    const result = await allowed.post(`${target.url}/hook`, '{"a":1}', {
      'draftbench-signature': 't=1,v1=00',
    });
    expect(result).toMatchObject({ status: 204, error: null, refused: false });
    expect(received).toBe('{"a":1}');
  });

  it('does not follow a redirect, even to an allowed address', async () => {
    const elsewhere = await receiver((_req, res) => res.end('should not be reached'));
    const redirecting = await receiver((_req, res) =>
      res.writeHead(302, { location: `${elsewhere.url}/x` }).end(),
    );
    const result = await allowed.post(`${redirecting.url}/hook`, '{}', {});
    expect(result).toMatchObject({ status: 302, error: 'HTTP 302: redirects are not followed' });
    expect(elsewhere.hits).toEqual([]);
  });

  it('records a failing answer with the start of its body, and a silent receiver as a timeout', async () => {
    const failing = await receiver((_req, res) => res.writeHead(500).end('database down'));
    await expect(allowed.post(`${failing.url}/hook`, '{}', {})).resolves.toMatchObject({
      status: 500,
      error: 'HTTP 500: database down',
    });
    const silent = await receiver(() => undefined);
    const impatient = new WebhookHttpClient(['127.0.0.1'], 200);
    await expect(impatient.post(`${silent.url}/hook`, '{}', {})).resolves.toMatchObject({
      status: null,
      error: 'no answer within 200 ms',
      refused: false,
    });
  });
});
