/** Command-line options of `npm run bench`. */

export const USAGE = `Usage: npm run bench [-- options]
  --quick          fewer repeats and no 1000-lesson build (under 3 minutes)
  --repeats N      cold/warm start-ups measured N times each (default 5, --quick 3)
  --only LIST      comma-separated sections: build,pages,precache,verify,python,typescript,monaco,scaling
  --no-write       print the table but do not write bench/results.json or BENCHMARKS.md
  --help           this text`;

export const SECTIONS = ['build', 'pages', 'precache', 'verify', 'python', 'typescript', 'monaco', 'scaling'];

export function parseArgs(argv) {
  const options = { quick: false, repeats: undefined, only: new Set(SECTIONS), write: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--repeats') options.repeats = positive(argv[++i], arg);
    else if (arg === '--only') options.only = sections(argv[++i]);
    else throw new Error(`Unknown option ${arg}.\n${USAGE}`);
  }
  options.repeats ??= options.quick ? 3 : 5;
  // A check round trip is short, so many more samples are cheap; p95 needs at least 20 to mean anything.
  options.checkSamples = options.quick ? 20 : 40;
  options.scalingSizes = options.quick ? [10, 100] : [10, 100, 1000];
  options.partial = options.only.size !== SECTIONS.length;
  return options;
}

function positive(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} expects a whole number of at least 1; found ${value}.`);
  return n;
}

function sections(value = '') {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((s) => !SECTIONS.includes(s));
  if (list.length === 0 || unknown.length) throw new Error(`--only expects some of ${SECTIONS.join(', ')}; found ${value}.`);
  return new Set(list);
}
