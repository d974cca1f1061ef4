/**
 * One list syntax (issue 14, item 9): the same text means the same list in every field that takes several values.
 * Commas, semicolons, spaces and new lines separate entries; a JSON array typed as text is read as that array; a
 * list from an expression is taken as it is.
 */
import { z } from 'zod';

import {
	cartIdsSchema,
	commaList,
	idList,
	numericId,
	orderIdListSchema,
} from '../../../../nodes/PandaPon/helpers/validation';
import { urlList } from '../../../../nodes/PandaPon/actions/afterSales/shared';
import { useSandbox } from '../../../helpers/sandboxNode';

const BIG_A = '2540608320348880794';
const BIG_B = '2540608320348880795';

const fields: Record<string, { schema: z.ZodTypeAny; a: string; b: string; normal: (a: string, b: string) => unknown[] }> = {
	'Cart record IDs (Cart → Delete, Preview, Create Order)': { schema: cartIdsSchema(), a: '75', b: '76', normal: (a, b) => [Number(a), Number(b)] },
	'1688 order IDs (Submit for Payment)': { schema: orderIdListSchema(), a: BIG_A, b: BIG_B, normal: (a, b) => [a, b] },
	'Order entry IDs (Confirm Receipt)': { schema: orderIdListSchema('order entry ID'), a: BIG_A, b: BIG_B, normal: (a, b) => [a, b] },
	'Sub-order IDs (After-Sales)': { schema: idList('sub-order ID'), a: BIG_A, b: BIG_B, normal: (a, b) => [a, b] },
	'SKU IDs (Product → Get Many)': { schema: commaList(numericId('a SKU ID'), 'expected SKU IDs'), a: '3452545926724', b: '3452545926726', normal: (a, b) => [a, b] },
	'Image URLs (After-Sales)': { schema: urlList('image URL'), a: 'https://img.example/a.png', b: 'https://img.example/b.png', normal: (a, b) => [a, b] },
};

const spellings = (a: string, b: string, jsonNumbers: boolean) => [
	`${a},${b}`,
	`${a}, ${b}`,
	` ${a} ,, ${b} , `,
	`${a};${b}`,
	`${a} ${b}`,
	`${a}\n${b}`,
	`${a}\r\n\t${b}`,
	`["${a}","${b}"]`,
	...(jsonNumbers ? [`[${a}, ${b}]`] : []),
	[a, b],
];

describe.each(Object.entries(fields))('%s', (_name, field) => {
	const numeric = /^\d+$/.test(field.a);
	it.each(spellings(field.a, field.b, numeric).map((value) => [JSON.stringify(value), value]))('%s is the list of the two', (_label, value) => {
		const parsed = field.schema.safeParse(value);
		expect(parsed.success && parsed.data).toEqual(field.normal(field.a, field.b));
	});

	it('quotes or brackets outside a JSON array are not separators', () => {
		if (numeric) expect(field.schema.safeParse(`'${field.a}','${field.b}'`).success).toBe(false);
		expect(field.schema.safeParse(`[${field.a}, ${field.b}`).success).toBe(false);
	});
});

describe('through the node', () => {
	const ctx = useSandbox({ resetEachTest: true });

	it.each(['382;383', '382\n383', '[382, 383]', '["382","383"]'])('Cart → Delete with %j deletes records 382 and 383', async (cartIds) => {
		const { error } = await ctx.run({ resource: 'cart', operation: 'delete', platform: 'taobao', cartIds });
		const [request] = ctx.requestsTo('/open/cart/delete');
		expect(request?.body).toEqual({ ids: [382, 383] });
		expect(error === undefined || !/cartIds/.test(error.message)).toBe(true);
	});
});
