import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { compact, readParameters, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { parseInput } from '../../helpers/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Address ID',
		name: 'id',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1024',
		description: 'ID of the address to update. Leave empty to add a new address.',
	},
	{ displayName: 'Recipient Name', name: 'name', type: 'string', required: true, default: '' },
	{ displayName: 'Mobile Phone', name: 'phone', type: 'string', required: true, default: '' },
	{ displayName: 'Province', name: 'province', type: 'string', required: true, default: '' },
	{ displayName: 'City', name: 'city', type: 'string', required: true, default: '' },
	{ displayName: 'District', name: 'district', type: 'string', default: '' },
	{ displayName: 'Street Address', name: 'address', type: 'string', required: true, default: '' },
];

const displayOptions = { show: { resource: ['address'], operation: ['upsert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const text = (label: string) => z.string().trim().min(1, `${label} is required`);

// ref 4.11 (B1): id int (absent = create), name, province, city, district, address, phone.
const schema = z.object({
	id: z
		.string()
		.trim()
		.regex(/^\d*$/, 'expected a numeric address ID or nothing')
		.transform((value) => (value === '' ? undefined : Number(value))),
	name: text('name'),
	phone: text('phone'),
	province: text('province'),
	city: text('city'),
	district: z.string().trim().optional(),
	address: text('address'),
});

export function parse(this: IExecuteFunctions, itemIndex: number) {
	const input = readParameters.call(this, properties, itemIndex, '');
	return { body: compact(parseInput.call(this, schema, input, itemIndex)) };
}

export async function send(
	this: IExecuteFunctions,
	{ body }: ReturnType<typeof parse>,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	await pandaPonRequest.call(this, 'address.upsert', { body, itemIndex });
	return toOutput.call(this, { success: true, ...body }, itemIndex);
}
