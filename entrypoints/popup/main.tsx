import { render } from "preact";
import { RecognizeBox } from "@/components/RecognizeBox";
import { SiteSwitch } from "@/components/SiteSwitch";
import "./style.css";

render(
  <>
    <SiteSwitch />
    <RecognizeBox />
  </>,
  document.getElementById("app") as HTMLElement,
);
