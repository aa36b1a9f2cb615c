import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react';
import {
  ENTRY_MAX,
  entryProblem,
  mayCorrect,
  timelineRowsNewestFirst,
} from '../../../lib/incident/incident-timeline.ts';
import type { TimelineEntry } from '../../../lib/incident/incident.ts';
import { LocalTime, UtcTime } from '../common/LocalTime.tsx';
import { FormButtons } from '../common/FormButtons.tsx';
import { TimelineSigner } from './TimelineSigner.tsx';

interface Props {
  timeline: TimelineEntry[];
  /** A shared incident's document (team builds): who wrote each entry is then the server's word. */
  documentName?: string | undefined;
  active: boolean;
  now: Date;
  onAdd: (kind: 'note' | 'action', text: string) => string | undefined;
  onEdit: (entry: TimelineEntry, text: string) => string | undefined;
}

/**
 * The incident's timeline: notes and action items typed here, ticks, decisions and impact
 * changes added by themselves. The newest entry shows right below the input, where the thumb and
 * the eye already are, and the input never moves as entries are added. An edit strikes the old
 * text and shows the new one above it: the record keeps both.
 */
export function IncidentTimeline({ timeline, documentName, active, now, onAdd, onEdit }: Props) {
  const headingId = useId();
  const [isAction, setIsAction] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const rows = timelineRowsNewestFirst(timeline);

  return (
    <section className="incident-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>Timeline</h2>
      {active && (
        <EntryForm
          label="Add to the timeline"
          hint="Enter adds it with the time and your name. Ticks, decisions and impact changes are added by themselves."
          submitLabel="Add"
          onSubmit={(text) => {
            const problem = onAdd(isAction ? 'action' : 'note', text);
            if (!problem) setIsAction(false);
            return problem;
          }}
        >
          <label className="choice">
            <input
              type="checkbox"
              checked={isAction}
              onChange={(event) => setIsAction(event.target.checked)}
            />
            Follow-up action item (listed in the export)
          </label>
        </EntryForm>
      )}
      <ol className="timeline">
        {rows.map(({ entry, struck }) => (
          <li
            key={entry.id}
            className={`timeline-entry kind-${entry.kind}${struck ? ' is-struck' : ''}`}
          >
            <span className="timeline-time">
              <LocalTime iso={entry.at} now={now} />
              <UtcTime iso={entry.at} now={now} />
            </span>
            <span className="timeline-text">
              {entry.corrects && <span className="tag">Edited</span>}
              {entry.kind === 'action' && <span className="tag tag-action">Action item</span>}{' '}
              {struck ? (
                <del>
                  <span className="visually-hidden">Before an edit: </span>
                  {entry.text}
                </del>
              ) : (
                entry.text
              )}
              {import.meta.env.SYNC_URL && documentName ? (
                <TimelineSigner documentName={documentName} entry={entry} now={now} />
              ) : (
                entry.by && <span className="timeline-by"> · {entry.by}</span>
              )}
            </span>
            {active && mayCorrect(entry, timeline) && editing !== entry.id && (
              <button
                type="button"
                className="button timeline-edit"
                onClick={() => setEditing(entry.id)}
              >
                Edit<span className="visually-hidden">: {entry.text}</span>
              </button>
            )}
            {active && editing === entry.id && (
              <EntryForm
                label="Edited text"
                hint="The earlier wording stays in the timeline, struck through."
                initial={entry.text}
                submitLabel="Save edit"
                selectOnShow
                onCancel={() => setEditing(undefined)}
                onSubmit={(text) => {
                  const problem = onEdit(entry, text);
                  if (!problem) setEditing(undefined);
                  return problem;
                }}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface EntryFormProps {
  label: string;
  hint?: string;
  initial?: string;
  submitLabel: string;
  /** The text is selected (and focused) as the form appears: an edit starts from the words there. */
  selectOnShow?: boolean;
  /** Returns why the text was not taken, or undefined. */
  onSubmit: (text: string) => string | undefined;
  onCancel?: () => void;
  children?: ReactNode;
}

/** One line of text, sent with Enter; what is typed stays until it is taken. */
function EntryForm({
  label,
  hint,
  initial = '',
  submitLabel,
  selectOnShow = false,
  onSubmit,
  onCancel,
  children,
}: EntryFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    if (selectOnShow) input.current?.select();
  }, [selectOnShow]);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = entryProblem(text) ?? onSubmit(text);
    setProblem(found);
    if (!found) setText('');
    input.current?.focus();
  }

  const described = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <div className="entry-form-row">
        <input
          ref={input}
          id={id}
          value={text}
          maxLength={ENTRY_MAX}
          autoComplete="off"
          enterKeyHint="send"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described || undefined}
        />
        <FormButtons submitLabel={submitLabel} submitClassName="button" onCancel={onCancel} />
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </form>
  );
}
