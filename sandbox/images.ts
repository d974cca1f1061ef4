/** Image checks by magic bytes: uploads and `imageBase64` must really be JPEG, PNG, GIF or WebP. */
import { badRequest } from './envelope';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

export function detectImage(data: Buffer): ImageType | undefined {
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
	if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
	const head = data.subarray(0, 6).toString('latin1');
	if (head === 'GIF87a' || head === 'GIF89a') return 'image/gif';
	if (data.length >= 12 && data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') {
		return 'image/webp';
	}
	return undefined;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes `imageBase64` (plain base64, no `data:` prefix) and checks it is an image. */
export function decodeImageBase64(value: string, field: string): { data: Buffer; type: ImageType } {
	const compact = value.replace(/\s+/g, '');
	if (compact.startsWith('data:')) throw badRequest(`${field}: expected plain base64 without a data: URL prefix`);
	if (!BASE64.test(compact) || compact.length % 4 !== 0) throw badRequest(`${field}: expected base64 text`);
	const data = Buffer.from(compact, 'base64');
	const type = detectImage(data);
	if (!type) throw badRequest(`${field}: expected base64 of a JPEG, PNG, GIF or WebP image`);
	return { data, type };
}

export function extensionOf(type: ImageType): string {
	return { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }[type];
}
