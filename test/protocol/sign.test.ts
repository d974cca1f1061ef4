import { createHash } from 'crypto';

import {
	buildSignedHeaders,
	computeSignature,
	createNonce,
	formatTimestamp,
	needsQuerySignature,
} from '../../nodes/PandaPon/protocol/sign';

// Recomputed here from the rule's words, not by trusting the code under test.
const expected = (key: string, ts: string, nonce: string, secret: string) =>
	createHash('md5').update(key + ts + nonce + secret).digest('hex').toUpperCase();

describe('request signature', () => {
	it('matches the reference test vector', () => {
		const signature = computeSignature({
			accessKey: 'test-access-key',
			timestamp: '1715669977',
			nonce: 'abcdefghijklmnopqrstuvwxyz012345',
			accessSecret: 'test-secret',
		});
		expect(signature).toBe('585E8F1801E93139AB978505335975FC');
		expect(signature).toBe(expected('test-access-key', '1715669977', 'abcdefghijklmnopqrstuvwxyz012345', 'test-secret'));
	});

	it('changes with every signed field and the secret', () => {
		const base = { accessKey: 'k', timestamp: '1', nonce: 'n', accessSecret: 's' };
		const reference = computeSignature(base);
		for (const field of ['accessKey', 'timestamp', 'nonce', 'accessSecret'] as const) {
			expect(computeSignature({ ...base, [field]: base[field] + 'x' })).not.toBe(reference);
		}
	});

	it('formats timestamps in milliseconds by default and in seconds on request', () => {
		const now = 1715669977082;
		expect(formatTimestamp(now, 'milliseconds')).toBe('1715669977082');
		expect(formatTimestamp(now, 'seconds')).toBe('1715669977');
	});

	it('makes 32-character alphanumeric nonces that differ per call', () => {
		const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
		expect(nonces.size).toBe(200);
		for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
	});

	it('builds the five system headers, user-id unsigned', () => {
		const headers = buildSignedHeaders(
			{ accessKey: ' test-access-key ', accessSecret: 'test-secret', userId: '2100007340000', timestampUnit: 'seconds' },
			1715669977000,
			'abcdefghijklmnopqrstuvwxyz012345',
		);
		expect(headers).toEqual({
			'access-key': 'test-access-key',
			timestamp: '1715669977',
			'nonce-str': 'abcdefghijklmnopqrstuvwxyz012345',
			signature: '585E8F1801E93139AB978505335975FC',
			'user-id': '2100007340000',
		});
		const withOtherUser = buildSignedHeaders(
			{ accessKey: 'test-access-key', accessSecret: 'test-secret', userId: 'other', timestampUnit: 'seconds' },
			1715669977000,
			'abcdefghijklmnopqrstuvwxyz012345',
		);
		expect(withOtherUser.signature).toBe(headers.signature);
	});

	it('marks only the warehouse-logistics paths for query signing', () => {
		expect(needsQuerySignature('/open/pp/logistics/orderRenderFreight')).toBe(true);
		expect(needsQuerySignature('/v2/open/pp/logistics/itemLogisticsPrice')).toBe(true);
		expect(needsQuerySignature('https://api.pandapon.com/open/pp/logistics/updateLogisticInfo')).toBe(true);
		expect(needsQuerySignature('/open/order')).toBe(false);
		expect(needsQuerySignature('/open/order/pp/logistics')).toBe(false);
	});
});
