import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control = (error?: string) =>
  `rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200 ${
    error ? "border-red-600" : "border-slate-300"
  }`;

function FieldShell({ id, label, error, hint, children, className = "" }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({ label, name, error, className, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; error?: string }) {
  const id = rest.id ?? `f-${name}`;
  return (
    <FieldShell id={id} label={label} error={error} className={className}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={control(error)} {...rest}>
        {children}
      </select>
    </FieldShell>
  );
}

export function TextareaField({ label, name, error, hint, className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = rest.id ?? `f-${name}`;
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} className={className}>
      <textarea id={id} name={name} rows={2} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={control(error)} {...rest} />
    </FieldShell>
  );
}

/** A group of checkboxes or radios with a legend and one error for the group. */
export function ChoiceGroup({ legend, name, error, children, className = "" }: { legend: string; name: string; error?: string; children: React.ReactNode; className?: string }) {
  return (
    <fieldset className={`flex flex-col gap-1.5 ${className}`} aria-describedby={error ? `f-${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {children}
      {error ? (
        <p id={`f-${name}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Choice({ type = "checkbox", label, ...rest }: React.InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-800">
      <input type={type} className="mt-0.5 h-4 w-4 accent-brand-700" {...rest} />
      <span>{label}</span>
    </label>
  );
}
