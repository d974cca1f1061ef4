/** Simplified Taobao orders: every amount in fen is a number, and the output says the unit. */
import { shapeOrder } from '../../../../../nodes/PandaPon/actions/taobaoOrder/shared';

const record = {
	id: '1022505290408395575',
	status: 0,
	purchaseAmount: 400,
	subOrderVOS: [{ subOrderId: '1', purchaseAmount: '400', domesticPostFee: '0', quantity: 2 }],
};

describe('Taobao order amounts', () => {
	it('gives the order and its lines in fen as numbers, with amountUnit "fen"', () => {
		const order = shapeOrder(record, true);
		expect(order).toMatchObject({ purchaseAmount: 400, amountUnit: 'fen' });
		expect(order.subOrderVOS).toEqual([expect.objectContaining({ purchaseAmount: 400, domesticPostFee: 0 })]);
	});

	it('keeps text that is not a whole number as it came, and the full record untouched', () => {
		const odd = shapeOrder({ ...record, subOrderVOS: [{ purchaseAmount: '4.5' }] }, true);
		expect((odd.subOrderVOS as Array<{ purchaseAmount: unknown }>)[0].purchaseAmount).toBe('4.5');
		const full = shapeOrder(record, false);
		expect((full.subOrderVOS as Array<{ purchaseAmount: unknown }>)[0].purchaseAmount).toBe('400');
		expect(full).not.toHaveProperty('amountUnit');
	});
});
