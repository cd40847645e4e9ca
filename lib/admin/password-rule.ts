import { adminMessages } from "@/lib/admin/messages";
import { PASSWORD_POLICY } from "@/lib/admin/password-policy";

// The most guessed passwords (leaked-list top entries) and local favourites; compared without case,
// digits and symbols at the ends, so "Matkhau@2025" counts as "matkhau".
const COMMON = new Set([
  "password", "passw0rd", "123456", "12345678", "123456789", "1234567890", "qwerty", "qwertyuiop", "abc123", "111111",
  "iloveyou", "admin", "administrator", "welcome", "letmein", "monkey", "dragon", "football", "baseball", "sunshine",
  "princess", "master", "superman", "trustno1", "changeme", "secret", "login", "matkhau", "hotich", "hotichgialai",
  "gialai", "quantri", "vietnam", "anhyeuem", "emyeuanh", "yeuem", "tuphap", "congan", "ubnd", "xinchao", "abcd1234",
  "zaq12wsx", "1qaz2wsx", "asdfghjkl", "p@ssw0rd", "p@ssword",
]);

/**
 * The portal's password rule, as a Vietnamese message for the field, or null when the password is
 * acceptable: at least 10 characters, at least 3 of the 4 character classes, not containing the
 * username, and not a common password.
 */
export function passwordProblem(password: string, username: string): string | null {
  const m = adminMessages.password;
  if (password.length < PASSWORD_POLICY.minLength) return m.tooShort;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_POLICY.minClasses) return m.classes;
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && (lower.includes(name) || name.split(/[._-]/).some((part) => part.length >= 4 && lower.includes(part)))) return m.containsUsername;
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  if (COMMON.has(lower) || COMMON.has(core) || COMMON.has(lower.replace(/[^a-z0-9@]/g, ""))) return m.common;
  return null;
}
