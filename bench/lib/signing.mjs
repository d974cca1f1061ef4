// Signing as a hand-written client does it, independent of nodes/ (so the raw-client ceiling and the load generator
// share no code with what they measure). Request rule: API reference §1.4; callback rule: §3.
import { createHash, createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function nonce32() {
	const bytes = randomBytes(32);
	let out = '';
	for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
	return out;
}

/** The five PandaPon system headers: signature = UPPER(hex(MD5(accessKey + timestamp + nonce + secret))). */
export function signedHeaders({ accessKey, accessSecret, userId }, now = Date.now(), nonce = nonce32()) {
	const timestamp = String(now);
	const signature = createHash('md5').update(`${accessKey}${timestamp}${nonce}${accessSecret}`).digest('hex').toUpperCase();
	return { 'access-key': accessKey, timestamp, 'nonce-str': nonce, signature, 'user-id': userId };
}

/** Authorization header of a PandaPon push: hex(HMAC-SHA256(key = access secret, data = raw body)). */
export function callbackSignature(rawBody, accessSecret) {
	return createHmac('sha256', accessSecret).update(rawBody).digest('hex');
}

/** The JavaScript a Code node runs to sign each item (the do-it-yourself baseline), with the keys inlined. */
export function codeNodeSigner({ accessKey, accessSecret, userId }) {
	return [
		"// Signs each item's request by hand (API reference §1.4), as users without this package do today.",
		"const crypto = require('crypto');",
		`const accessKey = ${JSON.stringify(accessKey)};`,
		`const accessSecret = ${JSON.stringify(accessSecret)};`,
		`const userId = ${JSON.stringify(userId)};`,
		"const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';",
		'return $input.all().map((item) => {',
		"\tconst nonce = Array.from(crypto.randomBytes(32), (b) => alphabet[b % alphabet.length]).join('');",
		'\tconst timestamp = String(Date.now());',
		"\tconst signature = crypto.createHash('md5').update(accessKey + timestamp + nonce + accessSecret).digest('hex').toUpperCase();",
		'\treturn { json: { ...item.json, accessKey, timestamp, nonce, signature, userId } };',
		'});',
	].join('\n');
}
