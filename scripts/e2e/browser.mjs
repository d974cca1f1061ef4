// Debian's chromium driven by playwright-core, for the editor tests and the README screenshots. No browser download:
// `.ci/run` installs the `chromium` package (and CJK fonts) with apt-get when it is missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { OWNER } from './constants.mjs';

export const CHROMIUM = process.env.PANDAPON_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep a headless chromium quiet and offline on a CI box (no GPU, no sandbox as root, no updates). */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function chromiumAvailable() {
	return existsSync(CHROMIUM);
}

/** A persistent context in a fresh profile folder; `close()` also removes the folder. */
export async function launchBrowser({ viewport = { width: 1440, height: 900 } } = {}) {
	const profile = mkdtempSync(join(tmpdir(), 'pandapon-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport,
		locale: 'en-US',
		timezoneId: 'UTC',
	});
	return {
		context,
		async close() {
			await context.close().catch(() => {});
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/**
 * Collects what the editor reports as broken: console errors, uncaught page errors and error toasts.
 * `take()` returns and clears what was seen since the last call.
 */
export function watchEditorErrors(page, { ignore = [] } = {}) {
	let seen = [];
	const keep = (text) => {
		if (!ignore.some((pattern) => pattern.test(text))) seen.push(text);
	};
	page.on('console', (message) => {
		// "Failed to load resource" says which resource only in its location.
		if (message.type() === 'error') keep(`console.error: ${message.text()} (${message.location()?.url ?? ''})`);
	});
	page.on('pageerror', (error) => keep(`page error: ${error.message}`));
	return {
		async take() {
			const toasts = await page
				.locator('.el-notification--error, .el-notification.error, [role="alert"].el-notification')
				.allInnerTexts()
				.catch(() => []);
			for (const toast of toasts) keep(`error toast: ${toast.replace(/\s+/g, ' ').trim()}`);
			const result = seen;
			seen = [];
			return result;
		},
	};
}

/** Signs in through the editor's own form, as a user would. */
export async function signIn(page, baseUrl, { email = OWNER.email, password = OWNER.password } = {}) {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(email);
	await page.locator('input[type="password"]').first().fill(password);
	await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
}
