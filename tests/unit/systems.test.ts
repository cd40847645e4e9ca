import { describe, expect, it } from "vitest";
import { ACCESS_LOG_SYSTEM_VALUES, ACCESS_LOG_SYSTEMS, SYSTEM_IDS, SYSTEM_LABELS, SYSTEM_SLUG_VALUES, SYSTEM_SLUGS, systemOfSlug, systemTitle } from "@/lib/adapters/systems";
import { ACCESS_SYSTEM_LABELS } from "@/lib/audit/labels";
import { SYSTEM_LABEL } from "@/lib/reports/indicators";

describe("national systems", () => {
  it("keep the spellings already stored and published", () => {
    // access_log.system, system_probes.system and the system API's error field hold these today.
    expect(ACCESS_LOG_SYSTEMS).toEqual({ civilRegistry: "CIVIL_REGISTRY", population: "POPULATION" });
    expect(SYSTEM_SLUGS).toEqual({ civilRegistry: "civil-registry", population: "population" });
    expect(SYSTEM_IDS).toEqual(["civilRegistry", "population"]);
    expect(ACCESS_LOG_SYSTEM_VALUES).toEqual(["CIVIL_REGISTRY", "POPULATION"]);
    expect(SYSTEM_SLUG_VALUES).toEqual(["civil-registry", "population"]);
  });

  it("map a slug back to its id, and nothing else", () => {
    for (const id of SYSTEM_IDS) expect(systemOfSlug(SYSTEM_SLUGS[id])).toBe(id);
    expect(systemOfSlug("civilRegistry")).toBeNull();
    expect(systemOfSlug("")).toBeNull();
  });

  it("name each system once, for every place that shows it", () => {
    expect(systemTitle("civilRegistry")).toBe("Hệ thống hộ tịch điện tử (Bộ Tư pháp)");
    expect(systemTitle("population")).toBe("CSDL quốc gia về dân cư (Bộ Công an)");
    expect(ACCESS_SYSTEM_LABELS).toEqual({ CIVIL_REGISTRY: SYSTEM_LABELS.civilRegistry.short, POPULATION: SYSTEM_LABELS.population.short });
    expect(SYSTEM_LABEL).toEqual({ "civil-registry": SYSTEM_LABELS.civilRegistry.full, population: SYSTEM_LABELS.population.full });
  });
});
