/**
 * Which names the tests import from the learner's file, and which names that file exports. Comparing the two lets
 * us say "Your code doesn't export `displayName` yet" instead of showing the compiler's message about the test file.
 */
import type ts from 'typescript';

/** Names exported by a module ("default" for a default export). */
export function exportedNames(
  tsModule: typeof ts,
  checker: ts.TypeChecker,
  file: ts.SourceFile | undefined,
): Set<string> {
  const names = new Set<string>();
  if (!file) return names;
  const symbol = checker.getSymbolAtLocation(file);
  if (!symbol) return names;
  for (const exported of checker.getExportsOfModule(symbol)) names.add(tsModule.symbolName(exported));
  return names;
}

/** True when `specifier` ("./solution", "./solution.ts", "./solution.js") names the learner's file. */
function isLearnerModule(specifier: string, learnerFile: string): boolean {
  const stem = learnerFile.replace(/\.ts$/, '');
  return [`./${stem}`, `./${stem}.ts`, `./${stem}.js`].includes(specifier);
}

/** Names a file imports from the learner's module, in the order it imports them. */
export function importedNames(tsModule: typeof ts, file: ts.SourceFile | undefined, learnerFile: string): string[] {
  const names: string[] = [];
  if (!file) return names;
  for (const statement of file.statements) {
    if (!tsModule.isImportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!tsModule.isStringLiteral(specifier) || !isLearnerModule(specifier.text, learnerFile)) continue;
    const clause = statement.importClause;
    if (!clause) continue;
    if (clause.name) names.push('default');
    const bindings = clause.namedBindings;
    if (bindings && tsModule.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        names.push((element.propertyName ?? element.name).text);
      }
    }
  }
  return names;
}
