import { describe, expect, it } from "vitest";
import { ZLookupForm } from "@/lib/lookups/schemas";
import { ZCreateRequestForm } from "@/lib/copies/schemas";
import { parseFileRequestForm } from "@/lib/agency-requests/schemas";
import { formObject } from "@/lib/validation/form-values";
import { FIELDS } from "@/lib/validation/fields";
import { fieldMessages } from "@/lib/validation/messages";
import { messages } from "@/lib/text/messages";

const TODAY = "2026-11-28";
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the forms are zod schemas over the form's object", () => {
  it("the lookup form parses a plain object, the checkboxes as arrays", () => {
    const parsed = ZLookupForm(TODAY).safeParse({
      purposeKind: "OTHER", description: "Xác minh hồ sơ theo yêu cầu", legalBasis: "Điều 13 Nghị định 87/2020/NĐ-CP",
      searchBy: "registration", entryNumber: " 12 ", eventTypes: ["BIRTH", "DEATH"],
    });
    expect(parsed.data).toMatchObject({ purpose: { kind: "OTHER" }, query: { by: "registration", entryNumber: "12", eventTypes: ["BIRTH", "DEATH"] } });
  });

  it("an absent field gets its own message, not zod's", () => {
    const parsed = ZLookupForm(TODAY).safeParse({ purposeKind: "DOSSIER", searchBy: "name", eventTypes: [] });
    expect(errorsOf(parsed)).toMatchObject({ dossierCode: messages.lookups.dossierCodeRequired, fullName: messages.lookups.fullNameRequired, dateOfBirth: messages.lookups.dateRequired, eventTypes: messages.lookups.eventTypesRequired });
  });

  it("the intake form names a missing channel and a too long address together", () => {
    const form = new FormData();
    form.append("requesterAddress", "đường ".repeat(60));
    const parsed = ZCreateRequestForm(TODAY).safeParse(formObject(form, { lists: ["recordIds", "eventTypes"] }));
    const errors = errorsOf(parsed);
    expect(errors.channel).toBe(messages.copies.channelRequired);
    expect(errors.requesterAddress).toBe(fieldMessages.tooLong(FIELDS.requesterAddress.label, FIELDS.requesterAddress.max));
  });

  it("the filing form takes the typed people rows by number, and the uploaded file", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ letterNumber: "215/CAT-PC06", letterDate: "20/11/2026", signerName: "Nguyễn Văn Thắng", reason: "Phục vụ điều tra vụ án hình sự", legalBasis: "Điều 64 Luật Hộ tịch", recordKinds: "BIRTH", "personalId.1": " 064090001111 ", "fullName.1": "Lê Văn Hải" })) form.append(k, v);
    form.append("peopleCsv", new File(["personalId\n064090001111\n"], "people.csv", { type: "text/csv" }));
    const parsed = parseFileRequestForm(form, TODAY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.people).toEqual({ kind: "rows", rows: [{}, { personalId: "064090001111", fullName: "Lê Văn Hải", dateOfBirth: "", note: "" }] });
    expect(parsed.csv?.name).toBe("people.csv");
  });
});
