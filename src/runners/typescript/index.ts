/** The TypeScript runtime's public face: one factory implementing the Runner interface. */
export { createTypeScriptRunner, type TypeScriptRunnerOptions } from './runner.ts';
