/** The course itself: its production build (timed), every lesson page's weight, and the precache size. */
import { buildCourse, buildProblem } from './build.mjs';
import { lessonPages } from './course-pages.mjs';
import { FIGURES } from './figures.mjs';
import { measurePages } from './page-weight.mjs';
import { readPrecache } from './precache.mjs';

/** Builds the course into ctx.site; resolves with its lesson pages, or null when the build failed. */
export async function courseSection(ctx) {
  const { results, reasons, details } = ctx;
  ctx.log(`Building the course (${ctx.contentDir}) into bench/tmp/site …`);
  const build = await buildCourse({ root: ctx.root, outDir: ctx.site, contentDir: ctx.contentDir, tmpDir: ctx.tmp, base: ctx.base });
  if (!build.ok) {
    console.error(build.error);
    details.build_error = build.error;
    const dependent = FIGURES.map((f) => f.key).filter((k) => !['content_verify_ms', 'build_ms_by_lessons'].includes(k));
    ctx.nullWith(dependent, `the course did not build: ${buildProblem(build.error)}`);
    return null;
  }
  results.build_ms = build.ms;
  results.build_peak_rss_bytes = build.peakRssBytes;
  if (build.peakRssBytes === null) reasons.build_peak_rss_bytes = build.peakRssReason;
  ctx.log(`  built in ${(build.ms / 1000).toFixed(1)} s`);

  const pages = lessonPages(ctx.contentDir, ctx.site);
  if (ctx.has('pages')) {
    const weight = measurePages(pages, ctx.site, ctx.base);
    Object.assign(results, weight.summary);
    details.pages = weight.perPage;
    ctx.log(`Page weight: ${pages.length} lesson pages`);
  }
  if (ctx.has('precache')) {
    const precache = readPrecache(ctx.site);
    results.precache_bytes = precache.bytes;
    if (precache.bytes === null) reasons.precache_bytes = precache.reason;
    details.precache = { files: precache.files, largest: precache.largest };
  }
  return pages;
}
