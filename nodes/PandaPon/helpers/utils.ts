import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

/** Stamp resource/operation display options onto every property (n8n's nodes-base helper, which we cannot import). */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...property.displayOptions?.show },
			...(displayOptions.hide || property.displayOptions?.hide
				? { hide: { ...displayOptions.hide, ...property.displayOptions?.hide } }
				: {}),
		},
	}));
}

/** Objects pass through; primitives (true, a URL string, an id) become `{ [key]: value }`. */
export function toJsonObjects(data: unknown, key = 'result'): IDataObject[] {
	if (Array.isArray(data))
		return data.map((entry) =>
			isPlainObject(entry) ? entry : { [key]: entry as IDataObject[string] },
		);
	if (isPlainObject(data)) return [data];
	if (data === undefined || data === null) return [{ [key]: null }];
	return [{ [key]: data as IDataObject[string] }];
}

export function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Output items for one input item, each carrying `pairedItem`. */
export function toOutput(
	this: IExecuteFunctions,
	data: unknown,
	itemIndex: number,
	key?: string,
): INodeExecutionData[] {
	return this.helpers.constructExecutionMetaData(
		this.helpers.returnJsonArray(toJsonObjects(data, key)),
		{
			itemData: { item: itemIndex },
		},
	);
}

/** The values of `properties` by name, for an operation whose schema checks every parameter it shows. */
export function readParameters(
	this: IExecuteFunctions,
	properties: INodeProperties[],
	itemIndex: number,
	fallback?: unknown,
): Record<string, unknown> {
	return Object.fromEntries(
		properties.map((property) => [
			property.name,
			this.getNodeParameter(property.name, itemIndex, fallback),
		]),
	);
}

/** Drop undefined, null and empty-string values so optional fields are not sent. */
export function compact<T extends IDataObject>(object: T): Partial<T> {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === null || value === '') continue;
		out[key] = value;
	}
	return out as Partial<T>;
}

/** Keep only the listed keys (Simplify). */
export function pick(record: IDataObject, keys: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	return out;
}

/** The output item of a failed input item under Continue On Fail: message, description, PandaPon code and requestId. */
export function errorJson(
	error: Error & { description?: string | null; errorResponse?: IDataObject },
): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	const response = error.errorResponse;
	if (response?.code !== undefined) json.code = response.code;
	if (response?.requestId !== undefined) json.requestId = response.requestId;
	return json;
}
