/** BENCHMARKS.md: how each figure is measured, the latest figures with their machine, and the issues' targets. */
import { writeFileSync } from 'node:fs';
import { FIGURES, format } from './figures.mjs';
import { verdictFor } from './report.mjs';

export function writeBenchmarksMd(file, results) {
  writeFileSync(file, render(results));
}

function render(r) {
  const m = r.machine;
  const rows = FIGURES.map((f) => {
    const value = r[f.key];
    const note = value === null ? `null: ${r.reasons[f.key] ?? 'not measured'}` : verdictFor(f, r);
    return `| ${f.label} | \`${f.key}\` | ${format(value, f.unit)} | ${f.target ? `${f.target.text} (#${f.target.issue})` : ''} | ${note} |`;
  });
  const pages = (r.details.pages ?? []).map((p) => `| ${p.page} | ${format(p.html.gzip, 'bytes')} | ${format(p.css.gzip, 'bytes')} | ${format(p.js.gzip, 'bytes')} | ${format(p.js.raw, 'bytes')} |`);
  return `# Benchmarks

\`npm run bench\` measures what a learner feels, on the production build of this course, in real Chromium on this
machine, and puts the Python start-up beside bare Pyodide (as npm publishes it, the same version) measured in
the same run, so the ratio holds on a noisy machine. It is a script, not a test: no figure fails \`npm test\`.
Every figure is measured in the run that reports it; one that cannot be measured yet is \`null\` with its reason.

    npm run bench              # full: 5 repeats, 40 Check samples, builds of 10, 100 and 1000 lessons
    npm run bench -- --quick   # 3 repeats, 20 Check samples, no 1000-lesson build (under 3 minutes)
    npm run bench -- --only python,monaco   # some sections only (see --help)

Output: a table on the terminal, \`bench/results.json\` (every figure, the raw samples, per-page sizes, the machine),
and this file's figures (rewritten only by a full run).

## Latest figures

${r.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cores} cores (${m.cpu}), ${(m.memory_bytes / 2 ** 30).toFixed(0)} GB · ${m.os} ·
Chromium ${m.chromium ?? '?'} · Node ${m.node} · commit \`${m.commit}\`${m.working_tree_dirty ? ' plus uncommitted changes' : ''} ·
${r.repeats} repeats, ${r.check_samples} Check samples · load average ${m.load_average_start} at the start, ${m.load_average_end} at the end
(${m.cores} cores: above ${m.cores} the machine was busy with other work, and every time is longer than on a quiet
machine; the ratio to the floor holds up better, though not fully).

| Figure | Key | Value | Target (issue) | |
|---|---|---|---|---|
${rows.join('\n')}

Medians unless the figure says otherwise; times in milliseconds and sizes in bytes in \`bench/results.json\`.

### Every lesson page (gzipped unless marked)

| Page | HTML | CSS | Initial JS | Initial JS raw |
|---|---|---|---|---|
${pages.join('\n') || '| (no pages measured) | | | | |'}

## How each figure is measured

**Build.** \`astro build\` with the project's own config (\`bench/astro.bench.config.mjs\` only points Astro's cache at
an empty folder, so every build is cold, as in CI), into \`bench/tmp/site\` (never \`dist/\`). Wall clock including
Node's start-up; peak memory from GNU time (\`%M\`, the largest resident set of the build or any child it waited
for). Every other figure is measured on this build.

**Page weight.** For every lesson page of the course (found from \`course.yaml\` and the module folders), read from
the built files: the HTML; the stylesheets it links; and its initial JavaScript: every \`<script src>\`,
\`modulepreload\` and island script, plus every module those import *statically*, followed recursively
(es-module-lexer). Dynamic \`import()\` is not followed: that is code loaded on demand (Monaco, the runtimes, and
the progress store, which the page imports dynamically at start-up). Workers are not page JavaScript. Each file
is gzipped on its own at level 6, as a server sends it; a file shared by pages counts on each.

**Serving.** \`scripts/serve.mjs\` on the built site with \`Cache-Control: public, max-age=600\` (what GitHub Pages
sends) and no COOP/COEP headers: cross-origin isolation comes from the service worker, as on any static host.
Chromium is the e2e tests' (headless, same flags), and every repeat gets a new profile (\`user-data-dir\`).

**Timing in the page.** An init script (\`bench/lib/ui-contract.mjs\`) records, with \`performance.now()\` in a
MutationObserver, the moment the exercise block's DOM first shows the outcome; a click's time is the click event's
own \`timeStamp\`. So a figure is click to visible result (or navigation start to ready), read inside the page; the
product has no benchmark code in it. It relies on the exercise block's markup (\`bench/lib/ui-contract.mjs\`): the
root \`[data-exercise][data-language]\`; the runtime's state (\`data-runtime-state\` where present, otherwise the
words of its \`[data-runtime-status]\` line); the results and output regions (\`[data-results]\`, \`[data-output]\`,
\`[aria-live]\`), updated when a Check or Run ends, with Run and Check \`aria-disabled\` while one runs; the buttons
Run, Check and Stop; the editor's \`<textarea>\`.

**Python ready and the floor.** Course: navigation start to the first Python exercise's runtime state "ready".
Floor: a minimal page (\`__bench-floor/\`, added to the benchmark's copy of the build only) that starts Pyodide from
the files the npm package publishes (copied beside it, the version the build ships) in a module worker and runs
\`1 + 1\`; navigation start to its message. (The course serves the same Pyodide with its standard library compiled
ahead of time, \`src/runners/python/stdlib-precompiled.ts\`: that is the course's own work, so the floor does not
get it.)
Each repeat opens a fresh profile for each, in alternating order. Cold is the profile's first visit (if the page
reloads itself before Python is ready, the time still counts from the learner's navigation). The first visit's
offline set-up (the service worker installs, precaching the site, and the page reloads once to become
cross-origin isolated) is then waited out, and the lesson visited twice more: "warm" is the last visit (HTTP
cache, the service worker's cache and the compiled-code cache all populated). The ratio is the median of each
repeat's own course / floor ratio (the two measured back to back, so the machine's drift falls on both); the
ratio of the medians, the time until the first visit's set-up was over, and every sample are in
\`bench/results.json\`. Two diagnostics: how many cold visits reloaded themselves (for isolation) before Python was
ready, so Python started twice; and the floor page opened at the end of each course profile, with the service
worker and isolation the course has (its published Pyodide files are not in the course's cache, so they come
through the service worker's network fallback and the HTTP cache: the service worker's cost on top of the floor).

**Check, interrupt, restart (Python).** One fresh profile, after the first visit's offline set-up, runtime ready,
the learner's "plain editor" choice made (the site's own setting, so Monaco is not loading during the timings; it
has its own figure), the exercise's reference solution typed in. One Check first (not counted), then the Check
samples: click on Check to the results panel updated and Run/Check usable again. Interrupt: \`while True: pass\`,
Run, wait for "running", then click on Stop to the output updated and the runtime ready; whether the page was
cross-origin isolated is recorded (the 100 ms target assumes it). Restart: the same with \`time.sleep(60)\`, which
only a new worker stops.

**TypeScript.** A fresh profile per repeat, after the offline set-up, runtime ready, the first TypeScript
exercise's solution typed in: the first Check (the TypeScript service has not checked a program on this page
yet), then more Checks; the later Checks of all profiles are pooled for the median and p95 (nearest rank).

**Monaco.** In each Python start-up profile, after its last Python visit (Monaco never opened in it yet): click in
the plain editor to Monaco showing the code (\`.monaco-editor .view-lines\` with text): cold. Then the lesson is
opened again, Python ready, and the same click: warm. (With \`--only monaco\`, the same in profiles of its own.)

**Content verification.** Wall clock of \`vitest run --project content\` (every exercise proved in Node, start-up
included); null if those tests fail, since the time would not be that of a full verification.

**Precache.** The sum of the file sizes in the precache manifest the build writes at the top of \`sw.js\`.

**Scaling.** Courses of 10, 100 and 1000 generated lessons (25 per module; prose, a highlighted code block and a
small Python exercise with starter, solution and tests each) in \`bench/tmp\`, built like the course.

## Targets from the issues

- Issue 3 (Python): runtime ready within 15% of bare Pyodide's start-up on the same machine in the same run; a
  Check round trip on a warm runtime under 20 ms at the median; a runaway loop stopped under 100 ms when isolated;
  the runtime ready again within 3 s when the worker had to be restarted.
- Issue 4 (TypeScript): first Check of a page under 1.5 s; later Checks under 50 ms at the median.
- Issue 5 (exercise block): a lesson page's initial JavaScript under 20 KB gzipped; Monaco ready after the first
  click under 500 ms cold.
- Issue 6 (offline): report what the service worker precaches; keep it under 35 MB.
`;
}
