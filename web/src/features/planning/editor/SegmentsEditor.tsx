import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controlId } from '../evidence';
import { moveInList, removeFromList } from '../planDraft';
import { MinutesMeter } from './MinutesMeter';
import { SegmentFields } from './SegmentFields';
import type { SectionProps } from './types';

/**
 * The lesson's timed parts. Reordering works three ways: dragging the handle (mouse or touch),
 * the handle with the keyboard (space, arrows, space — dnd-kit's keyboard sensor), and plain
 * up/down buttons, which are the most predictable for screen-reader users.
 */
export function SegmentsEditor({ draft, update, flagged }: SectionProps) {
  const { t } = useTranslation('planner');
  const [announcement, setAnnouncement] = useState('');
  // Stable keys for rows while they move: dnd-kit needs an id that follows the item, not its index.
  const keys = useRef<string[]>([]);
  const counter = useRef(0);
  while (keys.current.length < draft.segments.length) keys.current.push(`segment-${counter.current++}`);
  keys.current.length = draft.segments.length;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.segments.length) return;
    const [key] = keys.current.splice(from, 1);
    keys.current.splice(to, 0, key as string);
    update((d) => moveInList(d, 'segments', from, to));
    setAnnouncement(t('editor.moved', { n: to + 1 }));
  };
  const remove = (index: number) => {
    keys.current.splice(index, 1);
    update((d) => removeFromList(d, 'segments', index));
  };
  const position = (id: string | number) => keys.current.indexOf(String(id)) + 1;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(keys.current.indexOf(String(active.id)), keys.current.indexOf(String(over.id)));
  };

  return (
    <section
      className={`plan-section${flagged.has('segments') ? ' is-flagged' : ''}`}
      aria-labelledby="plan-segments-heading"
      id={controlId('segments')}
      tabIndex={-1}
    >
      <h3 id="plan-segments-heading">{t('editor.segments')}</h3>
      <p className="field-hint">{t('editor.segmentsHint')}</p>
      <MinutesMeter
        segments={draft.segments}
        periodMinutes={draft.periodMinutes ?? null}
        flagged={flagged.has('periodMinutes')}
      />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('editor.drag.instructions') },
          announcements: {
            onDragStart: ({ active }) => t('editor.drag.start', { n: position(active.id) }),
            onDragOver: ({ over }) => (over ? t('editor.drag.over', { n: position(over.id) }) : undefined),
            onDragEnd: ({ over }) => (over ? t('editor.drag.end', { n: position(over.id) }) : undefined),
            onDragCancel: () => t('editor.drag.cancel'),
          },
        }}
      >
        <SortableContext items={keys.current} strategy={verticalListSortingStrategy}>
          <ol className="segment-list">
            {draft.segments.map((_, index) => (
              <SortableSegment
                key={keys.current[index]}
                id={keys.current[index] as string}
                index={index}
                count={draft.segments.length}
                onMove={move}
                onRemove={remove}
                draft={draft}
                update={update}
                flagged={flagged}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => update((d) => ({ ...d, segments: [...d.segments, { title: '', minutes: null }] }))}
      >
        {t('editor.addSegment')}
      </button>
    </section>
  );
}

interface SortableSegmentProps extends SectionProps {
  id: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function SortableSegment({ id, index, count, onMove, onRemove, ...section }: SortableSegmentProps) {
  const { t } = useTranslation('planner');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const n = index + 1;
  const path = `segments[${index}]`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`segment${isDragging ? ' is-dragging' : ''}${section.flagged.has(path) ? ' is-flagged' : ''}`}
      id={controlId(path)}
      tabIndex={-1}
    >
      <div className="segment-bar">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t('editor.dragHandle', { n })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="segment-number">{t('editor.segment', { n })}</span>
        <span className="segment-tools">
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => onMove(index, index - 1)}
            disabled={index === 0}
            aria-label={t('editor.moveUp', { n })}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => onMove(index, index + 1)}
            disabled={index === count - 1}
            aria-label={t('editor.moveDown', { n })}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => onRemove(index)}
            aria-label={t('editor.removeItem', { item: t('editor.segment', { n }) })}
          >
            {t('editor.remove')}
          </button>
        </span>
      </div>
      <SegmentFields index={index} {...section} />
    </li>
  );
}
