// JSON.parse that keeps 19-digit ids: integer literals beyond Number's safe range become digit strings.
// (The sandbox writes 1688 order ids as bare JSON numbers, as PandaPon does.)

function quoteUnsafeIntegers(text) {
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (char === '"') {
			i++;
			while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
			i++;
			continue;
		}
		if (char !== '-' && (char < '0' || char > '9')) {
			i++;
			continue;
		}
		const start = i;
		i++;
		while (i < text.length && /[0-9.eE+-]/.test(text[i])) i++;
		const literal = text.slice(start, i);
		if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
			out += `${text.slice(copied, start)}"${literal}"`;
			copied = i;
		}
	}
	return copied === 0 ? text : out + text.slice(copied);
}

export function parseJsonKeepingIds(text) {
	return JSON.parse(quoteUnsafeIntegers(text));
}
