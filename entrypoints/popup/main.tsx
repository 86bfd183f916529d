import { render } from "preact";
import { RecognizeBox } from "@/components/popup/RecognizeBox";
import { SiteSwitch } from "@/components/popup/SiteSwitch";
import { currentLocale, t } from "@/lib/i18n";
import "./style.css";

document.documentElement.lang = currentLocale() === "zh" ? "zh-CN" : "en";
document.title = t("popupPageTitle");

render(
  <main>
    <header>
      <h1>{t("appName")}</h1>
      <a href={browser.runtime.getURL("/notes.html")} target="_blank" rel="noreferrer" data-kxdb-action="open-notes">
        {t("popupOpenNotes")}
      </a>
    </header>
    <SiteSwitch />
    <RecognizeBox />
  </main>,
  document.getElementById("app") as HTMLElement,
);
