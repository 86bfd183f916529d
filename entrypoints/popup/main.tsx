import { render } from "preact";
import { RecognizeBox } from "@/components/popup/RecognizeBox";
import { SiteSwitch } from "@/components/popup/SiteSwitch";
import "./style.css";

render(
  <>
    <p>
      <a href={browser.runtime.getURL("/notes.html")} target="_blank" rel="noreferrer" data-kxdb-action="open-notes">
        打开笔记 · Notes
      </a>
    </p>
    <SiteSwitch />
    <RecognizeBox />
  </>,
  document.getElementById("app") as HTMLElement,
);
