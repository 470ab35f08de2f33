// validate-api.mjs OPENAPI SITE_DIR CONTROLLER_KEY - checks the register API
// of a site written by `privicon site` against the schemas of the Logius
// draft OpenAPI (tests/data/logius/rvva-openapi.json) with ajv:
//
//   api/processing_activities/<uuid>.json               ProcessingActivity
//   api/processing_activities/<uuid>/versions/<n>.json  ProcessingActivityVersion
//   api/entities/<uuid>.json                            Entity
//
// The draft's schemas list properties but do not close them; this check
// closes every object schema (additionalProperties: false) so a key the
// draft does not define is an error too. The draft declares "recipients"
// as one object; privicon writes a list of such objects (see
// src/site/api.c), so each element is checked against that object schema.
// Besides the schemas: every id is the file's name, a version 5 UUID
// computed here independently (SHA-1, RFC 9562) from the documented
// inputs, every entityId has its entity file, and latestVersion has its
// version file. Prints "ok - ..." / "FAIL - ..." lines; exits 1 on a
// failure.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [openapiPath, site, controllerKey] = process.argv.slice(2);
if (!openapiPath || !site || controllerKey === undefined) {
	console.error("usage: node validate-api.mjs OPENAPI SITE_DIR CONTROLLER_KEY");
	process.exit(2);
}
let failures = 0;
const ok = (what) => console.log(`ok - ${what}`);
const fail = (what, details = []) => {
	failures++;
	console.log(`FAIL - ${what}`);
	for (const d of details.slice(0, 20)) console.log(`# ${d}`);
};

// Close every object schema: a key outside the draft is an error.
function closed(schema) {
	if (Array.isArray(schema)) return schema.map(closed);
	if (!schema || typeof schema !== "object") return schema;
	const out = {};
	for (const [k, v] of Object.entries(schema)) out[k] = k === "enum" ? v : closed(v);
	if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
	return out;
}

const openapi = JSON.parse(readFileSync(openapiPath, "utf8"));
const schemas = closed(openapi.components.schemas);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const versionSchema = { ...schemas.ProcessingActivityVersion };
const recipientSchema = versionSchema.properties.recipients;
versionSchema.properties = { ...versionSchema.properties, recipients: { type: "array", items: recipientSchema } };
const check = {
	activity: ajv.compile(schemas.ProcessingActivity),
	version: ajv.compile(versionSchema),
	entity: ajv.compile(schemas.Entity),
};

// uuid5(ns, name) as RFC 9562 section 5.5 defines it.
function uuid5(ns, name) {
	const nsBytes = Buffer.from(ns.replace(/-/g, ""), "hex");
	const h = createHash("sha1").update(Buffer.concat([nsBytes, Buffer.from(name, "utf8")])).digest();
	h[6] = (h[6] & 0x0f) | 0x50;
	h[8] = (h[8] & 0x3f) | 0x80;
	const x = h.subarray(0, 16).toString("hex");
	return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
const NS_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
const NS = uuid5(NS_URL, "urn:privicon:register:1");

const api = join(site, "api");
const errorsOf = (v) => (v.errors || []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
const read = (f) => JSON.parse(readFileSync(f, "utf8"));

// Entities.
const entities = new Set();
const bad = [];
for (const f of readdirSync(join(api, "entities")).sort()) {
	const e = read(join(api, "entities", f));
	if (!check.entity(e)) bad.push(`entities/${f}: ${errorsOf(check.entity).join("; ")}`);
	if (`${e.id}.json` !== f) bad.push(`entities/${f}: id ${e.id} is not the file's name`);
	entities.add(e.id);
}
bad.length === 0 ? ok(`api: ${entities.size} entities validate against the draft's Entity schema (closed)`) :
	fail("api: entities validate against the draft's Entity schema", bad);
const controllerId = uuid5(NS, controllerKey);
entities.has(controllerId) ? ok(`api: the controller's entity is uuid5(NS, "${controllerKey}") = ${controllerId}`) :
	fail(`api: the controller's entity is uuid5(NS, "${controllerKey}") = ${controllerId}`);

// Processing activities and their versions.
const index = read(join(api, "privicon-index.json"));
const pa = join(api, "processing_activities");
const files = readdirSync(pa).filter((f) => f.endsWith(".json")).sort();
const badA = [], badV = [], badIds = [], dangling = [];
let versions = 0;
for (const f of files) {
	const a = read(join(pa, f));
	if (!check.activity(a)) badA.push(`${f}: ${errorsOf(check.activity).join("; ")}`);
	if (`${a.id}.json` !== f) badIds.push(`${f}: id ${a.id} is not the file's name`);
	const entry = index.processingActivities.find((e) => e.id === a.id);
	const want = entry ? uuid5(NS, `${controllerKey}/activity/${entry.activity}`) : null;
	if (!entry || want !== a.id) badIds.push(`${f}: not uuid5(NS, "${controllerKey}/activity/<id>")`);
	if (entry && entry.version !== a.latestVersion) badIds.push(`${f}: latestVersion ${a.latestVersion}, register ${entry.version}`);
	const vdir = join(pa, a.id, "versions");
	if (!existsSync(join(vdir, `${a.latestVersion}.json`))) badIds.push(`${f}: no versions/${a.latestVersion}.json`);
	for (const vf of existsSync(vdir) ? readdirSync(vdir).sort() : []) {
		versions++;
		const v = read(join(vdir, vf));
		if (!check.version(v)) badV.push(`${a.id}/versions/${vf}: ${errorsOf(check.version).join("; ")}`);
		if (`${v.version}.json` !== vf) badIds.push(`${a.id}/versions/${vf}: version ${v.version}`);
		for (const r of v.recipients || [])
			if (!entities.has(r.entityId)) dangling.push(`${a.id}/versions/${vf}: ${r.entityId}`);
	}
}
files.length > 0 && badA.length === 0 ? ok(`api: ${files.length} processing activities validate against ProcessingActivity (closed)`) :
	fail("api: processing activities validate against ProcessingActivity", badA);
versions > 0 && badV.length === 0 ? ok(`api: ${versions} versions validate against ProcessingActivityVersion (closed; recipients a list of its object)`) :
	fail("api: versions validate against ProcessingActivityVersion", badV);
badIds.length === 0 ? ok("api: ids are the documented UUID v5 and file names; latestVersion has its version file") :
	fail("api: ids, names and versions", badIds);
dangling.length === 0 ? ok("api: every recipient's entityId has its entity file") : fail("api: dangling entityIds", dangling);
files.length === index.processingActivities.length ? ok("api: privicon-index.json lists every activity") :
	fail("api: privicon-index.json lists every activity");
process.exit(failures ? 1 : 0);
