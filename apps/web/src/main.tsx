import "bootstrap-italia/dist/css/bootstrap-italia.min.css";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { loadFonts } from "./app/fonts.ts";
import { initI18n } from "./app/i18n.ts";

initI18n();
loadFonts();

const container = document.getElementById("root");
if (!container) throw new Error("#root missing from index.html");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
