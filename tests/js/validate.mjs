// validate.mjs SCHEMA JSON... - validates each JSON file against the JSON
// Schema (2020-12) with ajv and ajv-formats. Prints the errors of a file
// that does not validate and exits 1; prints nothing and exits 0 when all
// do. Run by tests/opendata.sh.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
	console.error("usage: node validate.mjs SCHEMA JSON...");
	process.exit(2);
}
// strict: an unknown keyword or a malformed schema is an error, not ignored.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let failed = 0;
for (const file of files) {
	const data = JSON.parse(readFileSync(file, "utf8"));
	if (!validate(data)) {
		failed++;
		for (const e of validate.errors.slice(0, 20))
			console.log(`${file}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
	}
}
process.exit(failed ? 1 : 0);
