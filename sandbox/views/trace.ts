/** Deterministic logistics traces for shipped orders: the steps whose time has come, oldest first. */
import { formatDateTime } from '../time';

const HOUR = 3_600_000;
const STEPS = [
	{ after: 0, action: 'ACCEPT', status: 'ACCEPT', desc: '快件已揽收', city: '杭州市', node: '杭州转运中心' },
	{ after: 8 * HOUR, action: 'DEPART', status: 'TRANSPORT', desc: '快件已从杭州转运中心发出', city: '杭州市', node: '上海转运中心' },
	{ after: 20 * HOUR, action: 'ARRIVE', status: 'TRANSPORT', desc: '快件已到达上海转运中心', city: '上海市', node: '上海浦东营业部' },
	{ after: 40 * HOUR, action: 'DELIVERING', status: 'DELIVERING', desc: '快件正在派送中', city: '上海市', node: '' },
	{ after: 50 * HOUR, action: 'SIGN', status: 'SIGN', desc: '快件已签收', city: '上海市', node: '' },
];

export interface TraceStep {
	time: string;
	action: string;
	status: string;
	desc: string;
	city: string;
	nextNode: string;
}

export function traceSteps(shippedAt: number | null, now: number): TraceStep[] {
	if (shippedAt === null) return [];
	return STEPS.filter((step) => shippedAt + step.after <= now).map((step) => ({
		time: formatDateTime(shippedAt + step.after), action: step.action, status: step.status, desc: step.desc,
		city: step.city, nextNode: step.node,
	}));
}
