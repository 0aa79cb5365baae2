// An EcdsaSecp256k1Signature2019 credential (the suite's terms come from credentials/v1 itself) made with jsonld.js (URDNA2015) and Node's crypto (ES256K),
// for Satchel's tests (issue 9 §4). The issuer is a did:key of the secp256k1 key (multicodec 0xe7).
// Algorithm (as jsonld-signatures' LinkedDataSignature + JWS detached, RFC 7797):
//   verifyData = sha256(canon(proof options in the document's context)) || sha256(canon(document))
//   jws = b64url(header) + ".." + b64url(ES256K(b64url(header) + "." || verifyData))
import crypto from 'node:crypto';
import fs from 'node:fs';
import jsonld from 'jsonld';
import * as base58 from 'base58-universal';
import {makeDocumentLoader} from './lib/loader.mjs';

const [, , ctxFile, outFile] = process.argv; // ctxFile: secp256k1-2019,examples-v1,odrl files
const SECP_CTX = 'https://w3id.org/security/suites/secp256k1-2019/v1';
// Satchel's bundled copies of the two contexts the JS peer does not carry (their sources: manifest.json)
const base = makeDocumentLoader();
const [secpFile, examplesFile, odrlFile] = ctxFile.split(',');
const extra = {[SECP_CTX]: secpFile, 'https://www.w3.org/2018/credentials/examples/v1': examplesFile,
  'https://www.w3.org/ns/odrl.jsonld': odrlFile};
const documentLoader = async (url) => extra[url] ?
  {contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(extra[url]))} : base(url);

const {publicKey, privateKey} = crypto.generateKeyPairSync('ec', {namedCurve: 'secp256k1'});
const jwk = publicKey.export({format: 'jwk'});
const x = Buffer.from(jwk.x, 'base64url'), y = Buffer.from(jwk.y, 'base64url');
const compressed = Buffer.concat([Buffer.from([y[y.length - 1] & 1 ? 3 : 2]), x]);
const multikey = 'z' + base58.encode(Buffer.concat([Buffer.from([0xe7, 0x01]), compressed]));
const did = 'did:key:' + multikey;

const credential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/2018/credentials/examples/v1'],
  id: 'urn:uuid:3e1f8d0a-7c1b-4d9e-9a55-2b8f1e6d4c21', type: ['VerifiableCredential', 'UniversityDegreeCredential'],
  issuer: did, issuanceDate: '2023-06-01T00:00:00Z',
  credentialSubject: {id: 'did:example:16ce568a4729',
    degree: {type: 'BachelorDegree', name: 'Bachelor of Science and Arts'}}};
const proof = {type: 'EcdsaSecp256k1Signature2019', created: '2023-06-01T00:00:00Z',
  verificationMethod: `${did}#${multikey}`, proofPurpose: 'assertionMethod'};

const canon = (doc) => jsonld.canonize(doc, {algorithm: 'URDNA2015', format: 'application/n-quads',
  documentLoader, safe: true});
const sha = (s) => crypto.createHash('sha256').update(s, 'utf8').digest();
const verifyData = Buffer.concat([sha(await canon({'@context': credential['@context'], ...proof})),
  sha(await canon(credential))]);
const head = Buffer.from(JSON.stringify({alg: 'ES256K', b64: false, crit: ['b64']})).toString('base64url');
const signature = crypto.sign('sha256', Buffer.concat([Buffer.from(head + '.'), verifyData]),
  {key: privateKey, dsaEncoding: 'ieee-p1363'});
const signed = {...credential, proof: {...proof, jws: `${head}..${signature.toString('base64url')}`}};
fs.writeFileSync(outFile, JSON.stringify(signed, null, 2) + '\n');
console.log(did);
