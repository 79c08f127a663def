/*
 * Moving to a field from the error summary, as GOV.UK Frontend's error summary does: the field's
 * label (or its fieldset's legend) scrolls into view, so the reader sees the question and not only
 * the box, then the field takes focus without scrolling again.
 */

/** The legend or label that asks for `control`, chosen the way GOV.UK Frontend chooses it. */
export function questionOf(control: HTMLElement): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
      return legend;
    // Other fields take the legend only if the field still ends in the top half of the screen.
    const box = control.getBoundingClientRect();
    if (
      box.height &&
      window.innerHeight &&
      box.bottom - legend.getBoundingClientRect().top < window.innerHeight / 2
    )
      return legend;
  }
  const root = control.getRootNode() as ParentNode;
  return (
    (control.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null) ??
    control.closest('label')
  );
}

/** Scrolls the question of `control` into view, then focuses `control` where it is. */
export function focusField(control: HTMLElement): void {
  (questionOf(control) ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}
