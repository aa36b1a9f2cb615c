import type { TimelineEntry } from '../../../lib/incident/incident.ts';
import { $timelineSignatures } from '../../../stores/timeline-signatures.ts';
import { LocalTime } from '../common/LocalTime.tsx';
import { useHydratedStore } from '../common/use-hydrated-store.ts';

const NO_SIGNATURES: ReturnType<typeof $timelineSignatures.get> = {};

/**
 * Who wrote a shared incident's timeline entry: whom the server witnessed (with both times for an
 * entry made offline), or the signature and that the server has not confirmed it yet. Before the
 * team's copy has it, the signature.
 */
export function TimelineSigner({
  documentName,
  entry,
  now,
}: {
  documentName: string;
  entry: TimelineEntry;
  now: Date;
}) {
  const byEntry = useHydratedStore($timelineSignatures, NO_SIGNATURES)[documentName];
  const signed = byEntry && Object.hasOwn(byEntry, entry.id) ? byEntry[entry.id] : undefined;
  const by = signed ? signed.by : entry.by;
  if (!by && !signed?.unconfirmed) return null;
  return (
    <span className="timeline-by">
      {by ? ` · ${by}` : ''}
      {signed?.receivedAt && (
        <>
          , made <LocalTime iso={signed.madeAt} now={now} /> offline, received{' '}
          <LocalTime iso={signed.receivedAt} now={now} />
        </>
      )}
      {signed?.unconfirmed && ' · not yet confirmed by the server'}
    </span>
  );
}
