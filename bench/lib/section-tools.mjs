/** What tutors wait for: content verification (every exercise in Node) and builds of generated courses. */
import path from 'node:path';
import { buildCourse } from './build.mjs';
import { timeContentVerification } from './content-verify.mjs';
import { writeSyntheticCourse } from './synthetic-course.mjs';

export async function verifySection(ctx) {
  ctx.log('Content verification (vitest --project content) …');
  const verify = await timeContentVerification({ root: ctx.root, tmpDir: ctx.tmp });
  ctx.details.content_verify = verify;
  if (verify.passed) ctx.results.content_verify_ms = verify.ms;
  else ctx.reasons.content_verify_ms = `the content tests failed (${verify.summary ?? 'no summary'}), so the time is not a full verification`;
  ctx.log(`  ${verify.summary ?? ''} in ${(verify.ms / 1000).toFixed(1)} s`);
}

export async function scalingSection(ctx) {
  const byLessons = {};
  ctx.details.scaling = {};
  for (const lessons of ctx.options.scalingSizes) {
    ctx.log(`Building a generated course of ${lessons} lessons …`);
    const dir = path.join(ctx.tmp, `synthetic-${lessons}`);
    writeSyntheticCourse(dir, lessons);
    const run = await buildCourse({ root: ctx.root, outDir: `${dir}-site`, contentDir: dir, tmpDir: ctx.tmp, base: ctx.base });
    byLessons[lessons] = run.ms;
    ctx.details.scaling[lessons] = { ms: run.ms, peak_rss_bytes: run.peakRssBytes, error: run.error };
    if (!run.ok) console.error(run.error);
    ctx.log(`  ${lessons} lessons: ${run.ok ? `${(run.ms / 1000).toFixed(1)} s` : 'failed'}`);
  }
  ctx.results.build_ms_by_lessons = byLessons;
  if (ctx.options.quick) ctx.details.scaling_note = 'the 1000-lesson build is skipped with --quick';
}
