// Vietnamese texts of name matching and of population candidates for records without an ID number.

export const nameMessages = {
  otherName: (difference: string) => `tên khác: ${difference}`,
} as const;
