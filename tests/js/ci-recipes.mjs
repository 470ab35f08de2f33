// ci-recipes.mjs GITHUB_YML GITLAB_YML OUTDIR - reads the CI recipes of
// examples/ci/ as YAML, checks the parts privicon relies on, and writes
// each shell script they run to OUTDIR so that tests/opendata.sh can run
// them:
//   OUTDIR/github-<n>.sh   the run: script of each GitHub step, with
//   OUTDIR/github.tsv      one line per step: n, step name ("-" if none)
//   OUTDIR/gitlab.sh       the privicon job's script: lines
// Prints what is wrong and exits 1.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const [githubPath, gitlabPath, out] = process.argv.slice(2);
if (!out) {
	console.error("usage: node ci-recipes.mjs GITHUB_YML GITLAB_YML OUTDIR");
	process.exit(2);
}
const problems = [];
const expect = (cond, what) => {
	if (!cond) problems.push(what);
};

// ---- GitHub Actions
const gh = parse(readFileSync(githubPath, "utf8"));
expect(gh && typeof gh.on === "object", "github: no 'on' triggers");
expect(gh.on && "pull_request" in gh.on, "github: does not run on pull requests");
const job = gh.jobs && Object.values(gh.jobs)[0];
expect(job && Array.isArray(job.steps), "github: no job with steps");
const steps = (job && job.steps) || [];
expect(job && job.permissions && job.permissions["security-events"] === "write",
	"github: the job cannot upload SARIF (permissions: security-events: write)");
expect(steps.some((s) => /^github\/codeql-action\/upload-sarif@/.test(s.uses || "")),
	"github: no github/codeql-action/upload-sarif step");
expect(steps.some((s) => /privicon check --format sarif/.test(s.run || "")),
	"github: no step runs privicon check --format sarif");
expect(steps.some((s) => /privicon diff (--old-label "\$label" )?--format markdown/.test(s.run || "")),
	"github: no step runs privicon diff --format markdown");
expect(steps.some((s) => /git merge-base HEAD "origin\/\$BASE"/.test(s.run || "") &&
	/git show "\$base:\$REGISTER"/.test(s.run || "")),
	"github: the diff does not read the register at the merge base with the target branch");
expect(/git merge-base HEAD "origin\/\$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"/.test(readFileSync(gitlabPath, "utf8")),
	"gitlab: the diff is not against the merge base");
expect(!/\.line\|tostring/.test(readFileSync(gitlabPath, "utf8")),
	"gitlab: the Code Quality fingerprint holds the line number (churns when lines move)");
const tsv = [];
steps.forEach((s, i) => {
	if (typeof s.run !== "string") return;
	writeFileSync(`${out}/github-${i}.sh`, s.run);
	tsv.push(`${i}\t${s.name || "-"}`);
});
writeFileSync(`${out}/github.tsv`, tsv.join("\n") + "\n");

// ---- GitLab CI
const gl = parse(readFileSync(gitlabPath, "utf8"));
const glJob = gl && gl.privicon;
expect(glJob && Array.isArray(glJob.script), "gitlab: no privicon job with a script");
expect(glJob && glJob.artifacts && glJob.artifacts.reports &&
	glJob.artifacts.reports.codequality === "gl-code-quality-report.json",
	"gitlab: no Code Quality report");
if (glJob && Array.isArray(glJob.script))
	writeFileSync(`${out}/gitlab.sh`, glJob.script.join("\n") + "\n");

if (problems.length) {
	for (const p of problems) console.log(p);
	process.exit(1);
}
