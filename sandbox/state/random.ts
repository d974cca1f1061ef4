/** A small seeded PRNG (mulberry32) so every sandbox start produces the same catalogue and orders. */
export class Random {
	private s: number;

	constructor(seed: number) {
		this.s = seed >>> 0;
	}

	next(): number {
		this.s = (this.s + 0x6d2b79f5) >>> 0;
		let t = this.s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}

	/** `length` characters from `alphabet`. */
	chars(length: number, alphabet: string): string {
		let out = '';
		for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
		return out;
	}

	digits(length: number): string {
		return String(this.int(1, 9)) + this.chars(length - 1, '0123456789');
	}

	/** Weighted choice: `[[value, weight], ...]`. */
	weighted<T>(table: readonly (readonly [T, number])[]): T {
		const total = table.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.next() * total;
		for (const [value, weight] of table) {
			roll -= weight;
			if (roll < 0) return value;
		}
		return table[table.length - 1][0];
	}
}

export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HEX = '0123456789abcdef';

/** Increasing fixed-width decimal ids: unique by construction, random-looking gaps. */
export class IdSequence {
	private current: bigint;

	constructor(
		start: string,
		private readonly suffix = '',
	) {
		this.current = BigInt(start);
	}

	next(random: Random): string {
		this.current += BigInt(random.int(1, 997));
		return this.current.toString() + this.suffix;
	}
}
