/**
 * Popup section: switch annotation on (or off) for the site of the current
 * tab. The host permission is asked for right here, in the click, for that
 * one site only.
 */
import { useEffect, useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import { sendMessage } from "@/lib/platform/messaging";
import { enabledSitesItem } from "@/lib/platform/storageItems";
import { isKxdbOrigin, matchPattern, siteOrigin } from "@/lib/sites";

export function SiteSwitch() {
  const [tab, setTab] = useState<{ id?: number; origin: string | null }>({ origin: null });
  const [enabled, setEnabled] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([current]) => {
      const origin = siteOrigin(current?.url);
      setTab({ id: current?.id, origin });
      if (origin) setEnabled((await enabledSitesItem.getValue()).includes(origin));
    });
  }, []);

  if (!tab.origin) return null;
  if (isKxdbOrigin(tab.origin)) return <p class="meta">{t("siteAlwaysOn")}</p>;
  const origin = tab.origin;

  async function enable() {
    setMessage("");
    const granted = await browser.permissions.request({ origins: [matchPattern(origin)] });
    if (!granted) {
      setMessage(t("sitePermissionDenied"));
      return;
    }
    await sendMessage("enableSite", { origin, tabId: tab.id });
    setEnabled(true);
  }

  async function disable() {
    await sendMessage("disableSite", origin);
    setEnabled(false);
  }

  return (
    <section aria-label={t("siteSection")}>
      <p class="meta">{new URL(origin).host}</p>
      {enabled ? (
        <button type="button" data-kxdb-action="disable-site" onClick={disable}>
          {t("siteDisable")}
        </button>
      ) : (
        <button type="button" data-kxdb-action="enable-site" onClick={enable}>
          {t("siteEnable")}
        </button>
      )}
      {message && <p class="error">{message}</p>}
    </section>
  );
}
