import { describe, expect, it } from 'vitest';
import { documentRefusalMessage, refusalMessage } from '../../../src/lib/team/refusal.ts';
import {
  MESSAGE_TOO_BIG,
  oversizedChange,
  recordSent,
} from '../../../src/lib/team/oversized-change.ts';

describe('what the page does when the server refuses', () => {
  it('gives up on one document for a name too long or too many unlisted documents, and on the token otherwise', () => {
    expect(documentRefusalMessage('document-name-too-long')).toMatch(/its name is longer/);
    expect(documentRefusalMessage('too-many-unlisted-documents')).toMatch(/Reload the page/);
    expect(documentRefusalMessage('unknown-token')).toBeUndefined();
    expect(documentRefusalMessage('toString')).toBeUndefined();
    expect(refusalMessage('unknown-token')).toMatch(/does not know this token/);
  });

  it('names the document of the largest message sent when the server closes with 1009, and nothing on other closes', () => {
    const sizes = new Map<string, number>();
    recordSent(sizes, 'team', 300);
    recordSent(sizes, 'run:big', 3 * 1024 * 1024);
    recordSent(sizes, 'run:big', 20);
    recordSent(sizes, 'run:small', 900);
    expect(oversizedChange(MESSAGE_TOO_BIG, sizes)).toEqual({
      documentName: 'run:big',
      message: expect.stringMatching(/^This change was too large to share \(3\.0 MB;/),
    });
    expect(oversizedChange(1013, sizes)).toBeUndefined();
    expect(oversizedChange(1000, sizes)).toBeUndefined();
    expect(oversizedChange(MESSAGE_TOO_BIG, new Map())).toBeUndefined();
  });
});
