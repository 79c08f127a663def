import { accessibleName, allByRole } from '../components/support.js';

/** A widget's "Download the data" links, each as "accessible name → href". */
export function downloadLinks(widget: Element): string[] {
  return allByRole(widget, 'link')
    .filter((link) => link.closest('[part="download"]'))
    .map((link) => `${accessibleName(link)} → ${link.getAttribute('href')}`);
}
