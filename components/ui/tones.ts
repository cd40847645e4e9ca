/** The colours of a message by its tone (border, background, text), shared by alerts and notices. */
export const TONE_CLASSES = {
  info: "border-brand-200 bg-brand-50 text-brand-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-300 bg-red-50 text-red-900",
} as const;

export type Tone = keyof typeof TONE_CLASSES;
