import { createHash } from 'crypto';
import type { IHttpRequestOptions } from 'n8n-workflow';

import { PandaPonApi } from '../../credentials/PandaPonApi.credentials';

const credentials = {
	accessKey: 'test-access-key',
	accessSecret: 'super-secret-value',
	userId: '2100007340000',
	baseUrl: 'http://127.0.0.1:8787/',
	timestampUnit: 'milliseconds',
};

const md5Upper = (text: string) => createHash('md5').update(text).digest('hex').toUpperCase();

function expectValidSignature(headers: Record<string, unknown>) {
	const recomputed = md5Upper(`${headers['access-key']}${headers.timestamp}${headers['nonce-str']}${credentials.accessSecret}`);
	expect(headers.signature).toBe(recomputed);
}

describe('PandaPonApi credential', () => {
	const credential = new PandaPonApi();

	it('signs a request with the five system headers and the base URL', async () => {
		const before = Date.now();
		const options = await credential.authenticate(credentials, { url: '/open/order', method: 'POST', body: { a: 1 } });
		const headers = options.headers as Record<string, string>;
		expect(headers['access-key']).toBe('test-access-key');
		expect(headers['user-id']).toBe('2100007340000');
		expect(headers['nonce-str']).toMatch(/^[A-Za-z0-9]{32}$/);
		expect(Number(headers.timestamp)).toBeGreaterThanOrEqual(before);
		expect(headers.timestamp).toHaveLength(13);
		expectValidSignature(headers);
		expect(options.baseURL).toBe('http://127.0.0.1:8787');
		expect(options.body).toEqual({ a: 1 });
	});

	it('uses seconds when the credential says so', async () => {
		const options = await credential.authenticate({ ...credentials, timestampUnit: 'seconds' }, { url: '/x' });
		expect((options.headers as Record<string, string>).timestamp).toMatch(/^\d{10}$/);
	});

	it('re-signs idempotently: fresh nonce, one copy of each header, string body tolerated', async () => {
		const first = await credential.authenticate(credentials, { url: '/open/order', method: 'POST', body: '{"a":1}' });
		const mixedCase = { ...first, headers: { ...first.headers, SIGNATURE: 'stale', 'Nonce-Str': 'stale' } } as IHttpRequestOptions;
		const second = await credential.authenticate(credentials, mixedCase);
		const headers = second.headers as Record<string, string>;
		const names = Object.keys(headers).map((name) => name.toLowerCase());
		expect(names.filter((name) => name === 'signature')).toHaveLength(1);
		expect(names.filter((name) => name === 'nonce-str')).toHaveLength(1);
		expect(headers['nonce-str']).not.toBe((first.headers as Record<string, string>)['nonce-str']);
		expectValidSignature(headers);
		expect(second.body).toBe('{"a":1}');
		expect(second.baseURL).toBe(first.baseURL);
	});

	it('adds timestamp and sign query parameters on warehouse-logistics paths only, without duplicating them', async () => {
		const once = await credential.authenticate(credentials, { url: '/open/pp/logistics/orderRenderFreight', qs: { keep: 1 } });
		const twice = await credential.authenticate(credentials, once);
		const qs = twice.qs as Record<string, unknown>;
		const headers = twice.headers as Record<string, string>;
		expect(Object.keys(qs).sort()).toEqual(['keep', 'sign', 'timestamp']);
		expect(qs.sign).toBe(headers.signature);
		expect(qs.timestamp).toBe(headers.timestamp);
		const plain = await credential.authenticate(credentials, { url: '/open/order', qs: { keep: 1 } });
		expect(plain.qs).toEqual({ keep: 1 });
	});

	it('keeps an absolute URL on the Base URL host and never puts the secret in the request', async () => {
		const options = await credential.authenticate(credentials, { url: 'http://127.0.0.1:8787/open/product/get', qs: { itemId: '1' } });
		expect(options.baseURL).toBeUndefined();
		expectValidSignature(options.headers as Record<string, unknown>);
		expect(JSON.stringify(options)).not.toContain(credentials.accessSecret);
	});

	// The HTTP Request node hands authenticate legacy request options: `uri` (a string or a URL), not `url`.
	type Legacy = IHttpRequestOptions & { uri?: unknown };
	const legacy = (options: Record<string, unknown>) => options as unknown as IHttpRequestOptions;

	it.each([
		['an absolute uri', 'http://127.0.0.1:8787/open/product/get', undefined],
		['an absolute uri as a URL object', new URL('http://127.0.0.1:8787/open/product/get'), undefined],
		['a relative uri', '/open/product/get', 'http://127.0.0.1:8787'],
	])('signs legacy options with %s (HTTP Request node)', async (_shape, uri, baseURL) => {
		const options = (await credential.authenticate(credentials, legacy({ uri, method: 'GET', qs: { itemId: '1' }, headers: { accept: 'application/json' } }))) as Legacy;
		expect(options.uri).toBe(uri);
		expect(options.baseURL).toBe(baseURL);
		expect(options.qs).toEqual({ itemId: '1' });
		expect((options.headers as Record<string, string>).accept).toBe('application/json');
		expectValidSignature(options.headers as Record<string, unknown>);
	});

	it.each([
		['url', { url: 'http://127.0.0.1:8787/v2/open/pp/logistics/itemLogisticsPrice?x=1' }],
		['uri', { uri: 'http://127.0.0.1:8787/open/pp/logistics/orderRenderFreight' }],
		['relative uri', { uri: '/open/pp/logistics/orderRenderFreight' }],
	])('applies the logistics query-signature rule to an absolute or legacy %s', async (_shape, target) => {
		const options = await credential.authenticate(credentials, legacy({ ...target, method: 'POST', qs: { keep: 1 } }));
		const headers = options.headers as Record<string, string>;
		expect(options.qs).toEqual({ keep: 1, timestamp: headers.timestamp, sign: headers.signature });
	});

	it.each([
		['url', { url: 'https://evil.example/open/order' }],
		['uri', { uri: 'https://api.pandapon.com.evil.example/open/order' }],
		['baseURL', { url: '/open/order', baseURL: 'https://evil.example' }],
	])('refuses to sign a %s on another host than the Base URL', async (_shape, target) => {
		await expect(credential.authenticate(credentials, legacy(target))).rejects.toThrow(/signs requests only for its Base URL \(127\.0\.0\.1:8787\)/);
	});

	it('declares a secret password field and a body-aware test request', () => {
		const secret = credential.properties.find((property) => property.name === 'accessSecret');
		expect(secret?.typeOptions?.password).toBe(true);
		expect(credential.properties.map((property) => property.name)).toEqual([
			'accessKey',
			'accessSecret',
			'userId',
			'baseUrl',
			'timestampUnit',
		]);
		expect(credential.test.rules?.[0]).toMatchObject({ type: 'responseSuccessBody' });
	});
});
