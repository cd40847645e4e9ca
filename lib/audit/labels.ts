/** Vietnamese labels of the access log's codes, for its page and its export. */
export const ACCESS_SYSTEM_LABELS = { CIVIL_REGISTRY: "Hộ tịch điện tử", POPULATION: "CSDL dân cư" } as const;
export const ACCESS_OPERATION_LABELS: Record<string, string> = { SEARCH: "Tìm kiếm", GET_RECORD: "Xem bản ghi", GET_CITIZEN: "Xem thông tin dân cư", FIND_CANDIDATES: "Tìm người có thể là (bản ghi chưa có số định danh)", LINK_DECISION: "Ghi nhận quyết định đối chiếu người" };
