/**
 * Run-time fault injection for PandaPon routes. A fault matches a path exactly (or `*`), optionally a method,
 * and fires `times` times (default 1; -1 = until cleared). By default the request is not processed; with
 * `process: true` the handler runs first (state changes happen) and the fault replaces its answer, which models
 * "the server did it but the client never heard".
 */
export const FAULT_TYPES = ['429', '5xx', 'delay', 'drop', 'malformed', 'errorCode'] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
	type: FaultType;
	path: string;
	method?: 'GET' | 'POST';
	times?: number;
	/** 429: Retry-After seconds (default 1). */
	retryAfter?: number;
	/** 5xx: HTTP status (default 503). */
	status?: number;
	/** delay: milliseconds before the normal answer (default 1000). */
	delayMs?: number;
	/** errorCode: envelope code (default 500) and msg. */
	code?: number;
	msg?: string;
	process?: boolean;
}

export interface Fault extends Required<Pick<FaultSpec, 'type' | 'path' | 'times'>>, Omit<FaultSpec, 'type' | 'path' | 'times'> {
	id: number;
	fired: number;
}

export function validateFault(input: unknown): FaultSpec {
	const spec = (input ?? {}) as Record<string, unknown>;
	const problems: string[] = [];
	if (!FAULT_TYPES.includes(spec.type as FaultType)) problems.push(`type: expected one of ${FAULT_TYPES.join(', ')}`);
	if (typeof spec.path !== 'string' || !(spec.path === '*' || spec.path.startsWith('/'))) problems.push('path: expected "*" or a path starting with /');
	if (spec.method !== undefined && spec.method !== 'GET' && spec.method !== 'POST') problems.push('method: expected GET or POST');
	if (spec.times !== undefined && !(Number.isInteger(spec.times) && ((spec.times as number) >= 1 || spec.times === -1))) problems.push('times: expected a positive integer or -1');
	if (spec.status !== undefined && !(Number.isInteger(spec.status) && (spec.status as number) >= 500 && (spec.status as number) <= 599)) problems.push('status: expected 500-599');
	for (const key of ['retryAfter', 'delayMs', 'code']) {
		if (spec[key] !== undefined && !Number.isInteger(spec[key])) problems.push(`${key}: expected an integer`);
	}
	if (problems.length > 0) throw new Error(problems.join('; '));
	return spec as unknown as FaultSpec;
}

export class FaultRegistry {
	private faults: Fault[] = [];
	private count = 0;

	add(input: unknown): Fault {
		const spec = validateFault(input);
		const fault: Fault = { ...spec, id: ++this.count, times: spec.times ?? 1, fired: 0 };
		this.faults.push(fault);
		return fault;
	}

	/** The first matching fault, consumed once. */
	take(method: string, path: string): Fault | undefined {
		const fault = this.faults.find((f) => (f.path === '*' || f.path === path) && (f.method === undefined || f.method === method));
		if (!fault) return undefined;
		fault.fired++;
		if (fault.times !== -1 && fault.fired >= fault.times) this.faults = this.faults.filter((f) => f !== fault);
		return { ...fault };
	}

	list(): Fault[] {
		return this.faults.map((f) => ({ ...f }));
	}

	clear(): void {
		this.faults = [];
	}
}
