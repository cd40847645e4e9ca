"use client";

import { useSyncExternalStore } from "react";
import { messages } from "@/lib/text/messages";

const subscribe = () => () => {};

/**
 * Its own styles, inline, because the stylesheet may have failed to load with the scripts. The warning
 * takes no room and stays invisible (to screen readers too) for 8 seconds, so a normal load never
 * shows it. Pure CSS: no inline script, which the Content-Security-Policy would need a nonce for.
 */
const STYLE = `
.hydration-warning{position:fixed;left:0;right:0;bottom:0;z-index:100;padding:.75rem 1rem;background:#fef3c7;border-top:2px solid #b45309;color:#78350f;font:600 1rem/1.4 system-ui,sans-serif;text-align:center;visibility:hidden;animation:hydration-warning-show 0s linear 8s forwards}
@keyframes hydration-warning-show{to{visibility:visible}}
@media print{.hydration-warning{display:none}}
`;

/**
 * Says so when the page's scripts never ran (blocked, failed to download, a stale build): the page
 * would otherwise look alive while no button or form works. The server renders it; once React
 * hydrates, this component renders nothing, so the warning is gone before it could show.
 */
export function HydrationWarning() {
  // false on the server and during hydration, true once React runs in the browser.
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (hydrated) return null;
  return (
    <>
      <style>{STYLE}</style>
      <div role="alert" data-testid="hydration-warning" className="hydration-warning">
        {messages.shell.notInteractive}
      </div>
    </>
  );
}
