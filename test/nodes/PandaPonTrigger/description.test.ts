import { pandaPonEvents } from '../../../nodes/PandaPonTrigger/events';
import { PandaPonTrigger } from '../../../nodes/PandaPonTrigger/PandaPonTrigger.node';

const { description } = new PandaPonTrigger();
const property = (name: string) => description.properties.find((p) => p.name === name);

describe('PandaPonTrigger description', () => {
	it('is a trigger without inputs, not usable as a tool', () => {
		expect(description).toMatchObject({ name: 'pandaPonTrigger', group: ['trigger'], inputs: [] });
		expect(description.usableAsTool).toBeUndefined();
	});

	it('adds version 1.1 for new nodes and still loads version 1', () => {
		// n8n evaluates an expression (so builds an isolate) on every request to a webhook node of typeVersion 1 exactly.
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
	});

	it('listens with GET (Verify) and POST (messages) on one path and answers on receipt', () => {
		const hooks = description.webhooks ?? [];
		expect(hooks.map((hook) => [hook.name, hook.httpMethod, hook.path, hook.responseMode])).toEqual([
			['setup', 'GET', 'webhook', 'onReceived'],
			['default', 'POST', 'webhook', 'onReceived'],
		]);
	});

	it('verifies signatures by default and explains the danger of switching it off', () => {
		const verify = (property('options')?.options ?? []).find((o) => o.name === 'verifySignature');
		expect(verify).toMatchObject({ type: 'boolean', default: true });
		expect(String((verify as { description?: string }).description)).toMatch(/dangerous/i);
	});

	it('explains queue-mode limits of the redelivery memory', () => {
		expect(property('dropRedeliveries')?.description).toMatch(/queue mode/i);
	});

	it('offers every known event type with a distinct value', () => {
		const values = pandaPonEvents.map((event) => event.value);
		expect(new Set(values).size).toBe(values.length);
		expect(values).toEqual(
			expect.arrayContaining(['ORDER_CREATE', 'ORDER_PAY_SUCCESS', 'ORDER_CANCEL', 'ORDER_STATUS_CHANGE', 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY', 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND']),
		);
	});

	it('tells the user to paste the Production URL and that HTTPS is required', () => {
		expect(property('notice')?.displayName).toMatch(/Production URL[\s\S]*Message Service[\s\S]*HTTPS/);
	});

	it('says where each URL goes in its trigger panel, and that empty Platforms means both', () => {
		const { triggerPanel } = new PandaPonTrigger().description;
		expect(typeof triggerPanel === 'object' && triggerPanel.executionsHelp).toMatchObject({
			inactive: expect.stringMatching(/Test URL[\s\S]*never paste it[\s\S]*Production URL into the PandaPon console/),
			active: expect.stringMatching(/Production URL/),
		});
		expect(property('platforms')).toMatchObject({ placeholder: 'Both platforms', description: expect.stringMatching(/Leave empty for both/) });
	});
});
