// The project's own Astro config, unchanged except for the cache folder: every benchmark build gets an empty one,
// so each build is cold (as in CI) and never shares or overwrites the cache of a developer's `npm run build`.
// The output folder is given on the command line (--outDir), so dist/ is never touched either.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.CWC_BENCH_CACHE_DIR ?? config.cacheDir };
