/**
 * A small multipart/form-data parser (RFC 7578) for the two upload endpoints: text fields and file parts,
 * each part's headers read for `name`, `filename` and `Content-Type`.
 */
import { ApiError, ErrorCode, badRequest } from './envelope';
import type { UploadedFile } from './router';

export interface MultipartBody {
	fields: Record<string, string>;
	files: UploadedFile[];
}

export function boundaryOf(contentType: string | undefined): string {
	const type = contentType ?? '';
	if (!/^multipart\/form-data/i.test(type)) {
		throw new ApiError(ErrorCode.unsupportedMediaType, `expected a multipart/form-data body, got "${type || 'no Content-Type'}"`);
	}
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
	const boundary = match?.[1] ?? match?.[2];
	if (!boundary) throw badRequest('multipart body: Content-Type has no boundary');
	return boundary;
}

function partHeaders(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function dispositionParam(disposition: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|;)\\s*${name}="([^"]*)"`, 'i').exec(disposition) ?? new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, 'i').exec(disposition);
	return match?.[1];
}

export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartBody {
	const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
	const result: MultipartBody = { fields: {}, files: [] };
	let position = body.indexOf(delimiter);
	if (position < 0) throw badRequest('multipart body: boundary not found');
	while (true) {
		position += delimiter.length;
		if (body.subarray(position, position + 2).toString() === '--') break;
		position += 2; // CRLF after the delimiter
		const headerEnd = body.indexOf('\r\n\r\n', position);
		const next = body.indexOf(delimiter, position);
		if (headerEnd < 0 || next < 0) throw badRequest('multipart body: truncated part');
		const headers = partHeaders(body.subarray(position, headerEnd).toString('utf8'));
		const content = body.subarray(headerEnd + 4, next - 2); // minus the CRLF before the next delimiter
		const disposition = headers['content-disposition'] ?? '';
		const name = dispositionParam(disposition, 'name');
		if (!name) throw badRequest('multipart body: a part has no name');
		const filename = dispositionParam(disposition, 'filename');
		if (filename !== undefined) {
			result.files.push({ field: name, filename, contentType: headers['content-type'] ?? 'application/octet-stream', data: Buffer.from(content) });
		} else {
			result.fields[name] = content.toString('utf8');
		}
		position = next;
	}
	return result;
}
