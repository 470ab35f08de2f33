// jsonld-expand.mjs FILE [DPV_DIR] - expands a JSON-LD export with
// jsonld.js and checks that nothing was lost on the way:
//   - every property of the input is still there (the counts agree: a
//     key expansion cannot map to an IRI is dropped silently);
//   - every IRI the input names (@id and @type values, compact or not)
//     appears in the expanded document;
//   - every key of the expanded document is an absolute IRI;
//   - converting to RDF gives one triple per property value and per type
//     (a value with a bad IRI would be dropped there);
//   - with DPV_DIR (data/dpv-2.3): every DPV IRI (key, @id, @type) is a
//     term of DPV 2.3: an IRI of one of the CSVs there, one of the core
//     terms below (DPV 2.3 terms that the CSV subset does not hold), or a
//     location loc:XX.
// Remote contexts are refused: the export must stand on its own.
// Prints what is wrong and exits 1, or prints a summary and exits 0.
import { readFileSync, readdirSync } from "node:fs";
import jsonld from "jsonld";

const file = process.argv[2];
const dpvDir = process.argv[3];
if (!file) {
	console.error("usage: node jsonld-expand.mjs FILE [DPV_DIR]");
	process.exit(2);
}
// DPV 2.3 core terms the export uses that data/dpv-2.3's CSVs (a subset of
// DPV: purposes, data, legal bases, rights, measures, entities) do not
// list; each checked by hand against the DPV 2.3 term list.
const DPV_CORE = [
	"EndlessDuration", "InnovativeUseOfNewTechnologies", "LargeScaleProcessing", "Law",
	"PersonalDataProcess", "RecordsOfActivities", "StorageDuration", "TemporalDuration",
	"hasApplicableLaw", "hasContact", "hasContext", "hasCountry", "hasDuration",
	"hasIdentifier", "hasLegalBasis", "hasName", "hasPersonalData", "hasProcess",
	"hasRight", "hasScale", "hasStorageCondition", "hasTechnicalOrganisationalMeasure",
	"hasThirdCountry",
].map((t) => "https://w3id.org/dpv#" + t);
const input = JSON.parse(readFileSync(file, "utf8"));
const context = input["@context"] || {};
const documentLoader = async (url) => {
	throw new Error(`remote document refused: ${url}`);
};
const problems = [];

// A compact IRI ("pd:Name") as the absolute IRI the context makes of it.
function absolute(iri) {
	const colon = iri.indexOf(":");
	if (colon > 0) {
		const prefix = iri.slice(0, colon);
		if (typeof context[prefix] === "string" && !iri.startsWith(prefix + "://"))
			return context[prefix] + iri.slice(colon + 1);
	}
	return iri;
}

// Walks a JSON-LD value: counts properties, type values, and collects the
// IRIs (@id and @type) it names. Blank node ids (_:) are not IRIs.
function walk(value, acc, isExpanded) {
	if (Array.isArray(value)) {
		for (const v of value) walk(v, acc, isExpanded);
		return;
	}
	if (value === null || typeof value !== "object") return;
	for (const [key, v] of Object.entries(value)) {
		if (key === "@context") continue;
		if (key === "@id") {
			if (!v.startsWith("_:")) acc.iris.add(isExpanded ? v : absolute(v));
			continue;
		}
		if (key === "@type") {
			for (const t of [].concat(v)) {
				// A typed literal's @type is a datatype, not a class.
				if (!("@value" in value)) acc.types++;
				acc.iris.add(isExpanded ? t : absolute(t));
			}
			continue;
		}
		if (key.startsWith("@")) continue;
		acc.properties++;
		acc.values += [].concat(v).length;
		if (isExpanded && !/^(https?|urn):/.test(key)) problems.push(`key is not an absolute IRI: ${key}`);
		walk(v, acc, isExpanded);
	}
}

const before = { properties: 0, values: 0, types: 0, iris: new Set() };
walk(input, before, false);
// Safe mode: jsonld.js throws instead of dropping what it cannot expand.
async function safely(what, run) {
	try {
		return await run();
	} catch (e) {
		const event = e.details && e.details.event;
		console.log(`${file}: ${what} refused: ${e.message}` +
			(event ? ` ${event.message} ${JSON.stringify(event.details)}` : ""));
		process.exit(1);
	}
}
const expanded = await safely("expansion", () => jsonld.expand(input, { documentLoader, safe: true }));
const after = { properties: 0, values: 0, types: 0, iris: new Set() };
walk(expanded, after, true);

if (after.properties !== before.properties)
	problems.push(`properties: ${before.properties} in the input, ${after.properties} after expansion`);
if (after.values !== before.values)
	problems.push(`property values: ${before.values} in the input, ${after.values} after expansion`);
if (after.types !== before.types)
	problems.push(`types: ${before.types} in the input, ${after.types} after expansion`);
for (const iri of before.iris)
	if (!after.iris.has(iri)) problems.push(`IRI lost in expansion: ${iri}`);
for (const iri of after.iris)
	if (!/^(https?|urn):/.test(iri)) problems.push(`not an absolute IRI: ${iri}`);

const quads = await safely("conversion to RDF", () => jsonld.toRDF(input, { documentLoader, safe: true }));
if (quads.length !== before.values + before.types)
	problems.push(`RDF: ${quads.length} triples, expected ${before.values + before.types}`);

if (dpvDir) {
	const known = new Set(DPV_CORE);
	for (const name of readdirSync(dpvDir).filter((n) => n.endsWith(".csv")))
		for (const iri of readFileSync(`${dpvDir}/${name}`, "utf8").match(/https:\/\/w3id\.org\/dpv[^",;\s]*/g) || [])
			known.add(iri);
	const used = new Set(after.iris);
	(function keys(v) {
		if (Array.isArray(v)) return v.forEach(keys);
		if (v === null || typeof v !== "object") return;
		for (const [k, x] of Object.entries(v)) {
			if (!k.startsWith("@")) used.add(k);
			keys(x);
		}
	})(expanded);
	for (const iri of used)
		if (iri.startsWith("https://w3id.org/dpv") && !known.has(iri) &&
			!/^https:\/\/w3id\.org\/dpv\/loc#[A-Z]{2}$/.test(iri))
			problems.push(`not a DPV 2.3 term: ${iri}`);
}

const dpv = [...after.iris].filter((i) => i.startsWith("https://w3id.org/dpv")).length;
if (problems.length) {
	for (const p of problems.slice(0, 30)) console.log(`${file}: ${p}`);
	process.exit(1);
}
console.log(`${file}: ${before.properties} properties, ${before.iris.size} IRIs (${dpv} DPV), ${quads.length} triples`);
