// The synthetic dataset behind the mock civil registry and mock population database.
export { generateDataset, DEFAULT_AS_OF, type GenerateOptions } from "@/lib/adapters/mock-data/generate";
export type { MockDataset } from "@/lib/adapters/mock-data/dataset";
export { isPersonalIdConsistent, ID_PREFIX } from "@/lib/adapters/mock-data/ids";
export { ETHNICITIES } from "@/lib/adapters/mock-data/names";
export { referenceRecordId } from "@/lib/adapters/mock-data/reference";
export { datasetStats, type DatasetStats } from "@/lib/adapters/mock-data/stats";
