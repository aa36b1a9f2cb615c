import { identityCodec } from '../lib/identity/identity.ts';
import { persistentDocument } from './storage.ts';

/** Who is working in this browser ("You are: Dana, QA Lead"). */
export const $identity = persistentDocument('identity', identityCodec);
