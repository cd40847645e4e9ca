/** Loopback hosts a development or test server may call back over plain HTTP. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why a callback URL of an API client is refused (Vietnamese, for the administrator's form), or null
 * when it is fine: an https URL; plain http only to the local machine, and never in production, where
 * callbacks carry the state of citizens' requests across the network.
 */
export function checkCallbackUrl(raw: string, isProduction: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Địa chỉ nhận thông báo không hợp lệ (VD: https://tthc.gialai.gov.vn/hotich/callback).";
  }
  if (raw.length > 500) return "Địa chỉ nhận thông báo tối đa 500 ký tự.";
  if (url.username || url.password) return "Địa chỉ nhận thông báo không được chứa tên đăng nhập, mật khẩu.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && !isProduction && LOOPBACK.has(url.hostname)) return null;
  return "Địa chỉ nhận thông báo phải dùng https (http chỉ được dùng cho máy cục bộ khi phát triển, kiểm thử).";
}
