import { Card, DefinitionList } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";
import { foldVietnamese } from "@/lib/text/normalize";
import { adminMessages } from "@/lib/admin/messages";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.account;

export function AccountCard({ actor, history }: { actor: Actor; history: { previous: { at: Date; ip: string | null } | null; failuresSince: number } }) {
  return (
    <Card title={t.title}>
      <DefinitionList
        items={[
          { label: adminMessages.users.fullName, value: actor.fullName },
          { label: messages.signIn.username, value: actor.username },
          { label: adminMessages.users.role, value: messages.roles[actor.role] },
          ...(actor.title && foldVietnamese(actor.title) !== foldVietnamese(messages.roles[actor.role]) ? [{ label: adminMessages.userForm.jobTitle, value: actor.title }] : []),
          {
            label: t.previousSignIn,
            value: history.previous ? `${formatDateTime(history.previous.at)}${history.previous.ip ? ` (IP ${history.previous.ip})` : ""}` : t.firstSignIn,
          },
        ]}
      />
      {history.failuresSince > 0 ? (
        <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          {t.failures(history.failuresSince)}
        </p>
      ) : null}
    </Card>
  );
}
