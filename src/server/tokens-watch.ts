/**
 * Keeps a settings file (the tokens file, the access rules) in force while the server runs, so that revoking a
 * token or changing a rule needs no restart (a restart drops every connection, in the middle of an incident too).
 * The file is read again when it changes (the folder is watched, since editors often replace a file rather than
 * write into it; changes are debounced) and when `reload` is called (SIGHUP). A file that no longer reads or
 * checks keeps the previous one in force, and says why.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface WatchedFile {
  /** Reads the file again now; false when it was refused (the previous one stays in force). */
  reload(): boolean;
  close(): void;
}

export interface WatchOptions<T> {
  file: string;
  /** Reads and checks the file; throws with a message naming the problem. */
  load(file: string): T;
  /** The new content, once it read and checked. */
  loaded(value: T): void;
  /** The file could not be used: why. */
  refused(why: string): void;
  debounceMs?: number;
}

export function watchSettingsFile<T>(options: WatchOptions<T>): WatchedFile {
  const { file } = options;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const reload = () => {
    let value: T;
    try {
      value = options.load(file);
    } catch (error) {
      options.refused((error as Error).message);
      return false;
    }
    options.loaded(value);
    return true;
  };

  try {
    watcher = watch(dirname(file), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, options.debounceMs ?? 200);
    });
    watcher.on('error', (error) => options.refused(`watching stopped (${error.message})`));
  } catch (error) {
    // Without a watch, SIGHUP still reloads.
    options.refused(`cannot be watched (${(error as Error).message}); send SIGHUP after an edit`);
  }

  return {
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
