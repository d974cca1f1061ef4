import { createHmac } from 'crypto';

import { computeCallbackSignature, verifyCallbackSignature } from '../../nodes/PandaPon/protocol/verify';

// Reference §3, illustrative vector (not from PandaPon's docs): recomputed here with node's crypto.
const VECTOR = {
	key: 'test-secret',
	data: '{"messageType":"ORDER_CREATE","messagePlatform":1}',
	hex: '6debe0a54299fb8811b5c9db95683f15f9bda5eafead4da5d8a643ecb6d8b4ce',
};

describe('protocol/verify', () => {
	it('matches the reference vector, computed independently', () => {
		const independent = createHmac('sha256', VECTOR.key).update(VECTOR.data, 'utf8').digest('hex');
		expect(independent).toBe(VECTOR.hex);
		expect(computeCallbackSignature(VECTOR.data, VECTOR.key)).toBe(independent);
		expect(computeCallbackSignature(Buffer.from(VECTOR.data), VECTOR.key)).toBe(independent);
	});

	it('accepts the right signature in lower or upper case, with surrounding whitespace, or as a header array', () => {
		for (const header of [VECTOR.hex, VECTOR.hex.toUpperCase(), ` ${VECTOR.hex}\n`, [VECTOR.hex]]) {
			expect(verifyCallbackSignature(VECTOR.data, header, VECTOR.key)).toBe(true);
		}
		expect(verifyCallbackSignature(Buffer.from(VECTOR.data), VECTOR.hex, VECTOR.key)).toBe(true);
	});

	it('rejects a changed body, another secret, or a missing/garbled header', () => {
		expect(verifyCallbackSignature(VECTOR.data.replace('1', '0'), VECTOR.hex, VECTOR.key)).toBe(false);
		expect(verifyCallbackSignature(`${VECTOR.data} `, VECTOR.hex, VECTOR.key)).toBe(false);
		expect(verifyCallbackSignature(VECTOR.data, VECTOR.hex, 'other-secret')).toBe(false);
		for (const header of [undefined, '', [], VECTOR.hex.slice(0, 63), `${VECTOR.hex}0`, `sha256=${VECTOR.hex}`, 'z'.repeat(64)]) {
			expect(verifyCallbackSignature(VECTOR.data, header, VECTOR.key)).toBe(false);
		}
	});

	it('fails closed without a secret or a body, and never throws', () => {
		expect(verifyCallbackSignature(VECTOR.data, computeCallbackSignature(VECTOR.data, ''), '')).toBe(false);
		expect(verifyCallbackSignature(VECTOR.data, VECTOR.hex, undefined)).toBe(false);
		expect(verifyCallbackSignature(undefined, VECTOR.hex, VECTOR.key)).toBe(false);
		const odd = { toString: () => VECTOR.hex } as unknown as string;
		expect(() => verifyCallbackSignature(VECTOR.data, odd, VECTOR.key)).not.toThrow();
		expect(() => verifyCallbackSignature(42 as unknown as string, VECTOR.hex, VECTOR.key)).not.toThrow();
	});
});
