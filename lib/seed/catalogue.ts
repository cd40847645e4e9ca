import type { Tx } from "@/lib/db/client";
import { PAPERS, type PaperCode } from "@/lib/lookups/papers";

type ProcedureSeed = { code: string; name: string; sector: string; papers: PaperCode[] };

// Civil-registry procedures carry their codes in the national catalogue; procedures of other sectors
// carry local catalogue codes ("GL-…") until the province maps them to the national portal's codes.
export const PROCEDURES: ProcedureSeed[] = [
  { code: "1.001193", name: "Đăng ký khai sinh", sector: "Hộ tịch", papers: ["marriage-certificate", "parentage-extract"] },
  { code: "1.000894", name: "Đăng ký kết hôn", sector: "Hộ tịch", papers: ["birth-certificate", "marital-status-certificate", "divorce-extract", "death-certificate"] },
  { code: "1.000656", name: "Đăng ký khai tử", sector: "Hộ tịch", papers: ["birth-certificate", "marriage-certificate"] },
  { code: "1.004873", name: "Cấp Giấy xác nhận tình trạng hôn nhân", sector: "Hộ tịch", papers: ["marriage-certificate", "divorce-extract", "death-certificate"] },
  { code: "1.004837", name: "Đăng ký giám hộ", sector: "Hộ tịch", papers: ["birth-certificate", "death-certificate"] },
  { code: "1.004859", name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", sector: "Hộ tịch", papers: ["birth-certificate", "change-correction-extract"] },
  { code: "2.000635", name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", sector: "Hộ tịch", papers: ["birth-certificate"] },
  // Its own procedure and request form (what to confirm, for which events, why); no paper of its own to ask for.
  { code: "2.002516", name: "Xác nhận thông tin hộ tịch", sector: "Hộ tịch", papers: [] },
  { code: "GL-GD-01", name: "Tuyển sinh vào lớp 1, lớp 6", sector: "Giáo dục và Đào tạo", papers: ["birth-certificate"] },
  { code: "GL-BHXH-01", name: "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", sector: "Bảo hiểm xã hội", papers: ["birth-certificate"] },
  { code: "GL-BHXH-02", name: "Giải quyết hưởng chế độ tử tuất", sector: "Bảo hiểm xã hội", papers: ["death-certificate", "marriage-certificate", "birth-certificate"] },
  { code: "GL-BHXH-03", name: "Giải quyết hưởng lương hưu", sector: "Bảo hiểm xã hội", papers: ["birth-certificate"] },
  { code: "GL-DD-01", name: "Đăng ký biến động quyền sử dụng đất do thừa kế", sector: "Đất đai", papers: ["death-certificate", "birth-certificate", "marriage-certificate"] },
  { code: "GL-DD-02", name: "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu", sector: "Đất đai", papers: ["marriage-certificate", "marital-status-certificate"] },
  { code: "GL-LDTBXH-01", name: "Trợ cấp xã hội hằng tháng, hỗ trợ mai táng phí", sector: "Lao động - Thương binh và Xã hội", papers: ["birth-certificate", "death-certificate"] },
  { code: "GL-CA-01", name: "Đăng ký thường trú", sector: "Công an", papers: ["birth-certificate", "marriage-certificate"] },
];

/** Creates missing papers and procedures and their paper lists; never changes what administrators edited. */
export async function seedCatalogue(tx: Tx): Promise<{ papers: number; procedures: number }> {
  const papers = await tx.paper.createMany({ data: PAPERS.map((p, i) => ({ ...p, sortOrder: i })), skipDuplicates: true });
  let procedures = 0;
  for (const p of PROCEDURES) {
    const existing = await tx.procedure.findUnique({ where: { code: p.code }, select: { id: true } });
    if (existing) continue;
    await tx.procedure.create({
      data: { code: p.code, name: p.name, sector: p.sector, papers: { create: p.papers.map((paperCode) => ({ paperCode })) } },
    });
    procedures += 1;
  }
  return { papers: papers.count, procedures };
}
