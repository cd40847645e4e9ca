import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import { messages } from "@/lib/text/messages";
import { HydrationWarning } from "@/components/shell/hydration-warning";

export const metadata: Metadata = {
  title: { default: `${messages.appName} — ${messages.appOwner}`, template: `%s · ${messages.appName}` },
  description: messages.description,
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174b80" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js stamps the CSP nonce of this response (proxy.ts) on its
  // scripts, and a page prerendered at build time would carry none, so its scripts would be blocked.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        {children}
        <HydrationWarning />
      </body>
    </html>
  );
}
