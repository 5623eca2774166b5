import { describe, expect, test } from 'vitest';
import { cssModule, monacoCssInJs } from '../../../src/lib/editor/monaco-css-plugin';

const FILE = '/x/node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css';

describe('Monaco CSS as JavaScript', () => {
  test('relative url()s become ?url imports, so Vite emits the asset under the base path', () => {
    const code = cssModule('@font-face { src: url("./codicon.ttf?5d4d") format("truetype"); } .a { background: url(data:image/png;base64,AA) }', FILE);
    expect(code).toContain('import asset0 from "/x/node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.ttf?url";');
    expect(code).toContain('"url(" + JSON.stringify(asset0) + ")"');
    expect(code).toContain('url(data:image/png;base64,AA)'); // data: URLs are left as they are
    expect(code).not.toContain('./codicon.ttf');
  });

  test('the module adds one labelled <style> when it runs', () => {
    const code = cssModule('.monaco-editor { color: red }', FILE);
    expect(code).toContain("style.dataset.monaco = \"base/browser/ui/codicons/codicon/codicon.css\"");
    expect(code).toContain('document.head.append(style)');
    expect(code).toContain('".monaco-editor { color: red }"');
  });

  test('only CSS imported from inside monaco-editor is taken over', async () => {
    const plugin = monacoCssInJs();
    const resolveId = plugin.resolveId as (this: unknown, source: string, importer?: string, options?: object) => Promise<string | null>;
    const context = { resolve: async (source: string) => ({ id: `/resolved/${source}` }) };
    expect(await resolveId.call(context, './a.css', '/x/src/components/exercise/ExerciseBlock.astro', {})).toBeNull();
    expect(await resolveId.call(context, './a.js', '/x/node_modules/monaco-editor/esm/vs/editor/x.js', {})).toBeNull();
    expect(await resolveId.call(context, './a.css', '/x/node_modules/monaco-editor/esm/vs/editor/x.js', {})).toBe('\0cwc-monaco-css:/resolved/./a.css.js');
  });
});
