import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { fieldText, settingPage } from "@/lib/admin/settings/fields";
import { settingWithHistory } from "@/lib/admin/settings/save-setting";
import { saveSettingAction } from "@/lib/admin/settings/actions";
import { SettingForm } from "@/components/admin/setting-form";
import { JsonDiff } from "@/components/admin/json-diff";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/text/format";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.setting;

export const metadata: Metadata = { title: adminMessages.settings.title };

export default async function SettingPage({ params }: { params: Promise<{ key: string }> }) {
  const actor = await requirePermission("admin.config");
  const page = settingPage((await params).key);
  if (!page) notFound();
  const { value, version, versions } = await settingWithHistory(actor, page.key);
  const fields = page.fields.map((f) => ({ ...f, text: fieldText(value, f) }));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm"><Link href="/admin/settings" className="text-brand-700 underline">{t.back}</Link></p>
      <div>
        <h1 className="text-2xl font-bold">{page.title}</h1>
        <p className="text-sm text-slate-700">{page.description}</p>
      </div>
      {page.basis?.length ? (
        <Card title={t.basis}>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid="setting-basis">
            {page.basis.map((line) => <li key={line}>{line}</li>)}
          </ul>
        </Card>
      ) : null}
      <Card title={t.current(version)}>
        <SettingForm key={version} action={saveSettingAction.bind(null, page.key)} fields={fields} initial={Object.fromEntries(fields.map((f) => [f.path, f.text]))} version={version} />
      </Card>
      <Card title={t.history}>
        {versions.length === 0 ? <p className="text-sm text-slate-600">{t.noHistory}</p> : (
          <ol className="flex flex-col divide-y divide-slate-100 text-sm">
            {versions.map((v) => (
              <li key={v.version} className="py-2">
                <p><span className="font-semibold">{t.version(v.version)}</span> · {formatDateTime(v.at)} · {v.changedByUsername}</p>
                <JsonDiff before={v.before} after={v.value} />
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
