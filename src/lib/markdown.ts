/**
 * A very small Markdown renderer for the few short fields tutors write in YAML (course description): paragraphs,
 * **bold**, *italic*, `code` and [links](url). Lessons and exercise instructions go through Astro's full Markdown.
 */
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) =>
      /^(https?:|\/|\.|#)/.test(href) ? `<a href="${href}">${label}</a>` : label);
}

export function marked(source: string): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${inline(para.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
}
