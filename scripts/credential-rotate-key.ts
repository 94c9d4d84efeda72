// Adds a new Open Badges signing key (README, "Digital credentials"):
//   npm run credential:rotate-key
// New credentials are signed with it after the server restarts; the old keys
// stay in the key file and the DID document, so what they signed still verifies.
import { credentialKeyPath, rotateIssuerKey } from "../app/models/credentials/keys.server";

const key = await rotateIssuerKey();
console.log(`Added ${key.id} to ${credentialKeyPath()}. Restart kumi to sign with it, and back up the key file again.`);
