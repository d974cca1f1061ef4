/**
 * 1688 cargo lines (`cargoParamList`), typed as a list or given as JSON, and the order body shared by preview,
 * create, batch preview and batch create. An offer is a numeric 1688 offer id (or a 1688 link), sent as `offerId`
 * (a number, as in ref 4.8 A-O3/A-O7), or an opaque v2 id such as `L0PTnwSnx_dWNZWCtgK7Gg`, sent as `offerMapId`
 * (seed 003).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { parseAlibabaOfferId } from '../../helpers/ids';
import { compact } from '../../helpers/utils';
import { quantitySchema } from '../../helpers/validation';
import {
	alibabaAddressProperties,
	flowProperty,
	linesProperties,
	orderOptionsProperty,
} from '../common.descriptions';
import { alibabaAddressSchema, linesSchema, readAddress, readLines } from '../common.input';

const OPAQUE_OFFER_ID = /^(?=.*[A-Za-z_-])[A-Za-z0-9_-]{10,64}$/;
const OFFER_EXPECTED =
	'expected a 1688 offer ID (digits), an offer link such as https://detail.1688.com/offer/706627393257.html, or a v2 offer ID such as L0PTnwSnx_dWNZWCtgK7Gg';

export type OfferRef = { offerId: number } | { offerMapId: string };

/** Accepts a numeric id, a 1688 link or an opaque v2 id; numbers from expressions only while they are exact. */
export const offerSchema = z.unknown().transform((value, ctx): OfferRef => {
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (text === '') {
		ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is required (${OFFER_EXPECTED})` });
		return z.NEVER;
	}
	const numeric =
		typeof value === 'number'
			? Number.isSafeInteger(value)
				? text
				: undefined
			: parseAlibabaOfferId(text);
	if (numeric !== undefined && Number.isSafeInteger(Number(numeric)))
		return { offerId: Number(numeric) };
	if (typeof value === 'string' && OPAQUE_OFFER_ID.test(text)) return { offerMapId: text };
	ctx.addIssue({ code: z.ZodIssueCode.custom, message: OFFER_EXPECTED });
	return z.NEVER;
});

const optionalText = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z.string().trim().optional(),
);

/** One line as typed or as JSON; JSON may name the offer `offer`, `offerId` or `offerMapId`. */
const cargoLineSchema = (requireSeller: boolean) =>
	z
		.preprocess(
			(line) => {
				if (typeof line !== 'object' || line === null || Array.isArray(line)) return line;
				const { offerId, offerMapId, offer, ...rest } = line as IDataObject;
				return { offer: offer ?? offerMapId ?? offerId, ...rest };
			},
			z.object(
				{
					offer: offerSchema,
					specId: optionalText,
					quantity: quantitySchema,
					sellerOpenId: requireSeller
						? z
								.string({
									required_error:
										'is required (the seller of this offer, for example BBBgGWh2O6JFI6v1aQuZVgRIA)',
								})
								.trim()
								.min(1, 'is required (the seller of this offer)')
						: optionalText,
				},
				{
					invalid_type_error:
						'expected a cargo line object {offer, specId, quantity, sellerOpenId}',
				},
			),
		)
		.transform(({ offer, ...rest }) => compact({ ...offer, ...rest }) as IDataObject);

export const cargoListSchema = (requireSeller: boolean) =>
	linesSchema(cargoLineSchema(requireSeller), 'cargo line');

export const cargoProperties = (requireSeller: boolean): INodeProperties[] =>
	linesProperties(
		'cargoParamList',
		'Cargo Lines',
		[
			{
				displayName: 'Offer (ID or Link)',
				name: 'offer',
				type: 'string',
				default: '',
				placeholder: 'e.g. 743470146022 or L0PTnwSnx_dWNZWCtgK7Gg',
				description:
					'Numeric 1688 offer ID or offer link (sent as offerId), or an opaque v2 offer ID (sent as offerMapId)',
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1 },
			},
			{
				displayName: 'Seller Open ID',
				name: 'sellerOpenId',
				type: 'string',
				default: '',
				placeholder: 'e.g. BBBgGWh2O6JFI6v1aQuZVgRIA',
				description: requireSeller
					? 'Seller of the offer (required: orders are split per seller)'
					: 'Seller of the offer',
			},
			{
				displayName: 'Spec ID',
				name: 'specId',
				type: 'string',
				default: '',
				placeholder: 'e.g. e61a85a671bb3d0301d0412b51641c6b',
				description: 'SKU specification of the offer; leave empty for offers without variants',
			},
		],
		'Array of {offer, specId, quantity, sellerOpenId}. "offer" may be a numeric ID, a 1688 link or an opaque v2 ID; "offerId" or "offerMapId" are accepted instead of "offer".',
		{ modeName: 'cargoMode', modeLabel: 'Cargo', placeholder: 'Add Cargo Line' },
	);

// ---- The order body: flow, address, cargo and optional fields (ref 4.8 A-O3/A-O6/A-O7, seed 003) ----

export const orderBodyProperties = (requireSeller: boolean): INodeProperties[] => [
	flowProperty,
	...alibabaAddressProperties(),
	...cargoProperties(requireSeller),
	orderOptionsProperty,
];

export const orderBodySchema = (requireSeller: boolean) =>
	z.object({
		flow: z
			.string()
			.trim()
			.regex(/^[a-z]+$/, 'expected a 1688 flow such as general'),
		addressParam: alibabaAddressSchema,
		cargoParamList: cargoListSchema(requireSeller),
		additionalFields: z.object({
			message: optionalText,
			shopPromotionId: optionalText,
			tradeType: optionalText,
		}),
	});

/** Reads, validates and builds the wire body; throws (naming field and item) before anything is sent. */
export function readOrderInput(this: IExecuteFunctions, itemIndex: number) {
	return {
		flow: this.getNodeParameter('flow', itemIndex, 'general'),
		addressParam: readAddress(
			(name, fallback) => this.getNodeParameter(name, itemIndex, fallback),
			'addressParam',
		),
		cargoParamList: readLines.call(this, 'cargoParamList', itemIndex, 'cargoMode'),
		additionalFields: this.getNodeParameter('additionalFields', itemIndex, {}),
	};
}

export function toOrderBody(input: z.output<ReturnType<typeof orderBodySchema>>): IDataObject {
	return {
		flow: input.flow,
		...compact(input.additionalFields),
		addressParam: compact(input.addressParam as IDataObject),
		cargoParamList: input.cargoParamList,
	};
}
