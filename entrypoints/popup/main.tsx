import { render } from "preact";
import { RecognizeBox } from "@/components/RecognizeBox";
import "./style.css";

render(<RecognizeBox />, document.getElementById("app") as HTMLElement);
