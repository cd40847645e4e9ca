import { Card, DefinitionList } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format";
import { messages } from "@/lib/messages";
import { foldVietnamese } from "@/lib/text/normalize";

export function AccountCard({ actor, history }: { actor: Actor; history: { previous: { at: Date; ip: string | null } | null; failuresSince: number } }) {
  return (
    <Card title="Tài khoản của tôi">
      <DefinitionList
        items={[
          { label: "Họ và tên", value: actor.fullName },
          { label: "Tên đăng nhập", value: actor.username },
          { label: "Vai trò", value: messages.roles[actor.role] },
          ...(actor.title && foldVietnamese(actor.title) !== foldVietnamese(messages.roles[actor.role]) ? [{ label: "Chức danh", value: actor.title }] : []),
          {
            label: "Lần đăng nhập trước",
            value: history.previous ? `${formatDateTime(history.previous.at)}${history.previous.ip ? ` (IP ${history.previous.ip})` : ""}` : "Đây là lần đăng nhập đầu tiên",
          },
        ]}
      />
      {history.failuresSince > 0 ? (
        <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          Có {history.failuresSince} lần đăng nhập sai vào tài khoản này kể từ lần đăng nhập trước. Nếu không phải bạn, hãy báo quản trị hệ thống.
        </p>
      ) : null}
    </Card>
  );
}
