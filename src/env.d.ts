// Plain `tsc` (npm run check) cannot read .astro files; Astro's own tooling types them. This lets TypeScript
// modules that re-export components (src/mdx/index.ts) type-check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
