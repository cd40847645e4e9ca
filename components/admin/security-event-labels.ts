import type { SecurityEventType } from "@/lib/generated/prisma/enums";
import { adminMessages } from "@/lib/admin/messages";

export const SECURITY_EVENT_LABELS: Record<SecurityEventType, string> = adminMessages.securityEvents;
