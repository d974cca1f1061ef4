/**
 * Files from the input item's binary data. The parse phase checks the field and its metadata (`checkBinaryField`,
 * `checkImageField`) and keeps only a reference; the send phase reads the bytes (`readBinary`), so that a run of
 * many items never holds every file in memory at once.
 */
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/** A checked binary field of one input item. */
export interface BinaryRef {
	itemIndex: number;
	name: string;
	mimeType: string;
	fileName: string;
}

const invalid = (
	context: IExecuteFunctions,
	itemIndex: number,
	detail: string,
	description: string,
) =>
	new NodeOperationError(context.getNode(), `Invalid input in item ${itemIndex}: ${detail}`, {
		itemIndex,
		description: `Nothing was sent to PandaPon. ${description}`,
	});

/**
 * The input item's binary field named by `binaryPropertyName` ("Input Binary Field"). n8n's own message names the
 * value, not the field; this one names both, and the item.
 */
export function checkBinaryField(
	this: IExecuteFunctions,
	itemIndex: number,
	name: string,
	fallbackName = 'file',
): BinaryRef {
	try {
		const meta = this.helpers.assertBinaryData(itemIndex, name);
		return { itemIndex, name, mimeType: meta.mimeType, fileName: meta.fileName ?? fallbackName };
	} catch {
		throw invalid(
			this,
			itemIndex,
			`binaryPropertyName: the input item has no binary field "${name.slice(0, 80)}"`,
			'"Input Binary Field" must name a binary field of the input item, for example data (from a Read File or HTTP Request node).',
		);
	}
}

/** The image in `binaryPropertyName` of the input item; refuses anything that is not an image. */
export function checkImageField(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: unknown,
): BinaryRef {
	const name = typeof binaryPropertyName === 'string' ? binaryPropertyName.trim() : '';
	if (!name) {
		const received =
			typeof binaryPropertyName === 'string' || binaryPropertyName == null
				? 'is required'
				: `expected the name of a binary field as text, received ${typeof binaryPropertyName}`;
		throw invalid(
			this,
			itemIndex,
			`binaryPropertyName: ${received}`,
			'Give the name of the binary field that holds the image, for example data.',
		);
	}
	const ref = checkBinaryField.call(this, itemIndex, name, 'image');
	if (!ref.mimeType?.startsWith('image/')) {
		throw invalid(
			this,
			itemIndex,
			`${name}: expected an image file, received ${ref.mimeType || 'an unknown file type'}`,
			'Use a JPEG or PNG image.',
		);
	}
	return ref;
}

/** The bytes of a checked field. */
export async function readBinary(this: IExecuteFunctions, ref: BinaryRef): Promise<Buffer> {
	return await this.helpers.getBinaryDataBuffer(ref.itemIndex, ref.name);
}

/** A checked field as a multipart file part. */
export async function binaryBlob(this: IExecuteFunctions, ref: BinaryRef): Promise<Blob> {
	return new Blob([new Uint8Array(await readBinary.call(this, ref))], { type: ref.mimeType });
}
