// Makes VC-JWTs for Satchel's tests (issue 9 §4): ES256K (secp256k1) signed with Node's crypto
// (jose 6 no longer offers ES256K), and EdDSA tokens whose only key is a `jwk` in the header, with jose.
import * as jose from 'jose';
import crypto from 'node:crypto';
import fs from 'node:fs';
const b64 = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const now = 1795348877; // 2026-11-22, like the corpus JWTs

function credential(alg, iss) {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'],
    id: 'urn:uuid:6a0e1f6c-2f8e-4a55-9d1e-7d9a1b9b0e01', type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: iss, type: 'Profile', name: 'Example Institute of Learning'},
    issuanceDate: '2026-11-22T12:01:17Z', name: `Data Literacy (${alg})`,
    credentialSubject: {id: 'did:example:16ce568a4729', type: 'AchievementSubject', name: 'Camille Laurent',
      achievement: {id: 'https://example.edu/achievements/55a99ffe', type: 'Achievement', name: `Data Literacy (${alg})`,
        description: 'Awarded for demonstrating data literacy.', criteria: {narrative: 'Completed every module.'}}}};
}
function claims(vc, iss) { return {iss, jti: vc.id, sub: vc.credentialSubject.id, nbf: now, iat: now, vc}; }

function es256k(kidMode) {
  const {publicKey, privateKey} = crypto.generateKeyPairSync('ec', {namedCurve: 'secp256k1'});
  const jwk = publicKey.export({format: 'jwk'});
  const did = 'did:jwk:' + b64(jwk);
  const iss = kidMode === 'jwk-only' ? 'https://issuer.example/profile' : did;
  const header = kidMode === 'jwk-only' ? {alg: 'ES256K', typ: 'JWT', jwk} : {alg: 'ES256K', typ: 'JWT', kid: did + '#0'};
  const input = b64(header) + '.' + b64(claims(credential('ES256K', iss), iss));
  const sig = crypto.sign('sha256', Buffer.from(input), {key: privateKey, dsaEncoding: 'ieee-p1363'});
  return input + '.' + sig.toString('base64url');
}
async function eddsaJwkOnly() {
  const {publicKey, privateKey} = await jose.generateKeyPair('EdDSA', {crv: 'Ed25519'});
  const jwk = await jose.exportJWK(publicKey);
  const iss = 'https://issuer.example/profile';
  return new jose.SignJWT(claims(credential('EdDSA', iss), iss))
    .setProtectedHeader({alg: 'EdDSA', typ: 'JWT', jwk}).sign(privateKey);
}
const out = {
  'vcjwt-valid-es256k.jwt': es256k('kid'),
  'vcjwt-jwk-header-only-es256k.jwt': es256k('jwk-only'),
  'vcjwt-jwk-header-only-eddsa.jwt': await eddsaJwkOnly(),
};
for (const [name, value] of Object.entries(out)) fs.writeFileSync(process.argv[2] + '/' + name, value + '\n');
// Node's own verifier agrees on each ES256K token (a second opinion on the bytes written).
for (const name of ['vcjwt-valid-es256k.jwt', 'vcjwt-jwk-header-only-es256k.jwt']) {
  const [h, p, s] = out[name].split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const jwk = header.jwk ?? JSON.parse(Buffer.from(header.kid.slice(8, -2), 'base64url'));
  const ok = crypto.verify('sha256', Buffer.from(h + '.' + p), {key: crypto.createPublicKey({key: jwk, format: 'jwk'}),
    dsaEncoding: 'ieee-p1363'}, Buffer.from(s, 'base64url'));
  console.log(name, ok);
}
