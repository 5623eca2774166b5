/**
 * Installs the role router (see worker-role.ts) as a side effect. The worker entry imports this module before
 * Monaco's, so it runs first and sees every `self.onmessage` assignment Monaco makes.
 */
import { installRoleRouter } from './worker-role.ts';

let compilerHandler: ((data: unknown) => void) | undefined;
const early: unknown[] = [];

installRoleRouter(self as unknown as Parameters<typeof installRoleRouter>[0], (data) => {
  if (compilerHandler) compilerHandler(data);
  else early.push(data);
});

/** Where compiler requests go once the compiler module has loaded. */
export function onCompilerMessages(handler: (data: unknown) => void): void {
  compilerHandler = handler;
  for (const data of early.splice(0)) handler(data);
}
