/** A documented error answer of /api/v1: the one error shape (components.schemas.Error). */
export const apiErrorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

/** A documented JSON answer with a schema of components.schemas. */
export const jsonResponse = (description: string, schema: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } } });
