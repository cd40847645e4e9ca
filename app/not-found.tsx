import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-start justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="text-slate-700">Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc nằm ngoài phạm vi được giao cho tài khoản của bạn.</p>
      <Link href="/" className={buttonClass("primary")}>Về trang chủ</Link>
    </main>
  );
}
