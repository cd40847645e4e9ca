import forge from "node-forge";

/** What a verifier shows of a certificate: who it names, who issued it, and when it is valid. */
export type CertificateInfo = {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, hex: identifies it exactly. */
  fingerprintSha256: string;
};

const ORDER = ["CN", "OU", "O", "L", "ST", "C"];

/** "CN=…, O=…, C=VN": the distinguished name in the usual reading order. */
function dn(attrs: forge.pki.CertificateField[]): string {
  return [...attrs]
    .sort((a, b) => ORDER.indexOf(a.shortName ?? "") - ORDER.indexOf(b.shortName ?? ""))
    // forge leaves a parsed UTF8String as its UTF-8 bytes.
    .map((a) => `${a.shortName ?? a.name}=${(a as { valueTagClass?: number }).valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(String(a.value)) : String(a.value)}`)
    .join(", ");
}

export function certificateInfo(cert: forge.pki.Certificate): CertificateInfo {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    subject: dn(cert.subject.attributes),
    issuer: dn(cert.issuer.attributes),
    serialNumber: cert.serialNumber,
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    fingerprintSha256: forge.md.sha256.create().update(der).digest().toHex(),
  };
}

/** The signing certificate and key of a PKCS#12 (the first certificate matching the key). */
export function openP12(p12: Buffer, passphrase: string): { certificate: forge.pki.Certificate; chain: forge.pki.Certificate[] } {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString("binary")));
  const pkcs12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  const certs = (pkcs12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c);
  const keyBag = (pkcs12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? [])[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  const certificate = certs.find((c) => key && (c.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n)) ?? certs[0];
  if (!certificate) throw new Error("the PKCS#12 holds no certificate");
  return { certificate, chain: certs.filter((c) => c !== certificate) };
}
