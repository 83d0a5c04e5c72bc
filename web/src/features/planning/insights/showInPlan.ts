import { firstRange } from '../../../lib/highlight';
import { controlId, itemOf } from '../evidence';

/**
 * Brings the plan field an insight is about into view and focuses it; inside a text box the
 * words themselves are selected, so the teacher sees exactly what the question refers to.
 */
export function showInPlan(path: string, words: string): boolean {
  const candidates = [path, itemOf(path), path.replace(/\[.*$/, '')];
  for (const candidate of candidates) {
    const element = document.getElementById(controlId(candidate));
    if (!element) continue;
    element.scrollIntoView({ block: 'center' });
    const target = element.matches('input, textarea, select')
      ? element
      : (element.querySelector<HTMLElement>('input, textarea, select') ?? element);
    target.focus({ preventScroll: true });
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      const range = firstRange(target.value, [words]);
      if (range && target.type !== 'number') target.setSelectionRange(range[0], range[1]);
    }
    return true;
  }
  return false;
}
