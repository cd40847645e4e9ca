import { createHash, createPrivateKey, sign as rsaSign, type KeyObject } from "node:crypto";
import { Signer } from "@signpdf/utils";
import forge from "node-forge";

// The CMS signature (RFC 5652) a PAdES baseline signature carries (ETSI EN 319 142-1, B-B level):
// SignedData, detached, SHA-256 with RSA, signed attributes contentType, messageDigest and the ESS
// signing-certificate-v2 that binds the signer's certificate; no signingTime attribute (PAdES takes
// the time from the signature dictionary's /M).
//
// Built here rather than with forge's pkcs7 (which @signpdf/signer-p12 uses) because forge re-encodes
// parsed certificates and names: a UTF8String name — every Vietnamese CA writes "Ủy ban nhân dân …"
// that way — comes out double-encoded, so the embedded certificate and the signer's issuer no longer
// match the real ones and verifiers cannot find the signer. Here certificates and the issuer name are
// copied byte for byte from the PKCS#12; forge only parses the PKCS#12 and builds the ASN.1.

const { asn1 } = forge;
const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
} as const;

const seq = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (o: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const octets = (b: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, b.toString("binary"));
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, "");
const algorithm = (o: string) => seq([oid(o), nul()]);
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), "binary");
const parse = (bytes: Buffer) => asn1.fromDer(forge.util.createBuffer(bytes.toString("binary")));

/** The signing key and the certificates of a PKCS#12, certificates as their original DER. */
export type P12Material = { key: KeyObject; certificate: Buffer; chain: Buffer[] };

/** Opens a PKCS#12: the private key, the certificate that matches it, and the other certificates. */
export function readP12(p12: Buffer, passphrase: string): P12Material {
  const pkcs12 = forge.pkcs12.pkcs12FromAsn1(parse(p12), false, passphrase);
  const keyBag = (pkcs12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? [])[0]
    ?? (pkcs12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? [])[0];
  const forgeKey = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!forgeKey) throw new Error("the PKCS#12 holds no private key");
  const bags = pkcs12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const certs = bags.filter((b) => b.cert).map((b) => ({ cert: b.cert!, der: originalDer(b.cert!) }));
  const own = certs.find(({ cert }) => {
    const pub = cert.publicKey as forge.pki.rsa.PublicKey;
    return pub.n.equals(forgeKey.n) && pub.e.equals(forgeKey.e);
  });
  if (!own) throw new Error("no certificate of the PKCS#12 matches its private key");
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(forgeKey)),
    certificate: own.der,
    chain: certs.filter((c) => c !== own).map((c) => c.der),
  };
}

/**
 * A parsed certificate's DER without re-encoding its fields: forge keeps the TBSCertificate as the
 * ASN.1 it read (primitive values as their original bytes), and the CA's signature covers exactly
 * that; the outer algorithm and signature are rebuilt around it.
 */
function originalDer(cert: forge.pki.Certificate): Buffer {
  const tbs = (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
  const bits = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, String.fromCharCode(0) + (cert as unknown as { signature: string }).signature);
  return der(seq([tbs, algorithm(cert.signatureOid!), bits]));
}

/** issuer Name and serialNumber of a certificate, as its DER has them (TBSCertificate fields). */
function issuerAndSerial(certificate: Buffer): forge.asn1.Asn1 {
  const tbs = (parse(certificate).value as forge.asn1.Asn1[])[0]!;
  const fields = tbs.value as forge.asn1.Asn1[];
  // v3 certificates start with the explicit [0] version.
  const at = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return seq([fields[at + 2]!, fields[at]!]);
}

/** The detached CMS SignedData over `content`, DER. */
export function cadesDetached(content: Buffer, material: P12Material): Buffer {
  const digest = createHash("sha256").update(content).digest();
  const certHash = createHash("sha256").update(material.certificate).digest();
  const signedAttrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } } (hash algorithm SHA-256 by default).
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(certHash)])])])),
  ];
  // The signature is over the DER of the attributes as a SET OF (RFC 5652 §5.4); DER sorts a SET OF.
  const attrsDer = signedAttrs.map(der).sort(Buffer.compare);
  const signedAttrsSet = set(attrsDer.map(parse));
  const signature = rsaSign("sha256", der(signedAttrsSet), material.key);
  const implicit0 = (node: forge.asn1.Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, node.value as forge.asn1.Asn1[]);
  const signerInfo = seq([
    int(1),
    issuerAndSerial(material.certificate),
    algorithm(OID.sha256),
    implicit0(signedAttrsSet),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [material.certificate, ...material.chain].map(parse)),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

/** A @signpdf signer that signs with a PKCS#12 through cadesDetached. */
export class CadesP12Signer extends Signer {
  private readonly material: P12Material;
  constructor(p12: Buffer, passphrase: string) {
    super();
    this.material = readP12(p12, passphrase);
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return cadesDetached(pdfBuffer, this.material);
  }
}
