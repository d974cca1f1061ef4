/**
 * Helpers for the product and after-sales operations: reading an image from the input item's binary data and
 * pulling records out of list responses whose page shape PandaPon documents only for some endpoints.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { isPlainObject } from './utils';
import { parseTotal } from '../transport';
import { assertBinaryField } from './validation';

export interface BinaryFile {
	buffer: Buffer;
	mimeType: string;
	fileName: string;
}

/** The file in `binaryPropertyName` of the input item; refuses anything that is not an image. */
export async function readImageBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: unknown,
): Promise<BinaryFile> {
	const name = typeof binaryPropertyName === 'string' ? binaryPropertyName.trim() : '';
	if (!name) {
		throw new NodeOperationError(
			this.getNode(),
			`Invalid input in item ${itemIndex}: binaryPropertyName: ${typeof binaryPropertyName === 'string' || binaryPropertyName == null ? 'is required' : `expected the name of a binary field as text, received ${typeof binaryPropertyName}`}`,
			{
				itemIndex,
				description:
					'Nothing was sent to PandaPon. Give the name of the binary field that holds the image, for example data.',
			},
		);
	}
	const meta = assertBinaryField.call(this, itemIndex, name);
	if (!meta.mimeType?.startsWith('image/')) {
		throw new NodeOperationError(
			this.getNode(),
			`Invalid input in item ${itemIndex}: ${name}: expected an image file, received ${meta.mimeType || 'an unknown file type'}`,
			{
				itemIndex,
				description: 'Nothing was sent to PandaPon. Use a JPEG or PNG image.',
			},
		);
	}
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, name);
	return {
		buffer,
		mimeType: meta.mimeType,
		fileName: meta.fileName ?? 'image',
	};
}

const RECORD_KEYS = ['data', 'list', 'records', 'items', 'result'] as const;
const TOTAL_KEYS = ['totalRecords', 'total', 'totalCount'] as const;

/**
 * Records and total of one page. Documented 1688 pages are `{totalRecords, data[]}`; several Taobao list endpoints
 * are undocumented, so a bare array and the usual `{total, list|records|items}` wrappers are accepted too.
 */
export function extractPage(data: unknown): {
	records: IDataObject[];
	total?: number;
} {
	if (Array.isArray(data)) return { records: data.filter(isPlainObject) };
	if (!isPlainObject(data)) return { records: [] };
	const key = RECORD_KEYS.find((name) => Array.isArray(data[name]));
	const records = key ? (data[key] as unknown[]).filter(isPlainObject) : [];
	const totalKey = TOTAL_KEYS.find((name) => parseTotal(data[name]) !== undefined);
	return { records, total: totalKey === undefined ? undefined : parseTotal(data[totalKey]) };
}
