/** Date formats PandaPon uses, always in China time (UTC+8), the platform's zone. */
const CHINA_OFFSET_MS = 8 * 3600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function chinaParts(ms: number) {
	const d = new Date(ms + CHINA_OFFSET_MS);
	return {
		y: d.getUTCFullYear(),
		mo: pad(d.getUTCMonth() + 1),
		d: pad(d.getUTCDate()),
		h: pad(d.getUTCHours()),
		mi: pad(d.getUTCMinutes()),
		s: pad(d.getUTCSeconds()),
		ms: pad(d.getUTCMilliseconds(), 3),
	};
}

/** `2023-09-22 13:50:59` (Taobao orders, seed 004). */
export function formatDateTime(ms: number): string {
	const p = chinaParts(ms);
	return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}

/** `2025-04-23T14:13:44.000+08:00` (1688 orders, seed 003). */
export function formatIso(ms: number): string {
	const p = chinaParts(ms);
	return `${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s}.${p.ms}+08:00`;
}

/** `20240802` for ids such as `FF2024080200007`. */
export function formatDay(ms: number): string {
	const p = chinaParts(ms);
	return `${p.y}${p.mo}${p.d}`;
}

/** Parses `yyyy-MM-dd HH:mm:ss` (or `yyyy-MM-dd`) as China time; undefined when malformed. */
export function parseDateTime(text: string): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
	if (!m) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
	return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - CHINA_OFFSET_MS;
}
