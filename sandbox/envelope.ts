/**
 * PandaPon's response envelope (reference section 2) and the sandbox's error codes. Every PandaPon-style answer,
 * success or failure, is HTTP 200 with `{requestId, code, developId, msg, data}`; only injected faults use other
 * HTTP statuses. The code table is also in sandbox/README.md.
 */
import { randomBytes } from 'crypto';

export const DEVELOP_ID = '1110890638347337996';
export const SUCCESS_CODE = 200;
export const SUCCESS_MSG = '成功';
/** Address endpoints answer `{code: 0, msg}` on success (reference section 2). */
export const THIN_SUCCESS_CODE = 0;

export const ErrorCode = {
	badRequest: 400,
	signatureMismatch: 401,
	missingHeader: 40101,
	unknownAccessKey: 40102,
	badTimestamp: 40103,
	missingQuerySign: 40105,
	querySignMismatch: 40106,
	notFound: 404,
	methodNotAllowed: 405,
	illegalState: 409,
	tooLarge: 413,
	unsupportedMediaType: 415,
	injected: 500,
	internal: 500,
} as const;

/** A PandaPon-style failure: answered as HTTP 200 with `code` and `msg` in the envelope. */
export class ApiError extends Error {
	constructor(
		readonly code: number,
		message: string,
	) {
		super(message);
	}
}

export const badRequest = (msg: string) => new ApiError(ErrorCode.badRequest, msg);
export const notFound = (msg: string) => new ApiError(ErrorCode.notFound, msg);
export const illegalState = (msg: string) => new ApiError(ErrorCode.illegalState, msg);

export interface Envelope {
	requestId: string;
	code: number;
	developId: string;
	msg: string;
	data: unknown;
}

export function newRequestId(): string {
	return randomBytes(16).toString('hex');
}

export function envelope(code: number, msg: string, data: unknown): Envelope {
	return { requestId: newRequestId(), code, developId: DEVELOP_ID, msg, data };
}

export const success = (data: unknown) => envelope(SUCCESS_CODE, SUCCESS_MSG, data);
export const failure = (code: number, msg: string) => envelope(code, msg, null);
export const thinSuccess = () => ({ code: THIN_SUCCESS_CODE, msg: SUCCESS_MSG });
