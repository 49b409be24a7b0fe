import { createRoot } from "react-dom/client";
import { App } from "./app";
import { detectHost } from "./host";

/** Mounts the pane once we know whether Excel hosts it. */
void detectHost().then((host) => createRoot(document.getElementById("app")!).render(<App host={host} />));
