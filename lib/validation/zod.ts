import { z } from "zod";

// zod's own messages ("expected string, received undefined") in Vietnamese, for every schema of the
// process: the setting is global, so any module that parses imports zod from here (directly or through
// lib/validation/fields.ts) and the default is set before the first parse. A field's domain message
// (lib/validation/messages.ts and each feature's messages) stays explicit on its schema and wins.
z.config(z.locales.vi());

export { z };
