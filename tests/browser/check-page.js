#!/usr/bin/env node
// check-page.js - loads privicon's HTML page in Debian's chromium (headless,
// driven over the Chrome DevTools Protocol with chrome-remote-interface; no
// browser is downloaded) and checks what a person and a screen reader get:
//
//   - the page loads from a local server (127.0.0.1) with no console errors,
//     no exceptions and no request other than the page itself;
//   - at 320, 375 and 1280 px wide the document is no wider than the
//     viewport; screenshots at 375 and 1280 px are not blank;
//   - axe-core finds no violation of WCAG 2.0/2.1 A and AA (at 375 and 1280);
//   - every id is unique, every role="img" svg has a non-empty name;
//   - the skip link is the first focus stop and shows a focus outline;
//   - with the stylesheet off, and with the icons removed, every caption,
//     description and heading is still in document.body.innerText;
//   - print styles: no table of contents, links show their address.
//
// Usage: node check-page.js --page FILE.html --out DIR [--chromium PATH]
//                           [--name LABEL] [--full]
// Prints "ok - ..." / "FAIL - ..." lines; exits 1 when a check failed, 2 when
// the browser could not be run at all.
'use strict';

const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CDP = require('chrome-remote-interface');
const { PNG } = require('pngjs');

function parseArgs(argv) {
	const args = { chromium: '/usr/bin/chromium', name: 'page', full: false };
	for (let i = 2; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--full') args.full = true;
		else if (['--page', '--out', '--chromium', '--name'].includes(a) && i + 1 < argv.length)
			args[a.slice(2)] = argv[++i];
		else {
			console.error(`check-page.js: unknown argument ${a}`);
			process.exit(2);
		}
	}
	if (!args.page || !args.out) {
		console.error('usage: node check-page.js --page FILE.html --out DIR [--chromium PATH]');
		process.exit(2);
	}
	return args;
}

let failures = 0;
function ok(what) {
	console.log(`ok - ${what}`);
}
function fail(what, details) {
	failures++;
	console.log(`FAIL - ${what}`);
	for (const line of [].concat(details || [])) console.log(`# ${line}`);
}
function check(cond, what, details) {
	if (cond) ok(what);
	else fail(what, details);
	return cond;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// `promise`, or an error after `ms`; the timer is cleared either way, so
// no rejection is left behind to fire later.
function withTimeout(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} (no answer in ${ms / 1000} s)`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// A server for exactly one file, on the loopback address; it records every
// request, so "no other request" is checked on the server side too.
function startServer(file) {
	const body = fs.readFileSync(file);
	const requests = [];
	const server = http.createServer((req, res) => {
		requests.push(`${req.method} ${req.url}`);
		if (req.method === 'GET' && req.url === '/') {
			res.writeHead(200, {
				'Content-Type': 'text/html; charset=utf-8',
				'Content-Length': body.length,
				// The page promises to need nothing else: hold it to that.
				'Content-Security-Policy':
					"default-src 'none'; style-src 'unsafe-inline'; img-src data:",
			});
			res.end(body);
		} else {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('not found');
		}
	});
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => resolve({ server, requests, port: server.address().port }));
	});
}

async function launchChromium(exe) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'privicon-chromium-'));
	const flags = [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--no-default-browser-check',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-extensions',
		'--disable-features=Translate,MediaRouter,OptimizationHints',
		'--hide-scrollbars',
		'--force-color-profile=srgb',
		'--font-render-hinting=none',
		`--user-data-dir=${profile}`,
		'--remote-debugging-port=0',
		'about:blank',
	];
	// chromium's own temporary files go into the profile too, so removing
	// the profile leaves nothing behind.
	const child = spawn(exe, flags, {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, TMPDIR: profile },
	});
	let stderr = '';
	child.stderr.on('data', (d) => {
		if (stderr.length < 20000) stderr += d;
	});
	let exited = null;
	child.on('exit', (code, signal) => {
		exited = { code, signal };
	});
	child.on('error', (e) => {
		exited = { code: -1, signal: String(e) };
	});
	// With port 0 chromium picks a free port and writes it to
	// DevToolsActivePort in the profile directory.
	const portFile = path.join(profile, 'DevToolsActivePort');
	for (let i = 0; i < 300 && !exited; i++) {
		if (fs.existsSync(portFile)) {
			const lines = fs.readFileSync(portFile, 'utf8').split('\n');
			const port = parseInt(lines[0], 10);
			if (port > 0) return { child, profile, port, stderr: () => stderr };
		}
		await sleep(100);
	}
	try {
		child.kill('SIGKILL');
	} catch (e) {
		/* already gone */
	}
	throw new Error(
		`chromium did not start (${exited ? `exit ${exited.code} ${exited.signal || ''}` : 'timeout'}): ` +
			stderr.split('\n').slice(-5).join(' | ')
	);
}

async function stopChromium(b) {
	if (!b) return;
	const gone = new Promise((r) => {
		if (b.child.exitCode !== null || b.child.signalCode !== null) r();
		else b.child.on('exit', r);
	});
	try {
		b.child.kill('SIGTERM');
	} catch (e) {
		/* already gone */
	}
	await Promise.race([gone, sleep(5000)]);
	try {
		b.child.kill('SIGKILL');
	} catch (e) {
		/* already gone */
	}
	await Promise.race([gone, sleep(5000)]);
	// chromium's helper processes may still be writing to the profile for
	// a moment after the main process is gone.
	try {
		fs.rmSync(b.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	} catch (e) {
		console.log(`# could not remove the chromium profile ${b.profile}: ${e.message}`);
	}
}

async function evaluate(client, expression) {
	const r = await withTimeout(
		client.Runtime.evaluate({ expression, returnByValue: true, awaitPromise: true }),
		120000,
		'evaluating in the page'
	);
	if (r.exceptionDetails)
		throw new Error(`evaluate failed: ${r.exceptionDetails.exception ? r.exceptionDetails.exception.description : r.exceptionDetails.text}`);
	return r.result.value;
}

async function setViewport(client, width, height) {
	await client.Emulation.setDeviceMetricsOverride({
		width,
		height,
		deviceScaleFactor: 1,
		mobile: width < 600,
	});
	// Let layout settle after the resize.
	await evaluate(client, 'new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

// Non-white pixels and distinct colours of a PNG screenshot.
function inkOf(buffer) {
	const png = PNG.sync.read(buffer);
	let ink = 0;
	const colours = new Set();
	for (let i = 0; i < png.data.length; i += 4) {
		const r = png.data[i], g = png.data[i + 1], b = png.data[i + 2];
		if (r < 245 || g < 245 || b < 245) ink++;
		if (colours.size < 1000) colours.add((r << 16) | (g << 8) | b);
	}
	return { width: png.width, height: png.height, ink, share: ink / (png.width * png.height), colours: colours.size };
}

async function screenshot(client, file, full) {
	const opts = { format: 'png' };
	if (full) {
		const m = await client.Page.getLayoutMetrics();
		const size = m.cssContentSize || m.contentSize;
		opts.clip = { x: 0, y: 0, width: size.width, height: Math.min(size.height, 16000), scale: 1 };
		opts.captureBeyondViewport = true;
	}
	const { data } = await client.Page.captureScreenshot(opts);
	const buffer = Buffer.from(data, 'base64');
	fs.writeFileSync(file, buffer);
	return inkOf(buffer);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function runAxe(client, label) {
	const result = await evaluate(
		client,
		`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} },
		                     resultTypes: ['violations'] })
		   .then(r => ({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
		                   targets: v.nodes.map(n => n.target.join(' ')).slice(0, 10), count: v.nodes.length })),
		                 passes: r.passes.length, incomplete: r.incomplete.length }))`
	);
	const details = [];
	for (const v of result.violations)
		details.push(`${v.id} (${v.impact}, ${v.count} nodes): ${v.help}`, ...v.targets.map((t) => `    ${t}`));
	check(
		result.violations.length === 0,
		`${label}: axe-core ${AXE_TAGS.join(',')}: ${result.violations.length} violations (${result.passes} rules passed)`,
		details
	);
	return result;
}

// Texts the page must say: headings, captions, details (from the DOM's
// textContent, which ignores CSS), whitespace collapsed.
const TEXTS_JS = `Array.from(document.querySelectorAll('h1, h2, h3, .pv-caption, .pv-detail, .pv-summary'))
	.map(e => e.textContent.replace(/\\s+/g, ' ').trim()).filter(t => t.length > 0)`;

async function missingTexts(client, texts) {
	return evaluate(
		client,
		`(() => { const body = document.body.innerText.replace(/\\s+/g, ' ');
		          return ${JSON.stringify(texts)}.filter(t => !body.includes(t)); })()`
	);
}

async function main() {
	const args = parseArgs(process.argv);
	fs.mkdirSync(args.out, { recursive: true });
	const axePath = require.resolve('axe-core/axe.min.js');
	const axeSource = fs.readFileSync(axePath, 'utf8');

	const srv = await startServer(args.page);
	let browser = null;
	let client = null;
	const network = [];
	const consoleErrors = [];
	try {
		browser = await launchChromium(args.chromium);
		ok(`${args.name}: chromium started (DevTools port from DevToolsActivePort)`);
		const target = await CDP.New({ port: browser.port, url: 'about:blank' });
		client = await CDP({ port: browser.port, target });
		const { Network, Page, Runtime, Log } = client;
		Network.requestWillBeSent((e) => {
			if (!e.request.url.startsWith('data:')) network.push(e.request.url);
		});
		Runtime.consoleAPICalled((e) => {
			if (e.type === 'error' || e.type === 'assert')
				consoleErrors.push(`console.${e.type}: ${e.args.map((a) => a.value || a.description).join(' ')}`);
		});
		Runtime.exceptionThrown((e) => consoleErrors.push(`exception: ${e.exceptionDetails.text}`));
		Log.entryAdded((e) => {
			if (e.entry.level === 'error') consoleErrors.push(`${e.entry.source}: ${e.entry.text} ${e.entry.url || ''}`);
		});
		await Promise.all([Network.enable(), Page.enable(), Runtime.enable(), Log.enable()]);

		const url = `http://127.0.0.1:${srv.port}/`;
		await setViewport(client, 1280, 900);
		const loaded = Page.loadEventFired();
		await Page.navigate({ url });
		await withTimeout(loaded, 20000, 'the page did not load');
		// Anything late (a lazy font, an image) would show up by now.
		await sleep(500);
		check(network.length === 1 && network[0] === url, `${args.name}: the browser requested only the page`, network);
		check(
			srv.requests.length === 1 && srv.requests[0] === 'GET /',
			`${args.name}: the server received only GET /`,
			srv.requests
		);

		const facts = await evaluate(
			client,
			`(() => {
				const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);
				const seen = new Set(), dup = new Set();
				for (const id of ids) { if (seen.has(id)) dup.add(id); seen.add(id); }
				const imgs = Array.from(document.querySelectorAll('svg[role="img"]'));
				const unnamed = imgs.filter(s => {
					const ref = s.getAttribute('aria-labelledby');
					const t = ref && document.getElementById(ref);
					return !t || !t.textContent.trim() || t.parentNode !== s;
				}).map(s => s.outerHTML.slice(0, 120));
				const decorative = Array.from(document.querySelectorAll('svg:not([role="img"])'))
					.filter(s => s.getAttribute('aria-hidden') !== 'true').length;
				return {
					ids: ids.length, dup: Array.from(dup), imgs: imgs.length, unnamed, decorative,
					lang: document.documentElement.lang, title: document.title,
					scripts: document.scripts.length,
					styles: document.querySelectorAll('style').length,
					sheets: document.styleSheets.length,
					links: document.querySelectorAll('link[rel="stylesheet"], img, iframe, object, embed').length,
					sections: document.querySelectorAll('main section[aria-labelledby]').length,
					captions: document.querySelectorAll('.pv-caption').length,
					main: document.querySelectorAll('main').length,
					nav: document.querySelectorAll('nav').length,
					header: document.querySelectorAll('body > header').length,
					footer: document.querySelectorAll('body > footer').length,
					h1: document.querySelectorAll('h1').length,
				};
			})()`
		);
		check(facts.dup.length === 0, `${args.name}: all ${facts.ids} ids are unique`, facts.dup.slice(0, 20));
		check(facts.imgs > 0 && facts.unnamed.length === 0,
			`${args.name}: all ${facts.imgs} role="img" icons have a <title> as their name`, facts.unnamed.slice(0, 5));
		check(facts.decorative === 0, `${args.name}: every other svg is aria-hidden`, [`${facts.decorative} are not`]);
		check(facts.lang === 'nl' || facts.lang === 'en', `${args.name}: <html lang="${facts.lang}">`);
		check(facts.title.length > 0, `${args.name}: <title> is "${facts.title}"`);
		check(facts.scripts === 0 && facts.links === 0,
			`${args.name}: no scripts, stylesheet links, images, frames or objects`,
			[`${facts.scripts} scripts, ${facts.links} others`]);
		check(facts.styles === 1 && facts.sheets === 1, `${args.name}: one <style> block`);
		check(facts.main === 1 && facts.nav === 1 && facts.header === 1 && facts.footer === 1 && facts.h1 === 1,
			`${args.name}: landmarks header, nav, main, footer and one h1`, [JSON.stringify(facts)]);
		check(facts.sections > 0 && facts.captions >= facts.sections * 8,
			`${args.name}: ${facts.sections} activity sections with ${facts.captions} captions`);

		// Widths: 320 (the smallest WCAG 1.4.10 asks for), 375 (a phone), 1280.
		for (const [w, h, shot] of [[320, 640, false], [375, 812, true], [1280, 900, true]]) {
			await setViewport(client, w, h);
			const dims = await evaluate(client,
				`({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
				    wide: Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
				            .slice(0, 5).map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : '')) })`);
			check(dims.scroll <= dims.inner,
				`${args.name}: ${w} px: document ${dims.scroll} px wide, viewport ${dims.inner} px (no horizontal scrolling)`,
				dims.wide);
			if (!shot) continue;
			const file = path.join(args.out, `${args.name}-${w}.png`);
			const ink = await screenshot(client, file, false);
			check(ink.width === w && ink.share > 0.02 && ink.colours > 2,
				`${args.name}: screenshot at ${w} px is not blank (${(ink.share * 100).toFixed(1)}% ink, ${ink.colours}+ colours): ${path.basename(file)}`);
			if (args.full) await screenshot(client, path.join(args.out, `${args.name}-${w}-full.png`), true);
		}

		// axe-core, injected as a script source (the page itself has none).
		await evaluate(client, `${axeSource}\n;typeof axe`);
		await setViewport(client, 1280, 900);
		await runAxe(client, `${args.name}: 1280 px`);
		await setViewport(client, 375, 812);
		await runAxe(client, `${args.name}: 375 px`);

		// Keyboard: the first Tab lands on the skip link, which becomes
		// visible with an outline.
		await evaluate(client, 'window.scrollTo(0, 0); document.activeElement && document.activeElement.blur && document.activeElement.blur()');
		await client.Input.dispatchKeyEvent({ type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
		await client.Input.dispatchKeyEvent({ type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
		const focus = await evaluate(client,
			`(() => { const e = document.activeElement; const s = getComputedStyle(e); const r = e.getBoundingClientRect();
			          return { cls: e.className, href: e.getAttribute('href'), outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
			                   visible: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0,
			                   target: !!document.querySelector(e.getAttribute('href') || 'x-none') }; })()`);
		check(focus.cls === 'pv-skip' && focus.target, `${args.name}: first Tab focuses the skip link to ${focus.href}`, [JSON.stringify(focus)]);
		check(focus.outline !== 'none' && focus.width >= 2 && focus.visible,
			`${args.name}: the focused skip link is on screen with a ${focus.width}px ${focus.outline} outline`, [JSON.stringify(focus)]);
		await screenshot(client, path.join(args.out, `${args.name}-375-focus.png`), false);

		// Print: no table of contents, items kept whole, links show where they go.
		await client.Emulation.setEmulatedMedia({ media: 'print' });
		const print = await evaluate(client,
			`(() => { const a = document.querySelector('main a[href^="http"]');
			          return { nav: getComputedStyle(document.querySelector('nav')).display,
			                   item: getComputedStyle(document.querySelector('.pv-item')).breakInside,
			                   after: a ? getComputedStyle(a, '::after').content : null, href: a ? a.href : null }; })()`);
		check(print.nav === 'none', `${args.name}: print: the table of contents is hidden`);
		check(print.item === 'avoid', `${args.name}: print: items are not split over pages`);
		check(print.after === null || print.after.includes(print.href.replace(/\/$/, '')),
			`${args.name}: print: links show their address`, [String(print.after)]);
		await client.Emulation.setEmulatedMedia({ media: '' });

		// CSS off, then images (icons) off: the text alone tells the story.
		const texts = await evaluate(client, TEXTS_JS);
		let missing = await missingTexts(client, texts);
		check(texts.length > 0 && missing.length === 0, `${args.name}: with CSS on, all ${texts.length} headings, captions and details are shown`, missing.slice(0, 5));
		await evaluate(client, 'Array.from(document.styleSheets).forEach(s => { s.disabled = true; }); document.styleSheets.length');
		missing = await missingTexts(client, texts);
		check(missing.length === 0, `${args.name}: with CSS off, all ${texts.length} headings, captions and details are still in the text`, missing.slice(0, 5));
		await screenshot(client, path.join(args.out, `${args.name}-375-nocss.png`), false);
		await evaluate(client, "document.querySelectorAll('svg').forEach(s => s.remove()); true");
		missing = await missingTexts(client, texts);
		check(missing.length === 0, `${args.name}: with CSS and icons off, the text still tells the whole story`, missing.slice(0, 5));

		check(consoleErrors.length === 0, `${args.name}: no console errors or exceptions`, consoleErrors.slice(0, 10));
	} catch (e) {
		fail(`${args.name}: the browser test ran to the end`, [String(e && e.stack ? e.stack : e)]);
		if (browser) for (const l of browser.stderr().split('\n').slice(-10)) if (l.trim()) console.log(`# chromium: ${l}`);
	} finally {
		if (client) {
			// A clean exit ends chromium's helper processes too.
			await withTimeout(client.Browser.close(), 5000, 'closing chromium').catch(() => {});
			await client.close().catch(() => {});
		}
		await stopChromium(browser);
		srv.server.close();
	}
	process.exit(failures ? 1 : 0);
}

// check-site.js drives the same browser for every page of a site.
module.exports = { launchChromium, stopChromium, evaluate, setViewport, screenshot, withTimeout, sleep, AXE_TAGS };

if (require.main === module) {
	process.on('unhandledRejection', (e) => {
		console.log(`FAIL - check-page.js: unhandled: ${e && e.stack ? e.stack : e}`);
		process.exit(2);
	});

	main().catch((e) => {
		console.log(`FAIL - check-page.js: ${e && e.stack ? e.stack : e}`);
		process.exit(2);
	});
}
