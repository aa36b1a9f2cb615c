import { historySignature } from '../../../lib/team/history-text.ts';
import { $timelineWitnesses } from '../../../stores/team.ts';
import { LocalTime } from './LocalTime.tsx';
import { useHydratedStore } from './use-hydrated-store.ts';

const NO_WITNESSES: ReturnType<typeof $timelineWitnesses.get> = {};

/**
 * Who wrote a timeline entry: in a shared incident, whom the server witnessed (with both times for an
 * entry made offline), or that the server has not confirmed it yet; in local work, the signature.
 */
export function TimelineSigner({
  entry,
  now,
}: {
  entry: { id: string; at: string; by?: string | undefined };
  now: Date;
}) {
  const witnesses = useHydratedStore($timelineWitnesses, NO_WITNESSES);
  const byEntry = Object.values(witnesses).find((entries) => Object.hasOwn(entries, entry.id));
  const signed = historySignature({ ...entry, witness: byEntry?.[entry.id] });
  if (!signed.by && !signed.unconfirmed) return null;
  return (
    <span className="timeline-by">
      {signed.by ? ` · ${signed.by}` : ''}
      {signed.receivedAt && (
        <>
          , made <LocalTime iso={signed.madeAt} now={now} /> offline, received{' '}
          <LocalTime iso={signed.receivedAt} now={now} />
        </>
      )}
      {signed.unconfirmed && ' · not yet confirmed by the server'}
    </span>
  );
}
