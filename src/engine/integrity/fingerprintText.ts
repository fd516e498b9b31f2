/**
 * A fingerprint as people copy it from the minutes (`Mã kiểm tra: …`). On its own, so the pane
 * checks what was pasted without loading the reading and counting code: its first script stays
 * small.
 */

/** Any case, with spaces or line breaks, maybe after its label: the 64 hex digits alone. */
export function normaliseFingerprint(text: string): string {
  return text
    .replace(/^[^:]*:/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function isFingerprint(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(normaliseFingerprint(text));
}
