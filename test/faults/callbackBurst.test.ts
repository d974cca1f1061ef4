/**
 * A burst of 1,000 pushes from the sandbox's signed callback sender (valid ones for 890 different orders, mixed with
 * tampered, unsigned, wrong-secret, cut-off and Verify-ping pushes) into the trigger behind a real HTTP endpoint:
 * every valid push is acknowledged and starts exactly one execution, no invalid push starts anything.
 * The same burst against a real n8n is test/faults/callbackBurst.e2e.test.mjs.
 */
import { startSandbox, type DeliveryAttempt, type SandboxHandle } from '../../sandbox/server';
import { startWebhookServer, type WebhookServer } from './webhookServer';

jest.setTimeout(120_000);

const VALID = 890;
const INVALID = ['tampered', 'unsigned', 'wrongSecret', 'malformed'] as const;
const EACH_INVALID = 25;
const PINGS = 10;
// Pushes in flight at once; a burst, but bounded so a slow machine does not turn it into a timing test.
const IN_FLIGHT = 100;

let sandbox: SandboxHandle;
let receiver: WebhookServer;
let deliveries: DeliveryAttempt[];
let validOrderIds: string[];

async function inBatches<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]();
		}
	};
	await Promise.all(Array.from({ length: size }, worker));
	return results;
}

beforeAll(async () => {
	// A generous push timeout: this test is about losing nothing, not about speed (the bench measures that).
	sandbox = await startSandbox({ seedOrders: { taobao: VALID, alibaba: 0 }, callbackPolicy: { timeoutMs: 15_000, maxRetries: 0 } });
	receiver = await startWebhookServer(sandbox.credentials.accessSecret);
	sandbox.setCallbackUrl(receiver.url);
	validOrderIds = sandbox.findOrders('taobao', { limit: VALID }).map((order) => String(order.id));
	expect(new Set(validOrderIds).size).toBe(VALID);

	const requests = [
		...validOrderIds.map((orderId) => ({ variant: 'valid', orderId })),
		...INVALID.flatMap((variant) => validOrderIds.slice(0, EACH_INVALID).map((orderId) => ({ variant, orderId }))),
		...Array.from({ length: PINGS }, () => ({ variant: 'verifyPing' })),
	];
	// Shuffled deterministically, so invalid pushes arrive between valid ones.
	const shuffled = requests.map((request, index) => ({ request, key: (index * 7919) % requests.length })).sort((a, b) => a.key - b.key);
	deliveries = await inBatches(
		shuffled.map(({ request }) => () => sandbox.sendCallback({ ...request, messageType: 'ORDER_STATUS_CHANGE', platform: 'taobao' })),
		IN_FLIGHT,
	);
});

afterAll(async () => {
	await sandbox?.close();
	await receiver?.close();
});

it('delivers all 1,000 pushes and gets an answer for each', () => {
	expect(deliveries).toHaveLength(VALID + INVALID.length * EACH_INVALID + PINGS);
	expect(deliveries.filter((delivery) => delivery.error !== null && delivery.status === null)).toEqual([]);
	expect(receiver.received).toHaveLength(deliveries.length);
});

it('acknowledges every valid push with HTTP 200 and starts exactly one execution for each, losing none', () => {
	const valid = deliveries.filter((delivery) => delivery.variant === 'valid');
	expect(valid.filter((delivery) => delivery.status !== 200)).toEqual([]);
	const executions = receiver.received.filter((entry) => entry.execution !== undefined);
	expect(executions).toHaveLength(VALID);
	expect(executions.every((entry) => entry.execution?.length === 1)).toBe(true);
	const orderIds = executions.map((entry) => String((entry.execution?.[0].json.message as { orderId: unknown }).orderId));
	expect([...orderIds].sort()).toEqual([...validOrderIds].sort());
	expect(new Set(executions.map((entry) => entry.execution?.[0].json.eventId)).size).toBe(VALID);
});

it.each(INVALID)('answers every %s push with a 4xx and starts nothing for it', (variant) => {
	const answered = deliveries.filter((delivery) => delivery.variant === variant);
	expect(answered).toHaveLength(EACH_INVALID);
	expect(answered.map((delivery) => delivery.status).filter((status) => status === null || status < 400 || status >= 500)).toEqual([]);
	expect(answered.every((delivery) => delivery.ok === false)).toBe(true);
});

it('answers Verify pings with 200 and starts nothing for them', () => {
	const pings = deliveries.filter((delivery) => delivery.variant === 'verifyPing');
	expect(pings.map((delivery) => delivery.status)).toEqual(Array(PINGS).fill(200));
	const started = receiver.received.filter((entry) => entry.execution !== undefined).length;
	expect(started).toBe(VALID);
	expect(receiver.received.filter((entry) => /"ping":true/.test(entry.body))).toHaveLength(PINGS);
});
