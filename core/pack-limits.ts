/**
 * The size limit of an imported pack file, on its own so that the message protocol (which the
 * content script also loads) can check it without bringing the pack validation along.
 */

/** The largest pack file accepted: about three times the bundled pack (2.5 MB, 1,105 entries). */
export const MAX_PACK_FILE_BYTES = 8 * 1024 * 1024;
