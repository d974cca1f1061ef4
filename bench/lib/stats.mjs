// Small statistics and formatting helpers for the benchmark report.

export function median(values) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1];
}

/** Run the measurement with the median `key` among `runs` results (so all its numbers come from one run). */
export function medianRun(runs, key) {
	const sorted = [...runs].sort((a, b) => a[key] - b[key]);
	return sorted[(sorted.length - 1) >> 1];
}

export const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
export const perSecond = (count, durationMs) => (durationMs > 0 ? (count * 1000) / durationMs : 0);
export const rate = (value) => Math.round(value).toLocaleString('en-US');

/** "2.31×" — how many times `ours` is better than `baseline` (higher-is-better when `higherIsBetter`). */
export function ratio(ours, baseline, { higherIsBetter = true } = {}) {
	if (!(ours > 0) || !(baseline > 0)) return 'n/a';
	const value = higherIsBetter ? ours / baseline : baseline / ours;
	return `${value.toFixed(2)}×`;
}
