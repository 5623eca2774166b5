/** Where the course content lives: `content/` unless CWC_CONTENT_DIR says otherwise (fixtures, benchmarks). */
export const contentDir = process.env.CWC_CONTENT_DIR ?? 'content';
