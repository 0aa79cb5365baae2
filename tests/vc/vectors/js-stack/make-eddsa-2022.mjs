// Signs an Open Badges 3.0 credential with the JS `@digitalbazaar/eddsa-2022-cryptosuite` 1.0.0 (the
// pre-standard name of eddsa-rdfc-2022), for Satchel's tests (issue 9 §4), then verifies it with the
// same stack.
import fs from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsa2022} from '@digitalbazaar/eddsa-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {makeDocumentLoader} from './lib/loader.mjs';

const documentLoader = makeDocumentLoader();
const key = await Ed25519Multikey.generate();
const did = 'did:key:' + key.publicKeyMultibase;
key.id = `${did}#${key.publicKeyMultibase}`;
key.controller = did;
const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:0c1b5c8e-3c57-4c43-8d5b-9f1f3c7d2a11', type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Teamwork Fundamentals', issuer: {id: did, type: ['Profile'], name: 'Example Institute of Learning'},
  validFrom: '2023-06-01T00:00:00Z',
  credentialSubject: {id: 'did:example:16ce568a4729', type: ['AchievementSubject'],
    achievement: {id: 'https://example.edu/achievements/teamwork', type: ['Achievement'], name: 'Teamwork Fundamentals',
      description: 'Awarded for teamwork.', criteria: {narrative: 'Completed the course.'}}}};
const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsa2022});
const signed = await vc.issue({credential, suite, documentLoader});
const check = await vc.verifyCredential({credential: signed,
  suite: new DataIntegrityProof({cryptosuite: eddsa2022}), documentLoader});
fs.writeFileSync(process.argv[2], JSON.stringify(signed, null, 2) + '\n');
console.log('cryptosuite', signed.proof.cryptosuite, 'verified by the JS stack:', check.verified);
