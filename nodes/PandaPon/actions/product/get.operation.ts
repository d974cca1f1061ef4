import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { pandaPonRequest } from '../../transport';
import { isPlainObject, pick, toOutput, updateDisplayOptions } from '../../helpers/utils';
import { alibabaOfferIdSchema, parseInput, taobaoItemIdSchema } from '../../helpers/validation';
import { simplifyProperty } from '../common.descriptions';
import { offerIdProperty, outMemberIdProperty, toSafeNumber } from './shared';

const taobaoProperties: INodeProperties[] = [
	{
		displayName: 'Item ID or Link',
		name: 'itemId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 672991141190 or https://world.taobao.com/item/672991141190.htm',
		description: 'Taobao item ID, or a Taobao / Tmall item link',
	},
];

const alibabaProperties: INodeProperties[] = [offerIdProperty, outMemberIdProperty];

export const description = [
	...updateDisplayOptions(
		{
			show: { resource: ['product'], operation: ['get'], platform: ['taobao'] },
		},
		taobaoProperties,
	),
	...updateDisplayOptions(
		{
			show: {
				resource: ['product'],
				operation: ['get'],
				platform: ['alibaba'],
			},
		},
		alibabaProperties,
	),
	...updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, [
		simplifyProperty,
	]),
];

// ref 4.1 (T-G4): GET /open/product/get?itemId=
const taobaoSchema = z.object({ itemId: taobaoItemIdSchema() });

// ref 4.6 (A-G1): {offerId: number, country: 'en' (fixed), outMemberId}
const alibabaSchema = z.object({
	offerId: alibabaOfferIdSchema().transform(toSafeNumber),
	outMemberId: z.string().trim().optional(),
});

const TAOBAO_FIELDS = [
	'itemId',
	'mpId',
	'title',
	'price',
	'promotionPrice',
	'quantity',
	'beginAmount',
	'status',
	'shopId',
	'shopName',
	'userNick',
	'categoryId',
	'categoryName',
	'picUrls',
] as const;
const TAOBAO_SKU_FIELDS = [
	'skuId',
	'mpSkuId',
	'price',
	'promotionPrice',
	'quantity',
	'status',
	'properties',
	'picUrl',
] as const;

// The 1688 fields a sourcing workflow reads (ref 4.6 A-G1 list); the full record is one toggle away.
const ALIBABA_FIELDS = [
	'offerId',
	'subject',
	'subjectTrans',
	'categoryId',
	'categoryName',
	'sellerOpenId',
	'minOrderQuantity',
	'batchNumber',
	'status',
	'productImage',
	'productSaleInfo',
	'productSkuInfos',
	'productShippingInfo',
] as const;

function simplifyTaobao(record: IDataObject): IDataObject {
	const out = pick(record, TAOBAO_FIELDS);
	if (Array.isArray(record.skuList)) {
		out.skuList = record.skuList.map((sku) =>
			isPlainObject(sku) ? pick(sku, TAOBAO_SKU_FIELDS) : sku,
		) as IDataObject[];
	}
	return out;
}

type Input =
	| {
			platform: 'alibaba';
			simplify: boolean;
			body: { offerId: string; country: string; outMemberId: string };
	  }
	| { platform: 'taobao'; simplify: boolean; itemId: string };

export function parse(this: IExecuteFunctions, itemIndex: number): Input {
	const platform = this.getNodeParameter('platform', itemIndex) as string;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	if (platform === 'alibaba') {
		const input = parseInput.call(
			this,
			alibabaSchema,
			{
				offerId: this.getNodeParameter('offerId', itemIndex),
				outMemberId: this.getNodeParameter('outMemberId', itemIndex, ''),
			},
			itemIndex,
		);
		// The documented body always carries outMemberId (an empty string when there is no end user).
		return {
			platform,
			simplify,
			body: { offerId: input.offerId, country: 'en', outMemberId: input.outMemberId ?? '' },
		};
	}

	const { itemId } = parseInput.call(
		this,
		taobaoSchema,
		{ itemId: this.getNodeParameter('itemId', itemIndex) },
		itemIndex,
	);
	return { platform: 'taobao', simplify, itemId };
}

export async function send(
	this: IExecuteFunctions,
	input: Input,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	if (input.platform === 'alibaba') {
		const data = await pandaPonRequest.call(this, 'product.get.alibaba', {
			body: input.body,
			itemIndex,
		});
		const record = isPlainObject(data) ? data : {};
		return toOutput.call(this, input.simplify ? pick(record, ALIBABA_FIELDS) : record, itemIndex);
	}
	const data = await pandaPonRequest.call(this, 'product.get.taobao', {
		qs: { itemId: input.itemId },
		itemIndex,
	});
	const record = isPlainObject(data) ? data : {};
	return toOutput.call(this, input.simplify ? simplifyTaobao(record) : record, itemIndex);
}
