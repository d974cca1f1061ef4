/** The PandaPon route table: each route is a method, a path (with `{param}` segments) and a handler. */
import type { Store } from './state/store';
import type { Reader } from './validate';

export interface UploadedFile {
	field: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

export interface RouteContext {
	store: Store;
	/** JSON body, or the text fields of a multipart body. */
	body: Reader;
	query: Reader;
	params: Record<string, string>;
	/** `user-id` header, else the sandbox's default user. */
	userId: string;
	files: UploadedFile[];
	baseUrl: string;
}

export interface Route {
	method: 'GET' | 'POST';
	path: string;
	/** Answers `{code: 0, msg}` instead of the full envelope (address endpoints). */
	thin?: boolean;
	multipart?: boolean;
	handle(ctx: RouteContext): unknown;
}

export type RouteMatch =
	| { kind: 'found'; route: Route; params: Record<string, string> }
	| { kind: 'wrongMethod'; allowed: string[] }
	| { kind: 'notFound' };

interface Compiled {
	route: Route;
	segments: string[];
}

export class Router {
	private readonly exact = new Map<string, Route[]>();
	private readonly templated: Compiled[] = [];

	constructor(readonly routes: Route[]) {
		for (const route of routes) {
			if (route.path.includes('{')) this.templated.push({ route, segments: route.path.split('/') });
			else this.exact.set(route.path, [...(this.exact.get(route.path) ?? []), route]);
		}
	}

	match(method: string, pathname: string): RouteMatch {
		const candidates: { route: Route; params: Record<string, string> }[] =
			(this.exact.get(pathname) ?? []).map((route) => ({ route, params: {} }));
		const parts = pathname.split('/');
		for (const { route, segments } of this.templated) {
			const params = matchSegments(segments, parts);
			if (params) candidates.push({ route, params });
		}
		if (candidates.length === 0) return { kind: 'notFound' };
		const found = candidates.find((c) => c.route.method === method);
		if (found) return { kind: 'found', ...found };
		return { kind: 'wrongMethod', allowed: candidates.map((c) => c.route.method) };
	}
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
	if (template.length !== parts.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < template.length; i++) {
		const t = template[i];
		if (t.startsWith('{') && t.endsWith('}')) {
			if (!parts[i]) return undefined;
			params[t.slice(1, -1)] = decodeURIComponent(parts[i]);
		} else if (t !== parts[i]) return undefined;
	}
	return params;
}
