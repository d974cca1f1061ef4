import type { IDataObject } from 'n8n-workflow';

import { PandaPonTrigger } from '../../../nodes/PandaPonTrigger/PandaPonTrigger.node';
import { hookContext } from './webhookContext';

const PRODUCTION_URL = 'https://n8n.example.com/webhook/1111-2222/webhook';
const { checkExists, create, delete: remove } = new PandaPonTrigger().webhookMethods.default;

describe('PandaPonTrigger.webhookMethods.default (no registration API: remember the URL only)', () => {
	it('walks through publish, re-check and unpublish', async () => {
		const staticData: IDataObject = {};
		const context = hookContext(staticData, PRODUCTION_URL);

		expect(await checkExists.call(context)).toBe(false);
		expect(await create.call(context)).toBe(true);
		expect(staticData.webhookUrl).toBe(PRODUCTION_URL);
		expect(await checkExists.call(context)).toBe(true);

		expect(await remove.call(context)).toBe(true);
		expect(staticData.webhookUrl).toBeUndefined();
		expect(await checkExists.call(context)).toBe(false);
	});

	it('reports a stored URL that no longer matches (base URL or webhook id changed) as missing', async () => {
		const staticData: IDataObject = { webhookUrl: 'http://localhost:5678/webhook/1111-2222/webhook' };
		expect(await checkExists.call(hookContext(staticData, PRODUCTION_URL))).toBe(false);
	});

	it('tells the user in the log which URL to paste into the PandaPon console', async () => {
		const context = hookContext({}, PRODUCTION_URL);
		await create.call(context);
		expect(context.logger.info).toHaveBeenCalledWith(expect.stringContaining(PRODUCTION_URL));
	});

	it('keeps the redelivery memory when unpublished, so a quick re-publish still drops retries', async () => {
		const recentEvents = [{ id: 'a', at: 1 }];
		const staticData: IDataObject = { webhookUrl: PRODUCTION_URL, recentEvents };
		await remove.call(hookContext(staticData, PRODUCTION_URL));
		expect(staticData.recentEvents).toBe(recentEvents);
	});
});
