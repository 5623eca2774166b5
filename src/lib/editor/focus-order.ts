/** The next and previous focusable elements outside a container: where Escape-then-Tab goes from the editor. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function candidates(container: HTMLElement): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !container.contains(el) && !el.closest('[hidden]') && el.getClientRects().length > 0,
  );
}

export function focusableAfter(container: HTMLElement): HTMLElement | undefined {
  return candidates(container).find((el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
}

export function focusableBefore(container: HTMLElement): HTMLElement | undefined {
  return candidates(container)
    .reverse()
    .find((el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
}
