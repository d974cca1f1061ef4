/** The 19-digit 1688 order id parameter, always text (its schema is alibabaOrderIdSchema in helpers/validation.ts). */
import type { INodeProperties } from 'n8n-workflow';

export const orderIdProperty: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 2540608320348880794',
	description:
		'1688 order ID (19 digits) or an order link containing orderId=. Kept as text so no digit is lost.',
};

/** 1688 is addressed as a "web site" by the order detail and cancel endpoints (ref 4.8 A-O8, A-O11). */
export const WEB_SITE = '1688';
