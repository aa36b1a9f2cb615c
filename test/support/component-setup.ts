// Runs around every component test file.
import { cleanup } from '@testing-library/react';
import { cleanStores } from 'nanostores';
import { afterAll, afterEach } from 'vitest';
import { persistentDocuments } from '../../src/stores/storage.ts';

afterEach(cleanup);

// Nanostores stop a store one second after its last listener has gone, and a persistent store then
// unhooks itself from `window`. After the file's DOM is torn down that throws "window is not defined"
// into whatever test runs next: stop the stores now, while the DOM is still there.
afterAll(() => cleanStores(...persistentDocuments.map((document) => document.store)));
