/**
 * The documents' Yjs updates in PostgreSQL, behind the same interface as the embedded LevelDB store. An update is
 * appended by one INSERT that commits before `append` resolves (PostgreSQL's default synchronous commit), so the
 * server acknowledges only what the database holds. Updates arriving while one INSERT runs go together in the
 * next, as the embedded store groups its fsyncs. Compaction replaces the rows it read by their merged state in one
 * transaction; another instance's rows written meanwhile are not among them and stay.
 */
import type { Pool } from 'pg';
import type { StoredUpdates, UpdateStore } from './update-store.ts';

interface PendingAppend {
  documentName: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: Error) => void;
}

export function postgresUpdateStore(pool: Pool): UpdateStore {
  let waiting: PendingAppend[] = [];
  let writing = false;

  async function writeWaiting(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      const values = group.map((_, index) => `($${index * 2 + 1}, $${index * 2 + 2})`).join(', ');
      const parameters = group.flatMap(({ documentName, update }) => [
        documentName,
        Buffer.from(update),
      ]);
      try {
        await pool.query(
          `INSERT INTO sync_updates (document, update) VALUES ${values}`,
          parameters,
        );
        for (const pending of group) pending.resolve();
      } catch (error) {
        for (const pending of group) pending.reject(error as Error);
      }
    }
    writing = false;
  }

  return {
    append(documentName, update) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ documentName, update, resolve, reject });
        if (!writing) void writeWaiting();
      });
    },
    async read(documentName): Promise<StoredUpdates> {
      const { rows } = await pool.query<{ id: string; update: Buffer }>(
        'SELECT id, update FROM sync_updates WHERE document = $1 ORDER BY id',
        [documentName],
      );
      return {
        keys: rows.map((row) => String(row.id)),
        updates: rows.map((row) => new Uint8Array(row.update)),
      };
    },
    async replace(documentName, state, keys) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          'DELETE FROM sync_updates WHERE document = $1 AND id = ANY($2::bigint[])',
          [documentName, keys],
        );
        await client.query('INSERT INTO sync_updates (document, update) VALUES ($1, $2)', [
          documentName,
          Buffer.from(state),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async names() {
      const { rows } = await pool.query<{ document: string }>(
        'SELECT DISTINCT document FROM sync_updates ORDER BY document',
      );
      return rows.map((row) => row.document);
    },
    async close() {
      // The pool belongs to the caller, which may still write the audit through it.
    },
  };
}
