/**
 * Every figure of `npm run bench`: its key in results.json, unit, what it is, how it is measured and the target
 * the issues set. One list, used for the terminal table and BENCHMARKS.md alike.
 */
const KB = 1024;
const MB = 1024 * 1024;

const page = (key, what) => ({
  key, unit: 'bytes', group: 'Lesson pages', label: what,
  how: 'Read from the built files: every lesson page of the course (max or median over pages); see "Page weight".',
});

export const FIGURES = [
  { ...page('lesson_initial_js_gzip_max', 'Initial JavaScript, gzipped, max'), target: { max: 20 * KB, text: 'under 20 KB', issue: 5 } },
  page('lesson_initial_js_gzip_median', 'Initial JavaScript, gzipped, median'),
  page('lesson_initial_js_raw_max', 'Initial JavaScript, raw, max'),
  page('lesson_initial_js_raw_median', 'Initial JavaScript, raw, median'),
  page('lesson_html_gzip_max', 'HTML, gzipped, max'),
  page('lesson_html_gzip_median', 'HTML, gzipped, median'),
  page('lesson_html_raw_max', 'HTML, raw, max'),
  page('lesson_html_raw_median', 'HTML, raw, median'),
  page('lesson_css_gzip_max', 'CSS, gzipped, max'),
  page('lesson_css_gzip_median', 'CSS, gzipped, median'),
  page('lesson_css_raw_max', 'CSS, raw, max'),
  page('lesson_css_raw_median', 'CSS, raw, median'),
  {
    key: 'python_ready_cold_ms', unit: 'ms', group: 'Python', label: 'Python ready after navigation, cold',
    how: 'Fresh profile; navigation start to the exercise block showing the runtime "ready". Median of the repeats.',
  },
  {
    key: 'pyodide_floor_cold_ms', unit: 'ms', group: 'Python', label: 'Floor: bare Pyodide ready, cold',
    how: 'Fresh profile; a minimal page starts Pyodide from the build\'s vendor/pyodide in a module worker and runs `1 + 1`.',
  },
  { key: 'python_ready_cold_ratio', unit: 'ratio', group: 'Python', label: 'Python ready / floor, cold', target: { max: 1.15, text: 'within 15% of the floor', issue: 3 }, how: 'Median over the repeats of course / floor, each pair measured back to back.' },
  {
    key: 'python_ready_warm_ms', unit: 'ms', group: 'Python', label: 'Python ready after navigation, warm',
    how: 'The same profile, third visit (HTTP, service worker and compiled-code caches populated).',
  },
  { key: 'pyodide_floor_warm_ms', unit: 'ms', group: 'Python', label: 'Floor: bare Pyodide ready, warm', how: 'The floor page\'s third visit in its profile.' },
  { key: 'python_ready_warm_ratio', unit: 'ratio', group: 'Python', label: 'Python ready / floor, warm', target: { max: 1.15, text: 'within 15% of the floor', issue: 3 }, how: 'As above, warm.' },
  {
    key: 'python_cold_reloads', unit: 'text', group: 'Python', label: 'Cold visits reloaded before Python was ready',
    how: 'How many cold visits the page reloaded itself (the one reload for isolation) before Python was ready: Python then starts twice.',
  },
  {
    key: 'pyodide_floor_sw_warm_ms', unit: 'ms', group: 'Python', label: 'Floor in the course\'s profile (diagnostic)',
    how: 'The floor page opened at the end of each course profile: service worker, isolation and caches as the course has them.',
  },
  { key: 'python_check_p50_ms', unit: 'ms', group: 'Python', label: 'Check round trip, median', target: { max: 20, text: 'under 20 ms', issue: 3 }, how: 'Click on Check to the results panel updated, warm runtime, the exercise\'s solution.' },
  { key: 'python_check_p95_ms', unit: 'ms', group: 'Python', label: 'Check round trip, p95', how: 'As above, 95th percentile (nearest rank).' },
  { key: 'python_interrupt_ms', unit: 'ms', group: 'Python', label: 'Runaway loop stopped', target: { max: 100, text: 'under 100 ms when isolated', issue: 3 }, how: '`while True: pass` running; click on Stop to the output saying it stopped and the runtime ready.' },
  { key: 'python_interrupt_isolated', unit: 'bool', group: 'Python', label: 'Page was cross-origin isolated', how: '`crossOriginIsolated` on the page where the interrupt was measured.' },
  { key: 'python_restart_ms', unit: 'ms', group: 'Python', label: 'Restart after time.sleep(60) stopped', target: { max: 3000, text: 'ready again within 3 s', issue: 3 }, how: '`time.sleep(60)` running; click on Stop to the runtime ready again.' },
  { key: 'ts_first_check_ms', unit: 'ms', group: 'TypeScript', label: 'First Check on a page', target: { max: 1500, text: 'under 1.5 s', issue: 4 }, how: 'Fresh profile, runtime ready; click on Check to results, the exercise\'s solution. Median of the repeats.' },
  { key: 'ts_check_p50_ms', unit: 'ms', group: 'TypeScript', label: 'Later Checks, median', target: { max: 50, text: 'under 50 ms', issue: 4 }, how: 'Checks after the first, pooled over the profiles.' },
  { key: 'ts_check_p95_ms', unit: 'ms', group: 'TypeScript', label: 'Later Checks, p95', how: 'As above, 95th percentile (nearest rank).' },
  { key: 'monaco_open_cold_ms', unit: 'ms', group: 'Editor', label: 'Monaco ready after the first click, cold', target: { max: 500, text: 'under 500 ms', issue: 5 }, how: 'Fresh profile, runtime ready; click in the plain editor to Monaco showing the code.' },
  { key: 'monaco_open_warm_ms', unit: 'ms', group: 'Editor', label: 'Monaco ready after the first click, warm', how: 'The same lesson opened again in that profile.' },
  { key: 'build_ms', unit: 'ms', group: 'Build', label: '`astro build` of the course', how: 'Wall clock of the real build (cold cache, own output folder), node start-up included.' },
  { key: 'build_peak_rss_bytes', unit: 'bytes', group: 'Build', label: 'Build peak memory', how: 'GNU time %M: the largest resident set of the build or a child it waited for.' },
  { key: 'content_verify_ms', unit: 'ms', group: 'Build', label: 'Content verification (every exercise)', how: 'Wall clock of `vitest run --project content`.' },
  { key: 'precache_bytes', unit: 'bytes', group: 'Build', label: 'Service worker precache', target: { max: 35 * MB, text: 'under 35 MB', issue: 6 }, how: 'Sum of the sizes in the precache manifest at the top of the built sw.js.' },
  { key: 'build_ms_by_lessons', unit: 'ms-map', group: 'Build', label: 'Build time by course size (lessons)', how: 'Generated courses, each lesson with a Python exercise, built with CWC_CONTENT_DIR.' },
];

export function format(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'ms-map') return Object.entries(value).map(([n, ms]) => `${n}: ${format(ms, 'ms')}`).join(', ');
  if (unit === 'bool') return value ? 'yes' : 'no';
  if (unit === 'text') return String(value);
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (value >= MB) return `${(value / MB).toFixed(1)} MB`;
  if (value >= KB) return `${(value / KB).toFixed(1)} KB`;
  return `${value} B`;
}

/** 'met', 'missed' or '' (no target, or no figure). */
export function verdict(figure, value) {
  if (!figure.target || value === null || value === undefined) return '';
  return value <= figure.target.max ? 'met' : 'missed';
}
