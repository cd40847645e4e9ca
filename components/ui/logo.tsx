/** The portal's mark: an open register book. Deliberately not the national emblem. */
export function Logo({ className = "h-9 w-9" }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className={className}>
      <circle cx="20" cy="20" r="19" fill="#c8102e" />
      <path d="M9 13c4-1.5 7.5-1 11 1.2 3.5-2.2 7-2.7 11-1.2v15c-4-1.4-7.5-.9-11 1.3-3.5-2.2-7-2.7-11-1.3z" fill="#ffd200" />
      <path d="M20 14.2v15.1" stroke="#c8102e" strokeWidth="1.4" />
    </svg>
  );
}
