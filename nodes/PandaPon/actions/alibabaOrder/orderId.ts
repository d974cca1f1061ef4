/** The 19-digit 1688 order id: a parameter that is always text, and a schema that never accepts a rounded number. */
import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { listInput, orderIdSchema } from '../../helpers/validation';

export const orderIdProperty: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 2540608320348880794',
	description: '1688 order ID (19 digits) or an order link containing orderId=. Kept as text so no digit is lost.',
};

/** 1688 is addressed as a "web site" by the order detail and cancel endpoints (ref 4.8 A-O8, A-O11). */
export const WEB_SITE = '1688';

/**
 * An id as text. A JS number above 2^53 has already lost digits (2540608320348880794 becomes ...881000), so it is
 * refused with a hint instead of being sent rounded.
 */
export const alibabaOrderIdSchema = (label = 'order ID') =>
	z.preprocess((value, ctx) => {
		if (typeof value === 'number' && !Number.isSafeInteger(value)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: `the ${label} arrived as a number too large to be exact (${value}); pass it as text, e.g. {{ String(...) }} or a string field such as idOfStr`,
			});
			return z.NEVER;
		}
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is required (a 1688 ${label})` });
			return z.NEVER;
		}
		return value;
	}, orderIdSchema());

/** A list of ids (the one list rule, helpers/validation.ts listInput). */
export const orderIdListSchema = (label = 'order ID') =>
	z.preprocess(
		listInput,
		z
			.array(alibabaOrderIdSchema(label), { invalid_type_error: `expected a list of ${label}s` })
			.min(1, `expected at least one ${label}`)
			.transform((ids) => [...new Set(ids)]),
	);
