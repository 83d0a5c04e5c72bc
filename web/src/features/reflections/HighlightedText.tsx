import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorCategory, ReflectionIndicator } from '#core/contracts/reflections';
import { highlight, type Segment } from './highlight';

interface Run {
  start: number;
  segments: Segment[];
  marked: boolean;
}

/** Touching highlighted segments form one run, so overlapping indicators read as one mark. */
function runsOf(segments: readonly Segment[]): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  for (const segment of segments) {
    const marked = segment.categories.length > 0;
    const last = runs.at(-1);
    if (last?.marked && marked) last.segments.push(segment);
    else runs.push({ start: offset, segments: [segment], marked });
    offset += segment.text.length;
  }
  return runs;
}

/**
 * An answer as written (line breaks kept), with the words behind each indicator in <mark>;
 * where two indicators overlap the words are underlined more strongly. Each mark is followed
 * by its categories for screen readers, since colour alone says nothing.
 */
export function HighlightedText({ text, indicators }: { text: string; indicators: readonly ReflectionIndicator[] }) {
  const { t } = useTranslation();
  const runs = useMemo(() => runsOf(highlight(text, indicators)), [text, indicators]);
  return (
    <>
      {runs.map((run) => {
        if (!run.marked) return <Fragment key={run.start}>{run.segments[0]?.text}</Fragment>;
        const categories = [...new Set(run.segments.flatMap((s) => s.categories))] as IndicatorCategory[];
        const blameOnly = categories.every((category) => category === 'blame');
        let offset = run.start;
        return (
          <Fragment key={run.start}>
            <mark className={blameOnly ? 'indicator-mark indicator-mark-blame' : 'indicator-mark'}>
              {run.segments.length === 1
                ? run.segments[0]?.text
                : run.segments.map((segment) => {
                    const key = offset;
                    offset += segment.text.length;
                    return (
                      <span key={key} className={segment.categories.length > 1 ? 'indicator-overlap' : undefined}>
                        {segment.text}
                      </span>
                    );
                  })}
            </mark>
            <span className="visually-hidden">
              {` (${categories.map((category) => t(`reflections:categories.${category}`)).join(', ')})`}
            </span>
          </Fragment>
        );
      })}
    </>
  );
}
