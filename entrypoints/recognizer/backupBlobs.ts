/**
 * The offscreen document's second job (Chrome): a service worker cannot make
 * blob: URLs, and chrome.downloads needs a URL, while a data: URL is capped at
 * 2 MB. The background sends a backup's JSON here in parts; the last part
 * returns a blob: URL of the whole file, freed once the download is done.
 * Chrome allows one offscreen document per extension: the recognizer's.
 * See entrypoints/background/backups.ts.
 */
import { onMessage } from "@/lib/platform/messaging";

const parts: string[] = [];

onMessage("backupBlobPart", ({ data }) => {
  parts.push(data.part);
  if (!data.last) return null;
  const url = URL.createObjectURL(new Blob(parts, { type: "application/json" }));
  parts.length = 0;
  return url;
});

onMessage("revokeBackupBlob", ({ data }) => URL.revokeObjectURL(data));
