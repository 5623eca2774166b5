#!/usr/bin/env node
// `npm start`: build the course, then serve it locally and print the address.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('\nThe build failed: the messages above say which file to fix.');
  process.exit(build.status ?? 1);
}
await import('./serve.mjs').then(async ({ serve }) => {
  const { url } = await serve({ port: Number(process.env.PORT ?? 4321), base: process.env.BASE_PATH ?? '/', host: process.env.HOST ?? '127.0.0.1' });
  console.log(`\n  Clinicians Who Code is being served at ${url}\n  Open that address in your browser. Press Ctrl+C to stop.\n`);
});
