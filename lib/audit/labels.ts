import { ACCESS_LOG_SYSTEMS, SYSTEM_LABELS } from "@/lib/adapters/systems";

/** Vietnamese labels of the access log's codes, for its page and its export. */
export const ACCESS_SYSTEM_LABELS = {
  [ACCESS_LOG_SYSTEMS.civilRegistry]: SYSTEM_LABELS.civilRegistry.short,
  [ACCESS_LOG_SYSTEMS.population]: SYSTEM_LABELS.population.short,
} as const;
export const ACCESS_OPERATION_LABELS: Record<string, string> = { SEARCH: "Tìm kiếm", GET_RECORD: "Xem bản ghi", GET_CITIZEN: "Xem thông tin dân cư", FIND_CANDIDATES: "Tìm người có thể là (bản ghi chưa có số định danh)", LINK_DECISION: "Ghi nhận quyết định đối chiếu người" };
