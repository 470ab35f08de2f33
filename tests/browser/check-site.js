#!/usr/bin/env node
// check-site.js - loads every page of a site written by `privicon site` in
// Debian's chromium (headless, over the DevTools protocol, as check-page.js
// does) from a local server that serves the site directory with a strict
// Content-Security-Policy, and checks per page:
//
//   - nothing is requested outside the site, and every request is answered
//     (the stylesheet and the sprite resolve); no console errors;
//   - every link to the site resolves to a file of the site, and a
//     #fragment to an element of it;
//   - at 375 and 1280 px: no horizontal scrolling, axe-core finds no
//     violation of WCAG 2.0/2.1 A and AA; at 375 px no heading is broken
//     inside a word; once more in dark mode (prefers-color-scheme: dark);
//   - with the stylesheet off, every heading, caption and detail is still in
//     the text.
// Screenshots (375 and 1280 px, and dark at 375) of the pages named with
// --shots go to --out.
//
// Usage: node check-site.js --site DIR --out DIR [--chromium PATH]
//                           [--shots nl/index.html,nl/x.html] [--dark PAGE,...]
// Prints "ok - ..." / "FAIL - ..." lines; exits 1 when a check failed, 2 when
// the browser could not be run.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const CDP = require('chrome-remote-interface');
const { launchChromium, stopChromium, evaluate, setViewport, screenshot, withTimeout, sleep, AXE_TAGS } =
	require('./check-page.js');

function parseArgs(argv) {
	const args = { chromium: '/usr/bin/chromium', shots: '', dark: '' };
	for (let i = 2; i < argv.length; i++) {
		const a = argv[i];
		if (['--site', '--out', '--chromium', '--shots', '--dark'].includes(a) && i + 1 < argv.length)
			args[a.slice(2)] = argv[++i];
		else {
			console.error(`check-site.js: unknown argument ${a}`);
			process.exit(2);
		}
	}
	if (!args.site || !args.out) {
		console.error('usage: node check-site.js --site DIR --out DIR [--chromium PATH] [--shots PAGES] [--dark PAGES]');
		process.exit(2);
	}
	return args;
}

let failures = 0;
const ok = (what) => console.log(`ok - ${what}`);
function fail(what, details) {
	failures++;
	console.log(`FAIL - ${what}`);
	for (const line of [].concat(details || [])) console.log(`# ${line}`);
}
const check = (cond, what, details) => (cond ? ok(what) : fail(what, details), cond);

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
	'.json': 'application/json', '.pdf': 'application/pdf', '.xml': 'application/xml' };

// Serves the site directory; records every request and every miss.
function startServer(root) {
	const requests = [], missing = [];
	const server = http.createServer((req, res) => {
		const url = decodeURIComponent(req.url.split('?')[0]);
		requests.push(url);
		const file = path.join(root, url.endsWith('/') ? url + 'index.html' : url);
		if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
			missing.push(url);
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('not found');
			return;
		}
		res.writeHead(200, {
			'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
			// What docs/publishing.md recommends: the site needs nothing else.
			'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'",
		});
		res.end(fs.readFileSync(file));
	});
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => resolve({ server, requests, missing, port: server.address().port }));
	});
}

async function axe(client) {
	return evaluate(client,
		`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
		   .then(r => r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help + ' ' +
		                 v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))`);
}

// Headings whose words are drawn over more than one line (broken inside).
const BROKEN_HEADINGS_JS = `(() => {
	const out = [];
	for (const h of document.querySelectorAll('h1, h2, h3, h4')) {
		const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			// Words, and the parts of a word with a hyphen: a line may
			// break after "WOZ-", never inside a part.
			const re = /[^\\s\\-\\u2010\\u00ad]+/g;
			let m;
			while ((m = re.exec(n.data))) {
				const r = document.createRange();
				r.setStart(n, m.index);
				r.setEnd(n, m.index + m[0].length);
				const tops = new Set(Array.from(r.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.top)));
				if (tops.size > 1) out.push(h.tagName + ': ' + m[0]);
			}
		}
	}
	return out;
})()`;

const TEXTS_JS = `Array.from(document.querySelectorAll('h1, h2, h3, .pv-caption, .pv-detail, .pv-summary, .pv-list a'))
	.map(e => e.textContent.replace(/\\s+/g, ' ').trim()).filter(t => t.length > 0)`;

// Links to the site: the file exists, and a #fragment names an element.
const LINKS_JS = `Array.from(document.querySelectorAll('a[href], link[href], use[href]'))
	.map(e => e.getAttribute('href'))`;

function resolveLink(site, origin, pageUrl, href) {
	let u;
	try {
		u = new URL(href, pageUrl);
	} catch (e) {
		return `unparsable ${href}`;
	}
	if (u.origin !== origin) return null; // outside the site (the register's links)
	const file = path.join(site, decodeURIComponent(u.pathname));
	if (!fs.existsSync(file)) return `${href}: no file`;
	if (u.hash && file.endsWith('.html')) {
		const id = u.hash.slice(1);
		if (!fs.readFileSync(file, 'utf8').includes(` id="${id}"`)) return `${href}: no #${id}`;
	}
	if (u.hash && file.endsWith('.svg')) {
		const id = u.hash.slice(1);
		if (!fs.readFileSync(file, 'utf8').includes(`id="${id}"`)) return `${href}: no #${id} in the sprite`;
	}
	return null;
}

function pagesOf(site) {
	const out = [];
	const walk = (dir) => {
		for (const e of fs.readdirSync(path.join(site, dir), { withFileTypes: true })) {
			const rel = dir ? `${dir}/${e.name}` : e.name;
			if (e.isDirectory() && !['fragments', 'api', 'assets', 'icons'].includes(e.name)) walk(rel);
			else if (e.isFile() && e.name.endsWith('.html')) out.push(rel);
		}
	};
	walk('');
	return out.sort();
}

async function main() {
	const args = parseArgs(process.argv);
	const site = path.resolve(args.site);
	fs.mkdirSync(args.out, { recursive: true });
	const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
	const shots = new Set(args.shots.split(',').filter(Boolean));
	const dark = new Set(args.dark.split(',').filter(Boolean));
	const pages = pagesOf(site);
	const srv = await startServer(site);
	const origin = `http://127.0.0.1:${srv.port}`;
	let browser = null, client = null;
	const outside = [], consoleErrors = [];
	const tally = { axe: [], scroll: [], broken: [], links: [], nocss: [] };
	try {
		browser = await launchChromium(args.chromium);
		const target = await CDP.New({ port: browser.port, url: 'about:blank' });
		client = await CDP({ port: browser.port, target });
		const { Network, Page, Runtime, Log } = client;
		Network.requestWillBeSent((e) => {
			const u = e.request.url;
			if (!u.startsWith(origin) && !u.startsWith('data:') && u !== 'about:blank') outside.push(u);
		});
		Runtime.exceptionThrown((e) => consoleErrors.push(`exception: ${e.exceptionDetails.text}`));
		Log.entryAdded((e) => {
			if (e.entry.level === 'error') consoleErrors.push(`${e.entry.source}: ${e.entry.text} ${e.entry.url || ''}`);
		});
		await Promise.all([Network.enable(), Page.enable(), Runtime.enable(), Log.enable()]);
		ok(`site: ${pages.length} pages to check`);

		for (const p of pages) {
			const url = `${origin}/${p}`;
			await client.Emulation.setEmulatedMedia({ media: '', features: [] });
			await setViewport(client, 1280, 900);
			const loaded = Page.loadEventFired();
			await Page.navigate({ url });
			await withTimeout(loaded, 20000, `${p} did not load`);
			await evaluate(client, 'document.fonts ? document.fonts.ready.then(() => true) : true');
			for (const href of await evaluate(client, LINKS_JS)) {
				const bad = resolveLink(site, origin, url, href);
				if (bad) tally.links.push(`${p}: ${bad}`);
			}
			await evaluate(client, `${axeSource}\n;typeof axe`);
			for (const [w, h] of [[1280, 900], [375, 812]]) {
				await setViewport(client, w, h);
				const dims = await evaluate(client, '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })');
				if (dims.scroll > dims.inner) tally.scroll.push(`${p} at ${w}: ${dims.scroll} px wide`);
				for (const v of await axe(client)) tally.axe.push(`${p} at ${w}: ${v}`);
				if (w === 375)
					for (const b of await evaluate(client, BROKEN_HEADINGS_JS)) tally.broken.push(`${p}: ${b}`);
				if (shots.has(p))
					await screenshot(client, path.join(args.out, `${p.replace(/\//g, '-').replace(/\.html$/, '')}-${w}.png`), w === 375);
			}
			if (dark.has(p)) {
				await client.Emulation.setEmulatedMedia({ media: '', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
				await sleep(100);
				for (const v of await axe(client)) tally.axe.push(`${p} dark at 375: ${v}`);
				await screenshot(client, path.join(args.out, `${p.replace(/\//g, '-').replace(/\.html$/, '')}-375-dark.png`), true);
			}
			const texts = await evaluate(client, TEXTS_JS);
			await evaluate(client, 'Array.from(document.styleSheets).forEach(s => { s.disabled = true; }); true');
			const missing = await evaluate(client,
				`(() => { const body = document.body.innerText.replace(/\\s+/g, ' ');
				          return ${JSON.stringify(texts)}.filter(t => !body.includes(t)); })()`);
			if (texts.length === 0 || missing.length) tally.nocss.push(`${p}: ${texts.length} texts, missing ${missing.slice(0, 3).join(' | ')}`);
		}
		const n = pages.length;
		check(outside.length === 0, `site: the ${n} pages request nothing outside the site`, outside.slice(0, 10));
		check(srv.missing.length === 0, `site: every request of the pages is answered (stylesheet, sprite)`, srv.missing.slice(0, 10));
		check(tally.links.length === 0, `site: every link to the site on the ${n} pages resolves (files and #fragments)`, tally.links.slice(0, 20));
		check(tally.scroll.length === 0, `site: no horizontal scrolling on the ${n} pages at 375 and 1280 px`, tally.scroll.slice(0, 20));
		check(tally.axe.length === 0, `site: axe-core ${AXE_TAGS.join(',')}: 0 violations on the ${n} pages at 375 and 1280 px` +
			(dark.size ? ` (and ${dark.size} in dark mode)` : ''), tally.axe.slice(0, 30));
		check(tally.broken.length === 0, `site: no heading broken inside a word at 375 px on the ${n} pages`, tally.broken.slice(0, 20));
		check(tally.nocss.length === 0, `site: with CSS off every heading, caption and detail is still in the text (${n} pages)`, tally.nocss.slice(0, 10));
		check(consoleErrors.length === 0, 'site: no console errors or exceptions', consoleErrors.slice(0, 10));
	} catch (e) {
		fail('site: the browser test ran to the end', [String(e && e.stack ? e.stack : e)]);
	} finally {
		if (client) {
			await withTimeout(client.Browser.close(), 5000, 'closing chromium').catch(() => {});
			await client.close().catch(() => {});
		}
		await stopChromium(browser);
		srv.server.close();
	}
	process.exit(failures ? 1 : 0);
}

process.on('unhandledRejection', (e) => {
	console.log(`FAIL - check-site.js: unhandled: ${e && e.stack ? e.stack : e}`);
	process.exit(2);
});
main().catch((e) => {
	console.log(`FAIL - check-site.js: ${e && e.stack ? e.stack : e}`);
	process.exit(2);
});
