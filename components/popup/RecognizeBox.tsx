/**
 * Try the recognizer on any text: paste, press 识别, see the zones and
 * companies grouped by entity. Text is only ever rendered as text.
 */
import { useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import { normalizeName } from "@/lib/model/names";
import type { Mention } from "@/lib/ner/types";
import { sendMessage } from "@/lib/platform/messaging";
import { debugOn } from "../debug";
import { ErrorMessage, type ReaderError, readerError } from "../ErrorMessage";

interface Group {
  entityId: string;
  canonical: string;
  type: Mention["type"];
  names: Set<string>;
  count: number;
}

export function groupByEntity(mentions: Mention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    let g = groups.get(m.entityId);
    if (!g) {
      g = { entityId: m.entityId, canonical: m.canonical, type: m.type, names: new Set(), count: 0 };
      groups.set(m.entityId, g);
    }
    g.names.add(normalizeName(m.text));
    g.count++;
  }
  return [...groups.values()];
}

export function RecognizeBox() {
  const [text, setText] = useState("");
  const [result, setResult] = useState<{ groups: Group[]; ms: number } | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const { mentions, ms } = await sendMessage("recognize", text);
      setResult({ groups: groupByEntity(mentions), ms });
    } catch (e) {
      setError(readerError(e, t("recognizeFailedWords")));
    } finally {
      setBusy(false);
    }
  }

  const section = (type: Mention["type"], title: string) => {
    const groups = result?.groups.filter((g) => g.type === type) ?? [];
    return (
      <section aria-label={title}>
        <h3 class="meta">
          {title}（{groups.length}）
        </h3>
        <ul>
          {groups.map((g) => (
            <li key={g.entityId} data-kxdb-entity={g.entityId} data-kxdb-type={g.type}>
              <span class={type === "ZONE" ? "zone" : "company"}>{g.canonical}</span>{" "}
              <span class="meta">
                ×{g.count} {[...g.names].filter((n) => n !== g.canonical).join("、")}
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <section aria-labelledby="kxdb-recognize-title">
      <h2 id="kxdb-recognize-title">{t("recognizeTitle")}</h2>
      <label for="kxdb-text" class="meta">
        {t("recognizeHint")}
      </label>
      <textarea id="kxdb-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={run} disabled={busy || !text.trim()} data-kxdb-action="recognize">
        {busy ? t("recognizing") : t("recognize")}
      </button>
      {error && <ErrorMessage error={error} />}
      {result && (
        <div aria-live="polite">
          {debugOn() && <p class="meta">{t("took", result.ms.toFixed(1))}</p>}
          {section("ZONE", t("ZONE"))}
          {section("COMPANY", t("COMPANY"))}
        </div>
      )}
    </section>
  );
}
