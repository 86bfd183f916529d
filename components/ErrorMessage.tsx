/**
 * An error for readers: what went wrong in words, in their language; the
 * program's own text (a JavaScript error, a parser's position) only in a
 * collapsed "details" line, for a bug report.
 */
import { t } from "@/lib/i18n";

export interface ReaderError {
  /** In words, in the reader's language. */
  message: string;
  /** The technical text, shown collapsed. */
  detail?: string;
}

/** `words` says what failed; an error already meant for readers (storage full) speaks for itself. */
export function readerError(e: unknown, words: string): ReaderError {
  if ((e as { name?: string })?.name === "StoreFullError") {
    return { message: (e as Error).message };
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { message: words, detail };
}

export function ErrorMessage({ error, id }: { error: ReaderError; id?: string }) {
  return (
    <div class="error" role="alert" id={id}>
      <p>{error.message}</p>
      {error.detail && (
        <details>
          <summary>{t("errorDetails")}</summary>
          <code>{error.detail}</code>
        </details>
      )}
    </div>
  );
}
