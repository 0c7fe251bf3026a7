// The byte-level checks before YAML: size, UTF-8, binary content, and the byte order mark.
import { describe, expect, it } from 'vitest';
import { decodeCampaignBytes, MAX_FILE_BYTES } from '../../../src/core/parse/decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeCampaignBytes', () => {
  it('decodes UTF-8, diacritics and emoji included', () => {
    expect(decodeCampaignBytes(bytes('title: café 🚢\n'))).toEqual({ ok: true, text: 'title: café 🚢\n' });
  });

  it('drops a byte order mark, from bytes and from a string', () => {
    expect(decodeCampaignBytes(bytes([0xef, 0xbb, 0xbf], 'id: a\n'))).toEqual({ ok: true, text: 'id: a\n' });
    expect(decodeCampaignBytes('\ufeffid: a\n')).toEqual({ ok: true, text: 'id: a\n' });
  });

  it('keeps CRLF line endings for YAML to read', () => {
    expect(decodeCampaignBytes(bytes('id: a\r\n'))).toEqual({ ok: true, text: 'id: a\r\n' });
  });

  it('rejects invalid UTF-8 and points at the first bad byte', () => {
    const result = decodeCampaignBytes(bytes('id: a\ntitle: Caf', [0xe9], '\n'));
    expect(result).toMatchObject({ ok: false, rule: 'encoding', offset: 16 });
    expect(!result.ok && result.message).toMatch(/UTF-8/);
  });

  it('rejects truncated multi-byte sequences and overlong encodings', () => {
    expect(decodeCampaignBytes(bytes('a', [0xf0, 0x9f, 0x9a]))).toMatchObject({
      ok: false,
      rule: 'encoding',
    });
    expect(decodeCampaignBytes(bytes([0xc0, 0xaf]))).toMatchObject({
      ok: false,
      rule: 'encoding',
      offset: 0,
    });
  });

  it('rejects UTF-16 text', () => {
    expect(decodeCampaignBytes(Buffer.from('\ufeffid: a\n', 'utf16le'))).toMatchObject({
      ok: false,
      rule: 'encoding',
    });
  });

  it('rejects binary content (a NUL byte) even when it is valid UTF-8', () => {
    const result = decodeCampaignBytes(bytes('id: a\n', [0, 1, 2]));
    expect(result).toMatchObject({ ok: false, rule: 'encoding', offset: 6 });
    expect(!result.ok && result.message).toMatch(/binary/);
    expect(decodeCampaignBytes('id: a\u0000')).toMatchObject({ ok: false, rule: 'encoding', offset: 5 });
  });

  it('accepts exactly 1 MiB and rejects one byte more', () => {
    expect(decodeCampaignBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x61))).toMatchObject({ ok: true });
    const over = decodeCampaignBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(over).toMatchObject({ ok: false, rule: 'file-too-large', offset: 0 });
    expect(!over.ok && over.message).toBe(
      'This file is 1,048,577 bytes; a campaign file may be at most 1,048,576 bytes (1 MiB). Move long material to a linked document.',
    );
  });

  it('trusts the size on disk when the content was not read', () => {
    const result = decodeCampaignBytes(new Uint8Array(0), 5 * MAX_FILE_BYTES);
    expect(result).toMatchObject({ ok: false, rule: 'file-too-large' });
    expect(!result.ok && result.message).toMatch(/^This file is 5,242,880 bytes \(5\.0 MiB\); /);
    expect(decodeCampaignBytes(bytes('id: a'), MAX_FILE_BYTES)).toMatchObject({ ok: true });
  });

  it('measures a string in UTF-8 bytes, not in characters', () => {
    const chars = Math.floor(MAX_FILE_BYTES / 2) + 1; // each é is two bytes
    expect(decodeCampaignBytes('é'.repeat(chars))).toMatchObject({ ok: false, rule: 'file-too-large' });
    expect(decodeCampaignBytes('e'.repeat(chars))).toMatchObject({ ok: true });
  });
});
