// The synthetic dataset behind the mock civil registry and mock population database.
export { generateDataset, DEFAULT_AS_OF, type GenerateOptions } from "@/mock-national/data/generate";
export type { MockDataset } from "@/mock-national/data/dataset";
export { isPersonalIdConsistent, ID_PREFIX } from "@/mock-national/data/ids";
export { ETHNICITIES } from "@/mock-national/data/names";
export { referenceRecordId } from "@/mock-national/data/reference";
export { datasetStats, type DatasetStats } from "@/mock-national/data/stats";
