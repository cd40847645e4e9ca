"use client";

import { buttonClass } from "@/components/ui/button";

export function PrintButton({ label = "In trang" }: { label?: string }) {
  return (
    <button type="button" className={`no-print ${buttonClass("secondary")}`} onClick={() => window.print()}>
      {label}
    </button>
  );
}
